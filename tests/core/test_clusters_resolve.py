"""Finding members in the corpus: a sidecar unreadable, an article renamed, a claim deleted, claims unsaved."""

from __future__ import annotations

import time

from marginalia.core.annotation import new_annotation
from marginalia.core.clusters import JoinCluster, member_of
from marginalia.core.clusters.claim_index import ClaimIndex
from marginalia.core.clusters.resolve import (
    FOUND, GONE, MOVED, UNREADABLE, refreshed_snapshots, resolve_in_corpus,
)
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition
from marginalia.core.storage.formats import sidecar_path
from support.clusters import FIRST_CLUSTER, SECOND_CLUSTER, cluster_seeds

ES = "es-microsoft-openai-relacion-tensa.txt"
VI = "vi-microsoft-openai-noi-lo-an-giau.txt"


def _states(resolved, cluster_id):
    found = next(r for r in resolved if r.id == cluster_id)
    return {m.member.article: m.state for m in found.members}, found


def test_resolve_finds_every_member_in_its_article(seed_corpus):
    """Each member is found in the article it was last seen in, with its language and quote."""
    cluster_seeds(seed_corpus)
    resolved = resolve_in_corpus(Corpus(seed_corpus))
    states, first = _states(resolved, FIRST_CLUSTER)
    assert set(states.values()) == {FOUND} and len(states) == 5
    assert {m.language for m in first.members} == {"en", "es", "it", "pl", "vi"}
    assert all(m.claim is not None and m.quote == m.claim.quote.exact for m in first.members)


def test_resolve_shows_the_snapshot_of_a_member_whose_sidecar_is_unreadable(seed_corpus):
    """One member's sidecar is damaged: that member shows its snapshot, the others and the cluster are intact."""
    cluster_seeds(seed_corpus)
    corpus = Corpus(seed_corpus)
    member = corpus.cluster_store.clusters.get(FIRST_CLUSTER)
    es_member = next(m for m in member.members if m.article == ES)
    sidecar_path(seed_corpus / ES).write_bytes(b'{"format": "marginalia-sidecar", \xff')
    states, first = _states(resolve_in_corpus(corpus), FIRST_CLUSTER)
    assert states[ES] == UNREADABLE and list(states.values()).count(FOUND) == 4
    shown = next(m for m in first.members if m.member.article == ES)
    assert (shown.quote, shown.language, shown.claim) == (es_member.quote, "es", None)
    assert shown.problem is not None and shown.problem.path == sidecar_path(seed_corpus / ES)
    assert len(corpus.cluster_store.clusters.get(FIRST_CLUSTER).members) == 5


def test_resolve_refinds_a_member_of_a_renamed_article_and_refreshes_its_snapshot(seed_corpus):
    """An article renamed into a folder (its sidecar with it) is found again by claim id; the
    refreshed snapshot saved names the new place."""
    cluster_seeds(seed_corpus)
    (seed_corpus / "vi").mkdir()
    (seed_corpus / VI).rename(seed_corpus / "vi" / "renamed.txt")
    sidecar_path(seed_corpus / VI).rename(sidecar_path(seed_corpus / "vi" / "renamed.txt"))
    corpus = Corpus(seed_corpus)
    resolved = resolve_in_corpus(corpus)
    states, first = _states(resolved, FIRST_CLUSTER)
    moved = next(m for m in first.members if m.state == MOVED)
    assert (moved.member.article, moved.article, moved.language) == (VI, "vi/renamed.txt", "vi")
    store = corpus.cluster_store
    before = store.clusters.get(FIRST_CLUSTER).modified
    changes = store.refresh_snapshots(refreshed_snapshots(resolved))
    assert changes.updated == (FIRST_CLUSTER,)
    again = Corpus(seed_corpus).cluster_store.clusters.get(FIRST_CLUSTER)
    assert "vi/renamed.txt" in again.articles() and VI not in again.articles() and again.modified == before


def test_resolve_shows_a_deleted_claim_as_gone_and_keeps_it(seed_corpus):
    """A claim deleted from its article is shown as gone; the member stays until the user takes it out."""
    cluster_seeds(seed_corpus)
    corpus = Corpus(seed_corpus)
    document = corpus.open(seed_corpus / ES)
    claim_id = corpus.cluster_store.clusters.get(SECOND_CLUSTER).claim_ids
    gone = next(i for i in claim_id if i in document)
    document.remove(gone)
    corpus.save(document)
    states, second = _states(resolve_in_corpus(Corpus(seed_corpus)), SECOND_CLUSTER)
    assert states[ES] == GONE and next(m for m in second.members if m.state == GONE).quote
    assert gone in Corpus(seed_corpus).cluster_store.clusters.get(SECOND_CLUSTER).claim_ids


