"""Three-way merge of records keyed by id: deterministic, symmetric, and dropping nothing unseen.

`merge3(base, ours, theirs, kind)` takes three versions of a list of records (claims,
topics, manifest entries, any record with an id) where `base` is the version both
sides started from — for a file, the version its writer last read. Per id:

- both sides agree (the same content, or both removed it): that;
- only one side differs from the base: that side's change (an edit, an addition, a removal);
- both changed it differently (a true conflict): the version with the later `modified`
  wins; equal (or no) `modified` goes to the version whose canonical bytes sort last —
  a rule on content, never on which side a version came from. An edit beats a
  removal: the removed record comes back, a click to remove again, where the other
  rule would lose work. Every true conflict is returned with the version left out.

Swapping `ours` and `theirs` gives the same records in the same order and the same
conflicts, so two writers merging each other's work reach the same file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

R = TypeVar("R")
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class RecordKind(Generic[R]):
    """How merge3 sees one kind of record. Records compare equal with `==`."""

    name: str  # "annotation", "topic"…: names the kind in a history entry
    id: Callable[[R], str]
    # Canonical bytes of a record's content: the tie rule compares them.
    content: Callable[[R], bytes]
    # A comparable stamp of the last edit (None when unknown): the later wins a conflict.
    modified: Callable[[R], Any] = lambda _record: None
    # A sort key for the merged records; None keeps the order the sides give (see _ordered).
    order: Callable[[R], Any] | None = None


@dataclass(frozen=True, slots=True)
class Conflict(Generic[R]):
    """Both sides changed record `id` differently: `kept` is in the result, `lost` is the
    version left out (None when the side left out had removed the record)."""

    id: str
    kept: R
    lost: R | None


@dataclass(frozen=True, slots=True)
class Merged(Generic[R]):
    records: tuple[R, ...]
    conflicts: tuple[Conflict[R], ...] = ()  # by id


def merge3(base: Iterable[R] | None, ours: Iterable[R], theirs: Iterable[R], kind: RecordKind[R]) -> Merged[R]:
    """The records of `ours` and `theirs` merged against `base` (None: no common version,
    as when both sides created the file; every difference is then a conflict)."""
    base_list, ours_list, theirs_list = list(base or ()), list(ours), list(theirs)
    b, o, t = _by_id(base_list, kind), _by_id(ours_list, kind), _by_id(theirs_list, kind)
    result: dict[str, R] = {}
    conflicts: list[Conflict[R]] = []
    for key in o.keys() | t.keys():
        mine, yours = o.get(key), t.get(key)
        if mine is yours or mine == yours:
            chosen = mine
        else:
            old = b.get(key)
            if mine == old:
                chosen = yours
            elif yours == old:
                chosen = mine
            else:
                chosen, lost = _resolve(mine, yours, kind)
                conflicts.append(Conflict(key, chosen, lost))
        if chosen is not None:
            result[key] = chosen
    records = _ordered(result, base_list, ours_list, theirs_list, kind)
    conflicts.sort(key=lambda c: c.id)
    return Merged(tuple(records), tuple(conflicts))


def pick3(base: T, ours: T, theirs: T, tie: Callable[[T, T], T]) -> T:
    """merge3's rule for one value: the side that changed it, else `tie(ours, theirs)`,
    which must be symmetric (the same answer with its arguments swapped)."""
    if ours == theirs or theirs == base:
        return ours
    if ours == base:
        return theirs
    return tie(ours, theirs)


def _by_id(records: Sequence[R], kind: RecordKind[R]) -> dict[str, R]:
    found: dict[str, R] = {}
    for record in records:
        found.setdefault(kind.id(record), record)  # a repeated id: its first record, on every side alike
    return found


def _resolve(mine: R | None, yours: R | None, kind: RecordKind[R]) -> tuple[R, R | None]:
    """(kept, lost) of two different versions of one record, at least one present."""
    if mine is None or yours is None:
        return (yours if mine is None else mine), None
    lost, kept = sorted((mine, yours), key=lambda record: _rank(record, kind))
    return kept, lost


def _rank(record: R, kind: RecordKind[R]) -> tuple:
    stamp = kind.modified(record)
    # A record without a stamp ranks below one with; among equals the content decides.
    return (stamp is not None, stamp, kind.content(record))


def _ordered(result: Mapping[str, R], base: list[R], ours: list[R], theirs: list[R],
             kind: RecordKind[R]) -> list[R]:
    """The merged records in `kind.order`, or else in the sides' order: where only one side
    reordered (or both alike), that order; then the others in the base's order; then new
    records by their earliest place on either side, and by id (a rule that does not
    depend on which side is which)."""
    if kind.order is not None:
        return sorted(result.values(), key=kind.order)
    ids = {side: [kind.id(r) for r in records] for side, records in (("b", base), ("o", ours), ("t", theirs))}
    leading: list[str] = []
    if ids["o"] == ids["t"]:
        leading = ids["o"]
    elif ids["o"] == ids["b"]:
        leading = ids["t"]
    elif ids["t"] == ids["b"]:
        leading = ids["o"]
    placed = [key for key in dict.fromkeys(leading) if key in result]
    rest = [key for key in dict.fromkeys(ids["b"]) if key in result and key not in placed]
    first_place: dict[str, int] = {}
    for side in ("o", "t"):
        for i, key in enumerate(ids[side]):
            first_place[key] = min(first_place.get(key, i), i)
    new = sorted((key for key in result if key not in placed and key not in rest),
                 key=lambda key: (first_place[key], key))
    return [result[key] for key in placed + rest + new]
