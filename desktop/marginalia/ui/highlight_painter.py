"""Paints claims under the reader's text: topic tints, per-topic bars and overlap lanes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QPainter, QPen

from marginalia.ui.contrast import readable_tint

# Tint strength: enough to see a claim at a glance, little enough that the text
# on top keeps its contrast; dark palettes need a little more to show at all.
FILL_ALPHA_LIGHT = 55
FILL_ALPHA_DARK = 80
SELECTED_ALPHA = 120
BAR_HEIGHT = 2.0
NO_TOPIC_COLOR = "#8A8A8A"


@dataclass(frozen=True, slots=True)
class Segment:
    """A piece of one claim on one visual line, in viewport coordinates."""

    rect: QRectF
    colors: tuple[str, ...]  # the claim's topic colours, in codebook order
    lane: int  # overlap depth, so overlapping claims' bars do not sit on each other
    selected: bool


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
        if seg.selected:
            painter.setPen(QPen(text, 1.5))
            painter.drawRect(seg.rect.adjusted(0.5, 0.5, -0.5, -0.5))
