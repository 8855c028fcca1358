"""A chart layout as a standalone SVG document: for export, and to inline in HTML reports."""

from __future__ import annotations

from html import escape

from marginalia.core.compare.chart import EDGE_COLOR, ChartLayout
from marginalia.core.compare.display import one_line
from marginalia.core.compare.patterns import TILES

FONT_FAMILY = "'Noto Sans', 'DejaVu Sans', 'Segoe UI', Arial, sans-serif"


def _n(value: float) -> str:
    return f"{value:.1f}".rstrip("0").rstrip(".")


def _pattern_id(prefix: str, pattern: str, ink: str) -> str:
    return f"{prefix}-{pattern}-{ink.lstrip('#').lower()}"


def _defs(layout: ChartLayout, prefix: str) -> list[str]:
    used = sorted({(b.pattern, b.ink) for b in layout.bars if b.pattern != "solid"})
    out = []
    for pattern, ink in used:
        tile = TILES[pattern]
        shapes = [f'<line x1="{_n(a)}" y1="{_n(b)}" x2="{_n(c)}" y2="{_n(d)}" stroke="{ink}" '
                  f'stroke-width="{_n(tile.line_width)}" stroke-opacity="0.7"/>' for a, b, c, d in tile.lines]
        shapes += [f'<circle cx="{_n(x)}" cy="{_n(y)}" r="{_n(r)}" fill="{ink}" fill-opacity="0.8"/>'
                   for x, y, r in tile.dots]
        out.append(f'<pattern id="{_pattern_id(prefix, pattern, ink)}" width="{tile.size}" height="{tile.size}" '
                   f'patternUnits="userSpaceOnUse">{"".join(shapes)}</pattern>')
    return out


def chart_svg(layout: ChartLayout, id_prefix: str = "marginalia-chart") -> str:
    """The SVG text of `layout`. Every id starts with `id_prefix`, so two charts can share
    a page; every text is escaped and stripped of what XML cannot hold."""
    # html.escape quotes " and ' too, so one escape serves text and attribute values (and
    # xml.sax.saxutils would bring urllib and ssl in with it).
    prefix = "".join(ch for ch in id_prefix if ch.isascii() and (ch.isalnum() or ch in "-_")) or "chart"
    w, h = _n(layout.width), _n(layout.height)
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h}" viewBox="0 0 {w} {h}" '
        f'role="img" aria-labelledby="{prefix}-title" font-family="{FONT_FAMILY}">',
        f'<title id="{prefix}-title">{escape(one_line(layout.title))}</title>',
        f'<defs>{"".join(_defs(layout, prefix))}</defs>',
        f'<rect width="{w}" height="{h}" fill="#FFFFFF"/>',
    ]
    for rule in layout.rules:
        parts.append(f'<line x1="{_n(rule.x1)}" y1="{_n(rule.y1)}" x2="{_n(rule.x2)}" y2="{_n(rule.y2)}" '
                     f'stroke="{rule.color}" stroke-width="{_n(rule.width)}"/>')
    for bar in layout.bars:
        box = f'x="{_n(bar.x)}" y="{_n(bar.y)}" width="{_n(bar.width)}" height="{_n(bar.height)}"'
        parts.append(f'<rect {box} fill="{bar.color}" stroke="{EDGE_COLOR}" stroke-width="1"/>')
        if bar.pattern != "solid":
            parts.append(f'<rect {box} fill="url(#{_pattern_id(prefix, bar.pattern, bar.ink)})"/>')
    for label in layout.labels:
        attributes = [f'x="{_n(label.x)}"', f'y="{_n(label.y)}"', f'font-size="{_n(label.size)}"',
                      f'fill="{label.color}"']
        if label.anchor != "start":
            attributes.append(f'text-anchor="{label.anchor}"')
        if label.bold:
            attributes.append('font-weight="bold"')
        if label.lang:
            attributes.append(f'xml:lang="{escape(one_line(label.lang, 35))}"')
        parts.append(f'<text {" ".join(attributes)}>{escape(one_line(label.text))}</text>')
    parts.append("</svg>")
    return "\n".join(parts) + "\n"
