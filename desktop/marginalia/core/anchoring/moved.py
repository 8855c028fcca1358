"""Step 2 of the chain: the quote occurs verbatim elsewhere, and its context picks the copy."""

from __future__ import annotations

from marginalia.core.anchoring.context import (
    AMBIGUITY_MARGIN,
    STRONG_SIDE,
    combined_score,
    context_scores,
    nearness,
    support,
)
from marginalia.core.anchoring.result import Anchor, AnchorStatus
from marginalia.core.selectors import CONTEXT_LENGTH, TextPosition, TextQuote

# Acceptance rule. A verbatim copy of the quote is the same passage only when
# its surroundings say so: the mean of prefix and suffix similarity must reach
# MIN_CONTEXT *and* one side must be strong (STRONG_SIDE, context.py). The
# second condition matters for short quotes ("de", "OpenAI") that occur dozens
# of times: among many copies one is bound to have a mean around 0.5 by chance,
# but only the real passage (or a true duplicate) keeps one side nearly intact,
# as it does when a paragraph is moved or its neighbour is rewritten. Shorter
# quotes need a stronger side: the quote and that side together must agree on
# at least CONTEXT_LENGTH code points, so "la" needs a side within two edits of
# its stored context (a phrase like "la proprietà intellettuale" recurs in
# prose; a quote of 8 or more code points is held to the plain STRONG_SIDE).
MIN_CONTEXT = 0.5
# The exception: a quote at least this long that occurs exactly once in the
# text is accepted whatever its context, since that much verbatim text is
# better evidence than 64 code points of context (the case of a whole
# paragraph quoted and then moved, which replaces both sides). The known
# hazard is a passage the author had duplicated (a repeated heading) and
# then deleted in one place.
LONG_QUOTE = 2 * CONTEXT_LENGTH
# Quotes from other tools (imports) of any length are placed on their only
# copy unless their context contradicts it: none was sent, or one side is
# strong. Their text is another version of the article, so the hazard above
# is the same; a copy whose every side disagrees is a different passage.

# Beyond this many copies, scoring every copy would dominate re-anchoring time
# while a quote that common carries no information of its own; we then only
# look near the expected place and where a piece of its immediate context
# still stands next to it.
MAX_OCCURRENCES = 2000
NEAR_REACH = 4096
AFFIX_PROBE = 8


def _starts(text: str, needle: str, lo: int = 0, hi: int | None = None) -> list[int]:
    """Every (possibly overlapping) start of `needle` in text[lo:hi]."""
    hi = len(text) if hi is None else hi
    found = []
    at = text.find(needle, max(0, lo), hi)
    while at >= 0:
        found.append(at)
        at = text.find(needle, at + 1, hi)
    return found


def candidate_starts(text: str, quote: TextQuote, expected: int | None) -> tuple[list[int], bool]:
    """Starts of verbatim copies worth scoring, and whether the quote is unique in the text."""
    exact = quote.exact
    if text.count(exact) <= MAX_OCCURRENCES:
        starts = _starts(text, exact)
        return starts, len(starts) == 1
    chosen: set[int] = set()
    if expected is not None:
        lo, hi = expected - NEAR_REACH, expected + NEAR_REACH + len(exact)
        chosen.update(_starts(text, exact, lo, hi))
    if quote.prefix:
        probe = quote.prefix[-AFFIX_PROBE:]
        chosen.update(at + len(probe) for at in _starts(text, probe + exact))
    if quote.suffix:
        chosen.update(_starts(text, exact + quote.suffix[:AFFIX_PROBE]))
    return sorted(chosen), False


