"""Decoding article files into canonical text: UTF-8, no BOM, LF line ends, NFC."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from marginalia.core.error_codes import ErrorCode
from marginalia.core.errors import ArticleError, InputError, facts_beyond_place
from marginalia.core.files import read_regular_file

# Book-length articles are a few MB; anything far beyond is almost surely not an
# article (a database dump, a video renamed .txt) and would stall the reader.
MAX_ARTICLE_BYTES = 64 * 1024 * 1024

# Control characters that never occur in prose; a file with many is binary.
_BINARY_CONTROLS = bytes(sorted(set(range(0, 32)) - {9, 10, 12, 13}))


# A byte that is not UTF-8, as "surrogateescape" decodes it; any character beyond ASCII.
_ESCAPED = re.compile("[\udc80-\udcff]")
_NON_ASCII = re.compile("[^\x00-\x7f]")


@dataclass(frozen=True, slots=True)
class DecodedText:
    text: str
    encoding: str  # "utf-8", or what the charset detector found
    # The first byte that is not UTF-8 in a file that otherwise is: the text shows
    # U+FFFD there, and is not to be annotated against (see decode_bytes).
    damaged_at: int | None = None


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
        raise ArticleError(path, ErrorCode.FILE_TOO_LARGE, size=len(data), limit=MAX_ARTICLE_BYTES)
    if not data:
        return DecodedText("", "utf-8")
    if _is_utf16(data[:2]):
        try:
            return DecodedText(canonicalize(data.decode("utf-16")), "utf-16")
        except UnicodeDecodeError as exc:
            raise ArticleError(path, ErrorCode.NOT_UTF16, offset=exc.start) from exc
    if _looks_binary(data):
        raise ArticleError(path, ErrorCode.BINARY_DATA)
    try:
        return DecodedText(canonicalize(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as exc:
        first_bad = exc.start
    if _mostly_utf8(data):
        # A UTF-8 file with a few bad bytes (a damaged copy, a cut-off download) is
        # damaged UTF-8: read as a legacy code page, every non-ASCII letter would be
        # mojibake, and claims re-anchored to that text would be damaged in turn.
        return DecodedText(canonicalize(data.decode("utf-8", "replace")), "utf-8", first_bad)
    from charset_normalizer import from_bytes  # only paid for on non-UTF-8 files

    best = from_bytes(data).best()
    if best is None:
        raise ArticleError(path, ErrorCode.NO_ENCODING_FITS)
    return DecodedText(canonicalize(str(best)), best.encoding)


def _mostly_utf8(data: bytes) -> bool:
    """Whether the well-formed UTF-8 sequences of more than one byte outnumber the bytes
    that are not UTF-8. Text in a legacy code page almost never forms such sequences (a
    capital letter followed by just the right symbol), so it has none or a few among
    many bad bytes; UTF-8 with a damaged byte has many good ones around it."""
    text = data.decode("utf-8", "surrogateescape")
    bad = len(_ESCAPED.findall(text))
    return len(_NON_ASCII.findall(text)) - bad > bad


def read_article_bytes(path: Path) -> bytes:
    """The bytes of the article at `path`: a regular file only (a FIFO would block the
    reader for ever), refused by its size before a byte is read; ArticleError if not."""
    path = Path(path)
    try:
        data = read_regular_file(path, MAX_ARTICLE_BYTES)
    except InputError as exc:
        raise ArticleError(path, exc.code, offset=exc.offset, **facts_beyond_place(exc)) from exc
    if data is None:
        raise ArticleError(path, ErrorCode.NO_SUCH_FILE)
    return data


def read_article_text(path: Path) -> DecodedText:
    """Read and decode the article at `path`."""
    return decode_bytes(read_article_bytes(path), Path(path))
