"""Merging two versions of the clusters: member by member, symmetric, deterministic, nothing lost unseen."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from hypothesis import given, settings
from hypothesis import strategies as st

from marginalia.core.clusters import (
    EMPTY_CLUSTERS, ClusterSet, CreateCluster, DeleteCluster, JoinCluster, LeaveCluster, Member, RelabelCluster,
    SetClusterNote,
)
from marginalia.core.clusters.merge import merge_clusters
from marginalia.core.storage.clusters_file import cluster_content, encode_clusters

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def _at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def _member(claim_id: str, minutes: int = 0, article: str = "a.txt") -> Member:
    return Member(claim_id, article, "en", f"quote {claim_id}", _at(minutes))


def _base() -> ClusterSet:
    clusters = CreateCluster("Ten billion", (_member("c1"), _member("c2")), cluster_id="k1").apply(
        EMPTY_CLUSTERS, _at(0)).clusters
    return CreateCluster("Fine", (_member("c3"), _member("c4")), cluster_id="k2").apply(clusters, _at(0)).clusters


def _merge(base, ours, theirs):
    return merge_clusters(base, ours, theirs, cluster_content)


def _both_ways(base, ours, theirs):
    """The merge either way round: the same bytes and conflicts, or the test fails."""
    one, two = _merge(base, ours, theirs), _merge(base, theirs, ours)
    assert encode_clusters(one[0]) == encode_clusters(two[0])
    assert [(c.id, c.kept, c.lost) for c in one[1]] == [(c.id, c.kept, c.lost) for c in two[1]]
    return one


def test_merge_edits_of_different_clusters_without_conflict():
    """One side relabels k1, the other adds a member to k2: both kept, no conflict."""
    base = _base()
    ours = RelabelCluster("k1", "Ten bn").apply(base, _at(5)).clusters
    theirs = JoinCluster("k2", _member("c9", 6)).apply(base, _at(6)).clusters
    merged, conflicts = _both_ways(base, ours, theirs)
    assert merged.get("k1").label == "Ten bn" and merged.get("k2").claim_ids == ("c3", "c4", "c9")
    assert conflicts == ()


def test_merge_keeps_different_members_added_to_the_same_cluster():
    """Two researchers each add a claim to one cluster: both members stay (a record merge would drop one)."""
    base = _base()
    ours = JoinCluster("k1", _member("c7", 5)).apply(base, _at(5)).clusters
    theirs = JoinCluster("k1", _member("c8", 6)).apply(base, _at(6)).clusters
    merged, conflicts = _both_ways(base, ours, theirs)
    assert merged.get("k1").claim_ids == ("c1", "c2", "c7", "c8")
    assert merged.get("k1").modified == _at(6) and conflicts == ()


def test_merge_member_left_on_one_side_and_relabel_on_the_other():
    """A claim leaves on one side, the cluster is relabelled on the other: both happen."""
    base = _base()
    ours = LeaveCluster("c1").apply(base, _at(5)).clusters
    theirs = RelabelCluster("k1", "Relabelled").apply(base, _at(6)).clusters
    merged, conflicts = _both_ways(base, ours, theirs)
    assert (merged.get("k1").label, merged.get("k1").claim_ids) == ("Relabelled", ("c2",))
    assert conflicts == ()


def test_merge_true_conflict_keeps_the_later_label_and_returns_the_other():
    """Both relabel one cluster: the later `modified` wins, the other version is returned for the history."""
    base = _base()
    ours = RelabelCluster("k1", "Mine").apply(base, _at(9)).clusters
    theirs = RelabelCluster("k1", "Theirs").apply(base, _at(5)).clusters
    theirs = JoinCluster("k1", _member("c6", 5)).apply(theirs, _at(5)).clusters
    merged, conflicts = _both_ways(base, ours, theirs)
    assert merged.get("k1").label == "Mine" and merged.get("k1").claim_ids == ("c1", "c2", "c6")
    assert [(c.id, c.lost.label) for c in conflicts] == [("k1", "Theirs")]


def test_merge_label_and_note_changed_on_different_sides_both_kept():
    """One side relabels, the other sets the note: each field from the side that changed it."""
    base = _base()
    ours = RelabelCluster("k1", "Mine").apply(base, _at(5)).clusters
    theirs = SetClusterNote("k1", "Their note").apply(base, _at(6)).clusters
    merged, conflicts = _both_ways(base, ours, theirs)
    assert (merged.get("k1").label, merged.get("k1").note, conflicts) == ("Mine", "Their note", ())


def test_merge_deleted_against_edited_keeps_the_edit():
    """One side deletes a cluster the other edited: it comes back, with a conflict saying so."""
    base = _base()
    ours = DeleteCluster("k1").apply(base, _at(5)).clusters
    theirs = RelabelCluster("k1", "Still here").apply(base, _at(6)).clusters
    merged, conflicts = _both_ways(base, ours, theirs)
    assert merged.get("k1").label == "Still here"
    assert [(c.id, c.lost) for c in conflicts] == [("k1", None)]


def test_merge_deleted_against_a_refreshed_snapshot_stays_deleted():
    """A member's snapshot refreshed (an article renamed; no one's edit) does not bring a deleted cluster back."""
    base = _base()
    ours = DeleteCluster("k1").apply(base, _at(5)).clusters
    old = base.get("k1")
    refreshed = old.with_members((_member("c1", 0, "renamed.txt"), _member("c2")), old.modified)
    theirs = base.replaced([refreshed])
    merged, _conflicts = _both_ways(base, ours, theirs)
    assert "k1" not in merged


def test_merge_a_claim_put_in_two_clusters_stays_in_the_later():
    """Each side moved one claim into another cluster: it stays where it joined last, and leaves the other."""
    base = _base()
    ours = JoinCluster("k2", _member("c1", 5)).apply(base, _at(5)).clusters
    theirs = CreateCluster("New", (_member("c1", 7), _member("c5", 7)), cluster_id="k3").apply(base, _at(7)).clusters
    merged, conflicts = _both_ways(base, ours, theirs)
    assert merged.cluster_of("c1").id == "k3"
    assert merged.get("k2").claim_ids == ("c3", "c4") and merged.get("k1").claim_ids == ("c2",)
    assert [c.id for c in conflicts] == ["k2"] and "c1" in conflicts[0].lost.claim_ids


def test_merge_without_base_treats_both_creations_of_one_id_as_a_conflict():
    """Both sides created the file: a cluster of one id with different labels is a conflict, members united."""
    ours = CreateCluster("A", (_member("c1"),), cluster_id="k").apply(EMPTY_CLUSTERS, _at(1)).clusters
    theirs = CreateCluster("B", (_member("c2"),), cluster_id="k").apply(EMPTY_CLUSTERS, _at(2)).clusters
    merged, conflicts = _both_ways(None, ours, theirs)
    assert merged.get("k").label == "B" and merged.get("k").claim_ids == ("c1", "c2")
    assert [c.lost.label for c in conflicts] == ["A"]


_STEPS = st.lists(st.tuples(st.sampled_from("jlrnd"), st.sampled_from(["k1", "k2"]),
                            st.sampled_from(["c1", "c2", "c3", "c5", "c6"]), st.integers(1, 30)), max_size=6)


def _play(base: ClusterSet, script, tag: str) -> ClusterSet:
    clusters = base
    for kind, cluster_id, claim_id, minutes in script:
        edit = {"j": JoinCluster(cluster_id, _member(claim_id, minutes)), "l": LeaveCluster(claim_id),
                "r": RelabelCluster(cluster_id, f"{tag} {minutes}"), "n": SetClusterNote(cluster_id, tag),
                "d": DeleteCluster(cluster_id)}[kind]
        clusters = edit.apply(clusters, _at(minutes)).clusters
    return clusters


@settings(max_examples=200, deadline=None)
@given(_STEPS, _STEPS)
def test_merge_is_symmetric_and_keeps_every_unconflicted_join(ours_script, theirs_script):
    """Any two runs of edits merge to the same bytes either way round; a claim one side
    joined and the other never touched is in the result."""
    base = _base()
    ours, theirs = _play(base, ours_script, "o"), _play(base, theirs_script, "t")
    merged, _conflicts = _both_ways(base, ours, theirs)
    touched_by_theirs = {c for _k, _i, c, _m in theirs_script} | {
        claim for k, cid, _c, _m in theirs_script if k == "d" for claim in base.get(cid).claim_ids}
    for kind, cluster_id, claim_id, _m in ours_script:
        final = ours.cluster_of(claim_id)
        if kind == "j" and final is not None and claim_id not in touched_by_theirs and final.id in merged:
            assert merged.cluster_of(claim_id) is not None


def test_merge_cluster_files_gives_the_same_bytes_whichever_side_is_ours(tmp_path):
    """Three versions of the file, as git hands them to a merge driver: the merged bytes do not depend on
    which side is ours, and both sides' members are in them."""
    from marginalia.core.storage.clusters_file import decode_clusters, merge_cluster_files

    base = _base()
    ours = JoinCluster("k1", _member("c7", 5)).apply(RelabelCluster("k2", "Mine").apply(base, _at(5)).clusters,
                                                      _at(5)).clusters
    theirs = JoinCluster("k1", _member("c8", 6)).apply(RelabelCluster("k2", "Theirs").apply(base, _at(6)).clusters,
                                                        _at(6)).clusters
    files = [encode_clusters(c) for c in (base, ours, theirs)]
    one, conflicts = merge_cluster_files(files[0], files[1], files[2], tmp_path / "f")
    two, _ = merge_cluster_files(files[0], files[2], files[1], tmp_path / "f")
    assert one == two
    merged = decode_clusters(one, tmp_path / "f")
    assert merged.get("k1").claim_ids == ("c1", "c2", "c7", "c8") and merged.get("k2").label == "Theirs"
    assert [c.lost.label for c in conflicts] == ["Mine"]
