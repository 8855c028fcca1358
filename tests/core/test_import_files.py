"""import_file: Hypothesis exports, codebook CSV, articles, refinedBy, and files that cannot be imported."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from pathlib import Path

import pytest

from marginalia.core.annotation import utc_now
from marginalia.core.corpus import Corpus, read_manifest
from marginalia.core.export import collect, render
from marginalia.core.importer import ImportFileError, UnsupportedFileError, import_file
from marginalia.core.metadata import ArticleMetadata, update_manifest
from marginalia.core.storage.documents import read_sidecar
from marginalia.core.storage.sidecar import sidecar_path
from support import article_files as files

ALPHA = "The quick brown fox jumps over the lazy dog.\nIt was a bright cold day in April, and the clocks struck.\n"
URL = "https://news.example/2024/05/fox"


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "alpha.txt").write_text(ALPHA, encoding="utf-8")
    (root / "beta.txt").write_text("Another story about a lazy dog.\n", encoding="utf-8")
    update_manifest(root, "alpha.txt", ArticleMetadata(title="Fox news", url=URL))
    return Corpus(root)


def _row(exact: str, *, ident="abc123", uri=URL, title="Fox news", references=None, selector=True,
         prefix="jumps over the ", suffix="."):
    """One annotation as Hypothesis's API returns it."""
    target = {"source": uri}
    if selector:
        target["selector"] = [
            {"type": "RangeSelector", "startContainer": "/div[1]/p[2]", "endContainer": "/div[1]/p[2]",
             "startOffset": 4, "endOffset": 12},
            {"type": "TextPositionSelector", "start": 400, "end": 400 + len(exact)},
            {"type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix}]
    row = {"id": ident, "created": "2024-05-06T07:08:09.123456+00:00", "updated": "2024-05-07T07:08:09+00:00",
           "user": "acct:alice@hypothes.is", "uri": uri, "text": "A *note*", "tags": ["compute", "dogs"],
           "group": "__world__", "permissions": {"read": ["group:__world__"]}, "target": [target],
           "document": {"title": [title], "link": [{"href": uri}]}, "links": {"html": "https://hyp.is/x"},
           "user_info": {"display_name": "Alice"}, "flagged": False, "hidden": False}
    if references:
        row["references"] = references
    return row


def _write(tmp_path: Path, content, name: str) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(content, ensure_ascii=False) if not isinstance(content, str) else content,
                    encoding="utf-8")
    return path


def _claims(corpus: Corpus, name: str):
    data = read_sidecar(sidecar_path(corpus.root / name))
    return [] if data is None else list(data.annotations)


def test_import_hypothesis_search_result_keeps_note_tags_author(corpus, tmp_path):
    """rows[] of an API search: text → note, tags → topics, user → author, uri → the article."""
    # "lazy dog" is in both articles and comes without context: only the address says which.
    result = {"total": 3, "rows": [_row("lazy dog", prefix="", suffix="", title=""),
                                   _row("", ident="r1", references=["abc123"], selector=False),
                                   _row("", ident="p1", selector=False)]}
    report = import_file(corpus, _write(tmp_path, result, "search.json"))
    [claim] = _claims(corpus, "alpha.txt")
    assert ALPHA[claim.start:claim.end] == "lazy dog"
    assert (claim.note, claim.topics, claim.author) == ("A *note*", ("compute", "dogs"), "alice@hypothes.is")
    assert report.new_topics == ["dogs"]
    reasons = {s.where: s.reason for s in report.skipped}
    assert "reply" in reasons["rows[1]"] and "page note" in reasons["rows[2]"]
    dropped = {d.field for d in report.dropped}
    assert {"group", "permissions", "links", "user_info", "document.link", "selector[0]"} <= dropped
    assert "flagged" not in dropped  # false: nothing to keep


def test_import_hypothesis_single_annotation_matched_by_title(corpus, tmp_path):
    """One API annotation whose address is unknown here finds its article by the page title."""
    row = _row("lazy dog", uri="https://elsewhere.example/x", title="Fox news", prefix="", suffix="")
    import_file(corpus, _write(tmp_path, row, "one.json"))
    [claim] = _claims(corpus, "alpha.txt")
    assert claim.quote.exact == "lazy dog" and _claims(corpus, "beta.txt") == []


def test_import_hypothesis_same_annotation_again_updates_not_duplicates(corpus, tmp_path):
    """The API id gives the claim its id: importing the same export again adds nothing."""
    path = _write(tmp_path, {"total": 1, "rows": [_row("lazy dog")]}, "search.json")
    import_file(corpus, path)
    again = import_file(Corpus(corpus.root), path)
    assert again.imported == [] and [s.fault for s in again.skipped] == [False]


def test_import_w3c_follows_refined_by_selectors(corpus, tmp_path):
    """A quote inside a FragmentSelector's refinedBy is used; a position refining a position adds up."""
    annotation = {"@context": "http://www.w3.org/ns/anno.jsonld", "type": "Annotation", "id": "urn:x:1",
                  "motivation": "highlighting",
                  "target": {"source": "alpha.txt", "selector": {
                      "type": "FragmentSelector", "value": "para=2",
                      "refinedBy": {"type": "TextQuoteSelector", "exact": "bright cold day",
                                    "prefix": "It was a ", "suffix": " in April"}}}}
    nested = {"type": "Annotation", "id": "urn:x:2", "target": {"source": "alpha.txt", "selector": {
        "type": "TextPositionSelector", "start": 45, "end": 100,
        "refinedBy": {"type": "TextPositionSelector", "start": 3, "end": 6}}}}
    report = import_file(corpus, _write(tmp_path, [annotation, nested], "a.jsonld"))
    quotes = sorted(c.quote.exact for c in _claims(corpus, "alpha.txt"))
    assert quotes == ["bright cold day", ALPHA[48:51]] == ["bright cold day", "was"]
    assert {(d.field, d.reason.split(",")[0]) for d in report.dropped} >= {
        ("motivation", "a claim's kind follows from its note and topics"),
        ("selector[0]", "a FragmentSelector selects part of a page")}


def test_import_codebook_csv_in_taguette_shape_and_back(corpus, tmp_path):
    """tag,description(,color) rows become topics; descriptions are reported, not silently lost;
    the codebook exports in the same shape."""
    path = _write(tmp_path, "tag,description,number of highlights\r\nnube,Cloud computing,3\r\n"
                            "datos,,0\r\n,,\r\n", "codebook.csv")
    report = import_file(corpus, path)
    assert report.new_topics == ["nube", "datos"]
    assert {(d.where, d.field) for d in report.dropped} == {("row 1", "number of highlights"),
                                                            ("row 2", "description")}
    exported = render("codebook-csv", collect(Corpus(corpus.root)), exported=utc_now()).decode("utf-8")
    lines = exported.splitlines()
    assert lines[0] == "tag,description,color"
    colors = {line.split(",")[0]: line.split(",")[2] for line in lines[1:]}
    assert set(colors) == {"compute", "privacy", "competition", "nube", "datos"}
    fresh = tmp_path / "fresh"
    fresh.mkdir()
    (tmp_path / "again.csv").write_text(exported, encoding="utf-8")
    import_file(Corpus(fresh), tmp_path / "again.csv")
    assert {t.name: t.color for t in Corpus(fresh).codebook} == {t.name: t.color for t in Corpus(corpus.root).codebook}


def test_import_article_file_copies_it_with_its_metadata(corpus, tmp_path):
    """An article given to import is copied into the corpus, its metadata recorded in the manifest."""
    source = tmp_path / "story.html"
    files.write_news_page(source)
    report = import_file(corpus, source)
    assert report.articles_added == ["story.html"]
    entry = read_manifest(corpus.root)["story.html"]
    assert (entry["outlet"], entry["published"]) == (files.OUTLET, files.PUBLISHED)
    assert import_file(Corpus(corpus.root), source).articles_added == []  # already there


def test_import_scanned_pdf_is_refused_with_the_reason(corpus, tmp_path):
    """A PDF without a text layer is not copied in; the error names it and says why."""
    source = tmp_path / "scan.pdf"
    files.write_pdf(source, scanned=True)
    with pytest.raises(ImportFileError, match="no text layer"):
        import_file(corpus, source)
    assert not (corpus.root / "scan.pdf").exists()


def _xlsx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("xl/workbook.xml", "<workbook/>")
    return path


def _sqlite(path: Path) -> Path:
    sqlite3.connect(path).execute("create table code_text (id integer)").connection.commit()
    return path


@pytest.mark.parametrize("make, kind", [
    (lambda p: _xlsx(p / "data.xlsx"), "an Excel workbook"),
    (lambda p: _sqlite(p / "project.qda"), "a QualCoder project database"),
    (lambda p: (p / "pic.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64)) and p / "pic.png", "a PNG picture"),
    (lambda p: _write(p, {"format": "marginalia-sidecar", "version": 1}, "a.txt.annotations.json"),
     "a Marginalia annotation file"),
    (lambda p: _write(p, "article,title,language,start,end,quote\r\n", "export.csv"), "a Marginalia CSV export"),
    (lambda p: _write(p, "<?xml version='1.0'?><rss version='2.0'/>", "feed.xml"), "an XML document (<rss>)"),
    (lambda p: (p / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512)) and p / "old.doc",
     "a Microsoft Office 97–2003 file"),
    (lambda p: _write(p, {"hello": "world"}, "other.json"), "JSON that is neither W3C Web Annotations"),
    (lambda p: (p / "noise.json").write_bytes(bytes(range(128, 256)) * 4) and p / "noise.json",
     "binary data or text that is not UTF-8"),
])
def test_import_unsupported_file_says_what_it_looks_like(corpus, tmp_path, make, kind):
    """Never a decoding error: "this looks like …, which Marginalia cannot import"."""
    path = make(tmp_path)
    with pytest.raises(UnsupportedFileError) as caught:
        import_file(corpus, path)
    assert caught.value.path == path
    assert f"this looks like {kind}" in str(caught.value) and "which Marginalia cannot import" in str(caught.value)


def test_import_refuses_a_fifo_without_blocking(corpus, tmp_path):
    """A FIFO where a file should be is refused at once (a read would wait forever)."""
    import os

    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    with pytest.raises(ImportFileError, match="not a regular file"):
        import_file(corpus, fifo)


def test_add_articles_refuses_what_is_not_a_readable_article(corpus, tmp_path):
    """A FIFO named like a PDF, a spreadsheet and a scan are refused, each with its reason; nothing is written."""
    import os

    from marginalia.core.importer.articles import add_articles

    os.mkfifo(tmp_path / "pipe.pdf")
    (tmp_path / "sheet.xlsx").write_bytes(b"PK")
    files.write_pdf(tmp_path / "scan.pdf", scanned=True)
    before = {p.name: p.read_bytes() for p in corpus.root.iterdir()}
    report = add_articles(corpus, [tmp_path / "pipe.pdf", tmp_path / "sheet.xlsx", tmp_path / "scan.pdf"])
    reasons = {path.name: getattr(why, "reason", why) for path, why in report.refused}
    assert reasons["pipe.pdf"] == "not a regular file"
    assert "not an article format" in reasons["sheet.xlsx"] and "no text layer" in reasons["scan.pdf"]
    # (The manifest's owner keeps its lock file, hidden, beside it from the fixture's write.)
    assert report.added == [] and {p.name: p.read_bytes() for p in corpus.root.iterdir()} == before
