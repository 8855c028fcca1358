"""Fill patterns that tell rows apart without colour, defined once for every renderer."""

from __future__ import annotations

import re
from dataclasses import dataclass

_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
FALLBACK_COLOR = "#999999"


@dataclass(frozen=True, slots=True)
class Tile:
    """A square repeated over a shape: line segments and dots in tile coordinates."""

    size: int
    lines: tuple[tuple[float, float, float, float], ...] = ()
    dots: tuple[tuple[float, float, float], ...] = ()  # (cx, cy, radius)
    line_width: float = 1.6


# In order of use: the first row is plain, then patterns as unlike each other as
# possible in greyscale, so even the first few rows differ at a glance.
TILES: dict[str, Tile] = {
    "solid": Tile(8),
    "diagonal": Tile(8, lines=((0, 8, 8, 0), (-2, 2, 2, -2), (6, 10, 10, 6))),
    "dots": Tile(6, dots=((3, 3, 1.3),)),
    "horizontal": Tile(6, lines=((0, 3, 6, 3),)),
    "cross": Tile(8, lines=((0, 4, 8, 4), (4, 0, 4, 8)), line_width=1.2),
    "back-diagonal": Tile(8, lines=((0, 0, 8, 8), (-2, 6, 2, 10), (6, -2, 10, 2))),
    "vertical": Tile(6, lines=((3, 0, 3, 6),)),
    "grid-dots": Tile(8, dots=((2, 2, 1.1), (6, 6, 1.1))),
}
PATTERNS = tuple(TILES)


def pattern_for(index: int) -> str:
    """The pattern of the row at `index` (patterns repeat after eight rows)."""
    return PATTERNS[index % len(PATTERNS)]


def safe_color(color: str) -> str:
    """`color` if it is "#RRGGBB", else a neutral grey: a row's colour may come from a file."""
    return color.upper() if isinstance(color, str) and _COLOR.match(color) else FALLBACK_COLOR


def ink_for(color: str) -> str:
    """Black or white, whichever stands out more on `color` ("#RRGGBB"): the pattern's
    lines must show on the palette's pale yellow and on its dark blue alike."""
    color = safe_color(color)
    r, g, b = (int(color[i:i + 2], 16) / 255 for i in (1, 3, 5))

    def linear(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

    luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    # Contrast with black is (L + 0.05) / 0.05, with white 1.05 / (L + 0.05); equal at L ≈ 0.179.
    return "#000000" if luminance > 0.179 else "#FFFFFF"
