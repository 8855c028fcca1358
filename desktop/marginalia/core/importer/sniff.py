"""What a file is, from its first bytes (and its name only where bytes cannot tell)."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from marginalia.core.error_codes import ErrorCode
from marginalia.core.importer.reader import ImportFileError, load_import_json


class UnsupportedFileError(ImportFileError):
    """A file Marginalia recognises but cannot import; `kind` names what it looks like."""

    def __init__(self, path: Path, kind: str, hint: str = "") -> None:
        super().__init__(path, ErrorCode.UNSUPPORTED_IMPORT, kind=kind, hint=hint or None)
        self.kind = kind
        self.hint = hint


@dataclass(frozen=True, slots=True)
class Sniffed:
    """What a file holds: one of the FORMAT names below, or "unsupported" with its kind."""

    format: str
    kind: str  # in words, for the unsupported ("an Excel workbook")
    hint: str = ""


# What an import can read.
W3C, HYPOTHESIS, QDPX, QDE, QDC, CODEBOOK_CSV, MARGINALIA_CODEBOOK, ARTICLE = (
    "w3c", "hypothesis", "qdpx", "qde", "qdc", "codebook-csv", "marginalia-codebook", "article")
UNSUPPORTED = "unsupported"

_MAGIC = (
    (b"%PDF-", ARTICLE, "a PDF document"),
    (b"SQLite format 3\x00", UNSUPPORTED, "an SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", UNSUPPORTED, "a Microsoft Office 97–2003 file"),
    (b"{\\rtf", UNSUPPORTED, "a Rich Text (RTF) document"),
    (b"\x89PNG\r\n\x1a\n", UNSUPPORTED, "a PNG picture"),
    (b"\xff\xd8\xff", UNSUPPORTED, "a JPEG picture"),
    (b"GIF8", UNSUPPORTED, "a GIF picture"),
    (b"ID3", UNSUPPORTED, "an MP3 recording"),
    (b"\x1f\x8b", UNSUPPORTED, "a gzip archive"),
    (b"7z\xbc\xaf\x27\x1c", UNSUPPORTED, "a 7-Zip archive"),
    (b"Rar!", UNSUPPORTED, "a RAR archive"),
)
_SQLITE_HINTS = {
    ".qda": "a QualCoder project: export it from QualCoder as a REFI-QDA project (.qdpx)",
    ".sqlite3": "perhaps a Taguette project: export its codebook as CSV or its highlights as REFI-QDA",
}
_ZIP_KINDS = (
    ("word/document.xml", ARTICLE, "a Word document"),
    ("xl/workbook.xml", UNSUPPORTED, "an Excel workbook"),
    ("ppt/presentation.xml", UNSUPPORTED, "a PowerPoint presentation"),
    ("content.xml", UNSUPPORTED, "an OpenDocument file"),
)


def _zip(data: bytes, suffix: str) -> Sniffed:
    try:
        names = set(zipfile.ZipFile(io.BytesIO(data)).namelist())
    except zipfile.BadZipFile:
        return Sniffed(UNSUPPORTED, "a damaged ZIP archive")
    if "project.qde" in names:
        return Sniffed(QDPX, "a REFI-QDA project")
    if "META-INF/container.xml" in names:
        return Sniffed(ARTICLE, "an EPUB e-book")
    for member, verdict, kind in _ZIP_KINDS:
        if member in names:
            return Sniffed(verdict, kind)
    if any(name.endswith(".atlproj") or name.lower().endswith("project.xml") for name in names):
        return Sniffed(UNSUPPORTED, "an ATLAS.ti project bundle", "export it from ATLAS.ti as REFI-QDA (.qdpx)")
    if suffix == ".qdpx":
        return Sniffed(UNSUPPORTED, "a ZIP archive without project.qde", "not a REFI-QDA project")
    return Sniffed(UNSUPPORTED, "a ZIP archive")


def _xml_root(head: str) -> str:
    """The local name of the first element of an XML text, "" if none is in view."""
    at = 0
    while True:
        at = head.find("<", at)
        if at < 0 or at + 1 >= len(head):
            return ""
        if head[at + 1] not in "?!":
            name = head[at + 1:].split(None, 1)[0].split(">", 1)[0].rstrip("/")
            return name.rsplit(":", 1)[-1]
        at += 1


def _json(data: bytes, path: Path) -> Sniffed:
    from marginalia.core.importer.hypothesis import is_hypothesis

    try:
        document = load_import_json(data, path)
    except ImportFileError:
        return Sniffed(W3C, "JSON")  # the W3C reader words the fault (syntax, depth, bytes)
    if is_hypothesis(document):
        return Sniffed(HYPOTHESIS, "a Hypothesis export")
    if isinstance(document, dict):
        kind = document.get("format")
        if kind == "marginalia-codebook":
            return Sniffed(MARGINALIA_CODEBOOK, "a Marginalia codebook")
        if kind == "marginalia-sidecar":
            return Sniffed(UNSUPPORTED, "a Marginalia annotation file (sidecar)",
                           "it belongs beside its article: copy both into the corpus folder")
        if kind == "marginalia-manifest":
            return Sniffed(UNSUPPORTED, "a Marginalia corpus manifest")
    return Sniffed(W3C, "JSON")


def sniff(data: bytes, path: Path) -> Sniffed:
    """Decide what `data` (the bytes of `path`) is."""
    suffix = Path(path).suffix.lower()
    for magic, verdict, kind in _MAGIC:
        if data.startswith(magic):
            hint = _SQLITE_HINTS.get(suffix, "") if kind == "an SQLite database" else ""
            if suffix == ".qda":
                kind = "a QualCoder project database"
            return Sniffed(verdict, kind, hint)
    if data.startswith(b"PK\x03\x04") or data.startswith(b"PK\x05\x06"):
        return _zip(data, suffix)
    if data[:4] in (b"ftyp", ) or data[4:8] == b"ftyp":
        return Sniffed(UNSUPPORTED, "an MP4 video or recording")
    try:
        head = data[:4096].decode("utf-8-sig") if not data.startswith((b"\xff\xfe", b"\xfe\xff")) \
            else data[:4096].decode("utf-16", errors="ignore")
    except UnicodeDecodeError as exc:
        if exc.start < 4000:  # not merely a character cut at the end of the sample
            if suffix in (".txt", ".md"):
                return Sniffed(ARTICLE, "a text article")  # in a legacy encoding, which the reader detects
            return Sniffed(UNSUPPORTED, "binary data or text that is not UTF-8")
        head = data[:exc.start].decode("utf-8-sig")
    stripped = head.lstrip()
    if stripped.startswith(("{", "[")):
        return _json(data, path)
    lowered = stripped[:200].lower()
    if lowered.startswith(("<!doctype html", "<html")) or (suffix in (".html", ".htm", ".xhtml")
                                                           and stripped.startswith("<")):
        return Sniffed(ARTICLE, "a web page")
    if stripped.startswith("<"):
        root = _xml_root(stripped)
        if root == "Project":
            return Sniffed(QDE, "a REFI-QDA project document")
        if root == "CodeBook":
            return Sniffed(QDC, "a REFI-QDA codebook")
        if root.lower() == "html":
            return Sniffed(ARTICLE, "a web page")
        return Sniffed(UNSUPPORTED, f"an XML document (<{root}>)" if root else "an XML document")
    first_line = stripped.split("\n", 1)[0]
    if suffix == ".csv" or ("," in first_line and suffix not in (".txt", ".md")):
        from marginalia.core.importer.codebook_csv import codebook_columns
        import csv

        header = next(csv.reader([first_line]), [])
        if codebook_columns(header):
            return Sniffed(CODEBOOK_CSV, "a codebook CSV")
        if {"article", "start", "end", "quote"} <= {h.strip() for h in header}:
            return Sniffed(UNSUPPORTED, "a Marginalia CSV export",
                           "a table for reading; import the W3C or REFI-QDA export instead")
        return Sniffed(UNSUPPORTED, "a CSV table without a tag column")
    if suffix in (".txt", ".md"):
        return Sniffed(ARTICLE, "a text article")
    return Sniffed(UNSUPPORTED, "plain text", "to add it as an article, give it the .txt suffix")
