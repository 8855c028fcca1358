"""Reviewers ▸ Adjudicate…: both reviewers' passages on one text, F8 stepping, decisions as undoable claims of the adjudicator."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from marginalia.core import adjudication as adj
from marginalia.core.storage.sidecar import sidecar_path
from marginalia.ui.settings import Settings
from support.reviewer_demo import ANA, BEN, two_reviewers

EN = "en-partnership-in-danger.txt"
CAROL = "Carol Adjudicator"


@pytest.fixture
def adjudication(qtbot, open_window, seed_corpus):
    """The window opened by Carol on the English article, Reviewers ▸ Adjudicate… opened by its key."""
    made = two_reviewers(seed_corpus)
    settings = Settings()
    settings.author = CAROL
    settings.sync()
    window = open_window(seed_corpus, seed_corpus / EN)
    qtbot.keyClick(window, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = window.adjudication.view
    assert view is not None and view.isVisible(), "Ctrl+Shift+J did not open the Adjudication window"
    qtbot.waitExposed(view)
    view.windowHandle().requestActivate()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    return window, view, made


def _key(qtbot, view, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(view.passages, key, modifier)


def test_passages_are_paired_and_shown_with_the_reviewers(qtbot, adjudication):
    """Two agreements and three disagreements; the list says which, and whose topics."""
    _window, view, _made = adjudication
    assert view.reviewers() == (ANA, BEN)
    assert [i.kind for i in view.items] == [adj.EXACT, adj.OVERLAP, adj.DISAGREE, adj.DISAGREE, adj.DISAGREE]
    texts = [view.passages.item(r).text() for r in range(view.passages.count())]
    assert "Agreement (same span, same topics)" in texts[0]
    assert "Disagreement" in texts[2] and "competition" in texts[2] and "privacy" in texts[2]
    assert f"{ANA}: nothing coded" in texts[3]
    assert view.current == 2  # the first disagreement to settle
    assert view.status.text() == "Agreements: 2. Disagreements left to settle: 3."


def test_f8_steps_through_the_disagreements_and_back(qtbot, adjudication):
    """F8 goes to the next disagreement (agreements are skipped), Shift+F8 back; past the last it says so."""
    _window, view, _made = adjudication
    _key(qtbot, view, Qt.Key.Key_F8)
    assert view.current == 3
    _key(qtbot, view, Qt.Key.Key_F8)
    assert view.current == 4
    _key(qtbot, view, Qt.Key.Key_F8)
    assert view.current == 4 and "No more disagreements" in view.status.text()
    _key(qtbot, view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    _key(qtbot, view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert view.current == 2
    _key(qtbot, view, Qt.Key.Key_F8, Qt.KeyboardModifier.ShiftModifier)
    assert view.current == 2  # the agreements before it are not stopped at


def test_keep_a_b_both_make_the_adjudicators_claims_each_one_undo_step(qtbot, adjudication, seed_corpus):
    """A, B and K add Carol's claims recording their sources; Ctrl+Z takes one decision back at a time;
    the reviewers' own claims are never changed; the decisions reach the sidecar with derived_from."""
    window, view, made = adjudication
    document = window.session.current
    reviewers_before = {c.id: c for c in document.claims()}
    _key(qtbot, view, Qt.Key.Key_A)  # disagreement 2: Ana's competition
    [first] = [c for c in document.claims() if c.author == CAROL]
    assert first.derived_from == (made[EN][ANA][2],) and first.topics == ("competition",)
    assert view.current == 3 and 2 in view.settled  # on to the next one
    _key(qtbot, view, Qt.Key.Key_B)  # disagreement 3: Ben alone
    _key(qtbot, view, Qt.Key.Key_K)  # disagreement 4: Ana alone, "both" keeps what there is
    decisions = [c for c in document.claims() if c.author == CAROL]
    assert sorted(c.derived_from for c in decisions) == sorted([(made[EN][ANA][2],), (made[EN][BEN][3],),
                                                                (made[EN][ANA][3],)])
    assert view.status.text() == "Agreements: 2. Disagreements left to settle: 0."
    assert all(document.get(i) == c for i, c in reviewers_before.items())
    _key(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len([c for c in document.claims() if c.author == CAROL]) == 2 and 4 not in view.settled
    _key(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert len([c for c in document.claims() if c.author == CAROL]) == 3
    assert window.session.save_all()
    records = json.loads(sidecar_path(seed_corpus / EN).read_bytes())["annotations"]
    assert sorted(tuple(r["derived_from"]) for r in records if r["author"] == CAROL) == \
        sorted(c.derived_from for c in decisions)


def test_edit_settles_with_one_claim_chosen_in_the_main_window(qtbot, adjudication):
    """E makes one claim over the passage with both sides' topics, chosen in the main window for editing."""
    window, view, made = adjudication
    _key(qtbot, view, Qt.Key.Key_E)
    [claim] = [c for c in window.session.current.claims() if c.author == CAROL]
    assert set(claim.derived_from) == {made[EN][ANA][2], made[EN][BEN][2]}
    assert set(claim.topics) == {"competition", "privacy"}
    assert window.annotator.current_id == claim.id
    window.windowHandle().requestActivate()  # show_claim brought it forward; the platform activates on request
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window.reader, Qt.Key.Key_1)  # the main window's topic keys act on the decision now
    assert "compute" in window.session.current.get(claim.id).topics


def test_accept_agreements_is_one_step_and_other_reviewers_can_be_chosen(qtbot, adjudication):
    """Accept All Agreements adds one claim per agreement in one undo step; the same reviewer twice is refused."""
    window, view, _made = adjudication
    stack = window.session.undo_stack(window.session.current)
    steps = stack.count()
    view.accept.trigger()
    assert stack.count() == steps + 1
    assert len([c for c in window.session.current.claims() if c.author == CAROL]) == 2
    view.choose(a=BEN, b=BEN)
    assert view.items == [] and view.status.text() == "Choose two different reviewers."
    view.choose(a=BEN, b=ANA)
    assert view.reviewers() == (BEN, ANA) and len(view.items) == 5


def test_the_adjudication_windows_keys_are_all_different_and_reach_their_actions(qtbot, adjudication):
    """No two actions of the window share a key (Qt would run neither); Ctrl+Shift+J is no other main-window key."""
    window, view, _made = adjudication
    keys = [s.toString() for a in view.actions() for s in a.shortcuts()]
    assert len(keys) == len(set(keys)) and {"A", "B", "K", "E", "F8", "Shift+F8"} <= set(keys)
    main_keys = {s.toString() for a in window.actions.__dict__.values() if hasattr(a, "shortcuts")
                 for s in a.shortcuts()}
    assert "Ctrl+Shift+J" in {s.toString() for s in window.adjudication.action.shortcuts()}
    assert "Ctrl+Shift+J" not in main_keys
