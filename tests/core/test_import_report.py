"""What an import reports record by record, and that it writes only what it changed."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marginalia.core.corpus import Corpus
from marginalia.core.error_codes import ErrorCode, SkipCode
from marginalia.core.errors import ArticleError, InputError, JsonSyntaxError
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
    assert report.skipped == [Skipped("[0]", SkipCode.UNCHANGED, fault=False)]
    assert report.skipped[0].reason == "already here, unchanged"
    assert report.written == [] and report.imported == report.updated == []
    assert sidecar_path(corpus.root / "alpha.txt").stat().st_mtime_ns == before


def test_import_goes_on_after_a_record_it_cannot_place(corpus, tmp_path):
    """A position beyond the text is skipped with its reason; the records after it still come in."""
    report = _import(corpus, tmp_path, _anno(1, {"type": "TextPositionSelector", "start": 0, "end": 999}),
                     _anno(2, _quote("lazy dog")))
    assert report.skipped == [Skipped("[0]", SkipCode.POSITION_BEYOND_TEXT)]
    assert report.skipped[0].reason == "no quote, and the position is beyond the text"
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
    assert [_skip(s) for s in report.skipped] == [
        ("[0]", SkipCode.FILE_READ_ONLY, {}, True, JsonSyntaxError, fault.value.path, fault.value.code,
         fault.value.facts),
        ("[1]", SkipCode.FILE_READ_ONLY, {}, True, JsonSyntaxError, fault.value.path, fault.value.code,
         fault.value.facts)] and report.imported == []
    assert fault.value.path == sidecar_path(corpus.root / "alpha.txt") and fault.value.offset == 2
    why = f"alpha.txt.annotations.json not to be written: {fault.value.reason}"
    assert [s.reason for s in report.skipped] == [why, why]


def _skip(skipped: Skipped) -> tuple:
    """A skipped record's place, code, facts and fault, and the kind, file, code and facts of the error behind it."""
    error = skipped.error
    return (skipped.where, skipped.code, skipped.facts, skipped.fault, type(error), error.path, error.code,
            error.facts)


def test_import_names_each_record_for_an_article_that_became_unreadable(corpus, tmp_path, monkeypatch):
    """The article turned into binary data between the listing and the import's opening of it:
    each of its records is skipped, by its place, with the reason."""
    path = tmp_path / "in.jsonld"
    path.write_text(json.dumps([_anno(1, _quote("lazy dog")), _anno(2, _quote("bright cold day"))]),
                    encoding="utf-8")
    corpus = Corpus(corpus.root)
    real_open = corpus.open

    def open_after_a_rewrite(article):
        (corpus.root / "alpha.txt").write_bytes(b"\x00\x01\x02" * 100)
        return real_open(article)

    monkeypatch.setattr(corpus, "open", open_after_a_rewrite)
    report = import_w3c(corpus, path)
    unreadable = ("[0]", SkipCode.ARTICLE_UNREADABLE, {}, True, ArticleError, corpus.root / "alpha.txt",
                  ErrorCode.BINARY_DATA, {"file": str(corpus.root / "alpha.txt")})
    assert [_skip(s) for s in report.skipped] == [unreadable, ("[1]",) + unreadable[1:]] and report.imported == []
    assert [s.reason for s in report.skipped] == ["article unreadable: binary data, not text"] * 2


def test_import_that_changes_nothing_leaves_claims_re_anchored_on_opening_unsaved(corpus, tmp_path):
    """The article was edited, so opening it re-anchors its claims; an import that brings
    nothing new does not write them: that is for the reader to save."""
    record = _anno(1, _quote("lazy dog"))
    _import(corpus, tmp_path, record)
    sidecar = sidecar_path(corpus.root / "alpha.txt")
    before = sidecar.read_bytes()
    (corpus.root / "alpha.txt").write_text("A new first line.\n" + ALPHA, encoding="utf-8")
    report = _import(corpus, tmp_path, record)
    assert report.written == [] and sidecar.read_bytes() == before


def _incoming(quote, position):
    from datetime import datetime, timezone

    from marginalia.core.importer.reader import Incoming

    moment = datetime(2024, 1, 1, tzinfo=timezone.utc)
    return Incoming("x", "where", ("alpha.txt",), quote, position, (), "", "", moment, moment)


def test_place_puts_a_quote_without_context_at_its_position_not_at_the_texts_start():
    """A tool that sends no context: the copy at the stated position is taken, even when
    another copy opens the text (where an empty prefix would seem to fit)."""
    from marginalia.core.importer import place
    from marginalia.core.selectors import TextPosition, TextQuote

    text = "lazy dog runs. " + "x" * 200 + " the lazy dog sleeps here and there."
    at = text.rindex("lazy dog")
    position, quote, orphaned = place(text, _incoming(TextQuote("lazy dog"), TextPosition(at, at + 8)))
    assert (position, orphaned, quote.exact) == (TextPosition(at, at + 8), False, "lazy dog")


