"""Unit tests of each step of the re-anchoring chain: exact, moved, fuzzy, orphaned."""

from __future__ import annotations

import pytest

from marginalia.core.anchoring import Anchor, AnchorStatus, anchor_quote, reanchor_all
from marginalia.core.selectors import TextPosition, TextQuote, quote_at

PARAGRAPHS = [
    "La relación entre Microsoft y OpenAI parece cada vez más tensa a medida que Microsoft "
    "planea nuevas ofertas en su plataforma de computación en nube Azure.",
    "Se rumorea que Microsoft está planeando hacer que el nuevo software de una empresa llamada "
    "Databricks esté disponible en Azure para los clientes de OpenAI.",
    "Una vez desplegado en Azure, las empresas podrán utilizarlo para crear aplicaciones de IA "
    "utilizando sus propios modelos o los modelos abiertos que OpenAI publica cada año.",
    "Esto suena muy bien, pero se produce en un momento en el que OpenAI lucha por mantener "
    "a sus clientes empresariales frente a la competencia de Google.",
]
TEXT = "\n".join(PARAGRAPHS)


def claim(text: str, exact: str, occurrence: int = 0) -> tuple[TextQuote, TextPosition]:
    """The selector and position of the n-th occurrence of `exact` in `text`."""
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(exact, start + 1)
    position = TextPosition(start, start + len(exact))
    return quote_at(text, position), position


def span_of(text: str, exact: str, occurrence: int = 0) -> TextPosition:
    """The position of the n-th occurrence of `exact` in `text`."""
    return claim(text, exact, occurrence)[1]


def paragraph_span(index: int, exact: str) -> TextPosition:
    """Where the first `exact` of PARAGRAPHS[index] sits in TEXT."""
    offset = sum(len(p) + 1 for p in PARAGRAPHS[:index])
    return span_of(PARAGRAPHS[index], exact).shifted(offset)


def test_anchor_quote_exact_when_text_unchanged():
    """An untouched quote is EXACT at its old position with score 1."""
    quote, position = claim(TEXT, "Databricks esté disponible")
    assert anchor_quote(TEXT, quote, position) == Anchor(AnchorStatus.EXACT, position, 1.0)


def test_anchor_quote_exact_when_only_distant_text_changed():
    """An edit after the quote's context leaves it EXACT."""
    quote, position = claim(TEXT, "nuevas ofertas")
    edited = TEXT.replace("competencia de Google", "competencia de Google y Amazon")
    assert anchor_quote(edited, quote, position).status is AnchorStatus.EXACT


def test_anchor_quote_moved_after_insertion_before():
    """Text inserted earlier shifts the quote: MOVED by exactly the inserted length."""
    quote, position = claim(TEXT, "modelos abiertos")
    edited = "Titular nuevo.\n" + TEXT
    anchor = anchor_quote(edited, quote, position)
    assert anchor.status is AnchorStatus.MOVED
    assert anchor.position == position.shifted(len("Titular nuevo.\n"))
    assert 0.9 < anchor.score <= 1.0


def test_anchor_quote_moved_uses_hint_shift_first():
    """With the right hint the shifted copy is confirmed without search and scores 1."""
    quote, position = claim(TEXT, "Azure")
    edited = "XXXX" + TEXT
    anchor = anchor_quote(edited, quote, position, hint_shift=4)
    assert anchor == Anchor(AnchorStatus.MOVED, position.shifted(4), 1.0)


def test_anchor_quote_moved_prefers_copy_with_matching_context():
    """Among repeats of "OpenAI", the copy whose prefix and suffix match is chosen."""
    quote, position = claim(TEXT, "OpenAI", occurrence=3)
    edited = TEXT.replace("Una vez desplegado", "Una vez que esté desplegado")
    anchor = anchor_quote(edited, quote, position)
    assert anchor.status is AnchorStatus.MOVED
    assert anchor.position == span_of(edited, "OpenAI", occurrence=3)


