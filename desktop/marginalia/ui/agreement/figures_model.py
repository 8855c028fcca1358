"""Agreement figures as a Qt table model: one row per topic (and the mean), pooled or per article."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import IntEnum
from html import escape

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from marginalia.core.agreement.table import FigureRow
from marginalia.core.compare.display import one_line
from marginalia.ui.agreement.wording import FIGURES, AgreementWords
from marginalia.ui.wording import arg


class FigureTableModel(QAbstractTableModel):
    """Columns: the article (when `with_articles`), the topic, then the four figures. An
    undefined figure shows a dash; its tooltip and spoken text say why."""

    class Role(IntEnum):
        Value = Qt.ItemDataRole.UserRole + 1  # the figure as a float, None where undefined
        Reason = Qt.ItemDataRole.UserRole + 2  # the NullReason code of an undefined figure, else ""
        Row = Qt.ItemDataRole.UserRole + 3  # the core FigureRow

    def __init__(self, words: AgreementWords, with_articles: bool, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words = words
        self.with_articles = with_articles
        self._rows: list[FigureRow] = []
        self._article_labels: Mapping[str, str] = {}
        self._topic_labels: Mapping[str, str] = {}
        self._coded: Mapping[str, Mapping[str, int]] = {}
        self._units = 0
        self._bold = QFont()
        self._bold.setBold(True)

    @property
    def rows(self) -> list[FigureRow]:
        return self._rows

    @property
    def topic_labels(self) -> Mapping[str, str]:
        return self._topic_labels

    def set_rows(self, rows: Sequence[FigureRow], *, article_labels: Mapping[str, str] = {},
                 topic_labels: Mapping[str, str] = {}, coded: Mapping[str, Mapping[str, int]] = {},
                 units: int = 0) -> None:
        """Show `rows`; labels name articles and topics (their names and ids by default);
        `coded` (topic → reviewer → characters) and `units` describe pooled rows."""
        self.beginResetModel()
        self._rows = list(rows)
        self._article_labels, self._topic_labels = dict(article_labels), dict(topic_labels)
        self._coded, self._units = coded, units
        self.endResetModel()

    # -- shape -----------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(FIGURES) + self.first_figure_column()

    def first_figure_column(self) -> int:
        return 2 if self.with_articles else 1

    def figure_of(self, column: int) -> str | None:
        """The figure shown in `column`, None for the label columns."""
        offset = column - self.first_figure_column()
        return FIGURES[offset] if 0 <= offset < len(FIGURES) else None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    # -- words -----------------------------------------------------------------
    def article_label(self, name: str | None) -> str:
        return "" if name is None else one_line(self._article_labels.get(name) or name, 200)

    def topic_label(self, topic: str | None) -> str:
        if topic is None:
            return self.tr("All topics (mean)")
        return one_line(self._topic_labels.get(topic) or topic, 120)

    def text(self, row: int, column: int) -> str:
        """The cell as shown, with the article named on every row (for copying)."""
        found = self._rows[row]
        figure = self.figure_of(column)
        if figure is not None:
            return self.words.shown(found.figures, figure)
        if self.with_articles and column == 0:
            return self.article_label(found.article)
        return self.topic_label(found.topic)

    def _starts_article(self, row: int) -> bool:
        return row == 0 or self._rows[row - 1].article != self._rows[row].article

    # -- data ------------------------------------------------------------------
    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < self.rowCount() and 0 <= index.column() < self.columnCount()):
            return None
        row, column = index.row(), index.column()
        found = self._rows[row]
        figure = self.figure_of(column)
        if role == Qt.ItemDataRole.DisplayRole:
            if self.with_articles and column == 0 and not self._starts_article(row):
                return ""  # the article is named once, on the first of its rows
            return self.text(row, column)
        if role == self.Role.Row:
            return found
        if role == self.Role.Value:
            return found.figures.value(figure) if figure else None
        if role == self.Role.Reason:
            return str(found.figures.reasons().get(figure, "")) if figure else ""
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.spoken(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if figure else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and found.topic is None:
            return self._bold
        return None

    def spoken(self, row: int, column: int) -> str:
        """What a screen reader, and the details line under the table, say of a cell."""
        found = self._rows[row]
        figure = self.figure_of(column)
        where = self.topic_label(found.topic)
        if self.with_articles:
            where = f"{self.article_label(found.article)}, {where}"
        if figure is None:
            return where
        return f"{where} — {self.words.name(figure)}: {self.words.spoken(found.figures, figure)}"

    def _tooltip(self, row: int, column: int) -> str:
        """Rich text with every name from a file escaped."""
        found = self._rows[row]
        figure = self.figure_of(column)
        if figure is not None:
            lines = [f"<b>{escape(self.words.name(figure))}</b> — {escape(self.topic_label(found.topic))}",
                     escape(self.words.spoken(found.figures, figure)), f"<i>{escape(self.words.meaning(figure))}</i>"]
        elif self.with_articles and column == 0:
            lines = [f"<b>{escape(self.article_label(found.article))}</b>", escape(found.article or "")]
        else:
            lines = [f"<b>{escape(self.topic_label(found.topic))}</b>"] + [escape(c) for c in self._coded_words(found)]
        return "<p>" + "</p><p>".join(lines) + "</p>"

    def _coded_words(self, found: FigureRow) -> list[str]:
        if found.article is not None or found.topic is None or not self._units:
            return []
        words = []
        for reviewer, amount in self._coded.get(found.topic, {}).items():
            share = self.words.number("percent", amount / self._units)
            words.append(arg(self.tr("%1 coded %Ln character(s) (%2 of the text)", "", amount),
                             one_line(reviewer, 80), share))
        return words

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        figure = self.figure_of(section)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if figure is not None:
                return self.words.name(figure)
            return self.tr("Article") if self.with_articles and section == 0 else self.tr("Topic")
        if role == Qt.ItemDataRole.ToolTipRole and figure is not None:
            return f"<p><b>{escape(self.words.name(figure))}</b></p><p>{escape(self.words.meaning(figure))}</p>"
        return None

    def as_text(self, rows: Sequence[int] | None = None, columns: Sequence[int] | None = None) -> str:
        """The cells as shown, tab-separated with a header line: pasted into a spreadsheet
        in the same locale, the numbers read as numbers."""
        rows = range(self.rowCount()) if rows is None else rows
        columns = range(self.columnCount()) if columns is None else columns
        lines = ["\t".join(self.headerData(c, Qt.Orientation.Horizontal) for c in columns)]
        lines += ["\t".join(self.text(r, c) for c in columns) for r in rows]
        return "\n".join(lines) + "\n"
