"""Articles side by side: each article's claims per topic (or per cluster), with counts and coverage.

`read_columns` reads a corpus into `ArticleColumn`s (the only part that touches
storage); `build_matrix` files their claims under the rows of a `RowSource` —
`TopicRows` or `ClusterRows`; any source answering `rows(columns)` and `row_ids(claim)`
plugs in the same way — and `chart_layout` / `chart_svg` draw the counts.
"""

from marginalia.core.compare.chart import ChartLayout, ChartWords, chart_layout
from marginalia.core.compare.cluster_rows import ClusterRows
from marginalia.core.compare.columns import ArticleColumn, column_of_document
from marginalia.core.compare.corpus_columns import CorpusColumns, read_columns
from marginalia.core.compare.coverage import covered_length
from marginalia.core.compare.matrix import Cell, CompareFilter, CompareMatrix, build_matrix, languages_of
from marginalia.core.compare.rows import UNTAGGED, Row, RowSource, TopicRows
from marginalia.core.compare.svg import chart_svg

__all__ = [
    "UNTAGGED", "ArticleColumn", "Cell", "ChartLayout", "ChartWords", "ClusterRows", "CompareFilter", "CompareMatrix",
    "CorpusColumns", "Row", "RowSource", "TopicRows", "build_matrix", "chart_layout", "chart_svg",
    "column_of_document", "covered_length", "languages_of", "read_columns",
]
