"""What an import reports record by record, and that it writes only what it changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marginalia.core.corpus import Corpus
from marginalia.core.errors import InputError
from marginalia.core.importer import import_w3c
from marginalia.core.importer.merge import Skipped
from marginalia.core.storage.formats import sidecar_path
from marginalia.core.storage.sidecar_file import read_sidecar

ALPHA = "The quick brown fox jumps over the lazy dog.\nIt was a bright cold day in April.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "alpha.txt").write_text(ALPHA, encoding="utf-8")
    return Corpus(root)


def _anno(number: int, selector: dict, **fields) -> dict:
    return {"type": "Annotation", "id": f"urn:uuid:{number}", "created": "2024-01-01T00:00:00Z",
            "target": {"source": "alpha.txt", "selector": selector}, **fields}


def _quote(exact: str) -> dict:
    return {"type": "TextQuoteSelector", "exact": exact}


def _import(corpus, tmp_path, *records):
    path = tmp_path / "in.jsonld"
    path.write_text(json.dumps(list(records)), encoding="utf-8")
    return import_w3c(Corpus(corpus.root), path)


def test_import_of_the_same_records_again_changes_and_writes_nothing(corpus, tmp_path):
    """A second import of the same file: each record already here, not a fault, and no write."""
    record = _anno(1, _quote("lazy dog"))
    assert _import(corpus, tmp_path, record).written == [sidecar_path(corpus.root / "alpha.txt")]
    before = sidecar_path(corpus.root / "alpha.txt").stat().st_mtime_ns
    report = _import(corpus, tmp_path, record)
    assert report.skipped == [Skipped("[0]", "already here, unchanged", fault=False)]
    assert report.written == [] and report.imported == report.updated == []
    assert sidecar_path(corpus.root / "alpha.txt").stat().st_mtime_ns == before


def test_import_goes_on_after_a_record_it_cannot_place(corpus, tmp_path):
    """A position beyond the text is skipped with its reason; the records after it still come in."""
    report = _import(corpus, tmp_path, _anno(1, {"type": "TextPositionSelector", "start": 0, "end": 999}),
                     _anno(2, _quote("lazy dog")))
    assert report.skipped == [Skipped("[0]", "no quote, and the position is beyond the text")]
    assert report.imported == ["2"]


def test_import_goes_on_after_a_conflict(corpus, tmp_path):
    """A record no newer than the claim here is a conflict; the records after it still come in."""
    _import(corpus, tmp_path, _anno(1, _quote("lazy dog"), modified="2024-06-01T00:00:00Z"))
    report = _import(corpus, tmp_path, _anno(1, _quote("lazy dog"), bodyValue="older",
                                             modified="2024-03-01T00:00:00Z"),
                     _anno(2, _quote("bright cold day")))
    assert report.conflicts == [("[0]", "1")] and report.imported == ["2"]


def test_import_into_an_unwritable_sidecar_names_it_and_why_for_each_record(corpus, tmp_path):
    """Every record meant for an article whose sidecar must not be written is skipped,
    naming the sidecar and its fault."""
    sidecar_path(corpus.root / "alpha.txt").write_text("{ broken", encoding="utf-8")
    report = _import(corpus, tmp_path, _anno(1, _quote("lazy dog")), _anno(2, _quote("bright cold day")))
    with pytest.raises(InputError) as fault:
        read_sidecar(sidecar_path(corpus.root / "alpha.txt"))
    why = f"alpha.txt.annotations.json not to be written: {fault.value.reason}"
    assert report.skipped == [Skipped("[0]", why), Skipped("[1]", why)] and report.imported == []
