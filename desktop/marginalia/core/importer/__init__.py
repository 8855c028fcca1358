"""Importing annotations from other tools (W3C Web Annotation JSON-LD) into a corpus."""

from __future__ import annotations

from pathlib import Path

from marginalia.core.importer.matching import ArticleIndex, Match
from marginalia.core.importer.merge import ImportReport, Progress, Skipped, import_w3c, map_tags, place
from marginalia.core.importer.reader import ImportFileError, Incoming, Rejected, read_w3c

# What a file dialog offers for import: (label, name patterns), one entry per format.
IMPORT_FILE_FILTERS: list[tuple[str, tuple[str, ...]]] = [
    ("W3C Web Annotation (JSON-LD)", ("*.jsonld", "*.json")),
]

_SNIFF_BYTES = 4096


def import_file(corpus, path: Path, *, progress: Progress | None = None) -> ImportReport:
    """Import the annotations in `path` into `corpus`, whatever format it is in (by its
    first bytes, then its name). Raises ImportFileError for a file of no format known."""
    path = Path(path)
    if not path.is_file():  # a folder, or a FIFO that would block the read forever
        raise ImportFileError(path, "not a regular file" if path.exists() else "no such file")
    try:
        with path.open("rb") as handle:
            head = handle.read(_SNIFF_BYTES)
    except OSError as exc:
        raise ImportFileError(path, exc.strerror or str(exc)) from exc
    if head.lstrip(b"\xef\xbb\xbf \t\r\n")[:1] in (b"{", b"["):
        return import_w3c(corpus, path, progress=progress)
    raise ImportFileError(path, "not a format that can be imported (W3C Web Annotation JSON-LD)")


__all__ = [
    "IMPORT_FILE_FILTERS", "ArticleIndex", "ImportFileError", "ImportReport", "Incoming", "Match", "Rejected",
    "Skipped", "import_file", "import_w3c", "map_tags", "place", "read_w3c",
]