def test_resolve_counts_unsaved_claims_of_open_documents(seed_corpus):
    """A claim made in the window and not yet saved is found, from memory."""
    cluster_seeds(seed_corpus)
    corpus = Corpus(seed_corpus)
    document = corpus.open(seed_corpus / ES)
    claim = new_annotation(document.text, TextPosition(100, 140))
    document.add(claim)
    corpus.cluster_store.apply(JoinCluster(SECOND_CLUSTER, member_of(claim, ES, "es")))
    states, second = _states(resolve_in_corpus(corpus, open_documents=[document]), SECOND_CLUSTER)
    assert next(m for m in second.members if m.claim_id == claim.id).state == FOUND
    without = _states(resolve_in_corpus(corpus), SECOND_CLUSTER)[1]
    assert next(m for m in without.members if m.claim_id == claim.id).state == GONE


def test_claim_index_reads_only_sidecars_changed_since(seed_corpus, tmp_path):
    """A second index over the same cache reads no sidecar whose stamp is unchanged."""
    cluster_seeds(seed_corpus)
    first = ClaimIndex(seed_corpus, tmp_path / "cache")
    first.refresh()
    some_claim = next(iter(Corpus(seed_corpus).cluster_store.clusters)).claim_ids[0]
    where = first.article_of(some_claim)
    # Damage the sidecar's bytes without changing its size or time: a cached row is trusted.
    path = sidecar_path(seed_corpus / where)
    info = path.stat()
    path.write_bytes(b"x" * info.st_size)
    import os

    os.utime(path, ns=(info.st_atime_ns, info.st_mtime_ns))
    second = ClaimIndex(seed_corpus, tmp_path / "cache")
    second.refresh()
    assert second.article_of(some_claim) == where and second.problems == ()
    time.sleep(0.01)
    path.write_bytes(b"y" * (info.st_size + 1))
    second.refresh()
    assert second.article_of(some_claim) is None and len(second.problems) == 1


def test_resolve_never_reads_outside_the_corpus_for_a_hand_edited_member(seed_corpus, tmp_path):
    """A member whose article names a file outside the corpus ("../x") is not looked for there: the claim
    that sidecar holds is not found, and the member is gone."""
    import json

    from marginalia.core.clusters.resolve import resolve_clusters
    from marginalia.core.storage.sidecar import SidecarData, encode_sidecar

    cluster_seeds(seed_corpus)
    outside = tmp_path / "outside.txt"
    outside.write_text("a secret passage", encoding="utf-8")
    secret = new_annotation("a secret passage", TextPosition(2, 8))
    sidecar_path(outside).write_bytes(encode_sidecar(SidecarData("outside.txt", "", "en", annotations=(secret,))))
    path = seed_corpus / "clusters.marginalia.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["clusters"][0]["members"][0].update(claim=secret.id, article="../outside.txt")
    path.write_text(json.dumps(data), encoding="utf-8")
    resolved = resolve_clusters(seed_corpus, Corpus(seed_corpus).cluster_store.clusters)
    member = next(m for m in resolved[0].members if m.claim_id == secret.id)
    assert (member.state, member.claim) == (GONE, None)


def test_a_fifo_in_place_of_the_clusters_file_is_reported_and_never_written(seed_corpus):
    """A FIFO where the clusters file should be is not read (it would block) and not replaced."""
    import os

    import pytest

    from marginalia.core.annotation import utc_now
    from marginalia.core.clusters import CreateCluster, Member
    from marginalia.core.errors import NotRegularFileError

    os.mkfifo(seed_corpus / "clusters.marginalia.json")
    store = Corpus(seed_corpus).cluster_store
    assert isinstance(store.error, NotRegularFileError)
    with pytest.raises(NotRegularFileError):
        store.apply(CreateCluster("x", (Member("c", "a.txt", "en", "q", utc_now()),)))
    assert (seed_corpus / "clusters.marginalia.json").is_fifo()
