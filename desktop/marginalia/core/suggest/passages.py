"""Candidate passages: an article cut into sentences, with code-point offsets."""

from __future__ import annotations

import re

# A sentence ends at . ! ? … (with any closing quotes or brackets after it) when
# white space and then something that can open a sentence follows, and at every
# line end (titles, captions and list items have no full stop). A full stop
# between digits (10.5, 10.000) or after a lone capital (J. Smith) does not end one.
_END = re.compile(r"""(?<![\s.][A-Z])(?<!\d[.])[.!?…]+["'”’»)\]]*(?=\s+["'“‘«(\[¿¡\-–—]?[\w@$€£])|\n+""")
# Sentences shorter than this (after trimming) are joined to the next one: a stray
# "Top" or a lone caption is not a passage anyone would link.
MIN_PASSAGE_CHARS = 12
# Longer sentences are split at a semicolon or a colon, so that one passage is not
# a paragraph of the Vietnamese article's run-on style.
MAX_PASSAGE_CHARS = 400
_SPLIT = re.compile(r"[;:](?=\s)")


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if end - start <= MAX_PASSAGE_CHARS:
        return [(start, end)]
    spans, at = [], start
    for match in _SPLIT.finditer(text, start, end):
        if match.end() - at >= MIN_PASSAGE_CHARS and end - match.end() >= MIN_PASSAGE_CHARS:
            spans.append((at, match.end()))
            at = match.end()
    spans.append((at, end))
    return [_trimmed(text, s, e) for s, e in spans]


def split_passages(text: str) -> list[tuple[int, int]]:
    """(start, end) of every passage of `text`, in order, trimmed of white space."""
    spans: list[tuple[int, int]] = []
    at = 0
    pending: int | None = None  # start of a too-short piece waiting to join the next
    for match in _END.finditer(text):
        end = match.start() + len(match.group().rstrip("\n"))
        start, stop = _trimmed(text, at if pending is None else pending, end)
        at = match.end()
        if stop <= start:
            continue
        if stop - start < MIN_PASSAGE_CHARS:
            pending = start
            continue
        pending = None
        spans.extend(_pieces(text, start, stop))
    start, stop = _trimmed(text, at if pending is None else pending, len(text))
    if stop > start:
        if stop - start < MIN_PASSAGE_CHARS and spans:
            spans[-1] = (spans[-1][0], stop)  # a short tail joins the passage before it
        else:
            spans.extend(_pieces(text, start, stop))
    return spans
