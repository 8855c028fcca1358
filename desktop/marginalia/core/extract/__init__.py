"""Articles saved as web pages, PDFs, Word files and e-books: their text, metadata and extractor."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from marginalia.core.error_codes import ErrorCode
from marginalia.core.errors import ArticleError
from marginalia.core.metadata import EMPTY, ArticleMetadata

# File name suffix → the module of this package that reads it (imported on first use:
# the window and the headless commands never pay for a library they do not need).
EXTRACTORS = {
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".pdf": "pdf",
    ".docx": "docx",
    ".epub": "epub",
}
SUFFIXES = tuple(EXTRACTORS)


class NoTextLayerError(ArticleError):
    """A PDF whose pages are pictures (a scan without OCR): it has no text to annotate."""

    def __init__(self, path: Path, pages: int) -> None:
        super().__init__(path, ErrorCode.NO_TEXT_LAYER, pages=pages)
        self.pages = pages


@dataclass(frozen=True, slots=True)
class Extracted:
    """An article's canonical text as an extractor read it from another format."""

    text: str  # canonical (see core.text.canonicalize): every offset counts code points in it
    metadata: ArticleMetadata = EMPTY
    extractor: str = ""  # the library and its version, e.g. "pypdfium2 4.30.0"
    # Where each page starts in `text` (PDF); empty when the format has no pages.
    pages: tuple[int, ...] = ()

    def page_at(self, offset: int) -> int | None:
        """The 1-based page holding `offset`, or None without pages."""
        return page_at(self.pages, offset)


def page_at(pages: tuple[int, ...], offset: int) -> int | None:
    """The 1-based page of `offset` given each page's start, or None without pages."""
    if not pages:
        return None
    from bisect import bisect_right

    return max(1, bisect_right(pages, offset))


def is_extracted(path: Path) -> bool:
    return Path(path).suffix.lower() in EXTRACTORS


def extract(path: Path, data: bytes, cache=None) -> Extracted:
    """Read the article `data` (the bytes of `path`) with the extractor for its suffix,
    or take the text it gave for the same bytes before (from `cache`, an ExtractCache, or
    the one the app was wired with). Raises ArticleError (or NoTextLayerError) naming
    `path` when it holds no text."""
    from marginalia.core.extract.cache import key_of

    if cache is None:
        from marginalia.core.services import services

        cache = services().extracts
    module = _module(EXTRACTORS[Path(path).suffix.lower()])
    extractor = module.extractor()
    key = key_of(data, module.__name__.rsplit(".", 1)[-1])
    found = cache.lookup(key, extractor)
    if found is not None:
        return found
    try:
        extracted = module.extract(Path(path), data)
    except ArticleError:
        raise
    except Exception as exc:  # a damaged file can fail anywhere inside a parser
        raise ArticleError(path, ErrorCode.UNREADABLE_DOCUMENT, kind=module.KIND,
                           detail=f"{type(exc).__name__}: {exc}") from exc
    cache.store(key, extracted)
    return extracted


def _module(kind: str):
    # Spelled out, not importlib: a freezer finds each extractor (and its library)
    # by reading these import statements.
    if kind == "html":
        from marginalia.core.extract import html as module
    elif kind == "pdf":
        from marginalia.core.extract import pdf as module
    elif kind == "docx":
        from marginalia.core.extract import docx as module
    else:
        from marginalia.core.extract import epub as module
    return module


def version_of(distribution: str) -> str:
    """"name version" of an installed distribution, for the record of who extracted a text."""
    from importlib.metadata import PackageNotFoundError, version

    try:
        return f"{distribution} {version(distribution)}"
    except PackageNotFoundError:
        return distribution
