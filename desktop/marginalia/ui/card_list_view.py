"""A QListView whose rows are placed by a CardColumn: the geometry QAbstractItemView asks for."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, QRect
from PySide6.QtGui import QRegion
from PySide6.QtWidgets import QAbstractItemView, QListView

from marginalia.ui.card_column import CardColumn
from marginalia.ui.widgets import know_viewport

Move = QAbstractItemView.CursorAction


class CardListView(QListView):
    """Rows one below the other at the heights `column` holds, as wide as the viewport.

    QListView keeps the model, selection, editors, keys and accessibility; its own
    layout never runs (it would ask every row's size at each change). A subclass keeps
    the column in step with the model, and may move the list by `_pending_shift`
    before the scroll bar follows: the offset counts it meanwhile.

    The list may also be scrolled past its ends, into blank space of `_lead` pixels
    above the first row and `_tail` below the last: margin notes put a card beside a
    highlight near the top or the end of the text, where no cards above or below it
    fill the view (the offset is then negative, or beyond the last card)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        know_viewport(self)
        self.column = CardColumn()
        self._pending_shift = 0
        self._lead = 0
        self._tail = 0
        self._in_timer_event = False
        self._scrolled_since_press = False

    # A click on a card cut by an edge scrolls to it a moment later, once no double click
    # came (QAbstractItemView's timer). QListView gives that scroll up if the list was
    # scrolled meanwhile; a subclass tells of a scroll by `_scrolled_since_press`.
    def mousePressEvent(self, event) -> None:
        self._scrolled_since_press = False
        super().mousePressEvent(event)

    def timerEvent(self, event) -> None:
        self._in_timer_event = True
        try:
            super().timerEvent(event)
        finally:
            self._in_timer_event = False

    def _late_scroll_given_up(self) -> bool:
        """Whether a scrollTo now is the click's late one, after the user scrolled away."""
        return self._in_timer_event and self._scrolled_since_press \
            and self.state() != QAbstractItemView.State.EditingState

    def doItemsLayout(self) -> None:
        # QListView's own layout would ask every row's size; the column has them.
        QAbstractItemView.doItemsLayout(self)

    def visualRect(self, index: QModelIndex) -> QRect:
        row = index.row()
        if not index.isValid() or row >= len(self.column) or index.parent().isValid():
            return QRect()
        return QRect(0, self.column.top(row) - self.verticalOffset(), self.viewport().width(), self.column.height(row))

    def indexAt(self, point) -> QModelIndex:
        row = self.column.row_at(point.y() + self.verticalOffset())
        if row < 0 or row >= self.model().rowCount() or not 0 <= point.x() < self.viewport().width():
            return QModelIndex()
        return self.model().index(row, 0)

    def moveCursor(self, action, modifiers) -> QModelIndex:
        count = self.model().rowCount()
        if count == 0:
            return QModelIndex()
        current = self.currentIndex()
        row = current.row() if current.isValid() else -1
        if row < 0:  # the first key, or the focus coming in: the first row in view
            return self.model().index(self.first_row_in_view(), 0)
        if action == Move.MoveHome:
            row = 0
        elif action in (Move.MoveUp, Move.MovePrevious, Move.MoveLeft):
            row = max(0, row - 1)
        elif action in (Move.MoveDown, Move.MoveNext, Move.MoveRight):
            row = min(count - 1, row + 1)
        elif action == Move.MoveEnd:
            row = count - 1
        elif action in (Move.MovePageUp, Move.MovePageDown):
            step = self.viewport().height() * (1 if action == Move.MovePageDown else -1)
            found = self.column.row_at(self.column.top(row) + step)
            row = found if found >= 0 else (0 if step < 0 else count - 1)
        return self.model().index(row, 0)

    def first_row_in_view(self) -> int:
        """The row at the top of the view (the first row when scrolled above it)."""
        row = self.column.row_at(max(0, self.verticalOffset()))
        return min(max(0, row), self.model().rowCount() - 1)

    def horizontalOffset(self) -> int:
        return 0

    def verticalOffset(self) -> int:
        return self.verticalScrollBar().value() + self._pending_shift

    def setSelection(self, rect, command) -> None:
        rect = rect.normalized()
        offset, column = self.verticalOffset(), self.column
        first = column.row_at(max(0, rect.top() + offset))
        last = column.row_at(max(0, rect.bottom() + offset))
        if first >= 0 and last < 0:
            last = len(column) - 1
        selection = QItemSelection()
        if first >= 0:
            selection.select(self.model().index(first, 0), self.model().index(last, 0))
        self.selectionModel().select(selection, command)

    def visualRegionForSelection(self, selection) -> QRegion:
        region = QRegion()
        count = len(self.column)
        for part in selection:
            if part.top() < count:
                bottom = min(part.bottom(), count - 1)
                top = self.column.top(part.top())
                rect = QRect(0, top - self.verticalOffset(), self.viewport().width(), self.column.top(bottom + 1) - top)
                region = region.united(rect.intersected(self.viewport().rect()))
        return region

    def _update_range(self) -> None:
        bar, height = self.verticalScrollBar(), self.viewport().height()
        bar.setPageStep(height)
        bar.setSingleStep(24)
        bar.setRange(-self._lead, max(0, self.column.total - height) + self._tail)

    def shift_pending(self) -> bool:
        """Whether the list moved by a change the scroll bar has not taken yet."""
        return self._pending_shift != 0

    def allow_blank(self, lead: int, tail: int) -> None:
        """Let the list scroll `lead` pixels above its first row and `tail` below its end."""
        self._lead, self._tail = max(0, lead), max(0, tail)

    # QListView tells assistive technology which card is current or chosen by a place in
    # its own layout, which never runs here: the row is the card.
    # QAccessible is imported in the methods: its class and enums are made on first use,
    # and a start-up that chooses no card need not make them.
    def currentChanged(self, current: QModelIndex, previous: QModelIndex) -> None:
        QAbstractItemView.currentChanged(self, current, previous)
        if not (current.isValid() and self.hasFocus()):
            return
        from PySide6.QtGui import QAccessible

        if QAccessible.isActive():
            self._tell_assistive_technology(QAccessible.Event.Focus, current.row())

    def selectionChanged(self, selected, deselected) -> None:
        QAbstractItemView.selectionChanged(self, selected, deselected)
        if selected.isEmpty() and deselected.isEmpty():
            return
        from PySide6.QtGui import QAccessible

        if QAccessible.isActive():
            for event, rows in ((QAccessible.Event.SelectionRemove, deselected),
                                (QAccessible.Event.SelectionAdd, selected)):
                for index in rows.indexes():
                    self._tell_assistive_technology(event, index.row())

    def _tell_assistive_technology(self, kind, row: int) -> None:
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        event = QAccessibleEvent(self, kind)
        event.setChild(row)
        QAccessible.updateAccessibility(event)