def acceptable(prefix_sim: float, suffix_sim: float, length: int, long_and_unique: bool,
               foreign: TextQuote | None = None) -> bool:
    """The acceptance rule documented at MIN_CONTEXT above, for a quote of `length` code points.

    A quote from another tool (`foreign`) may carry less context than ours: the
    quote and its agreeing sides together must still cover CONTEXT_LENGTH code
    points, as they do with ours; a five-letter prefix that matches says little
    about a two-letter quote.
    """
    if long_and_unique:
        return True
    strong = max(STRONG_SIDE, 1.0 - length / CONTEXT_LENGTH)
    if max(prefix_sim, suffix_sim) < strong or (prefix_sim + suffix_sim) / 2 < MIN_CONTEXT:
        return False
    if foreign is None:
        return True
    quote = foreign
    agreeing = length + sum(len(side) * sim for side, sim in ((quote.prefix, prefix_sim), (quote.suffix, suffix_sim))
                            if sim >= STRONG_SIDE)
    return agreeing >= CONTEXT_LENGTH


def _unique_enough(quote: TextQuote, prefix_sim: float, suffix_sim: float, foreign: bool) -> bool:
    """Whether a quote found exactly once is placed there whatever its context (see LONG_QUOTE)."""
    if len(quote.exact) >= LONG_QUOTE:
        return True
    return foreign and (not (quote.prefix or quote.suffix) or max(prefix_sim, suffix_sim) >= STRONG_SIDE)


def find_moved(
    text: str, quote: TextQuote, old_start: int | None, expected: int | None, *, foreign: bool = False,
    twins: bool = True,
) -> tuple[Anchor | None, float]:
    """The best verbatim copy of the quote if its context makes it trustworthy, and the rivalry.

    Context decides; nearness to the expected place only breaks ties between
    equally good contexts. Letting nearness outweigh even one differing
    character of context would prefer a nearby lookalike over the copy whose
    surroundings are unchanged.

    Ambiguity is refused: when a second acceptable copy has (within
    AMBIGUITY_MARGIN) as much strong context as the best, as three copies of
    a repeated heading do once the annotated one has been deleted or moved,
    nothing says which is the passage, and a wrong anchor is worse than an
    orphan. Copies with identical context are the exception: they cannot be
    told apart by anyone, so the nearest is taken; not for a quote from
    another tool, whose few words of identical context do not make two copies
    one, and whose position counts in another text.

    `foreign` marks a quote from another tool (see LONG_QUOTE);
    without `twins`, copies with identical context are ambiguous too.

    The second value is the strongest context support among acceptable
    copies (0.0 if none): when they were refused as ambiguous, an approximate
    match is only believable if it is clearly better supported than they are.
    """
    length = len(quote.exact)
    starts, unique = candidate_starts(text, quote, expected)
    scored = []
    for start in starts:
        prefix_sim, suffix_sim = context_scores(text, quote, start, start + length, foreign)
        near = nearness(text, start, expected)
        scored.append(((prefix_sim + suffix_sim) / 2, near, -start, prefix_sim, suffix_sim))
    if not scored:
        return None, 0.0
    scored.sort(reverse=True)
    as_foreign = quote if foreign else None
    # Rivals need only a strong side: a copy whose context agrees as well as the
    # best one's makes the choice a guess, however short that context is.
    supports = [support(p, s) if acceptable(p, s, length, False) else None for *_, p, s in scored]
    rival = max((value for value in supports if value is not None), default=0.0)
    _, near, negative_start, prefix_sim, suffix_sim = scored[0]
    placed_alone = unique and _unique_enough(quote, prefix_sim, suffix_sim, foreign)
    if not acceptable(prefix_sim, suffix_sim, length, placed_alone, as_foreign):
        return None, rival
    start = -negative_start
    # A foreign quote verbatim where its own position says is confirmed by it.
    stated = foreign and start == old_start
    if ((prefix_sim, suffix_sim) != (1.0, 1.0) or foreign or not twins) and not stated:
        best_support = support(prefix_sim, suffix_sim)
        floor = best_support - AMBIGUITY_MARGIN
        if any(value is not None and value > floor for value in supports[1:]):
            return None, rival
    span = TextPosition(start, start + length)
    if start == old_start:
        return Anchor(AnchorStatus.EXACT, span, 1.0), rival
    score = combined_score(1.0, prefix_sim, suffix_sim, near)
    return Anchor(AnchorStatus.MOVED, span, score), rival
