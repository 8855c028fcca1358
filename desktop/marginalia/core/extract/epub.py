"""E-books (.epub): the chapters of the spine in order, and the Dublin Core metadata (zipfile and lxml)."""

from __future__ import annotations

import io
import posixpath
import zipfile
from pathlib import Path
from urllib.parse import unquote

from marginalia import __version__
from marginalia.core.error_codes import ErrorCode
from marginalia.core.errors import ArticleError
from marginalia.core.extract import Extracted, version_of
from marginalia.core.extract.text_blocks import join_blocks
from marginalia.core.metadata import ArticleMetadata, normalize_date

KIND = "epub"  # the document kind, a token the wording modules know

_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_OPF = "{http://www.idpf.org/2007/opf}"
_DC = "{http://purl.org/dc/elements/1.1/}"
# Elements after which the text breaks into a new block.
_BLOCKS = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "tr", "dd", "dt",
           "figcaption", "section", "article", "header", "footer", "aside", "table", "ul", "ol", "br", "hr"}
_SKIPPED = {"script", "style", "head", "title", "nav"}
# A chapter larger than this is not a chapter: refuse rather than exhaust memory (zip bombs).
_MAX_ENTRY = 64 * 1024 * 1024


def _read(archive: zipfile.ZipFile, name: str, path: Path) -> bytes:
    info = archive.getinfo(name)
    if info.file_size > _MAX_ENTRY:
        raise ArticleError(path, ErrorCode.MEMBER_TOO_LARGE, member=name, size=info.file_size)
    return archive.read(info)


def _xml(data: bytes):
    from lxml import etree

    return etree.fromstring(data, etree.XMLParser(resolve_entities=False, no_network=True, recover=True))


def _chapter_blocks(data: bytes) -> list[str]:
    from lxml import html

    root = html.fromstring(data)
    blocks: list[str] = []
    current: list[str] = []

    def walk(node) -> None:
        tag = node.tag.rsplit("}", 1)[-1].lower() if isinstance(node.tag, str) else ""
        if tag in _SKIPPED:
            if node.tail:
                current.append(node.tail)
            return
        if tag in _BLOCKS and current:
            blocks.append("".join(current))
            current.clear()
        if node.text and isinstance(node.tag, str):
            current.append(node.text)
        for child in node:
            walk(child)
        if tag in _BLOCKS and current:
            blocks.append("".join(current))
            current.clear()
        if node.tail:
            current.append(node.tail)

    walk(root)
    if current:
        blocks.append("".join(current))
    return blocks


def _first(package, name: str) -> str:
    for node in package.iter(_DC + name):
        if node.text and node.text.strip():
            return node.text.strip()
    return ""


def extractor() -> str:
    # The reading is Marginalia's own, over lxml's parser: both versions name it.
    return f"marginalia-epub {__version__}, {version_of('lxml')}"


def extract(path: Path, data: bytes) -> Extracted:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        container = _xml(_read(archive, "META-INF/container.xml", path))
        rootfile = next(container.iter(_CONTAINER + "rootfile"), None)
        if rootfile is None or not rootfile.get("full-path"):
            raise ArticleError(path, ErrorCode.NO_PACKAGE_DOCUMENT)
        opf_name = rootfile.get("full-path")
        package = _xml(_read(archive, opf_name, path))
        base = posixpath.dirname(opf_name)
        manifest = {item.get("id"): item for item in package.iter(_OPF + "item")}
        blocks: list[str] = []
        for ref in package.iter(_OPF + "itemref"):
            item = manifest.get(ref.get("idref"))
            if item is None or "html" not in (item.get("media-type") or ""):
                continue
            name = posixpath.normpath(posixpath.join(base, unquote(item.get("href") or "")))
            if name in archive.namelist():
                blocks.extend(_chapter_blocks(_read(archive, name, path)))
    source = _first(package, "source") or _first(package, "identifier")
    metadata = ArticleMetadata(
        title=_first(package, "title"),
        outlet=_first(package, "publisher"),
        author=", ".join(n.text.strip() for n in package.iter(_DC + "creator") if n.text and n.text.strip()),
        published=normalize_date(_first(package, "date")),
        url=source if source.startswith(("http://", "https://")) else "",
    )
    text = join_blocks(blocks)
    if not text.strip():
        raise ArticleError(path, ErrorCode.NO_TEXT, kind=KIND)
    return Extracted(text, metadata, extractor())
