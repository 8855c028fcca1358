"""Reviewers in the window: whose claims are shown (everywhere), told apart without colour, and the name asked once."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from marginalia.core.reviewers import ALL, CHOSEN, MINE
from marginalia.core.storage.sidecar import sidecar_path
from marginalia.ui.models.annotation_list_model import AnnotationListModel
from marginalia.ui.settings import Settings
from support.reviewer_demo import ANA, BEN, two_reviewers

EN = "en-partnership-in-danger.txt"


@pytest.fixture
def team(qtbot, open_window, seed_corpus):
    """The seeds with Ana's and Ben's claims, the window opened by Ana on the English article."""
    made = two_reviewers(seed_corpus)
    settings = Settings()
    settings.author = ANA
    settings.sync()
    window = open_window(seed_corpus, seed_corpus / EN)
    return window, made


def _click_claim(qtbot, window, claim) -> None:
    reader = window.reader
    if not reader.shows(claim.start):
        reader.reveal(claim.start)
    rect = reader._span_rects(claim.start, claim.end)[0]
    window.annotator.set_current(None)
    qtbot.mouseClick(reader.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(int(rect.left()) + 3,
                                                                                 int(rect.center().y())))


def _library_count(window, name: str) -> int:
    model = window.library.model
    row = next(r for r in range(model.rowCount()) if model.entry(r).name == name)
    return model.data(model.index(row, model.Column.Claims))


def test_my_claims_only_hides_the_others_claims_everywhere(qtbot, team):
    """Reader, notes, margin, library counts and the compare view show Ana's claims alone."""
    window, made = team
    document = window.session.current
    ben_only = document.get(made[EN][BEN][3])
    assert window.notes.model().rowCount() == 8 and _library_count(window, EN) == 8
    _click_claim(qtbot, window, ben_only)
    assert window.annotator.current_id == ben_only.id  # everyone's shown: Ben's claim can be chosen
    window.reviewers.mine.trigger()
    assert window.annotator.current_id is None  # a hidden claim is chosen no more
    notes = window.notes.model()
    assert notes.rowCount() == 4 and {notes.index(r, 0).data(AnnotationListModel.Role.Annotation).author
                                      for r in range(4)} == {ANA}
    _click_claim(qtbot, window, ben_only)
    assert window.annotator.current_id is None  # nothing of Ben's under the pointer now
    assert all(_library_count(window, name) == 4 for name in made)
    assert not window.reviewers.label.isHidden() and ANA in window.reviewers.label.text()
    assert "4 claims" in window.anchor_label.text()  # the status bar counts what is shown
    qtbot.waitUntil(window.margin.settled, timeout=3000)
    assert all(document.get(i).author == ANA for i, _y in window.margin.placements())
    window.compare.open()
    columns = window.compare.view.columns
    assert {c.author for column in columns for c in column.claims} == {ANA}
    window.reviewers.everyone.trigger()
    assert notes.rowCount() == 8 and _library_count(window, EN) == 8
    assert {c.author for column in window.compare.view.columns for c in column.claims} == {ANA, BEN}


def test_chosen_reviewers_and_the_choice_is_remembered(qtbot, team, open_window, seed_corpus):
    """Ticking Ben in the menu shows his claims alone; a new window starts with the same choice."""
    window, _made = team
    menu = window.actions.reviewers_menu
    menu.aboutToShow.emit()  # as opening the menu does: one entry per reviewer found
    assert {a.data() for a in window.reviewers.reviewer_actions} == {ANA, BEN}
    window.reviewers.reviewer_action(BEN).trigger()
    assert window.reviewer_view.mode == CHOSEN and window.reviewer_view.chosen == {BEN}
    notes = window.notes.model()
    assert notes.rowCount() == 4
    assert all(notes.index(r, 0).data(AnnotationListModel.Role.Annotation).author == BEN for r in range(4))
    window.close()
    again = open_window(seed_corpus, seed_corpus / EN)
    assert again.reviewer_view.mode == CHOSEN and again.reviewer_view.chosen == {BEN}
    assert again.notes.model().rowCount() == 4
    again.reviewers.mine.trigger()
    assert Settings().reviewer_mode == MINE


def test_editing_in_my_view_never_touches_hidden_claims(qtbot, team, seed_corpus):
    """Delete, undo, redo and saves in 'my claims only' leave Ben's records byte for byte."""
    window, made = team
    path = sidecar_path(seed_corpus / EN)

    def bens():
        return [r for r in json.loads(path.read_bytes())["annotations"] if r["author"] == BEN]

    before = bens()
    window.reviewers.mine.trigger()
    window.reader.setFocus()
    _click_claim(qtbot, window, window.session.current.get(made[EN][ANA][2]))
    qtbot.keyClick(window.reader, Qt.Key.Key_Delete)
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert made[EN][ANA][2] not in window.session.current
    assert window.session.save_all()
    assert bens() == before and len(before) == 4


