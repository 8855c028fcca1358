"""Margin notes: after every way the view can change, each card sits level with its highlight."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition
from support import SEEDS
from support.margins import TOLERANCE, card_top as _card_top, line_top as _line_top, misplaced, settle as _settle

VI = (SEEDS / "vi-microsoft-openai-noi-lo-an-giau.txt").read_text(encoding="utf-8")
PL = (SEEDS / "pl-openai-moc-obliczeniowa.txt").read_text(encoding="utf-8")
# A long article: the Vietnamese seed three times, then the Polish one, with a last line.
LONG = VI + "\n" + VI + "\n" + VI + "\n" + PL + "\nKoniec artykułu: ostatnie zdanie z ważnym wnioskiem.\n"
TOP = "Theo The Information"
MIDDLE_AT = len(VI) * 3 // 2  # in the second copy
END = "ostatnie zdanie z ważnym wnioskiem"


def _phrase_after(text: str, at: int, length: int = 24) -> tuple[int, int]:
    """A span of about `length` code points starting at the first word after `at`."""
    start = text.index(" ", at) + 1
    end = text.index(" ", start + length)
    return start, end


@pytest.fixture
def long_window(qtbot, open_window, tmp_path):
    """The real window on a long article with claims near its top, middle and end, two
    of them on neighbouring lines in the middle (the second one pushed by the first)."""
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "long.txt").write_text(LONG, encoding="utf-8")
    (folder / "other.txt").write_text(PL, encoding="utf-8")
    corpus = Corpus(folder)
    other = corpus.open(folder / "other.txt")
    last = PL.rindex("Microsoft")
    other.add(new_annotation(PL, TextPosition(last, last + len("Microsoft")), topics=("competition",)))
    corpus.save(other)
    document = corpus.open(folder / "long.txt")
    spans = [(LONG.index(TOP), LONG.index(TOP) + len(TOP)),
             _phrase_after(LONG, MIDDLE_AT), _phrase_after(LONG, MIDDLE_AT + 40),
             _phrase_after(LONG, MIDDLE_AT + 900),
             (LONG.index(END), LONG.index(END) + len(END))]
    topics = [("compute",), ("privacy",), ("competition",), ("compute", "privacy"), ("competition",)]
    claims = []
    for (start, end), tagged in zip(spans, topics):
        claim = new_annotation(LONG, TextPosition(start, end), topics=tagged, note="Ghi chú: " + LONG[start:end])
        document.add(claim)
        claims.append(claim)
    corpus.save(document)
    window = open_window(folder, folder / "long.txt")
    window.claims = claims
    _settle(qtbot, window)
    return window


def _selected_is_level(window) -> None:
    """The selected card is where it should be and in view."""
    claim = window.annotator.current()
    assert claim is not None
    assert _line_top(window, claim) is not None, "the selected claim's highlight should be in view"
    assert not misplaced(window), misplaced(window)
    top = _card_top(window, claim.id)
    assert abs(top - _line_top(window, claim)) <= TOLERANCE, "the chosen card is never pushed aside"
    assert 0 <= top < window.notes.viewport().height(), top


def _choose(qtbot, window, claim) -> None:
    """Click the claim's highlight, as a user chooses it."""
    window.reader.reveal(claim.start)
    _settle(qtbot, window)
    y = int(window.reader.span_top(claim.start)) + 4
    cursor_rect = window.reader.cursorRect(window.reader.textCursor())
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(cursor_rect.center().x() + 3, y + 2))
    assert window.annotator.current_id == claim.id
    _settle(qtbot, window)


def _scroll_reader_to(qtbot, window, fraction: float) -> None:
    bar = window.reader.verticalScrollBar()
    bar.setValue(int(bar.maximum() * fraction))
    _settle(qtbot, window)


@pytest.mark.parametrize("where", [0, 1, 4])
def test_cards_are_level_after_opening_at_the_top_middle_and_end(qtbot, long_window, where):
    """Claims near the top, in the middle and at the very end: each chosen card is level
    with its highlight, also where the list has no cards above or below to scroll by."""
    window = long_window
    _choose(qtbot, window, window.claims[where])
    _selected_is_level(window)


