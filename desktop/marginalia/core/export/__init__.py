"""Exports: pure functions from an ExportSet to bytes, one module per format."""

from __future__ import annotations

from collections.abc import Callable
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from marginalia.core.error_codes import ErrorCode
from marginalia.core.article import ARTICLE_SUFFIXES
from marginalia.core.export.report_words import ENGLISH, ReportWords
from marginalia.core.export.selection import ExportedArticle, ExportError, ExportSet, collect, resolve_topics
from marginalia.core.storage.atomic import atomic_write
from marginalia.core.storage.formats import (
    BACKUP_SUFFIX, CLUSTERS_FILE_NAME, CODEBOOK_FILE_NAME, HISTORY_SUFFIX, MANIFEST_FILE_NAME, SIDECAR_SUFFIX,
)

_CORPUS_FILES = {n.casefold() for n in (CODEBOOK_FILE_NAME, CODEBOOK_FILE_NAME + BACKUP_SUFFIX, MANIFEST_FILE_NAME,
                                        CLUSTERS_FILE_NAME, CLUSTERS_FILE_NAME + BACKUP_SUFFIX)}
_KEPT_SUFFIXES = tuple(s.casefold() for s in (SIDECAR_SUFFIX, SIDECAR_SUFFIX + BACKUP_SUFFIX, HISTORY_SUFFIX))

__all__ = [
    "FORMATS", "ExportFormat", "ExportError", "ExportSet", "ExportedArticle", "ReportWords",
    "collect", "is_corpus_file", "render", "resolve_topics", "write_export",
]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    name: str
    suffix: str  # the usual file name extension, for save dialogs
    media_type: str
    # (export, exported timestamp, project name, report words) → bytes; formats ignore what they do not use
    render: Callable[[ExportSet, datetime, str, ReportWords], bytes]


# Each writer is imported when its format is first rendered: a command that lists
# the formats (or the window, at start-up) need not load XML, zip and HTML code.
def _w3c(export: ExportSet, exported: datetime, _name: str, _words: ReportWords) -> bytes:
    from marginalia.core.export.w3c import export_w3c

    return export_w3c(export, exported=exported)


def _csv(export: ExportSet, _exported: datetime, _name: str, _words: ReportWords) -> bytes:
    from marginalia.core.export.csv_table import export_csv

    return export_csv(export)


def _markdown(export: ExportSet, exported: datetime, _name: str, words: ReportWords) -> bytes:
    from marginalia.core.export.markdown_report import export_markdown

    return export_markdown(export, exported=exported, words=words)


def _html(export: ExportSet, exported: datetime, _name: str, words: ReportWords) -> bytes:
    from marginalia.core.export.html_report import export_html

    return export_html(export, exported=exported, words=words)


def _qdpx(export: ExportSet, exported: datetime, name: str, _words: ReportWords) -> bytes:
    from marginalia.core.export.qdpx import export_qdpx

    return export_qdpx(export, exported=exported, name=name)


def _qdc(export: ExportSet, _exported: datetime, _name: str, _words: ReportWords) -> bytes:
    from marginalia.core.export.qdc import export_qdc

    return export_qdc(export)


def _codebook_csv(export: ExportSet, _exported: datetime, _name: str, _words: ReportWords) -> bytes:
    from marginalia.core.export.codebook_csv import export_codebook_csv

    return export_codebook_csv(export)


FORMATS: dict[str, ExportFormat] = {f.name: f for f in (
    ExportFormat("w3c", ".jsonld", "application/ld+json", _w3c),
    ExportFormat("csv", ".csv", "text/csv", _csv),
    ExportFormat("markdown", ".md", "text/markdown", _markdown),
    ExportFormat("html", ".html", "text/html", _html),
    ExportFormat("qdpx", ".qdpx", "application/zip", _qdpx),
    ExportFormat("qdc", ".qdc", "application/xml", _qdc),
    ExportFormat("codebook-csv", ".csv", "text/csv", _codebook_csv),
)}


def render(format_name: str, export: ExportSet, *, exported: datetime, name: str = "Marginalia export",
           words: ReportWords = ENGLISH) -> bytes:
    """The bytes of `export` in the format called `format_name` (a key of FORMATS); the
    reports (Markdown, HTML) say their headings with `words`, English by default."""
    try:
        chosen = FORMATS[format_name]
    except KeyError:
        raise ExportError(ErrorCode.UNKNOWN_FORMAT, format_name, choices=tuple(FORMATS)) from None
    return chosen.render(export, exported, name, words)


def write_export(path: Path, data: bytes, *, corpus=None) -> None:
    """Write an export so that a reader never sees half a file (no backup kept). With
    `corpus`, refuse (ExportError) to write over one of its files: an export never
    replaces an article, a sidecar, the codebook or anything else the corpus keeps."""
    path = Path(path)
    if corpus is not None and is_corpus_file(corpus, path):
        raise ExportError(ErrorCode.OUTPUT_IN_CORPUS, str(path))
    atomic_write(path, data)


def is_corpus_file(corpus, path: Path) -> bool:
    """Whether writing `path` would replace a file the corpus keeps. The entry replaced is
    the name in its real folder (a write replaces a link, not what it points to)."""
    folder = Path(os.path.realpath(Path(path).parent))
    if not folder.is_relative_to(corpus.root):
        return False
    name = Path(path).name
    folded = name.casefold()  # a folder may ignore case (macOS, Windows)
    if folded.startswith(".") or folded in _CORPUS_FILES or folded.endswith(_KEPT_SUFFIXES):
        return True  # hidden (locks, writes in progress), codebook, manifest, sidecars and their kin
    entry = folder / name
    return folded.endswith(ARTICLE_SUFFIXES) and (entry.exists() or entry.is_symlink())
