"""CSV export: one row per claim, RFC 4180, UTF-8 with a BOM, safe to open in a spreadsheet."""

from __future__ import annotations

import csv
import io

from marginalia.core.annotation import format_time
from marginalia.core.export.selection import ExportSet

# "author" is the claim's; the article's byline is "article_author". "page" is
# empty for articles without pages (everything but PDFs). "cluster" is the id of the
# claim's cluster and "cluster_label" its label (both empty for a claim in none): the
# id to group rows by, the label to read; last, so older columns keep their places.
COLUMNS = ("article", "title", "language", "outlet", "article_author", "published", "url",
           "start", "end", "page", "quote", "topics", "note", "author", "created", "modified", "status", "id",
           "cluster", "cluster_label")

# A cell starting with one of these is run as a formula by Excel, LibreOffice or
# Sheets (OWASP "CSV injection"); tab and CR start formulas in some importers.
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")

# The neutralising mark. A cell that already starts with it is marked as well,
# so reading back is always "drop one leading apostrophe if present" — without
# that, "'=x" typed by a user and a neutralised "=x" would look the same.
NEUTRALISER = "'"

TOPIC_SEPARATOR = "; "


def neutralise(cell: str) -> str:
    """The cell as inert text: a leading formula trigger gets an apostrophe in front."""
    if cell.startswith(FORMULA_TRIGGERS + (NEUTRALISER,)):
        return NEUTRALISER + cell
    return cell


def restore(cell: str) -> str:
    """The inverse of neutralise, for reading an export back."""
    if cell.startswith(NEUTRALISER) and cell[1:2] and cell[1:].startswith(FORMULA_TRIGGERS + (NEUTRALISER,)):
        return cell[1:]
    return cell


def export_csv(export: ExportSet) -> bytes:
    """The claims as CSV bytes. No timestamp: the same claims give the same bytes."""
    buffer = io.StringIO(newline="")
    # QUOTE_MINIMAL is RFC 4180's rule: quote a field only when it holds a comma,
    # a quote or a line break; numbers stay numbers for the spreadsheet.
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(COLUMNS)
    clusters = export.clusters_by_claim()
    for article in export.articles:
        for a in article.annotations:
            topics = TOPIC_SEPARATOR.join(export.topic(t).name for t in a.topics)
            meta = article.metadata
            texts = (article.name, article.title, article.language, meta.outlet, meta.author, meta.published,
                     meta.url)
            page = article.page(a)
            writer.writerow([
                *(neutralise(v) for v in texts),
                a.position.start,
                a.position.end,
                "" if page is None else page,
                neutralise(a.quote.exact),
                neutralise(topics),
                neutralise(a.note),
                neutralise(a.author),
                format_time(a.created),
                format_time(a.modified),
                article.status(a),
                neutralise(a.id),
                *((neutralise(cluster.id), neutralise(cluster.label)) if (cluster := clusters.get(a.id)) else ("", "")),
            ])
    # The BOM is what makes Excel read UTF-8 instead of the local code page.
    return buffer.getvalue().encode("utf-8-sig")
