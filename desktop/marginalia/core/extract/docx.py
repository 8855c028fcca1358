"""Word documents (.docx): paragraphs and tables in reading order, and the core properties (python-docx)."""

from __future__ import annotations

import io
from pathlib import Path

from marginalia.core.extract import Extracted, version_of
from marginalia.core.extract.text_blocks import join_blocks
from marginalia.core.metadata import ArticleMetadata

KIND = "docx"  # the document kind, a token the wording modules know

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _blocks(body) -> list[str]:
    """Each paragraph, and each table row (cells joined by tabs), in document order."""
    blocks = []
    for child in body.iterchildren():
        if child.tag == _W + "p":
            blocks.append(_paragraph_text(child))
        elif child.tag == _W + "tbl":
            for row in child.iter(_W + "tr"):
                cells = [" ".join(_paragraph_text(p) for p in cell.iter(_W + "p")) for cell in row.iter(_W + "tc")]
                blocks.append("\t".join(cell for cell in cells if cell.strip()))
    return blocks


def _paragraph_text(paragraph) -> str:
    parts = []
    for node in paragraph.iter(_W + "t", _W + "tab", _W + "br", _W + "cr"):
        parts.append(node.text or "" if node.tag == _W + "t" else " ")
    return "".join(parts)


def extractor() -> str:
    return version_of("python-docx")


def extract(path: Path, data: bytes) -> Extracted:
    import docx

    document = docx.Document(io.BytesIO(data))
    props = document.core_properties
    identifier = (props.identifier or "").strip()
    metadata = ArticleMetadata(
        title=props.title or "",
        author=props.author or "",
        published=props.created.date().isoformat() if props.created else "",
        url=identifier if identifier.startswith(("http://", "https://")) else "",
    )
    return Extracted(join_blocks(_blocks(document.element.body)), metadata, extractor())
