"""The notes beside the text: one painted card per claim, following the reader's scroll."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QPersistentModelIndex, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QListView, QStyle, QStyleOptionViewItem

from marginalia.ui.card_clicks import CardClicks
from marginalia.ui.card_delegate import CardDelegate
from marginalia.ui.card_list_view import CardListView
from marginalia.ui.models.annotation_list_model import AnnotationFilterProxyModel, AnnotationListModel
from marginalia.ui.note_editing import NoteEditing

MEASURE_SLICE_S = 0.008  # measuring cards while idle: at most this long per pass of the event loop
MEASURE_AT_ONCE = 50  # more rows than this added or changed together are measured while idle
FIRST_ESTIMATE = 120  # a card's height before any card is measured
PREPARED_CARDS = 40  # cards drawn ahead while idle: those of the claims in view in the text
State = QStyle.StateFlag
Hint = QAbstractItemView.ScrollHint


class NotesPanel(CardClicks, NoteEditing, CardListView):
    """A virtualised list of the claims' cards: painted by CardDelegate, placed by a CardColumn.

    QListView places every row again whenever one is added, removed or changes size,
    asking Python for each row's size: at 10,000 claims, a tenth of a second for each
    claim added. Here the geometry is our own (CardListView): a change costs the rows
    it touches, and a paint the cards in view. Cards come in with an estimated height and are
    measured when they come into view, and the others while the window is idle. When
    cards above the view change, the scroll position moves by as much, so that what is
    in view stays where it is."""

    claim_selected = Signal(str)  # annotation id, on the user's click or keyboard move
    card_heights_changed = Signal()  # cards grew or shrank (a note, a width): the margin places them again
    first_painted = Signal()  # the margin places no card before the window has shown
    member_clicked = Signal(str, object)  # (card's claim id, CardMember): a member of its cluster clicked
    link_clicked = Signal(str)  # claim id: its card's "Link…" clicked

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        # While rows change, the row at the top of the view stays in place (see _keep_place).
        self._anchor = -1
        self._adjusting = False  # the scroll follows a change above the view (see scrollContentsBy)
        self._measuring: QStyleOptionViewItem | None = None
        self._measure_from = 0
        self._layout_place: tuple[QPersistentModelIndex, int] | None = None
        self.delegate = CardDelegate(self)
        self.setItemDelegate(self.delegate)
        self.delegate.note_editor_resized.connect(self._on_delegate_note_editor_resized)
        self.source_model = AnnotationListModel(self)
        self.proxy = AnnotationFilterProxyModel(self)
        self.proxy.setSourceModel(self.source_model)
        self.setModel(self.proxy)
        self.proxy.rowsAboutToBeInserted.connect(self._keep_place)
        self.proxy.rowsRemoved.connect(self._on_rows_removed)
        for about_to, done in ((self.proxy.layoutAboutToBeChanged, self.proxy.layoutChanged),
                               (self.proxy.rowsAboutToBeMoved, self.proxy.rowsMoved)):
            about_to.connect(self._on_layout_about_to_be_changed)
            done.connect(self._on_layout_changed)
        self.setAccessibleName(self.tr("Notes"))
        self.setAccessibleDescription(self.tr("One card per claim, level with its highlight: Up and Down choose a "
                                              "card, Enter goes to its claim in the text, N writes its note"))
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.SelectedClicked)
        self.setFrameShape(QListView.Shape.NoFrame)
        self.setMinimumWidth(220)
        self.setMouseTracking(True)  # the pointer shows which parts of a card act on a click
        self._quiet = False
        self.painted = False  # not before the window's first paint
        self.selectionModel().currentChanged.connect(self._on_selection_current_changed)
        self._settle_timer = QTimer(self, singleShot=True, interval=0)
        self._settle_timer.timeout.connect(self._settle)
        self._measure_timer = QTimer(self, interval=0)
        self._measure_timer.timeout.connect(self._measure_some)
        self._to_draw: list[str] = []  # ids of cards to draw ahead, the next last
        self._draw_timer = QTimer(self, interval=0)
        self._draw_timer.timeout.connect(self._draw_some)

    # -- claims and cards -------------------------------------------------
    def claim_at(self, row: int):
        """The claim of the card in `row`. When the filter model shows every row it keeps
        them as they are, and the row alone finds the claim (not while a cleared filter
        is still bringing rows back, a range at a time)."""
        if self.proxy.rowCount() != self.source_model.rowCount():
            row = self.proxy.mapToSource(self.proxy.index(row, 0)).row()
        return self.source_model.claim_at(row)

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
                    self.scrollTo(index)
            else:
                self.selectionModel().clear()
        finally:
            self._quiet = False

    def all_cards_measured(self) -> bool:
        """Every card has its measured height: the scroll range is exact."""
        return self.column.complete()

    # -- margin notes -----------------------------------------------------
    def align_card(self, annotation_id: str, y: int) -> None:
        """Scroll so the card of `annotation_id` starts at viewport height `y` (its
        highlight's height in the text); the cards after it follow in order. Near the
        ends of the list there are no cards to scroll by: the list scrolls into blank
        space above its first card or below its last, so the card still sits level."""
        index = self.index_of(annotation_id)
        if not index.isValid():
            return
        row = index.row()
        self._measure_up_from(row, int(y))
        wanted = self.column.top(row) - int(y)
        self.allow_blank(-wanted, wanted - (self.column.total - self.viewport().height()))
        self._scroll_to(wanted)

    def card_height(self, row: int) -> int:
        """The height of the card in `row`, without the gap above it."""
        return self.delegate.card_height(self._measuring_option(), self.claim_at(row))

    def set_gaps(self, gaps: dict[str, int], rows) -> None:
        """Margin notes: the space above each card (by claim id; none for the others).
        The cards in `rows`, and those whose space changed, take their heights now."""
        old, self.delegate.gaps = self.delegate.gaps, gaps
        changed = {i for i in old.keys() | gaps.keys() if old.get(i, 0) != gaps.get(i, 0)}
        rows = list(rows)
        rows.extend(row for row in (self.index_of(i).row() for i in changed) if row >= 0)
        self._remeasure((row for row in rows if not self.column.is_measured(row) or self.claim_at(row).id in changed),
                        announce=False)

    def prepare_cards(self, annotation_ids: list[str]) -> None:
        """Draw these cards' pictures while the window is idle: those of the claims in
        view in the text are the ones the next click or claim added shows."""
        self._to_draw = list(reversed(annotation_ids[:PREPARED_CARDS]))
        self._draw_timer.start()

    def row_from(self, offset: int) -> int:
        """The first row whose claim starts at or after code point `offset`; the row count if none."""
        low, high = 0, self.model().rowCount()
        while low < high:
            middle = (low + high) // 2
            if self.claim_at(middle).start < offset:
                low = middle + 1
            else:
                high = middle
        return low

    # -- measuring --------------------------------------------------------
    def _measuring_option(self) -> QStyleOptionViewItem:
        """The option cards are measured with: the view's font, the viewport's width."""
        if self._measuring is None:
            option = QStyleOptionViewItem()
            self.initViewItemOption(option)
            option.rect = QRect(0, 0, self.viewport().width(), 0)
            self._measuring = option
        return self._measuring

    def _measure(self, row: int) -> int:
        return self.delegate.row_height(self._measuring_option(), self.claim_at(row))

    def _estimate(self) -> int:
        """The height of a card not measured yet: the mean of the rows so far."""
        column = self.column
        return column.total // len(column) if len(column) else FIRST_ESTIMATE

    def _keep_place(self, *_args) -> None:
        """Rows are about to change: until the event loop is back, the row now at the top
        of the view stays where it is (a change above it scrolls by as much)."""
        if self._anchor < 0:
            self._anchor = self.column.row_at(max(0, self.verticalOffset()))
            self._settle_timer.start()

    def _remeasure(self, rows, announce: bool = True) -> None:
        """Measure these rows again (a change of note, of gap); with `announce`, tell of
        cards that changed height (a change of gap is the margin's own doing)."""
        self._keep_place()
        shift = 0
        changed = False
        for row in rows:
            change = self.column.set_height(row, self._measure(row))
            changed = changed or change != 0
            if row < self._anchor:
                shift += change
        if changed:
            self._follow_change(shift)
            if announce:
                self.card_heights_changed.emit()

    def _measure_up_from(self, row: int, height: int) -> None:
        """Measure `row` and the rows above it that fill `height` pixels: placing a card
        there, the cards in view above it have their real heights."""
        rows = []
        covered = 0
        while row >= 0 and (not rows or covered < height):
            rows.append(row)
            covered += self.column.height(row)  # an estimate is close enough to know where to stop
            row -= 1
        self._remeasure(row for row in rows if not self.column.is_measured(row))

    def _follow_change(self, shift: int, in_view: bool = True) -> None:
        """Cards changed (`in_view`: perhaps some in view): the list moves by `shift`, the
        change above the view, so that what is in view stays where it is. The scroll bar
        follows when the event loop is back (_settle): a new topic filter arrives as
        thousands of rows removed, one range at a time, and the view's offset already
        counts the shift (verticalOffset)."""
        self._pending_shift += shift
        self._settle_timer.start()
        if in_view:
            self.viewport().update()

    def _measure_some(self) -> None:
        """While idle: measure the cards not measured yet, a slice at a time."""
        if self.verticalScrollBar().isSliderDown():
            return  # the shift that follows would fight the user's drag of the thumb
        column = self.column
        self._keep_place()
        deadline = time.perf_counter() + MEASURE_SLICE_S
        shift = 0
        row = column.next_unmeasured(self._measure_from)
        while row >= 0:
            change = column.set_height(row, self._measure(row))
            if row < self._anchor:
                shift += change
            if time.perf_counter() > deadline:
                break
            row = column.next_unmeasured(row + 1)
        self._measure_from = max(0, row)
        if column.complete():
            self._measure_timer.stop()
        self._follow_change(shift, in_view=False)  # the cards in view were measured when painted

    def _draw_some(self) -> None:
        """While idle: make the pictures of the cards in `_to_draw`, a few at a time."""
        option = self._paint_option()
        ratio, width = self.viewport().devicePixelRatioF(), self.viewport().width()
        deadline = time.perf_counter() + MEASURE_SLICE_S / 2
        while self._to_draw and time.perf_counter() < deadline:
            index = self.index_of(self._to_draw.pop())
            if index.isValid() and index.row() < len(self.column):
                option.rect = QRect(0, 0, width, self.column.height(index.row()))
                self.delegate.picture(option, index, ratio)
        if not self._to_draw:
            self._draw_timer.stop()

    def _paint_option(self) -> QStyleOptionViewItem:
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        # Cards keep their colours when the window is inactive (as QListView paints them),
        # and their pictures are the same whichever window is in front.
        option.palette.setCurrentColorGroup(QPalette.ColorGroup.Active if self.isEnabled()
                                            else QPalette.ColorGroup.Disabled)
        return option

    def _start_measuring(self) -> None:
        if not self.column.complete():
            self._measure_timer.start()

    def _settle(self) -> None:
        """The event loop is back: the scroll bar takes the changes' shift and range, and
        nothing is held in place any more (the user may scroll)."""
        self._anchor = -1
        bar = self.verticalScrollBar()
        target = bar.value() + self._pending_shift
        self._pending_shift = 0
        self._adjusting = True
        try:
            self._update_range()
            bar.setValue(target)
        finally:
            self._adjusting = False
        if bar.value() != target:  # the end of the list stopped it: what is in view moved
            self.viewport().update()
        self.updateEditorGeometries()
        self._start_measuring()

    def _scroll_to(self, value: int) -> None:
        """Scroll so that height `value` of the list is at the top of the view."""
        bar = self.verticalScrollBar()
        self._update_range()
        if self._pending_shift:  # the bar is behind what is painted: paint it all again
            self._pending_shift = 0
            self._adjusting = True
            try:
                bar.setValue(value)
            finally:
                self._adjusting = False
            self._anchor = -1
            self.viewport().update()
            self.updateEditorGeometries()
        else:
            bar.setValue(value)

    def _place_to_keep(self) -> tuple[int, int] | None:
        """The chosen card if it is in view, else the card at the top; and its top in the viewport."""
        index = self.currentIndex()
        if index.isValid() and index.row() < len(self.column):
            rect = self.visualRect(index)
            if rect.intersects(self.viewport().rect()):
                return index.row(), rect.top()
        row = self.column.row_at(max(0, self.verticalOffset()))
        return (row, self.column.top(row) - self.verticalOffset()) if row >= 0 else None

    def _put_back(self, row: int, top: int) -> None:
        """Scroll so that `row` starts at viewport height `top`, its neighbours in view measured."""
        column, height = self.column, self.viewport().height()
        below, y = row, top
        while below < len(column) and y < height:
            if not column.is_measured(below):
                column.set_height(below, self._measure(below))
            y += column.height(below)
            below += 1
        if row > 0 and top > 0:
            self._measure_up_from(row - 1, top)
        self._anchor = -1
        value = column.top(row) - top
        self.allow_blank(max(self._lead, -value), max(self._tail, value - (column.total - height)))
        self._scroll_to(value)
        self.viewport().update()
        self.updateEditorGeometries()

    def _remeasure_all(self) -> None:
        """A new width or font: every card is measured again; what is in view stays."""
        place = self._place_to_keep() if len(self.column) else None
        self.delegate.invalidate()
        self._measuring = None
        self.column.forget()
        if place is not None:
            self._put_back(*place)
        self._start_measuring()
        self.card_heights_changed.emit()

    # -- model changes ----------------------------------------------------
    def reset(self) -> None:  # another document
        super().reset()
        self._anchor = -1
        self._measure_from = 0
        count = self.model().rowCount()
        heights = []
        while len(heights) < count and sum(heights) < self.viewport().height():  # the first screen
            heights.append(self._measure(len(heights)))
        estimate = sum(heights) // len(heights) if heights else FIRST_ESTIMATE
        self.column.reset(heights + [estimate] * (count - len(heights)), range(len(heights)))
        self._pending_shift = 0
        self.allow_blank(0, 0)
        self._scroll_to(0)  # the others are measured after the first paint (see paintEvent)

    def rowsInserted(self, parent: QModelIndex, start: int, end: int) -> None:
        if not parent.isValid():
            rows = range(start, end + 1)
            measured = len(rows) <= MEASURE_AT_ONCE
            column = self.column
            if measured:
                heights = [self._measure(row) for row in rows]
            else:
                heights = [self._estimate()] * len(rows)
            added = column.insert(start, heights, measured)
            shift = 0
            if 0 <= self._anchor and start <= self._anchor:
                self._anchor += len(rows)
                shift = added
            self._follow_change(shift)
            self._start_measuring()
        QAbstractItemView.rowsInserted(self, parent, start, end)

    def rowsAboutToBeRemoved(self, parent: QModelIndex, start: int, end: int) -> None:
        if not parent.isValid():
            self._keep_place()
        QAbstractItemView.rowsAboutToBeRemoved(self, parent, start, end)

    def _on_rows_removed(self, parent: QModelIndex, start: int, end: int) -> None:
        if parent.isValid() or end >= len(self.column):
            return
        column = self.column
        first_top = column.top(start) if start <= self._anchor <= end else 0
        removed = column.remove(start, end)
        shift = 0
        if self._anchor > end:
            self._anchor -= end - start + 1
            shift = -removed
        elif self._anchor >= start:  # the row at the top went: the one after it takes its place
            shift = first_top - self.verticalOffset()
            self._anchor = start if start < len(column) else -1
        self._follow_change(shift)

    def _on_layout_about_to_be_changed(self, *_args) -> None:
        place = self._place_to_keep() if len(self.column) else None
        self._layout_place = (QPersistentModelIndex(self.model().index(place[0], 0)), place[1]) if place else None

    def _on_layout_changed(self, *_args) -> None:
        """Rows in a new order: their heights are found again, from the delegate's cache."""
        option = self._measuring_option()
        estimate = self._estimate()
        heights, known = [], []
        for row in range(self.model().rowCount()):
            height = self.delegate.cached_row_height(option, self.claim_at(row))
            if height is not None:
                known.append(row)
            heights.append(estimate if height is None else height)
        self.column.reset(heights, known)
        place, self._layout_place = self._layout_place, None
        if place is not None and place[0].isValid():
            self._put_back(place[0].row(), place[1])
        else:
            self._follow_change(0)
        self._start_measuring()

    def dataChanged(self, top_left: QModelIndex, bottom_right: QModelIndex, roles=()) -> None:
        first, last = top_left.row(), bottom_right.row()
        if top_left.isValid() and not top_left.parent().isValid() and last < len(self.column):
            if last - first < MEASURE_AT_ONCE:  # a note typed, a claim edited: measured now
                self._remeasure(range(first, last + 1))
            else:  # all cards (the codebook changed): measured while idle
                self.column.forget(first, last)
                self._start_measuring()
        QAbstractItemView.dataChanged(self, top_left, bottom_right, roles)

    # -- geometry for QAbstractItemView --------------------------------------
    def scrollTo(self, index: QModelIndex, hint=Hint.EnsureVisible) -> None:
        if not index.isValid() or index.row() >= len(self.column) or self._late_scroll_given_up():
            return
        row, height = index.row(), self.viewport().height()
        self._measure_up_from(row, height)  # the cards that will be in view above it
        top, bottom = self.column.top(row), self.column.top(row + 1)
        value = self.verticalOffset()
        if hint == Hint.PositionAtTop:
            value = top
        elif hint == Hint.PositionAtBottom:
            value = bottom - height
        elif hint == Hint.PositionAtCenter:
            value = (top + bottom - height) // 2
        elif top < value:
            value = top
        elif bottom > value + height:
            value = min(top, bottom - height)
        self._scroll_to(value)

    def updateGeometries(self) -> None:
        if self._pending_shift:
            self._settle()  # the bar takes the shift first: a smaller range must not cut it short
        else:
            self._update_range()
        QAbstractItemView.updateGeometries(self)

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        if self._adjusting:
            return  # the scroll follows cards changed above the view: what is in view stays put
        self._anchor = -1  # the user scrolled, or the view was scrolled to a card
        self._scrolled_since_press = True
        self.viewport().scroll(0, dy)

    def resizeEvent(self, event) -> None:
        # Card heights depend on the width only; a new height needs no measuring.
        QAbstractItemView.resizeEvent(self, event)
        if event.size().width() != event.oldSize().width():
            self._remeasure_all()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._remeasure_all()
        elif event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
            self.delegate.forget_pictures()  # a new theme: cards are drawn again in its colours

    # -- painting and keys ------------------------------------------------
    def paintEvent(self, event) -> None:
        painter = QPainter(self.viewport())
        area, column, offset = event.rect(), self.column, self.verticalOffset()
        row = column.row_at(max(0, offset + area.top()))
        if row >= 0:
            option = self._paint_option()
            base, width, model = option.state, self.viewport().width(), self.model()
            current = self.currentIndex()
            current_row = current.row() if current.isValid() else -1
            current_state = (State.State_HasFocus if self.hasFocus() else State.State_None) | \
                (State.State_Editing if self.state() == QAbstractItemView.State.EditingState else State.State_None)
            selection = self.selectionModel()
            count = min(len(column), model.rowCount())
            y = column.top(row) - offset
            measured_now = False
            while row < count and y <= area.bottom():
                if not column.is_measured(row):  # came into view before the idle measuring reached it
                    measured_now = column.set_height(row, self._measure(row)) != 0 or measured_now
                height = column.height(row)
                index = model.index(row, 0)
                state = base | State.State_Selected if selection.isSelected(index) else base
                option.state = state | current_state if row == current_row else state
                option.rect = QRect(0, y, width, height)
                self.delegate.paint(painter, option, index)
                y += height
                row += 1
            if measured_now:
                self._settle_timer.start()  # the scroll range follows, outside the paint
        # Measuring the cards out of view waits for a paint: with a new document, the first
        # cards are on screen before the window is busy with the others.
        self._start_measuring()
        if self.model().rowCount() == 0 and self.source_model.document is not None:
            # An empty panel should say how to fill it.
            painter.setPen(self.palette().color(QPalette.ColorRole.PlaceholderText))
            hint = self.tr("No claims shown.\n\nSelect text in the article and press H to highlight a claim, "
                           "then 1, 2, 3… to tag it with topics and N or Enter to write a note.")
            if self.proxy.rowCount() != self.source_model.rowCount():
                hint = self.tr("No claims with the chosen topics.\n\nView ▸ Show Claims of Topics changes the choice.")
            elif not self.source_model.editable:
                hint = self.tr("No claims in this article yet.\n\nView ▸ Swap Readers brings it to the main "
                               "reader to highlight some.")
            painter.drawText(self.viewport().rect().adjusted(16, 24, -16, -16),
                             int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                             hint)
        painter.end()
        if not self.painted:
            self.painted = True
            self.first_painted.emit()

    def _on_selection_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not self._quiet and current.isValid():
            self.claim_selected.emit(current.data(AnnotationListModel.Role.Id))
