"""The anchoring engine's parts one by one: the filters and rules each step of the chain relies on."""

from __future__ import annotations

import pytest

from marginalia.core.anchoring import AnchorStatus, anchor_quote, reanchor_all
from marginalia.core.anchoring import context
from marginalia.core.anchoring.fuzzy import MAX_ENDS_PER_RUN, MIN_FUZZY_LENGTH, _best_ends, find_fuzzy, max_errors
from marginalia.core.anchoring.myers import edit_distance, match_starts, search_ends
from marginalia.core.anchoring.pigeonhole import (
    MAX_PIECE_HITS, MAX_PIECES, MAX_WINDOWS, MIN_PIECE, _diagonals, candidate_windows, piece_count, split_pieces,
    worth_searching,
)
from marginalia.core.anchoring.result import ORPHAN, Anchor
from marginalia.core.selectors import CONTEXT_LENGTH, TextPosition, TextQuote, quote_at

PROSE = ("Microsoft and OpenAI renegotiated the terms of their partnership this spring. "
         "Azure keeps supplying the compute that the largest models need, while rivals court both. ") * 3


# -- pigeonhole -------------------------------------------------------------------------------
def test_pieces_split_a_pattern_into_near_equal_consecutive_parts():
    """k pieces cover the pattern exactly once each; never more pieces than characters, never none."""
    assert split_pieces("abcdefghij", 3) == [(0, "abc"), (3, "def"), (6, "ghij")]
    assert split_pieces("abc", 5) == [(0, "a"), (1, "b"), (2, "c")]
    assert split_pieces("abc", 0) == [(0, "abc")]


def test_piece_counts_follow_errors_length_and_the_cap():
    """k + 1 pieces, at least two, none shorter than MIN_PIECE unless two, at most MAX_PIECES."""
    assert piece_count(2 * MIN_PIECE, 0) == 2
    assert piece_count(10 * MIN_PIECE, 3) == 4
    assert piece_count(3 * MIN_PIECE, 9) == 3
    assert piece_count(100 * MIN_PIECE, 50) == MAX_PIECES
    assert worth_searching(2 * MIN_PIECE) and not worth_searching(2 * MIN_PIECE - 1)


def test_diagonals_say_where_each_piece_implies_the_match_starts():
    """Each hit of a piece gives the match start it implies; a piece found too often is dropped."""
    pattern = "abcdefghijklmnopqrstuvwxyz"
    text = "..." + pattern + "..." + pattern[13:]
    hits = _diagonals(text, pattern, 1)
    assert hits == [(3, 0), (3, 1), (19, 1)]
    common = "ab" * 600
    assert all(index == 1 for _diagonal, index in _diagonals(common + "zzzzzzzzzzzz", "ab" * 6 + "zzzzzzzzzzzz", 1))


def test_candidate_windows_cluster_hits_rank_them_and_skip_what_was_searched():
    """Hits within 2k + 1 of each other are one window, widened by k + 1 on both sides;
    windows supported by more pieces come first; a window inside `skip` is left out; at
    most MAX_WINDOWS come back."""
    pattern = "abcdefghijklmnopqrstuvwx"  # two pieces of 12
    text = "-" * 50 + pattern + "-" * 50 + pattern[:12] + "-" * 50
    windows = candidate_windows(text, pattern, 2)
    whole = (50 - 3, 50 + len(pattern) + 3)
    assert windows[0] == whole and len(windows) == 2
    assert windows[1] == (50 + 24 + 50 - 3, 50 + 24 + 50 + len(pattern) + 3)
    assert candidate_windows(text, pattern, 2, skip=(0, whole[1])) == [windows[1]]
    assert candidate_windows(text, pattern, 2, skip=(whole[0] + 1, whole[1])) == windows
    assert candidate_windows(text, pattern, 2, skip=(whole[0], whole[1] - 1)) == windows
    shifted = "-" * 50 + pattern[:12] + "xxxxx" + pattern[12:] + "-" * 50  # 5 inserted: beyond 2k + 1 = 5? no: 5
    assert len(candidate_windows(shifted, pattern, 2)) == 1
    farther = "-" * 50 + pattern[:12] + "xxxxxx" + pattern[12:] + "-" * 50
    assert len(candidate_windows(farther, pattern, 2)) == 2
    many = ("-" * 40 + pattern[:12]) * (MAX_WINDOWS + 3)
    assert len(candidate_windows(many, pattern, 2)) == MAX_WINDOWS
    at_start = pattern + "-" * 40
    assert candidate_windows(at_start, pattern, 2)[0] == (0, len(pattern) + 3)


