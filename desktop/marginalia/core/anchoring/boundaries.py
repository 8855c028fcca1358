"""Exact span boundaries for an approximate match, read off an alignment that includes the context.

The quote alone cannot say where an edited passage begins and ends: if a word
was inserted inside "foo bar" to give "foo baz bar", the substring "foo baz"
is only one substitution away from the quote and looks like a fine match.
Aligning prefix + quote + suffix against the surrounding text puts the
boundaries where the stored context resumes, which is where the reader sees
them ("foo baz bar"); the quote's own error count then decides acceptance.
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from marginalia.core.anchoring.myers import match_starts, search_ends
from marginalia.core.selectors import TextQuote


def _destination(blocks, boundary: int, *, after_insertions: bool) -> int:
    """Where a boundary between source characters lands in the destination.

    Characters inserted exactly at the boundary belong to the outside of the
    quote: before its start (so the start lands after them) and after its end
    (so the end lands before them), matching how an insertion at a boundary
    leaves a highlighted span unchanged.
    """
    found: list[int] = []
    for tag, src_lo, src_hi, dest_lo, dest_hi in blocks:
        if tag == "insert":
            if src_lo == boundary:
                found.extend((dest_lo, dest_hi))
        elif src_lo <= boundary <= src_hi:
            # Replacements are single-character substitutions, so equal in length.
            found.append(dest_lo if tag == "delete" else dest_lo + boundary - src_lo)
    return max(found) if after_insertions else min(found)


def _placement(full: str, text: str, lo: int, hi: int, start: int, end: int) -> tuple[int, int]:
    """Where prefix + quote + suffix fits best in text[lo:hi] (free to begin and end anywhere).

    Equally good placements are resolved towards the one the quote-only
    match suggested, [start, end).
    """
    ends = search_ends(full, text, len(full), lo, hi)
    if not ends:
        return start, end
    fewest = min(errors for _, errors in ends)
    best_end = min((at for at, errors in ends if errors == fewest), key=lambda at: abs(at - end))
    _, starts = match_starts(full, text, best_end, len(full))
    return min(starts, key=lambda at: abs(at - start)), best_end


def aligned_span(text: str, quote: TextQuote, start: int, end: int, slack: int) -> tuple[int, int]:
    """The span [start, end) of a candidate match, corrected by aligning its context too.

    The quote-only match may be off by up to `slack` at either end, so the
    whole selector is first placed (semi-globally, with the bit-parallel
    matcher) in a region that much wider; the character-level alignment of
    that placement, computed by rapidfuzz, then says where the quote begins
    and ends.
    """
    full = quote.prefix + quote.exact + quote.suffix
    lo = max(0, start - len(quote.prefix) - slack)
    hi = min(len(text), end + len(quote.suffix) + slack)
    placed_lo, placed_hi = _placement(
        full, text, lo, hi, start - len(quote.prefix), end + len(quote.suffix)
    )
    blocks = [tuple(block) for block in Levenshtein.opcodes(full, text[placed_lo:placed_hi])]
    quote_start = len(quote.prefix)
    quote_end = quote_start + len(quote.exact)
    new_start = _destination(blocks, quote_start, after_insertions=True)
    new_end = _destination(blocks, quote_end, after_insertions=False)
    return placed_lo + new_start, placed_lo + max(new_start, new_end)
