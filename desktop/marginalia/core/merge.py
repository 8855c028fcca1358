"""Merging two versions of an article's annotations by id, losing neither side."""

from __future__ import annotations

from collections.abc import Iterable

from marginalia.core.annotation import Annotation


def merge_annotations(ours: Iterable[Annotation], theirs: Iterable[Annotation]) -> list[Annotation]:
    """Every id from both sides; where both changed one, the later `modified` wins
    (ours on a tie, since it is what the user is looking at).

    Without a common ancestor a deletion on one side cannot be told from an
    addition on the other, so a claim deleted on one side comes back: a claim
    resurrected is a click to remove, a claim lost is work gone.
    """
    merged = {a.id: a for a in ours}
    for a in theirs:
        mine = merged.get(a.id)
        if mine is None or a.modified > mine.modified:
            merged[a.id] = a
    return sorted(merged.values(), key=Annotation.sort_key)
