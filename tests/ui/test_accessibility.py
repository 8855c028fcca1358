"""The window by keyboard and screen reader: the focus chain, names through Qt's accessibility interface, the claim announced."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QToolButton

from support import annotate_two_claims, copy_seeds

TAB, BACKTAB, F6 = Qt.Key.Key_Tab, Qt.Key.Key_Backtab, Qt.Key.Key_F6
SHIFT, NONE = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.NoModifier


def _focus():
    return QApplication.focusWidget()


def _spoken(widget, what=QAccessible.Text.Name) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid(), widget
    return interface.text(what)


@pytest.fixture
def seeds_window(qtbot, open_window, tmp_path):
    """The window on the seeds, two claims in each article, with the find bar and both side panes open."""
    folder = annotate_two_claims(copy_seeds(tmp_path / "seeds"), first_note="a note")
    window = open_window(folder)
    window.find_bar.open_bar()
    window.actions.sidecar.setChecked(True)
    window.docks.open_search()
    window.reader.setFocus()  # where the window starts
    qtbot.waitUntil(window.reader.hasFocus, timeout=2000)
    return window


def _walk(qtbot, key, modifiers, steps: int) -> list:
    """The widgets that hold the focus, one key press after another, from where it is."""
    reached = []
    for _ in range(steps):
        reached.append(_focus())
        qtbot.keyClick(_focus(), key, modifiers)
    return reached


def _controls(window) -> list:
    """Every control the brief names, in the order Tab should reach them."""
    buttons = [b for b in window.focus_order.toolbar_buttons() if b.isEnabled() and b.isVisible()]
    return [*buttons, window.library.filter_edit, window.library.view, window.reader,
            *window.find_bar.tab_widgets(), window.notes, window.search_panel.edit, window.search_panel.results,
            window.sidecar_view.code]


def _first_visits(reached: list) -> list:
    seen = []
    for widget in reached:
        if widget not in seen:
            seen.append(widget)
    return seen


def _check_chain(qtbot, window) -> None:
    controls = _controls(window)
    assert len(controls) > 12
    forward = _walk(qtbot, TAB, NONE, 2 * len(controls) + 6)  # the reader's Tab steps its two claims first
    for widget in forward:
        assert _spoken(widget).strip(), f"{type(widget).__name__} has no accessible name"
    visits = _first_visits(forward)
    assert set(controls) <= set(visits), [type(c).__name__ for c in controls if c not in visits]
    start = visits.index(controls[0])
    cycle = visits[start:] + visits[:start]
    assert [w for w in cycle if w in controls] == controls  # reading order: toolbar, library, text, find, notes, panes
    window.library.filter_edit.setFocus()
    backward = _first_visits(_walk(qtbot, BACKTAB, SHIFT, 2 * len(controls) + 6))
    start = backward.index(window.library.filter_edit)
    back_cycle = backward[start:] + backward[:start]
    backwards = list(reversed(controls))
    at = backwards.index(window.library.filter_edit)
    assert [w for w in back_cycle if w in controls] == backwards[at:] + backwards[:at]
    window.reader.setFocus()
    panes = _first_visits(_walk(qtbot, F6, NONE, 8))
    for expected in (window.library.view, window.reader, window.notes, window.search_panel.edit,
                     window.sidecar_view.code):
        assert expected in panes
    for widget in panes:
        assert _spoken(widget).strip()


def test_focus_chain_reaches_every_control_in_reading_order_each_with_a_name(qtbot, seeds_window):
    """From the window's start, Tab reaches the toolbar's buttons, the library, the text, the
    find bar, the notes and both side panes in reading order and Shift+Tab in reverse, F6
    reaches each pane; every widget with the focus has a name through the accessibility interface."""
    _check_chain(qtbot, seeds_window)


def test_focus_chain_names_are_translated(qtbot, qapp, open_window, tmp_path):
    """In Polish the same walk finds a name everywhere, and the names are Polish ones."""
    from marginalia.ui import i18n

    i18n.install(qapp, "pl")
    try:
        folder = annotate_two_claims(copy_seeds(tmp_path / "seeds"))
        window = open_window(folder)
        window.find_bar.open_bar()
        window.actions.sidecar.setChecked(True)
        window.docks.open_search()
        window.reader.setFocus()
        qtbot.waitUntil(window.reader.hasFocus, timeout=2000)
        _check_chain(qtbot, window)
        english = {"Notes", "Library", "Filter articles", "Article text", "Find in article", "Open", "Highlight"}
        names = {_spoken(w) for w in _controls(window)}
        assert not names & english, names & english
    finally:
        i18n.install(qapp, "en")


def test_toolbar_buttons_are_operated_by_space(qtbot, seeds_window):
    """A toolbar button with the focus is pressed with Space, as a mouse click would."""
    window = seeds_window
    window.find_bar.close_bar()
    find = window.actions.toolbar_button(window.actions.find)
    assert isinstance(find, QToolButton) and find.focusPolicy() & Qt.FocusPolicy.TabFocus
    find.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(find, Qt.Key.Key_Space)
    assert window.find_bar.isVisible()


def test_cards_have_an_accessible_name_and_description(qtbot, seeds_window):
    """Each card, read through the notes' accessibility interface, says its quote, topics and
    note, and who made it with what the keys do."""
    notes = QAccessible.queryAccessibleInterface(seeds_window.notes)
    names, descriptions = [], []
    for i in range(notes.childCount()):
        child = notes.child(i)
        if child is not None and child.text(QAccessible.Text.Name).startswith("Claim “"):
            names.append(child.text(QAccessible.Text.Name))
            descriptions.append(child.text(QAccessible.Text.Description))
    assert len(names) == 2
    assert "Topics: compute." in names[0] and "Note: a note" in names[0]
    assert all("Enter goes to the claim" in d for d in descriptions)


def test_the_claim_being_read_is_announced_when_it_changes(qtbot, seeds_window, monkeypatch):
    """Tab in the text chooses the next claim: the announcer's accessible name becomes that
    claim's words, and assistive technology is told with an announcement of them."""
    told = []
    monkeypatch.setattr(QAccessible, "updateAccessibility",
                        lambda event: told.append((event.type(), event.object())))
    window = seeds_window
    label = window.announcer.label
    assert not label.isVisible()
    qtbot.keyClick(window.reader, TAB)
    first = _spoken(label)
    claim = window.annotator.current()
    assert first.startswith("Claim 1 of 2:") and claim.quote.exact in first
    assert label.isVisible() and label.text() == "Claim 1 of 2"
    assert (QAccessible.Event.Announcement, label) in told and (QAccessible.Event.NameChanged, label) in told
    told.clear()
    qtbot.keyClick(window.reader, TAB)
    second = _spoken(label)
    assert second.startswith("Claim 2 of 2:") and window.annotator.current().quote.exact in second
    assert (QAccessible.Event.Announcement, label) in told
    told.clear()
    qtbot.keyClick(window.reader, Qt.Key.Key_1)  # a topic added to the same claim: renewed, not announced
    assert "compute" in _spoken(label) and (QAccessible.Event.Announcement, label) not in told


def test_library_claim_counts_name_their_topics_to_a_screen_reader(qtbot, seeds_window):
    """The library's claims column shows topics as coloured dots; through the accessibility
    interface each count comes with its topic's name."""
    view = QAccessible.queryAccessibleInterface(seeds_window.library.view)
    spoken = [view.child(i).text(QAccessible.Text.Name) for i in range(view.childCount()) if view.child(i)]
    counts = [text for text in spoken if text.startswith("2 claims")]
    assert len(counts) == 5
    assert all("compute: 1" in text and "privacy: 1" in text for text in counts)
