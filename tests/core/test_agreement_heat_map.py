"""The agreement heat map's colour scale and layout, the figure tables and their CSV."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET

import pytest

from marginalia.core.agreement import ArticleClaims, measure_agreement
from marginalia.core.agreement.heat_map import SCALE, UNDEFINED_COLOR, UNDEFINED_PATTERN, HeatWords, heat_map_layout, \
    scale_color
from marginalia.core.agreement.table import agreement_csv, article_rows, pooled_rows
from marginalia.core.compare import chart_svg

SVG = "{http://www.w3.org/2000/svg}"
WORDS = HeatWords("α_u per article and topic", "A and B", "All articles", "Mean", "no figure", "{n} more", "Nothing")
REASONS = {"no_claims": "no claims", "one_reviewer": "one reviewer"}


def _luminance(color: str) -> float:
    def linear(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    r, g, b = (linear(int(color[i:i + 2], 16) / 255) for i in (1, 3, 5))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


@pytest.fixture
def report():
    """Two articles, A and B: "t" coded by both in each (partly apart), "u" only in the first, "never" by no one."""
    first = ArticleClaims("first.txt", 100, (("A", 0, 20, ("t",)), ("B", 5, 20, ("t",)), ("A", 40, 60, ("u",)),
                                             ("B", 40, 55, ("u",))))
    second = ArticleClaims("second.txt", 80, (("A", 10, 30, ("t",)), ("B", 10, 40, ("t",))))
    return measure_agreement([first, second], ["A", "B"], ["t", "u", "never"])


def test_scale_color_runs_from_dark_to_light_and_clamps():
    """0 and 1 are the scale's ends, values outside are clamped, and lightness rises all the
    way, so a greyscale print still orders the cells."""
    assert scale_color(0) == SCALE[0] and scale_color(1) == SCALE[-1] and scale_color(0.5) == SCALE[4]
    assert scale_color(-0.4) == SCALE[0] and scale_color(1.7) == SCALE[-1]
    steps = [_luminance(scale_color(i / 40)) for i in range(41)]
    assert all(a < b for a, b in zip(steps, steps[1:]))


def test_heat_map_cells_carry_each_figure_its_colour_and_its_value(report):
    """Every article × topic cell, the pooled row and the mean column are drawn: a defined
    cell in the scale's colour for its value with the value written on it; an undefined
    one hatched, in no colour of the scale, with its reason written."""
    heat = heat_map_layout(report, "alpha_u", WORDS, format_value=lambda v: f"<{v:.2f}>", reason_words=REASONS)
    assert (heat.rows, heat.columns) == (3, 4) and len(heat.cells) == 12
    texts = [label.text for label in heat.chart.labels]
    for cell in heat.cells:
        figures = (report.pooled if cell.article is None else report.by_article[cell.article])[cell.topic] \
            if cell.topic else (report.overall if cell.article is None else report.article_overall[cell.article])
        assert cell.value == figures.value("alpha_u")
        bar = next(b for b in heat.chart.bars if (b.x, b.y) == (cell.x, cell.y) and b.width == cell.width)
        if cell.value is None:
            assert (bar.color, bar.pattern) == (UNDEFINED_COLOR, UNDEFINED_PATTERN)
            assert cell.reason == str(figures.alpha_u)
        else:
            assert bar.color == scale_color(cell.value) and bar.pattern == "solid"
            assert f"<{cell.value:.2f}>" in texts
    never = [c for c in heat.cells if c.topic == "never"]
    assert len(never) == 3 and {c.reason for c in never} == {"no_claims"}
    assert texts.count("– no claims") == sum(c.reason == "no_claims" for c in heat.cells) == 4
    second_u = next(c for c in heat.cells if (c.article, c.topic) == ("second.txt", "u"))
    assert second_u.value is None and second_u.reason == "no_claims"
    assert heat.cell_at(never[0].x + 1, never[0].y + 1) is never[0]


def test_heat_map_draws_at_most_max_rows_articles_and_says_how_many_more(report):
    """Past `max_rows` the articles are left out of the picture (the pooled row stays) and a line says so."""
    heat = heat_map_layout(report, "percent", WORDS, format_value=str, reason_words=REASONS, max_rows=1)
    assert heat.rows == 2 and {c.article for c in heat.cells} == {"first.txt", None}
    assert "1 more" in [label.text for label in heat.chart.labels]


def test_heat_map_svg_holds_hostile_names_as_text(report):
    """A title with markup and control characters, and a topic named like a script, are
    written as text in an SVG that parses."""
    hostile = '<script>alert("x")</script>\x00\x1b[31m & ]]>'
    heat = heat_map_layout(report, "alpha", WORDS, format_value=str, reason_words=REASONS,
                           article_labels={"first.txt": hostile}, topic_labels={"t": "<b>t</b>"})
    root = ET.fromstring(chart_svg(heat.chart))
    texts = [t.text or "" for t in root.iter(f"{SVG}text")]
    assert any("<script>" in t for t in texts) and "<b>t</b>" in texts
    assert not any("\x00" in t or "\x1b" in t for t in texts)
    assert root.find(f"{SVG}script") is None


def test_tables_list_topics_then_the_mean(report):
    """Pooled: each topic, then the mean over topics; per article: the same for each article in order."""
    assert [(r.article, r.topic) for r in pooled_rows(report)] == [(None, "t"), (None, "u"), (None, "never"),
                                                                  (None, None)]
    rows = article_rows(report)
    assert [(r.article, r.topic) for r in rows[:4]] == [("first.txt", "t"), ("first.txt", "u"),
                                                        ("first.txt", "never"), ("first.txt", None)]
    assert rows[3].figures == report.article_overall["first.txt"] and len(rows) == 8


def test_agreement_csv_has_numbers_with_a_dot_reasons_and_inert_names(report):
    """The CSV gives each figure as a proportion with a dot, an empty cell and the reason's
    code where there is none, and neutralises names that a spreadsheet would run."""
    rows = article_rows(report)
    data = agreement_csv(rows, topic_names={"t": "=HYPERLINK(\"x\")", "u": "u"}, mean_name="Mean")
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(table) == len(rows)
    first = table[0]
    assert first["article"] == "first.txt" and first["topic"] == "t"
    assert first["topic_name"] == "'=HYPERLINK(\"x\")"
    assert float(first["alpha_u"]) == pytest.approx(report.by_article["first.txt"]["t"].alpha_u, abs=1e-6)
    never = table[2]
    assert never["percent"] == "" and never["percent_reason"] == "no_claims"
    assert table[3]["topic"] == "" and table[3]["topic_name"] == "Mean"
    pooled = list(csv.reader(io.StringIO(agreement_csv(pooled_rows(report), with_articles=False)
                                         .decode("utf-8-sig"))))
    assert pooled[0][:2] == ["topic", "topic_name"] and len(pooled) == 5
