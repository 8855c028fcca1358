"""How a REFI-QDA file counts positions in a source, found by checking selections against their own text.

The standard counts code points of the source's plain text, but tools differ:
some count UTF-16 code units (an emoji is two), some count a byte-order mark
at the start as a character, some count CRLF as two characters and some as
one, and some give the last character's position as the end instead of the
one after it. A selection's `name` often holds its text; each way of counting
is tried against those names and the one that fits most of them is used.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left
from dataclasses import dataclass

_ELLIPSES = ("…", "...")
# A name shorter than this that matches proves little (one letter fits anywhere).
_MIN_EVIDENCE = 3


@dataclass(frozen=True, slots=True)
class Counting:
    """One way a tool may count positions in a source's text."""

    utf16: bool = False  # UTF-16 code units instead of code points
    bom: bool = False  # a byte-order mark at the start counts as one position
    crlf_as_one: bool = False  # a CRLF line end counts as one position instead of two
    inclusive_end: bool = False  # endPosition is the last character's, not the one after it

    def describe(self) -> str:
        parts = ["UTF-16 code units" if self.utf16 else "code points"]
        if self.bom:
            parts.append("counting the byte-order mark")
        if self.crlf_as_one:
            parts.append("CRLF as one")
        if self.inclusive_end:
            parts.append("the end on the last character")
        return ", ".join(parts)


# The standard (QDA-XML 1.5, §10.2): code points of the source's plain text, from 0;
# its example's names show the end is the position after the last character.
STANDARD = Counting()
COUNTINGS = [Counting(u, b, c, i) for i in (False, True) for u in (False, True) for b in (False, True)
             for c in (False, True)]


class _LineNormalizer:
    """Offsets in a text with LF line ends → offsets in its NFC form, for texts that
    NFC changes (decomposed accents). NFC never composes across a line break, so each
    line is normalised on its own and only the line holding an offset is measured."""

    def __init__(self, lf: str) -> None:
        self.lines = lf.split("\n")
        self.starts = [0]  # where each line starts, before and after normalisation
        self.composed = [0]
        for line in self.lines:
            self.starts.append(self.starts[-1] + len(line) + 1)
            self.composed.append(self.composed[-1] + len(unicodedata.normalize("NFC", line)) + 1)

    def offset(self, at: int) -> int:
        index = bisect_left(self.starts, at + 1) - 1
        inside = at - self.starts[index]
        return self.composed[index] + len(unicodedata.normalize("NFC", self.lines[index][:inside]))


class PositionMap:
    """Maps positions counted one way in the source's raw text (as stored in the
    file, BOM and CRLF included) to code points of its canonical text."""

    def __init__(self, raw: str, counting: Counting) -> None:
        self.counting = counting
        has_bom = raw.startswith("\ufeff")
        view = raw[1:] if has_bom else raw
        self._shift = 1 if counting.bom and has_bom else 0
        if counting.crlf_as_one:
            view = view.replace("\r\n", "\n")
        # Canonical index of each code point boundary of the view: a CR before LF
        # disappears, and NFC may compose characters.
        lf = view.replace("\r\n", "\n").replace("\r", "\n")
        self.canonical = unicodedata.normalize("NFC", lf)
        boundaries: list[int | None] = []
        at = 0
        for i, char in enumerate(view):
            # Inside a CRLF pair (counted as two) there is no canonical boundary.
            inside = char == "\n" and i > 0 and view[i - 1] == "\r"
            boundaries.append(None if inside else at)
            if not (char == "\r" and i + 1 < len(view) and view[i + 1] == "\n"):
                at += 1
        boundaries.append(at)
        self._boundaries = boundaries
        self._composed = _LineNormalizer(lf) if self.canonical != lf else None
        if counting.utf16:
            self._units = [0]
            for char in view:
                self._units.append(self._units[-1] + (2 if ord(char) > 0xFFFF else 1))

    def to_canonical(self, position: int) -> int | None:
        """The canonical code point offset of `position`, or None if it falls
        inside a character (half a surrogate pair, between CR and LF) or outside."""
        position -= self._shift
        if position < 0:
            return None
        if self.counting.utf16:
            index = bisect_left(self._units, position)
            if index >= len(self._units) or self._units[index] != position:
                return None
            position = index
        if position >= len(self._boundaries):
            return None
        at = self._boundaries[position]
        return at if at is None or self._composed is None else self._composed.offset(at)

    def span(self, start: int, end: int) -> tuple[int, int] | None:
        a, b = self.to_canonical(start), self.to_canonical(end)
        if b is not None and self.counting.inclusive_end:
            b = b + 1 if b < len(self.canonical) else None
        return None if a is None or b is None or a > b else (a, b)


def _flat(value: str) -> str:
    return " ".join(unicodedata.normalize("NFC", value).split())


def name_fits(text: str, name: str) -> bool | None:
    """Whether a selection's `name` is its text (whole, or cut short with an
    ellipsis); None when the name is too short to tell."""
    wanted = _flat(name)
    cut = wanted.endswith(_ELLIPSES)
    for ellipsis in _ELLIPSES:
        wanted = wanted.removesuffix(ellipsis)
    wanted = wanted.rstrip()
    if len(wanted) < _MIN_EVIDENCE:
        return None
    found = _flat(text)
    return found.startswith(wanted) if cut else found == wanted


def choose_counting(raw: str, selections: list[tuple[int, int, str]]) -> tuple[PositionMap, int, int]:
    """The way of counting under which most selections' names fit their text.

    `selections` are (start, end, name). Returns the map, how many names fit
    under it and how many names could be checked at all; with no evidence
    (no names that are text) the standard counting is kept."""
    best: tuple[int, PositionMap] | None = None
    checked = 0
    for counting in COUNTINGS:
        if counting.bom and not raw.startswith("\ufeff"):
            continue
        if counting.crlf_as_one and "\r\n" not in raw:
            continue
        if counting.utf16 and all(ord(c) <= 0xFFFF for c in raw):
            continue
        mapping = PositionMap(raw, counting)
        fits = checkable = 0
        for start, end, name in selections:
            span = mapping.span(start, end)
            verdict = name_fits(mapping.canonical[span[0]:span[1]], name) if span else False
            if verdict is not None or (span is None and name_fits(name, name) is not None):
                checkable += 1
                fits += bool(verdict)
        checked = max(checked, checkable)
        if best is None or fits > best[0]:  # ties keep the earlier, more standard, counting
            best = (fits, mapping)
    assert best is not None  # the standard counting is always tried
    return best[1], best[0], checked
