"""The library table: one row per article, and a proxy that filters and sorts it."""

from __future__ import annotations

import os
import unicodedata
from functools import lru_cache
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QRegularExpression,
    QSortFilterProxyModel, Qt,
)
from PySide6.QtWidgets import QApplication, QStyle

from marginalia.core.codebook import Codebook
from marginalia.core.corpus import ArticleEntry
from marginalia.core.errors import InputError, MarginaliaError
from marginalia.core.language import UNDETERMINED, describe_language
from marginalia.core.reviewers import ReviewerView, counts_shown
from marginalia.ui.error_words import reason
from marginalia.ui.language_names import language_label, language_name
from marginalia.ui.wording import arg, date, number

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
    """Rows of ArticleEntry with the codebook that colours their claim counts.

    The model sorts itself (`sort`) and keeps its rows in that order through
    set_entries and update_entry: sorting in QSortFilterProxyModel calls into Python
    for every comparison (lessThan, or data() on both sides, plus rowCount and
    columnCount for each index it makes), which costs most of a second for a
    library of thousands. Python's sort over precomputed keys takes milliseconds.
    """

    class Column(IntEnum):
        Title = 0
        Language = 1
        Claims = 2
        Problems = 3
        Outlet = 4  # the publication, from the file or as the user corrected it
        Published = 5  # the publication date (ISO 8601 sorts as text)

    class Role(IntEnum):
        Path = Qt.ItemDataRole.UserRole + 1
        Entry = Qt.ItemDataRole.UserRole + 2
        TopicCounts = Qt.ItemDataRole.UserRole + 3  # list[TopicCount], codebook order
        HasProblems = Qt.ItemDataRole.UserRole + 4
        SortKey = Qt.ItemDataRole.UserRole + 5
        Language = Qt.ItemDataRole.UserRole + 6  # BCP 47 tag
        Filter = Qt.ItemDataRole.UserRole + 7  # what ArticleFilterProxyModel matches: see _filter_text()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        # One item per row in each list, all in the current sort order.
        self._entries: list[ArticleEntry] = []
        self._paths: list[str] = []  # _key(entry.path)
        # Row key → (the entry, its filter text): folding titles and language names for
        # thousands of rows at each keystroke in the filter field would be slow.
        self._filter_texts: dict[str, tuple[ArticleEntry, str]] = {}
        self._arrivals: list[int] = []  # when the entry came: the order when unsorted
        self._order: list[tuple] = []  # each row's sort key in the current sort column
        self._rows: dict[str, int] = {}  # _key(path) → row
        self._next_arrival = 0
        self._sort_column = -1  # as QSortFilterProxyModel: unsorted until sort() is called
        self._descending = False
        self._codebook = Codebook()
        self._reviewers = ReviewerView()  # whose claims the counts count

    # -- contents --------------------------------------------------------
    def set_entries(self, entries: list[ArticleEntry]) -> None:
        self.beginResetModel()
        self._entries = list(entries)
        self._paths = [_key(e.path) for e in self._entries]
        self._filter_texts.clear()
        self._arrivals = list(range(len(self._entries)))
        self._next_arrival = len(self._entries)
        self._arrange()
        self.endResetModel()

    def set_reviewer_view(self, view: ReviewerView) -> None:
        """Count only the claims of the reviewers `view` shows."""
        if view == self._reviewers:
            return
        self._reviewers = view
        self._filter_texts.clear()  # they hold the topics with claims
        if self._entries:
            column = self.Column.Claims
            self.dataChanged.emit(self.index(0, column), self.index(len(self._entries) - 1, column))

    def counts(self, entry: ArticleEntry) -> tuple[int, dict[str, int]]:
        """(claims, topic id → claims) of `entry` as the reviewers shown count them."""
        return counts_shown(self._reviewers, entry.annotation_count, entry.topic_counts, entry.reviewer_counts)

    def set_codebook(self, codebook: Codebook) -> None:
        if codebook == self._codebook:
            return  # repainting every row of a big library for nothing is slow
        self._codebook = codebook
        self._filter_texts.clear()  # they hold the topics' names
        if self._entries:
            column = self.Column.Claims
            self.dataChanged.emit(self.index(0, column), self.index(len(self._entries) - 1, column))

    def update_entry(self, entry: ArticleEntry) -> None:
        """Replace the row of `entry.path` (that row changes, and moves if its sort key
        did); a new path is inserted where the current sort order puts it."""
        path = _key(entry.path)
        row = self._rows.get(path)
        if row is None:
            arrival = self._next_arrival
            self._next_arrival += 1
            key = self._sort_key_of(entry, self._sort_column, arrival)
            row = self._position(self._order, key)
            self.beginInsertRows(QModelIndex(), row, row)
            self._put(row, entry, path, arrival, key)
            self.endInsertRows()
            return
        arrival = self._arrivals[row]
        key = self._sort_key_of(entry, self._sort_column, arrival)
        target = self._position(self._order[:row] + self._order[row + 1:], key)
        if target == row:
            self._entries[row] = entry
            self._order[row] = key
        else:
            # Qt counts the destination before the move: past the row itself when moving down.
            self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), target if target < row else target + 1)
            del self._entries[row], self._paths[row], self._arrivals[row], self._order[row]
            self._put(target, entry, path, arrival, key)
            self.endMoveRows()
        self.dataChanged.emit(self.index(target, 0), self.index(target, _COLUMNS - 1))

    def index_for_path(self, path: Path, column: int = 0) -> QModelIndex:
        row = self._rows.get(_key(path))
        return self.index(row, column) if row is not None else QModelIndex()

    def entry(self, row: int) -> ArticleEntry:
        return self._entries[row]

    # -- sorting -----------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by `column` (ties by title, then file); a column out of range
        restores the order the entries came in."""
        column = column if 0 <= column < _COLUMNS else -1
        descending = order == Qt.SortOrder.DescendingOrder
        if (column, descending) == (self._sort_column, self._descending):
            return  # the rows are always kept in this order
        self.layoutAboutToBeChanged.emit()
        self._sort_column, self._descending = column, descending
        previous = self._arrange()
        moved = self.persistentIndexList()
        if moved:
            new_row = [0] * len(previous)
            for row, old in enumerate(previous):
                new_row[old] = row
            self.changePersistentIndexList(
                moved, [self.index(new_row[i.row()], i.column()) if i.isValid() else QModelIndex() for i in moved])
        self.layoutChanged.emit()

    def _sort_key_of(self, entry: ArticleEntry, column: int, arrival: int) -> tuple:
        if column < 0:
            return (arrival,)
        # Folded titles are cached by fold_text, so keys for thousands of rows cost little.
        return (self._sort_key(entry, column), fold_text(entry.title), str(entry.path))

    def _arrange(self) -> list[int]:
        """Put the rows in the current sort order; returns the previous row of each row."""
        column, arrivals = self._sort_column, self._arrivals
        keys = [self._sort_key_of(e, column, arrivals[row]) for row, e in enumerate(self._entries)]
        # Keys are unique (the file breaks ties), so descending is exactly ascending reversed.
        previous = sorted(range(len(keys)), key=keys.__getitem__, reverse=self._descending)
        self._entries = [self._entries[i] for i in previous]
        self._paths = [self._paths[i] for i in previous]
        self._arrivals = [arrivals[i] for i in previous]
        self._order = [keys[i] for i in previous]
        self._rows = {path: row for row, path in enumerate(self._paths)}
        return previous

    def _position(self, keys: list[tuple], key: tuple) -> int:
        """Where `key` goes among `keys` (in the current order): after any equal key."""
        low, high = 0, len(keys)
        while low < high:
            middle = (low + high) // 2
            if (key > keys[middle]) if self._descending else (key < keys[middle]):
                high = middle
            else:
                low = middle + 1
        return low

    def _put(self, row: int, entry: ArticleEntry, path: str, arrival: int, key: tuple) -> None:
        self._entries.insert(row, entry)
        self._paths.insert(row, path)
        self._arrivals.insert(row, arrival)
        self._order.insert(row, key)
        self._rows = {p: r for r, p in enumerate(self._paths)}

    # -- QAbstractItemModel ----------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else _COLUMNS

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        # Asked for every row on each layout of the view: constants, no enum arithmetic.
        if not index.isValid():
            return _NO_FLAGS
        if self._entries[index.row()].error is not None:
            return _DISABLED  # shown greyed: the article cannot be opened
        return _ENABLED

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.Column):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            # The problems column holds only an icon: a one-character header keeps it narrow.
            return (self.tr("Title"), self.tr("Language"), self.tr("Claims"), "⚠", self.tr("Outlet"),
                    self.tr("Published"))[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == self.Column.Claims:
            return self.tr("Claims in the article, by topic")
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and section == self.Column.Problems:
            return self.tr("Problems with the article or its annotation file")
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole name of a header a narrow column shortens
            return self.headerData(section, orientation)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        row = index.row()
        entry = self._entries[row]
        if role == _FILTER_ROLE:  # first: asked for every row at each keystroke in the filter field
            known = self._filter_texts.get(self._paths[row])
            if known is None or known[0] is not entry:  # entries are immutable: a new one is new data
                known = self._filter_texts[self._paths[row]] = (entry, self._filter_text(entry))
            return known[1]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(entry, column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.Column.Problems and _has_problems(entry):
            return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.Column.Claims:
            return self._tooltip(entry, column).replace("\n", "; ")  # the topics by name: the dots are colours
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.Column.Problems:
            return self._problem_text(entry) if _has_problems(entry) else self.tr("No problems")
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return self._spoken_details(entry)
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
    def _filter_text(self, entry: ArticleEntry) -> str:
        """What the filter matches: every text column shown (a column added later too),
        the file name, the language's tag and names, and the names of the topics with
        claims in the article, folded; then each such topic's id, each field ended by a
        record separator (see ArticleFilterProxyModel)."""
        shown = [text for column in range(self.columnCount()) if isinstance(text := self._display(entry, column), str)]
        info = describe_language(entry.language)
        names = [count.name for count in self._topic_counts(entry)]
        haystack = fold_text(" | ".join((*shown, entry.name, entry.metadata.published, info.tag, info.english_name,
                                         info.autonym, language_name(entry.language), *names)))
        topics = "".join(_topic_field(t) + _FIELD_END for t, n in self.counts(entry)[1].items() if n)
        return haystack.replace(_FIELD_END, " ") + _FIELD_END + topics

    def _display(self, entry: ArticleEntry, column: int):
        if column == self.Column.Title:
            return entry.title
        if column == self.Column.Language:
            return self._language_name(entry)
        if column == self.Column.Claims:
            return self.counts(entry)[0]
        if column == self.Column.Outlet:
            return entry.metadata.outlet
        if column == self.Column.Published:
            return date(entry.metadata.published)
        return None

    def _language_name(self, entry: ArticleEntry) -> str:
        if entry.language == UNDETERMINED:
            return self.tr("Unknown", "language")
        info = describe_language(entry.language)
        return info.autonym or info.english_name

    def _spoken_details(self, entry: ArticleEntry) -> str:
        """A row's accessible description: what the columns say, for a screen reader reading one cell."""
        if entry.error is not None:
            return arg(self.tr("%1 cannot be opened: %2"), entry.name, reason(entry.error))
        meta = entry.metadata
        parts = [language_label(entry.language), self.tr("%Ln claim(s)", "", entry.annotation_count)]
        parts += [v for v in (meta.outlet, date(meta.published) if meta.published else "") if v]
        if _has_problems(entry):
            parts.append(self._problem_text(entry))
        return ", ".join(parts)

    def _tooltip(self, entry: ArticleEntry, column: int) -> str:
        if entry.error is not None:
            return arg(self.tr("%1 cannot be opened: %2"), entry.name, reason(entry.error))
        if column == self.Column.Title:
            return f"{entry.title}\n{entry.name}" + (f"\n{entry.metadata.url}" if entry.metadata.url else "")
        if column in (self.Column.Outlet, self.Column.Published):
            meta = entry.metadata
            return "\n".join(v for v in (meta.outlet, meta.author, meta.published) if v) or None
        if column == self.Column.Language:
            info = describe_language(entry.language)
            label = language_label(entry.language)
            if entry.encoding.replace("_", "-").lower() not in ("utf-8", "utf8"):
                label += "\n" + arg(self.tr("Encoding: %1"), entry.encoding)
            return label
        if column == self.Column.Claims:
            lines = [self.tr("%Ln claim(s)", "", self.counts(entry)[0])]
            lines += [arg(self.tr("%1: %2"), c.name, number(c.count)) for c in self._topic_counts(entry)]
            return "\n".join(lines)
        return self._problem_text(entry) if _has_problems(entry) else None

    def _problem_text(self, entry: ArticleEntry) -> str:
        if entry.error is not None:
            return arg(self.tr("%1 cannot be opened: %2"), entry.name, reason(entry.error))
        return "\n".join(self._describe_problem(p) for p in entry.problems)

    def _describe_problem(self, problem: MarginaliaError) -> str:
        if isinstance(problem, InputError):
            if problem.field:
                return arg(self.tr("%1, field %2: %3"), problem.path.name, problem.field, reason(problem))
            return arg(self.tr("%1: %2"), problem.path.name, reason(problem))
        return str(problem)

    def _topic_counts(self, entry: ArticleEntry) -> list[TopicCount]:
        shown = self.counts(entry)[1]
        counts = [TopicCount(t.id, t.name, t.color, shown[t.id]) for t in self._codebook if shown.get(t.id)]
        known = set(self._codebook.ids())
        counts += [TopicCount(topic_id, topic_id, "", n)
                   for topic_id, n in sorted(shown.items()) if n and topic_id not in known]
        return counts

    def _sort_key(self, entry: ArticleEntry, column: int):
        if column == self.Column.Language:
            return fold_text(self._language_name(entry))
        if column == self.Column.Claims:
            return self.counts(entry)[0]
        if column == self.Column.Problems:
            return len(entry.problems) + (1 if entry.error is not None else 0)
        if column == self.Column.Outlet:
            return fold_text(entry.metadata.outlet)
        if column == self.Column.Published:
            return entry.metadata.published
        return fold_text(entry.title)