# -- Myers' matcher ------------------------------------------------------------------------------
def test_the_matcher_finds_every_end_within_the_errors_and_the_starts_of_the_best():
    """Ends are 1-based positions after the last character; starts are every best start."""
    assert search_ends("abc", "xxabcxx", 0) == [(5, 0)]
    assert search_ends("abc", "xxabcxx", 1, lo=3) == [(5, 1)]
    assert search_ends("abc", "xxabcxx", 1) == [(4, 1), (5, 0), (6, 1)]
    assert search_ends("abc", "xxabcxx", 1, hi=4) == [(4, 1)]
    assert match_starts("abc", "xxabcxx", 5, 1) == (0, [2])
    assert match_starts("abc", "xxabxx", 4, 1)[0] == 1
    assert edit_distance("", "abc") == 3 and edit_distance("kitten", "sitting") == 3
    assert edit_distance("a" * 70, "a" * 69 + "b") == 1  # longer than a machine word
    with pytest.raises(ValueError, match="empty pattern"):
        search_ends("", "abc", 0)


# -- fuzzy ----------------------------------------------------------------------------------------
def test_errors_allowed_grow_with_the_quote():
    """None below MIN_FUZZY_LENGTH, then a quarter of the quote, at least one."""
    assert [max_errors(n) for n in (MIN_FUZZY_LENGTH - 1, MIN_FUZZY_LENGTH, 7, 8, 12, 40)] == [0, 1, 1, 2, 3, 10]


def test_best_ends_take_the_fewest_errors_of_each_run_and_skip_exact_runs():
    """Consecutive ends are one run: its best ends (at most MAX_ENDS_PER_RUN) are kept,
    unless the run holds an exact copy."""
    run = [(10, 2), (11, 1), (12, 1), (13, 2)]
    exact_run = [(40, 1), (41, 0), (42, 1)]
    wide = [(60 + i, 1) for i in range(MAX_ENDS_PER_RUN + 3)]
    assert _best_ends(run + exact_run + wide) == [(11, 1), (12, 1)] + wide[:MAX_ENDS_PER_RUN]
    assert _best_ends([(5, 1), (7, 1)]) == [(5, 1), (7, 1)]


def _edited(text: str, old: str, new: str) -> str:
    assert old in text
    return text.replace(old, new, 1)


def test_an_edited_passage_is_found_approximately_near_where_it_was():
    """One word changed inside a quote: a FUZZY anchor on the edited words, with a score
    between the acceptance floor and 1."""
    quote_text = "Azure keeps supplying the compute"
    start = PROSE.index(quote_text)
    quote = quote_at(PROSE, TextPosition(start, start + len(quote_text)))
    edited = _edited(PROSE, "keeps supplying", "keeps providing")
    anchor = find_fuzzy(edited, quote, start)
    assert anchor.status is AnchorStatus.FUZZY and 0.75 <= anchor.score < 1.0
    assert edited[anchor.position.start:anchor.position.end] == "Azure keeps providing the compute"


def test_fuzzy_matching_gives_up_on_short_quotes_and_empty_texts():
    """A quote too short for one error, or nothing to search: no anchor."""
    quote = TextQuote("abc", "", "")
    assert find_fuzzy("abd abc", quote, 0) is None
    assert find_fuzzy("", TextQuote("abcdef", "", ""), 0) is None


def test_a_long_edited_quote_far_from_its_place_is_found_through_the_pieces():
    """Moved far beyond the local window and edited: the pigeonhole windows find it; a
    quote too short to split into pieces is not searched for that far."""
    quote_text = "Azure keeps supplying the compute that the largest models need"
    start = PROSE.index(quote_text)
    quote = quote_at(PROSE, TextPosition(start, start + len(quote_text)))
    filler = "Unrelated filler text about other matters entirely. " * 120
    text = filler + _edited(PROSE, "keeps supplying", "keeps providing")
    anchor = find_fuzzy(text, quote, 0)
    assert anchor is not None and text[anchor.position.start:anchor.position.end].startswith("Azure keeps providing")
    short = quote_at(PROSE, TextPosition(start, start + 2 * MIN_PIECE - 1))
    assert find_fuzzy(filler + _edited(PROSE, "Azure keeps", "Azure kept"), short, 0) is None


