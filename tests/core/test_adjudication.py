"""Adjudication in the core: pairing two reviewers' claims, the adjudicator's decisions, and `derived_from` kept everywhere."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timezone

from marginalia.core import adjudication as adj
from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.export import render
from marginalia.core.export.selection import collect
from marginalia.core.selectors import TextPosition
from marginalia.core.storage.sidecar import SidecarData, decode_strictly, encode_sidecar, sidecar_path
from marginalia.core.storage.typed_sidecar import read_typed
from marginalia.core.teamwork.merge_driver import merge_versions
from marginalia.core.storage.file_kinds import kind_of
from support import SHARED
from support.reviewer_demo import ANA, BEN, two_reviewers

TEXT = "Microsoft needs compute. OpenAI wants privacy. Both compete for talent. Regulators watch closely."
WHEN = datetime(2026, 1, 2, tzinfo=timezone.utc)


def _c(author, start, end, *topics, note=""):
    return new_annotation(TEXT, TextPosition(start, end), topics=topics, author=author, note=note)


def test_compare_pairs_exact_and_overlapping_agreements_and_groups_the_rest():
    """Same span and topics: exact; overlapping with the same topics: overlap; others grouped by overlap."""
    a1, b1 = _c("A", 0, 24, "compute"), _c("B", 0, 24, "compute")
    a2, b2 = _c("A", 25, 47, "privacy"), _c("B", 32, 47, "privacy")
    a3, b3 = _c("A", 48, 72, "competition"), _c("B", 48, 72, "privacy")
    b4 = _c("B", 73, 97, "compute")
    items = adj.compare([b4, a3, b3, a2, b2, a1, b1, _c("C", 0, 10, "compute")], "A", "B")
    assert [(i.kind, i.a, i.b) for i in items] == [
        (adj.EXACT, (a1,), (b1,)), (adj.OVERLAP, (a2,), (b2,)), (adj.DISAGREE, (a3,), (b3,)),
        (adj.DISAGREE, (), (b4,))]
    assert [i.agrees for i in items] == [True, True, False, False]


def test_compare_takes_each_claim_into_one_pair_preferring_exact_then_most_shared():
    """A claim overlapping two of the other side's agrees with the exact one; the other is left over."""
    a = _c("A", 0, 47, "compute")
    near, exact = _c("B", 0, 30, "compute"), _c("B", 0, 47, "compute")
    items = adj.compare([a, near, exact], "A", "B")
    assert [(i.kind, i.b) for i in items] == [(adj.DISAGREE, (near,)), (adj.EXACT, (exact,))]  # reading order


def test_compare_leaves_out_decisions_and_orphans():
    """An adjudicator's decision (derived_from) and an orphaned claim are no reviewer's coding."""
    a, b = _c("A", 0, 24, "compute"), _c("B", 0, 24, "privacy")
    decided = adj.decision(TEXT, (a,), "A")
    orphan = _c("A", 25, 47, "privacy")
    from dataclasses import replace
    items = adj.compare([a, b, decided, replace(orphan, orphaned=True)], "A", "B")
    assert len(items) == 1 and items[0].a == (a,) and items[0].b == (b,)
    assert adj.settled(items[0], [a, b, decided]) and not adj.settled(items[0], [a, b])


def test_decisions_are_the_adjudicators_and_record_their_sources():
    """Keep A, keep B, keep both, take an agreement, edit (a union): new ids, the adjudicator, derived_from."""
    a, b = _c("A", 48, 72, "competition", note="rivals"), _c("B", 55, 97, "privacy", note="data")
    item = adj.Item(adj.DISAGREE, (a,), (b,))
    [kept_a] = adj.keep_side(TEXT, item, "a", "Carol")
    assert (kept_a.start, kept_a.end, kept_a.topics, kept_a.note) == (48, 72, ("competition",), "rivals")
    assert kept_a.author == "Carol" and kept_a.derived_from == (a.id,) and kept_a.id not in (a.id, b.id)
    both = adj.keep_side(TEXT, item, "both", "Carol")
    assert [c.derived_from for c in both] == [(a.id,), (b.id,)]
    union = adj.decision(TEXT, (a, b), "Carol")
    assert (union.start, union.end, union.topics) == (48, 97, ("competition", "privacy"))
    assert union.note == "rivals\n\ndata" and union.quote.exact == TEXT[48:97] and union.derived_from == (a.id, b.id)
    assert adj.adjudicated([a, b, union, kept_a], "Carol") == [union, kept_a] and adj.adjudicated([a]) == []


