"""The Compare view's table: arrows move between cells, Alt+arrows between a cell's claims, Enter or a click opens one."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from marginalia.ui.compare.cell_delegate import CellDelegate
from marginalia.ui.compare.compare_model import CompareTableModel
from marginalia.ui.compare.header import ROW_HEADER_WIDTH, CompareHeader

COLUMN_WIDTH = 290
# A few articles share the width when each still gets this much: five outlets side by
# side, without scrolling, is what the view is for.
FIT_WIDTH = 220


class CompareTable(QTableView):
    """Only the cells in view are painted (a delegate over the model, never a widget per
    cell). The claim chosen in the current cell is `claim_cursor`."""

    claim_activated = Signal(object, str)  # (article path, claim id)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.claim_cursor = 0
        self._pressed_claim: int | None = None
        self.source = CompareTableModel(self)
        self.setHorizontalHeader(CompareHeader(Qt.Orientation.Horizontal, self))
        self.setVerticalHeader(CompareHeader(Qt.Orientation.Vertical, self))
        self.setModel(self.source)
        self.cells = CellDelegate(self)
        self.setItemDelegate(self.cells)
        # No selection, only a current cell, which the delegate marks itself: a selected
        # cell would be flooded with the highlight colour and its quotes hard to read.
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the filters, as in a form
        self.setWordWrap(False)
        self.setCornerButtonEnabled(False)
        columns = self.horizontalHeader()
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setDefaultSectionSize(COLUMN_WIDTH)
        columns.setMinimumSectionSize(120)
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setFixedWidth(ROW_HEADER_WIDTH)
        self.selectionModel().currentChanged.connect(self._on_selection_model_current_changed)

    def set_matrix(self, matrix) -> None:
        """Show `matrix`, staying on the same article and row where both are still shown."""
        old = self.currentIndex()
        article = self.source.matrix.columns[old.column()].key if old.isValid() else None
        row = self.source.matrix.rows[old.row()].id if old.isValid() else None
        cursor = self.claim_cursor
        self.source.set_matrix(matrix)
        rows = self.verticalHeader()
        least = rows.least_section_height()
        for r in range(len(matrix.rows)):
            rows.resizeSection(r, max(least, self.cells.geometry.row_height(matrix.most_in_row(r))))
        self._fit_columns()
        column = matrix.index_of(article) if article is not None else None
        r = next((i for i, found in enumerate(matrix.rows) if found.id == row), None)
        if column is not None and r is not None:
            self.setCurrentIndex(self.source.index(r, column))
            self.claim_cursor = min(cursor, max(0, self.source.cell(self.currentIndex()).count - 1))
        elif matrix.rows and matrix.columns:
            self.setCurrentIndex(self._first_with_claims())

    def _first_with_claims(self) -> QModelIndex:
        """The first cell with claims, row by row (among the first screenful of articles):
        where a reader starts, rather than on an empty cell."""
        matrix = self.source.matrix
        for r in range(len(matrix.rows)):
            for c in range(min(len(matrix.columns), 50)):
                if matrix.cell(r, c).count:
                    return self.source.index(r, c)
        return self.source.index(0, 0)

    def _fit_columns(self) -> None:
        count = self.source.columnCount()
        if not count:
            return
        header = self.horizontalHeader()
        fits = self.viewport().width() / count >= FIT_WIDTH
        mode = QHeaderView.ResizeMode.Stretch if fits else QHeaderView.ResizeMode.Interactive
        if header.sectionResizeMode(0) != mode:
            header.setSectionResizeMode(mode)
            if not fits:
                for column in range(count):
                    header.resizeSection(column, COLUMN_WIDTH)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def _on_selection_model_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        self.claim_cursor = 0
        for index in (current, previous):
            if index.isValid():
                self.update(index)
        self.horizontalHeader().viewport().update()
        self.verticalHeader().viewport().update()

    # -- choosing and opening ---------------------------------------------------
    def current_claim(self):
        """The claim chosen in the current cell, or None."""
        index = self.currentIndex()
        if not index.isValid():
            return None
        cell = self.source.cell(index)
        return cell.claims[min(self.claim_cursor, cell.count - 1)] if cell.count else None

    def move_claim(self, step: int) -> bool:
        """Choose the next (or previous) claim of the current cell; False at either end."""
        index = self.currentIndex()
        count = self.source.cell(index).count if index.isValid() else 0
        target = self.claim_cursor + step
        if not 0 <= target < count:
            return False
        self.claim_cursor = target
        self.update(index)
        return True

    def open_current(self) -> bool:
        claim = self.current_claim()
        if claim is None:
            return False
        column = self.source.matrix.columns[self.currentIndex().column()]
        self.claim_activated.emit(column.path, claim.id)
        return True

    def keyPressEvent(self, event) -> None:
        key, modifiers = event.key(), event.modifiers()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.open_current()
            event.accept()
            return
        if modifiers & Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            self.move_claim(1 if key == Qt.Key.Key_Down else -1)
            event.accept()
            return
        super().keyPressEvent(event)

    def event(self, event) -> bool:
        # Enter and Alt+arrows belong to the table while it has the focus, whatever
        # a window-wide shortcut may say.
        if event.type() == QEvent.Type.ShortcutOverride and (
                event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
                or (event.modifiers() & Qt.KeyboardModifier.AltModifier
                    and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up))):
            event.accept()
            return True
        return super().event(event)

    def mousePressEvent(self, event) -> None:
        index = self.indexAt(event.position().toPoint())
        super().mousePressEvent(event)
        self._pressed_claim = None
        if index.isValid() and event.button() == Qt.MouseButton.LeftButton:
            cell = self.source.cell(index)
            geometry = self.cells.geometry
            first = geometry.first_shown(cell.count, self.claim_cursor)
            hit = geometry.claim_at(self.visualRect(index), event.position().toPoint(), cell.count, first)
            self.claim_cursor = hit if hit is not None else 0
            self._pressed_claim = self.claim_cursor
            self.update(index)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        index = self.indexAt(event.position().toPoint())
        if (event.button() == Qt.MouseButton.LeftButton and self._pressed_claim is not None
                and index == self.currentIndex()):
            self.open_current()
        self._pressed_claim = None
