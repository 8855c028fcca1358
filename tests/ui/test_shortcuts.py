"""Every shortcut of the window: none ambiguous in any focus state, each reaching its action by a real key."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QWidget

from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition
from support import VI_EMOJI

Context = Qt.ShortcutContext


def _widgets_of(owner: QObject) -> list[QWidget]:
    if isinstance(owner, QAction):
        return [w for w in owner.associatedObjects() if isinstance(w, QWidget)]
    return [owner.parent()] if isinstance(owner, QShortcut) and isinstance(owner.parent(), QWidget) else []


def _active(owner, context, focus: QWidget) -> bool:
    """Whether Qt would consider `owner`'s shortcut while `focus` has the keyboard."""
    if context == Context.ApplicationShortcut:
        return True
    for widget in _widgets_of(owner):
        if context == Context.WidgetShortcut and widget is focus:
            return True
        if context == Context.WidgetWithChildrenShortcut and (widget is focus or widget.isAncestorOf(focus)):
            return True
        if context == Context.WindowShortcut and widget.window() in (focus.window(), widget):
            return True  # a menu's actions count for the window whose menu bar holds it
    return False


def _bindings(window) -> list[tuple[object, Qt.ShortcutContext, list[QKeySequence]]]:
    found = [(a, a.shortcutContext(), list(a.shortcuts())) for a in window.findChildren(QAction) if a.shortcuts()]
    found += [(s, s.context(), [s.key()]) for s in window.findChildren(QShortcut) if not s.key().isEmpty()]
    return found


def _focus_states(qtbot, window) -> list[QWidget]:
    """Every widget of the window that can take the keyboard, with a card's note editor open."""
    window.notes.edit_note(window.annotator.current_id)
    qtbot.waitUntil(lambda: window.notes.state() == window.notes.State.EditingState, timeout=2000)
    window.find_bar.open_bar()
    window.search_dock.show()
    window.actions.sidecar.setChecked(True)
    return [w for w in window.findChildren(QWidget) if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisible()]


@pytest.fixture
def window(qtbot, open_window, emoji_corpus):
    corpus = Corpus(emoji_corpus)
    document = corpus.open(emoji_corpus / "vi-emoji.txt")
    start = VI_EMOJI.index("Cạnh")
    document.add(new_annotation(document.text, TextPosition(start, start + 10), topics=("competition",)))
    corpus.save(document)
    window = open_window(emoji_corpus, emoji_corpus / "vi-emoji.txt")
    window.annotator.set_current(document.ordered()[0].id)
    window.notes.select_claim(window.annotator.current_id)
    return window


def test_no_shortcut_is_ambiguous_in_any_focus_state(qtbot, window):
    """For each widget that can have the focus, the key sequences of the actions and
    shortcuts Qt would consider are all different (Qt runs none of two that share one)."""
    bindings = _bindings(window)
    assert len(bindings) > 30
    for owner, _context, sequences in bindings:  # one action listing a sequence twice is ambiguous too
        repeated = [s.toString() for s, n in Counter(s.toString() for s in sequences).items() if n > 1]
        assert not repeated, (owner.text() if isinstance(owner, QAction) else owner, repeated)
    states = _focus_states(qtbot, window)
    assert len(states) >= 8  # library filter and list, text, find box, notes, note editor, docks
    for focus in states:
        active = Counter()
        for owner, context, sequences in bindings:
            if _active(owner, context, focus):
                active.update(s.toString() for s in sequences)
        duplicates = sorted(sequence for sequence, n in active.items() if n > 1)
        assert not duplicates, (type(focus).__name__, focus.accessibleName(), duplicates)


def test_redo_works_from_the_keyboard_with_both_keys_and_says_nothing_ambiguous(qtbot, window, qtlog):
    """Ctrl+Shift+Z (shown in the Edit menu) and Ctrl+Y both redo; Qt logs no ambiguity."""
    document = window.session.current
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_2)  # privacy on the chosen claim
    claim_id = window.annotator.current_id
    tagged = set(document.get(claim_id).topics)
    assert tagged == {"privacy", "competition"}
    for redo in ((Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier),
                 (Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)):
        qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert document.get(claim_id).topics == ("competition",)
        qtbot.keyClick(window.reader, *redo)
        assert set(document.get(claim_id).topics) == tagged, redo
    assert "Ctrl+Shift+Z" in window._redo.shortcut().toString()
    assert not [r for r in qtlog.records if "Ambiguous" in r.message]


def _press(qtbot, widget, sequence: QKeySequence) -> None:
    combination = sequence[0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def test_every_shortcut_of_every_action_reaches_it_by_a_real_key(qtbot, window, qtlog, monkeypatch):
    """Each sequence of each action, pressed where the action works (the text, or the
    widget it belongs to), triggers that action and no other."""
    from marginalia.ui.dialogs import codebook_dialog, export_dialog

    monkeypatch.setattr(codebook_dialog.CodebookDialog, "exec", lambda self: 0)
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", lambda self: 0)
    monkeypatch.setattr(window.importer, "ask_file", lambda folder: None)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getExistingDirectory", lambda *a, **k: "")
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileNames", lambda *a, **k: ([], ""))
    fired: list[QAction] = []
    actions = [a for a in window.findChildren(QAction) if a.shortcuts() and a is not window.actions.quit]
    for action in actions:
        action.triggered.connect(lambda _=False, a=action: fired.append(a))
    window.reader.select_span(0, 9)
    qtbot.keyClick(window.reader, Qt.Key.Key_H)  # something to undo and redo
    window.session.undo_stack(window.session.current).undo()
    stack = window.session.undo_stack(window.session.current)
    tried = 0
    for action in actions:
        if action in (window._undo, window._redo):
            pass  # made ready before each of their keys
        else:
            assert action.isEnabled(), action.text()
        widgets = _widgets_of(action)
        target = widgets[0] if action.shortcutContext() == Context.WidgetShortcut else window.reader
        for sequence in action.shortcuts():
            if window.notes.state() == window.notes.State.EditingState:  # N opened a note: close it
                qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
            window.find_bar.hide()
            target.setFocus()
            qtbot.waitUntil(target.hasFocus, timeout=1000)
            if action is window._redo and not stack.canRedo():
                stack.undo()
            if action is window._undo and not stack.canUndo():
                stack.redo()
            fired.clear()
            _press(qtbot, target, sequence)
            assert fired[:1] == [action], (action.text(), sequence.toString(), [a.text() for a in fired])
            tried += 1
    assert tried == sum(len(a.shortcuts()) for a in actions) and len(actions) >= 28
    assert not [r for r in qtlog.records if "Ambiguous" in r.message]
    qtbot.keyClick(window.reader, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    assert not window.isVisible()  # Quit
