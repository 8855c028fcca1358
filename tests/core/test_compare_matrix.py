"""The comparison matrix: claims filed under rows per article, counts, coverage, filters and other row sources."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from marginalia.core.annotation import Annotation
from marginalia.core.codebook import DEFAULT_CODEBOOK
from marginalia.core.compare import (
    UNTAGGED, ArticleColumn, CompareFilter, Row, TopicRows, build_matrix, covered_length, languages_of,
)
from marginalia.core.compare.display import approx_width, fit_lines, one_line
from marginalia.core.selectors import TextPosition, TextQuote

MOMENT = datetime(2026, 3, 2, tzinfo=timezone.utc)


def claim(claim_id: str, start: int, end: int, *topics: str, note: str = "", orphaned: bool = False,
          quote: str | None = None) -> Annotation:
    return Annotation(claim_id, TextPosition(start, end), TextQuote(quote if quote is not None else f"q{claim_id}"),
                      tuple(topics), note, created=MOMENT, modified=MOMENT, orphaned=orphaned)


def column(key: str, length: int, *claims: Annotation, language: str = "en") -> ArticleColumn:
    ordered = tuple(sorted(claims, key=Annotation.sort_key))
    return ArticleColumn(key, Path(key), key.title(), language, length, ordered)


def test_covered_length_counts_overlapping_and_nested_spans_once():
    """The union of spans: overlaps, nesting and touching spans are not counted twice."""
    assert covered_length([(0, 10), (5, 15)], 100) == 15
    assert covered_length([(0, 50), (10, 20), (30, 40)], 100) == 50
    assert covered_length([(0, 10), (10, 20)], 100) == 20
    assert covered_length([(40, 60), (0, 5)], 100) == 25
    assert covered_length([], 100) == 0


def test_covered_length_ignores_what_lies_beyond_the_text_and_empty_spans():
    """A span past the end counts only up to it; an empty span covers nothing."""
    assert covered_length([(90, 130)], 100) == 10
    assert covered_length([(5, 5), (120, 130)], 100) == 0
    assert covered_length([(0, 10)], 0) == 0


def test_matrix_files_each_claim_under_each_of_its_topics():
    """A claim with two topics is listed in both rows; counts and reading order per cell."""
    es = column("es.txt", 200, claim("a", 50, 60, "privacy"), claim("b", 0, 20, "compute", "privacy"),
                claim("c", 100, 150, "compute"), language="es")
    vi = column("vi.txt", 100, claim("d", 10, 30, "competition"), language="vi")
    matrix = build_matrix([es, vi], TopicRows(DEFAULT_CODEBOOK))
    assert [r.id for r in matrix.rows] == ["compute", "privacy", "competition"]
    assert [c.id for c in matrix.cell(0, 0).claims] == ["b", "c"]
    assert [c.id for c in matrix.cell(1, 0).claims] == ["b", "a"]
    assert matrix.cell(2, 0).count == 0 and matrix.cell(2, 1).count == 1
    assert (matrix.row_claims(1), matrix.row_articles(1), matrix.most_in_row(1)) == (2, 1, 2)
    assert (matrix.row_claims(2), matrix.row_articles(2)) == (1, 1)


def test_matrix_coverage_is_the_union_of_a_cells_spans_over_the_text_length():
    """Overlapping claims of one topic cover their union; the share divides by the article's length."""
    article = column("en.txt", 400, claim("a", 0, 100, "compute"), claim("b", 50, 150, "compute"),
                     claim("c", 60, 70, "compute"), claim("d", 300, 400, "privacy"))
    matrix = build_matrix([article], TopicRows(DEFAULT_CODEBOOK))
    compute = matrix.cell(0, 0)
    assert (compute.count, compute.covered, compute.length) == (3, 150, 400)
    assert compute.share == pytest.approx(0.375)
    assert matrix.cell(1, 0).share == pytest.approx(0.25)
    total = matrix.column_total(0)
    assert (total.count, total.covered) == (4, 250)


