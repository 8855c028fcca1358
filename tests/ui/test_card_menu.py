"""A card's context menu: the claim's actions, and its quote copied with its source."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu

from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition
from marginalia.ui.claim_menu import paragraph_of, quote_with_source

PL = "pl-openai-moc-obliczeniowa.txt"
PHRASE = "moc obliczeniową"


@pytest.fixture
def window(qtbot, open_window, seed_corpus):
    corpus = Corpus(seed_corpus)
    document = corpus.open(seed_corpus / PL)
    start = document.text.index("chmury Azure")
    document.add(new_annotation(document.text, TextPosition(start, start + len("chmury Azure")), topics=("privacy",)))
    corpus.save(document)
    window = open_window(seed_corpus, seed_corpus / PL)
    window.claim = document.ordered()[0]
    return window


def _right_click_card(qtbot, window, act):
    """Right-click the card with the mouse; `act(menu)` runs while its menu is open."""
    notes = window.notes
    rect = notes.visualRect(notes.index_of(window.claim.id))
    seen = []

    def in_menu():
        menu = QApplication.activePopupWidget()
        if not isinstance(menu, QMenu):
            QTimer.singleShot(20, in_menu)
            return
        seen.append([a.text() for a in menu.actions()])
        act(menu)
        menu.close()

    QTimer.singleShot(20, in_menu)
    # The event a right button press makes on every desktop (QTest's clicks make none).
    point = rect.center()
    QApplication.sendEvent(notes.viewport(), QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point,
                                                               notes.viewport().mapToGlobal(point)))
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    return seen[0]


def test_a_card_s_menu_offers_the_claim_s_actions_and_copies_its_quote_with_its_source(qtbot, window):
    """Right-click a card: its claim is chosen; the menu has Show Claim in Text, the topics,
    the note, Copy Quote with Source, Delete and Re-attach; Copy puts the quote, the
    article's title and the place on the clipboard."""
    actions = window.actions
    texts = _right_click_card(qtbot, window, lambda menu: actions.copy_quote.trigger())
    for action in (actions.go_to_claim, actions.edit_note, actions.copy_quote, actions.delete, actions.reattach):
        assert action.text() in texts, action.text()
    assert actions.topic_menu.title() in texts
    assert window.annotator.current_id == window.claim.id
    copied = QApplication.clipboard().text()
    title = window.session.current.article.title
    assert copied.startswith("“chmury Azure” — " + title)
    assert f"characters {window.claim.start}–{window.claim.end}" in copied and "paragraph 3" in copied


def test_copy_keys_in_the_notes_and_in_the_text_copy_the_chosen_claim(qtbot, window, monkeypatch):
    """Ctrl+C on a card, Ctrl+Shift+C anywhere: the quote with its source, the outlet when the library knows it."""
    QApplication.clipboard().clear()
    window.notes.setFocus()
    window.notes.setCurrentIndex(window.notes.index_of(window.claim.id))
    qtbot.keyClick(window.notes, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text().startswith("“chmury Azure” — ")
    monkeypatch.setattr(window.library, "entry_for", lambda path: SimpleNamespace(outlet="Gazeta Wyborcza"))
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert ", Gazeta Wyborcza, paragraph 3 " in QApplication.clipboard().text()


def test_enter_on_a_card_from_its_menu_goes_to_the_claim(qtbot, window):
    """Show Claim in Text from the card's menu leaves the text with the focus, the claim chosen."""
    _right_click_card(qtbot, window, lambda menu: window.actions.go_to_claim.trigger())
    # The menu closes after its action ran, and Qt then gives the focus back: wait for that.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader, timeout=3000)
    assert window.reader._selected_id == window.claim.id


def test_quote_with_source_reads_well_for_any_text():
    """Line breaks inside a quote become spaces; paragraphs count non-empty lines only."""
    text = "Title line\n\nFirst para.\nSecond para has the\nquote here.\n"
    start = text.index("the")
    claim = SimpleNamespace(quote=SimpleNamespace(exact="the\nquote"), start=start, end=start + 9)
    assert paragraph_of(text, start) == 3 and paragraph_of(text, 0) == 1
    assert quote_with_source(claim, text, " A title ", "") == \
        f"“the quote” — A title, paragraph 3 (characters {start}–{start + 9})"


def test_copying_a_quote_then_quitting_ends_the_process_cleanly(tmp_path, seed_corpus):
    """The clipboard outlives Python: a copied quote must not crash the process as it quits."""
    import subprocess
    import sys
    import textwrap
    from pathlib import Path

    corpus = Corpus(seed_corpus)
    document = corpus.open(seed_corpus / PL)
    start = document.text.index("chmury Azure")
    document.add(new_annotation(document.text, TextPosition(start, start + 12), topics=("privacy",)))
    corpus.save(document)
    probe = textwrap.dedent(f"""
        import sys
        from pathlib import Path
        from PySide6.QtWidgets import QApplication
        app = QApplication(sys.argv[:1])
        from marginalia.ui.main_window import MainWindow
        window = MainWindow()
        window.open_corpus(Path({str(seed_corpus)!r}), Path({str(seed_corpus / PL)!r}))
        window.annotator.set_current(window.session.current.ordered()[0].id)
        print(window.claim_menus.copy_quote())
    """)
    repo = Path(__file__).resolve().parents[2]
    done = subprocess.run([sys.executable, "-c", probe], cwd=repo, capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "MARGINALIA_HOME": str(tmp_path / "home"),
                               "PYTHONPATH": str(repo / "desktop"), "PATH": "/usr/bin:/bin"})
    assert "chmury Azure" in done.stdout, done.stderr
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
