"""Paints claims under the reader's text: topic tints, per-topic bars and overlap lanes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPen

from marginalia.ui.contrast import readable_tint

# Tint strength: enough to see a claim at a glance, little enough that the text
# on top keeps its contrast; dark palettes need a little more to show at all.
FILL_ALPHA_LIGHT = 55
FILL_ALPHA_DARK = 80
SELECTED_ALPHA = 120
BAR_HEIGHT = 2.0
NO_TOPIC_COLOR = "#8A8A8A"
# With several reviewers' claims shown, each reviewer's claims have a line of their own
# over the text: solid, dashed, dotted… (the README lists them). Colour stays the topics'.
REVIEWER_LINES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DashLine, Qt.PenStyle.DotLine, Qt.PenStyle.DashDotLine,
                  Qt.PenStyle.DashDotDotLine)
REVIEWER_LINE_WIDTH = 1.2


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of one claim on one visual line, in viewport coordinates."""

    rect: QRectF
    colors: tuple[str, ...]  # the claim's topic colours, in codebook order
    lane: int  # overlap depth, so overlapping claims' bars do not sit on each other
    selected: bool
    pattern: int = -1  # the reviewer's line pattern (see REVIEWER_LINES), -1 for none


def assign_lanes(spans: list[tuple[int, int, str]]) -> dict[str, int]:
    """Greedy interval colouring: each span gets the lowest lane free at its start."""
    lane_ends: list[int] = []
    lanes: dict[str, int] = {}
    for start, end, span_id in sorted(spans):
        for lane, lane_end in enumerate(lane_ends):
            if lane_end <= start:
                lane_ends[lane] = end
                lanes[span_id] = lane
                break
        else:
            lanes[span_id] = len(lane_ends)
            lane_ends.append(end)
    return lanes


def tint_alpha(selected: bool, dark: bool) -> int:
    """The strongest a claim's tint may be (weaker where the text would lose contrast)."""
    return SELECTED_ALPHA if selected else FILL_ALPHA_DARK if dark else FILL_ALPHA_LIGHT


def paint_segments(painter: QPainter, segments: list[Segment], background: QColor, text: QColor) -> None:
    """Tints under the text, then the topics' bars; `text` on `background` is the reader's ink
    and paper, and outlines the selected claim."""
    dark = background.lightness() < 128
    for seg in segments:
        colors = seg.colors or (NO_TOPIC_COLOR,)
        alpha = tint_alpha(seg.selected, dark)
        # Several topics split the tint into horizontal bands, one per topic.
        band = seg.rect.height() / len(colors)
        for i, color in enumerate(colors):
            tint = readable_tint(color, alpha, background, text)
            painter.fillRect(QRectF(seg.rect.left(), seg.rect.top() + i * band, seg.rect.width(), band), tint)
    for seg in segments:
        colors = seg.colors or (NO_TOPIC_COLOR,)
        # Solid bars under the line, one per topic, lifted by the overlap lane so
        # nested and crossing claims stay distinguishable.
        base = seg.rect.bottom() - BAR_HEIGHT - seg.lane * BAR_HEIGHT * (len(colors) + 0.5)
        for i, color in enumerate(colors):
            painter.fillRect(QRectF(seg.rect.left(), base - i * BAR_HEIGHT, seg.rect.width(), BAR_HEIGHT),
                             QColor(color))
        if seg.pattern >= 0:
            _paint_reviewer_line(painter, seg, text)
        if seg.selected:
            painter.setPen(QPen(text, 1.5))
            painter.drawRect(seg.rect.adjusted(0.5, 0.5, -0.5, -0.5))


def _paint_reviewer_line(painter: QPainter, seg: Segment, outline: QColor) -> None:
    """The reviewer's line along the top of the segment, each reviewer's a little lower
    than the one before, so two reviewers' claims on the same words show both lines."""
    style = REVIEWER_LINES[seg.pattern % len(REVIEWER_LINES)]
    painter.setPen(QPen(outline, REVIEWER_LINE_WIDTH, style, Qt.PenCapStyle.FlatCap))
    y = seg.rect.top() + 0.6 + (seg.pattern % len(REVIEWER_LINES)) * 1.8
    painter.drawLine(QPointF(seg.rect.left(), y), QPointF(seg.rect.right(), y))