def test_matrix_orphaned_claims_are_listed_but_cover_nothing():
    """A claim that lost its place in the text still shows, but its stale span adds no coverage."""
    article = column("en.txt", 100, claim("a", 0, 10, "compute"), claim("b", 20, 80, "compute", orphaned=True))
    cell = build_matrix([article], TopicRows(DEFAULT_CODEBOOK)).cell(0, 0)
    assert [c.id for c in cell.claims] == ["a", "b"]
    assert cell.covered == 10


def test_matrix_empty_text_has_zero_share_not_a_division_error():
    """An article of no text (or one never read because it has no claims) shares 0."""
    matrix = build_matrix([column("empty.txt", 0, claim("a", 0, 0, "compute"))], TopicRows(DEFAULT_CODEBOOK))
    assert matrix.cell(0, 0).share == 0.0


def test_topic_rows_add_unknown_topics_then_the_untagged_row():
    """Codebook topics first in their order, then ids found on claims only (sorted), then claims without a topic."""
    article = column("en.txt", 100, claim("a", 0, 5, "zeta"), claim("b", 5, 9), claim("c", 9, 12, "alpha"),
                     claim("d", 12, 20, "privacy"))
    matrix = build_matrix([article], TopicRows(DEFAULT_CODEBOOK))
    assert [r.id for r in matrix.rows] == ["compute", "privacy", "competition", "alpha", "zeta", UNTAGGED]
    assert [c.id for c in matrix.cell(5, 0).claims] == ["b"]
    assert matrix.rows[3].label == "alpha"


def test_filter_by_topic_keeps_the_rows_named_and_their_patterns_place():
    """Rows can be named or hidden; a row keeps its ordinal (and so its pattern) when others go."""
    article = column("en.txt", 100, claim("a", 0, 5, "compute"), claim("b", 5, 9, "competition"))
    source = TopicRows(DEFAULT_CODEBOOK)
    only = build_matrix([article], source, CompareFilter(rows=frozenset({"competition"})))
    assert [r.id for r in only.rows] == ["competition"]
    assert only.ordinals == (2,)
    assert only.cell(0, 0).claims[0].id == "b"
    hidden = build_matrix([article], source, CompareFilter(hidden_rows=frozenset({"privacy"})))
    assert [r.id for r in hidden.rows] == ["compute", "competition"]
    assert hidden.ordinals == (0, 2)
    assert [r.id for r in hidden.every_row] == ["compute", "privacy", "competition"]


def test_filter_by_language_and_only_articles_with_claims():
    """Columns by language tag, named or hidden; articles with nothing in the rows shown can be left out."""
    columns = [column("es.txt", 100, claim("a", 0, 5, "compute"), language="es"),
               column("pl.txt", 100, claim("b", 0, 5, "privacy"), language="pl"),
               column("vi.txt", 100, language="vi")]
    source = TopicRows(DEFAULT_CODEBOOK)
    assert languages_of(columns) == ["es", "pl", "vi"]
    assert [c.key for c in build_matrix(columns, source, CompareFilter(languages=frozenset({"pl", "vi"}))).columns] \
        == ["pl.txt", "vi.txt"]
    assert [c.key for c in build_matrix(columns, source, CompareFilter(hidden_languages=frozenset({"es"}))).columns] \
        == ["pl.txt", "vi.txt"]
    with_claims = build_matrix(columns, source, CompareFilter(only_with_claims=True))
    assert [c.key for c in with_claims.columns] == ["es.txt", "pl.txt"]
    compute_only = build_matrix(columns, source, CompareFilter(rows=frozenset({"compute"}), only_with_claims=True))
    assert [c.key for c in compute_only.columns] == ["es.txt"]
    assert compute_only.cell(0, 0).count == 1


