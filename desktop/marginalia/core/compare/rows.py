"""The rows of a comparison: what a claim is filed under (a topic here; a cluster in cluster_rows)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from marginalia.core.codebook import Codebook

if TYPE_CHECKING:
    from marginalia.core.annotation import Annotation
    from marginalia.core.compare.columns import ArticleColumn

# The row of claims that carry no topic. Not a topic id: topic ids are slugs of names.
UNTAGGED = ""
# Topics found on claims but not in the codebook are drawn in this neutral grey, as exports do.
UNKNOWN_ROW_COLOR = "#999999"


@dataclass(frozen=True, slots=True)
class Row:
    """One row of the matrix. `label` is the user's own word (a topic or cluster name);
    "" for the untagged row, which the front end words itself."""

    id: str
    label: str
    color: str = UNKNOWN_ROW_COLOR  # "#RRGGBB"
    note: str = ""  # a cluster's note, shown where the row's label is


class RowSource(Protocol):
    """What the matrix asks of a kind of row. A source answers two questions: which
    rows there are, in order, for these articles; and which rows one claim belongs to
    (none, one or several: a claim with two topics is listed in both rows).

    A cluster source implements it with its clusters as `rows` and a claim-id lookup
    as `row_ids`; nothing else in the comparison changes."""

    def rows(self, columns: Sequence[ArticleColumn]) -> tuple[Row, ...]:
        ...

    def row_ids(self, claim: Annotation) -> Iterable[str]:
        ...


class TopicRows:
    """Topics as rows: the codebook's, in its order; then topic ids found on claims that
    the codebook lacks (sorted); then the untagged row if any claim has no topic."""

    def __init__(self, codebook: Codebook) -> None:
        self.codebook = codebook

    def row_ids(self, claim: Annotation) -> tuple[str, ...]:
        return claim.topics or (UNTAGGED,)

    def rows(self, columns: Sequence[ArticleColumn]) -> tuple[Row, ...]:
        known = {t.id for t in self.codebook}
        found: set[str] = set()
        for column in columns:
            for claim in column.claims:
                found.update(claim.topics or (UNTAGGED,))
        rows = [Row(t.id, t.name, t.color) for t in self.codebook]
        rows += [Row(t, t) for t in sorted(found - known - {UNTAGGED})]
        if UNTAGGED in found:
            rows.append(Row(UNTAGGED, ""))
        return tuple(rows)
