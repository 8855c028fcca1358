"""The three-way merge by id: each rule, its symmetry, and that nothing is dropped unseen."""

from __future__ import annotations

from dataclasses import dataclass

from hypothesis import given, settings
from hypothesis import strategies as st

from marginalia.core.merge import Conflict, RecordKind, merge3, pick3


@dataclass(frozen=True)
class Rec:
    id: str
    value: str
    modified: int | None = 0


KIND = RecordKind("rec", id=lambda r: r.id, content=lambda r: r.value.encode(), modified=lambda r: r.modified)
SORTED = RecordKind("rec", id=lambda r: r.id, content=lambda r: r.value.encode(), modified=lambda r: r.modified,
                    order=lambda r: r.id)


def _ids(merged) -> list[str]:
    return [r.id for r in merged.records]


def test_merge3_takes_the_side_that_changed_a_record():
    """An edit, an addition or a removal on one side only is taken, with no conflict."""
    base = [Rec("a", "1"), Rec("b", "1"), Rec("c", "1")]
    ours = [Rec("a", "2", 1), Rec("b", "1"), Rec("c", "1")]
    theirs = [Rec("a", "1"), Rec("c", "1"), Rec("d", "new")]  # removed b, added d
    merged = merge3(base, ours, theirs, KIND)
    assert merged.records == (Rec("a", "2", 1), Rec("c", "1"), Rec("d", "new"))
    assert merged.conflicts == ()


def test_merge3_true_conflict_keeps_the_later_modified_and_returns_the_other():
    """Both sides edited one record: the later `modified` wins on either side, the loser is returned."""
    base = [Rec("a", "base", 1)]
    early, late = Rec("a", "zzz early", 2), Rec("a", "aaa late", 3)
    for ours, theirs in ((early, late), (late, early)):
        merged = merge3(base, [ours], [theirs], KIND)
        assert merged.records == (late,)
        assert merged.conflicts == (Conflict("a", late, early),)


def test_merge3_equal_modified_is_decided_by_content_not_by_side():
    """With equal `modified` the version whose content sorts last wins, whichever side has it."""
    base = [Rec("a", "base", 1)]
    low, high = Rec("a", "apple", 5), Rec("a", "banana", 5)
    assert merge3(base, [low], [high], KIND).records == (high,)
    assert merge3(base, [high], [low], KIND).records == (high,)


def test_merge3_a_record_with_a_time_beats_one_without():
    """A version that says when it was edited wins over one that does not say."""
    base = [Rec("a", "base", None)]
    dated, undated = Rec("a", "aaa", 1), Rec("a", "zzz", None)
    assert merge3(base, [undated], [dated], KIND).records == (dated,)
    assert merge3(base, [dated], [undated], KIND).records == (dated,)


def test_merge3_an_edit_beats_a_removal_and_is_reported():
    """One side removed a record the other edited: the edited record stays, as a conflict with nothing lost."""
    base = [Rec("a", "1")]
    edited = Rec("a", "2", 1)
    for ours, theirs in (([], [edited]), ([edited], [])):
        merged = merge3(base, ours, theirs, KIND)
        assert merged.records == (edited,)
        assert merged.conflicts == (Conflict("a", edited, None),)


def test_merge3_both_removing_a_record_removes_it():
    """A record both sides removed stays removed."""
    assert merge3([Rec("a", "1")], [], [], KIND).records == ()


def test_merge3_without_a_base_two_different_additions_conflict():
    """With no common version the same id added twice with different content is a conflict."""
    merged = merge3(None, [Rec("a", "x", 1)], [Rec("a", "y", 2)], KIND)
    assert merged.records == (Rec("a", "y", 2),) and merged.conflicts[0].lost == Rec("a", "x", 1)


def test_merge3_keeps_the_order_of_the_side_that_reordered():
    """Without a sort key the order of the one side that changed it is kept; new records follow."""
    base = [Rec("a", "1"), Rec("b", "1"), Rec("c", "1")]
    reordered = [Rec("c", "1"), Rec("a", "1"), Rec("b", "1")]
    assert _ids(merge3(base, base, reordered, KIND)) == ["c", "a", "b"]
    assert _ids(merge3(base, reordered, base, KIND)) == ["c", "a", "b"]
    grown_ours = base + [Rec("x", "1")]
    grown_theirs = base + [Rec("y", "1")]
    assert _ids(merge3(base, grown_ours, grown_theirs, KIND)) == ["a", "b", "c", "x", "y"]
    assert _ids(merge3(base, grown_theirs, grown_ours, KIND)) == ["a", "b", "c", "x", "y"]


