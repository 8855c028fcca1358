"""`check` and `clusters` on a corpus with claim clusters: members not found are reported, nothing is written."""

from __future__ import annotations

import json

from marginalia.cli import run_command
from marginalia.core.storage.formats import sidecar_path
from support.clusters import FIRST_CLUSTER, cluster_seeds

ES = "es-microsoft-openai-relacion-tensa.txt"


def _files(folder):
    return {p.name: p.read_bytes() for p in folder.rglob("*") if p.is_file()}


def test_check_reports_cluster_members_that_cannot_be_found_and_writes_nothing(seed_corpus, capsys):
    """A member whose sidecar is unreadable is named with its cluster, claim and article; check writes nothing."""
    cluster_seeds(seed_corpus)
    assert run_command(["check", str(seed_corpus)]) == 0
    assert "No problems." in capsys.readouterr().out
    sidecar_path(seed_corpus / ES).write_bytes(b"{not json")
    before = _files(seed_corpus)
    assert run_command(["check", str(seed_corpus)]) == 1
    out = capsys.readouterr().out
    line = next(l for l in out.splitlines() if f"clusters[id={FIRST_CLUSTER}]" in l)
    assert line.strip().startswith("clusters.marginalia.json (") and "not found, unreadable" in line and ES in line
    assert _files(seed_corpus) == before


def test_clusters_lists_members_with_their_state(seed_corpus, capsys):
    """`clusters --json` lists each cluster's members with language, article, quote and state; a deleted
    claim is "gone" and the exit status says some member is missing."""
    cluster_seeds(seed_corpus, label="Diez mil millones")
    assert run_command(["clusters", str(seed_corpus), "--json"]) == 0
    listed = {c["id"]: c for c in json.loads(capsys.readouterr().out)}
    first = listed[FIRST_CLUSTER]
    assert first["label"] == "Diez mil millones"
    assert sorted(m["language"] for m in first["members"]) == ["en", "es", "it", "pl", "vi"]
    assert {m["state"] for m in first["members"]} == {"found"}
    from marginalia.core.corpus import Corpus

    corpus = Corpus(seed_corpus)
    document = corpus.open(seed_corpus / ES)
    document.remove(next(m["claim"] for m in first["members"] if m["article"] == ES))
    corpus.save(document)
    assert run_command(["clusters", str(seed_corpus)]) == 1
    out = capsys.readouterr().out
    assert "Diez mil millones" in out and f"{ES} (gone)" in out


def test_clusters_of_a_corpus_without_any_prints_nothing(seed_corpus, capsys):
    """No clusters file: nothing listed, exit 0."""
    assert run_command(["clusters", str(seed_corpus), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_an_export_never_writes_over_the_clusters_file(seed_corpus, tmp_path, capsys):
    """--output naming the clusters file is refused; the file is as it was."""
    cluster_seeds(seed_corpus)
    target = seed_corpus / "clusters.marginalia.json"
    before = target.read_bytes()
    assert run_command(["export", str(seed_corpus), "--format", "csv", "--output", str(target)]) == 2
    assert "is a file of the corpus" in capsys.readouterr().err and target.read_bytes() == before