def test_place_keeps_the_context_as_written_only_where_the_record_says_and_verbatim():
    """At its stated place and verbatim, a quote keeps its context as written; found at
    another place, it takes that place's context."""
    from marginalia.core.importer import place
    from marginalia.core.selectors import TextPosition, TextQuote, quote_at

    at = ALPHA.index("lazy dog")
    full = quote_at(ALPHA, TextPosition(at, at + 8))
    short = TextQuote("lazy dog", full.prefix, full.suffix[:8])
    assert place(ALPHA, _incoming(short, TextPosition(at, at + 8))) == (TextPosition(at, at + 8), short, False)
    assert place(ALPHA, _incoming(short, TextPosition(at - 5, at + 3))) == (TextPosition(at, at + 8), full, False)


def test_place_uses_the_position_among_copies_with_the_same_context():
    """Copies alike in their context too: the record's position decides, not the first copy."""
    from marginalia.core.importer import place
    from marginalia.core.selectors import TextPosition, quote_at

    line = "The same paragraph, repeated in full.\n"
    text = "Intro.\n" + line * 6
    fourth = len("Intro.\n") + 3 * len(line)
    quote = quote_at(text, TextPosition(fourth, fourth + 8))
    assert place(text, _incoming(quote, TextPosition(fourth + 3, fourth + 11)))[0] == TextPosition(fourth, fourth + 8)


def test_place_lets_the_position_choose_only_among_copies_the_whole_context_fits():
    """A context that fits no copy on one side or the other keeps the record an orphan at
    its stated place, whatever copy is nearest; a context that fits one copy wins over the
    position."""
    from marginalia.core.importer import place
    from marginalia.core.selectors import TextPosition, TextQuote

    text = "one cat sat here. two cat sat there."
    for quote in (TextQuote("cat", "six ", " sat"), TextQuote("cat", "two ", " ran")):
        assert place(text, _incoming(quote, TextPosition(4, 7))) == (TextPosition(4, 7), quote, True)
    position, quote, orphaned = place(text, _incoming(TextQuote("cat", "one ", " sat"), TextPosition(22, 25)))
    assert (position, quote.prefix, orphaned) == (TextPosition(4, 7), "one ", False)
    elsewhere = TextQuote("revisan el acuerdo", "Los jueces ", " en Varsovia.")
    said = "Los abogados de Bruselas revisan el acuerdo en Madrid hoy."
    assert place(said, _incoming(elsewhere, TextPosition(25, 43))) == (TextPosition(25, 43), elsewhere, True)


def test_import_reports_refused_records_repeated_ids_and_missing_files_in_its_words(corpus, tmp_path):
    """A record without a target and a repeated id are skipped with their reasons, the
    records after them still imported; a missing import file is refused as such."""
    from marginalia.core.importer import ImportFileError

    report = _import(corpus, tmp_path, {"type": "Annotation", "id": "urn:uuid:9"}, _anno(1, _quote("lazy dog")),
                     _anno(1, _quote("lazy dog")), _anno(2, _quote("bright cold day")))
    assert report.skipped == [Skipped("[0]", SkipCode.NO_TARGET), Skipped("[2]", SkipCode.REPEATED_ID, {"id": "1"})]
    assert [s.reason for s in report.skipped] == ["no target", "id 1 occurs earlier in the file"]
    assert report.imported == ["1", "2"]
    with pytest.raises(ImportFileError) as info:
        import_w3c(corpus, tmp_path / "missing.jsonld")
    assert (info.value.code, info.value.path) == (ErrorCode.NO_SUCH_FILE, tmp_path / "missing.jsonld")
    assert info.value.reason == "No such file or directory"


def test_import_says_why_a_record_matched_no_article(corpus, tmp_path):
    """Unmatched records: a quote in no article, naming every source given; a position
    alone from an unknown source."""
    report = _import(corpus, tmp_path,
                     {"type": "Annotation", "id": "urn:uuid:1", "target": [
                         {"source": ["x.txt", "y.txt"], "selector": _quote("nowhere to be found")}]},
                     {"type": "Annotation", "id": "urn:uuid:2", "target": {
                         "selector": {"type": "TextPositionSelector", "start": 0, "end": 3}}})
    assert report.unmatched == [("[0]", "quote not found in any article (x.txt, y.txt)"),
                                ("[1]", "only a position, and its source is unknown (no source)")]


def test_place_keeps_a_quote_with_context_on_one_side_to_the_anchoring(tmp_path):
    """A quote with a prefix but no suffix (it ends the text) is placed by its context,
    not at the copy nearest a stale position."""
    from marginalia.core.importer import place
    from marginalia.core.selectors import TextPosition, TextQuote

    text = "the lazy dog barks. " + "y" * 100 + " over the lazy dog"
    last = text.rindex("lazy dog")
    quote = TextQuote("lazy dog", text[last - 32:last], "")
    assert place(text, _incoming(quote, TextPosition(4, 12)))[0] == TextPosition(last, last + 8)


def test_reader_takes_no_position_from_a_selector_of_another_kind():
    """start and end in a selector that is not a TextPositionSelector give no position."""
    from marginalia.core.importer import read_w3c

    node = _anno(1, [{"type": "CssSelector", "start": 1, "end": 2}, _quote("lazy dog")])
    [item], _rejected = read_w3c(json.dumps(node).encode(), Path("in.jsonld"))
    assert item.position is None and item.quote.exact == "lazy dog"
