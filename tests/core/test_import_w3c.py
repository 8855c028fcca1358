"""Importing W3C Web Annotations (ours and other tools') into a corpus on disk."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from marginalia.core.corpus import Corpus
from marginalia.core.importer import ImportFileError, import_w3c
from marginalia.core.storage.documents import read_sidecar
from marginalia.core.storage.sidecar import sidecar_path

ALPHA = "The quick brown fox jumps over the lazy dog.\nIt was a bright cold day in April.\n"
BETA = "Người Việt nghiên cứu tiếng Việt.\nA second article about clocks striking thirteen.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    (root / "alpha.txt").write_text(ALPHA, encoding="utf-8")
    (root / "sub" / "beta.txt").write_text(BETA, encoding="utf-8")
    (root / "sub" / "alpha.txt").write_text("Another alpha, unrelated.\n", encoding="utf-8")
    return Corpus(root)


def _hypothesis(exact, *, source="https://example.org/page", tags=(), note="", start=None, ident="Hx1",
                modified="2024-05-06T07:08:09.123456+00:00", prefix=None):
    """An annotation shaped like the ones Hypothesis exports."""
    selectors = [{"type": "TextQuoteSelector", "exact": exact}]
    if prefix is not None:
        selectors[0]["prefix"] = prefix
    if start is not None:
        selectors.append({"type": "TextPositionSelector", "start": start, "end": start + len(exact)})
    body = [{"type": "TextualBody", "value": note, "format": "text/markdown"}] if note else []
    body += [{"type": "TextualBody", "purpose": "tagging", "value": t} for t in tags]
    return {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation",
            "id": f"https://hypothes.is/a/{ident}", "created": "2024-05-06T07:08:09.123456+00:00",
            "modified": modified, "creator": "acct:alice@hypothes.is", "body": body,
            "target": [{"source": source, "selector": selectors}]}


def _write(tmp_path: Path, document, name="in.jsonld") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    return path


def _claims(corpus: Corpus, name: str):
    data = read_sidecar(sidecar_path(corpus.root / name))
    return [] if data is None else list(data.annotations)


def test_import_matches_by_quote_and_maps_tags(corpus, tmp_path):
    """An unknown source falls back to the quote; tags map by name in any case, or become topics."""
    path = _write(tmp_path, _hypothesis("lazy dog", tags=["COMPUTE", "foxes"], note="*nice*"))
    report = import_w3c(corpus, path)
    assert len(report.imported) == 1 and report.new_topics == ["foxes"]
    [claim] = _claims(corpus, "alpha.txt")
    assert ALPHA[claim.start:claim.end] == "lazy dog"
    assert claim.topics == ("compute", "foxes") and claim.note == "*nice*"
    assert claim.author == "alice@hypothes.is" and claim.created.microsecond == 123000
    assert Corpus(corpus.root).codebook.get("foxes") is not None


def test_import_same_foreign_id_twice_updates_in_place(corpus, tmp_path):
    """A re-import keeps one claim per id; a newer edit updates it, an older one is a conflict."""
    import_w3c(corpus, _write(tmp_path, _hypothesis("lazy dog")))
    again = import_w3c(corpus, _write(tmp_path, _hypothesis("lazy dog")))
    assert (again.imported, again.updated, [s.fault for s in again.skipped]) == ([], [], [False])
    newer = _hypothesis("lazy dog", note="edited", modified="2025-01-01T00:00:00Z")
    assert len(import_w3c(corpus, _write(tmp_path, newer)).updated) == 1
    older = _hypothesis("lazy dog", note="stale", modified="2020-01-01T00:00:00Z")
    report = import_w3c(corpus, _write(tmp_path, older))
    assert report.updated == [] and len(report.conflicts) == 1
    [claim] = _claims(corpus, "alpha.txt")
    assert claim.note == "edited"


def test_import_source_as_relative_name_prefers_the_longest_path(corpus, tmp_path):
    """"sub/alpha.txt" goes to that file, not to the other alpha.txt; a position alone suffices."""
    record = _hypothesis("unrelated", source="sub/alpha.txt")
    record["target"][0]["selector"] = [{"type": "TextPositionSelector", "start": 15, "end": 24}]
    report = import_w3c(corpus, _write(tmp_path, record))
    assert len(report.imported) == 1 and _claims(corpus, "alpha.txt") == []
    [claim] = _claims(corpus, "sub/alpha.txt")
    assert claim.quote.exact == "unrelated"


def test_import_file_uri_from_another_machine_finds_the_article(corpus, tmp_path):
    """A file: URI with a foreign folder still matches by its tail, even with a stale position."""
    record = _hypothesis("bright cold day", source="file:///home/x/corpus/alpha.txt", start=3)
    report = import_w3c(corpus, _write(tmp_path, record))
    assert len(report.imported) == 1 and not report.orphaned
    [claim] = _claims(corpus, "alpha.txt")
    assert (claim.start, claim.quote.exact) == (ALPHA.index("bright cold day"), "bright cold day")


def test_import_canonicalises_decomposed_and_crlf_quotes(corpus, tmp_path):
    """A quote in NFD with CRLF is compared as NFC with LF, as the articles are."""
    exact = unicodedata.normalize("NFD", "tiếng Việt.\r\nA second")
    report = import_w3c(corpus, _write(tmp_path, _hypothesis(exact)))
    assert len(report.imported) == 1
    [claim] = _claims(corpus, "sub/beta.txt")
    assert claim.quote.exact == "tiếng Việt.\nA second"


def test_import_reports_unmatched_and_ambiguous_quotes(corpus, tmp_path):
    """A quote in no article, or equally in two, is unmatched with a reason; nothing is written."""
    (corpus.root / "gamma.txt").write_text(ALPHA, encoding="utf-8")
    records = [_hypothesis("purple elephant", ident="a"), _hypothesis("lazy dog", ident="b")]
    report = import_w3c(Corpus(corpus.root), _write(tmp_path, records))
    reasons = [why for _where, why in report.unmatched]
    assert report.imported == [] and len(reasons) == 2
    assert reasons[0].startswith("quote not found") and "equally well in 2 articles" in reasons[1]
    assert not list(corpus.root.rglob("*.annotations.json"))


def test_import_keeps_a_lost_quote_as_an_orphan(corpus, tmp_path):
    """A matched source whose quote is gone is imported orphaned, selectors kept."""
    report = import_w3c(corpus, _write(tmp_path, _hypothesis("words not there", source="alpha.txt", start=5)))
    assert len(report.orphaned) == 1
    [claim] = _claims(corpus, "alpha.txt")
    assert claim.orphaned and claim.quote.exact == "words not there"


def test_import_reads_pages_lists_and_duplicate_ids(corpus, tmp_path):
    """A page of items is read; a repeated id in one file is skipped; a target without a selector too."""
    bare = {"type": "Annotation", "id": "urn:uuid:00000000-0000-4000-8000-000000000001",
            "target": "https://example.org"}
    page = {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "AnnotationPage",
            "items": [_hypothesis("quick brown"), _hypothesis("quick brown"), bare]}
    report = import_w3c(corpus, _write(tmp_path, page))
    assert len(report.imported) == 1
    assert [s.where for s in report.skipped] == ["items[2]", "items[1]"]


@pytest.mark.parametrize("content, reason", [
    (b"{not json", "invalid JSON"),
    (b'{"hello": "world"}', "not W3C Web Annotations"),
    (b'{"type": "AnnotationCollection", "first": "https://x.org/p1"}', "not embedded"),
    (b"\xff\xfe\x00", "not UTF-8"),
])
def test_import_refuses_unreadable_files_naming_them(corpus, tmp_path, content, reason):
    """A file that is not W3C annotations raises ImportFileError with the file and the problem."""
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ImportFileError, match=reason) as caught:
        import_w3c(corpus, path)
    assert caught.value.path == path
