"""Round trips through every export format on a real annotated corpus in tmp_path."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
from datetime import datetime, timezone
from html.parser import HTMLParser
from pathlib import Path

import pytest

from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.export import FORMATS, collect, render, write_export
from marginalia.core.export.csv_table import FORMULA_TRIGGERS, restore
from marginalia.core.export.ids import sha256_from_iri
from marginalia.core.export.qdpx import selection_guid
from marginalia.core.importer import import_w3c
from marginalia.core.selectors import TextPosition
from marginalia.core.storage.codebook_file import CODEBOOK_FILE_NAME

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO / ".." / "shared"
VALIDATOR = SHARED / "tools" / "validate_w3c.py"
REFI = SHARED / "standards" / "refi-qda"
EXPORTED = datetime(2026, 3, 4, 5, 6, 7, tzinfo=timezone.utc)
SCRIPT_NOTE = "<script>alert(1)</script>"
FORMULA_NOTE = '=HYPERLINK("http://x","y")'
SPECIAL_NAME = "zz-special.txt"
# Emoji (one astral code point, and a ZWJ sequence of several), Vietnamese in
# NFD (the file) that the corpus reads as NFC, CRLF line ends, and lines that a
# spreadsheet would take for formulas.
SPECIAL_TEXT = ("Tin nóng 😀 hôm nay\r\n"
                "Người Việt 👩‍🔬 nghiên cứu tiếng Việt\r\n"
                "-5 độ và =SUM(A1) là công thức\r\n"
                "@mention +1 hết.\r\n")


def _copy_seeds(folder: Path) -> Path:
    folder.mkdir()
    for source in sorted((REPO / "seeds").iterdir()):
        if source.suffix in (".txt", ".json"):
            shutil.copy(source, folder / source.name)
    (folder / SPECIAL_NAME).write_bytes(unicodedata.normalize("NFD", SPECIAL_TEXT).encode("utf-8"))
    return folder


def _span(text: str, phrase: str, length: int | None = None) -> TextPosition:
    start = text.index(phrase)
    return TextPosition(start, start + (len(phrase) if length is None else length))


def _annotate(corpus: Corpus) -> None:
    """Claims through the core, as the window makes them."""
    corpus.save_codebook(corpus.codebook.add("Économie"))
    for path in corpus.article_paths():
        document = corpus.open(path)
        text = document.text
        spans = [(TextPosition(0, 40), ("compute",), SCRIPT_NOTE, "Ann"),
                 (TextPosition(25, 90), ("privacy", "economie"), FORMULA_NOTE, "Bob"),
                 (TextPosition(100, 130), (), "", ""),
                 (TextPosition(60, 70), ("competition",), "línea 1\nlínea 2", "Ann")]
        if path.name == SPECIAL_NAME:
            spans = [(_span(text, "😀 hôm"), ("compute",), SCRIPT_NOTE, "Ann"),
                     (_span(text, "Người Việt 👩‍🔬"), ("economie",), FORMULA_NOTE, "Bob"),
                     (_span(text, "👩‍🔬 nghiên"), ("privacy",), "", "Chi"),
                     (_span(text, "-5 độ"), ("competition",), "", ""),
                     (_span(text, "=SUM(A1)"), (), "@cmd", ""),
                     (_span(text, "hết.\n"), ("compute",), "", "")]
        for position, topics, note, author in spans:
            document.add(new_annotation(text, position, topics=topics, note=note, author=author))
        assert corpus.save(document)


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    folder = _copy_seeds(tmp_path / "corpus")
    _annotate(Corpus(folder))
    return Corpus(folder)


def _export(corpus: Corpus, fmt: str, tmp_path: Path) -> Path:
    path = tmp_path / f"export{FORMATS[fmt].suffix}"
    write_export(path, render(fmt, collect(corpus), exported=EXPORTED, name="corpus"))
    return path


def _texts(corpus: Corpus) -> dict[str, str]:
    return {corpus.relative_name(p): corpus.open(p).text for p in corpus.article_paths()}


def test_export_special_article_is_canonical(corpus):
    """The NFD, CRLF file is exported as NFC text with LF ends (the offsets' reference)."""
    text = _texts(corpus)[SPECIAL_NAME]
    assert text == unicodedata.normalize("NFC", SPECIAL_TEXT.replace("\r\n", "\n"))


def test_export_w3c_quotes_match_text_at_offsets(corpus, tmp_path):
    """Every W3C target's quote is the canonical text at its code-point offsets."""
    by_sha = {corpus.open(p).article.sha256: corpus.open(p).text for p in corpus.article_paths()}
    data = json.loads(_export(corpus, "w3c", tmp_path).read_text(encoding="utf-8"))
    items = data["first"]["items"]
    assert data["total"] == len(items) == 5 * 4 + 6
    for item in items:
        text = by_sha[sha256_from_iri(item["target"]["source"]["id"])]
        selectors = {s["type"]: s for s in item["target"]["selector"]}
        position, quote = selectors["TextPositionSelector"], selectors["TextQuoteSelector"]
        assert text[position["start"]:position["end"]] == quote["exact"]
        assert item["id"].startswith("urn:uuid:")


def test_export_csv_quotes_match_text_at_offsets(corpus, tmp_path):
    """Every CSV row's quote (read back) is the canonical text at its offsets."""
    texts = _texts(corpus)
    raw = _export(corpus, "csv", tmp_path).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
    assert len(rows) == 26
    for row in rows:
        quote = restore(row["quote"])
        assert texts[row["article"]][int(row["start"]):int(row["end"])] == quote
    assert b"\r\n" in raw and not raw.replace(b"\r\n", b"").count(b"\r")


def test_export_csv_cells_never_start_a_formula(corpus, tmp_path):
    """No CSV cell starts with =, +, -, @, tab or CR: each is neutralised by an apostrophe."""
    raw = _export(corpus, "csv", tmp_path).read_bytes().decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(raw, newline="")) for cell in row]
    assert not [c for c in cells if c.startswith(FORMULA_TRIGGERS)]
    assert "'" + FORMULA_NOTE in cells and "'-5 độ" in cells and "'@cmd" in cells


