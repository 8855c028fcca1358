"""Step 3 of the chain: the quote is there, but with other whitespace (a line break and indent for a space).

Web pages and PDF copies break lines where the article has spaces, or indent
where it has none. Both the text and the quote are compared with every run of
whitespace read as one space; a copy found that way is judged by the same
context rules as a verbatim one (moved.py), then mapped back to the text.
"""

from __future__ import annotations

import re

from marginalia.core.anchoring.moved import find_moved
from marginalia.core.anchoring.result import Anchor, AnchorStatus
from marginalia.core.selectors import TextPosition, TextQuote

_RUN = re.compile(r"\s+")

# The last text collapsed: every claim of one article is placed in the same text. It
# stays module-level: memoisation of a pure function of the text, tied to no file.
_last: tuple[str, str, list[int]] | None = None


def collapse(text: str) -> tuple[str, list[int]]:
    """`text` with each run of whitespace as one space, and where each of its
    code points (and its end) came from in `text`."""
    pieces: list[str] = []
    origins: list[int] = []
    at = 0
    for run in _RUN.finditer(text):
        pieces.append(text[at:run.start()])
        origins.extend(range(at, run.start()))
        pieces.append(" ")
        origins.append(run.start())
        at = run.end()
    pieces.append(text[at:])
    origins.extend(range(at, len(text)))
    origins.append(len(text))
    return "".join(pieces), origins


def _collapsed(text: str) -> tuple[str, list[int]]:
    global _last
    if _last is None or _last[0] is not text and _last[0] != text:
        _last = (text, *collapse(text))
    return _last[1], _last[2]


def _squeeze(value: str) -> str:
    return _RUN.sub(" ", value)


def find_spaced(text: str, quote: TextQuote, foreign: bool) -> Anchor | None:
    """The quote's place when only whitespace differs, as a FUZZY anchor; None if not found
    or if the collapsed text does not say which copy it is."""
    exact = _squeeze(quote.exact)
    if not exact.strip():
        return None
    flat, origins = _collapsed(text)
    # A quote starting or ending in whitespace would match half a run: the span is
    # taken without it, and its edges are judged by the rest.
    squeezed = TextQuote(exact, _squeeze(quote.prefix), _squeeze(quote.suffix))
    # Positions count in another text here, so nearness cannot tell two copies
    # with identical context apart: such a tie is left unplaced.
    found, _ = find_moved(flat, squeezed, None, None, foreign=foreign, twins=False)
    if found is None:
        return None
    start, end = origins[found.position.start], origins[found.position.end]
    if found.position.end > found.position.start and flat[found.position.end - 1] == " ":
        end = origins[found.position.end - 1] + 1  # one code point of the run, not all of it
    return Anchor(AnchorStatus.FUZZY, TextPosition(start, max(start, end)), found.score)
