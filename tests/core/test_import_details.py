"""The importer in detail: what it reads from other tools' records, where it puts them, what it reports."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

import pytest

from marginalia.core.error_codes import ErrorCode
from marginalia.core.corpus import Corpus
from marginalia.core.importer import ImportFileError, import_w3c, map_tags, place, read_w3c
from marginalia.core.importer.matching import ArticleIndex
from marginalia.core.importer.reader import Incoming
from marginalia.core.selectors import TextPosition, TextQuote, quote_at
from marginalia.core.storage.sidecar_file import read_sidecar
from marginalia.core.storage.formats import sidecar_path

ALPHA = "The quick brown fox jumps over the lazy dog.\nIt was a bright cold day in April.\n"
BETA = "Người Việt nghiên cứu tiếng Việt.\nA second article about clocks striking thirteen.\n"


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "alpha.txt").write_text(ALPHA, encoding="utf-8")
    (root / "beta.txt").write_text(BETA, encoding="utf-8")
    return Corpus(root)


def _read(node, path="in.jsonld"):
    return read_w3c(json.dumps(node).encode(), Path(path))


def _one(node) -> Incoming:
    items, rejected = _read(node)
    assert rejected == [] and len(items) == 1
    return items[0]


def _anno(**fields):
    base = {"type": "Annotation", "id": "urn:uuid:11111111-1111-4111-8111-111111111111",
            "target": {"source": "alpha.txt", "selector": {"type": "TextQuoteSelector", "exact": "lazy dog"}}}
    base.update(fields)
    return base


def _write(tmp_path, node, name="in.jsonld") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(node, ensure_ascii=False), encoding="utf-8")
    return path


def _claims(corpus, name):
    data = read_sidecar(sidecar_path(corpus.root / name))
    return [] if data is None else list(data.annotations)


# -- reading ------------------------------------------------------------------------
def test_reading_takes_the_note_tags_and_author_from_the_bodies_and_creator():
    """Tagging bodies become tags (once each), other text bodies and bodyValue the note, the
    creator's name or account the author; linked bodies carry no text."""
    item = _one(_anno(bodyValue="first", creator={"type": "Person", "name": ["", "Ana Lima"]}, body=[
        {"type": "TextualBody", "purpose": "oa:tagging", "value": " compute "},
        {"type": "TextualBody", "purpose": ["tagging"], "value": "compute"},
        {"type": "TextualBody", "value": "second"},
        {"type": "TextualBody", "value": ""},
        "https://example.org/linked-body",
        {"type": "TextualBody", "purpose": "tagging", "value": "  "},
    ]))
    assert item.tags == ("compute",) and item.note == "first\n\nsecond" and item.author == "Ana Lima"
    assert _one(_anno(creator="acct:bob@hypothes.is")).author == "bob@hypothes.is"
    assert _one(_anno(creator=[{"nickname": "kim"}])).author == "kim"
    assert _one(_anno(creator={"id": "https://x.org/u/1"})).author == "https://x.org/u/1"
    assert _one(_anno(creator=7)).author == ""


def test_reading_times_in_any_offset_as_utc_to_the_millisecond():
    """Times with an offset become UTC; a time without one is taken as UTC; micro-seconds
    are cut to the milliseconds a sidecar keeps; a missing `modified` is the creation time."""
    item = _one(_anno(created="2024-05-06T09:08:09.123456+02:00"))
    assert item.created == datetime(2024, 5, 6, 7, 8, 9, 123000, tzinfo=timezone.utc) == item.modified
    item = _one(_anno(created="2024-05-06T07:08:09", modified="2024-05-07T00:00:00Z"))
    assert item.created == datetime(2024, 5, 6, 7, 8, 9, tzinfo=timezone.utc)
    assert item.modified == datetime(2024, 5, 7, tzinfo=timezone.utc)
    assert _one(_anno(modified="2024-05-07T00:00:00Z")).created == datetime(2024, 5, 7, tzinfo=timezone.utc)
    assert _one(_anno(created="yesterday", modified=5)).created.tzinfo == timezone.utc


