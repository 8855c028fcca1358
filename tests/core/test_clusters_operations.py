"""Claim clusters as values and their edits: invariants, what each edit changes, and its inverse."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marginalia.core.clusters import (
    EMPTY_CLUSTERS, SNAPSHOT_QUOTE_LIMIT, Cluster, ClusterSet, CreateCluster, DeleteCluster, EditSteps, JoinCluster,
    LeaveCluster, Member, RelabelCluster, SetClusterNote, changes_between, member_of,
)

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def _at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def _member(claim_id: str, article: str = "a.txt", language: str = "en") -> Member:
    return Member(claim_id, article, language, f"quote of {claim_id}", T0)


def _same_but_times(a: ClusterSet, b: ClusterSet) -> bool:
    """Equal clusters, ignoring `modified` (an undo is a new edit, at a new time)."""
    def plain(s: ClusterSet):
        return [(c.id, c.label, c.note, c.author, c.created, c.members) for c in s]
    return plain(a) == plain(b)


def _two_clusters():
    first = CreateCluster("Ten billion", (_member("c1"), _member("c2", "b.txt", "es")), cluster_id="k1")
    clusters = first.apply(EMPTY_CLUSTERS, _at(1)).clusters
    second = CreateCluster("Fine", (_member("c3"),), cluster_id="k2")
    return second.apply(clusters, _at(2)).clusters


def test_cluster_set_refuses_a_claim_in_two_clusters():
    """The card shows "its cluster": a set holding one claim twice is refused."""
    one = Cluster("k1", "x", (_member("c1"),), created=T0, modified=T0)
    two = Cluster("k2", "y", (_member("c1"),), created=T0, modified=T0)
    with pytest.raises(ValueError):
        ClusterSet([one, two])


def test_cluster_keeps_members_sorted_and_refuses_a_claim_listed_twice():
    """Members are sorted by claim id whatever order they come in; one claim twice is refused."""
    cluster = Cluster("k", "x", (_member("b"), _member("a")), created=T0, modified=T0)
    assert cluster.claim_ids == ("a", "b")
    with pytest.raises(ValueError):
        Cluster("k", "x", (_member("a"), _member("a", "z.txt")), created=T0, modified=T0)


def test_member_of_snapshots_the_claim_and_cuts_a_long_quote():
    """A member keeps the article, language and quote as seen; a very long quote is cut with an ellipsis."""
    from marginalia.core.annotation import new_annotation
    from marginalia.core.selectors import TextPosition

    text = "x" * 5000
    claim = new_annotation(text, TextPosition(0, 5000))
    member = member_of(claim, "es/a.txt", "es", _at(3))
    assert (member.claim_id, member.article, member.language, member.added) == (claim.id, "es/a.txt", "es", _at(3))
    assert len(member.quote) == SNAPSHOT_QUOTE_LIMIT and member.quote.endswith("…")


def test_create_cluster_adds_it_and_undo_deletes_it():
    """Creating makes a cluster with its members; the undo takes it away again, and redo makes the same id."""
    edit = CreateCluster("Ten billion", (_member("c1"), _member("c2")), note="n", author="ana")
    edited = edit.apply(EMPTY_CLUSTERS, _at(1))
    cluster = edited.clusters.get(edit.cluster_id)
    assert (cluster.label, cluster.note, cluster.author, cluster.claim_ids) == ("Ten billion", "n", "ana", ("c1", "c2"))
    assert edited.changes.added == (edit.cluster_id,) and edited.changes.claims == ("c1", "c2")
    undone = edited.undo.apply(edited.clusters, _at(2))
    assert len(undone.clusters) == 0 and undone.changes.removed == (edit.cluster_id,)
    assert edit.apply(undone.clusters, _at(3)).clusters.get(edit.cluster_id).claim_ids == ("c1", "c2")


def test_create_cluster_moves_members_from_their_cluster_and_undo_puts_them_back():
    """A claim already in a cluster moves into the new one; undo returns it to the old one."""
    clusters = _two_clusters()
    edited = CreateCluster("Other", (_member("c1"), _member("c9")), cluster_id="k3").apply(clusters, _at(5))
    assert edited.clusters.cluster_of("c1").id == "k3"
    assert edited.clusters.get("k1").claim_ids == ("c2",)
    assert set(edited.changes.updated) == {"k1"} and edited.changes.added == ("k3",)
    undone = edited.undo.apply(edited.clusters, _at(6))
    assert _same_but_times(undone.clusters, clusters)


def test_join_cluster_moves_a_claim_and_undo_moves_it_back():
    """Joining another cluster leaves the first (one operation); undo puts it back where it was."""
    clusters = _two_clusters()
    edited = JoinCluster("k2", _member("c1")).apply(clusters, _at(5))
    assert edited.clusters.cluster_of("c1").id == "k2"
    assert edited.clusters.get("k1").claim_ids == ("c2",)
    assert set(edited.changes.updated) == {"k1", "k2"}
    assert set(edited.changes.claims) == {"c1", "c2", "c3"}
    undone = edited.undo.apply(edited.clusters, _at(6))
    assert _same_but_times(undone.clusters, clusters)
    redone = undone.undo.apply(undone.clusters, _at(7))
    assert _same_but_times(redone.clusters, edited.clusters)


def test_join_cluster_of_a_free_claim_is_undone_by_leaving():
    """A claim in no cluster joins; undo makes it leave."""
    clusters = _two_clusters()
    edited = JoinCluster("k2", _member("c7")).apply(clusters, _at(5))
    assert edited.clusters.get("k2").claim_ids == ("c3", "c7")
    assert edited.undo == LeaveCluster("c7")
    assert _same_but_times(edited.undo.apply(edited.clusters).clusters, clusters)


def test_leave_keeps_a_cluster_with_one_member_and_undo_rejoins():
    """A cluster left with one member stays (the user decides); undo brings the member back with its snapshot."""
    clusters = _two_clusters()
    edited = LeaveCluster("c1").apply(clusters, _at(5))
    assert edited.clusters.get("k1").claim_ids == ("c2",)
    emptied = LeaveCluster("c2").apply(edited.clusters, _at(6))
    assert emptied.clusters.get("k1").members == ()
    back = emptied.undo.apply(emptied.clusters, _at(7))
    back = edited.undo.apply(back.clusters, _at(8))
    assert _same_but_times(back.clusters, clusters)
    assert back.clusters.get("k1").member("c2") == _member("c2", "b.txt", "es")


def test_relabel_and_note_are_undone_and_stamp_modified():
    """Relabelling and setting the note change only those, move `modified` on, and undo restores them."""
    clusters = _two_clusters()
    relabelled = RelabelCluster("k1", "Ten bn").apply(clusters, _at(5))
    noted = SetClusterNote("k1", "check the figure").apply(relabelled.clusters, _at(6))
    cluster = noted.clusters.get("k1")
    assert (cluster.label, cluster.note, cluster.modified) == ("Ten bn", "check the figure", _at(6))
    assert noted.changes.claims == ("c1", "c2")
    undone = relabelled.undo.apply(noted.undo.apply(noted.clusters, _at(7)).clusters, _at(8))
    assert _same_but_times(undone.clusters, clusters)


def test_delete_keeps_the_claims_and_undo_restores_the_cluster():
    """Deleting takes the cluster away (its claims are in none); undo puts it back as it was."""
    clusters = _two_clusters()
    edited = DeleteCluster("k1").apply(clusters, _at(5))
    assert "k1" not in edited.clusters and edited.clusters.cluster_of("c1") is None
    assert edited.changes.removed == ("k1",) and edited.changes.claims == ("c1", "c2")
    assert _same_but_times(edited.undo.apply(edited.clusters, _at(6)).clusters, clusters)


def test_edits_naming_a_cluster_gone_change_nothing():
    """Another writer deleted the cluster meanwhile: the edit does nothing and says so."""
    clusters = _two_clusters()
    for edit in (JoinCluster("gone", _member("c5")), RelabelCluster("gone", "x"), SetClusterNote("gone", "x"),
                 DeleteCluster("gone"), LeaveCluster("c-free")):
        edited = edit.apply(clusters)
        assert edited.clusters is clusters and not edited.changes


def test_undo_acts_on_the_clusters_as_they_now_are():
    """An undo after another writer's change (merged in) takes back this edit only."""
    clusters = _two_clusters()
    joined = JoinCluster("k1", _member("c8")).apply(clusters, _at(5))
    theirs = RelabelCluster("k1", "Relabelled elsewhere").apply(joined.clusters, _at(6)).clusters
    undone = joined.undo.apply(theirs, _at(7)).clusters
    assert undone.get("k1").label == "Relabelled elsewhere" and undone.get("k1").claim_ids == ("c1", "c2")


