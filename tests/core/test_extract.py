"""Articles saved as web pages, PDFs, Word documents and e-books: text, metadata, pages, failures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from marginalia.core.article import load_article
from marginalia.core.corpus import Corpus
from marginalia.core.errors import ArticleError
from marginalia.core.extract import NoTextLayerError, page_at
from support import REPO
from support import article_files as files


def _blocks(text: str) -> list[str]:
    return text.split("\n\n")


def test_extract_html_keeps_the_article_and_drops_the_page_around_it(tmp_path):
    """Navigation, ads, related links, comments and footer stay out; every paragraph is in, in order."""
    path = tmp_path / "page.html"
    paragraphs = files.write_news_page(path)
    article = load_article(path)
    blocks = _blocks(article.text)
    assert [b for b in blocks if b in paragraphs] == paragraphs
    for noise in files.BOILERPLATE + ["Portada", "Cinco aplicaciones", "window.ads"]:
        assert noise not in article.text, noise
    assert article.extractor.startswith("trafilatura ")


def test_extract_html_metadata_from_meta_tags_and_structured_data(tmp_path):
    """Title, outlet, author, date and address come from the page itself."""
    path = tmp_path / "page.html"
    files.write_news_page(path)
    meta = load_article(path).metadata
    assert (meta.title, meta.outlet, meta.author, meta.published, meta.url) == (
        files.TITLE, files.OUTLET, files.AUTHOR, files.PUBLISHED, files.URL)
    assert load_article(path).title == files.TITLE


def test_extract_pdf_keeps_paragraphs_and_page_starts(tmp_path):
    """A two-page PDF gives its paragraphs and where page 2 begins; offsets map to pages."""
    path = tmp_path / "paper.pdf"
    pages = files.write_pdf(path)
    article = load_article(path)
    assert _blocks(article.text) == [p for page in pages for p in page]
    second = article.text.index(pages[1][0])
    assert article.pages == (0, second)
    assert page_at(article.pages, 0) == 1 and page_at(article.pages, second - 1) == 1
    assert page_at(article.pages, second) == 2 and page_at(article.pages, len(article.text)) == 2
    assert (article.metadata.title, article.metadata.author, article.metadata.published) == (
        files.TITLE, files.AUTHOR, files.PUBLISHED)
    assert article.extractor.startswith("pypdfium2 ")


def test_extract_scanned_pdf_is_reported_never_empty(tmp_path):
    """A PDF of page pictures raises NoTextLayerError naming the file and its page count."""
    path = tmp_path / "scan.pdf"
    files.write_pdf(path, scanned=True)
    with pytest.raises(NoTextLayerError) as caught:
        load_article(path)
    assert caught.value.path == path and caught.value.pages == 2
    entry = Corpus(tmp_path).entry(path)
    assert isinstance(entry.error, NoTextLayerError)


def test_extract_docx_paragraphs_table_and_core_properties(tmp_path):
    """Heading, paragraphs and a table row in order; title, author, date and identifier URL."""
    path = tmp_path / "note.docx"
    expected = files.write_docx(path)
    article = load_article(path)
    assert _blocks(article.text) == expected
    meta = article.metadata
    assert (meta.title, meta.author, meta.published, meta.url) == (
        files.TITLE, files.AUTHOR, files.PUBLISHED, files.URL)


def test_extract_epub_reads_the_spine_not_the_navigation(tmp_path):
    """Chapters in spine order; the table of contents is not text; Dublin Core gives the metadata."""
    path = tmp_path / "book.epub"
    expected = files.write_epub(path)
    article = load_article(path)
    assert _blocks(article.text) == expected
    assert "Contents" not in article.text
    meta = article.metadata
    assert (meta.title, meta.outlet, meta.author, meta.published, meta.url) == (
        files.TITLE, files.OUTLET, files.AUTHOR, files.PUBLISHED, files.URL)


@pytest.mark.parametrize("name", ["broken.pdf", "broken.docx", "broken.epub"])
def test_extract_damaged_file_is_an_article_error_naming_it(tmp_path, name):
    """Bytes that are not the format raise ArticleError with the file, never anything else."""
    path = tmp_path / name
    path.write_bytes(b"PK\x03\x04 not really" + bytes(range(256)))
    with pytest.raises(ArticleError) as caught:
        load_article(path)
    assert caught.value.path == path


def test_extract_is_deterministic_and_kept_by_extractor_version(tmp_path):
    """The same bytes give the same text; a kept text from another extractor version is not used."""
    from marginalia.core.extract.cache import ExtractCache
    from marginalia.core.services import CoreServices, install

    path = tmp_path / "page.html"
    files.write_news_page(path)
    cache = ExtractCache(tmp_path / "kept")
    before = install(CoreServices(extracts=cache))
    try:
        first = load_article(path)
        cache.forget()
        again = _stale_then_loaded(cache, path)
    finally:
        install(before)
    assert (again.text, again.sha256) == (first.text, first.sha256)


def _stale_then_loaded(cache, path):
    kept = list(cache.folder.glob("*.json"))
    assert len(kept) == 1
    row = json.loads(kept[0].read_text(encoding="utf-8"))
    row["extractor"], row["text"] = "trafilatura 0.0.1", "stale text"
    kept[0].write_text(json.dumps(row), encoding="utf-8")
    return load_article(path)


def test_corpus_lists_every_format_with_metadata_columns(tmp_path):
    """A folder of .html, .pdf, .docx and .epub next to .txt lists them all with their outlet and date."""
    files.write_news_page(tmp_path / "a.html")
    files.write_pdf(tmp_path / "b.pdf")
    files.write_docx(tmp_path / "c.docx")
    files.write_epub(tmp_path / "d.epub")
    (tmp_path / "e.txt").write_text("Plain text.\n", encoding="utf-8")
    corpus = Corpus(tmp_path)
    assert [p.name for p in corpus.article_paths()] == ["a.html", "b.pdf", "c.docx", "d.epub", "e.txt"]
    entries = {e.name: e for e in corpus.entries()}
    assert entries["a.html"].metadata.outlet == files.OUTLET
    assert entries["d.epub"].metadata.published == files.PUBLISHED
    assert entries["e.txt"].metadata.outlet == ""


def test_listing_a_corpus_imports_no_extraction_library(tmp_path):
    """Listing and opening plain-text articles never loads trafilatura, pypdfium2, python-docx or lxml."""
    code = (
        "import sys\n"
        "from marginalia.core.corpus import Corpus\n"
        f"c = Corpus({str(REPO / 'seeds')!r})\n"
        "c.entries(); c.open(c.article_paths()[0])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('trafilatura', 'pypdfium2', 'docx', 'lxml', 'justext', 'htmldate')))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          env={"PYTHONPATH": str(REPO / "desktop"), "MARGINALIA_HOME": str(tmp_path)})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