def test_reading_selectors_canonical_and_checked():
    """Quote parts are made canonical; a position must be two integers in order; the first of each kind counts."""
    item = _one(_anno(target={"source": {"id": "alpha.txt"}, "selector": [
        {"type": "oa:TextQuoteSelector", "exact": "Cafe\u0301\r\n", "prefix": 3, "suffix": "x\r"},
        {"type": "TextQuoteSelector", "exact": "second quote"},
        {"type": "TextPositionSelector", "start": 5, "end": 2},
        {"type": "TextPositionSelector", "start": 1, "end": 4},
        "not a selector",
    ]}))
    assert item.quote == TextQuote("Café\n", "", "x\n") and item.position == TextPosition(1, 4)
    assert item.sources == ("alpha.txt",)
    _items, rejected = _read(_anno(target={"source": " alpha.txt ", "selector": {
        "type": "TextPositionSelector", "start": True, "end": 3}}))
    assert rejected[0].reason == ("no usable TextQuoteSelector or TextPositionSelector "
                                  "(start and end are not whole numbers with start <= end)")


def test_reading_each_target_of_an_annotation_as_a_claim_of_its_own():
    """The first target keeps the annotation's id; others get ids derived from it."""
    items, rejected = _read(_anno(target=[
        {"source": "alpha.txt", "selector": {"type": "TextQuoteSelector", "exact": "lazy dog"}},
        {"source": "beta.txt", "selector": {"type": "TextQuoteSelector", "exact": "clocks"}},
        "https://example.org/whole-page",
    ]))
    assert [i.id for i in items][0] == "11111111-1111-4111-8111-111111111111"
    assert len({i.id for i in items}) == 2 and [i.where for i in items] == ["(root).target[0]", "(root).target[1]"]
    assert [r.where for r in rejected] == ["(root).target[2]"]


def test_reading_an_annotation_without_id_gives_it_one_from_its_content():
    """No id: the same record always gets the same id, another record another."""
    record = {k: v for k, v in _anno().items() if k != "id"}
    assert _one(record).id == _one(dict(record)).id != _one({**record, "bodyValue": "x"}).id


def test_reading_collections_pages_and_what_is_not_annotations():
    """A collection's embedded pages, followed by `next`; a page given only by link is refused."""
    page2 = {"type": "AnnotationPage", "items": [_anno(id="urn:uuid:2")]}
    page1 = {"type": "AnnotationPage", "items": [_anno(id="urn:uuid:1"), 5], "next": page2}
    items, rejected = _read({"type": "AnnotationCollection", "first": page1})
    assert [i.where for i in items] == ["first.items[0]", "first.next.items[0]"]
    assert [(r.where, r.reason) for r in rejected] == [("first.items[1]", "not a JSON object")]
    with pytest.raises(ImportFileError, match="not embedded") as info:
        _read({"type": "AnnotationCollection", "first": "https://x.org/page1"}, "c.jsonld")
    assert info.value.path == Path("c.jsonld")
    assert _read({"type": "AnnotationCollection"}) == ([], [])
    assert _read([]) == ([], [])
    items, rejected = _read([_anno(), {"type": "Other"}])
    assert len(items) == 1 and rejected[0].reason.startswith("not an Annotation")
    assert _read(_anno(target=[]))[1][0].reason == "no target"


# -- placing and mapping ----------------------------------------------------------------
def test_map_tags_finds_topics_by_name_or_id_and_adds_the_rest(corpus):
    """A tag names a topic in any case, or gives its id; others become new topics, once."""
    ids, codebook, added = map_tags(corpus.codebook, ("PRIVACY", "compute", "Ethik", "ethik", "privacy"))
    assert ids == ("privacy", "compute", "ethik") and added == ["Ethik"]
    assert codebook.get("ethik").name == "Ethik"


def _incoming(quote: TextQuote | None, position: TextPosition | None, sources=("alpha.txt",)) -> Incoming:
    moment = datetime(2024, 1, 1, tzinfo=timezone.utc)
    return Incoming("x", "where", sources, quote, position, (), "", "", moment, moment)