def test_a_new_claim_mid_article_gets_its_card_beside_it(qtbot, long_window):
    """Select text in the middle and press H: the new card is level with the highlight."""
    window = long_window
    _scroll_reader_to(qtbot, window, 0.5)
    start, end = _phrase_after(LONG, window.reader.visible_span()[0] + 300)
    window.reader.select_span(start, end)
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    _settle(qtbot, window)
    assert window.annotator.current().start == start
    _selected_is_level(window)


def test_a_moved_claim_keeps_its_card_beside_it(qtbot, long_window):
    """Alt+Shift+Left moves the claim's start back a word at a time, across a line: the card follows."""
    window = long_window
    claim = window.claims[3]
    _choose(qtbot, window, claim)
    for _ in range(12):
        qtbot.keyClick(window.reader, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    _settle(qtbot, window)
    assert window.annotator.current().start < claim.start
    _selected_is_level(window)


def test_deleting_a_claim_brings_the_card_below_up_to_its_highlight(qtbot, long_window):
    """The card pushed down by its neighbour goes up to its highlight when the neighbour is deleted."""
    window = long_window
    first, second = window.claims[1], window.claims[2]
    _choose(qtbot, window, first)
    qtbot.keyClick(window.reader, Qt.Key.Key_Delete)
    _settle(qtbot, window)
    assert first.id not in window.session.current
    assert _line_top(window, second) is not None
    assert abs(_card_top(window, second.id) - _line_top(window, second)) <= TOLERANCE
    assert not misplaced(window), misplaced(window)


def test_switching_articles_and_back_leaves_no_stale_offset(qtbot, long_window):
    """The notes of another article, then of this one again, sit level with their highlights."""
    window = long_window
    _choose(qtbot, window, window.claims[0])
    window.library.select_path(window.session.corpus.root / "other.txt")
    _settle(qtbot, window)
    assert window.session.current.article.path.name == "other.txt"
    window.library.select_path(window.session.corpus.root / "long.txt")
    _settle(qtbot, window)
    claim = window.claims[0]
    assert _line_top(window, claim) is not None
    assert not misplaced(window), misplaced(window)
    _scroll_reader_to(qtbot, window, 0.5)
    assert not misplaced(window), misplaced(window)


def test_switching_to_an_article_whose_claims_are_further_down_shows_no_stale_card(qtbot, long_window):
    """The other article's first claim is below the first screen: no card shows beside
    its opening (the notes kept the previous article's offset)."""
    window = long_window
    _choose(qtbot, window, window.claims[0])
    window.open_article(window.session.corpus.root / "other.txt")
    _settle(qtbot, window)
    assert window.notes.model().rowCount() == 1
    assert not misplaced(window), misplaced(window)
    _scroll_reader_to(qtbot, window, 1.0)  # its claim comes into view, with its card
    assert _line_top(window, window.session.current.ordered()[0]) is not None
    assert not misplaced(window), misplaced(window)


def test_a_find_elsewhere_takes_the_chosen_card_away_with_its_claim(qtbot, long_window):
    """Finding words far from the chosen claim scrolls the claim away, and its card with
    it (the card used to stay in view, beside text it has nothing to do with)."""
    window = long_window
    _choose(qtbot, window, window.claims[1])
    qtbot.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.find_bar.edit, "Koniec")
    _settle(qtbot, window)
    assert window.annotator.current_id == window.claims[1].id
    assert _line_top(window, window.claims[1]) is None
    assert not misplaced(window), misplaced(window)


def test_find_moves_the_card_with_its_claim(qtbot, long_window):
    """Ctrl+F to words inside the chosen claim, from far away: the card comes along."""
    window = long_window
    claim = window.claims[3]
    _choose(qtbot, window, claim)
    _scroll_reader_to(qtbot, window, 0.0)
    qtbot.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    window.find_bar.edit.setText(claim.quote.exact)  # the text is in the article three times
    for _ in range(3):
        if window.reader.selection_span() == (claim.start, claim.end):
            break
        qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.reader.selection_span() == (claim.start, claim.end)
    _settle(qtbot, window)
    _selected_is_level(window)