class ClusterRows:
    """A stand-in for clusters: labelled sets of claim ids, as a cluster file would give."""

    def __init__(self, clusters: dict[str, tuple[str, set[str]]]) -> None:
        self.clusters = clusters
        self.member_of: dict[str, list[str]] = {}
        for cluster_id, (_label, members) in clusters.items():
            for member in members:
                self.member_of.setdefault(member, []).append(cluster_id)

    def rows(self, columns):
        return tuple(Row(cid, label) for cid, (label, _) in self.clusters.items())

    def row_ids(self, claim):
        return self.member_of.get(claim.id, ())


def test_another_row_source_plugs_in_without_changes_to_the_matrix():
    """Clusters as rows: any object answering rows() and row_ids() gives the same cells, counts and coverage."""
    es = column("es.txt", 100, claim("e1", 0, 10, "compute"), claim("e2", 20, 40, "privacy"), language="es")
    vi = column("vi.txt", 200, claim("v1", 0, 50, "compute"), language="vi")
    source = ClusterRows({"c1": ("$10B deal", {"e1", "v1"}), "c2": ("Azure exclusivity", {"e2"})})
    matrix = build_matrix([es, vi], source)
    assert [r.label for r in matrix.rows] == ["$10B deal", "Azure exclusivity"]
    assert [c.id for c in matrix.cell(0, 0).claims] == ["e1"]
    assert matrix.cell(0, 1).share == pytest.approx(0.25)
    assert matrix.cell(1, 1).count == 0
    assert build_matrix([es, vi], source, CompareFilter(only_with_claims=True, rows=frozenset({"c2"}))).columns \
        == (es,)


def test_a_source_naming_a_row_twice_for_one_claim_lists_it_once():
    """Duplicate row ids for a claim (a hand-edited file) do not duplicate the claim in the cell."""
    article = column("en.txt", 100, claim("a", 0, 10, "compute", "compute"))
    cell = build_matrix([article], TopicRows(DEFAULT_CODEBOOK)).cell(0, 0)
    assert cell.count == 1 and cell.covered == 10


def test_hostile_text_stays_on_one_line_without_control_characters():
    """Line breaks, tabs, NUL, escape sequences and lone surrogates never reach a table line or an SVG."""
    hostile = "Tiếng\x00 Việt\n\n\tcạnh\x1b[31m tranh\ud800 \ufffe"
    assert one_line(hostile) == "Tiếng Việt cạnh[31m tranh"
    long = "ą" * 1000
    assert one_line(long, 10) == "ą" * 10 + "…"
    stacked = "a" + "\u0301" * 5 + "b" * 20
    cut = one_line(stacked, 3)
    assert cut == "…"  # never the base letter without all its marks


def test_fit_lines_wraps_and_elides_within_the_width():
    """Titles under the chart's bars: at most the lines asked, each within the width, the last elided."""
    lines = fit_lines("Microsoft và OpenAI tưởng như thân thiết, nhưng nỗi lo ẩn giấu đã xuất hiện", 100, 10, 2)
    assert len(lines) == 2
    assert all(approx_width(line, 10) <= 100 for line in lines)
    assert lines[-1].endswith("…")
    assert fit_lines("Short", 100, 10, 2) == ["Short"]
    assert fit_lines("Supercalifragilisticexpialidocious", 60, 10, 2)[0].endswith("…")


def test_build_matrix_files_ten_thousand_claims_over_five_thousand_articles():
    """At the benchmark's size every claim lands in its one cell and the counts add up."""
    columns = [column(f"{i:05d}.txt", 5000, *(claim(f"{i}-{k}", k * 100, k * 100 + 80, ("compute", "privacy",
                                                                                        "competition")[k % 3])
                                               for k in range(2)))
               for i in range(5000)]
    matrix = build_matrix(columns, TopicRows(DEFAULT_CODEBOOK))
    assert len(matrix.columns) == 5000
    assert sum(matrix.row_claims(r) for r in range(len(matrix.rows))) == 10_000
    assert matrix.cell(1, 4999).count == 1
