"""The keyboard as the window advertises it: after H, between panes, within each pane."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication

from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition
from marginalia.ui.card_delegate import NoteEditor
from support import REPO, VI_EMOJI

PHRASES = ("tưởng như thân thiết", "sức mạnh tính toán", "Cạnh tranh tiềm tàng")


@pytest.fixture
def window(qtbot, open_window, emoji_corpus):
    """The window on the Vietnamese text with three claims, the text having the focus."""
    corpus = Corpus(emoji_corpus)
    document = corpus.open(emoji_corpus / "vi-emoji.txt")
    for phrase in PHRASES:
        start = VI_EMOJI.index(phrase)
        document.add(new_annotation(document.text, TextPosition(start, start + len(phrase)), topics=("compute",)))
    corpus.save(document)
    window = open_window(emoji_corpus, emoji_corpus / "vi-emoji.txt")
    window.reader.setFocus()
    qtbot.waitUntil(window.reader.hasFocus, timeout=2000)
    return window


def _focus():
    return QApplication.focusWidget()


def _claim_with(window, phrase):
    return next(a for a in window.session.current.ordered() if a.quote.exact == phrase)


def test_after_h_the_keys_the_status_bar_names_act_on_the_new_claim(qtbot, window):
    """H, then exactly the keys the status bar names: 1 tags, Enter opens the note (the
    digits typed there are the note's), Esc returns to the text, Delete removes."""
    start = VI_EMOJI.index("nỗi lo")
    window.reader.select_span(start, start + len("nỗi lo ẩn giấu"))
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    claim_id = window.annotator.current_id
    said = window.statusBar().currentMessage()
    assert "1, 2, 3" in said and "N or Enter" in said and "Delete" in said, said
    assert _focus() is window.reader and window.notes.current_id() == claim_id
    assert not window.reader.textCursor().hasSelection()  # the highlight shows, not a selection over it
    qtbot.keyClick(window.reader, Qt.Key.Key_1)
    qtbot.keyClick(window.reader, Qt.Key.Key_2)
    assert window.session.current.get(claim_id).topics == ("compute", "privacy")
    qtbot.keyClick(window.reader, Qt.Key.Key_Return)
    assert isinstance(_focus(), NoteEditor)
    qtbot.keyClicks(_focus(), "1 2 3")
    qtbot.keyClick(_focus(), Qt.Key.Key_Escape)
    assert _focus() is window.reader
    claim = window.session.current.get(claim_id)
    assert (claim.note, claim.topics) == ("1 2 3", ("compute", "privacy"))
    qtbot.keyClick(window.reader, Qt.Key.Key_N)  # N as well as Enter
    assert isinstance(_focus(), NoteEditor)
    qtbot.keyClick(_focus(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter closes too
    assert _focus() is window.reader
    qtbot.keyClick(window.reader, Qt.Key.Key_Delete)
    assert claim_id not in window.session.current


def test_the_cards_and_the_readme_name_the_same_keys(qtbot, window, monkeypatch):
    """A card without topic or note says 1, 2, 3… and N; the README says what the window does."""
    drawn = []
    original = QPainter.drawText
    monkeypatch.setattr(QPainter, "drawText", lambda self, *args: drawn.append(args[-1]) or original(self, *args))
    start = VI_EMOJI.index("Nhưng")
    window.reader.select_span(start, start + 5)
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    window.notes.delegate.forget_pictures()
    window.notes.viewport().repaint()
    texts = [t for t in drawn if isinstance(t, str)]
    assert any("press 1, 2, 3" in t for t in texts) and any("press N to write" in t for t in texts), texts
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    assert "type the note straight away" not in readme
    for keys in ("<kbd>N</kbd> or <kbd>Enter</kbd>", "<kbd>Esc</kbd>", "<kbd>F6</kbd>", "<kbd>Ctrl</kbd>+<kbd>Y</kbd>"):
        assert keys in readme, keys


def test_f6_and_ctrl_tab_move_between_the_panes_and_frame_the_one_with_the_focus(qtbot, window):
    """F6 and Ctrl+Tab go library → text → notes → library; Shift+F6 and Ctrl+Shift+Tab back.
    The pane with the focus, and only it, is framed in the highlight colour."""
    library, reader, notes = window.library.view, window.reader, window.notes
    frames = window.panes.frames()

    def framed(pane: int) -> bool:
        image = frames[pane].grab().toImage()
        return image.pixelColor(1, image.height() // 2) == frames[pane].palette().color(QPalette.ColorRole.Highlight)

    for key, modifiers in ((Qt.Key.Key_F6, Qt.KeyboardModifier.NoModifier),
                           (Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)):
        reader.setFocus()
        for expected, pane in ((notes, 2), (library, 0), (reader, 1)):
            qtbot.keyClick(_focus(), key, modifiers)
            assert _focus() is expected, (key, _focus())
            assert [framed(i) for i in range(3)] == [i == pane for i in range(3)]
    backwards = ((Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier),
                 (Qt.Key.Key_Backtab, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier))
    for key, modifiers in backwards:
        reader.setFocus()
        for expected in (library, notes, reader):
            qtbot.keyClick(_focus(), key, modifiers)
            assert _focus() is expected, (key, _focus())
    assert notes.current_id() is not None  # the notes came in on a card
    window.search_dock.show()  # an open side pane takes its turn
    reader.setFocus()
    qtbot.keyClick(reader, Qt.Key.Key_F6)
    qtbot.keyClick(_focus(), Qt.Key.Key_F6)
    assert _focus() is window.search_panel.edit


def test_tab_moves_within_each_pane_and_out_of_it(qtbot, window):
    """Tab: filter box → library → text; in the text from claim to claim, then out to the
    notes; from the notes on, out of the pane. Shift+Tab steps back through the claims."""
    window.library.filter_edit.setFocus()
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _focus() is window.library.view
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _focus() is window.reader and window.annotator.current_id is None
    for phrase in PHRASES:
        qtbot.keyClick(window.reader, Qt.Key.Key_Tab)
        assert _focus() is window.reader
        assert window.annotator.current().quote.exact == phrase
        assert window.notes.current_id() == window.annotator.current_id
        assert window.reader._selected_id == window.annotator.current_id
    qtbot.keyClick(window.reader, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert window.annotator.current().quote.exact == PHRASES[1]
    qtbot.keyClick(window.reader, Qt.Key.Key_Tab)
    qtbot.keyClick(window.reader, Qt.Key.Key_Tab)  # past the last claim: out of the text
    assert _focus() is window.notes
    qtbot.keyClick(window.notes, Qt.Key.Key_Tab)
    assert _focus() is not window.notes and not window.notes.isAncestorOf(_focus())


def test_up_down_move_between_cards_and_enter_opens_the_card_s_claim(qtbot, window):
    """In the notes, Down and Up choose the next and previous cards (and their claims);
    Enter goes to the claim in the text, where the claim keys act on it."""
    notes = window.notes
    window.panes.cycle(1)  # F6 from the text
    assert _focus() is notes
    first = notes.current_id()
    qtbot.keyClick(notes, Qt.Key.Key_Down)
    second = notes.current_id()
    assert second != first and window.annotator.current_id == second == window.reader._selected_id
    qtbot.keyClick(notes, Qt.Key.Key_Down)
    qtbot.keyClick(notes, Qt.Key.Key_Up)
    assert notes.current_id() == second
    qtbot.keyClick(notes, Qt.Key.Key_Return)
    assert _focus() is window.reader and window.annotator.current_id == second
    qtbot.keyClick(window.reader, Qt.Key.Key_3)
    assert "competition" in window.session.current.get(second).topics


def test_tab_in_a_note_goes_to_its_card_not_into_the_next_note(qtbot, window):
    """Tab in a note's editor closes it onto its own card; the next Tab leaves the notes
    (it used to open the next card's note, so the focus never left the notes)."""
    notes = window.notes
    claim = _claim_with(window, PHRASES[0])
    window.notes.select_claim(claim.id)
    window.claims.on_notes_claim_selected(claim.id)
    notes.setFocus()
    qtbot.keyClick(notes, Qt.Key.Key_N)
    assert isinstance(_focus(), NoteEditor)
    qtbot.keyClicks(_focus(), "ghi chu")
    qtbot.keyClick(_focus(), Qt.Key.Key_Tab)
    assert _focus() is notes and notes.state() != notes.State.EditingState
    assert notes.current_id() == claim.id and window.session.current.get(claim.id).note == "ghi chu"
    qtbot.keyClick(notes, Qt.Key.Key_Escape)
    qtbot.keyClick(notes, Qt.Key.Key_Tab)
    assert not notes.isAncestorOf(_focus()) and _focus() is not notes


def test_the_library_shows_where_the_keyboard_is(qtbot, window):
    """With the keyboard in the library the open article's row is current and selected,
    and the pane is framed; Enter on another row opens it."""
    window.panes.cycle(-1)  # Shift+F6 from the text
    view = window.library.view
    assert _focus() is view
    current = view.currentIndex().data(window.library.model.Role.Path)
    assert current == window.session.current.article.path
    qtbot.keyClick(view, Qt.Key.Key_Down if view.currentIndex().row() == 0 else Qt.Key.Key_Up)
    assert window.session.current.article.path != current
