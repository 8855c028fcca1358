"""The codebook as CSV in the shape Taguette imports (tag, description), plus each topic's colour."""

from __future__ import annotations

import csv
import io

from marginalia.core.export.csv_table import neutralise
from marginalia.core.export.selection import ExportSet

COLUMNS = ("tag", "description", "color")


def export_codebook_csv(export: ExportSet) -> bytes:
    """One row per topic, in codebook order. Marginalia's topics have no description
    yet, so that column is empty; Taguette ignores the colour column."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    for topic in export.topics():
        writer.writerow([neutralise(topic.name), "", topic.color.upper()])
    return buffer.getvalue().encode("utf-8")
