"""The notes beside the text: one painted card per claim, following the reader's scroll."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyleOptionViewItem

from marginalia.ui.card_delegate import CardDelegate
from marginalia.ui.models.annotation_list_model import AnnotationFilterProxyModel, AnnotationListModel


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
        self.setItemDelegate(self.delegate)
        self.setAccessibleName(self.tr("Notes"))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setLayoutMode(QListView.LayoutMode.Batched)
        self.setBatchSize(50)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setMinimumWidth(220)
        self._quiet = False
        self.selectionModel().currentChanged.connect(self._on_selection_current_changed)

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
                    self.scrollTo(index, QAbstractItemView.ScrollHint.EnsureVisible)
            else:
                self.selectionModel().clear()
        finally:
            self._quiet = False

    def edit_note(self, annotation_id: str) -> None:
        index = self.index_of(annotation_id)
        if index.isValid():
            self.select_claim(annotation_id)
            self.scrollTo(index)
            self.edit(index)

    def align_card(self, annotation_id: str, y: float) -> None:
        """Scroll so the card of `annotation_id` starts at viewport height `y` (its
        highlight's height in the text); the cards after it follow in order."""
        index = self.index_of(annotation_id)
        if not index.isValid():
            return
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
            self.doItemsLayout()
        if placements:
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

    def resizeEvent(self, event) -> None:
        self.delegate.invalidate()
        super().resizeEvent(event)
        self.scheduleDelayedItemsLayout()
