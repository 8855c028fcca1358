"""Text from claims and articles made fit for one line of a table, a chart or an SVG file."""

from __future__ import annotations

import re
import unicodedata

# Characters XML 1.0 cannot hold at all (C0 controls but tab and line feeds, lone
# surrogates, U+FFFE/U+FFFF): a title or quote carrying one must still give a valid SVG.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"\s+")
# More than any line shows: the front end elides by width, and must not be handed a
# whole article (a quote may be a hundred thousand code points) to measure first.
LINE_LIMIT = 400


def one_line(text: str, limit: int = LINE_LIMIT) -> str:
    """`text` on one line: runs of white space (line breaks included) as one space,
    control characters dropped, cut after `limit` code points with an ellipsis. The cut
    backs off combining marks so no letter loses its accent halfway."""
    text = _SPACES.sub(" ", _NOT_XML.sub("", text)).strip()
    if len(text) <= limit:
        return text
    cut = limit
    while cut > 0 and unicodedata.combining(text[cut]):
        cut -= 1
    return text[:cut].rstrip() + "…"


def approx_width(text: str, size: float) -> float:
    """Roughly how wide `text` is in a sans-serif font of `size` px: for layouts made
    without a font engine (an SVG file), with room to spare rather than to lack."""
    width = 0.0
    for ch in text:
        if unicodedata.combining(ch) or unicodedata.category(ch) == "Cf":
            continue
        width += 1.0 if unicodedata.east_asian_width(ch) in "WF" else 0.6
    return width * size


def fit_lines(text: str, width: float, size: float, lines: int) -> list[str]:
    """`text` wrapped at spaces into at most `lines` lines of `width` px (approximately),
    the last one ending in an ellipsis when text is left over."""
    words = one_line(text).split(" ")
    out: list[str] = []
    current = ""
    while words and len(out) < lines:
        candidate = f"{current} {words[0]}" if current else words[0]
        if approx_width(candidate, size) <= width:
            current = candidate
            words.pop(0)
        elif current:
            out.append(current)
            current = ""
        else:  # one word wider than the line: cut it
            out.append(_elide(words.pop(0), width, size))
    if current and len(out) < lines:
        out.append(current)
    if words and out:
        out[-1] = _elide(out[-1] + " " + " ".join(words), width, size, force=True)
    return [line for line in out if line]


def _elide(text: str, width: float, size: float, force: bool = False) -> str:
    if not force and approx_width(text, size) <= width:
        return text
    limit = width - approx_width("…", size)
    used, cut = 0.0, 0
    for i, ch in enumerate(text):
        used += approx_width(ch, size)
        if used > limit:
            break
        cut = i + 1
    while 0 < cut < len(text) and unicodedata.combining(text[cut]):
        cut -= 1
    return text[:cut].rstrip() + "…"
