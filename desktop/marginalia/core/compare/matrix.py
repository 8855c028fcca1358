"""The comparison matrix: articles as columns, rows from a RowSource, each cell an article's claims for a row."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from marginalia.core.annotation import Annotation
from marginalia.core.compare.columns import ArticleColumn
from marginalia.core.compare.coverage import covered_length, share
from marginalia.core.compare.rows import Row, RowSource


@dataclass(frozen=True, slots=True)
class Cell:
    """One article's claims for one row, in reading order, and how much of the
    article's text they cover (their union; orphaned claims, which have no place in
    the text, are listed but cover nothing)."""

    claims: tuple[Annotation, ...]
    covered: int  # code points
    length: int  # the article's, in code points

    @property
    def count(self) -> int:
        return len(self.claims)

    @property
    def share(self) -> float:
        return share(self.covered, self.length)


@dataclass(frozen=True, slots=True)
class CompareFilter:
    """What to show: rows by id and articles by language tag, either only those named
    (None: all) or all but those hidden (a front end's unticked boxes, so that a new
    topic or language shows up ticked); and whether to leave out articles with no claim
    in the rows shown."""

    rows: frozenset[str] | None = None
    languages: frozenset[str] | None = None
    hidden_rows: frozenset[str] = frozenset()
    hidden_languages: frozenset[str] = frozenset()
    only_with_claims: bool = False

    def shows_row(self, row_id: str) -> bool:
        return (self.rows is None or row_id in self.rows) and row_id not in self.hidden_rows

    def shows_language(self, tag: str) -> bool:
        return (self.languages is None or tag in self.languages) and tag not in self.hidden_languages


def cell_of(claims: Sequence[Annotation], length: int) -> Cell:
    placed = [(a.start, a.end) for a in claims if not a.orphaned]
    return Cell(tuple(claims), covered_length(placed, length), length)


@dataclass(slots=True)
class CompareMatrix:
    """Rows × columns. Claims are grouped once when built; a cell's coverage is worked
    out when first asked for, so showing a corner of a large matrix costs that corner."""

    rows: tuple[Row, ...]
    columns: tuple[ArticleColumn, ...]
    _groups: dict[tuple[int, int], list[Annotation]]
    # Each row's place among all the source's rows: what keeps a row's pattern (and any
    # other per-row cue) the same whether or not other rows are filtered out.
    ordinals: tuple[int, ...] = ()
    every_row: tuple[Row, ...] = ()  # the source's rows before the filter took some out
    _cells: dict[tuple[int, int], Cell] = field(default_factory=dict)
    _row_counts: list[int] = field(default_factory=list)
    _row_articles: list[int] = field(default_factory=list)
    _row_most: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        n = len(self.rows)
        if len(self.ordinals) != n:
            self.ordinals = tuple(range(n))
        self._row_counts, self._row_articles, self._row_most = [0] * n, [0] * n, [0] * n
        for (r, _c), claims in self._groups.items():
            self._row_counts[r] += len(claims)
            self._row_articles[r] += 1
            self._row_most[r] = max(self._row_most[r], len(claims))

    def cell(self, row: int, column: int) -> Cell:
        key = (row, column)
        cell = self._cells.get(key)
        if cell is None:
            cell = cell_of(self._groups.get(key, ()), self.columns[column].length)
            self._cells[key] = cell
        return cell

    def row_claims(self, row: int) -> int:
        """Claims listed in the row, all articles together (a claim counts once per row)."""
        return self._row_counts[row]

    def row_articles(self, row: int) -> int:
        """Articles with at least one claim in the row."""
        return self._row_articles[row]

    def most_in_row(self, row: int) -> int:
        """The largest cell of the row, in claims: how tall the row needs to be."""
        return self._row_most[row]

    def column_total(self, column: int) -> Cell:
        """Every claim of the column in the rows shown, each once, and their coverage."""
        seen: dict[str, Annotation] = {}
        for r in range(len(self.rows)):
            for a in self._groups.get((r, column), ()):
                seen[a.id] = a
        ordered = sorted(seen.values(), key=Annotation.sort_key)
        return cell_of(ordered, self.columns[column].length)

    def index_of(self, article_key: str) -> int | None:
        return next((i for i, c in enumerate(self.columns) if c.key == article_key), None)


def build_matrix(columns: Sequence[ArticleColumn], source: RowSource,
                 chosen: CompareFilter = CompareFilter()) -> CompareMatrix:
    """The matrix of `columns` with `source`'s rows, as `chosen` filters them. Columns
    keep their order; rows keep the source's."""
    if chosen.languages is not None or chosen.hidden_languages:
        columns = [c for c in columns if chosen.shows_language(c.language)]
    every_row = source.rows(columns)
    numbered = list(enumerate(every_row))
    if chosen.rows is not None or chosen.hidden_rows:
        numbered = [(n, r) for n, r in numbered if chosen.shows_row(r.id)]
    rows = tuple(r for _, r in numbered)
    row_of = {r.id: i for i, r in enumerate(rows)}
    groups: dict[tuple[int, int], list[Annotation]] = {}
    kept: list[ArticleColumn] = []
    row_ids = source.row_ids
    for column in columns:
        c = len(kept)
        found = False
        for claim in column.claims:
            for row_id in row_ids(claim):
                r = row_of.get(row_id)
                if r is None:
                    continue
                group = groups.get((r, c))
                if group is None:
                    groups[(r, c)] = [claim]
                elif group[-1] is not claim:  # a claim listing one row twice is listed once
                    group.append(claim)
                found = True
        if found or not chosen.only_with_claims:
            kept.append(column)
    return CompareMatrix(rows, tuple(kept), groups, tuple(n for n, _ in numbered), every_row)


def languages_of(columns: Sequence[ArticleColumn]) -> list[str]:
    """The language tags of `columns`, each once, sorted."""
    return sorted({c.language for c in columns})
