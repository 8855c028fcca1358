"""The claim clusters an export carries: each with the members that are themselves exported."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from marginalia.core.annotation import Annotation

if TYPE_CHECKING:
    from marginalia.core.clusters.model import Cluster
    from marginalia.core.export.selection import ExportedArticle


@dataclass(frozen=True, slots=True)
class ExportedMember:
    article: ExportedArticle
    claim: Annotation


@dataclass(frozen=True, slots=True)
class ExportedCluster:
    """A cluster with its exported members, in the export's article order then reading
    order. `left_out` counts its members not exported: in articles or topics the export
    leaves out, or whose claim could not be found (see core.clusters.resolve)."""

    cluster: Cluster
    members: tuple[ExportedMember, ...]
    left_out: int = 0

    @property
    def id(self) -> str:
        return self.cluster.id

    @property
    def label(self) -> str:
        return self.cluster.label

    @property
    def note(self) -> str:
        return self.cluster.note

    def articles(self) -> tuple[ExportedArticle, ...]:
        """The articles with a member, each once, in the export's order."""
        seen: dict[str, ExportedArticle] = {}
        for member in self.members:
            seen.setdefault(member.article.name, member.article)
        return tuple(seen.values())


def exported_clusters(root: Path, clusters: Iterable[Cluster], articles: Sequence[ExportedArticle],
                      index=None) -> tuple[ExportedCluster, ...]:
    """The clusters with at least one member among the claims of `articles` (a cluster is
    exported with the members that are exported), by label ignoring case, then id.
    Members are found by core.clusters.resolve, the lookup the window uses, with the
    exported claims as the claims known."""
    from marginalia.core.clusters.resolve import Located, resolve_clusters

    order = {article.name: i for i, article in enumerate(articles)}
    by_name = {article.name: article for article in articles}
    known = {a.id: Located(article.name, article.language, a) for article in articles for a in article.annotations}
    out = []
    for resolved in resolve_clusters(root, clusters, known, index):
        members = [ExportedMember(by_name[m.article], m.claim) for m in resolved.members
                   if m.found and m.claim_id in known and known[m.claim_id].article == m.article]
        if not members:
            continue
        members.sort(key=lambda m: (order[m.article.name], m.claim.sort_key()))
        out.append(ExportedCluster(resolved.cluster, tuple(members), len(resolved.members) - len(members)))
    out.sort(key=lambda c: (c.label.casefold(), c.label, c.id))
    return tuple(out)
