"""The comparison matrix as a Qt table model: rows (topics or clusters) × articles."""

from __future__ import annotations

from enum import IntEnum
from html import escape

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from marginalia.core.compare import UNTAGGED, Cell, CompareMatrix, Row
from marginalia.core.compare.display import one_line
from marginalia.core.language import describe_language
from marginalia.ui.wording import arg, percent

TOOLTIP_CLAIMS = 25  # a tooltip lists this many claims; the cell itself fewer
SPOKEN_CLAIMS = 5  # what a screen reader reads out for a cell before "and N more"


class CompareTableModel(QAbstractTableModel):
    """Each index is one article's claims for one row. The painting delegate asks for
    `Role.Cell`; the display, tooltip and accessible texts say the same in words."""

    class Role(IntEnum):
        Cell = Qt.ItemDataRole.UserRole + 1  # core Cell
        Row = Qt.ItemDataRole.UserRole + 2  # core Row (header data, vertical)
        Column = Qt.ItemDataRole.UserRole + 3  # core ArticleColumn (header data, horizontal)
        RowLabel = Qt.ItemDataRole.UserRole + 4  # the row's name as shown (header data, vertical)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._matrix = CompareMatrix((), (), {})

    @property
    def matrix(self) -> CompareMatrix:
        return self._matrix

    def set_matrix(self, matrix: CompareMatrix) -> None:
        self.beginResetModel()
        self._matrix = matrix
        self.endResetModel()

    def cell(self, index: QModelIndex) -> Cell:
        return self._matrix.cell(index.row(), index.column())

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._matrix.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._matrix.columns)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- words ---------------------------------------------------------------
    def row_label(self, row: int) -> str:
        return self.row_label_of(self._matrix.rows[row])

    def row_label_of(self, row: Row) -> str:
        return self.tr("(no topic)") if row.id == UNTAGGED else one_line(row.label, 120)

    def language_name(self, tag: str) -> str:
        info = describe_language(tag)
        if info.tag in ("", "und"):
            return self.tr("Unknown language")
        return arg(self.tr("%1 (%2)"), info.autonym or info.english_name, info.tag)

    def summary(self, cell: Cell) -> str:
        if not cell.count:
            return self.tr("No claims")
        return arg(self.tr("%Ln claim(s) · %1 of the text", "", cell.count), percent(cell.share))

    def column_words(self, column: int) -> str:
        found = self._matrix.columns[column]
        parts = [one_line(found.title, 200), self.language_name(found.language)]
        parts += [one_line(p, 80) for p in (found.outlet, found.published) if p]
        return " — ".join(parts)

    # -- data ----------------------------------------------------------------
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < self.rowCount() and 0 <= index.column() < self.columnCount()):
            return None
        if role == self.Role.Cell:
            return self.cell(index)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.summary(self.cell(index))
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(index)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(index)
        return None

    def _spoken(self, index: QModelIndex) -> str:
        cell = self.cell(index)
        words = [self.row_label(index.row()), self.column_words(index.column()), self.summary(cell)]
        words += [one_line(a.quote.exact, 200) for a in cell.claims[:SPOKEN_CLAIMS]]
        if cell.count > SPOKEN_CLAIMS:
            words.append(self.tr("and %Ln more", "", cell.count - SPOKEN_CLAIMS))
        return ". ".join(words)

    def _tooltip(self, index: QModelIndex) -> str:
        """Rich text with every user text escaped: a note may hold markup of its own."""
        cell = self.cell(index)
        column = self._matrix.columns[index.column()]
        lines = [f"<b>{escape(self.row_label(index.row()))}</b> — {escape(one_line(column.title, 120))}",
                 escape(self.summary(cell))]
        for claim in cell.claims[:TOOLTIP_CLAIMS]:
            item = f"<i>{escape(one_line(claim.quote.exact, 300))}</i>"
            if claim.note.strip():
                item += "<br>" + escape(arg(self.tr("Note: %1"), one_line(claim.note, 300)))
            lines.append(item)
        if cell.count > TOOLTIP_CLAIMS:
            lines.append(escape(self.tr("and %Ln more", "", cell.count - TOOLTIP_CLAIMS)))
        return "<p>" + "</p><p>".join(lines) + "</p>"

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < self.columnCount():
                return None
            if role == self.Role.Column:
                return self._matrix.columns[section]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                return self.column_words(section)
            if role == Qt.ItemDataRole.ToolTipRole:
                column = self._matrix.columns[section]
                tip = f"<p>{escape(self.column_words(section))}</p><p>{escape(column.key)}</p>"
                if column.problem is not None:
                    tip += "<p>" + escape(arg(self.tr("Its claims could not be read: %1"), column.problem)) + "</p>"
                return tip
            return None
        if not 0 <= section < self.rowCount():
            return None
        if role == self.Role.Row:
            return self._matrix.rows[section]
        if role == self.Role.RowLabel:
            return self.row_label(section)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            return f"{self.row_label(section)} — {self.row_totals(section)}"
        return None

    def row_totals(self, row: int) -> str:
        return arg(self.tr("%1 %2"), self.tr("%Ln claim(s)", "", self._matrix.row_claims(row)),
                   self.tr("in %Ln article(s)", "", self._matrix.row_articles(row)))


