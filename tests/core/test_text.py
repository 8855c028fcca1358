"""Canonical text: how article bytes become the text every offset counts in."""

import unicodedata

import pytest

from marginalia.core.errors import ArticleError
from marginalia.core.text import MAX_ARTICLE_BYTES, canonicalize, decode_bytes, read_article_text


def test_canonicalize_removes_bom_crlf_and_composes():
    """BOM dropped, CRLF and CR become LF, decomposed Vietnamese becomes NFC."""
    nfd = unicodedata.normalize("NFD", "Tiếng Việt")
    assert canonicalize("\ufeffa\r\nb\rc\n" + nfd) == "a\nb\nc\nTiếng Việt"


def test_decode_bytes_reads_utf8_with_bom(tmp_path):
    """A UTF-8 file with a BOM decodes as UTF-8 and loses the BOM."""
    decoded = decode_bytes("\ufeffDzień dobry".encode("utf-8"), tmp_path / "a.txt")
    assert (decoded.text, decoded.encoding) == ("Dzień dobry", "utf-8")


def test_decode_bytes_detects_legacy_encoding(tmp_path):
    """A Windows-1250 Polish text is decoded by the charset detector and the encoding named."""
    text = "Zażółć gęślą jaźń. Nieustannie rosnący apetyt AI na energię i moc obliczeniową. " * 5
    decoded = decode_bytes(text.encode("cp1250"), tmp_path / "pl.txt")
    assert decoded.text == text
    assert decoded.encoding.replace("_", "").lower() in {"cp1250", "windows1250", "iso88592"}


def test_decode_bytes_reads_utf16_with_bom(tmp_path):
    """UTF-16 files (as some Windows editors save them) open."""
    decoded = decode_bytes("Xin chào 👋".encode("utf-16"), tmp_path / "vi.txt")
    assert decoded.text == "Xin chào 👋"


def test_empty_file_is_an_empty_article(tmp_path):
    """An empty file opens as an empty article."""
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert read_article_text(path).text == ""


def test_binary_file_is_refused_with_its_name(tmp_path):
    """Binary data is refused with an error that names the file."""
    path = tmp_path / "photo.txt"
    path.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(ArticleError) as info:
        read_article_text(path)
    assert info.value.path == path and "binary" in info.value.reason


def test_huge_file_is_refused_without_reading_it(tmp_path):
    """A file beyond the size limit is refused by its size alone."""
    path = tmp_path / "dump.txt"
    with open(path, "wb") as handle:
        handle.truncate(MAX_ARTICLE_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(ArticleError) as info:
        read_article_text(path)
    assert "too large" in info.value.reason and "dump.txt" in str(info.value)
