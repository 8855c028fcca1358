"""The library table: one row per article, and a proxy that filters and sorts it."""

from __future__ import annotations

import os
import unicodedata
from functools import lru_cache
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import QApplication, QStyle

from marginalia.core.codebook import Codebook
from marginalia.core.corpus import ArticleEntry
from marginalia.core.errors import MarginaliaError, SidecarError
from marginalia.core.language import UNDETERMINED, describe_language

# Letters that NFKD leaves whole but a reader typing without accents still expects
# to match ("dac" for "đặc", "lodz" for "Łódź").
_UNACCENTED = str.maketrans({"đ": "d", "ł": "l", "ø": "o", "ħ": "h", "ı": "i", "æ": "ae", "œ": "oe", "þ": "th"})


@lru_cache(maxsize=65536)  # sorting compares each title many times
def fold_text(text: str) -> str:
    """Case- and accent-insensitive form for matching: "Tiếng Việt" → "tieng viet"."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.casefold().translate(_UNACCENTED)


@dataclass(frozen=True, slots=True)
class TopicCount:
    """One topic's share of an article's claims; `color` is "" for a topic the codebook lacks."""

    topic_id: str
    name: str
    color: str
    count: int


class ArticleListModel(QAbstractTableModel):
    """Rows of ArticleEntry with the codebook that colours their claim counts."""

    class Column(IntEnum):
        Title = 0
        Language = 1
        Claims = 2
        Problems = 3

    class Role(IntEnum):
        Path = Qt.ItemDataRole.UserRole + 1
        Entry = Qt.ItemDataRole.UserRole + 2
        TopicCounts = Qt.ItemDataRole.UserRole + 3  # list[TopicCount], codebook order
        HasProblems = Qt.ItemDataRole.UserRole + 4
        SortKey = Qt.ItemDataRole.UserRole + 5
        Language = Qt.ItemDataRole.UserRole + 6  # BCP 47 tag

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[ArticleEntry] = []
        self._rows: dict[Path, int] = {}
        self._codebook = Codebook()
        # column → one precomputed key per row: sorting thousands of rows compares
        # them tens of thousands of times, and folding accents each time costs seconds.
        self._sort_keys: dict[int, list] = {}

    # -- contents --------------------------------------------------------
    def set_entries(self, entries: list[ArticleEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._rows = {_key(e.path): row for row, e in enumerate(self._entries)}
        self._sort_keys.clear()
        self.endResetModel()

    def set_codebook(self, codebook: Codebook) -> None:
        if codebook == self._codebook:
            return  # repainting every row of a big library for nothing is slow
        self._codebook = codebook
        if self._entries:
            column = self.Column.Claims
            self.dataChanged.emit(self.index(0, column), self.index(len(self._entries) - 1, column))

    def update_entry(self, entry: ArticleEntry) -> None:
        """Replace the row of `entry.path` (only that row changes); a new path is appended."""
        row = self._rows.get(_key(entry.path))
        if row is None:
            row = len(self._entries)
            self.beginInsertRows(QModelIndex(), row, row)
            self._entries.append(entry)
            self._sort_keys.clear()
            self._rows[_key(entry.path)] = row
            self.endInsertRows()
            return
        self._entries[row] = entry
        self._sort_keys.clear()
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def index_for_path(self, path: Path, column: int = 0) -> QModelIndex:
        row = self._rows.get(_key(path))
        return self.index(row, column) if row is not None else QModelIndex()

    def entry(self, row: int) -> ArticleEntry:
        return self._entries[row]

    # -- QAbstractItemModel ----------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else _COLUMNS

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self._entries[index.row()].error is not None:
            return Qt.ItemFlag.ItemNeverHasChildren  # shown greyed: the article cannot be opened
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # The problems column holds only an icon: a one-character header keeps it narrow.
            return (self.tr("Title"), self.tr("Language"), self.tr("Claims"), "⚠")[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.Column.Claims:
            return self.tr("Claims in the article, by topic")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and section == self.Column.Problems:
            return self.tr("Problems with the article or its annotation file")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.Column.Problems and _has_problems(entry):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.Column.Problems:
            return self._problem_text(entry) if _has_problems(entry) else self.tr("No problems")
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.Column.Claims:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == self.Role.Path:
            return entry.path
        if role == self.Role.Entry:
            return entry
        if role == self.Role.TopicCounts:
            return self._topic_counts(entry)
        if role == self.Role.HasProblems:
            return _has_problems(entry)
        if role == self.Role.Language:
            return entry.language
        if role == self.Role.SortKey:
            return self._sort_key(entry, column)
        return None

    # -- roles -----------------------------------------------------------
    def _display(self, entry: ArticleEntry, column: int):
        if column == self.Column.Title:
            return entry.title
        if column == self.Column.Language:
            return self._language_name(entry)
        if column == self.Column.Claims:
            return entry.annotation_count
        return None

    def _language_name(self, entry: ArticleEntry) -> str:
        if entry.language == UNDETERMINED:
            return self.tr("Unknown")
        info = describe_language(entry.language)
        return info.autonym or info.english_name

    def _tooltip(self, entry: ArticleEntry, column: int) -> str:
        if entry.error is not None:
            return self.tr("{file} cannot be opened: {reason}").format(file=entry.name, reason=entry.error.reason)
        if column == self.Column.Title:
            return f"{entry.title}\n{entry.name}"
        if column == self.Column.Language:
            info = describe_language(entry.language)
            label = self.tr("Unknown language") if info.tag == UNDETERMINED else info.label
            if entry.encoding.replace("_", "-").lower() not in ("utf-8", "utf8"):
                label += "\n" + self.tr("Encoding: {encoding}").format(encoding=entry.encoding)
            return label
        if column == self.Column.Claims:
            lines = [self.tr("%n claim(s)", "", entry.annotation_count)]
            lines += [f"{c.name}: {c.count}" for c in self._topic_counts(entry)]
            return "\n".join(lines)
        return self._problem_text(entry) if _has_problems(entry) else None

    def _problem_text(self, entry: ArticleEntry) -> str:
        if entry.error is not None:
            return self.tr("{file} cannot be opened: {reason}").format(file=entry.name, reason=entry.error.reason)
        return "\n".join(self._describe_problem(p) for p in entry.problems)

    def _describe_problem(self, problem: MarginaliaError) -> str:
        if isinstance(problem, SidecarError):
            if problem.field:
                return self.tr("{file}, field {field}: {reason}").format(
                    file=problem.path.name, field=problem.field, reason=problem.reason)
            return self.tr("{file}: {reason}").format(file=problem.path.name, reason=problem.reason)
        return str(problem)

    def _topic_counts(self, entry: ArticleEntry) -> list[TopicCount]:
        counts = [TopicCount(t.id, t.name, t.color, entry.topic_counts[t.id])
                  for t in self._codebook if entry.topic_counts.get(t.id)]
        known = set(self._codebook.ids())
        counts += [TopicCount(topic_id, topic_id, "", n)
                   for topic_id, n in sorted(entry.topic_counts.items()) if n and topic_id not in known]
        return counts

    def sort_key(self, row: int, column: int):
        """The sort key of `row` in `column`, ties broken by title then path."""
        keys = self._sort_keys.get(column)
        if keys is None:
            keys = self._sort_keys[column] = [
                (self._sort_key(e, column), fold_text(e.title), str(e.path)) for e in self._entries]
        return keys[row]

    def _sort_key(self, entry: ArticleEntry, column: int):
        if column == self.Column.Language:
            return fold_text(self._language_name(entry))
        if column == self.Column.Claims:
            return entry.annotation_count
        if column == self.Column.Problems:
            return len(entry.problems) + (1 if entry.error is not None else 0)
        return fold_text(entry.title)


class ArticleFilterProxyModel(QSortFilterProxyModel):
    """Filters by typed text (title or language, ignoring case and accents) and by topics."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._topics: frozenset[str] = frozenset()
        self.setSortRole(ArticleListModel.Role.SortKey)
        self.setDynamicSortFilter(True)

    def filter_text(self) -> str:
        return " ".join(self._words)

    def set_filter_text(self, text: str) -> None:
        words = tuple(fold_text(text).split())
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_topic_filter(self, topic_ids: set[str] | frozenset[str]) -> None:
        """Only articles with claims in one of `topic_ids`; an empty set shows all."""
        topics = frozenset(topic_ids)
        if topics == self._topics:
            return
        self.beginFilterChange()
        self._topics = topics
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        entry: ArticleEntry = self.sourceModel().index(source_row, 0, source_parent).data(ArticleListModel.Role.Entry)
        if entry is None:
            return False
        if self._topics and not any(entry.topic_counts.get(t) for t in self._topics):
            return False
        if not self._words:
            return True
        haystack = _haystack(entry)
        # Every word must match somewhere: "viet micro" narrows, as a search box should.
        return all(word in haystack for word in self._words)

    def lessThan(self, left: QModelIndex | QPersistentModelIndex, right: QModelIndex | QPersistentModelIndex) -> bool:
        # Keys are precomputed per row; ties (equal counts, same language) fall back to
        # the title, then the file, so the order never depends on the scan order.
        source = self.sourceModel()
        return source.sort_key(left.row(), left.column()) < source.sort_key(right.row(), right.column())


def _haystack(entry: ArticleEntry) -> str:
    info = describe_language(entry.language)
    return fold_text(" | ".join((entry.title, entry.name, info.tag, info.english_name, info.autonym)))


def _has_problems(entry: ArticleEntry) -> bool:
    return bool(entry.problems) or entry.error is not None


_COLUMNS = len(ArticleListModel.Column)  # asked for constantly: not through Enum.__len__


def _key(path: Path) -> Path:
    # abspath, not resolve(): no filesystem call per row of a large library.
    return Path(os.path.abspath(path))
