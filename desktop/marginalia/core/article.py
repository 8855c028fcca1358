"""An article: its canonical text and what identifies it, read from plain text or through an extractor."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from marginalia.core.metadata import EMPTY, ArticleMetadata
from marginalia.core.text import read_article_text

TEXT_SUFFIXES = (".txt", ".md")
# Web pages, PDFs, Word documents and e-books are read through core.extract
# (the list is repeated here so listing a folder imports no extractor).
EXTRACTED_SUFFIXES = (".html", ".htm", ".xhtml", ".pdf", ".docx", ".epub")
ARTICLE_SUFFIXES = TEXT_SUFFIXES + EXTRACTED_SUFFIXES
_TITLE_LIMIT = 200


@dataclass(frozen=True, slots=True)
class Article:
    path: Path
    text: str  # canonical text: every offset counts code points in this string
    encoding: str
    sha256: str
    title: str
    # What read the text when it is not plain text: the library and its version
    # ("trafilatura 2.3.1"); another extraction is another text, re-anchored.
    extractor: str = ""
    metadata: ArticleMetadata = EMPTY  # as found in the file (the manifest's may override)
    pages: tuple[int, ...] = ()  # where each page starts in `text` (PDFs)
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
    """Read the article at `path`; `title` overrides the file's own title and the
    first-line rule (e.g. from a manifest)."""
    if Path(path).suffix.lower() in EXTRACTED_SUFFIXES:
        return _load_extracted(Path(path), title)
    decoded = read_article_text(path)
    return Article(
        path=Path(path),
        text=decoded.text,
        encoding=decoded.encoding,
        sha256=text_sha256(decoded.text),
        title=title or title_of(decoded.text, path),
        damaged_at=decoded.damaged_at,
    )


def _load_extracted(path: Path, title: str | None) -> Article:
    from marginalia.core.extract import extract
    from marginalia.core.text import read_article_bytes

    extracted = extract(path, read_article_bytes(path))
    return Article(
        path=path,
        text=extracted.text,
        encoding="utf-8",
        sha256=text_sha256(extracted.text),
        title=title or extracted.metadata.title or title_of(extracted.text, path),
        extractor=extracted.extractor,
        metadata=extracted.metadata,
        pages=extracted.pages,
    )
