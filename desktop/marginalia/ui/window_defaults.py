"""The first window's size and the panes' share of it, from the screen (not the widgets' hints)."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize

SHARE = 0.85  # of the screen's free area, when nothing is saved yet
LARGEST = QSize(1600, 1000)  # beyond this a first window only spreads the text thin
SMALLEST = QSize(1024, 700)  # what the window is laid out for; smaller only on a smaller screen
PANE_SHARES = (0.26, 0.44, 0.30)  # library, text, notes


def initial_geometry(available: QRect) -> QRect:
    """A window centred on the screen's free area, most of it, within sensible bounds.
    A window sized from its widgets' size hints comes out a strip (950×303 without a
    window manager) on a first start."""
    width = min(available.width(), max(SMALLEST.width(), min(LARGEST.width(), int(available.width() * SHARE))))
    height = min(available.height(), max(SMALLEST.height(), min(LARGEST.height(), int(available.height() * SHARE))))
    rect = QRect(0, 0, width, height)
    rect.moveCenter(available.center())
    return rect


def pane_sizes(width: int) -> list[int]:
    """The splitter's sizes for a window `width` pixels wide."""
    return [int(width * share) for share in PANE_SHARES]
