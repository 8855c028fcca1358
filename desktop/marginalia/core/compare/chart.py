"""The chart of claims per row per article, laid out once as shapes that a painter or an SVG writer draws."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from marginalia.core.compare.display import approx_width, fit_lines, one_line
from marginalia.core.compare.matrix import CompareMatrix
from marginalia.core.compare.patterns import ink_for, pattern_for, safe_color
from marginalia.core.compare.rows import UNTAGGED

# Past this many articles bars are too thin to read; the chart then draws the first
# ones and says how many it left out (the table shows them all).
MAX_ARTICLES = 40
# Past this many rows (clusters may be hundreds) a group of bars is wider than a screen
# and its patterns repeat; the chart then draws the rows with the most claims, in their
# order, and says how many it left out.
MAX_ROWS = 16
MARGIN = 16
TITLE_SIZE = 15
TEXT_SIZE = 12
SMALL_SIZE = 11
BAR_WIDTH = 18
GROUP_PAD = 14  # between groups: the bars of one article stay together
GROUP_MIN = 124  # wide enough for a short title on two lines under the bars
PLOT_HEIGHT = 150
AXIS_WIDTH = 34
SWATCH = 14
TEXT_COLOR = "#1F1F1F"
QUIET_COLOR = "#5A5A5A"  # 6.9:1 on white: small print still reads
GRID_COLOR = "#D6D6D6"
EDGE_COLOR = "#2B2B2B"  # every bar is outlined, so pale colours keep an edge


@dataclass(frozen=True, slots=True)
class ChartWords:
    """The chart's words, from the front end (the core has none of its own).
    `more` says how many articles are not drawn: a function of their number (a front end's
    plural forms), or a sentence holding {n}."""

    title: str
    axis: str  # the unit of the vertical axis, e.g. "claims"
    untagged: str  # the label of the row of claims without a topic
    more: str | Callable[[int], str]
    empty: str
    more_rows: str | Callable[[int], str] = ""  # like `more`, for the rows not drawn; "" says nothing


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    color: str
    pattern: str
    ink: str  # the pattern's line colour, chosen to show on `color`


@dataclass(frozen=True, slots=True)
class Label:
    x: float
    y: float  # the baseline
    text: str
    size: float
    anchor: str = "start"  # or "middle", "end"
    bold: bool = False
    color: str = TEXT_COLOR
    lang: str = ""  # BCP 47, so a renderer picks fonts and shaping for the language


@dataclass(frozen=True, slots=True)
class Rule:
    x1: float
    y1: float
    x2: float
    y2: float
    color: str = GRID_COLOR
    width: float = 1.0


@dataclass(slots=True)
class ChartLayout:
    width: float
    height: float
    title: str
    bars: list[Bar] = field(default_factory=list)
    labels: list[Label] = field(default_factory=list)
    rules: list[Rule] = field(default_factory=list)


def _nice_step(top: int) -> int:
    """A tick step of 1, 2 or 5 times a power of ten giving at most five steps to `top`."""
    step = 1
    while True:
        for factor in (1, 2, 5):
            if top <= 5 * step * factor:
                return step * factor
        step *= 10


def _drawn_rows(matrix: CompareMatrix, max_rows: int) -> list[int]:
    """The indices of the rows to draw: all, or the `max_rows` with the most claims (the
    earlier on a tie), in the matrix's order."""
    every = range(len(matrix.rows))
    if len(matrix.rows) <= max_rows:
        return list(every)
    return sorted(sorted(every, key=lambda r: (-matrix.row_claims(r), r))[:max_rows])


