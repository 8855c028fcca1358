"""The approximate-matching machinery: Myers' bit-parallel matcher, pigeonhole windows, boundaries."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from marginalia.core.anchoring.boundaries import aligned_span
from marginalia.core.anchoring.fuzzy import max_errors
from marginalia.core.anchoring.myers import edit_distance, match_starts, search_ends
from marginalia.core.anchoring.pigeonhole import candidate_windows, split_pieces
from marginalia.core.selectors import TextPosition, quote_at


def levenshtein(a: str, b: str) -> int:
    """Textbook dynamic programming, the reference the bit-parallel version must agree with."""
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i]
        for j, char_b in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        previous = current
    return previous[-1]


def best_ending_at(pattern: str, text: str, end: int) -> int:
    return min(levenshtein(pattern, text[start:end]) for start in range(end + 1))


# A tiny alphabet makes near matches (and ties) frequent; one astral character
# checks that nothing assumes UTF-16.
SMALL = st.text(alphabet="ab😀", max_size=30)
LONG_PATTERN = st.text(alphabet="ab😀", min_size=60, max_size=140)


@settings(max_examples=300, deadline=None)
@given(pattern=st.one_of(SMALL.filter(bool), LONG_PATTERN), text=SMALL, k=st.integers(0, 8))
def test_search_ends_agrees_with_dynamic_programming(pattern, text, k):
    """Every end reported, and only those, has a substring within k edits, with that distance."""
    distances = [(end, best_ending_at(pattern, text, end)) for end in range(1, len(text) + 1)]
    assert search_ends(pattern, text, k) == [(end, d) for end, d in distances if d <= k]


@settings(max_examples=300, deadline=None)
@given(pattern=st.one_of(SMALL.filter(bool), LONG_PATTERN), text=SMALL)
def test_edit_distance_agrees_with_dynamic_programming(pattern, text):
    """The anchored matcher computes plain Levenshtein distance, also for patterns over 64 characters."""
    assert edit_distance(pattern, text) == levenshtein(pattern, text)


@settings(max_examples=200, deadline=None)
@given(pattern=SMALL.filter(bool), text=SMALL.filter(bool), data=st.data())
def test_match_starts_recovers_every_optimal_start(pattern, text, data):
    """The reversed pass finds exactly the starts whose substring achieves the fewest errors."""
    end = data.draw(st.integers(1, len(text)))
    fewest = best_ending_at(pattern, text, end)
    k = len(pattern)
    errors, starts = match_starts(pattern, text, end, k)
    assert errors == fewest
    reach = min(end, len(pattern) + k)
    candidates = range(end, end - reach - 1, -1)
    assert starts == [s for s in candidates if levenshtein(pattern, text[s:end]) == fewest]


def test_search_ends_within_bounds():
    """Only text[lo:hi] is scanned, and ends are reported in whole-text offsets."""
    text = "xxabcxxabcxx"
    assert search_ends("abc", text, 0, 4, 12) == [(10, 0)]


def test_split_pieces_cover_the_pattern():
    """Pieces are consecutive, near-equal, and rebuild the pattern."""
    pattern = "abcdefghijklmnopq"
    pieces = split_pieces(pattern, 4)
    assert "".join(piece for _, piece in pieces) == pattern
    assert [offset for offset, _ in pieces] == [0, 4, 8, 12]


def test_candidate_windows_contain_a_planted_match():
    """An edited copy of a 300-character pattern in a 200k text lies inside one of the windows."""
    rng = random.Random(7)
    text = "".join(rng.choice("abcdefghij ") for _ in range(200_000))
    pattern = text[120_000:120_300]
    edited = list(pattern)
    for at in rng.sample(range(300), 20):
        edited[at] = "Z"
    planted = text[:50_000] + "".join(edited) + text[50_000:]
    windows = candidate_windows(planted, pattern, max_errors(len(pattern)), skip=(110_000, 140_000))
    assert any(lo <= 50_000 and 50_300 <= hi for lo, hi in windows)
    assert len(windows) <= 8


def test_aligned_span_puts_an_inserted_word_inside():
    """"foo bar" edited to "foo baz bar" spans all three words, not the lookalike "foo baz"."""
    old = "some leading words here and foo bar and then some more text follows here."
    new = "some leading words here and foo baz bar and then some more text follows here."
    start = old.index("foo bar")
    quote = quote_at(old, TextPosition(start, start + 7))
    assert aligned_span(new, quote, start, start + 7, 4) == (start, start + len("foo baz bar"))


def test_aligned_span_keeps_insertions_at_boundaries_outside():
    """Text inserted right before or after the quote stays outside the span."""
    old = "before the quote: QUOTED PASSAGE HERE and after it comes more text."
    start = old.index("QUOTED")
    end = start + len("QUOTED PASSAGE HERE")
    quote = quote_at(old, TextPosition(start, end))
    new = old[:start] + "new " + old[start:end] + " extra" + old[end:]
    assert aligned_span(new, quote, start + 4, end + 4, 4) == (start + 4, end + 4)