def test_tab_steps_to_the_next_claim_and_its_card_follows(qtbot, long_window):
    """Tab in the text chooses the next claim and scrolls to it; its card is beside it."""
    window = long_window
    _choose(qtbot, window, window.claims[0])
    qtbot.keyClick(window.reader, Qt.Key.Key_Tab)
    _settle(qtbot, window)
    assert window.annotator.current_id == window.claims[1].id
    _selected_is_level(window)
    qtbot.keyClick(window.reader, Qt.Key.Key_Tab)
    qtbot.keyClick(window.reader, Qt.Key.Key_Tab)
    _settle(qtbot, window)
    assert window.annotator.current_id == window.claims[3].id
    _selected_is_level(window)


def test_a_search_result_shows_the_cards_beside_the_text_found(qtbot, long_window):
    """Ctrl+Shift+F, a word of the last claim, Enter: the article opens there, cards level."""
    window = long_window
    window.open_article(window.session.corpus.root / "other.txt")
    qtbot.waitUntil(lambda: not window.search_panel.indexing, timeout=10000)
    qtbot.keyClick(window.reader, Qt.Key.Key_F,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(window.search_panel.edit, "wnioskiem")
    qtbot.waitUntil(lambda: window.search_panel.results.count() == 1, timeout=3000)
    qtbot.keyClick(window.search_panel.edit, Qt.Key.Key_Return)
    _settle(qtbot, window)
    assert window.session.current.article.path.name == "long.txt"
    assert _line_top(window, window.claims[4]) is not None
    assert not misplaced(window), misplaced(window)


def test_scrolling_the_text_keeps_every_card_level(qtbot, long_window):
    """Wheel and scroll bar, down and up through the article: the cards follow."""
    window = long_window
    _choose(qtbot, window, window.claims[1])
    for fraction in (0.05, 0.3, 0.48, 0.5, 0.52, 0.9, 1.0, 0.5):
        _scroll_reader_to(qtbot, window, fraction)
        assert not misplaced(window), (fraction, misplaced(window))
    for _ in range(3):
        qtbot.wait(10)
        QApplication.sendEvent(window.reader.viewport(), _wheel(window.reader.viewport(), -120))
    _settle(qtbot, window)
    assert not misplaced(window), misplaced(window)


def _wheel(widget, delta: int):
    from PySide6.QtGui import QWheelEvent

    centre = widget.rect().center()
    return QWheelEvent(centre, widget.mapToGlobal(centre), QPoint(0, 0), QPoint(0, delta),
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)


def test_resizing_the_window_keeps_the_chosen_card_level(qtbot, long_window):
    """A narrower and shorter window rewraps the text: the cards follow their highlights."""
    window = long_window
    _choose(qtbot, window, window.claims[3])
    for size in ((1024, 700), (1400, 900), (1100, 760)):
        window.resize(*size)
        _settle(qtbot, window)
        window.reader.reveal(window.claims[3].start)
        _settle(qtbot, window)
        _selected_is_level(window)


def test_moving_the_splitter_keeps_the_chosen_card_level(qtbot, long_window):
    """Dragging the splitter between text and notes changes both widths: cards follow."""
    window = long_window
    _choose(qtbot, window, window.claims[3])
    sizes = window.splitter.sizes()
    for shift in (-120, 160):
        window.splitter.setSizes([sizes[0], sizes[1] + shift, sizes[2] - shift])
        _settle(qtbot, window)
        assert not misplaced(window), (shift, misplaced(window))
        assert _line_top(window, window.claims[3]) is not None
    _selected_is_level(window)


def test_a_topic_filter_keeps_the_shown_cards_level(qtbot, long_window):
    """Hiding a topic's claims lets the card below rise to its own highlight."""
    window = long_window
    _choose(qtbot, window, window.claims[2])
    privacy = next(a for a in window.actions.filter_actions if a.data() == "privacy")
    competition = next(a for a in window.actions.filter_actions if a.data() == "competition")
    competition.trigger()  # View ▸ Show Claims of Topics ▸ competition
    _settle(qtbot, window)
    assert window.notes.model().rowCount() == 2
    _selected_is_level(window)
    competition.trigger()
    privacy.trigger()
    _settle(qtbot, window)
    assert not misplaced(window), misplaced(window)


def test_a_growing_note_keeps_its_card_level_and_pushes_the_next(qtbot, long_window):
    """Writing a long note in the chosen card: it stays beside its highlight, the card
    below moves down out of its way, and the editor shows every line typed."""
    window = long_window
    first = window.claims[1]
    _choose(qtbot, window, first)
    qtbot.keyClick(window.reader, Qt.Key.Key_Return)  # writes the claim's note
    editor = QApplication.focusWidget()
    assert window.notes.state() == window.notes.State.EditingState and editor is not window.reader
    qtbot.keyClicks(editor, " Mot ghi chu dai hon." * 12)
    _settle(qtbot, window)
    _selected_is_level(window)
    assert editor.verticalScrollBar().maximum() == 0, "every line of the note is in view"
    assert editor.geometry().bottom() <= window.notes.visualRect(window.notes.index_of(first.id)).bottom()


def test_among_crowded_claims_the_chosen_card_stays_level(qtbot, open_window, tmp_path):
    """One claim a line: the cards cannot all sit level. The chosen one does, the cards
    above it give way upwards and those below downwards; Down in the notes moves that
    privilege to the next card."""
    from support import many_claims

    folder = tmp_path / "crowd"
    folder.mkdir()
    claims = many_claims(folder, "many.txt", 300)
    window = open_window(folder, folder / "many.txt")
    _choose(qtbot, window, claims[150])
    _selected_is_level(window)
    window.notes.setFocus()
    qtbot.keyClick(window.notes, Qt.Key.Key_Down)
    _settle(qtbot, window)
    assert window.annotator.current_id == claims[151].id
    _selected_is_level(window)


def test_a_card_chosen_far_from_its_claim_brings_the_text_beside_it(qtbot, long_window):
    """Scrolled through the notes, a click on a card whose claim is out of view scrolls the
    text to the card, which stays about where it was clicked."""
    window = long_window
    notes = window.notes
    _scroll_reader_to(qtbot, window, 0.0)
    target = window.claims[3]
    assert _line_top(window, target) is None
    notes.verticalScrollBar().setValue(_card_top(window, target.id) + notes.verticalOffset() - 200)
    clicked_at = _card_top(window, target.id)
    assert 0 <= clicked_at < notes.viewport().height()
    qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(40, clicked_at + 30))
    _settle(qtbot, window)
    assert window.annotator.current_id == target.id
    _selected_is_level(window)
    assert abs(_card_top(window, target.id) - clicked_at) <= window.reader.fontMetrics().lineSpacing()


def test_the_keyboard_coming_into_the_notes_leaves_the_text_where_it_is(qtbot, long_window):
    """With no card chosen, the focus coming into the notes leaves the text alone, and the
    first arrow key chooses the card at the top of the view (not the first of the list,
    whose claim is pages away): the text stays, but for a line or two that bring that
    card's claim beside it."""
    window = long_window
    window.reader.reveal(window.claims[1].start)
    window.annotator.set_current(None)
    _settle(qtbot, window)
    place = window.reader.verticalScrollBar().value()
    window.notes.setFocus(Qt.FocusReason.TabFocusReason)
    _settle(qtbot, window)
    assert window.reader.verticalScrollBar().value() == place
    qtbot.keyClick(window.notes, Qt.Key.Key_Down)
    _settle(qtbot, window)
    chosen = window.annotator.current()
    assert chosen is not None and chosen.id in (window.claims[1].id, window.claims[2].id)
    # At most the few lines that bring a card pushed aside level with its claim (the text scrolls by lines).
    assert abs(window.reader.verticalScrollBar().value() - place) <= 5
    _selected_is_level(window)
