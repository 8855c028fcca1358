"""PDFs with a text layer: the text page by page, with where each page starts (pypdfium2)."""

from __future__ import annotations

import re
from pathlib import Path

from marginalia.core.extract import Extracted, NoTextLayerError, version_of
from marginalia.core.extract.text_blocks import BLOCK_SEPARATOR, join_blocks
from marginalia.core.metadata import ArticleMetadata

KIND = "pdf"  # the document kind, a token the wording modules know

# A gap above a line taller than this many of its heights is a blank line.
PARAGRAPH_GAP = 0.9
# "D:20240506071809+02'00'" (PDF 1.7 §7.9.4) → its date part.
_PDF_DATE = re.compile(r"^D:(\d{4})(\d{2})?(\d{2})?")


def _date(value: str) -> str:
    match = _PDF_DATE.match(value.strip())
    if not match:
        return ""
    year, month, day = match.groups()
    return "-".join(part for part in (year, month, day) if part)


def _paragraphs(textpage) -> list[str]:
    """The page's text as paragraphs. PDFs place lines, not paragraphs: a line
    begins a new paragraph where the gap above it is taller than a line (the blank
    line between paragraphs); lines closer than that continue one."""
    lines: list[tuple[float, float, str]] = []  # (top, bottom, text), in reading order
    for index in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(index)
        text = textpage.get_text_bounded(left, bottom, right, top).strip()
        if not text:
            continue
        if lines and bottom < lines[-1][0] and top > lines[-1][1]:  # the same line, further right
            last_top, last_bottom, last_text = lines[-1]
            lines[-1] = (max(top, last_top), min(bottom, last_bottom), last_text + " " + text)
        else:
            lines.append((top, bottom, text))
    blocks: list[list[str]] = []
    previous = None
    for top, bottom, text in lines:
        height = top - bottom
        if previous is None or previous - top > PARAGRAPH_GAP * height or top > previous:
            blocks.append([])  # the first line, a blank line's gap, or a new column
        blocks[-1].append(text)
        previous = bottom
    return [" ".join(block) for block in blocks]


def extractor() -> str:
    return version_of("pypdfium2")


def extract(path: Path, data: bytes) -> Extracted:
    import pypdfium2

    document = pypdfium2.PdfDocument(data)
    try:
        pages: list[str] = []
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            try:
                pages.append(join_blocks(_paragraphs(textpage)))
            finally:
                textpage.close()
                page.close()
        info = document.get_metadata_dict(skip_empty=True)
    finally:
        document.close()
    if not any(page.strip() for page in pages):
        raise NoTextLayerError(path, len(pages))
    starts, parts, at = [], [], 0
    for page in pages:
        starts.append(at)
        parts.append(page)
        at += len(page) + len(BLOCK_SEPARATOR)
    metadata = ArticleMetadata(title=info.get("Title", ""), author=info.get("Author", ""),
                               published=_date(info.get("CreationDate", "")))
    return Extracted(BLOCK_SEPARATOR.join(parts), metadata, extractor(), tuple(starts))
