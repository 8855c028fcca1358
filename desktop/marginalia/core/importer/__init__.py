"""Importing into a corpus: annotations (W3C, Hypothesis), REFI-QDA projects and codebooks, codebook CSV, articles."""

from __future__ import annotations

from marginalia.core.importer.files import IMPORT_FILE_FILTERS, import_file
from marginalia.core.importer.matching import ArticleIndex, Match
from marginalia.core.importer.merge import ImportReport, Skipped, import_items, import_w3c, map_tags, place
from marginalia.core.importer.reader import Dropped, ImportFileError, Incoming, IncomingLink, Rejected, read_w3c
from marginalia.core.importer.sniff import UnsupportedFileError

__all__ = [
    "IMPORT_FILE_FILTERS", "ArticleIndex", "Dropped", "ImportFileError", "ImportReport", "Incoming", "IncomingLink",
    "Match",
    "Rejected", "Skipped", "UnsupportedFileError", "import_file", "import_items", "import_w3c", "map_tags",
    "place", "read_w3c",
]
