"""Three-way merge of two versions of the clusters, member by member: two researchers' edits both kept.

`merge_clusters(base, ours, theirs)` is core.merge.merge3's rule applied one level
deeper, because a cluster is a set that two people grow at once: merging whole
records would keep one side's members and drop the other's.

Per cluster id:
- both sides agree, or only one changed it from the base: that version;
- one side deleted it and the other edited it (a later `modified`): the edit wins and
  the cluster comes back, a click to delete again (the rule of merge3); a deletion
  against a change of member snapshots only (no one's edit) stands;
- both changed it: label, note and author each by the three-way value rule (the side
  that changed it; a true conflict to the version with the later `modified`, then to
  the one whose canonical bytes sort last); members by claim id, three-way (one
  side's join or leave is kept; a member both sides changed goes to the later
  `added`, a leave beating a change of snapshot but not a re-join); `created` the
  earlier, `modified` the later.

Then a claim both sides put in different clusters stays in the one it joined last
(then the cluster id sorting last) and leaves the other. Every version a true conflict
left out is returned as a Conflict, for the file's history. Swapping the sides gives
the same value, so the same bytes: the rules look at content, never at sides.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any, TypeVar

from marginalia.core.clusters.model import Cluster, ClusterSet, Member
from marginalia.core.merge import Conflict, pick3

T = TypeVar("T")


def merge_clusters(base: ClusterSet | None, ours: ClusterSet, theirs: ClusterSet,
                   content: Callable[[Cluster], bytes]) -> tuple[ClusterSet, tuple[Conflict, ...]]:
    """`ours` and `theirs` merged against `base` (None: no common version), with the true
    conflicts. `content` gives a cluster's canonical bytes (the tie rule's last word)."""
    base = base if base is not None else ClusterSet()
    merged: dict[str, Cluster] = {}
    conflicts: dict[str, Conflict] = {}
    for key in sorted({c.id for c in ours} | {c.id for c in theirs}):
        mine, yours, old = ours.get(key), theirs.get(key), base.get(key)
        decided, chosen = _one_side(old, mine, yours)
        if not decided and (mine is None or yours is None):
            chosen = _deleted_or_edited(old, mine if yours is None else yours)
            if chosen is not None:
                conflicts[key] = Conflict(key, chosen, None)
        elif not decided:
            chosen, lost = _merge_one(old, mine, yours, content)
            if lost is not None:
                conflicts[key] = Conflict(key, chosen, lost)
        if chosen is not None:
            merged[key] = chosen
    for key, before, after in _one_cluster_per_claim(merged):
        merged[key] = after
        conflicts.setdefault(key, Conflict(key, after, before))
    return ClusterSet(merged.values()), tuple(conflicts[k] for k in sorted(conflicts))


def _one_side(old: T | None, mine: T | None, yours: T | None) -> tuple[bool, T | None]:
    """(True, the version) when the sides agree or only one changed from `old`; else (False, None)."""
    if mine == yours or yours == old:
        return True, mine
    if mine == old:
        return True, yours
    return False, None


def _deleted_or_edited(old: Cluster | None, edited: Cluster) -> Cluster | None:
    """One side deleted the cluster, the other changed it: a user's edit (a later
    `modified`) brings it back; a refreshed snapshot alone does not."""
    if old is not None and edited.modified <= old.modified:
        return None
    return edited


def _merge_one(old: Cluster | None, mine: Cluster, yours: Cluster, content: Callable[[Cluster], bytes]
               ) -> tuple[Cluster, Cluster | None]:
    """Both sides' versions of one cluster merged: (the result, the version a true
    conflict of label, note or author left out, or None when there was none)."""
    later = max(mine, yours, key=lambda c: (c.modified, content(c)))
    earlier = yours if later is mine else mine
    clash = False

    def field(name: str) -> Any:
        nonlocal clash
        value = pick3(getattr(old, name) if old else None, getattr(mine, name), getattr(yours, name),
                      lambda _a, _b: getattr(later, name))
        base_value = getattr(old, name) if old else None
        clash |= getattr(mine, name) != getattr(yours, name) and base_value not in (getattr(mine, name),
                                                                                  getattr(yours, name))
        return value

    label, note, author = field("label"), field("note"), field("author")
    members = _merge_members(old.members if old else (), mine.members, yours.members)
    result = Cluster(mine.id, label, members, note, author, created=min(mine.created, yours.created),
                     modified=max(mine.modified, yours.modified))
    return result, (earlier if clash else None)


def _merge_members(base: tuple[Member, ...], mine: tuple[Member, ...], yours: tuple[Member, ...]
                   ) -> tuple[Member, ...]:
    b, o, t = ({m.claim_id: m for m in side} for side in (base, mine, yours))
    kept = []
    for key in o.keys() | t.keys():
        m, y, old = o.get(key), t.get(key), b.get(key)
        decided, chosen = _one_side(old, m, y)
        if not decided and (m is None or y is None):
            present = m if y is None else y
            # A leave against a member whose snapshot only was refreshed: the leave stands.
            # Against a re-join (a new `added`), the join is the later word.
            chosen = present if old is None or present.added != old.added else None
        elif not decided:
            chosen = max(m, y, key=_member_rank)
        if chosen is not None:
            kept.append(chosen)
    return tuple(kept)


def _member_rank(member: Member) -> tuple:
    return (member.added, member.article, member.language, member.quote)


def _one_cluster_per_claim(merged: dict[str, Cluster]) -> list[tuple[str, Cluster, Cluster]]:
    """Where a claim ended up in two clusters (each side put it in another), it stays in
    the one it joined last (then the cluster id sorting last): (cluster id, before, after)
    for each cluster it leaves."""
    homes: dict[str, tuple[tuple, str]] = {}
    for cluster in merged.values():
        for member in cluster.members:
            rank = (member.added, cluster.id)
            if member.claim_id not in homes or rank > homes[member.claim_id][0]:
                homes[member.claim_id] = (rank, cluster.id)
    out = []
    for key in sorted(merged):
        cluster = merged[key]
        leaving = [m for m in cluster.members if homes[m.claim_id][1] != key]
        if leaving:
            after = replace(cluster, members=tuple(m for m in cluster.members if m not in leaving))
            out.append((key, cluster, after))
    return out
