"""The Export dialog's work, done on a worker thread from plain core objects: the selection,
the rendered bytes, and the preview's text or the written file."""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from marginalia.core.document import ArticleDocument
from marginalia.core.errors import ArticleError
from marginalia.core.export import ExportSet, ReportWords, collect, render, write_export
from marginalia.core.export.qdpx import PROJECT_FILE

PREVIEW_LIMIT = 200_000  # characters shown; the written file always has everything


class SessionCorpus:
    """The corpus as collect() reads it: open documents as the window has them (saved or
    not), every other article from disk, opened once and kept for the next preview."""

    def __init__(self, corpus, codebook, documents: dict[Path, ArticleDocument], cache: dict,
                 files: dict[int, object] | None = None) -> None:
        self._corpus, self.codebook, self._documents, self._cache = corpus, codebook, documents, cache
        self._files = files or {}  # id of a snapshot → the owner of its original's sidecar

    def __getattr__(self, name: str):  # root, manifest, article_paths(), relative_name()…
        return getattr(self._corpus, name)

    def open(self, path: Path) -> ArticleDocument:
        key = Path(path).resolve()
        if key in self._documents:
            return self._documents[key]
        if key not in self._cache:
            try:
                self._cache[key] = self._corpus.open(key)
            except ArticleError as exc:
                self._cache[key] = exc
        found = self._cache[key]
        if isinstance(found, ArticleError):
            raise found
        return found

    def file_of(self, document: ArticleDocument):
        return self._files.get(id(document)) or self._corpus.file_of(document)


@dataclass(frozen=True, slots=True)
class ExportRequest:
    format: str
    topics: tuple[str, ...]  # () for every claim
    articles: tuple[str, ...]  # () for every article
    exported: datetime
    name: str
    target: Path | None = None  # set when the export is to be written
    words: ReportWords | None = None  # the reports' words; None: the core's English
    reviewers: frozenset[str] | None = None  # the reviewers shown in the window; None for all
    adjudicated: bool = False  # the adjudicator's decisions alone


@dataclass(frozen=True, slots=True)
class ExportOutcome:
    request: ExportRequest
    selection: ExportSet | None = None
    size: int = 0
    preview: str = ""
    preview_total: int = 0  # characters of the whole preview text, before the cap
    error: Exception | None = None


def preview_text(format_name: str, data: bytes) -> str:
    """What the preview shows of an export: its text, or a .qdpx's project.qde."""
    if format_name == "qdpx":
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            data = archive.read(PROJECT_FILE)
    return data.decode("utf-8-sig", errors="replace")  # the CSV's BOM is for spreadsheets, not eyes


def run_export(request: ExportRequest, source: SessionCorpus) -> ExportOutcome:
    try:
        selection = collect(source, topics=request.topics, articles=request.articles, reviewers=request.reviewers,
                            adjudicated=request.adjudicated)
        data = render(request.format, selection, exported=request.exported, name=request.name,
                      **({"words": request.words} if request.words is not None else {}))
        if request.target is not None:
            write_export(request.target, data, corpus=source)
            return ExportOutcome(request, selection, len(data))
        text = preview_text(request.format, data)
        shown = text if len(text) <= PREVIEW_LIMIT else text[:text.rfind("\n", 0, PREVIEW_LIMIT) + 1 or PREVIEW_LIMIT]
        return ExportOutcome(request, selection, len(data), shown, len(text))
    except Exception as exc:  # noqa: BLE001
        # Core errors, file errors and any fault in a format alike become a message:
        # an exception lost in the worker would leave the dialog waiting forever.
        return ExportOutcome(request, error=exc)