def test_derived_from_survives_both_readers_and_is_written_only_when_set(tmp_path):
    """The strict and the typed reader read it; a claim without it writes no member."""
    a = _c("A", 0, 24, "compute")
    decided = adj.decision(TEXT, (a,), "Carol", derived_from=(a.id, "other", a.id))
    data = encode_sidecar(SidecarData("x.txt", "", annotations=(a, decided)))
    assert data.count(b'"derived_from"') == 1
    for read in (decode_strictly(data, tmp_path / "x.json"), read_typed(data)):
        assert {c.id: c.derived_from for c in read.annotations} == {a.id: (), decided.id: (a.id, "other")}
    broken = data.replace(b'"other"', b'17')
    assert read_typed(broken) is None
    strict = decode_strictly(broken, tmp_path / "x.json")
    assert "derived_from" in str(strict.bad_records[0].error)


def test_merge_driver_keeps_derived_from(seed_corpus):
    """A decision added on one side, a reviewer's claim on the other: the merge keeps both, with provenance."""
    made = two_reviewers(seed_corpus)
    name = sorted(made)[0]
    sidecar = sidecar_path(seed_corpus / name)
    base = sidecar.read_bytes()
    corpus = Corpus(seed_corpus)
    document = corpus.open(seed_corpus / name)
    source = document.get(made[name][ANA][0])
    document.add(adj.decision(document.text, (source,), "Carol"))
    corpus.save(document)
    ours = sidecar.read_bytes()
    sidecar.write_bytes(base)  # the other reviewer's branch: from the common version
    corpus = Corpus(seed_corpus)
    document = corpus.open(seed_corpus / name)
    added = new_annotation(document.text, TextPosition(0, 5), author=BEN)
    document.add(added)
    corpus.save(document)
    theirs = sidecar.read_bytes()
    assert b"derived_from" not in theirs
    for first, second in ((ours, theirs), (theirs, ours)):
        merged, losers, _notes = merge_versions(kind_of(sidecar.name), sidecar, base, first, second)
        records = json.loads(merged)["annotations"]
        assert [r["derived_from"] for r in records if "derived_from" in r] == [[source.id]]
        assert added.id in {r["id"] for r in records} and not losers


def test_export_adjudicated_alone_with_via_in_w3c(seed_corpus, tmp_path):
    """collect(adjudicated=True) keeps the decisions only; W3C names their sources in "via" and validates."""
    made = two_reviewers(seed_corpus)
    corpus = Corpus(seed_corpus)
    name = sorted(made)[0]
    document = corpus.open(seed_corpus / name)
    items = adj.compare(document.claims(), ANA, BEN)
    decided = adj.agreement_decision(document.text, items[0], "Carol")
    document.add(decided)
    corpus.save(document)
    export = collect(Corpus(seed_corpus), adjudicated=True)
    assert [[a.id for a in art.annotations] for art in export.articles] == [[decided.id]]
    data = json.loads(render("w3c", export, exported=WHEN))
    [item] = data["first"]["items"]
    assert item["via"] == [f"urn:uuid:{i}" for i in decided.derived_from] and item["creator"]["name"] == "Carol"
    validator = SHARED / "tools" / "validate_w3c.py"
    if validator.is_file():
        path = tmp_path / "adjudicated.jsonld"
        path.write_bytes(render("w3c", export, exported=WHEN))
        done = subprocess.run([sys.executable, str(validator), str(path)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
