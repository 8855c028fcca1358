"""The notes beside the text: one painted card per claim, following the reader's scroll."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyleOptionViewItem

from marginalia.ui.card_delegate import CardDelegate
from marginalia.ui.models.annotation_list_model import AnnotationFilterProxyModel, AnnotationListModel


FIRST_PAINT_BATCH = 30  # cards laid out before the first paint of a newly opened document
HELD_BATCH = 400  # while the panel holds its picture (see _hold_while_laid_out)


class NotesPanel(QListView):
    """A virtualised list (no widget per claim): cards are painted by CardDelegate."""

    claim_selected = Signal(str)  # annotation id, on the user's click or keyboard move

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.source_model = AnnotationListModel(self)
        self.proxy = AnnotationFilterProxyModel(self)
        self.proxy.setSourceModel(self.source_model)
        self.setModel(self.proxy)
        self.delegate = CardDelegate(self)
        self.delegate.claim_of = self._claim_of
        self.setItemDelegate(self.delegate)
        self.setAccessibleName(self.tr("Notes"))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Fixed: QListView would lay every card out again when only the height changes;
        # resizeEvent does it when the width changes.
        self.setResizeMode(QListView.ResizeMode.Fixed)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        # Thousands of cards are laid out in batches, so that the first are painted at
        # once. Cards flow left to right and wrap, each as wide as the list, so that
        # each is a row of its own: laid out top to bottom without wrapping, the list
        # would be one segment, which QListView paints only once the last batch is
        # done (a blank panel for a second with 10,000 claims).
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(FIRST_PAINT_BATCH)
        self.setFlow(QListView.Flow.LeftToRight)
        self.setWrapping(True)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setMinimumWidth(220)
        self._quiet = False
        self.selectionModel().currentChanged.connect(self._on_selection_current_changed)
        # Cards are laid out in batches after a document opens or changes; scrolling
        # to a card waits here until the layout is done (see _wait_for_layout).
        self._pending_align: tuple[str, float] | None = None
        self._pending_reveal: str | None = None
        self._pending_deadline = 0.0
        self._pending_timer = QTimer(self, interval=5)
        self._pending_timer.timeout.connect(self._run_pending)

    def _claim_of(self, index: QModelIndex):
        """The claim a card shows. Without a topic filter the filter model keeps the rows
        as they are, and the row alone finds the claim."""
        row = index.row() if not self.proxy.topic_filter() else self.proxy.mapToSource(index).row()
        return self.source_model.claim_at(row)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.Resize:
            self.delegate.row_width = event.size().width()
        return super().viewportEvent(event)

    def current_id(self) -> str | None:
        index = self.currentIndex()
        return index.data(AnnotationListModel.Role.Id) if index.isValid() else None

    def index_of(self, annotation_id: str) -> QModelIndex:
        row = self.source_model.row_of(annotation_id)
        if row < 0:
            return QModelIndex()
        return self.proxy.mapFromSource(self.source_model.index(row))

    def select_claim(self, annotation_id: str | None, scroll: bool = True) -> None:
        """Select a card without announcing it back (the caller knows)."""
        self._quiet = True
        try:
            index = self.index_of(annotation_id) if annotation_id else QModelIndex()
            if index.isValid():
                self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
                if scroll:
                    self._reveal_when_placed(annotation_id)
            else:
                self.selectionModel().clear()
        finally:
            self._quiet = False

    def edit_note(self, annotation_id: str) -> None:
        index = self.index_of(annotation_id)
        if index.isValid():
            self.select_claim(annotation_id)  # scrolls there once the card is placed
            self.edit(index)  # at once: what the user types goes to the note

    def align_card(self, annotation_id: str, y: float) -> None:
        """Scroll so the card of `annotation_id` starts at viewport height `y` (its
        highlight's height in the text); the cards after it follow in order."""
        if self.index_of(annotation_id).isValid():
            self._pending_align = (annotation_id, y)
            self._wait_for_layout()

    def scrolling_settled(self) -> bool:
        """No alignment or reveal is waiting for the layout."""
        return not self._pending_timer.isActive()

    def _reveal_when_placed(self, annotation_id: str) -> None:
        self._pending_reveal = annotation_id
        self._wait_for_layout()

    def _wait_for_layout(self) -> None:
        """Scrolling waits for the layout to place the cards. Never at once: a layout
        asked for just now (a model change, new gaps) has not yet cleared the old
        places, and with thousands of cards it runs in batches for a moment."""
        self._pending_deadline = time.monotonic() + 5.0
        self._pending_timer.start()

    def _run_pending(self) -> None:
        if time.monotonic() > self._pending_deadline:
            self._pending_align = self._pending_reveal = None
        if self._pending_align is None and self._pending_reveal is None:
            self._pending_timer.stop()
            self._show_again()
            return
        if not self._layout_done():
            return
        self._pending_timer.stop()
        if self._pending_align is not None:  # first level with the text...
            index = self.index_of(self._pending_align[0])
            if index.isValid():
                self._align(index, self._pending_align[1])
        if self._pending_reveal is not None:  # ...then the chosen card in view, which wins
            index = self.index_of(self._pending_reveal)
            if index.isValid():
                self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
        self._pending_align = self._pending_reveal = None
        self._show_again()

    def _hold_while_laid_out(self) -> None:
        """A new row, a removed one, new gaps or a new width make QListView lay every card
        out again from the first, in batches: painted meanwhile, a list scrolled far down
        would show the first cards instead (a flash at each claim added, and as margin
        notes follow the text). The panel keeps its last picture until the cards are back
        in their places, a moment later. A new document is painted at once instead."""
        self._keep_cards_in_view()
        waiting = self._pending_align is not None or self._pending_reveal is not None
        if waiting and self.model().rowCount() > FIRST_PAINT_BATCH:  # else laid out in one go
            self.viewport().setUpdatesEnabled(False)
            # Nothing is painted meanwhile: larger batches, fewer trips through the event
            # loop (a batch of measured cards takes a few milliseconds).
            self.setBatchSize(HELD_BATCH)

    def _show_again(self) -> None:
        if not self.viewport().updatesEnabled():
            self.setBatchSize(FIRST_PAINT_BATCH)
            self.viewport().setUpdatesEnabled(True)
            self.viewport().update()

    def rowsInserted(self, parent: QModelIndex, start: int, end: int) -> None:
        self._hold_while_laid_out()
        super().rowsInserted(parent, start, end)

    def rowsAboutToBeRemoved(self, parent: QModelIndex, start: int, end: int) -> None:
        self._hold_while_laid_out()
        super().rowsAboutToBeRemoved(parent, start, end)

    def reset(self) -> None:  # another document: its first cards are painted as they are placed
        self._pending_align = self._pending_reveal = None
        self._show_again()
        super().reset()

    def _layout_done(self) -> bool:
        """Whether the batched layout has placed every card and the scroll range reaches
        them all: part-way, places can still move and the range lags behind."""
        last = self.model().index(self.model().rowCount() - 1, 0)
        if not last.isValid():
            return True
        rect = self.visualRect(last)
        bar = self.verticalScrollBar()
        return rect.isValid() and rect.bottom() + bar.value() <= bar.maximum() + self.viewport().height()

    def _align(self, index: QModelIndex, y: float) -> None:
        bar = self.verticalScrollBar()
        # visualRect is in viewport coordinates, which the top margin already moves.
        top_in_content = self.visualRect(index).top() + bar.value()
        wanted = int(top_in_content - max(0.0, y))
        # Above the first card there is nothing to scroll to: push the list down
        # instead, so the card still sits level with its highlight.
        self.setViewportMargins(0, max(0, -wanted), 0, 0)
        bar.setValue(max(0, wanted))

    def align_cards(self, placements: list[tuple[str, float]]) -> None:
        """Margin notes: place the cards of the claims in view, in reading order, each
        level with its highlight (`placements`: id and the highlight's viewport y), as far
        as room allows; a card that would overlap the one above goes just below it."""
        gaps: dict[str, int] = {}
        bottom = None
        for annotation_id, y in placements:
            index = self.index_of(annotation_id)
            if not index.isValid():
                continue
            if bottom is None:  # the first card is placed by scrolling
                bottom = y
            else:
                gaps[annotation_id] = max(0, int(y - bottom))
                bottom = max(bottom, y)
            bottom += self.delegate.card_height(self._option_for(index), index)
        if gaps != self.delegate.gaps:
            self.delegate.gaps = gaps
            if placements:
                self._pending_align = None  # the alignment below is the place to come back to
                self.align_card(*placements[0])
            self._hold_while_laid_out()
            self.doItemsLayout()
        elif placements:
            self.align_card(*placements[0])

    def _option_for(self, index) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        option.rect.setWidth(self.viewport().width())
        return option

    def _on_selection_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self.claim_selected.emit(current.data(AnnotationListModel.Role.Id))

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if self.model().rowCount() == 0 and self.source_model.document is not None:
            # An empty panel should say how to fill it.
            painter = QPainter(self.viewport())
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            hint = self.tr("No claims shown.\n\nSelect text in the article and press H to highlight a claim, "
                           "then 1, 2, 3… to tag it with topics.")
            if self.proxy.topic_filter():
                hint = self.tr("No claims with the chosen topics.\n\nView ▸ Show Claims of Topics changes the choice.")
            painter.drawText(self.viewport().rect().adjusted(16, 24, -16, -16),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                             hint)
            painter.end()

    def keyPressEvent(self, event) -> None:
        # Enter on a card writes its note, as the card's hint says.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != self.State.EditingState \
                and self.currentIndex().isValid():
            self.edit(self.currentIndex())
            return
        super().keyPressEvent(event)

    def dataChanged(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:
        # QListView lays every card out again on any change of data. With thousands of
        # cards that is a relayout in batches at each keystroke of a note, and while it
        # runs the edited card has no place. A change that leaves one card as tall as
        # it was (most keystrokes) only needs that card painted again.
        if top_left == bottom_right and top_left.isValid() and not self._height_changed(top_left):
            QAbstractItemView.dataChanged(self, top_left, bottom_right, roles)
            return
        super().dataChanged(top_left, bottom_right, roles)

    def _height_changed(self, index: QModelIndex) -> bool:
        placed = self.visualRect(index)
        return not placed.isValid() or placed.height() != self.delegate.sizeHint(self._option_for(index), index).height()

    def updateEditorGeometries(self) -> None:
        # During a relayout (a note that grew a line, a width change) the edited card
        # may not be placed yet. Qt would then hide its editor, which loses the focus
        # and closes mid-word; it stays where it is until the card has its place.
        # (The state is ExpandingState while the layout runs, whether or not a note is
        # being edited; editors are only ever opened on the current card.)
        if self.currentIndex().isValid() and not self.visualRect(self.currentIndex()).isValid():
            return
        super().updateEditorGeometries()

    def resizeEvent(self, event) -> None:
        # Card heights depend on the width only. A change of height alone (the top
        # margin of the margin notes, a window made taller) needs no new layout,
        # which with thousands of cards would also lose the scroll position.
        width_changed = event.size().width() != event.oldSize().width()
        if width_changed:
            self.delegate.invalidate()
            self._hold_while_laid_out()
        super().resizeEvent(event)
        if width_changed:
            self.scheduleDelayedItemsLayout()

    def _keep_cards_in_view(self) -> None:
        """A new width, or a row added or removed, lays every card out again from the
        first, which scrolls the list back to its start. Once the layout is done, the
        chosen card returns to where it is now if it is in view, else the card now at
        the top does. Something already
        waiting for the layout (an alignment, an earlier resize of the same drag) keeps
        its place instead."""
        if self._pending_align is not None or self._pending_reveal is not None:
            return
        index = self.currentIndex()
        place = self.visualRect(index) if index.isValid() else None
        if place is None or not place.intersects(self.viewport().rect()):
            index = self.indexAt(QPoint(self.viewport().width() // 2, 1))
            place = self.visualRect(index)
        if index.isValid():
            self._pending_align = (index.data(AnnotationListModel.Role.Id), place.top())
            self._wait_for_layout()