def test_anchor_quote_moved_ignores_coincidental_copy_at_old_offset():
    """A one-letter quote is not EXACT just because the same letter sits at its old offset."""
    text = "hoy uno dos tres cuatro cinco seis siete ocho nueve diez y once doce trece catorce"
    quote, position = claim(text, "y", occurrence=1)
    shift = position.start - text.index("y")
    edited = "-" * shift + text
    assert edited[position.start:position.end] == "y"  # a lookalike at the old offset
    anchor = anchor_quote(edited, quote, position)
    assert (anchor.status, anchor.position) == (AnchorStatus.MOVED, position.shifted(shift))


def test_anchor_quote_moved_nearest_among_identical_contexts():
    """Copies with identical context are indistinguishable, so the nearest one wins."""
    block = "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda. "
    text = "intro. " + block * 6
    quote, position = claim(text, "gamma", occurrence=3)
    edited = text[len("intro. "):]
    anchor = anchor_quote(edited, quote, position)
    assert anchor.status is AnchorStatus.MOVED
    assert anchor.position == position.shifted(-len("intro. "))


def test_anchor_quote_short_repeated_quote_orphaned_after_paragraph_deleted():
    """"OpenAI" and "de" in a deleted paragraph must not jump to an unrelated copy."""
    edited = "\n".join(p for i, p in enumerate(PARAGRAPHS) if i != 2)
    for exact in ("OpenAI", "de", "Azure"):
        position = paragraph_span(2, exact)
        quote = quote_at(TEXT, position)
        anchor = anchor_quote(edited, quote, position)
        assert anchor.status is AnchorStatus.ORPHANED, exact
        assert (anchor.position, anchor.score) == (None, 0.0)


def test_anchor_quote_moved_with_paragraph_reorder():
    """A quote ending its paragraph follows the paragraph to a new place (one side intact)."""
    quote, position = claim(TEXT, "nube Azure.")
    edited = "\n".join([PARAGRAPHS[1], PARAGRAPHS[2], PARAGRAPHS[0], PARAGRAPHS[3]])
    anchor = anchor_quote(edited, quote, position)
    assert (anchor.status, anchor.position) == (AnchorStatus.MOVED, span_of(edited, "nube Azure."))


def test_anchor_quote_long_unique_quote_moved_with_both_sides_changed():
    """A whole quoted paragraph that moved keeps its anchor although both contexts changed."""
    quote, position = claim(TEXT, PARAGRAPHS[1])
    edited = "\n".join([PARAGRAPHS[3], PARAGRAPHS[0], PARAGRAPHS[2], PARAGRAPHS[1]])
    anchor = anchor_quote(edited, quote, position)
    assert (anchor.status, anchor.position) == (AnchorStatus.MOVED, span_of(edited, PARAGRAPHS[1]))


def test_anchor_quote_ambiguous_heading_copies_are_orphaned():
    """When the annotated copy of a repeated heading is gone, the others are a guess: orphaned."""
    heading = "Microsoft y OpenAI, una alianza en riesgo"
    text = "\n".join([heading, PARAGRAPHS[0], heading, PARAGRAPHS[1], heading, PARAGRAPHS[2]])
    quote, position = claim(text, "una alianza en riesgo", occurrence=1)
    edited = "\n".join([heading, PARAGRAPHS[0], PARAGRAPHS[1], heading, PARAGRAPHS[2]])
    assert anchor_quote(edited, quote, position).status is AnchorStatus.ORPHANED


def test_anchor_quote_empty_prefix_matches_only_at_text_start():
    """Without a stored position, a quote stored with an empty prefix picks the copy at offset 0."""
    text = "Microsoft y OpenAI hablan. Otra frase aquí en medio del texto. Microsoft y OpenAI hablan."
    quote, _ = claim(text, "Microsoft")
    assert quote.prefix == ""
    anchor = anchor_quote(text, quote, None)
    assert anchor.position == TextPosition(0, len("Microsoft"))