def test_place_puts_a_record_where_the_text_has_it():
    """A verbatim quote at its position keeps its context as written; a quote without
    context goes to its only copy, and among several to the one nearest its position,
    with that place's context; a position alone takes the text there; a quote found
    nowhere is kept as an orphan; a position beyond the text, alone, is refused."""
    at = ALPHA.index("lazy dog")
    kept = quote_at(ALPHA, TextPosition(at, at + 8))  # the context a quote carries: 32 code points a side
    assert place(ALPHA, _incoming(kept, TextPosition(at, at + 8))) == (TextPosition(at, at + 8), kept, False)
    text = "a cat, a dog, a cat again, a dog again"
    once = text.index("dog again")
    position, quote, orphaned = place(text, _incoming(TextQuote("dog again", "", ""), TextPosition(0, 9)))
    assert position == TextPosition(once, once + 9) and not orphaned and quote.exact == "dog again"
    second = text.index("cat again")
    position, quote, orphaned = place(text, _incoming(TextQuote("cat", "", ""), TextPosition(second - 2, second + 1)))
    nearest = TextPosition(second, second + 3)
    assert (position, quote, orphaned) == (nearest, quote_at(text, nearest), False)
    position, quote, orphaned = place(ALPHA, _incoming(None, TextPosition(4, 9)))
    assert (position, quote.exact, orphaned) == (TextPosition(4, 9), "quick", False)
    gone = TextQuote("not in the text at all", "", "")
    assert place(ALPHA, _incoming(gone, TextPosition(2, 5))) == (TextPosition(2, 5), gone, True)
    assert place(ALPHA, _incoming(gone, None)) == (TextPosition(0, 0), gone, True)
    assert place(ALPHA, _incoming(None, TextPosition(0, len(ALPHA) + 1))) is None
    moved = place(ALPHA, _incoming(kept, TextPosition(0, 8)))
    assert moved == (TextPosition(at, at + 8), kept, False)


# -- importing ----------------------------------------------------------------------------
def test_an_import_reports_what_it_did_claim_by_claim(corpus, tmp_path):
    """Imported, orphaned, skipped with reasons, unmatched, new topics and files written."""
    node = {"type": "AnnotationPage", "items": [
        _anno(id="urn:uuid:1", body=[{"purpose": "tagging", "value": "Ethik", "type": "TextualBody"}]),
        _anno(id="urn:uuid:2", target={"source": "alpha.txt", "selector": {
            "type": "TextQuoteSelector", "exact": "words no article has"}}),
        _anno(id="urn:uuid:3", target={"source": "alpha.txt", "selector": {
            "type": "TextPositionSelector", "start": 0, "end": 999}}),
        _anno(id="urn:uuid:4", target={"source": "https://example.org/unknown", "selector": {
            "type": "TextQuoteSelector", "exact": "zebra"}}),
        _anno(id="urn:uuid:1"),
    ]}
    progress = []
    report = import_w3c(corpus, _write(tmp_path, node), progress=lambda *a: progress.append(a))
    assert report.imported == ["1", "2"] and report.orphaned == ["2"] and report.new_topics == ["Ethik"]
    assert [(s.where, s.fault) for s in report.skipped] == [("items[4]", True), ("items[2]", True)]
    assert "beyond the text" in report.skipped[1].reason and "occurs earlier" in report.skipped[0].reason
    assert [w for w, _why in report.unmatched] == ["items[3]"]
    assert report.written == [sidecar_path(corpus.root / "alpha.txt")]
    assert progress[0] == (0, 1, "alpha.txt") and progress[-1] == (1, 1, "")
    assert Corpus(corpus.root).codebook.get("ethik") is not None


def test_a_reimport_goes_to_the_article_that_holds_the_id(corpus, tmp_path):
    """A claim already in an article is updated there even if its source now names another."""
    import_w3c(corpus, _write(tmp_path, _anno(modified="2024-01-01T00:00:00Z")))
    moved = _anno(modified="2025-01-01T00:00:00Z", bodyValue="newer",
                  target={"source": "beta.txt", "selector": {"type": "TextQuoteSelector", "exact": "lazy dog"}})
    report = import_w3c(Corpus(corpus.root), _write(tmp_path, moved))
    assert report.updated == ["11111111-1111-4111-8111-111111111111"]
    assert [c.note for c in _claims(corpus, "alpha.txt")] == ["newer"] and _claims(corpus, "beta.txt") == []


def test_an_import_skips_articles_it_must_not_write(corpus, tmp_path):
    """Into an article whose sidecar cannot be read nothing is written; the records say why."""
    sidecar_path(corpus.root / "alpha.txt").write_text("{ broken", encoding="utf-8")
    report = import_w3c(Corpus(corpus.root), _write(tmp_path, _anno()))
    assert report.imported == [] and "not to be written" in report.skipped[0].reason
    assert sidecar_path(corpus.root / "alpha.txt").read_text(encoding="utf-8") == "{ broken"


