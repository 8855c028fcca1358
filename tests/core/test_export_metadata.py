"""Every export carries the article's metadata, and PDF claims their page."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
import zipfile
import xml.etree.ElementTree as ET
from datetime import datetime, timezone

import pytest

from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.export import collect, render
from marginalia.core.metadata import ArticleMetadata, update_manifest
from marginalia.core.selectors import TextPosition
from support import SHARED
from support import article_files as files

WHEN = datetime(2024, 6, 1, tzinfo=timezone.utc)
REFI = SHARED / "standards" / "refi-qda"
VALIDATOR = SHARED / "tools" / "validate_w3c.py"


@pytest.fixture
def corpus(tmp_path) -> Corpus:
    """A two-page PDF with a claim on each page, and a news page whose outlet the user corrected."""
    pages = files.write_pdf(tmp_path / "report.pdf")
    files.write_news_page(tmp_path / "news.html")
    update_manifest(tmp_path, "news.html", ArticleMetadata(outlet="El Diario (edición impresa)"))
    corpus = Corpus(tmp_path)
    for name, quotes in (("report.pdf", [pages[0][0][:20], pages[1][0][:20]]), ("news.html", ["Azure"])):
        document = corpus.open(tmp_path / name)
        for quote in quotes:
            start = document.text.index(quote)
            document.add(new_annotation(document.text, TextPosition(start, start + len(quote)),
                                        topics=("compute",), author="Ana"))
        corpus.save(document)
    return corpus


def test_export_csv_has_metadata_and_page_columns(corpus):
    """Outlet (the user's over the page's), byline, date, address; page 1 and 2 for the PDF, none for HTML."""
    rows = list(csv.DictReader(io.StringIO(render("csv", collect(corpus), exported=WHEN).decode("utf-8-sig"))))
    by_article = {}
    for row in rows:
        by_article.setdefault(row["article"], []).append(row)
    assert [r["page"] for r in by_article["report.pdf"]] == ["1", "2"]
    [news] = by_article["news.html"]
    assert (news["outlet"], news["article_author"], news["published"], news["url"], news["page"]) == (
        "El Diario (edición impresa)", files.AUTHOR, files.PUBLISHED, files.URL, "")
    assert news["author"] == "Ana"  # the claim's author stays its own column


def test_export_w3c_describes_the_source_and_the_pdf_page(corpus, tmp_path):
    """The target's source carries the metadata; a PDF claim adds its page as a FragmentSelector."""
    data = json.loads(render("w3c", collect(corpus), exported=WHEN))
    items = data["first"]["items"]
    [news] = [item["target"] for item in items if "schema:url" in item["target"]["source"]]
    assert news["source"]["schema:publisher"] == "El Diario (edición impresa)"
    assert (news["source"]["schema:url"], news["source"]["schema:headline"]) == (files.URL, files.TITLE)
    assert news["source"]["schema:datePublished"] == files.PUBLISHED
    pages = [s["value"] for item in items for s in item["target"]["selector"] if s["type"] == "FragmentSelector"]
    assert pages == ["page=1", "page=2"]
    if VALIDATOR.is_file():
        path = tmp_path / "x.jsonld"
        path.write_bytes(render("w3c", collect(corpus), exported=WHEN))
        done = subprocess.run([sys.executable, str(VALIDATOR), str(path)], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr


def test_export_qdpx_source_variables_hold_the_metadata(corpus):
    """Title, Outlet, Author, Published, URL as text variables of each source; schema-valid."""
    archive = zipfile.ZipFile(io.BytesIO(render("qdpx", collect(corpus), exported=WHEN, name="x")))
    project = archive.read("project.qde")
    root = ET.fromstring(project)
    ns = {"q": "urn:QDA-XML:project:1.0"}
    names = {v.get("guid"): v.get("name") for v in root.iterfind("q:Variables/q:Variable", ns)}
    news = next(s for s in root.iterfind("q:Sources/q:TextSource", ns) if s.get("name") == "news.html")
    values = {names[v.find("q:VariableRef", ns).get("targetGUID")]: v.find("q:TextValue", ns).text
              for v in news.iterfind("q:VariableValue", ns)}
    assert values["Outlet"] == "El Diario (edición impresa)" and values["Published"] == files.PUBLISHED
    assert values["URL"] == files.URL and values["Title"] == files.TITLE
    if REFI.is_dir():
        xmlschema = pytest.importorskip("xmlschema")
        xmlschema.XMLSchema(str(REFI / "Project-1.5.xsd")).validate(io.BytesIO(project))


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_export_reports_name_outlet_date_and_page(corpus, fmt):
    """Report headers carry outlet and date; PDF claims say their page."""
    text = render(fmt, collect(corpus), exported=WHEN).decode("utf-8")
    assert "El Diario (edición impresa)" in text and files.PUBLISHED in text
    assert "p. 1" in text and "p. 2" in text