def test_merge3_keeps_records_no_side_reordered_after_those_one_side_did():
    """A record left out of the reordering side's list (an edit the other side made to a
    record the reordering side removed) comes after, in the base's order; new records
    that no order places come last, by their first place on either side."""
    base = [Rec("b", "1"), Rec("a", "1"), Rec("c", "1")]
    ours = [Rec("b", "2", 1), Rec("a", "1"), Rec("c", "1")]  # edited b, same order
    theirs = [Rec("a", "1"), Rec("c", "1")]  # removed b
    assert _ids(merge3(base, ours, theirs, KIND)) == ["a", "c", "b"]
    reordered = [Rec("x", "1"), Rec("c", "1"), Rec("b", "1"), Rec("a", "1")]
    other = [Rec("a", "1"), Rec("b", "1"), Rec("y", "1"), Rec("c", "1")]
    assert _ids(merge3(base, reordered, other, KIND)) == ["b", "a", "c", "x", "y"]
    assert _ids(merge3(base, other, reordered, KIND)) == ["b", "a", "c", "x", "y"]


def test_merge3_of_the_same_edit_on_both_sides_is_no_conflict():
    """Both sides made the very same change (equal records, not the same object): taken, no conflict."""
    merged = merge3([Rec("a", "1")], [Rec("a", "2", 1)], [Rec("a", "2", 1)], KIND)
    assert merged.records == (Rec("a", "2", 1),) and merged.conflicts == ()


def test_merge3_sorts_by_the_kind_order_when_it_has_one():
    """A kind with a sort key gives its records in that order."""
    merged = merge3([], [Rec("b", "1"), Rec("a", "1")], [Rec("c", "1")], SORTED)
    assert _ids(merged) == ["a", "b", "c"]


def test_pick3_takes_the_changed_value_else_the_tie_rule():
    """One value merged three ways: the side that changed it, else the tie rule."""
    assert pick3(1, 1, 2, max) == 2
    assert pick3(1, 3, 1, max) == 3
    assert pick3(1, 0, 1, max) == 0 and pick3(1, 1, 0, max) == 0
    assert pick3(1, 3, 2, max) == 3 and pick3(1, 2, 3, max) == 3
    assert pick3(1, 4, 4, min) == 4


# -- properties over random histories -------------------------------------------------
_values = st.sampled_from(["", "a", "b", "note", "ghi chú", "zz"])
_stamps = st.one_of(st.none(), st.integers(0, 3))
_records = st.builds(Rec, st.sampled_from(["a", "b", "c", "d", "e"]), _values, _stamps)
_sides = st.lists(_records, max_size=6, unique_by=lambda r: r.id)


@settings(max_examples=400, deadline=None)
@given(_sides, _sides, _sides, st.booleans())
def test_merge3_is_symmetric(base, ours, theirs, with_order):
    """Swapping the two sides gives the same records, in the same order, and the same conflicts."""
    kind = SORTED if with_order else KIND
    assert merge3(base, ours, theirs, kind) == merge3(base, theirs, ours, kind)


@settings(max_examples=400, deadline=None)
@given(_sides, _sides, _sides)
def test_merge3_drops_no_version_unseen(base, ours, theirs):
    """Every version on either side is in the result, or a returned conflict's loser, or
    replaced or removed by the other side while this side left it as in the base."""
    merged = merge3(base, ours, theirs, KIND)
    kept = set(merged.records)
    lost = {c.lost for c in merged.conflicts}
    for side in (ours, theirs):
        for record in side:
            assert record in kept or record in lost or record in base


@settings(max_examples=300, deadline=None)
@given(_sides, _sides)
def test_merge3_of_one_changed_side_is_that_side(base, changed):
    """Merging a side with an unchanged copy of the base gives that side, in its order."""
    assert merge3(base, base, changed, KIND).records == tuple(changed)
    assert merge3(base, changed, base, KIND).records == tuple(changed)
    assert merge3(base, changed, changed, KIND).records == tuple(changed)
