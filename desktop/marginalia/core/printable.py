"""Text from files and file names made inert for a terminal: control characters escaped."""

from __future__ import annotations

import re

# C0 and C1 controls (escape sequences that recolour, retitle or clear a terminal),
# the line and paragraph separators, the bidirectional overrides and isolates that
# reorder what a line shows, and the surrogates that stand for bytes of a file name
# that are not UTF-8 (which no terminal encoding can print).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(text: str) -> str:
    """`text` with every character that could act on a terminal shown as its escape
    (a newline as \\n, ESC as \\x1b, U+202E as \\u202e); everything else as it is."""
    return _UNSAFE.sub(_escape, str(text))


def _escape(match: re.Match) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
