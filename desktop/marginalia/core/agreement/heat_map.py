"""A heat map of one agreement figure per article and topic, laid out once for a painter and for SVG.

The layout is a compare `ChartLayout` (cells are its bars, values its labels), so the
window paints it with the compare chart's painter and exports it with its SVG writer.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from marginalia.core.agreement.figures import Figures
from marginalia.core.agreement.report import AgreementReport
from marginalia.core.compare.chart import MARGIN, QUIET_COLOR, SMALL_SIZE, TEXT_SIZE, TITLE_SIZE, Bar, ChartLayout, \
    Label, Rule
from marginalia.core.compare.display import approx_width, fit_lines, one_line
from marginalia.core.compare.patterns import ink_for

# Viridis (Smith and van der Walt, matplotlib's default map) at nine even steps: it is
# read the same by the common kinds of colour blindness, and its lightness rises
# steadily from end to end, so a greyscale print still orders the cells.
SCALE = ("#440154", "#472C7A", "#3B518B", "#2C718E", "#21908D", "#27AD81", "#5CC863", "#AADC32", "#FDE725")
# Cells without a figure: pale, hatched, and with words in them, unlike any colour of the scale.
UNDEFINED_COLOR = "#F2F2F2"
UNDEFINED_PATTERN = "diagonal"
CHIP_COLOR = "#FFFFFF"  # under the words of a hatched cell, so the hatching does not cross them
MAX_ROWS = 60  # articles drawn; the table lists every one
# The articles' names, left of the cells: as wide as the longest needs, within these bounds.
LABEL_WIDTH = (160, 420)
CELL_WIDTH = 108
CELL_HEIGHT = 30
SUMMARY_GAP = 6  # sets the pooled row and the mean column apart from the rest
LEGEND_STEPS = 10
LEGEND_STEP_WIDTH = 22
LEGEND_HEIGHT = 12


@dataclass(frozen=True, slots=True)
class HeatWords:
    """The heat map's words, from the front end. `more` says how many articles are not drawn
    (a function of their number, or a sentence holding {n})."""

    title: str
    subtitle: str  # who was compared on what, so an exported picture says it
    pooled: str  # the row of all articles pooled
    mean: str  # the column of the mean over topics
    undefined: str  # the legend's words for a hatched cell
    more: str | Callable[[int], str]
    empty: str


@dataclass(frozen=True, slots=True)
class HeatCell:
    """Where one figure is drawn: `article` None is the pooled row, `topic` None the mean."""

    x: float
    y: float
    width: float
    height: float
    article: str | None
    topic: str | None
    value: float | None
    reason: str  # the NullReason code when `value` is None, else ""


@dataclass(slots=True)
class HeatMap:
    chart: ChartLayout
    cells: list[HeatCell] = field(default_factory=list)
    rows: int = 0  # rows of cells (articles drawn, and the pooled row)
    columns: int = 0  # columns of cells (topics, and the mean)

    def cell_at(self, x: float, y: float) -> HeatCell | None:
        return next((c for c in self.cells if c.x <= x < c.x + c.width and c.y <= y < c.y + c.height), None)


def scale_color(fraction: float) -> str:
    """The colour at `fraction` of the scale (clamped to 0…1), between its two nearest steps."""
    fraction = min(1.0, max(0.0, fraction))
    position = fraction * (len(SCALE) - 1)
    low = min(int(position), len(SCALE) - 2)
    t = position - low
    a, b = SCALE[low], SCALE[low + 1]
    channels = (round(int(a[i:i + 2], 16) * (1 - t) + int(b[i:i + 2], 16) * t) for i in (1, 3, 5))
    return "#" + "".join(f"{c:02X}" for c in channels)


def heat_map_layout(report: AgreementReport, figure: str, words: HeatWords, *,
                    format_value: Callable[[float], str], reason_words: Mapping[str, str],
                    article_labels: Mapping[str, str] = {}, article_languages: Mapping[str, str] = {},
                    topic_labels: Mapping[str, str] = {}, scale_labels: tuple[str, str, str] = ("0", "0.5", "1"),
                    max_rows: int = MAX_ROWS) -> HeatMap:
    """Articles as rows (then all of them pooled), topics as columns (then their mean),
    each cell coloured by `figure` on the scale from 0 (or below) to 1 and its value
    written in it, so colour is never the only cue; a cell without the figure is
    hatched and says why in `reason_words[reason]`. `format_value` writes a value as
    the reader's locale does, `scale_labels` the legend's low end, middle and high end;
    labels default to the names and ids."""
    articles = report.articles[:max_rows]
    labels = {name: one_line(article_labels.get(name) or name) for name in articles}
    needed = max([approx_width(text, TEXT_SIZE) for text in labels.values()] + [approx_width(words.pooled, TEXT_SIZE)])
    label_width = min(max(needed + 10, LABEL_WIDTH[0]), LABEL_WIDTH[1])
    left = MARGIN + label_width
    columns = len(report.topics) + 1
    width = max(520, left + columns * CELL_WIDTH + SUMMARY_GAP + MARGIN)
    chart = ChartLayout(width, 0, one_line(words.title))
    heat = HeatMap(chart)
    chart.labels.append(Label(MARGIN, MARGIN + TITLE_SIZE, chart.title, TITLE_SIZE, bold=True))
    y = MARGIN + TITLE_SIZE + 6
    for line in fit_lines(words.subtitle, width - 2 * MARGIN, SMALL_SIZE, 2):
        y += SMALL_SIZE + 4
        chart.labels.append(Label(MARGIN, y, line, SMALL_SIZE, color=QUIET_COLOR))
    y += 14
    if not report.topics or not report.articles:
        chart.labels.append(Label(MARGIN, y + TEXT_SIZE, one_line(words.empty), TEXT_SIZE, color=QUIET_COLOR))
        chart.height = y + TEXT_SIZE + MARGIN
        return heat
    y = _legend(chart, words, scale_labels, y)
    y = _column_heads(chart, report, words, topic_labels, left, y)
    rows = [(name, report.by_article[name], report.article_overall[name]) for name in articles]
    rows.append((None, report.pooled, report.overall))
    for r, (name, by_topic, mean) in enumerate(rows):
        if name is None:
            y += SUMMARY_GAP
            label, language = one_line(words.pooled), ""
        else:
            label, language = labels[name], article_languages.get(name, "")
        for line in fit_lines(label, label_width - 10, TEXT_SIZE, 1):
            chart.labels.append(Label(MARGIN, y + CELL_HEIGHT / 2 + TEXT_SIZE / 2 - 2, line, TEXT_SIZE,
                                      bold=name is None, lang=language))
        for c, topic in enumerate((*report.topics, None)):
            x = left + c * CELL_WIDTH + (SUMMARY_GAP if topic is None else 0)
            figures: Figures = by_topic[topic] if topic is not None else mean
            _cell(heat, figures, figure, name, topic, x, y, format_value, reason_words)
        y += CELL_HEIGHT
    heat.rows, heat.columns = len(rows), columns
    left_out = len(report.articles) - len(articles)
    y += 10
    if left_out:
        more = words.more(left_out) if callable(words.more) else words.more.replace("{n}", f"{left_out:,}")
        text = one_line(more)
        chart.labels.append(Label(MARGIN, y + SMALL_SIZE, text, SMALL_SIZE, color=QUIET_COLOR))
        y += SMALL_SIZE + 6
    chart.height = y + MARGIN
    return heat


def _cell(heat: HeatMap, figures: Figures, figure: str, article: str | None, topic: str | None,
          x: float, y: float, format_value: Callable[[float], str], reason_words: Mapping[str, str]) -> None:
    chart = heat.chart
    value = figures.value(figure)
    bold = article is None or topic is None
    centre, baseline = x + CELL_WIDTH / 2, y + CELL_HEIGHT / 2 + TEXT_SIZE / 2 - 2
    if value is not None:
        color = scale_color(value)
        chart.bars.append(Bar(x, y, CELL_WIDTH, CELL_HEIGHT, color, "solid", ink_for(color)))
        chart.labels.append(Label(centre, baseline, format_value(value), TEXT_SIZE, anchor="middle", bold=bold,
                                  color=ink_for(color)))
        heat.cells.append(HeatCell(x, y, CELL_WIDTH, CELL_HEIGHT, article, topic, value, ""))
        return
    reason = str(getattr(figures, figure))
    chart.bars.append(Bar(x, y, CELL_WIDTH, CELL_HEIGHT, UNDEFINED_COLOR, UNDEFINED_PATTERN,
                          ink_for(UNDEFINED_COLOR)))
    words = fit_lines("– " + one_line(reason_words.get(reason, reason)), CELL_WIDTH - 14, SMALL_SIZE, 1)
    if words:
        chip = approx_width(words[0], SMALL_SIZE) * 0.9 + 8
        chart.bars.append(Bar(centre - chip / 2, y + 7, chip, CELL_HEIGHT - 14, CHIP_COLOR, "solid", "#000000"))
        chart.labels.append(Label(centre, y + CELL_HEIGHT / 2 + SMALL_SIZE / 2 - 1.5, words[0], SMALL_SIZE,
                                  anchor="middle"))
    heat.cells.append(HeatCell(x, y, CELL_WIDTH, CELL_HEIGHT, article, topic, None, reason))


def _legend(chart: ChartLayout, words: HeatWords, ends: tuple[str, str, str], y: float) -> float:
    """The scale from 0 to 1 in steps with its ends and middle written, and a hatched
    swatch for "no figure"; the y below it."""
    low, middle, high = (one_line(end, 40) for end in ends)
    x = MARGIN + approx_width(low, SMALL_SIZE) + 6
    for step in range(LEGEND_STEPS):
        color = scale_color((step + 0.5) / LEGEND_STEPS)
        chart.bars.append(Bar(x + step * LEGEND_STEP_WIDTH, y, LEGEND_STEP_WIDTH, LEGEND_HEIGHT, color, "solid",
                              ink_for(color)))
    end = x + LEGEND_STEPS * LEGEND_STEP_WIDTH
    chart.labels.append(Label(x - 6, y + LEGEND_HEIGHT - 1, low, SMALL_SIZE, anchor="end", color=QUIET_COLOR))
    chart.labels.append(Label(end + 6, y + LEGEND_HEIGHT - 1, high, SMALL_SIZE, color=QUIET_COLOR))
    chart.rules.append(Rule((x + end) / 2, y + LEGEND_HEIGHT, (x + end) / 2, y + LEGEND_HEIGHT + 4, QUIET_COLOR))
    chart.labels.append(Label((x + end) / 2, y + LEGEND_HEIGHT + 5 + SMALL_SIZE, middle, SMALL_SIZE,
                              anchor="middle", color=QUIET_COLOR))
    swatch = end + 6 + approx_width(high, SMALL_SIZE) + 28
    chart.bars.append(Bar(swatch, y - 2, 26, LEGEND_HEIGHT + 4, UNDEFINED_COLOR, UNDEFINED_PATTERN,
                          ink_for(UNDEFINED_COLOR)))
    lines = fit_lines(words.undefined, chart.width - swatch - 34 - MARGIN, SMALL_SIZE, 2)
    for i, line in enumerate(lines):
        chart.labels.append(Label(swatch + 34, y + LEGEND_HEIGHT - 1 + i * (SMALL_SIZE + 4), line, SMALL_SIZE,
                                  color=QUIET_COLOR))
    return y + max(LEGEND_HEIGHT + 5 + SMALL_SIZE, len(lines) * (SMALL_SIZE + 4)) + 16


def _column_heads(chart: ChartLayout, report: AgreementReport, words: HeatWords, topic_labels: Mapping[str, str],
                  left: float, y: float) -> float:
    """Each topic's name over its column, on up to two lines, then the mean's; the y below."""
    heads = [(one_line(topic_labels.get(t) or t), False) for t in report.topics] + [(one_line(words.mean), True)]
    lines = [fit_lines(text, CELL_WIDTH - 8, TEXT_SIZE, 2) for text, _ in heads]
    depth = max(len(found) for found in lines) or 1
    for c, ((_, summary), found) in enumerate(zip(heads, lines)):
        centre = left + c * CELL_WIDTH + CELL_WIDTH / 2 + (SUMMARY_GAP if summary else 0)
        top = y + (depth - len(found)) * (TEXT_SIZE + 3)  # the heads end on one line, over the cells
        for i, line in enumerate(found):
            chart.labels.append(Label(centre, top + TEXT_SIZE + i * (TEXT_SIZE + 3), line, TEXT_SIZE,
                                      anchor="middle", bold=True))
    return y + depth * (TEXT_SIZE + 3) + 8
