"""Claim clusters as values: one fact as several articles report it, and the corpus's set of them.

A `Cluster` is one fact or assertion as reported by several articles: a label, an
optional note and its members. A `Member` is a claim, referred to by the claim's id,
with a snapshot of what it takes to show it when its sidecar cannot be read or its
article was renamed (the article's name as last seen, its language, the quote, and
when it joined).

Rules the values keep (and every operation preserves):

- A claim belongs to at most one cluster: the card shows "its cluster". Joining
  another cluster moves it (one operation, see operations.JoinCluster).
- Several members may come from one article: an outlet may state a fact twice (in
  the lead and again in the body), and a researcher linking both should not be
  refused. The comparison lists them together in that article's cell.
- A cluster left with one member, or none, is kept: whether a fact reported by one
  outlet is still worth its label is the user's call, not the program's.
- Members are kept sorted by claim id and clusters by id: the same clusters always
  give the same value, and the same file bytes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime

# A member's quote is a snapshot to show when the claim cannot be read, not the
# claim itself: a claim may quote a whole article, and the file stays small.
SNAPSHOT_QUOTE_LIMIT = 1000


def snapshot_quote(quote: str) -> str:
    """`quote` as a member keeps it: cut after SNAPSHOT_QUOTE_LIMIT code points with an ellipsis."""
    return quote if len(quote) <= SNAPSHOT_QUOTE_LIMIT else quote[:SNAPSHOT_QUOTE_LIMIT - 1] + "…"


@dataclass(frozen=True, slots=True)
class Member:
    """One claim of a cluster. `article` is the claim's article relative to the corpus
    ("/" separators) when it was last seen, `language` its BCP 47 tag then; `quote` the
    claim's quote then (cut to SNAPSHOT_QUOTE_LIMIT); `added` when it joined."""

    claim_id: str
    article: str
    language: str
    quote: str
    added: datetime

    def __post_init__(self) -> None:
        if not self.claim_id.strip():
            raise ValueError("a member needs a claim id")


@dataclass(frozen=True, slots=True)
class Cluster:
    """One fact as several articles report it. Immutable; `members` sorted by claim id."""

    id: str
    label: str
    members: tuple[Member, ...] = ()
    note: str = ""
    author: str = ""
    created: datetime = field(kw_only=True)
    modified: datetime = field(kw_only=True)

    def __post_init__(self) -> None:
        if not self.id.strip():
            raise ValueError("a cluster needs an id")
        ordered = tuple(sorted({m.claim_id: m for m in self.members}.values(), key=lambda m: m.claim_id))
        if len(ordered) != len(self.members):
            raise ValueError(f"cluster {self.id}: a claim listed twice")
        object.__setattr__(self, "members", ordered)

    def member(self, claim_id: str) -> Member | None:
        return next((m for m in self.members if m.claim_id == claim_id), None)

    @property
    def claim_ids(self) -> tuple[str, ...]:
        return tuple(m.claim_id for m in self.members)

    def articles(self) -> tuple[str, ...]:
        """The articles its members come from (as last seen), each once, sorted."""
        return tuple(sorted({m.article for m in self.members}, key=lambda a: (a.casefold(), a)))

    def with_members(self, members: Iterable[Member], modified: datetime) -> Cluster:
        return replace(self, members=tuple(members), modified=modified)


class ClusterSet:
    """Every cluster of a corpus, by id, with the cluster of each claim. Immutable: the
    operations return new sets. Refuses a claim in two clusters (ValueError)."""

    __slots__ = ("_by_id", "_of_claim")

    def __init__(self, clusters: Iterable[Cluster] = ()) -> None:
        by_id: dict[str, Cluster] = {}
        for cluster in sorted(clusters, key=lambda c: c.id):
            if cluster.id in by_id:
                raise ValueError(f"cluster {cluster.id} listed twice")
            by_id[cluster.id] = cluster
        of_claim: dict[str, str] = {}
        for cluster in by_id.values():
            for claim_id in cluster.claim_ids:
                other = of_claim.setdefault(claim_id, cluster.id)
                if other != cluster.id:
                    raise ValueError(f"claim {claim_id} is in clusters {other} and {cluster.id}")
        self._by_id = by_id
        self._of_claim = of_claim

    def __iter__(self) -> Iterator[Cluster]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, cluster_id: object) -> bool:
        return cluster_id in self._by_id

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ClusterSet) and self._by_id == other._by_id

    def __hash__(self) -> int:
        return hash(tuple(self._by_id.values()))

    def __repr__(self) -> str:
        return f"ClusterSet({list(self._by_id.values())!r})"

    @property
    def clusters(self) -> tuple[Cluster, ...]:
        """The clusters, sorted by id."""
        return tuple(self._by_id.values())

    def get(self, cluster_id: str) -> Cluster | None:
        return self._by_id.get(cluster_id)

    def cluster_of(self, claim_id: str) -> Cluster | None:
        """The cluster `claim_id` belongs to, if any."""
        found = self._of_claim.get(claim_id)
        return self._by_id[found] if found is not None else None

    def cluster_id_of(self, claim_id: str) -> str | None:
        return self._of_claim.get(claim_id)

    def claim_ids(self) -> frozenset[str]:
        """Every claim in some cluster."""
        return frozenset(self._of_claim)

    def replaced(self, put: Iterable[Cluster] = (), removed: Iterable[str] = ()) -> ClusterSet:
        """This set with the clusters of `put` in (added or replacing the same id) and
        those of `removed` out."""
        by_id = dict(self._by_id)
        for cluster_id in removed:
            by_id.pop(cluster_id, None)
        for cluster in put:
            by_id[cluster.id] = cluster
        return ClusterSet(by_id.values())


EMPTY_CLUSTERS = ClusterSet()


@dataclass(frozen=True, slots=True)
class ClusterChanges:
    """What one operation (or a merge, or a look at the file) changed in the clusters,
    so each view refreshes only that — the clusters' counterpart of document.Changes.
    `claims` are the claims whose card shows a cluster that changed: every member,
    before and after, of each cluster added, removed or updated (a card lists its
    cluster's other members, so a join redraws them all)."""

    added: tuple[str, ...] = ()  # cluster ids
    removed: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    claims: tuple[str, ...] = ()
    merged: bool = False  # another writer's changes were taken in
    conflicts: tuple[str, ...] = ()  # cluster ids both sides changed; the versions left out are in the history

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.updated or self.claims)

    def __or__(self, other: ClusterChanges) -> ClusterChanges:
        """Both changes as one (ids in the order first seen)."""
        def union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(a + b))
        return ClusterChanges(union(self.added, other.added), union(self.removed, other.removed),
                              union(self.updated, other.updated), union(self.claims, other.claims),
                              self.merged or other.merged, union(self.conflicts, other.conflicts))


def changes_between(before: ClusterSet, after: ClusterSet) -> ClusterChanges:
    """What differs from `before` to `after`, as ClusterChanges (a merge or a change on
    disk, where no operation says what it did)."""
    added, removed, updated, claims = [], [], [], set()
    for cluster in after:
        old = before.get(cluster.id)
        if old is None:
            added.append(cluster.id)
            claims.update(cluster.claim_ids)
        elif old != cluster:
            updated.append(cluster.id)
            claims.update(old.claim_ids + cluster.claim_ids)
    for cluster in before:
        if cluster.id not in after:
            removed.append(cluster.id)
            claims.update(cluster.claim_ids)
    return ClusterChanges(tuple(added), tuple(removed), tuple(updated), tuple(sorted(claims)))
