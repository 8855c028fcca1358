"""Placing quotes made by other tools: context of any length, one copy, other whitespace."""

from __future__ import annotations

from marginalia.core.anchoring import AnchorStatus, anchor_quote
from marginalia.core.anchoring.whitespace import collapse
from marginalia.core.selectors import TextPosition, TextQuote

TEXT = ("Microsoft y OpenAI firmaron un acuerdo. Según Reuters, Microsoft y OpenAI revisan el acuerdo "
        "cada año.\nEn Varsovia, Microsoft y OpenAI\n                discutieron la nube Azure con los clientes.")


def test_anchor_quote_foreign_short_context_picks_the_matching_copy():
    """Ten code points of context on each side choose between three copies of the quote."""
    quote = TextQuote("Microsoft y OpenAI", prefix="n Reuters, ", suffix=" revisan e")
    anchor = anchor_quote(TEXT, quote, None, foreign=True)
    start = TEXT.index("Microsoft y OpenAI revisan")
    assert anchor.position == TextPosition(start, start + len("Microsoft y OpenAI"))
    # As our own claims read it (32-code-point windows) the same context is too weak.
    assert anchor_quote(TEXT, quote, None).status is AnchorStatus.ORPHANED


def test_anchor_quote_foreign_quote_occurring_once_is_placed_without_context():
    """A quote found once is placed even with no context and a position from another text."""
    quote = TextQuote("revisan el acuerdo")
    anchor = anchor_quote(TEXT, quote, TextPosition(900, 918), foreign=True)
    start = TEXT.index("revisan el acuerdo")
    assert anchor.position == TextPosition(start, start + 18)


def test_anchor_quote_foreign_unique_copy_refused_when_all_context_disagrees():
    """A short quote found once is not placed where both sides of its context say otherwise."""
    quote = TextQuote("revisan el acuerdo", prefix="Los abogados ", suffix=" en Bruselas.")
    assert anchor_quote(TEXT, quote, None, foreign=True).status is AnchorStatus.ORPHANED


def test_anchor_quote_foreign_repeated_quote_without_context_is_orphaned():
    """Three copies and no context: any choice would be a guess, so none is made."""
    quote = TextQuote("Microsoft y OpenAI")
    assert anchor_quote(TEXT, quote, TextPosition(3, 21), foreign=True).status is AnchorStatus.ORPHANED


def test_anchor_quote_foreign_identical_short_context_is_ambiguous():
    """Two copies with the same few words around them are not told apart by nearness."""
    text = "El informe dice que la nube crece cada año. Otro informe dice que la nube crece cada año."
    quote = TextQuote("la nube crece", prefix="forme dice que ", suffix=" cada año.")
    assert anchor_quote(text, quote, TextPosition(3, 16), foreign=True).status is AnchorStatus.ORPHANED
    # Our own claims, with context this long on both sides, would take the nearest.
    assert anchor_quote(text, quote, TextPosition(3, 16)).status is AnchorStatus.MOVED


def test_anchor_quote_tolerates_line_break_and_indent_for_a_space():
    """A quote with one space where the text has a line break and an indent lands on the whole span."""
    quote = TextQuote("Microsoft y OpenAI discutieron la nube", prefix="En Varsovia, ", suffix=" Azure")
    anchor = anchor_quote(TEXT, quote, None, foreign=True)
    start = TEXT.index("Microsoft y OpenAI\n ")
    end = TEXT.index(" Azure")
    assert (anchor.status, anchor.position) == (AnchorStatus.FUZZY, TextPosition(start, end))


def test_anchor_quote_whitespace_copies_with_same_context_stay_orphaned():
    """Collapsing whitespace never turns two equal-looking copies into a choice."""
    text = "A la nube\n  crece hoy. B la nube crece hoy."
    quote = TextQuote("la  nube crece", prefix="", suffix=" hoy")
    assert anchor_quote(text, quote, None, foreign=True).status is AnchorStatus.ORPHANED


def test_collapse_maps_every_code_point_back():
    """Each collapsed code point, and the end, points at where it came from."""
    flat, origins = collapse("a \n\t b  c\n")
    assert flat == "a b c "
    assert origins == [0, 1, 5, 6, 8, 9, 10]