def test_an_import_of_a_missing_or_irregular_file_is_refused_naming_it(corpus, tmp_path):
    """No file, or a folder in its place: ImportFileError naming it."""
    with pytest.raises(ImportFileError, match="No such file") as info:
        import_w3c(corpus, tmp_path / "missing.jsonld")
    assert info.value.path == tmp_path / "missing.jsonld"
    with pytest.raises(ImportFileError, match="not a regular file"):
        import_w3c(corpus, tmp_path)


def test_the_article_index_finds_articles_by_hash_name_and_quote(corpus):
    """An article IRI finds the text by hash; a name by its longest tail; a quote by where it is best placed."""
    from marginalia.core.export.ids import article_iri

    index = ArticleIndex(corpus)
    alpha = index.by_path[corpus.root / "alpha.txt"]
    assert index.by_source(article_iri(alpha.sha256)) == [alpha]
    assert index.by_source("file:///C:/elsewhere/alpha.txt") == [alpha]
    assert index.by_source("C:\\elsewhere\\alpha.txt") == [alpha]
    assert index.by_source("https://example.org/") == [] and index.by_source("gamma.txt") == []
    match = index.match(_incoming(TextQuote("bright cold day", "", ""), None, sources=()))
    assert match.article == alpha and match.how == "quote"
    assert index.match(_incoming(None, TextPosition(0, 3))).how == "source"
    lost = index.match(_incoming(None, TextPosition(0, 3), sources=()))
    assert lost.article is None and "only a position" in lost.how


def test_reading_ids_sources_and_selectors_in_every_spelling():
    """`@id` as well as `id`, a source given as an object, a blank id or source ignored;
    a position from the start of the text or of no length is a position."""
    item = _one({"@type": "oa:Annotation", "@id": "urn:uuid:22222222-2222-4222-8222-222222222222",
                 "target": {"source": {"@id": "beta.txt"}, "selector": [
                     "not a selector", {"type": "TextPositionSelector", "start": 0, "end": 0}]}})
    assert item.id == "22222222-2222-4222-8222-222222222222" and item.sources == ("beta.txt",)
    assert item.position == TextPosition(0, 0) and item.quote is None
    blank = _one(_anno(id="  ", target={"source": ["", {"id": " alpha.txt "}], "selector": [
        {"type": "TextPositionSelector", "start": 3, "end": 3}]}))
    assert blank.id != "  " and blank.sources == ("alpha.txt",) and blank.position == TextPosition(3, 3)
    assert _one(_anno(creator={"@id": "https://x.org/people/7"})).author == "https://x.org/people/7"
    later = _one(_anno(body=["https://x.org/linked", {"type": "TextualBody", "value": "kept"},
                             {"type": "TextualBody", "purpose": "x:oa:tagging", "value": "t"}]))
    assert later.note == "kept" and later.tags == ("t",)
    rejected = _read(_anno(target={"source": "alpha.txt", "selector": [
        {"type": "TextPositionSelector", "start": 4, "end": 2},
        {"type": "TextPositionSelector", "start": -1, "end": 2},
        {"type": "TextPositionSelector", "start": 1.0, "end": 2},
        {"type": "TextQuoteSelector", "exact": 5}]}))[1]
    assert [(r.where, r.reason) for r in rejected] == [(
        "(root)", "no usable TextQuoteSelector or TextPositionSelector (a TextQuoteSelector whose exact is not "
                  "text; start and end are not whole numbers with start <= end)")]


def test_reading_names_where_each_refused_target_is():
    """One target is named by its annotation's place; several by theirs, whole resources said so."""
    items, rejected = _read([_anno(target="https://example.org/page"),
                             _anno(target=[{"source": "alpha.txt"}, "https://example.org/page"])])
    assert items == []
    assert [(r.where, r.reason) for r in rejected] == [
        ("[0]", "the target is a whole resource, without a text selector"),
        ("[1].target[0]", "no usable TextQuoteSelector or TextPositionSelector"),
        ("[1].target[1]", "the target is a whole resource, without a text selector")]


def test_an_import_file_error_carries_where_and_which_byte(tmp_path):
    """A fault at a place in the import file is an ImportFileError with the JSON path and byte."""
    with pytest.raises(ImportFileError) as info:
        read_w3c(b'{"type": "Annotation", "target": [1, }', tmp_path / "bad.jsonld")
    assert (info.value.field, info.value.offset, info.value.path) == ("target[1]", 37, tmp_path / "bad.jsonld")
    error = ImportFileError(tmp_path / "x", ErrorCode.NOT_WEB_ANNOTATIONS)
    assert (error.field, error.offset, error.code) == ("", None, ErrorCode.NOT_WEB_ANNOTATIONS)
    assert str(error) == f"{tmp_path / 'x'}: not W3C Web Annotations (no Annotation, page or collection)"


