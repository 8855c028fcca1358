"""Selecting with the mouse: a drag past one word takes whole words, a modifier keeps letters."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication

from marginalia.ui.text_offsets import snap_to_words
from support import SEEDS

IT = "it-microsoft-nuova-direzione-ia.txt"
PL = "pl-openai-moc-obliczeniowa.txt"
TEXT_IT = (SEEDS / IT).read_text(encoding="utf-8")


def _point(window, cp: int) -> QPoint:
    """The viewport point just right of the left edge of code point `cp` (these texts are in the BMP)."""
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(cp)
    return window.reader.cursorRect(cursor).center() + QPoint(2, 0)


def _drag(window, start: int, end: int, modifiers=Qt.KeyboardModifier.NoModifier) -> str:
    """Press at `start`, move to `end` with the button held, release: the text selected."""
    reader, viewport = window.reader, window.reader.viewport()
    reader.reveal(start)
    a, b = _point(window, start), _point(window, end)
    left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
    events = [(QEvent.Type.MouseButtonPress, a, left, left)]
    steps = 6
    for i in range(1, steps + 1):
        middle = QPointF(a.x() + (b.x() - a.x()) * i / steps, a.y() + (b.y() - a.y()) * i / steps)
        events.append((QEvent.Type.MouseMove, middle, none, left))
    events.append((QEvent.Type.MouseButtonRelease, b, left, none))
    for kind, where, button, buttons in events:
        where = QPointF(where)
        QApplication.sendEvent(viewport, QMouseEvent(kind, where, viewport.mapToGlobal(where), button, buttons,
                                                     modifiers))
    start_cp, end_cp = reader.selection_span()
    return window.session.current.text[start_cp:end_cp]


@pytest.fixture
def window(qtbot, open_window, seed_corpus):
    return open_window(seed_corpus, seed_corpus / IT)


def test_a_drag_across_words_ends_on_whole_words(qtbot, window):
    """A drag from inside "servizi" to inside "cloud" selects "servizi di cloud" (it
    used to end mid-word: "servizi di clo"), and H makes exactly that the claim."""
    phrase = "servizi di cloud"
    at = TEXT_IT.index(phrase)
    assert _drag(window, at + 3, at + len(phrase) - 2) == phrase
    assert _drag(window, at + len(phrase) - 2, at + 3) == phrase  # dragged backwards too
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    assert window.annotator.current().quote.exact == phrase


def test_within_one_word_and_with_a_modifier_the_drag_keeps_its_letters(qtbot, window):
    """Part of a single word stays as dragged; Alt (or Ctrl) keeps letter precision across words."""
    at = TEXT_IT.index("servizi di cloud")
    assert _drag(window, at + 1, at + 5) == "ervi"
    assert _drag(window, at + 3, at + 14, Qt.KeyboardModifier.AltModifier) == "vizi di clo"
    assert _drag(window, at + 3, at + 14, Qt.KeyboardModifier.ControlModifier) == "vizi di clo"


def test_polish_letters_and_apostrophes_belong_to_their_words(qtbot, open_window, seed_corpus):
    """Ł, ś, ż are letters; an apostrophe between letters joins a word, as in "dell’IA"."""
    window = open_window(seed_corpus, seed_corpus / PL)
    text = window.session.current.text
    phrase = "moc obliczeniową"
    at = text.index(phrase)
    assert _drag(window, at + 1, at + len(phrase) - 1) == phrase
    italian = "nell’ambito dell’IA"
    at = TEXT_IT.index(italian)
    assert TEXT_IT[slice(*sorted(snap_to_words(TEXT_IT, at + 6, at + 15)))] == italian
    assert snap_to_words("a — b", 0, 5) == (0, 5)
    assert snap_to_words("", 0, 0) == (0, 0)
