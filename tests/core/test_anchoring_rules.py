"""The anchoring engine's rules at their edges: piece hits, clusters and windows, copies and spans."""

from __future__ import annotations

import random

import pytest

from marginalia.core.anchoring import AnchorStatus, anchor_quote, pigeonhole, reanchor_all
from marginalia.core.anchoring.exact import is_intact, quote_fits
from marginalia.core.anchoring.fuzzy import WINDOW_REACH, find_fuzzy, max_errors
from marginalia.core.anchoring.myers import search_ends
from marginalia.core.anchoring.pigeonhole import MAX_PIECE_HITS, _diagonals, candidate_windows, split_pieces
from marginalia.core.anchoring.result import ORPHAN, Anchor
from marginalia.core.selectors import CONTEXT_LENGTH, TextPosition, TextQuote, quote_at


def test_split_pieces_makes_exactly_the_pieces_asked_for():
    """As many pieces as asked, never an empty one at the end."""
    assert split_pieces("abcdefgh", 2) == [(0, "abcd"), (4, "efgh")]
    assert split_pieces("ab", 2) == [(0, "a"), (1, "b")]


def test_diagonals_count_hits_at_the_very_start_and_overlapping_ones():
    """A piece found at offset 0 counts, and so does every overlapping copy of it."""
    pattern = "abcdefghijklmnopqrstuvwx"
    assert _diagonals(pattern + "--", pattern, 1) == [(0, 0), (0, 1)]
    runs = _diagonals("a" * 27, "a" * 24, 1)
    assert runs == sorted([(at, 0) for at in range(16)] + [(at - 12, 1) for at in range(16)])


def test_diagonals_keep_a_piece_found_exactly_the_limit_of_times():
    """A piece with MAX_PIECE_HITS hits still votes; one more hit and it is dropped."""
    piece0, piece1 = "ABCDEFGHIJKL", "mnopqrstuvwx"
    at_limit = (piece0 + "-") * MAX_PIECE_HITS
    assert len(_diagonals(at_limit, piece0 + piece1, 1)) == MAX_PIECE_HITS
    assert _diagonals(at_limit + piece0, piece0 + piece1, 1) == []


def _windows_for(monkeypatch, hits, pattern="p" * 24, errors=1, text_length=1000, skip=None):
    monkeypatch.setattr(pigeonhole, "_diagonals", lambda text, pattern, max_errors: sorted(hits))
    return candidate_windows("-" * text_length, pattern, errors, skip=skip)


def test_candidate_windows_measure_a_cluster_from_its_first_hit(monkeypatch):
    """A hit joins a cluster only within 2k + 1 of the cluster's first hit, not of its latest."""
    # k = 1: hits at 100, 103 and 106 are two clusters (106 is 6 from 100), in text order.
    windows = _windows_for(monkeypatch, [(100, 0), (103, 1), (106, 0)])
    assert windows == [(98, 103 + 24 + 2), (104, 106 + 24 + 2)]


def test_candidate_windows_rank_by_distinct_pieces_not_hits(monkeypatch):
    """Two hits of one piece are one piece of support; the cluster with two pieces comes first."""
    windows = _windows_for(monkeypatch, [(100, 0), (101, 0), (300, 0), (301, 1)])
    assert windows == [(298, 301 + 24 + 2), (98, 101 + 24 + 2)]


def test_candidate_windows_skip_a_window_exactly_as_wide_as_the_searched_range(monkeypatch):
    """A window whose ends touch the searched range's ends lies inside it and is skipped."""
    assert _windows_for(monkeypatch, [(100, 0), (400, 0)], skip=(98, 126)) == [(398, 426)]


# -- approximate matches --------------------------------------------------------------------------
BEFORE = "the sentence that comes before: "  # CONTEXT_LENGTH code points each
AFTER = " and the one that comes after it"
QUOTE20 = TextQuote("abcdefghijklmnopqrst", BEFORE, AFTER)


def _noise(length: int, seed: int = 5) -> str:
    rng = random.Random(seed)
    return "".join(rng.choice("qwzxvkj ") for _ in range(length))


def _placed(at: int, passage: str, total: int = 9000, before: str = BEFORE, after: str = AFTER) -> str:
    """`passage` at `at` in noise, with its context around it."""
    head = _noise(at - len(before)) + before + passage + after
    return head + _noise(total - len(head), seed=7)


def test_fuzzy_contexts_are_as_long_as_a_stored_context():
    """The test contexts are exactly one stored context long."""
    assert len(BEFORE) == len(AFTER) == CONTEXT_LENGTH


def test_fuzzy_accepts_one_error_and_exactly_the_allowed_errors():
    """One substitution, or as many as allowed (a quarter: similarity exactly at the floor), is a match."""
    assert max_errors(20) == 5
    for passage in ("abcdefghijXlmnopqrst", "abcdeXXXXXklmnopqrst"):
        anchor = find_fuzzy(_placed(500, passage), QUOTE20, 500)
        assert anchor.status is AnchorStatus.FUZZY and anchor.position == TextPosition(500, 520)
    assert find_fuzzy(_placed(500, "abcdeXXXXXXlmnopqrst"), QUOTE20, 500) is None


