"""Qt positions (UTF-16 code units) ↔ code points: the one place the two meet.

Everything outside this module counts code points, as the W3C Web Annotation
model and REFI-QDA do; QTextDocument counts UTF-16 units, so every character
outside the Basic Multilingual Plane (emoji, some CJK) shifts the two apart.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

from PySide6.QtCore import QTextBoundaryFinder


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Converts between the two for one text in O(log k), k = astral characters."""

    def __init__(self, text: str) -> None:
        # Code-point offsets of characters that take two UTF-16 units (found by the
        # regex engine: a Python loop over a 1 MB text costs more than half a second).
        self._astral_cp = [m.start() for m in _ASTRAL.finditer(text)] if not text.isascii() else []
        # Their UTF-16 offsets (the first unit of each surrogate pair).
        self._astral_u16 = [cp + n for n, cp in enumerate(self._astral_cp)]
        self.length = len(text)

    def to_qt(self, cp: int) -> int:
        """UTF-16 position of code point offset `cp`."""
        return cp + bisect_left(self._astral_cp, cp)

    def to_cp(self, u16: int) -> int:
        """Code point offset of UTF-16 position `u16`; a position inside a surrogate
        pair is moved to the start of its character."""
        before = bisect_right(self._astral_u16, u16 - 1)  # astral chars starting before u16
        if before and self._astral_u16[before - 1] == u16 - 1:
            return self._astral_cp[before - 1]  # between the two halves of a pair
        return u16 - before



def utf16_length(text: str) -> int:
    """How many UTF-16 units `text` takes in a QTextDocument (counted by the codec)."""
    return len(text) if text.isascii() else len(text.encode("utf-16-le")) // 2


def _grapheme_boundaries(window: str) -> list[int]:
    """Grapheme cluster boundaries (code point offsets) of a short string, using
    Qt's Unicode segmentation so the UI and the cursor agree."""
    finder = QTextBoundaryFinder(QTextBoundaryFinder.BoundaryType.Grapheme, window)
    offsets = OffsetMap(window)
    found = []
    finder.toStart()
    position = finder.position()
    while position != -1:
        found.append(offsets.to_cp(position))
        position = finder.toNextBoundary()
    return found


# A grapheme cluster is rarely long; 64 code points covers family emoji and
# stacks of combining marks with room to spare.
_WINDOW = 64


def snap_to_graphemes(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to whole grapheme clusters (never split a stacked
    diacritic, a ZWJ sequence or a flag)."""
    lo = max(0, start - _WINDOW)
    hi = min(len(text), end + _WINDOW)
    if end - start > 4 * _WINDOW:  # a long span: look at each end on its own
        head = [lo + b for b in _grapheme_boundaries(text[lo:min(len(text), start + _WINDOW)])]
        tail_lo = max(0, end - _WINDOW)
        tail = [tail_lo + b for b in _grapheme_boundaries(text[tail_lo:hi])]
    else:
        head = tail = [lo + b for b in _grapheme_boundaries(text[lo:hi])]
    new_start = max((b for b in head if b <= start), default=start)
    new_end = min((b for b in tail if b >= end), default=end)
    return new_start, new_end


def trim_selection(text: str, start: int, end: int) -> tuple[int, int]:
    """A user's selection as a claim span: surrounding whitespace trimmed, then
    widened to whole grapheme clusters. Empty when only whitespace was selected."""
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start == end:
        return start, start
    return snap_to_graphemes(text, start, end)


# Letters, digits and marks make words; an apostrophe between two letters joins them
# ("l’intelligenza", "don't") as word processors do.
_NOT_WORD = re.compile(r"[^\w\u0300-\u036F\u1AB0-\u1AFF\u1DC0-\u1DFF\u20D0-\u20FF]")
_APOSTROPHES = "'’"


def _is_word(text: str, i: int) -> bool:
    if not 0 <= i < len(text):
        return False
    if not _NOT_WORD.match(text, i):
        return True
    return text[i] in _APOSTROPHES and 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def _crosses_words(text: str, start: int, end: int) -> bool:
    """Whether [start, end) holds anything that is not part of one word."""
    at = start
    while True:
        found = _NOT_WORD.search(text, at, end)
        if found is None:
            return False
        if not _is_word(text, found.start()):
            return True
        at = found.start() + 1


def snap_to_words(text: str, anchor: int, position: int) -> tuple[int, int]:
    """A mouse selection from `anchor` to `position` (code points) widened to whole
    words at both ends once it reaches past one word, as word processors do; within
    a single word it is kept to the letter. The direction is kept."""
    start, end = min(anchor, position), max(anchor, position)
    if start == end or not _crosses_words(text, start, end):
        return anchor, position
    while _is_word(text, start - 1) and _is_word(text, start):
        start -= 1
    while _is_word(text, end - 1) and _is_word(text, end):
        end += 1
    return (start, end) if anchor <= position else (end, start)