def test_export_qdpx_selections_match_sources(corpus, tmp_path):
    """Every REFI-QDA selection indexes its UTF-8 source file by code points."""
    archive = zipfile.ZipFile(_export(corpus, "qdpx", tmp_path))
    root = ET.fromstring(archive.read("project.qde"))
    ns = {"q": "urn:QDA-XML:project:1.0"}
    claims = {selection_guid(a.id): a for p in corpus.article_paths() for a in corpus.open(p).ordered()}
    seen = 0
    for source in root.iterfind("q:Sources/q:TextSource", ns):
        guid = source.get("guid")
        assert source.get("plainTextPath") == f"internal://{guid}.txt"
        text = archive.read(f"Sources/{guid}.txt").decode("utf-8")
        for selection in source.iterfind("q:PlainTextSelection", ns):
            start, end = int(selection.get("startPosition")), int(selection.get("endPosition"))
            assert text[start:end] == claims[selection.get("guid")].quote.exact
            seen += 1
    assert seen == len(claims) == 26


@pytest.mark.skipif(not VALIDATOR.is_file(), reason="the shared W3C validator is absent")
def test_export_w3c_passes_the_w3c_test_suite(corpus, tmp_path):
    """The collection, its page and every annotation pass every MUST of the W3C suite."""
    path = _export(corpus, "w3c", tmp_path)
    done = subprocess.run([sys.executable, str(VALIDATOR), str(path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "INVALID" not in done.stdout
    assert done.stdout.count("VALID - ") == 2 + 26
    assert "NOT checked" not in done.stderr  # the uri and date-time formats were checked


@pytest.mark.skipif(not REFI.is_dir(), reason="the shared REFI-QDA schemas are absent")
def test_export_refi_outputs_are_schema_valid(corpus, tmp_path):
    """project.qde validates against Project-1.5.xsd and the .qdc against Codebook-1.5.xsd."""
    xmlschema = pytest.importorskip("xmlschema")
    archive = zipfile.ZipFile(_export(corpus, "qdpx", tmp_path))
    xmlschema.XMLSchema(str(REFI / "Project-1.5.xsd")).validate(io.BytesIO(archive.read("project.qde")))
    qdc = _export(corpus, "qdc", tmp_path)
    xmlschema.XMLSchema(str(REFI / "Codebook-1.5.xsd")).validate(str(qdc))
    names = {c.get("name") for c in ET.parse(qdc).getroot().iter("{urn:QDA-XML:codebook:1.0}Code")}
    assert names == {"compute", "privacy", "competition", "Économie"}


def test_export_w3c_import_into_fresh_copy_gives_identical_sidecars(corpus, tmp_path):
    """Importing the W3C export into an unannotated copy rebuilds the same files, byte for byte."""
    exported = _export(corpus, "w3c", tmp_path)
    fresh = Corpus(_copy_seeds(tmp_path / "fresh"))
    report = import_w3c(fresh, exported)
    assert (len(report.imported), report.unmatched, report.skipped) == (26, [], [])
    assert report.new_topics == ["Économie"]
    sidecars = sorted(p.name for p in corpus.root.glob("*.annotations.json"))
    assert len(sidecars) == 6
    for name in sidecars + [CODEBOOK_FILE_NAME]:
        assert (fresh.root / name).read_bytes() == (corpus.root / name).read_bytes(), name


def test_export_w3c_import_twice_adds_nothing(corpus, tmp_path):
    """A second import of the same file finds every claim already there and writes nothing."""
    exported = _export(corpus, "w3c", tmp_path)
    fresh = Corpus(_copy_seeds(tmp_path / "fresh"))
    import_w3c(fresh, exported)
    before = {p.name: p.read_bytes() for p in fresh.root.glob("*.annotations.json")}
    again = import_w3c(Corpus(fresh.root), exported)
    assert (again.imported, again.updated, again.written) == ([], [], [])
    assert len(again.skipped) == 26 and not any(s.fault for s in again.skipped)
    assert {p.name: p.read_bytes() for p in fresh.root.glob("*.annotations.json")} == before


@pytest.mark.parametrize("fmt", list(FORMATS))
def test_export_is_deterministic(corpus, tmp_path, fmt):
    """The same claims give the same bytes; only the export timestamp can differ."""
    selection = collect(corpus)
    first = render(fmt, selection, exported=EXPORTED)
    assert render(fmt, collect(corpus), exported=EXPORTED) == first
    later = render(fmt, selection, exported=datetime(2027, 1, 1, tzinfo=timezone.utc))
    if fmt == "qdpx":  # zip entries carry the timestamp too: compare contents
        a, b = zipfile.ZipFile(io.BytesIO(first)), zipfile.ZipFile(io.BytesIO(later))
        first, later = b"".join(a.read(n) for n in a.namelist()), b"".join(b.read(n) for n in b.namelist())
    assert later.replace(b"2027-01-01T00:00:00.000Z", b"2026-03-04T05:06:07.000Z") == first


class _TextAndTags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.data: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.data.append(data)


def test_export_hostile_notes_stay_inert_text(corpus, tmp_path):
    """A script tag and a spreadsheet formula in notes come out as plain text in every format."""
    w3c = json.loads(_export(corpus, "w3c", tmp_path).read_bytes())
    values = {b["value"] for item in w3c["first"]["items"] for b in item.get("body", [])}
    assert {SCRIPT_NOTE, FORMULA_NOTE} <= values

    html = _export(corpus, "html", tmp_path).read_text(encoding="utf-8")
    parsed = _TextAndTags()
    parsed.feed(html)
    assert "script" not in parsed.tags and "<script" not in html.lower()
    assert SCRIPT_NOTE in parsed.data and FORMULA_NOTE in parsed.data

    markdown = _export(corpus, "markdown", tmp_path).read_text(encoding="utf-8")
    assert "<script>" not in markdown and r"\<script\>alert(1)\</script\>" in markdown
    assert "**Note:** \\=HYPERLINK" in markdown and "**Note:** =" not in markdown

    project = zipfile.ZipFile(_export(corpus, "qdpx", tmp_path)).read("project.qde")
    notes = {d.text for d in ET.fromstring(project).iter("{urn:QDA-XML:project:1.0}Description")}
    assert {SCRIPT_NOTE, FORMULA_NOTE} <= notes
    assert b"<script" not in project


def test_export_html_keeps_every_character_of_each_article(corpus, tmp_path):
    """Splitting the text at claim boundaries loses and duplicates nothing."""
    html = _export(corpus, "html", tmp_path).read_text(encoding="utf-8")
    texts = _texts(corpus)
    parser = _ArticleText()
    parser.feed(html)
    assert parser.texts == [texts[name] for name in sorted(texts, key=str.casefold)]
    assert 'class="claim overlap"' in html and 'lang="vi"' in html


class _ArticleText(HTMLParser):
    """Collects the text of each <div class="text">, leaving out reference numbers."""

    def __init__(self) -> None:
        super().__init__()
        self.texts: list[str] = []
        self.depth = 0  # inside div.text: nesting depth; 0 outside
        self.in_ref = 0

    def handle_starttag(self, tag, attrs):
        if tag == "div" and ("class", "text") in attrs:
            self.texts.append("")
            self.depth = 1
        elif self.depth:
            self.depth += 1
            self.in_ref += tag == "sup"

    def handle_endtag(self, tag):
        if self.depth:
            self.depth -= 1
            self.in_ref -= tag == "sup"

    def handle_data(self, data):
        if self.depth and not self.in_ref:
            self.texts[-1] += data
