"""The chart of claims per row per article: its layout, its patterns and the SVG written from it."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timezone
from pathlib import Path

import pytest

from marginalia.core.annotation import Annotation
from marginalia.core.codebook import DEFAULT_CODEBOOK
from marginalia.core.compare import ArticleColumn, ChartWords, Row, TopicRows, build_matrix, chart_layout, chart_svg
from marginalia.core.compare.chart import PLOT_HEIGHT
from marginalia.core.compare.patterns import PATTERNS, ink_for, pattern_for, safe_color
from marginalia.core.selectors import TextPosition, TextQuote

SVG = "{http://www.w3.org/2000/svg}"
WORDS = ChartWords("Claims per topic in each article", "claims", "(no topic)", "{n} more articles", "Nothing")
MOMENT = datetime(2026, 3, 2, tzinfo=timezone.utc)


def claims(topic: str, count: int, prefix: str = "") -> list[Annotation]:
    return [Annotation(f"{prefix}{topic}-{i}", TextPosition(i, i + 1), TextQuote("x"), (topic,), created=MOMENT,
                       modified=MOMENT) for i in range(count)]


def article(key: str, language: str, title: str, **counts: int) -> ArticleColumn:
    found = [c for topic, n in counts.items() for c in claims(topic, n, key)]
    return ArticleColumn(key, Path(key), title, language, 100, tuple(sorted(found, key=Annotation.sort_key)))


@pytest.fixture
def matrix():
    return build_matrix([article("es.txt", "es", "La relación entre Microsoft y OpenAI", compute=4, privacy=1),
                         article("vi.txt", "vi", "Microsoft và OpenAI tưởng như thân thiết", compute=2, competition=3),
                         article("pl.txt", "pl", "OpenAI potrzebuje mocy obliczeniowej")],
                        TopicRows(DEFAULT_CODEBOOK))


def test_chart_layout_draws_one_bar_per_nonzero_count_with_heights_in_proportion(matrix):
    """Bar heights are proportional to the counts; each count is written above its bar (0 too)."""
    layout = chart_layout(matrix, WORDS)
    legend = len(matrix.rows)
    bars = layout.bars[legend:]
    assert len(bars) == 4  # es: compute, privacy; vi: compute, competition
    heights = sorted(round(b.height, 3) for b in bars)
    unit = heights[0]
    assert heights == [unit, round(2 * unit, 3), round(3 * unit, 3), round(4 * unit, 3)]
    assert 4 * unit <= PLOT_HEIGHT + 0.001
    counts = [label.text for label in layout.labels if label.text.isdigit() and label.anchor == "middle"]
    assert counts == ["4", "1", "0", "2", "0", "3", "0", "0", "0"]


def test_chart_tells_rows_apart_by_pattern_and_legend_not_colour_alone(matrix):
    """Each row has its own pattern (the first plain), shown in the legend beside the row's name."""
    layout = chart_layout(matrix, WORDS)
    legend = layout.bars[:3]
    assert [b.pattern for b in legend] == list(PATTERNS[:3])
    assert len(set(PATTERNS)) == len(PATTERNS)
    names = [label.text for label in layout.labels]
    assert {"compute", "privacy", "competition"} <= set(names)
    for bar in layout.bars:
        assert bar.pattern == next(b.pattern for b in legend if b.color == bar.color)


def test_ink_is_chosen_for_contrast_and_colours_from_files_are_checked():
    """Pattern lines are black on pale colours and white on dark ones; a malformed colour becomes grey."""
    assert ink_for("#F0E442") == "#000000"
    assert ink_for("#0072B2") == "#FFFFFF"
    assert safe_color('red" onload="x') == "#999999"
    assert pattern_for(len(PATTERNS)) == PATTERNS[0]


def test_chart_draws_at_most_max_articles_and_says_how_many_it_left_out():
    """Past the limit the chart stops and a line says how many articles are only in the table."""
    many = [article(f"{i:03d}.txt", "en", f"Article {i}", compute=1) for i in range(12)]
    layout = chart_layout(build_matrix(many, TopicRows(DEFAULT_CODEBOOK)), WORDS, max_articles=5)
    assert sum(1 for label in layout.labels if label.text.startswith("Article")) == 5
    assert "7 more articles" in [label.text for label in layout.labels]


def test_chart_without_rows_or_articles_says_so():
    """An empty selection draws the title and the empty message, nothing else."""
    layout = chart_layout(build_matrix([], TopicRows(DEFAULT_CODEBOOK)), WORDS)
    assert [label.text for label in layout.labels] == [WORDS.title, WORDS.empty]
    assert layout.bars == []


def test_chart_svg_is_valid_xml_with_every_label_and_bar(matrix):
    """The SVG parses, has a title, one rect per bar (and one pattern overlay each), every label as text."""
    layout = chart_layout(matrix, WORDS)
    root = ET.fromstring(chart_svg(layout))
    assert root.tag == f"{SVG}svg"
    assert root.find(f"{SVG}title").text == WORDS.title
    texts = [t.text for t in root.iter(f"{SVG}text")]
    assert texts == [label.text for label in layout.labels]
    fills = [r.get("fill") for r in root.iter(f"{SVG}rect")]
    plain = [f for f in fills if not f.startswith("url(")]
    assert len(plain) == len(layout.bars) + 1  # and the white background
    patterned = [b for b in layout.bars if b.pattern != "solid"]
    assert len([f for f in fills if f.startswith("url(")]) == len(patterned)
    ids = {p.get("id") for p in root.iter(f"{SVG}pattern")}
    assert all(f[5:-1] in ids for f in fills if f.startswith("url("))
    assert any(t.get("{http://www.w3.org/XML/1998/namespace}lang") == "vi" for t in root.iter(f"{SVG}text"))


def test_chart_svg_survives_hostile_titles_labels_and_ids():
    """Markup, CDATA ends, control characters and quotes in user text stay text; ids stay ids."""
    hostile = 'Évil </text><script>alert(1)</script> ]]> "quoted" \x00\x1b & <b>'
    columns = [ArticleColumn("a.txt", Path("a.txt"), hostile, 'vi" onload="x', 10,
                             tuple(claims("compute", 1) + claims("privacy", 2)), outlet=hostile)]

    class Rows:
        def rows(self, columns):
            return (Row("compute", hostile, 'red"/><script>'), Row("privacy", hostile, "#12345"))

        def row_ids(self, claim):
            return claim.topics

    layout = chart_layout(build_matrix(columns, Rows()), ChartWords(hostile, hostile, "", "{n}", ""))
    text = chart_svg(layout, id_prefix='x"><script>')
    root = ET.fromstring(text)
    assert not list(root.iter(f"{SVG}script")) and not list(root.iter("script"))
    assert "<script>" not in text
    assert all("\x00" not in (t.text or "") for t in root.iter(f"{SVG}text"))
    assert {r.get("fill") for r in root.iter(f"{SVG}rect") if not r.get("fill").startswith("url(")} \
        <= {"#FFFFFF", "#999999"}
    patterns = list(root.iter(f"{SVG}pattern"))
    assert patterns and all(p.get("id").startswith("xscript-") for p in patterns)
    assert any(t.get("{http://www.w3.org/XML/1998/namespace}lang") == 'vi" onload="x' for t in root.iter(f"{SVG}text"))
