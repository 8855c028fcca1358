"""Myers' bit-parallel approximate string matching (J. ACM 46(3), 1999) on Python ints.

One bit per pattern character encodes the vertical differences (+1 / -1) of a
column of the edit-distance matrix, so a whole column is updated with a dozen
integer operations per text character. Python's unbounded ints make the bit
vectors as long as the pattern, so quotes of any length work without blocking.
"""

from __future__ import annotations

from collections.abc import Iterable


def _match_masks(pattern: str) -> dict[str, int]:
    """For every character, the bit set of the pattern positions that hold it."""
    masks: dict[str, int] = {}
    bit = 1
    for char in pattern:
        masks[char] = masks.get(char, 0) | bit
        bit <<= 1
    return masks


def _last_row(pattern: str, text: Iterable[str], anchored: bool) -> Iterable[int]:
    """Yield, after each text character, the edit distance in the pattern's last row.

    Unanchored (searching), row 0 is all zeros: a match may start anywhere, so
    the value is the distance of the best substring ending there. Anchored, row
    0 counts the text characters consumed, so the value is the distance between
    the pattern and the whole text read so far.
    """
    length = len(pattern)
    if length == 0:
        raise ValueError("cannot match an empty pattern")
    masks = _match_masks(pattern)
    # The mask only keeps the ints as long as the pattern: carries run upwards, so
    # bits above it never reach the bits that are read.
    full = (1 << length) - 1  # pragma: no mutate
    top = 1 << (length - 1)
    carry_in = 1 if anchored else 0
    plus_v, minus_v, score = full, 0, length
    lookup = masks.get
    for char in text:
        eq = lookup(char, 0)
        x_v = eq | minus_v
        x_h = (((eq & plus_v) + plus_v) ^ plus_v) | eq
        plus_h = minus_v | (full & ~(x_h | plus_v))
        minus_h = plus_v & x_h
        if plus_h & top:
            score += 1
        elif minus_h & top:
            score -= 1
        plus_h = ((plus_h << 1) | carry_in) & full
        minus_h = (minus_h << 1) & full
        plus_v = minus_h | (full & ~(x_v | plus_h))
        minus_v = plus_h & x_v
        yield score


def search_ends(
    pattern: str, text: str, max_errors: int, lo: int = 0, hi: int | None = None
) -> list[tuple[int, int]]:
    """(end, errors) for every end in text[lo:hi] where some substring matches within max_errors."""
    hi = len(text) if hi is None else min(hi, len(text))
    lo = max(0, lo)
    return [
        (end, errors)
        for end, errors in enumerate(_last_row(pattern, text[lo:hi], anchored=False), lo + 1)
        if errors <= max_errors
    ]


def match_starts(pattern: str, text: str, end: int, max_errors: int) -> tuple[int, list[int]]:
    """The fewest errors of any match ending at `end`, and every start that achieves it.

    Runs the anchored matcher on the reversed pattern over the reversed text
    leading up to `end`: the value after j characters is the distance between
    the pattern and text[end - j:end], so the minima give exact starts.
    """
    reach = min(end, len(pattern) + max_errors)
    backwards = text[end - reach:end][::-1]
    # Taking nothing (an empty match) costs the whole pattern.
    scores = [len(pattern), *_last_row(pattern[::-1], backwards, anchored=True)]
    fewest = min(scores)
    return fewest, [end - taken for taken, errors in enumerate(scores) if errors == fewest]


def edit_distance(a: str, b: str) -> int:
    """Plain Levenshtein distance, via the anchored matcher (used to check it, too)."""
    if not a:
        return len(b)
    last = len(a)
    for last in _last_row(a, b, anchored=True):
        pass
    return last
