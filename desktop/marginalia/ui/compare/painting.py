"""QPainter helpers of the Compare view: pattern fills, the chart layout, and text elided to a few lines."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPixmap, QTextLayout, QTextOption

from marginalia.core.compare.chart import EDGE_COLOR, ChartLayout
from marginalia.core.compare.patterns import TILES, ink_for, safe_color
from marginalia.ui.text_offsets import OffsetMap

_TILE_SCALE = 4  # tiles drawn at 4× and scaled down by the brush: crisp on high-density screens
_brushes: dict[tuple[str, str], QBrush] = {}


def pattern_brush(pattern: str, ink: str) -> QBrush | None:
    """A brush repeating `pattern`'s tile in `ink`; None for a plain fill. The same tile
    the SVG writer uses, so a PNG and an SVG of one chart match."""
    if pattern == "solid" or pattern not in TILES:
        return None
    brush = _brushes.get((pattern, ink))
    if brush is None:
        tile = TILES[pattern]
        pixmap = QPixmap(tile.size * _TILE_SCALE, tile.size * _TILE_SCALE)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.scale(_TILE_SCALE, _TILE_SCALE)
        painter.setClipRect(QRectF(0, 0, tile.size, tile.size))
        color = QColor(ink)
        color.setAlphaF(0.7)
        painter.setPen(QPen(color, tile.line_width))
        for x1, y1, x2, y2 in tile.lines:
            painter.drawLine(QPointF(x1, y1), QPointF(x2, y2))
        color.setAlphaF(0.8)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(color)
        for cx, cy, r in tile.dots:
            painter.drawEllipse(QPointF(cx, cy), r, r)
        painter.end()
        brush = QBrush(pixmap)
        brush.setTransform(brush.transform().scale(1 / _TILE_SCALE, 1 / _TILE_SCALE))
        _brushes[(pattern, ink)] = brush
    return brush


def fill_swatch(painter: QPainter, rect: QRectF, color: str, pattern: str) -> None:
    """A rectangle in `color` with `pattern` over it and a dark edge, as the chart's bars."""
    color = safe_color(color)
    painter.save()
    painter.setPen(QPen(QColor(EDGE_COLOR), 1))
    painter.setBrush(QColor(color))
    painter.drawRect(rect)
    brush = pattern_brush(pattern, ink_for(color))
    if brush is not None:
        painter.setBrushOrigin(QPointF(0, 0))  # tiles aligned to the canvas, as an SVG pattern in user space
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(brush)
        painter.drawRect(rect)
    painter.restore()


def paint_chart(painter: QPainter, layout: ChartLayout, base_font: QFont) -> None:
    """Draw `layout` at the painter's origin, in the same places the SVG writer puts things."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(QRectF(0, 0, layout.width, layout.height), QColor("#FFFFFF"))
    for rule in layout.rules:
        painter.setPen(QPen(QColor(rule.color), rule.width))
        painter.drawLine(QPointF(rule.x1, rule.y1), QPointF(rule.x2, rule.y2))
    for bar in layout.bars:
        fill_swatch(painter, QRectF(bar.x, bar.y, bar.width, bar.height), bar.color, bar.pattern)
    fonts: dict[tuple[float, bool], QFont] = {}
    for label in layout.labels:
        font = fonts.get((label.size, label.bold))
        if font is None:
            font = fonts[(label.size, label.bold)] = QFont(base_font)
            font.setPixelSize(round(label.size))
            font.setBold(label.bold)
        painter.setFont(font)
        painter.setPen(QColor(label.color))
        width = QFontMetricsF(font).horizontalAdvance(label.text)
        x = label.x - (width / 2 if label.anchor == "middle" else width if label.anchor == "end" else 0)
        painter.drawText(QPointF(x, label.y), label.text)
    painter.restore()


def elided_lines(text: str, font: QFont, width: float, lines: int, right_to_left: bool = False) -> list[str]:
    """`text` (already one line) wrapped into at most `lines` lines of `width` px in
    `font`, the last elided when text is left over."""
    if width <= 0 or not text:
        return []
    layout = QTextLayout(text, font)
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    option.setTextDirection(Qt.LayoutDirection.RightToLeft if right_to_left else Qt.LayoutDirection.LeftToRight)
    layout.setTextOption(option)
    offsets = OffsetMap(text)  # QTextLayout counts UTF-16 units
    out: list[str] = []
    layout.beginLayout()
    while len(out) < lines:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        start = line.textStart()
        if len(out) == lines - 1:
            rest = text[offsets.to_cp(start):]
            out.append(QFontMetricsF(font).elidedText(rest, Qt.TextElideMode.ElideRight, width))
        else:
            end = start + line.textLength()
            out.append(text[offsets.to_cp(start):offsets.to_cp(end)].rstrip())
    layout.endLayout()
    return out

