"""What the reports share of the comparison: the topic × article matrix, its chart, and the clusters' grid."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from marginalia.core.annotation import Annotation
from marginalia.core.export.clusters import ExportedCluster
from marginalia.core.export.report_words import ENGLISH, ReportWords
from marginalia.core.export.selection import ExportedArticle, ExportSet

CHART_TITLE = ENGLISH.chart_title
# A cell of the grid shows this much of a quote; the article's section has it all.
GRID_QUOTE_LIMIT = 280


def topic_chart_svg(export: ExportSet, id_prefix: str = "topic-chart", words: ReportWords = ENGLISH) -> str:
    """The compare view's chart of claims per topic per article, as SVG text: the same
    layout and writer the window saves, so a report shows what the window shows."""
    from marginalia.core.compare import ArticleColumn, ChartWords, CompareFilter, TopicRows, build_matrix
    from marginalia.core.compare import chart_layout, chart_svg

    columns = [ArticleColumn(a.name, Path(a.name), a.title, a.language, len(a.text), a.annotations,
                             outlet=a.metadata.outlet, published=a.metadata.published) for a in export.articles]
    chosen = CompareFilter(rows=frozenset(export.focus)) if export.focus else CompareFilter()
    matrix = build_matrix(columns, TopicRows(export.codebook), chosen)
    chart_words = ChartWords(words.chart_title, words.chart_axis, words.untagged, words.chart_more,
                             words.chart_empty, words.chart_more_rows)
    return chart_svg(chart_layout(matrix, chart_words), id_prefix)


@dataclass(frozen=True, slots=True)
class ClusterGrid:
    """The clusters as rows and the articles with a member as columns (in the export's
    order); `cell(row, column)` is that article's members of that cluster."""

    clusters: tuple[ExportedCluster, ...]
    articles: tuple[ExportedArticle, ...]
    _cells: dict[tuple[int, int], tuple[Annotation, ...]]

    def cell(self, row: int, column: int) -> tuple[Annotation, ...]:
        return self._cells.get((row, column), ())


def cluster_grid(export: ExportSet) -> ClusterGrid:
    names = {m.article.name for c in export.clusters for m in c.members}
    articles = tuple(a for a in export.articles if a.name in names)
    place = {a.name: i for i, a in enumerate(articles)}
    cells: dict[tuple[int, int], list[Annotation]] = {}
    for r, cluster in enumerate(export.clusters):
        for member in cluster.members:
            cells.setdefault((r, place[member.article.name]), []).append(member.claim)
    return ClusterGrid(export.clusters, articles, {k: tuple(v) for k, v in cells.items()})


def claim_numbers(article: ExportedArticle) -> dict[str, int]:
    """Each claim's number in its article's list of notes (1-based, reading order)."""
    return {a.id: n for n, a in enumerate(article.annotations, start=1)}
