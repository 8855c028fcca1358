"""Claim clusters as the rows of a comparison: each row one fact, each cell what that article says of it."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from marginalia.core.codebook import PALETTE
from marginalia.core.compare.rows import Row

if TYPE_CHECKING:
    from marginalia.core.annotation import Annotation
    from marginalia.core.clusters.model import ClusterSet
    from marginalia.core.compare.columns import ArticleColumn


class ClusterRows:
    """A RowSource of the corpus's clusters, ordered by label (ignoring case), then id.
    Every cluster is a row, even one whose members are all in articles filtered out (it
    shows empty there, as a topic does). A claim's row is its cluster: a lookup by id,
    so filing the claims of thousands of articles costs one dictionary look each.

    Members whose claim cannot be read (an unreadable sidecar, a claim deleted) are not
    cells: the columns hold the claims read. `missing(columns)` lists them, snapshots
    included, for a front end that shows them apart."""

    def __init__(self, clusters: ClusterSet) -> None:
        self.clusters = clusters

    def row_ids(self, claim: Annotation) -> tuple[str, ...]:
        found = self.clusters.cluster_id_of(claim.id)
        return (found,) if found is not None else ()

    def rows(self, columns: Sequence[ArticleColumn]) -> tuple[Row, ...]:
        ordered = sorted(self.clusters, key=lambda c: (c.label.casefold(), c.label, c.id))
        # A colour per place in the order, the palette's grey (its last) left for the
        # neutral rows; the pattern the chart adds tells apart rows sharing a colour.
        colors = PALETTE[:-1]
        return tuple(Row(c.id, c.label, colors[i % len(colors)], c.note) for i, c in enumerate(ordered))

    def missing(self, columns: Sequence[ArticleColumn]) -> dict[str, tuple]:
        """Cluster id → the members (core.clusters.Member, with their snapshots) of the
        articles among `columns` whose claim is not among the claims those columns hold."""
        held = {claim.id for column in columns for claim in column.claims}
        keys = {column.key for column in columns}
        out: dict[str, tuple] = {}
        for cluster in self.clusters:
            lost = tuple(m for m in cluster.members if m.claim_id not in held and m.article in keys)
            if lost:
                out[cluster.id] = lost
        return out
