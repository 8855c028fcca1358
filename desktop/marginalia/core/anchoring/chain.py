"""The fallback chain that places quotes in a changed text: exact, moved, spaced, fuzzy, else orphaned."""

from __future__ import annotations

from collections.abc import Sequence

from marginalia.core.anchoring.exact import intact_anchor
from marginalia.core.anchoring.fuzzy import find_fuzzy
from marginalia.core.anchoring.moved import find_moved
from marginalia.core.anchoring.result import ORPHAN, Anchor
from marginalia.core.anchoring.whitespace import find_spaced
from marginalia.core.selectors import TextPosition, TextQuote


def anchor_quote(
    text: str, quote: TextQuote, position: TextPosition | None, *, hint_shift: int = 0,
    foreign: bool = False,
) -> Anchor:
    """Place one quote in `text`, given where it used to be and how far its neighbours moved.

    `hint_shift` is the displacement (new start - old start) observed on the
    previous claim; the place it predicts is tried first and is the reference
    for nearness. `foreign` marks a quote another tool made (an import): its
    context may be of any length and its position counts in another text.
    """
    intact = intact_anchor(text, quote, position, hint_shift)
    if intact is not None:
        return intact
    if not quote.exact:
        # An empty quote cannot be searched for; only its untouched context
        # (checked above) could have placed it.
        return ORPHAN
    old_start = None if position is None else position.start
    expected = None if old_start is None else min(max(0, old_start + hint_shift), len(text))
    moved, rival = find_moved(text, quote, old_start, expected, foreign=foreign)
    if moved is not None:
        return moved
    if not rival:  # verbatim copies refused as ambiguous stay so with other spacing
        spaced = find_spaced(text, quote, foreign)
        if spaced is not None:
            return spaced
    fuzzy = find_fuzzy(text, quote, expected, rival, foreign=foreign)
    if fuzzy is not None:
        return fuzzy
    return ORPHAN


def reanchor_all(
    text: str, items: Sequence[tuple[TextQuote, TextPosition | None]]
) -> list[Anchor]:
    """Place every (quote, old position) in `text`; results are in the order of `items`.

    Items are visited in order of old position, and the shift observed on each
    placed claim becomes the hint for the next: an edit moves everything after
    it by the same amount, so most claims are then confirmed by one slice
    comparison. Items without a position come last, with no expectation.
    """
    placed = sorted((i for i, (_, position) in enumerate(items) if position is not None),
                    key=lambda i: items[i][1].start)
    # Claims without a position neither use the hint nor give one: their order is free.
    order = placed + [i for i, (_, position) in enumerate(items) if position is None]
    results: list[Anchor | None] = [None] * len(items)
    shift = 0
    for index in order:
        quote, position = items[index]
        anchor = anchor_quote(text, quote, position, hint_shift=shift)
        if anchor.position is not None and position is not None:
            shift = anchor.position.start - position.start
        results[index] = anchor
    return results  # type: ignore[return-value]