def test_anchor_quote_empty_suffix_matches_only_at_text_end():
    """A quote stored with an empty suffix picks the copy that ends the text."""
    text = "las empresas de OpenAI. Otra frase aquí en medio. Y al final: las empresas de OpenAI"
    quote, position = claim(text, "OpenAI", occurrence=1)
    assert quote.suffix == ""
    anchor = anchor_quote(text, quote, None)
    assert anchor.position == position


def test_anchor_quote_fuzzy_typo_fixed_inside_long_quote():
    """A typo fixed inside a quote of more than 100 code points gives a FUZZY anchor on the fixed span."""
    typo_text = TEXT.replace("computación en nube", "computacion en nueb")
    exact = PARAGRAPHS[0].replace("computación en nube", "computacion en nueb")
    assert len(exact) > 100
    quote, position = claim(typo_text, exact)
    anchor = anchor_quote(TEXT, quote, position)
    assert anchor.status is AnchorStatus.FUZZY
    assert anchor.position == span_of(TEXT, PARAGRAPHS[0])
    assert 0.75 <= anchor.score < 1.0


def test_anchor_quote_fuzzy_300_char_quote_with_inserted_word_and_typo():
    """A 300-code-point quote edited twice (a word inserted, a typo fixed) is found with exact bounds."""
    start = TEXT.index("Microsoft planea")
    position = TextPosition(start, start + 300)
    quote = quote_at(TEXT, position)
    edited = TEXT.replace("nuevo software", "nuevo y potente software").replace("llamada", "llamda")
    anchor = anchor_quote(edited, quote, position)
    expected_end = position.end + len(" y potente") - 1
    assert (anchor.status, anchor.position) == (AnchorStatus.FUZZY, TextPosition(start, expected_end))


def test_anchor_quote_fuzzy_quote_longer_than_64_with_several_edits():
    """A quote longer than one machine word survives three scattered edits."""
    exact = "empresa llamada Databricks esté disponible en Azure para los clientes de OpenAI."
    quote, position = claim(TEXT, exact)
    assert len(quote.exact) > 64
    edited = TEXT.replace("esté disponible", "este disponible").replace(
        "para los clientes", "para todos los clientes").replace("de OpenAI.\n", "de  OpenAI.\n")
    anchor = anchor_quote(edited, quote, position)
    start = position.start
    assert anchor.status is AnchorStatus.FUZZY
    assert anchor.position == TextPosition(start, edited.index("OpenAI.", start) + len("OpenAI."))


def test_anchor_quote_fuzzy_inserted_word_belongs_to_the_span():
    """A word inserted inside the quote extends the span instead of cutting it short."""
    quote, position = claim(TEXT, "utilizando sus propios modelos o los")
    edited = TEXT.replace("sus propios modelos", "sus propios nuevos modelos")
    anchor = anchor_quote(edited, quote, position)
    assert anchor.status is AnchorStatus.FUZZY
    found = edited[anchor.position.start:anchor.position.end]
    assert found == "utilizando sus propios nuevos modelos o los"


def test_anchor_quote_fuzzy_global_search_finds_far_moved_edited_passage():
    """An edited paragraph moved (with its successor) far beyond the local window is still found."""
    filler = " ".join(f"palabra{i}" for i in range(3000))
    text = TEXT + "\n" + filler
    quote, position = claim(text, PARAGRAPHS[1])
    edited_paragraph = PARAGRAPHS[1].replace("rumorea", "rumora").replace("nuevo", "nuevo y mejor")
    edited = "\n".join([PARAGRAPHS[0], PARAGRAPHS[3], filler, edited_paragraph, PARAGRAPHS[2]])
    assert edited.index(edited_paragraph) - position.start > 10 * 2000
    anchor = anchor_quote(edited, quote, position)
    assert anchor.status is AnchorStatus.FUZZY
    assert anchor.position == span_of(edited, edited_paragraph)