def chart_layout(matrix: CompareMatrix, words: ChartWords, max_articles: int = MAX_ARTICLES,
                 max_rows: int = MAX_ROWS) -> ChartLayout:
    """Grouped bars: one group per article (its language, outlet and title beneath),
    one bar per row in the row's colour and pattern, its count written above it; a
    legend of swatches names the rows. Colour is never the only cue: the pattern, the
    order within each group and the legend tell rows apart in greyscale too."""
    drawn = _drawn_rows(matrix, max_rows)
    rows, columns = [matrix.rows[r] for r in drawn], matrix.columns[:max_articles]
    ordinals = [matrix.ordinals[r] for r in drawn]
    group = max(GROUP_MIN, len(rows) * BAR_WIDTH + 2 * GROUP_PAD)
    # The axis' unit is written right-aligned above its numbers: a longer word than
    # "claims" (Polish "twierdzenia") widens the axis rather than leave the chart.
    axis_width = max(AXIS_WIDTH, approx_width(one_line(words.axis), SMALL_SIZE) + 6)
    width = max(480, 2 * MARGIN + axis_width + group * len(columns))
    layout = ChartLayout(width, 0, one_line(words.title))
    layout.labels.append(Label(MARGIN, MARGIN + TITLE_SIZE, layout.title, TITLE_SIZE, bold=True))
    y = MARGIN + TITLE_SIZE + 14
    if not rows or not columns:
        layout.labels.append(Label(MARGIN, y + TEXT_SIZE, one_line(words.empty), TEXT_SIZE, color=QUIET_COLOR))
        layout.height = y + TEXT_SIZE + MARGIN
        return layout
    y = _legend(layout, rows, ordinals, words, y)
    counts = [[matrix.cell(r, c).count for r in drawn] for c in range(len(columns))]
    top = max(1, max(max(group_counts) for group_counts in counts))
    step = _nice_step(top)
    top = -(-top // step) * step
    plot_top = y + 8 + SMALL_SIZE  # room for the axis unit and the tallest bar's count
    plot_bottom = plot_top + PLOT_HEIGHT
    left = MARGIN + axis_width
    layout.labels.append(Label(left - 6, plot_top - SMALL_SIZE - 4, one_line(words.axis), SMALL_SIZE,
                               anchor="end", color=QUIET_COLOR))
    for tick in range(0, top + 1, step):
        ty = plot_bottom - PLOT_HEIGHT * tick / top
        layout.rules.append(Rule(left, ty, width - MARGIN, ty))
        layout.labels.append(Label(left - 6, ty + SMALL_SIZE / 2 - 1, str(tick), SMALL_SIZE, anchor="end",
                                   color=QUIET_COLOR))
    for c, column in enumerate(columns):
        x0 = left + c * group
        bars_left = x0 + (group - len(rows) * BAR_WIDTH) / 2
        for r, row in enumerate(rows):
            count = counts[c][r]
            height = PLOT_HEIGHT * count / top
            x = bars_left + r * BAR_WIDTH
            if count:
                layout.bars.append(Bar(x + 1, plot_bottom - height, BAR_WIDTH - 2, height, safe_color(row.color),
                                       pattern_for(ordinals[r]), ink_for(row.color)))
            layout.labels.append(Label(x + BAR_WIDTH / 2, plot_bottom - height - 4, str(count), SMALL_SIZE,
                                       anchor="middle", color=TEXT_COLOR if count else QUIET_COLOR))
        _article_label(layout, column, x0 + group / 2, group - 10, plot_bottom)
        if c:
            layout.rules.append(Rule(x0, plot_bottom, x0, plot_bottom + 6, QUIET_COLOR))
    layout.rules.append(Rule(left, plot_bottom, width - MARGIN, plot_bottom, QUIET_COLOR))
    y = plot_bottom + 6 + 3 * (SMALL_SIZE + 4)
    for left_out, sentence in ((len(matrix.columns) - len(columns), words.more),
                               (len(matrix.rows) - len(rows), words.more_rows)):
        if left_out and sentence:
            said = sentence(left_out) if callable(sentence) else sentence.replace("{n}", f"{left_out:,}")
            layout.labels.append(Label(MARGIN, y + SMALL_SIZE, one_line(said), SMALL_SIZE, color=QUIET_COLOR))
            y += SMALL_SIZE + 6
    layout.height = y + MARGIN
    return layout


def _legend(layout: ChartLayout, rows, ordinals, words: ChartWords, y: float) -> float:
    """Swatches with the rows' names, wrapped to the chart's width; the y below them."""
    x = MARGIN
    for r, row in enumerate(rows):
        name = one_line(row.label if row.id != UNTAGGED else words.untagged, 60)
        item = SWATCH + 6 + approx_width(name, TEXT_SIZE) + 18
        if x > MARGIN and x + item > layout.width - MARGIN:
            x, y = MARGIN, y + SWATCH + 8
        layout.bars.append(Bar(x, y, SWATCH, SWATCH, safe_color(row.color), pattern_for(ordinals[r]),
                               ink_for(row.color)))
        layout.labels.append(Label(x + SWATCH + 6, y + SWATCH - 2, name, TEXT_SIZE))
        x += item
    return y + SWATCH + 10


def _article_label(layout: ChartLayout, column, centre: float, width: float, top: float) -> None:
    """Under a group: the language tag and outlet, then the title on two lines."""
    head = " · ".join(part for part in (column.language, one_line(column.outlet, 80)) if part)
    y = top + 6 + SMALL_SIZE
    for line in fit_lines(head, width, SMALL_SIZE, 1):
        layout.labels.append(Label(centre, y, line, SMALL_SIZE, anchor="middle", bold=True))
    for line in fit_lines(column.title, width, SMALL_SIZE, 2):
        y += SMALL_SIZE + 4
        layout.labels.append(Label(centre, y, line, SMALL_SIZE, anchor="middle", lang=column.language))
