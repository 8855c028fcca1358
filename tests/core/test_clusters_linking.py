"""Linking two claims: the cluster edit chosen for each case, and the label offered."""

from __future__ import annotations

from datetime import datetime, timezone

from marginalia.core.clusters import ClusterSet, CreateCluster, Member
from marginalia.core.clusters.linking import already_linked, default_label, link_edit, needs_label

NOW = datetime(2026, 2, 1, tzinfo=timezone.utc)


def _member(claim_id: str, quote: str = "quote") -> Member:
    return Member(claim_id, f"{claim_id}.txt", "es", quote, NOW)


def _with(*groups) -> ClusterSet:
    clusters = ClusterSet()
    for i, ids in enumerate(groups):
        clusters = CreateCluster(f"c{i}", tuple(map(_member, ids)), cluster_id=f"c{i}").apply(clusters, NOW).clusters
    return clusters


def test_link_edit_makes_a_new_cluster_of_two_unlinked_claims():
    """Neither claim in a cluster: a new one of both, labelled as given (or from the quote)."""
    clusters = ClusterSet()
    assert needs_label(clusters, "a", "b")
    edited = link_edit(clusters, _member("a"), _member("b"), "Ten billion").apply(clusters, NOW)
    (cluster,) = edited.clusters
    assert cluster.label == "Ten billion" and cluster.claim_ids == ("a", "b")
    unlabelled = link_edit(clusters, _member("a", "Microsoft puts  ten\nbillion in"), _member("b")).apply(clusters, NOW)
    assert next(iter(unlabelled.clusters)).label == "Microsoft puts ten billion in"


def test_link_edit_joins_the_picked_claims_cluster_even_from_another():
    """The target's cluster wins: the source joins it, leaving its own."""
    clusters = _with(("a", "x"), ("b", "y"))
    assert not needs_label(clusters, "a", "b")
    after = link_edit(clusters, _member("a"), _member("b")).apply(clusters, NOW).clusters
    assert after.cluster_id_of("a") == "c1" and after.get("c0").claim_ids == ("x",)


def test_link_edit_brings_an_unlinked_target_into_the_sources_cluster():
    """Only the source is in a cluster: the target joins it; undo takes it out again."""
    clusters = _with(("a", "x"))
    edited = link_edit(clusters, _member("a"), _member("b")).apply(clusters, NOW)
    assert edited.clusters.get("c0").claim_ids == ("a", "b", "x")
    assert edited.undo.apply(edited.clusters, NOW).clusters.get("c0").claim_ids == ("a", "x")


def test_link_edit_is_none_for_claims_linked_already():
    """Two claims of one cluster need no edit."""
    clusters = _with(("a", "b"))
    assert already_linked(clusters, "a", "b") and not already_linked(clusters, "a", "z")
    assert link_edit(clusters, _member("a"), _member("b")) is None


def test_default_label_keeps_a_few_words_on_one_line():
    """Long quotes are cut at a word with an ellipsis; short ones stay whole."""
    assert default_label("“Short one.”") == "Short one."
    long = default_label("uno dos tres cuatro cinco seis siete ocho nueve diez")
    assert long == "uno dos tres cuatro cinco seis siete ocho…"
    assert len(default_label("x" * 300)) <= 61
