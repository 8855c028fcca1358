"""Saved web pages: the article's main text without navigation, ads, related links or comments (trafilatura)."""

from __future__ import annotations

from pathlib import Path

from marginalia.core.error_codes import ErrorCode
from marginalia.core.errors import ArticleError
from marginalia.core.extract import Extracted, version_of
from marginalia.core.extract.text_blocks import join_blocks
from marginalia.core.metadata import ArticleMetadata, normalize_date

KIND = "html"  # the document kind, a token the wording modules know

# htmldate otherwise bounds dates by today, so the same page could give another
# date next year; a fixed bound keeps extraction a function of the file alone.
_DATE_CONFIG = {"original_date": True, "extensive_search": False, "max_date": "2099-12-31"}


def extractor() -> str:
    return version_of("trafilatura")


def extract(path: Path, data: bytes) -> Extracted:
    import trafilatura
    from trafilatura.utils import load_html

    tree = load_html(data)
    if tree is None:
        raise ArticleError(path, ErrorCode.NO_PAGE_CONTENT)
    # Main content only: comments are readers' words, not the outlet's, and
    # tables stay (a news article's figures are often one).
    body = trafilatura.extract(tree, include_comments=False, include_tables=True, favor_precision=True,
                               deduplicate=False, date_extraction_params=_DATE_CONFIG)
    found = trafilatura.extract_metadata(load_html(data), date_config=_DATE_CONFIG)
    metadata = ArticleMetadata(
        title=found.title or "",
        outlet=found.sitename or "",
        author=(found.author or "").replace("; ", ", "),
        published=normalize_date(found.date or ""),
        url=found.url or "",
    )
    text = join_blocks((body or "").split("\n"))
    if not text.strip():
        raise ArticleError(path, ErrorCode.NO_TEXT, kind=KIND)
    return Extracted(text, metadata, extractor())
