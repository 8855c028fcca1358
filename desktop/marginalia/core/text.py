"""Decoding article files into canonical text: UTF-8, no BOM, LF line ends, NFC."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from marginalia.core.errors import ArticleError

# Book-length articles are a few MB; anything far beyond is almost surely not an
# article (a database dump, a video renamed .txt) and would stall the reader.
MAX_ARTICLE_BYTES = 64 * 1024 * 1024

# Control characters that never occur in prose; a file with many is binary.
_BINARY_CONTROLS = bytes(sorted(set(range(0, 32)) - {9, 10, 12, 13}))


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str  # "utf-8", or what the charset detector found


def canonicalize(text: str) -> str:
    """The text of record: BOM removed, CRLF/CR turned into LF, Unicode NFC."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def _looks_binary(data: bytes) -> bool:
    sample = data[:8192]
    if b"\x00" in sample and not _is_utf16(sample):
        return True
    controls = len(sample) - len(sample.translate(None, _BINARY_CONTROLS))  # counted in C
    return controls > max(8, len(sample) // 100)


def _is_utf16(sample: bytes) -> bool:
    return sample.startswith((b"\xff\xfe", b"\xfe\xff"))


def decode_bytes(data: bytes, path: Path) -> DecodedText:
    """Decode an article's bytes; raise ArticleError naming `path` if it is not text."""
    if len(data) > MAX_ARTICLE_BYTES:
        raise ArticleError(path, f"too large ({len(data):,} bytes; the limit is {MAX_ARTICLE_BYTES:,})")
    if not data:
        return DecodedText("", "utf-8")
    if _is_utf16(data[:2]):
        try:
            return DecodedText(canonicalize(data.decode("utf-16")), "utf-16")
        except UnicodeDecodeError as exc:
            raise ArticleError(path, f"not valid UTF-16 at byte {exc.start}") from exc
    if _looks_binary(data):
        raise ArticleError(path, "binary data, not text")
    try:
        return DecodedText(canonicalize(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes  # only paid for on non-UTF-8 files

    best = from_bytes(data).best()
    if best is None:
        raise ArticleError(path, "not UTF-8, and no other text encoding fits")
    return DecodedText(canonicalize(str(best)), best.encoding)


def read_article_bytes(path: Path) -> bytes:
    """The bytes of the article at `path`; ArticleError if unreadable or too large."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_ARTICLE_BYTES:
            raise ArticleError(path, f"too large ({size:,} bytes; the limit is {MAX_ARTICLE_BYTES:,})")
        return path.read_bytes()
    except OSError as exc:
        raise ArticleError(path, exc.strerror or str(exc)) from exc


def read_article_text(path: Path) -> DecodedText:
    """Read and decode the article at `path`."""
    return decode_bytes(read_article_bytes(path), Path(path))