def test_fuzzy_matches_quotes_of_one_allowed_error():
    """A quote of five code points allows one error and is found with it, without a rival given."""
    anchor = find_fuzzy(_placed(300, "hallo"), TextQuote("hello", BEFORE, AFTER), 300)
    assert anchor.position == TextPosition(300, 305)


def test_fuzzy_searches_the_reach_around_the_expected_place_and_no_further():
    """A short quote (no pieces) is looked for within 2 × its length + WINDOW_REACH of the
    expected place, on both sides."""
    expected = 3000
    reach = 2 * len(QUOTE20.exact) + WINDOW_REACH
    last_end = expected + len(QUOTE20.exact) + reach
    passage = "abcdefghijXlmnopqrst"
    assert find_fuzzy(_placed(last_end - 20, passage), QUOTE20, expected).position.start == last_end - 20
    assert find_fuzzy(_placed(last_end, passage), QUOTE20, expected) is None
    assert find_fuzzy(_placed(expected - reach, passage), QUOTE20, expected).position.start == expected - reach
    assert find_fuzzy(_placed(expected - reach - 20, passage), QUOTE20, expected) is None


def test_fuzzy_finds_an_edited_quote_at_the_very_start_of_the_text():
    """A passage at offset 0 is inside the window around an expected place of 0."""
    quote = TextQuote("abcdefghijklmnopqrst", "", AFTER)
    text = "abcdefghijXlmnopqrst" + AFTER + _noise(500)
    assert find_fuzzy(text, quote, 0).position == TextPosition(0, 20)


LONG = TextQuote("Azure keeps supplying the compute that the largest models need", BEFORE, AFTER)
LONG_EDITED = "Azure keeps providing the compute that the largest models need"


def test_fuzzy_finds_a_long_edited_quote_without_an_expected_place():
    """No stored position: the pieces still find the passage anywhere in the text."""
    text = _placed(4000, LONG_EDITED)
    assert find_fuzzy(text, LONG, None).position == TextPosition(4000, 4000 + len(LONG_EDITED))


def test_fuzzy_prefers_the_copy_nearest_the_expected_place_and_else_the_first():
    """Two equally edited copies with equal context: the nearer wins, near or far from the
    expected place; without an expectation, the first in the text."""
    text = _placed(1000, LONG_EDITED)
    text = text[:1400] + BEFORE + LONG_EDITED + AFTER + text[1400:]
    second = 1400 + len(BEFORE)
    assert find_fuzzy(text, LONG, second - 5).position.start == second
    assert find_fuzzy(text, LONG, 1000).position.start == 1000
    assert find_fuzzy(text, LONG, None).position.start == 1000
    far = _noise(6000, seed=9) + text
    assert find_fuzzy(far, LONG, len(far) - 10).position.start == 6000 + second
    assert find_fuzzy(far, LONG, len(far) - 10, rival=2.0) is None


def test_fuzzy_looks_past_a_lookalike_with_foreign_context():
    """An earlier lookalike whose context fails the score does not end the search."""
    text = _placed(2000, LONG_EDITED)
    decoy = "someone else's words entirely.. " + LONG_EDITED + " followed by different words too"
    text = text[:1000] + decoy + text[1000 + len(decoy):]
    assert find_fuzzy(text, LONG, 1500).position.start == 2000


def test_fuzzy_looks_past_a_lookalike_no_better_supported_than_the_rival():
    """With a rival of one strong side, a lookalike with only one intact side is passed over
    and a passage with both sides intact is still found."""
    text = _placed(2000, LONG_EDITED)
    decoy = BEFORE + LONG_EDITED + " followed by different words too"
    text = text[:1000] + decoy + text[1000 + len(decoy):]
    assert find_fuzzy(text, LONG, 1500, rival=1.0).position.start == 2000


# -- the chain and its first step --------------------------------------------------------------------
def test_anchor_quote_takes_the_copy_the_shift_predicts_among_equal_ones():
    """Two equally edited copies: the one at old start + hint shift is taken, on either side."""
    text = _placed(1000, LONG_EDITED)
    second = 3000 + len(BEFORE)
    text = text[:3000] + BEFORE + LONG_EDITED + AFTER + text[3000:]
    old = (1000 + second) // 2
    position = TextPosition(old, old + len(LONG.exact))
    assert anchor_quote(text, LONG, position, hint_shift=second - old).position.start == second
    assert anchor_quote(text, LONG, position, hint_shift=1000 - old).position.start == 1000


