"""An article: its canonical text and what identifies it."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from marginalia.core.text import read_article_text

ARTICLE_SUFFIXES = (".txt", ".md")
_TITLE_LIMIT = 200


@dataclass(frozen=True, slots=True)
class Article:
    path: Path
    text: str  # canonical text: every offset counts code points in this string
    encoding: str
    sha256: str
    title: str
    # The first byte that is not UTF-8 in a file that otherwise is (see core.text):
    # its claims are then not to be saved against this text.
    damaged_at: int | None = None


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def title_of(text: str, path: Path) -> str:
    """The first non-empty line (Markdown heading marks removed), else the file name."""
    for line in text.split("\n", 50)[:50]:
        line = line.strip().lstrip("#").strip()
        if line:
            return line if len(line) <= _TITLE_LIMIT else line[:_TITLE_LIMIT - 1] + "…"
    return Path(path).name


def load_article(path: Path, title: str | None = None) -> Article:
    """Read the article at `path`; `title` overrides the first-line rule (e.g. from a manifest)."""
    decoded = read_article_text(path)
    return Article(
        path=Path(path),
        text=decoded.text,
        encoding=decoded.encoding,
        sha256=text_sha256(decoded.text),
        title=title or title_of(decoded.text, path),
        damaged_at=decoded.damaged_at,
    )