def test_each_reviewer_is_told_apart_without_colour(qtbot, team, monkeypatch):
    """With both shown each reviewer's claims get their own line pattern in the text, and the
    cards' accessible text names the reviewer; with one shown no pattern is drawn."""
    window, _made = team
    from marginalia.ui import reader_view

    painted = []
    monkeypatch.setattr(reader_view, "paint_segments", lambda _p, segments, *_a: painted.extend(segments))
    window.reader.viewport().repaint()
    patterns = {s.pattern for s in painted}
    assert patterns == {0, 1}
    painted.clear()
    window.reviewers.mine.trigger()
    window.reader.viewport().repaint()
    assert painted and {s.pattern for s in painted} == {-1}
    text = window.notes.model().index(0, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert f"By {ANA}." in text


def test_the_first_claim_asks_the_reviewers_name_once(qtbot, open_window, seed_corpus):
    """No name set: H asks for it (a real dialog, typed into), the claim and the next get it, no second question."""
    window = open_window(seed_corpus, seed_corpus / EN)
    asked, blank_refused = [], []

    def ask(current):
        from marginalia.ui.reviewers.name_dialog import ReviewerNameDialog

        dialog = ReviewerNameDialog(current, window)

        def answer():
            ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
            dialog.edit.clear()
            blank_refused.append(not ok.isEnabled())  # a blank name cannot be given
            dialog.windowHandle().requestActivate()  # keys go to the active window, as a user's do
            qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
            qtbot.keyClicks(dialog.edit, "  Chi   Nguyen ")
            qtbot.keyClick(dialog.edit, Qt.Key.Key_Return)

        QTimer.singleShot(0, answer)
        QTimer.singleShot(5000, dialog.reject)  # never left waiting, whatever goes wrong
        asked.append(current)
        return dialog.name() if dialog.exec() else None

    window._ask_reviewer_name = ask
    window.reader.select_span(20, 40)
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    window.reader.select_span(60, 90)
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    assert len(asked) == 1 and blank_refused == [True]
    assert {c.author for c in window.session.current.claims()} == {"Chi Nguyen"}
    assert Settings().author == "Chi Nguyen" and window.reviewer_view.me == "Chi Nguyen"


def test_a_headless_run_never_asks_the_name(qtbot, open_window, seed_corpus):
    """--screenshot and --smoke-test runs keep the default name without a dialog."""
    window = open_window(seed_corpus, seed_corpus / EN)
    window.headless = True
    window._ask_reviewer_name = lambda _current: pytest.fail("asked in a headless run")
    window.reader.select_span(20, 40)
    window.actions.highlight.trigger()
    assert len(window.session.current) == 1


def test_export_dialog_exports_what_the_view_shows(qtbot, team, monkeypatch):
    """In 'my claims only' the export dialog's preview and file hold Ana's claims alone."""
    window, _made = team
    from marginalia.ui.dialogs import export_dialog

    window.reviewers.mine.trigger()
    shown = []
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", lambda self: shown.append(self) or 0)
    window.actions.export.trigger()
    dialog = shown[0]
    dialog.set_format("csv")
    qtbot.waitUntil(lambda: not dialog.is_busy() and dialog._last_preview is not None, timeout=5000)
    preview = dialog.preview.toPlainText()
    assert ANA in preview and BEN not in preview
    assert not dialog.reviewers_label.isHidden()
    QApplication.processEvents()
    assert ALL != window.reviewer_view.mode


def test_the_reviewers_menu_mnemonics_are_all_different(qtbot, team):
    """Alt+R then a letter reaches one entry each (two entries sharing a letter would only cycle)."""
    window, _made = team
    menu = window.actions.reviewers_menu
    menu.aboutToShow.emit()
    letters = [a.text().split("&", 1)[1][0].lower() for a in menu.actions() if "&" in a.text()]
    assert len(letters) >= 5 and len(letters) == len(set(letters)), letters


def test_hostile_reviewer_names_are_shown_as_written(qtbot, open_window, seed_corpus):
    """A name with markup and an ampersand: plain text in the status bar, no mnemonic in the menu."""
    from support import add_claims

    name = "<b>R&D</b>"
    add_claims(seed_corpus, EN, (name, 10, 40, ("compute",)))
    settings = Settings()
    settings.author = name
    settings.sync()
    window = open_window(seed_corpus, seed_corpus / EN)
    window.reviewers.mine.trigger()
    label = window.reviewers.label
    assert label.textFormat() == Qt.TextFormat.PlainText and name in label.text()
    window.actions.reviewers_menu.aboutToShow.emit()
    action = window.reviewers.reviewer_action(name)
    assert action.text().startswith("<b>R&&D</b>") and window.notes.model().rowCount() == 1


def test_the_sidecar_pane_hides_the_others_claims_too(qtbot, team):
    """Independent coding leaves nothing of Ben's in the Sidecar JSON pane, opened before or
    after the choice; all reviewers again lists his claims; the file keeps them throughout."""
    window, made = team
    ben_ids = set(made[EN][BEN])
    window.actions.sidecar.trigger()
    pane = window.sidecar_view
    assert all(claim_id in pane.text() for claim_id in ben_ids)
    window.reviewers.mine.trigger()
    shown = pane.text()
    assert not any(claim_id in shown for claim_id in ben_ids)
    assert all(claim_id in shown for claim_id in made[EN][ANA])
    assert BEN not in shown and "everyone's" in pane.state_label.text()
    on_disk = window.session.file_of(window.session.current).path.read_text(encoding="utf-8")
    assert all(claim_id in on_disk for claim_id in ben_ids)
    window.reviewers.everyone.trigger()
    assert all(claim_id in pane.text() for claim_id in ben_ids)