def test_anchor_quote_refuses_an_edited_copy_no_better_than_ambiguous_verbatim_ones():
    """Two verbatim copies, each with one side slightly changed, are ambiguous; an edited copy
    with intact context is not clearly better supported, so the claim is orphaned."""
    text = (_noise(500) + BEFORE + LONG.exact + AFTER[:-2] + "XY" + _noise(500, 3)
            + BEFORE + LONG.exact + "QR" + AFTER[2:] + _noise(500, 4)
            + BEFORE + LONG_EDITED + AFTER + _noise(300, 8))
    start = 500 + len(BEFORE)
    assert anchor_quote(text, LONG, TextPosition(start, start + len(LONG.exact))) == ORPHAN


def test_quote_fits_at_both_ends_of_the_text_and_only_where_it_is():
    """A quote fits at offset 0 and ending at the text's end; not where other words are."""
    quote = TextQuote("abc")
    assert quote_fits("abcxabc", quote, 0) and quote_fits("abcxabc", quote, 4)
    assert not quote_fits("xabc", quote, 0) and not quote_fits("abcab", quote, 3)
    assert not quote_fits("abc", quote, -3)


def test_is_intact_checks_the_context_after_the_quote():
    """Intact means the suffix after the quote's end is as stored, not merely the words."""
    text = "prefix words " + "quoted" + " suffix words"
    quote = TextQuote("quoted", "prefix words ", " suffix words")
    assert is_intact(text, quote, 13)
    assert not is_intact(text.replace("suffix", "suffox"), quote, 13)


def test_reanchor_all_places_claims_without_a_position_whatever_their_order():
    """Claims without a stored position are placed by their text wherever they are listed."""
    text = "one two three four five six seven eight nine ten"
    three, seven = TextPosition(8, 13), TextPosition(28, 33)
    items = [(quote_at(text, three), None), (quote_at(text, seven), seven), (quote_at(text, three), three)]
    assert [a.position for a in reanchor_all("0123" + text, items)] == [
        TextPosition(12, 17), TextPosition(32, 37), TextPosition(12, 17)]


def test_an_anchor_without_a_place_must_be_orphaned_and_its_score_in_range():
    """The two invariants of an Anchor are enforced with their reasons."""
    with pytest.raises(ValueError, match="^an anchor has a position unless it is orphaned$"):
        Anchor(AnchorStatus.EXACT, None, 1.0)
    with pytest.raises(ValueError, match="^an anchor has a position unless it is orphaned$"):
        Anchor(AnchorStatus.ORPHANED, TextPosition(0, 1), 0.0)
    with pytest.raises(ValueError, match=r"^score 1\.5 is outside \[0, 1\]$"):
        Anchor(AnchorStatus.FUZZY, TextPosition(0, 1), 1.5)


def test_the_matcher_refuses_an_empty_pattern():
    """An empty pattern has no last row to match with."""
    with pytest.raises(ValueError, match="^cannot match an empty pattern$"):
        search_ends("", "text", 1)


def test_aligned_span_starts_where_a_deletion_across_its_start_ends_and_stops_before_an_insertion():
    """Deleted across the boundary (the end of the prefix and the start of the quote): the
    span starts where the text resumes; inserted right after the quote: outside the span."""
    from marginalia.core.anchoring.boundaries import aligned_span

    quote = TextQuote("fox jumps over", "one two the quick brown ", " the lazy dog and more")
    cut = "xx one two the quick brx jumps over the lazy dog and more yy"
    lo, hi = aligned_span(cut, quote, 20, cut.index(" the lazy"), 10)
    assert cut[lo:hi] == "x jumps over"
    added = "xx one two the quick brown fox jumps overXYZ the lazy dog and more yy"
    lo, hi = aligned_span(added, quote, added.index("fox"), added.index("XYZ"), 10)
    assert added[lo:hi] == "fox jumps over"


def test_aligned_span_ties_go_to_the_place_the_quote_only_match_suggested():
    """Equally good placements of the selector: the end nearest the suggested end, then the
    start nearest the suggested start."""
    from marginalia.core.anchoring.boundaries import aligned_span

    assert aligned_span("xyz--xyz", TextQuote("xyz"), 5, 8, 10) == (5, 8)
    assert aligned_span("xyz--xyz", TextQuote("xyz"), 0, 3, 10) == (0, 3)
    assert aligned_span("--xbc", TextQuote("abc"), 3, 5, 5) == (3, 5)
    assert aligned_span("--xbc", TextQuote("abc"), 2, 5, 5) == (2, 5)


def test_a_verbatim_copy_in_foreign_context_is_no_rival_to_an_edited_passage():
    """The quote occurs verbatim only among other words (not acceptable): that copy sets no
    bar, and the edited passage with its prefix intact is found."""
    text = (_noise(300) + "someone else's words entirely.. " + LONG.exact + " followed by different words too"
            + _noise(300, 3) + BEFORE + LONG_EDITED + " and then other words follow on." + _noise(200, 4))
    start = text.index(BEFORE) + len(BEFORE)
    anchor = anchor_quote(text, LONG, TextPosition(start, start + len(LONG.exact)))
    assert anchor.status is AnchorStatus.FUZZY and anchor.position == TextPosition(start, start + len(LONG_EDITED))