def test_a_fuzzy_match_must_clearly_beat_ambiguous_verbatim_copies():
    """With a rival support as high as it gets, no approximate match is believed."""
    quote_text = "Azure keeps supplying the compute"
    start = PROSE.index(quote_text)
    quote = quote_at(PROSE, TextPosition(start, start + len(quote_text)))
    edited = _edited(PROSE, "keeps supplying", "keeps providing")
    assert find_fuzzy(edited, quote, start, rival=2.0) is None
    assert find_fuzzy(edited, quote, start, rival=0.0) is not None


# -- the chain ------------------------------------------------------------------------------------
def test_claims_after_an_insertion_are_confirmed_where_the_shift_predicts():
    """After text is inserted at the start, each later claim is found intact where the
    previous claim's shift puts it: MOVED with full confidence, in input order."""
    once = PROSE[:len(PROSE) // 3]  # no passage repeated: every claim is unambiguous
    spans = [(once.index(w), once.index(w) + len(w)) for w in ("OpenAI", "partnership", "compute", "rivals")]
    items = [(quote_at(once, TextPosition(s, e)), TextPosition(s, e)) for s, e in reversed(spans)]
    edited = "A new first paragraph.\n" + once
    anchors = reanchor_all(edited, items)
    first = min(old.start for _quote, old in items)
    for (quote, old), anchor in zip(items, anchors):
        assert anchor.status is AnchorStatus.MOVED
        assert anchor.position.start == old.start + len("A new first paragraph.\n")
        assert (anchor.score < 1.0) if old.start == first else (anchor.score == 1.0)
    unplaced = reanchor_all(edited, [(items[0][0], None)] + items[1:])
    assert unplaced[0].position == anchors[0].position


def test_an_empty_quote_is_placed_only_by_its_intact_context():
    """No words to search for: intact context places it, anything else orphans it."""
    at = PROSE.index("Azure")
    empty = quote_at(PROSE, TextPosition(at, at))
    assert anchor_quote(PROSE, empty, TextPosition(at, at)).status is AnchorStatus.EXACT
    assert anchor_quote("Other words entirely.", empty, TextPosition(at, at)) == ORPHAN


def test_an_anchor_holds_a_position_exactly_when_it_is_not_orphaned():
    """Its invariants: orphaned without a position, placed with one, a score in [0, 1]."""
    with pytest.raises(ValueError):
        Anchor(AnchorStatus.ORPHANED, TextPosition(0, 1), 0.0)
    with pytest.raises(ValueError):
        Anchor(AnchorStatus.EXACT, None, 1.0)
    with pytest.raises(ValueError):
        Anchor(AnchorStatus.FUZZY, TextPosition(0, 1), 1.5)
    assert Anchor(AnchorStatus.FUZZY, TextPosition(0, 1), 0.0).score == 0.0


# -- context ---------------------------------------------------------------------------------------
def test_context_windows_are_cut_as_quotes_cut_them():
    """CONTEXT_LENGTH code points a side, fewer at the text's ends."""
    text = "x" * 40 + "QUOTE" + "y" * 40
    assert context.prefix_window(text, 40) == "x" * CONTEXT_LENGTH
    assert context.suffix_window(text, 45) == "y" * CONTEXT_LENGTH
    assert context.prefix_window(text, 3) == "xxx" and context.suffix_window(text, len(text) - 2) == "yy"


def test_context_scores_support_and_nearness():
    """Similarity of each side; only strong sides support a place; nearness falls linearly."""
    quote = quote_at(PROSE, TextPosition(100, 110))
    assert context.context_scores(PROSE, quote, 100, 110) == (1.0, 1.0)
    assert context.context_identical(PROSE, quote, 100, 110)
    assert not context.context_identical(PROSE, quote, 101, 111)
    assert context.similarity("", "") == 1.0 and context.similarity("abc", "xyz") == 0.0
    strong = context.STRONG_SIDE
    assert context.support(strong, strong - 0.01) == strong and context.support(1.0, 1.0) == 2.0
    assert context.support(0.1, 0.2) == 0
    assert context.nearness("abcd", 2, None) == 1.0 and context.nearness("", 5, 0) == 1.0
    assert context.nearness("abcd", 3, 1) == 0.5 and context.nearness("abcd", 0, 8) == 0.0


def test_the_combined_score_weighs_each_piece_of_evidence():
    """The quote, each side and nearness count by their documented weights, within [0, 1]."""
    total = context.QUOTE_WEIGHT + context.PREFIX_WEIGHT + context.SUFFIX_WEIGHT + context.POSITION_WEIGHT
    assert context.combined_score(1, 1, 1, 1) == 1.0
    assert context.combined_score(1, 0, 0, 0) == pytest.approx(context.QUOTE_WEIGHT / total)
    assert context.combined_score(0, 1, 0, 0) == pytest.approx(context.PREFIX_WEIGHT / total)
    assert context.combined_score(0, 0, 1, 0) == pytest.approx(context.SUFFIX_WEIGHT / total)
    assert context.combined_score(0, 0, 0, 1) == pytest.approx(context.POSITION_WEIGHT / total)
    assert context.combined_score(2, 2, 2, 2) == 1.0 and context.combined_score(-1, 0, 0, 0) == 0.0


# -- boundaries -----------------------------------------------------------------------------------
@pytest.mark.parametrize("text, span", [
    ("Before it: The foo baz bar end of it all.", "foo baz bar"),  # a word inserted inside
    ("Before it: The XX foo bar end of it all.", "foo bar"),  # inserted just before: outside
    ("Before it: The foo bar XX end of it all.", "foo bar"),  # inserted just after: outside
    ("Before it: The oo bar end of it all.", "oo bar"),  # its first letter deleted
    ("Before it: The foo ba end of it all.", "foo ba"),  # its last letter deleted
    ("Before it: The fox bar end of it all.", "fox bar"),  # a letter replaced
    ("The foo bar end of it all.", "foo bar"),  # its context cut at the text's start
])
def test_aligned_spans_begin_and_end_where_the_stored_context_resumes(text, span):
    """Whatever the quote-only match suggested (on the mark, inside, or reaching into the
    context), the span is the edited passage between the intact context."""
    from marginalia.core.anchoring.boundaries import aligned_span

    quote = TextQuote("foo bar", "Before it: The ", " end of it all.")
    start = text.index(span)
    for guess in ((start, start + 7), (start + 1, start + 6), (max(0, start - 2), start + 9)):
        lo, hi = aligned_span(text, quote, *guess, 9)
        assert text[lo:hi] == span, guess


# -- moved ----------------------------------------------------------------------------------------
def test_copies_of_a_very_common_quote_are_looked_for_near_and_by_their_context():
    """Past MAX_OCCURRENCES copies, only those near the expected place, or next to a piece
    of the stored context, are scored; the quote is then never taken for unique."""
    from marginalia.core.anchoring.moved import AFFIX_PROBE, MAX_OCCURRENCES, NEAR_REACH, candidate_starts

    common = "ab " * (MAX_OCCURRENCES + 10)
    text = common + "[left context]ab[right context] " + common
    every = [i for i in range(len(text)) if text.startswith("ab", i)]
    marked = text.index("]ab[") + 1
    by_prefix = TextQuote("ab", "xxxx" + "[left context]"[-AFFIX_PROBE:], "")
    assert candidate_starts(text, by_prefix, None) == ([marked], False)
    by_suffix = TextQuote("ab", "", "[right context]"[:AFFIX_PROBE] + "zzzz")
    assert candidate_starts(text, by_suffix, None) == ([marked], False)
    assert candidate_starts(text, TextQuote("ab", "", ""), None) == ([], False)
    expected = 6000
    near, unique = candidate_starts(text, TextQuote("ab", "", ""), expected)
    lo, hi = expected - NEAR_REACH, expected + NEAR_REACH + 2
    assert near == [i for i in every if lo <= i and i + 2 <= hi] and unique is False
    assert candidate_starts(text, TextQuote("ab", "", ""), 10)[0] == [i for i in every if i + 2 <= 10 + NEAR_REACH + 2]
    assert candidate_starts("ab ab", TextQuote("ab", "", ""), None) == ([0, 3], False)
    assert candidate_starts("xx ab yy", TextQuote("ab", "", ""), None) == ([3], True)
    assert candidate_starts("aaa", TextQuote("aa", "", ""), None) == ([0, 1], False)


def test_a_copy_is_accepted_on_its_context_and_short_quotes_need_more_of_it():
    """Mean context at least MIN_CONTEXT with one strong side; the side must be stronger
    for a short quote; a long unique quote needs none."""
    from marginalia.core.anchoring.moved import MIN_CONTEXT, acceptable

    assert acceptable(0.0, 0.0, 3, True)
    assert acceptable(0.8, 2 * MIN_CONTEXT - 0.8, 20, False)
    assert not acceptable(0.8, 2 * MIN_CONTEXT - 0.81, 20, False)
    assert not acceptable(0.74, 0.74, 20, False)
    short = 1.0 - 2 / CONTEXT_LENGTH
    assert acceptable(short, 0.5, 2, False) and not acceptable(short - 0.01, 0.5, 2, False)


def test_a_moved_quote_is_found_by_its_context_and_ambiguity_is_refused():
    """Text inserted before it: MOVED there. Two copies whose contexts vouch equally,
    neither intact: refused, with their support as the rival. Copies with identical
    context: the nearest. A copy at the old place: EXACT."""
    from marginalia.core.anchoring.moved import find_moved

    first = "Alpha paragraph about compute and chips. "
    second = "Beta paragraph about privacy and data. "
    text = first + second
    at = text.index("privacy")
    quote = quote_at(text, TextPosition(at, at + 7))
    moved_text = "Inserted words. " + text
    anchor, rival = find_moved(moved_text, quote, at, at)
    assert anchor.status is AnchorStatus.MOVED and anchor.position.start == at + len("Inserted words. ")
    assert rival == 2.0 and 0.99 < anchor.score < 1.0
    assert find_moved(text, quote, at, at)[0].status is AnchorStatus.EXACT
    twice = text + text
    same, _ = find_moved(twice, quote, None, len(text) + at)
    assert same.position.start == len(text) + at
    before, after = "p" * CONTEXT_LENGTH, "s" * CONTEXT_LENGTH
    stored = TextQuote("privacy", before, after)
    blurred = "X" + before[1:] + "privacy" + after + "|" + before[:-1] + "Y" + "privacy" + after + "|"
    refused, rival = find_moved(blurred, stored, None, None)
    assert refused is None and rival > 1.9
    assert find_moved("nothing here", quote, 0, 0) == (None, 0.0)


# -- exact ----------------------------------------------------------------------------------------
def test_an_intact_quote_is_placed_without_a_search():
    """At its old place: EXACT; where the previous shift puts it: MOVED; at neither, or
    with no old place, or only the words without their context: not by this step."""
    from marginalia.core.anchoring.exact import intact_anchor, is_intact, quote_fits

    at = PROSE.index("compute")
    quote = quote_at(PROSE, TextPosition(at, at + 7))
    assert quote_fits(PROSE, quote, at) and not quote_fits(PROSE, quote, -1)
    assert not quote_fits(PROSE[:at + 6], quote, at) and quote_fits(PROSE[:at + 7], quote, at)
    assert is_intact(PROSE, quote, at) and not is_intact("x" + PROSE, quote, at)
    assert intact_anchor(PROSE, quote, TextPosition(at, at + 7), 5) == Anchor(AnchorStatus.EXACT,
                                                                               TextPosition(at, at + 7), 1.0)
    shifted = "12345" + PROSE
    moved = intact_anchor(shifted, quote, TextPosition(at, at + 7), 5)
    assert moved == Anchor(AnchorStatus.MOVED, TextPosition(at + 5, at + 12), 1.0)
    assert intact_anchor(shifted, quote, TextPosition(at, at + 7), 0) is None
    assert intact_anchor(PROSE, quote, None, 0) is None
    other = quote_at(PROSE.replace("compute that", "compute, which"), TextPosition(at, at + 7))
    assert intact_anchor(PROSE, other, TextPosition(at, at + 7), 0) is None
