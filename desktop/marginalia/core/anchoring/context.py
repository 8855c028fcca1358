"""Evidence about a candidate place: how its surroundings and location match the quote's."""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from marginalia.core.selectors import CONTEXT_LENGTH, TextQuote

# Weights of the combined score, the ones the Hypothesis client uses to rank
# approximate matches: the quote itself is the main evidence (50), each side of
# context is strong corroboration (20 + 20), and nearness to where the claim
# used to be (2) only separates otherwise equal candidates.
QUOTE_WEIGHT = 50.0
PREFIX_WEIGHT = 20.0
SUFFIX_WEIGHT = 20.0
POSITION_WEIGHT = 2.0
_TOTAL_WEIGHT = QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT

# A side of context at least this similar is evidence; below it, two unrelated
# windows of prose can get there by chance (they typically score 0.1 to 0.4).
STRONG_SIDE = 0.75
# Two places whose strong context differs by less than this are a guess.
AMBIGUITY_MARGIN = 0.1


def prefix_window(text: str, start: int, length: int = CONTEXT_LENGTH) -> str:
    """The context before `start`, cut as `quote_at` cuts a prefix (or `length` long)."""
    return text[max(0, start - length):start]


def suffix_window(text: str, end: int, length: int = CONTEXT_LENGTH) -> str:
    """The context after `end`, cut as `quote_at` cuts a suffix (or `length` long)."""
    return text[end:end + length]


def similarity(a: str, b: str) -> float:
    """Normalised Levenshtein similarity in [0, 1]; two empty strings are identical.

    Because windows are cut the same way as the stored context, an empty prefix
    (a claim at the very start of the text) is only similar to the empty window
    at the text's start, and likewise for an empty suffix at its end.
    """
    return Levenshtein.normalized_similarity(a, b)


def context_scores(text: str, quote: TextQuote, start: int, end: int,
                   foreign: bool = False) -> tuple[float, float]:
    """(prefix similarity, suffix similarity) of the span [start, end) in `text`.

    Our sidecars store CONTEXT_LENGTH code points a side, fewer only at the
    text's edges, so their sides are compared with windows cut the same way
    (a short side then also says how far the edge is). Other tools send 10
    code points or a few words (`foreign`): each side is compared with a
    window of its own length, or it could never look similar; a side they
    did not send is no evidence of anything.
    """
    if foreign:
        return (similarity(quote.prefix, prefix_window(text, start, len(quote.prefix))) if quote.prefix else 0.0,
                similarity(quote.suffix, suffix_window(text, end, len(quote.suffix))) if quote.suffix else 0.0)
    return (
        similarity(quote.prefix, prefix_window(text, start)),
        similarity(quote.suffix, suffix_window(text, end)),
    )


def context_identical(text: str, quote: TextQuote, start: int, end: int) -> bool:
    """True when both context windows around [start, end) equal the stored ones."""
    return suffix_window(text, end) == quote.suffix and prefix_window(text, start) == quote.prefix


def support(prefix_sim: float, suffix_sim: float) -> float:
    """How much context vouches for a place, counting only the sides that are strong.

    Differences between weak sides are noise, so they must not decide
    between two places.
    """
    return sum(side for side in (prefix_sim, suffix_sim) if side >= STRONG_SIDE)


def nearness(text: str, start: int, expected: int | None) -> float:
    """1.0 at the expected start, falling linearly to 0.0 a whole text away.

    Without an expectation (the claim has no stored position) every place is
    equally near, so the term does not bias the choice.
    """
    if expected is None or not text:
        return 1.0
    return max(0.0, 1.0 - abs(start - expected) / len(text))


def combined_score(quote_sim: float, prefix_sim: float, suffix_sim: float, near: float) -> float:
    """The weighted evidence, normalised to [0, 1]."""
    total = (
        QUOTE_WEIGHT * quote_sim
        + PREFIX_WEIGHT * prefix_sim
        + SUFFIX_WEIGHT * suffix_sim
        + POSITION_WEIGHT * near
    )
    return min(1.0, max(0.0, total / _TOTAL_WEIGHT))
