"""The sidecar of a web page, PDF, Word file or e-book says what extracted the text its claims count in."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.extract import html
from marginalia.core.selectors import TextPosition
from marginalia.core.storage.formats import sidecar_path
from marginalia.core.storage.sidecar import encode_sidecar
from marginalia.core.storage.sidecar_file import decode_sidecar, read_sidecar
from marginalia.core.storage.typed_sidecar import read_typed
from support import article_files as files


def _header(article: Path) -> dict:
    return json.loads(sidecar_path(article).read_text(encoding="utf-8"))["article"]


def _annotated(root: Path, name: str, word: str) -> Path:
    """`root/name` with one claim on `word`, saved."""
    corpus = Corpus(root)
    document = corpus.open(root / name)
    start = document.text.index(word)
    document.add(new_annotation(document.text, TextPosition(start, start + len(word)), note=word))
    assert corpus.save(document).wrote
    return root / name


def _extracted_otherwise(monkeypatch, version: str, before: str = "") -> None:
    """From now on web pages are read by another version of the extractor, which puts
    `before` ahead of the text the current one gives."""
    real = html.extract
    monkeypatch.setattr(html, "extractor", lambda: version)
    monkeypatch.setattr(html, "extract", lambda path, data: replace(real(path, data), text=before + real(path, data).text,
                                                                    extractor=version))


def test_sidecar_records_the_extractor_of_an_extracted_article(tmp_path):
    """A web page's sidecar names the extractor and its version, as both readers read it
    back; a plain text article's has no such member."""
    files.write_news_page(tmp_path / "page.html")
    (tmp_path / "plain.txt").write_text("Plain words to annotate here.\n", encoding="utf-8")
    page = _annotated(tmp_path, "page.html", files.PARAGRAPHS[1].split()[0])
    plain = _annotated(tmp_path, "plain.txt", "words")
    extractor = Corpus(tmp_path).open(page).article.extractor
    assert extractor.startswith("trafilatura ") and _header(page)["extractor"] == extractor
    assert "extractor" not in _header(plain)
    data = sidecar_path(page).read_bytes()
    assert read_sidecar(sidecar_path(page)).extractor == extractor == read_typed(data).extractor
    assert encode_sidecar(decode_sidecar(data, sidecar_path(page))) == data


def test_another_extraction_places_the_claims_anew_and_says_so(tmp_path, monkeypatch):
    """A new version of the extractor reads the page into another text: the claims are
    placed in it (moved, not lost), and the save records the new extractor and text."""
    files.write_news_page(tmp_path / "page.html")
    word = files.PARAGRAPHS[2].split()[1]
    page = _annotated(tmp_path, "page.html", word)
    before = _header(page)
    _extracted_otherwise(monkeypatch, "trafilatura 99.0", "A paragraph the new version finds.\n\n")
    corpus = Corpus(tmp_path)
    document = corpus.open(page)
    [claim] = document.ordered()
    assert document.text[claim.start:claim.end] == word and document.anchors.statuses[claim.id] == "moved"
    assert corpus.save(document).wrote
    after = _header(page)
    assert after["extractor"] == "trafilatura 99.0" != before["extractor"]
    assert after["sha256"] == document.article.sha256 != before["sha256"]


@pytest.mark.parametrize("recorded", [None, "trafilatura 0.1"])
def test_another_extractor_of_the_same_text_is_written_into_the_header(tmp_path, monkeypatch, recorded):
    """The same text from another extractor version (or a sidecar written before the
    extractor was recorded): the claims stay exact, and the next save says what read it."""
    files.write_news_page(tmp_path / "page.html")
    page = _annotated(tmp_path, "page.html", files.PARAGRAPHS[0].split()[0])
    side = json.loads(sidecar_path(page).read_text(encoding="utf-8"))
    side["article"].pop("extractor")
    if recorded is not None:
        side["article"]["extractor"] = recorded
    sidecar_path(page).write_text(json.dumps(side), encoding="utf-8")
    corpus = Corpus(tmp_path)
    document = corpus.open(page)
    assert set(document.anchors.statuses.values()) == {"exact"} and corpus.file_of(document).needs_saving(document)
    assert corpus.save(document).wrote and _header(page)["extractor"] == document.article.extractor
