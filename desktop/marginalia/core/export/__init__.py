"""Exports: pure functions from an ExportSet to bytes, one module per format."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from marginalia.core.export.csv_table import export_csv
from marginalia.core.export.html_report import export_html
from marginalia.core.export.markdown_report import export_markdown
from marginalia.core.export.qdc import export_qdc
from marginalia.core.export.qdpx import export_qdpx
from marginalia.core.export.selection import ExportedArticle, ExportError, ExportSet, collect, resolve_topics
from marginalia.core.export.w3c import export_w3c
from marginalia.core.storage.atomic import atomic_write

__all__ = [
    "FORMATS", "ExportFormat", "ExportError", "ExportSet", "ExportedArticle",
    "collect", "render", "resolve_topics", "write_export",
]


@dataclass(frozen=True, slots=True)
class ExportFormat:
    name: str
    suffix: str  # the usual file name extension, for save dialogs
    media_type: str
    # (export, exported timestamp, project name) → bytes; formats ignore what they do not use
    render: Callable[[ExportSet, datetime, str], bytes]


FORMATS: dict[str, ExportFormat] = {f.name: f for f in (
    ExportFormat("w3c", ".jsonld", "application/ld+json", lambda e, t, n: export_w3c(e, exported=t)),
    ExportFormat("csv", ".csv", "text/csv", lambda e, t, n: export_csv(e)),
    ExportFormat("markdown", ".md", "text/markdown", lambda e, t, n: export_markdown(e, exported=t)),
    ExportFormat("html", ".html", "text/html", lambda e, t, n: export_html(e, exported=t)),
    ExportFormat("qdpx", ".qdpx", "application/zip", lambda e, t, n: export_qdpx(e, exported=t, name=n)),
    ExportFormat("qdc", ".qdc", "application/xml", lambda e, t, n: export_qdc(e)),
)}


def render(format_name: str, export: ExportSet, *, exported: datetime, name: str = "Marginalia export") -> bytes:
    """The bytes of `export` in the format called `format_name` (a key of FORMATS)."""
    try:
        chosen = FORMATS[format_name]
    except KeyError:
        raise ExportError("format", format_name, f"unknown; choose one of {', '.join(FORMATS)}") from None
    return chosen.render(export, exported, name)


def write_export(path: Path, data: bytes) -> None:
    """Write an export so that a reader never sees half a file (no backup kept)."""
    atomic_write(Path(path), data)