def test_edit_steps_apply_in_order_and_undo_in_reverse():
    """Several edits as one step (e.g. accept a suggestion: create, relabel): one undo takes them all back."""
    clusters = _two_clusters()
    steps = EditSteps((JoinCluster("k2", _member("c1")), RelabelCluster("k2", "Merged"), LeaveCluster("c3")))
    edited = steps.apply(clusters, _at(5))
    assert edited.clusters.get("k2").claim_ids == ("c1",) and edited.clusters.get("k2").label == "Merged"
    assert _same_but_times(edited.undo.apply(edited.clusters, _at(6)).clusters, clusters)


def test_changes_between_names_what_differs():
    """What changed between two sets, for a merge or a change on disk."""
    clusters = _two_clusters()
    after = JoinCluster("k2", _member("c1")).apply(clusters, _at(5)).clusters
    after = DeleteCluster("k2").apply(after, _at(5)).clusters
    changes = changes_between(clusters, after)
    assert (changes.removed, changes.updated, changes.claims) == (("k2",), ("k1",), ("c1", "c2", "c3"))


_EDITS = st.lists(st.tuples(st.sampled_from("jlrnd"), st.sampled_from(["k1", "k2", "k3"]),
                            st.sampled_from(["c1", "c2", "c3", "c4", "c5"])), max_size=8)


@settings(max_examples=150, deadline=None)
@given(_EDITS)
def test_every_sequence_of_edits_is_undone_exactly(script):
    """Any run of edits, undone in reverse, gives back the clusters it began from (times aside)."""
    start = _two_clusters()
    clusters, undos = start, []
    for n, (kind, cluster_id, claim_id) in enumerate(script):
        edit = {"j": JoinCluster(cluster_id, _member(claim_id)), "l": LeaveCluster(claim_id),
                "r": RelabelCluster(cluster_id, f"label {n}"), "n": SetClusterNote(cluster_id, f"note {n}"),
                "d": DeleteCluster(cluster_id)}[kind]
        edited = edit.apply(clusters, _at(10 + n))
        clusters = edited.clusters
        undos.append(edited.undo)
    for n, undo in enumerate(reversed(undos)):
        clusters = undo.apply(clusters, _at(100 + n)).clusters
    assert _same_but_times(clusters, start)
