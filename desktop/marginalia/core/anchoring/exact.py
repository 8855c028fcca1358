"""Step 1 of the chain: the quote is untouched where it was, or where the last shift puts it."""

from __future__ import annotations

from marginalia.core.anchoring.context import context_identical
from marginalia.core.anchoring.result import Anchor, AnchorStatus
from marginalia.core.selectors import TextPosition, TextQuote


def quote_fits(text: str, quote: TextQuote, start: int) -> bool:
    """True when the quote's exact text occurs verbatim at `start`."""
    return 0 <= start and text.startswith(quote.exact, start)


def is_intact(text: str, quote: TextQuote, start: int) -> bool:
    """The quote and both context windows are exactly as stored, at `start`.

    Text equality alone is not enough: a one-letter quote such as "a" is very
    likely to find *some* "a" at its old offset after an edit earlier in the
    text. Identical context on both sides is the strongest evidence there is,
    so nothing found later in the chain could be a better place.
    """
    return quote_fits(text, quote, start) and context_identical(
        text, quote, start, start + len(quote.exact)
    )


def intact_anchor(
    text: str, quote: TextQuote, position: TextPosition | None, hint_shift: int
) -> Anchor | None:
    """EXACT or MOVED without any search, when the quote is intact at a predictable place.

    The hinted place (old start + the shift observed on the previous claim) is
    tried first: after an edit, every later claim has moved by the same amount,
    so this single comparison places almost all of them.
    """
    if position is None:
        return None
    old = position.start
    for start in (old + hint_shift, old):  # the same place twice when there is no shift
        if is_intact(text, quote, start):
            span = TextPosition(start, start + len(quote.exact))
            # Intact where the shift predicts: quote, context and place all agree, the
            # best evidence there is.
            return Anchor(AnchorStatus.EXACT if start == old else AnchorStatus.MOVED, span, 1.0)
    return None
