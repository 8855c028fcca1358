"""Property-based tests of re-anchoring over random Unicode text (astral emoji, ZWJ, RTL, combining marks)."""

from __future__ import annotations


from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from marginalia.core.anchoring import AnchorStatus, anchor_quote, reanchor_all
from marginalia.core.selectors import CONTEXT_LENGTH, TextPosition, quote_at
from marginalia.core.text import canonicalize

# Multi-code-point clusters a reader sees as one character; spans may cut them.
CLUSTERS = [
    "👩\u200d👩\u200d👧",  # family: ZWJ sequence
    "🇻🇳", "🇪🇸",  # flags: regional-indicator pairs
    "e\u0301", "a\u0308\u0323",  # combining marks (NFC composes some of them)
    "שלום", "مرحبا بكم", "ק\u05b8",  # right-to-left scripts, with a Hebrew point
    "😀", "𝔘𝔫𝔦", "ก่", "Tiếng Việt",
    "\r\n", "\n", " ", "  ",
]
TOKEN = st.one_of(
    st.sampled_from(CLUSTERS),
    st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=6),
    st.sampled_from(["the ", "de ", "OpenAI ", "Microsoft ", "và ", "że "]),
)
SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.filter_too_much])


TEXT = st.lists(TOKEN, min_size=1, max_size=60).map("".join).map(canonicalize).filter(bool)


@st.composite
def text_and_span(draw):
    """A canonical text and a non-empty span of it."""
    text = draw(TEXT)
    start = draw(st.integers(0, len(text) - 1))
    end = draw(st.integers(start + 1, min(len(text), start + 40)))
    return text, TextPosition(start, end)


PAD = st.lists(TOKEN, min_size=1, max_size=12).map("".join)


@st.composite
def edit_outside(draw, text: str, forbidden: tuple[int, int]):
    """An insertion or deletion that leaves text[forbidden[0]:forbidden[1]] untouched.

    Returns (new text, shift applied to the span).
    """
    lo, hi = forbidden
    if draw(st.booleans()):
        places = [p for p in range(len(text) + 1) if p <= lo or p >= hi]
        assume(places)
        at = draw(st.sampled_from(places))
        inserted = canonicalize(draw(PAD))
        # Keep the edit from re-composing with neighbours under NFC.
        assume(canonicalize(text[:at] + inserted + text[at:]) == text[:at] + inserted + text[at:])
        return text[:at] + inserted + text[at:], (len(inserted) if at <= lo else 0)
    places = [p for p in range(len(text)) if p < lo or p >= hi]
    assume(places)
    at = draw(st.sampled_from(places))
    stop = draw(st.integers(at + 1, lo if at < lo else len(text)))
    edited = text[:at] + text[stop:]
    assume(canonicalize(edited) == edited)
    return edited, (-(stop - at) if at < lo else 0)


@st.composite
def padded(draw):
    """(text, lo, hi): text[lo:hi] is a random middle, with random text and full context room around it.

    At least CONTEXT_LENGTH code points separate the middle from the random
    outer parts, so edits there leave every context window in the middle intact.
    """
    outer_left, outer_right = canonicalize(draw(PAD)), canonicalize(draw(PAD))
    pad = st.text(st.characters(exclude_categories=("Cs", "Mn", "Me")), min_size=CONTEXT_LENGTH, max_size=40)
    left, right = draw(pad), draw(pad)
    middle = draw(TEXT)
    parts = [outer_left, left, middle, right, outer_right]
    text = "".join(parts)
    assume(canonicalize(text) == text)
    lo = len(outer_left) + len(left)
    return text, lo, lo + len(middle)


def spans_in(draw, lo: int, hi: int, count: int) -> list[TextPosition]:
    """`count` non-empty spans within [lo, hi)."""
    spans = []
    for _ in range(count):
        start = draw(st.integers(lo, hi - 1))
        spans.append(TextPosition(start, draw(st.integers(start + 1, min(hi, start + 40)))))
    return spans


@SETTINGS
@given(text_and_span())
def test_anchor_quote_unchanged_text_is_exact(case):
    """On the unchanged text, any span re-anchors EXACT at itself with score 1."""
    text, span = case
    anchor = anchor_quote(text, quote_at(text, span), span)
    assert (anchor.status, anchor.position, anchor.score) == (AnchorStatus.EXACT, span, 1.0)


@SETTINGS
@given(padded(), st.data())
def test_anchor_quote_edit_beyond_context_never_misplaces(case, data):
    """An edit outside the span and its context windows yields the true span or an identical twin."""
    text, lo, hi = case
    (span,) = spans_in(data.draw, lo, hi, 1)
    quote = quote_at(text, span)
    edited, shift = data.draw(edit_outside(text, (lo - CONTEXT_LENGTH, hi + CONTEXT_LENGTH)))
    anchor = anchor_quote(edited, quote, span)
    assert anchor.position is not None
    assert anchor.position == span.shifted(shift) or quote_at(edited, anchor.position) == quote


@SETTINGS
@given(text_and_span(), st.data())
def test_anchor_quote_unique_quote_survives_edit_next_to_it(case, data):
    """A quote occurring once is found at its true span after an edit anywhere outside it."""
    text, span = case
    quote = quote_at(text, span)
    edited, shift = data.draw(edit_outside(text, (span.start, span.end)))
    first = edited.find(quote.exact)
    assume(first >= 0 and edited.find(quote.exact, first + 1) < 0)
    anchor = anchor_quote(edited, quote, span)
    assert anchor.status in (AnchorStatus.EXACT, AnchorStatus.MOVED)
    assert anchor.position == span.shifted(shift)


@SETTINGS
@given(padded(), st.data())
def test_reanchor_all_after_edit_never_misplaces(case, data):
    """Several claims re-anchored together after one edit land on their true spans or identical twins."""
    text, lo, hi = case
    spans = spans_in(data.draw, lo, hi, data.draw(st.integers(1, 6)))
    edited, shift = data.draw(edit_outside(text, (lo - CONTEXT_LENGTH, hi + CONTEXT_LENGTH)))
    quotes = [quote_at(text, span) for span in spans]
    anchors = reanchor_all(edited, list(zip(quotes, spans)))
    for span, quote, anchor in zip(spans, quotes, anchors):
        assert anchor.position is not None
        assert anchor.position == span.shifted(shift) or quote_at(edited, anchor.position) == quote
