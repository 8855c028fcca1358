"""Operations on claim clusters: pure edits of a ClusterSet, each giving back its inverse for undo.

Every edit is a small immutable value with `apply(clusters, now=None) -> Edited`:
the new set, what changed (ClusterChanges) and the edit that undoes it. An undo
command holds the edit for redo and `Edited.undo` for undo:

    edited = JoinCluster(cluster_id, member_of(claim, "es/article.txt", "es")).apply(clusters)
    ...                                             # later, to undo:
    restored = edited.undo.apply(edited.clusters)   # and edited.undo's own undo redoes

Inverses are worked out when an edit is applied, from the set it is applied to,
so undoing after another writer's clusters were merged in acts on the clusters as
they now are: it takes back this edit, not theirs. An edit that names a cluster
gone meanwhile (another writer deleted it) changes nothing and says so with empty
changes; it never raises. Every cluster an edit touches gets `modified` = now, the
undo's included, so a merge with an older copy keeps the newer.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Protocol

from marginalia.core.annotation import Annotation, utc_now
from marginalia.core.clusters.model import Cluster, ClusterChanges, ClusterSet, Member, snapshot_quote


class ClusterEdit(Protocol):
    """An edit of the clusters that can be applied, and gives its inverse when it is."""

    def apply(self, clusters: ClusterSet, now: datetime | None = None) -> Edited:
        ...


@dataclass(frozen=True, slots=True)
class Edited:
    """The result of applying an edit: the new `clusters`, what `changes`, and the edit
    that, applied to `clusters`, undoes it."""

    clusters: ClusterSet
    changes: ClusterChanges
    undo: ClusterEdit


def member_of(claim: Annotation, article: str, language: str, now: datetime | None = None) -> Member:
    """A member for `claim` of `article` (its name relative to the corpus, "/"
    separators) in `language` (a BCP 47 tag), joining now."""
    return Member(claim.id, article, language, snapshot_quote(claim.quote.exact), now or utc_now())


@dataclass(frozen=True, slots=True)
class NoEdit:
    """Changes nothing (the undo of an edit that changed nothing)."""

    def apply(self, clusters: ClusterSet, now: datetime | None = None) -> Edited:
        return Edited(clusters, ClusterChanges(), self)


@dataclass(frozen=True, slots=True)
class EditSteps:
    """Several edits as one step, applied in order; undone in reverse."""

    steps: tuple[ClusterEdit, ...]

    def apply(self, clusters: ClusterSet, now: datetime | None = None) -> Edited:
        now = now or utc_now()
        changes, undos = ClusterChanges(), []
        for step in self.steps:
            edited = step.apply(clusters, now)
            clusters, changes = edited.clusters, changes | edited.changes
            if not isinstance(edited.undo, NoEdit):
                undos.append(edited.undo)
        return Edited(clusters, changes, _steps(reversed(undos)))


def _steps(undos) -> ClusterEdit:
    undos = tuple(undos)
    return undos[0] if len(undos) == 1 else EditSteps(undos) if undos else NoEdit()


@dataclass(frozen=True, slots=True)
class PutCluster:
    """Put `cluster` in the set as it is, replacing the version of the same id if any.
    Its members leave any other cluster they were in (a claim is in one cluster).
    The inverse puts back what was there (or deletes it) and returns moved members."""

    cluster: Cluster
    keep_times: bool = False  # keep the cluster's own `modified` (an import), not now

    def apply(self, clusters: ClusterSet, now: datetime | None = None) -> Edited:
        now = now or utc_now()
        new = self.cluster if self.keep_times else replace(self.cluster, modified=now)
        old = clusters.get(new.id)
        touched: dict[str, Cluster] = {}
        undos: list[ClusterEdit] = [PutCluster(old) if old is not None else DeleteCluster(new.id)]
        for member in new.members:
            elsewhere = _other_cluster(clusters, touched, member.claim_id, new.id)
            if elsewhere is not None:
                touched[elsewhere.id] = _without(elsewhere, member.claim_id, now)
                undos.append(JoinCluster(elsewhere.id, elsewhere.member(member.claim_id)))
        after = clusters.replaced([*touched.values(), new])
        changes = ClusterChanges(added=() if old else (new.id,), updated=((new.id,) if old else ()) + tuple(touched),
                                 claims=_claims(old, new, *(clusters.get(i) for i in touched)))
        return Edited(after, changes, _steps(undos))


@dataclass(frozen=True, slots=True)
class CreateCluster:
    """A new cluster of `members` (at least one; usually two) labelled `label`. The id is
    chosen when the edit is made, so a redo makes the same cluster again."""

    label: str
    members: tuple[Member, ...]
    note: str = ""
    author: str = ""
    cluster_id: str = field(default_factory=lambda: str(uuid.uuid4()))

    def apply(self, clusters: ClusterSet, now: datetime | None = None) -> Edited:
        if not self.members:
            raise ValueError("a new cluster needs a member")
        now = now or utc_now()
        existing = clusters.get(self.cluster_id)
        created = existing.created if existing is not None else now
        cluster = Cluster(self.cluster_id, self.label, tuple(self.members), self.note, self.author,
                          created=created, modified=now)
        return PutCluster(cluster).apply(clusters, now)


@dataclass(frozen=True, slots=True)
class DeleteCluster:
    """Delete a cluster (its claims stay, in no cluster). Inverse: the cluster put back."""

    cluster_id: str

    def apply(self, clusters: ClusterSet, now: datetime | None = None) -> Edited:
        old = clusters.get(self.cluster_id)
        if old is None:
            return NoEdit().apply(clusters)
        changes = ClusterChanges(removed=(old.id,), claims=old.claim_ids)
        return Edited(clusters.replaced(removed=[old.id]), changes, PutCluster(old))


@dataclass(frozen=True, slots=True)
class JoinCluster:
    """`member`'s claim joins the cluster, leaving the one it was in, if another (a move).
    Joining the cluster it is in already changes nothing. Inverse: back where it was."""

    cluster_id: str
    member: Member

    def apply(self, clusters: ClusterSet, now: datetime | None = None) -> Edited:
        target = clusters.get(self.cluster_id)
        claim_id = self.member.claim_id
        if target is None or target.member(claim_id) is not None:
            return NoEdit().apply(clusters)
        now = now or utc_now()
        put = [target.with_members(target.members + (self.member,), now)]
        elsewhere = clusters.cluster_of(claim_id)
        if elsewhere is not None:
            put.append(_without(elsewhere, claim_id, now))
            undo: ClusterEdit = JoinCluster(elsewhere.id, elsewhere.member(claim_id))
        else:
            undo = LeaveCluster(claim_id)
        changes = ClusterChanges(updated=tuple(c.id for c in put),
                                 claims=_claims(target, put[0], elsewhere, *put[1:]))
        return Edited(clusters.replaced(put), changes, undo)


@dataclass(frozen=True, slots=True)
class LeaveCluster:
    """The claim leaves its cluster (the cluster stays, however few members it has
    left). A claim in no cluster changes nothing. Inverse: it joins again."""

    claim_id: str

    def apply(self, clusters: ClusterSet, now: datetime | None = None) -> Edited:
        cluster = clusters.cluster_of(self.claim_id)
        if cluster is None:
            return NoEdit().apply(clusters)
        after = _without(cluster, self.claim_id, now or utc_now())
        changes = ClusterChanges(updated=(cluster.id,), claims=cluster.claim_ids)
        return Edited(clusters.replaced([after]), changes, JoinCluster(cluster.id, cluster.member(self.claim_id)))


@dataclass(frozen=True, slots=True)
class RelabelCluster:
    """Give a cluster another label. Inverse: the label it had."""

    cluster_id: str
    label: str

    def apply(self, clusters: ClusterSet, now: datetime | None = None) -> Edited:
        return _set_text(clusters, self.cluster_id, "label", self.label, now, RelabelCluster)


@dataclass(frozen=True, slots=True)
class SetClusterNote:
    """Give a cluster another note ("" for none). Inverse: the note it had."""

    cluster_id: str
    note: str

    def apply(self, clusters: ClusterSet, now: datetime | None = None) -> Edited:
        return _set_text(clusters, self.cluster_id, "note", self.note, now, SetClusterNote)


def _set_text(clusters: ClusterSet, cluster_id: str, name: str, value: str, now: datetime | None,
              edit: type) -> Edited:
    """The cluster's `name` ("label" or "note") set to `value`; the inverse is `edit`
    (the class of the edit that sets it) with the value it had."""
    cluster = clusters.get(cluster_id)
    if cluster is None or getattr(cluster, name) == value:
        return NoEdit().apply(clusters)
    after = replace(cluster, **{name: value}, modified=now or utc_now())
    return Edited(clusters.replaced([after]), ClusterChanges(updated=(cluster.id,), claims=cluster.claim_ids),
                  edit(cluster.id, getattr(cluster, name)))


def _without(cluster: Cluster, claim_id: str, now: datetime) -> Cluster:
    return cluster.with_members((m for m in cluster.members if m.claim_id != claim_id), now)


def _other_cluster(clusters: ClusterSet, touched: dict[str, Cluster], claim_id: str, own: str) -> Cluster | None:
    """The cluster other than `own` that holds `claim_id`, as already edited in `touched`."""
    found = clusters.cluster_id_of(claim_id)
    if found is None or found == own:
        return None
    cluster = touched.get(found) or clusters.get(found)
    return cluster if cluster.member(claim_id) is not None else None


def _claims(*clusters: Cluster | None) -> tuple[str, ...]:
    return tuple(sorted({claim_id for c in clusters if c is not None for claim_id in c.claim_ids}))
