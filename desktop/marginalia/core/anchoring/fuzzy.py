"""Step 3 of the chain: an approximate copy of the quote, for passages edited since the claim."""

from __future__ import annotations

from itertools import groupby

from rapidfuzz.distance import Levenshtein

from marginalia.core.anchoring.boundaries import aligned_span
from marginalia.core.anchoring.context import (
    AMBIGUITY_MARGIN,
    STRONG_SIDE,
    combined_score,
    context_scores,
    nearness,
    support,
)
from marginalia.core.anchoring.myers import match_starts, search_ends
from marginalia.core.anchoring.pigeonhole import candidate_windows, worth_searching
from marginalia.core.anchoring.result import Anchor, AnchorStatus
from marginalia.core.selectors import CONTEXT_LENGTH, TextPosition, TextQuote

# Quotes shorter than this are a word or less: one error would leave too
# little of them to recognise, so they are never matched approximately.
MIN_FUZZY_LENGTH = 4
# Search first within this reach (plus twice the quote) of the expected place;
# a whole long text is only searched through the pigeonhole filter, and only
# for quotes long enough to split into informative pieces.
WINDOW_REACH = 2000
# Acceptance: the combined score (weights in context.py) and the quote's own
# similarity must both reach these. A score of 0.75 with a quote similarity of
# 0.75 needs three quarters of the context intact; a nearly intact quote needs
# about half.
MIN_SCORE = 0.75
MIN_QUOTE_SIMILARITY = 0.75
# Ties among the ends of one run of matches (a long quote with many allowed
# errors has many equally good ends) are capped to keep the work bounded.
MAX_ENDS_PER_RUN = 4
# How far beyond the allowed errors a quote-only match may misplace a boundary
# (a few characters of the quote can pass for its missing neighbours).
BOUNDARY_SLACK = 8


def max_errors(length: int) -> int:
    """About a quarter of the quote, at least one; none for quotes too short to match."""
    return 0 if length < MIN_FUZZY_LENGTH else max(1, length // 4)


def _best_ends(matches: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The best-scoring ends of each run of consecutive matching ends.

    A run whose best is an exact copy is skipped: the verbatim copies were the
    previous step's decision, and their near neighbours are the same place.
    """
    chosen: list[tuple[int, int]] = []
    # Within a run of consecutive ends, end - index is constant.
    for _, group in groupby(enumerate(matches), key=lambda item: item[1][0] - item[0]):
        run = [match for _, match in group]
        fewest = min(errors for _, errors in run)
        if fewest > 0:
            chosen.extend([match for match in run if match[1] == fewest][:MAX_ENDS_PER_RUN])
    return chosen


def _candidates(text: str, quote: TextQuote, windows: list[tuple[int, int]], errors_allowed: int):
    """Distinct spans, with corrected boundaries, that approximately match the quote."""
    seen: set[tuple[int, int]] = set()
    for lo, hi in windows:
        for end, _ in _best_ends(search_ends(quote.exact, text, errors_allowed, lo, hi)):
            _, starts = match_starts(quote.exact, text, end, errors_allowed)
            for start in starts:
                span = aligned_span(text, quote, start, end, errors_allowed + BOUNDARY_SLACK)
                if span not in seen:
                    seen.add(span)
                    yield span


def _best_anchor(
    text: str, quote: TextQuote, windows, errors_allowed: int, expected: int | None, rival: float,
    foreign: bool = False,
):
    """The highest-scoring acceptable span among the windows, as a FUZZY anchor.

    For a quote from another tool, whose position cannot tell copies apart,
    a second place elsewhere with as much context support makes it a guess;
    and the quote's agreeing code points with its agreeing sides must cover
    CONTEXT_LENGTH, as for verbatim copies (moved.acceptable).
    """
    found: list[tuple[float, float, Anchor]] = []
    length = len(quote.exact)
    for start, end in _candidates(text, quote, windows, errors_allowed):
        errors = Levenshtein.distance(quote.exact, text[start:end], score_cutoff=errors_allowed + 1)
        # A verbatim copy after boundary correction was the previous step's to judge.
        if errors == 0 or errors > errors_allowed:
            continue
        quote_sim = 1.0 - errors / length
        prefix_sim, suffix_sim = context_scores(text, quote, start, end, foreign)
        score = combined_score(quote_sim, prefix_sim, suffix_sim, nearness(text, start, expected))
        if quote_sim < MIN_QUOTE_SIMILARITY or score < MIN_SCORE:
            continue
        if rival and support(prefix_sim, suffix_sim) < rival + AMBIGUITY_MARGIN:
            continue
        agreeing = length - errors + sum(
            len(side) * sim for side, sim in ((quote.prefix, prefix_sim), (quote.suffix, suffix_sim))
            if sim >= STRONG_SIDE)
        found.append((score, support(prefix_sim, suffix_sim), agreeing,
                      Anchor(AnchorStatus.FUZZY, TextPosition(start, end), score)))
    if not found:
        return None
    score, best_support, agreeing, best = max(found, key=lambda item: item[0])
    if foreign and agreeing < CONTEXT_LENGTH:
        return None
    if foreign and any(other.position.end <= best.position.start or other.position.start >= best.position.end
                       for _, value, _, other in found if value > best_support - AMBIGUITY_MARGIN):
        return None
    return best


def find_fuzzy(
    text: str, quote: TextQuote, expected: int | None, rival: float = 0.0, *, foreign: bool = False
) -> Anchor | None:
    """An approximate match near the expected place, else anywhere the pigeonhole filter points.

    `rival` is the context support of verbatim copies the previous step found
    acceptable but ambiguous (see find_moved); a candidate must clearly beat
    it, or it would just be one more guess among equals. `foreign` compares
    context as for quotes from other tools (see context_scores).
    """
    length = len(quote.exact)
    errors_allowed = max_errors(length)
    if errors_allowed == 0 or not text:
        return None
    if foreign and not (quote.prefix and quote.suffix):
        # Only context says where an edited passage ends: a word inserted after
        # the quote's last word may belong to it or not. Our sidecars always
        # have context (an empty side is a text edge); another tool may not.
        return None
    searched: tuple[int, int] | None = None
    if foreign:
        # Its position counts in another text: every copy the filter finds is a
        # candidate, weighed together (quotes too short to search globally stay out).
        if not worth_searching(length):
            return None
        windows = candidate_windows(text, quote.exact, errors_allowed)
        if expected is not None:
            reach = 2 * length + WINDOW_REACH
            windows.append((max(0, expected - reach), min(len(text), expected + length + reach)))
        return _best_anchor(text, quote, windows, errors_allowed, expected, rival, foreign)
    if expected is not None:
        reach = 2 * length + WINDOW_REACH
        searched = (max(0, expected - reach), min(len(text), expected + length + reach))
        found = _best_anchor(text, quote, [searched], errors_allowed, expected, rival, foreign)
        if found is not None:
            return found
    if not worth_searching(length):
        return None
    windows = candidate_windows(text, quote.exact, errors_allowed, skip=searched)
    return _best_anchor(text, quote, windows, errors_allowed, expected, rival, foreign)
