"""Importing annotations from other tools (W3C Web Annotation JSON-LD) into a corpus."""

from __future__ import annotations

from marginalia.core.importer.matching import ArticleIndex, Match
from marginalia.core.importer.merge import ImportReport, Skipped, import_w3c, map_tags, place
from marginalia.core.importer.reader import ImportFileError, Incoming, Rejected, read_w3c

__all__ = [
    "ArticleIndex", "ImportFileError", "ImportReport", "Incoming", "Match", "Rejected", "Skipped",
    "import_w3c", "map_tags", "place", "read_w3c",
]