def test_place_takes_the_copy_of_a_quote_without_context_at_or_nearest_its_position():
    """Without context, several copies: the record's position is the only evidence, so the
    copy at it keeps the quote as written (a round trip changes nothing), the nearest copy
    (the first of two as near) takes its own context, the first copy when there is no
    position, among overlapping copies the one at the position. One copy is placed; a
    position alone up to the very end."""
    aa = TextQuote("aa", "", "")
    text = "aa xx aa yy aa"
    for target in (0, 6, 12):
        assert place(text, _incoming(aa, TextPosition(target, target + 2))) == \
            (TextPosition(target, target + 2), aa, False), target
    for target, copy in ((5, 6), (13, 12), (3, 0), (9, 6)):
        assert place(text, _incoming(aa, TextPosition(target, target + 2))) == \
            (TextPosition(copy, copy + 2), quote_at(text, TextPosition(copy, copy + 2)), False), target
    assert place(text, _incoming(aa, None)) == (TextPosition(0, 2), TextQuote("aa", "", " xx aa yy aa"), False)
    assert place("xaaay", _incoming(aa, TextPosition(2, 4))) == (TextPosition(2, 4), aa, False)
    assert place("xaaay", _incoming(aa, TextPosition(0, 2))) == (TextPosition(1, 3), TextQuote("aa", "x", "ay"), False)
    assert place("xx aa yy", _incoming(aa, TextPosition(9, 11))) == \
        (TextPosition(3, 5), TextQuote("aa", "xx ", " yy"), False)
    assert place(text, _incoming(None, TextPosition(9, len(text))))[0] == TextPosition(9, len(text))


def test_place_uses_the_position_to_choose_among_copies_with_the_same_context():
    """A passage repeated word for word: the position says which copy the record is on."""
    text = "Intro.\n" + "The same paragraph, repeated in full.\n" * 3
    third = text.rindex("The same")
    quote = quote_at(text, TextPosition(third, third + 8))
    assert place(text, _incoming(quote, TextPosition(third, third + 8)))[0] == TextPosition(third, third + 8)


def test_the_article_index_ranks_quotes_and_says_why_it_found_nothing(tmp_path):
    """The article placing the quote best wins; unreadable articles are listed apart,
    the rest indexed with their manifest titles; unmatched records say why and from where."""
    root = tmp_path / "c"
    (root / "sub").mkdir(parents=True)
    (root / "aaa.txt").write_bytes(bytes(range(256)) * 40)
    (root / "alpha.txt").write_text(ALPHA + "Other words about clocks here.\n", encoding="utf-8")
    (root / "sub" / "alpha.txt").write_text(BETA, encoding="utf-8")
    (root / "manifest.json").write_text(json.dumps({"format": "marginalia-manifest", "version": 1, "articles": [
        {"file": "alpha.txt", "title": "The Alpha"}]}), encoding="utf-8")
    index = ArticleIndex(Corpus(root))
    assert [p.path.name for p in index.problems] == ["aaa.txt"]
    assert [a.title for a in index.articles] == ["The Alpha", "Người Việt nghiên cứu tiếng Việt."]
    beta = index.by_path[root / "sub" / "alpha.txt"]
    assert index.by_source("x/sub/alpha.txt") == [beta]
    at = BETA.index("clocks")
    quote = quote_at(BETA, TextPosition(at, at + 6))
    best = index.match(_incoming(quote, TextPosition(at, at + 6), sources=()))
    assert (best.article, best.how) == (beta, "quote")
    nowhere = index.match(_incoming(TextQuote("zebra", "", ""), None, sources=("https://x.org/a",)))
    assert nowhere.how == "quote not found in any article (https://x.org/a)"
    assert index.match(_incoming(TextQuote("zebra", "", ""), None, sources=())).how == \
        "quote not found in any article (no source)"
    both = index.match(_incoming(TextQuote("clocks", "", ""), None, sources=()))
    assert both.article is None and both.how == "quote found equally well in 2 articles"
    assert index.by_quote(_incoming(TextQuote("  ", "", ""), None)) == []