def test_anchor_quote_short_quote_never_fuzzy():
    """A quote under four code points is matched verbatim or not at all: it is allowed no
    error (from four on, one), and one changed letter leaves it orphaned."""
    from marginalia.core.anchoring.fuzzy import max_errors

    assert (max_errors(3), max_errors(4)) == (0, 1)
    quote, position = claim(TEXT, "IA ")
    assert anchor_quote(TEXT.replace("IA ", "Ia ", 1), quote, position).status is AnchorStatus.ORPHANED


def test_anchor_quote_orphaned_when_passage_gone():
    """A quote whose paragraph was deleted, with nothing alike left, is ORPHANED."""
    quote, position = claim(TEXT, "lucha por mantener a sus clientes empresariales")
    edited = "\n".join(PARAGRAPHS[:3])
    assert anchor_quote(edited, quote, position) == Anchor(AnchorStatus.ORPHANED, None, 0.0)


def test_anchor_quote_empty_quote_needs_intact_context():
    """An empty quote is placed only where both context windows are unchanged."""
    position = TextPosition(50, 50)
    quote = quote_at(TEXT, position)
    assert anchor_quote(TEXT, quote, position).status is AnchorStatus.EXACT
    assert anchor_quote("X" + TEXT, quote, position, hint_shift=1).position == TextPosition(51, 51)
    assert anchor_quote(TEXT[:40] + TEXT[60:], quote, position).status is AnchorStatus.ORPHANED


def test_anchor_quote_position_beyond_shortened_text():
    """A stored position past the end of a shortened text is no obstacle to finding the quote."""
    quote, position = claim(TEXT, "competencia de Google")
    edited = TEXT[position.start - 60:]
    anchor = anchor_quote(edited, quote, TextPosition(len(TEXT) + 10, len(TEXT) + 31))
    assert anchor.position == span_of(edited, "competencia de Google")


def test_anchor_rejects_inconsistent_values():
    """An Anchor has a position exactly when it is not orphaned, and a score in [0, 1]."""
    with pytest.raises(ValueError):
        Anchor(AnchorStatus.ORPHANED, TextPosition(0, 1), 0.0)
    with pytest.raises(ValueError):
        Anchor(AnchorStatus.EXACT, None, 1.0)
    with pytest.raises(ValueError):
        Anchor(AnchorStatus.MOVED, TextPosition(0, 1), 1.5)


def test_reanchor_all_results_follow_input_order():
    """Results come back in the caller's order although items are processed by position."""
    spans = ["Google", "Azure.", "modelos abiertos", "Databricks"]
    items = [claim(TEXT, exact) for exact in spans]
    edited = "Nuevo párrafo al principio.\n" + TEXT
    anchors = reanchor_all(edited, items)
    assert [edited[a.position.start:a.position.end] for a in anchors] == spans
    assert {a.status for a in anchors} == {AnchorStatus.MOVED}


def test_reanchor_all_carries_shift_across_an_edit():
    """After an edit mid-text, claims before it are EXACT and claims after it MOVED by the shift."""
    items = [claim(TEXT, exact) for exact in ("Microsoft y OpenAI", "Databricks", "crear", "Google")]
    edited = TEXT.replace("Se rumorea", "Desde hace semanas se rumorea")
    shift = len(edited) - len(TEXT)
    anchors = reanchor_all(edited, items)
    assert anchors[0] == Anchor(AnchorStatus.EXACT, items[0][1], 1.0)
    for (_, old), anchor in zip(items[1:], anchors[1:]):
        assert (anchor.status, anchor.position) == (AnchorStatus.MOVED, old.shifted(shift))


def test_reanchor_all_items_without_position():
    """Items without a stored position are placed by their quote and context alone."""
    quote, position = claim(TEXT, "aplicaciones de IA")
    assert reanchor_all(TEXT, [(quote, None)])[0].position == position
    assert reanchor_all("", [(quote, None), (quote, position)]) == [
        Anchor(AnchorStatus.ORPHANED, None, 0.0)] * 2
