"""Text contrast as WCAG 2 measures it, and tints kept pale enough for the text on them to stay readable."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtGui import QColor

# WCAG 2.x, success criterion 1.4.3: normal text needs 4.5:1 against its background.
READABLE = 4.5


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    """WCAG relative luminance of an opaque colour, 0 (black) to 1 (white)."""
    return 0.2126 * _channel(color.redF()) + 0.7152 * _channel(color.greenF()) + 0.0722 * _channel(color.blueF())


def ratio(first: QColor, second: QColor) -> float:
    """The contrast ratio of two opaque colours, 1 to 21, whichever is lighter."""
    a, b = luminance(first), luminance(second)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)


def over(tint: QColor, background: QColor) -> QColor:
    """`tint` (with its alpha) painted over the opaque `background`: the colour seen."""
    alpha = tint.alphaF()
    return QColor.fromRgbF(*(alpha * t + (1 - alpha) * b for t, b in
                             ((tint.redF(), background.redF()), (tint.greenF(), background.greenF()),
                              (tint.blueF(), background.blueF()))))


def readable_alpha(color: QColor, alpha: int, background: QColor, text: QColor, wanted: float = READABLE) -> int:
    """The strongest alpha, at most `alpha`, at which `color` over `background` keeps
    `text` on it at `wanted` contrast. A pale topic colour under dark-theme text, or a
    dark one under black text, is painted fainter rather than making the words unreadable."""
    return _readable_alpha(color.rgb(), alpha, background.rgb(), text.rgb(), wanted)


@lru_cache(maxsize=512)
def _readable_alpha(color: int, alpha: int, background: int, text: int, wanted: float) -> int:
    tint, base, ink = QColor.fromRgb(color), QColor.fromRgb(background), QColor.fromRgb(text)
    while alpha > 0:
        tint.setAlpha(alpha)
        if ratio(over(tint, base), ink) >= wanted:
            return alpha
        alpha -= 5
    return 0


def readable_tint(color: str | QColor, alpha: int, background: QColor, text: QColor) -> QColor:
    """`color` with the alpha `readable_alpha` allows, ready to fill under `text`."""
    tint = QColor(color)
    tint.setAlpha(readable_alpha(tint, alpha, background, text))
    return tint