class ArticleFilterProxyModel(QSortFilterProxyModel):
    """Filters by typed text (any text shown, language and topic names, ignoring case
    and accents) and by topics.

    Both filters are one regular expression over the source's Role.Filter text, so Qt
    filters in C++ and, with no filter set, never calls into Python per row. Sorting is
    passed to the source model, which keeps its rows in order (see ArticleListModel).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._words: tuple[str, ...] = ()
        self._topics: frozenset[str] = frozenset()
        self.setFilterRole(ArticleListModel.Role.Filter)
        self.setFilterKeyColumn(0)
        self.setDynamicSortFilter(True)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        # The view's header calls this; the proxy itself stays unsorted (source order).
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)

    def filter_text(self) -> str:
        return " ".join(self._words)

    def set_filter_text(self, text: str) -> None:
        words = tuple(fold_text(text).split())
        if words == self._words:
            return
        self._words = words
        self._apply_filter()

    def set_topic_filter(self, topic_ids: set[str] | frozenset[str]) -> None:
        """Only articles with claims in one of `topic_ids`; an empty set shows all."""
        topics = frozenset(topic_ids)
        if topics == self._topics:
            return
        self._topics = topics
        self._apply_filter()

    def refilter(self) -> None:
        """The rows' filter texts changed (topics renamed): match them again."""
        if self._words:
            self.beginFilterChange()
            self.endFilterChange()

    def _apply_filter(self) -> None:
        # Every word must match the folded text of the row ("viet micro" narrows,
        # as a search box should), and some claim must carry one of the topics.
        pattern = "".join(f"(?=[^{_FIELD_END}]*{QRegularExpression.escape(word)})" for word in self._words)
        if self._topics:
            topics = "|".join(QRegularExpression.escape(_topic_field(t)) for t in sorted(self._topics))
            pattern += f"(?=.*{_FIELD_END}(?:{topics}){_FIELD_END})"
        expression = QRegularExpression("^" + pattern if pattern else "",
                                        QRegularExpression.PatternOption.DotMatchesEverythingOption)
        self.setFilterRegularExpression(expression)  # an empty pattern accepts every row unasked


# Ends the folded text in Role.Filter and each topic after it (ASCII record separator).
# str.split() takes it for whitespace, so no typed word contains it, and it is taken out
# of the text and the topics: in a pattern it stands for itself.
_FIELD_END = "\x1e"


def _topic_field(topic_id: str) -> str:
    # Topic ids come from files: escape the separator (and the escape) so none spans two.
    return topic_id.replace("\x1f", "\x1f0").replace(_FIELD_END, "\x1f1")


def _has_problems(entry: ArticleEntry) -> bool:
    return bool(entry.problems) or entry.error is not None


_COLUMNS = len(ArticleListModel.Column)  # asked for constantly: not through Enum.__len__
_FILTER_ROLE = int(ArticleListModel.Role.Filter)
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_DISABLED = Qt.ItemFlag.ItemNeverHasChildren
_ENABLED = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


def _key(path: Path | str) -> str:
    # abspath, not resolve(): no filesystem call per row of a large library; strings, not
    # Paths, which cost microseconds each to build. normcase: paths compare as Path does.
    return os.path.normcase(os.path.abspath(path))
