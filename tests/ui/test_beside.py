"""Two articles side by side: opened by keyboard, linked in one gesture, each bringing the other's cluster-mate into view."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition
from support.cluster_demo import demo_clusters

ES = "es-microsoft-openai-relacion-tensa.txt"
VI = "vi-microsoft-openai-noi-lo-an-giau.txt"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ES_PHRASE = "Microsoft ha invertido más de $10B en OpenAI"
VI_PHRASE = "OpenAI đã lấy hơn 10 tỷ đô la Mỹ từ Microsoft"


def _open_beside_by_keyboard(qtbot, window, query: str) -> None:
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Backslash, CTRL)
    picker = window.beside.picker
    qtbot.waitUntil(lambda: picker.isVisible() and picker.edit.hasFocus())
    qtbot.keyClicks(picker.edit, query)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.beside.document is not None)


@pytest.fixture
def window(qtbot, open_window, seed_corpus):
    corpus = Corpus(seed_corpus)
    document = corpus.open(seed_corpus / ES)
    start = document.text.index(ES_PHRASE)
    claim = new_annotation(document.text, TextPosition(start, start + len(ES_PHRASE)), topics=("competition",))
    document.add(claim)
    corpus.save(document)
    window = open_window(seed_corpus, seed_corpus / ES)
    window.resize(1800, 900)
    window.annotator.set_current(claim.id)
    window.es_claim = claim.id
    return window


def test_open_beside_by_keyboard_shows_the_other_article_with_its_notes(qtbot, window):
    """Ctrl+\\, "vietnam", Enter: the Vietnamese article beside, its text and cards; the main
    reader keeps the Spanish one; F6 reaches both of its panes."""
    _open_beside_by_keyboard(qtbot, window, "vietnam")
    pane = window.beside.pane
    assert pane.isVisible() and pane.document.article.path.name == VI
    assert window.session.current.article.path.name == ES
    assert pane.reader.toPlainText()[:200] == pane.document.text[:200]
    assert pane.notes.source_model.document is pane.document
    assert "Vietnamese" in pane.title.text() and pane.title.textFormat() == Qt.TextFormat.PlainText
    window.reader.setFocus()
    reached = set()
    for _ in range(8):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F6)
        reached.add(QApplication.focusWidget())
    assert pane.reader in reached and pane.notes in reached and window.reader in reached


def test_one_gesture_links_the_chosen_claim_to_text_selected_beside(qtbot, window):
    """With the Spanish claim chosen and Vietnamese text selected beside, Ctrl+Shift+L makes
    that text a claim (with the Spanish topics) linked to it; one Ctrl+Z undoes both."""
    _open_beside_by_keyboard(qtbot, window, "tieng viet")
    pane = window.beside.pane
    vi = pane.document
    start = vi.text.index(VI_PHRASE)
    pane.reader.select_span(start, start + len(VI_PHRASE))
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_L, CTRL | SHIFT)
    prompt = window.linking.prompt
    qtbot.waitUntil(prompt.isVisible)
    qtbot.keyClick(prompt.line, Qt.Key.Key_Return)
    made = next(c for c in vi.claims() if c.start == start)
    assert made.topics == ("competition",) and made.quote.exact == VI_PHRASE
    assert set(window.session.clusters.cluster_of(window.es_claim).claim_ids) == {window.es_claim, made.id}
    assert made.id in {pane.notes.claim_at(r).id for r in range(pane.notes.model().rowCount())}  # its card beside
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL)
    assert made.id not in vi and len(window.session.clusters) == 0


def test_linking_two_chosen_claims_from_the_reader_beside(qtbot, open_window, seed_corpus):
    """The Spanish claim of one cluster chosen in the main reader, the Vietnamese claim of
    another chosen beside (its card), Ctrl+Shift+L with the keyboard beside: the claim where
    the user acts joins the other's cluster; no claim is made; one undo puts it back."""
    made = demo_clusters(seed_corpus)
    es_claim = dict(made["not-yet-profitable"])[ES]
    vi_claim = dict(made["division-of-roles"])[VI]  # a cluster with no Spanish claim: the pair stays
    window = open_window(seed_corpus, seed_corpus / ES)
    window.resize(1800, 900)
    _open_beside_by_keyboard(qtbot, window, "viet")
    window.annotator.set_current(es_claim)
    pane = window.beside.pane
    pane.notes.setFocus()
    pane.notes.setCurrentIndex(pane.notes.index_of(vi_claim))
    assert pane.current_id == vi_claim and window.annotator.current_id == es_claim
    claims_before = len(pane.document)
    qtbot.keyClick(pane.notes, Qt.Key.Key_L, CTRL | SHIFT)
    assert not window.linking.prompt.isVisible()  # joined an existing cluster: no label to ask
    assert window.session.clusters.cluster_id_of(vi_claim) == "not-yet-profitable"
    assert window.session.clusters.cluster_id_of(es_claim) == "not-yet-profitable"
    assert len(pane.document) == claims_before
    window.session.undo_stack(window.session.current).undo()
    assert window.session.clusters.cluster_id_of(vi_claim) == "division-of-roles"


def test_choosing_a_claim_brings_its_cluster_mate_into_view_on_the_other_side(qtbot, open_window, seed_corpus):
    """Choosing the Spanish claim chooses and shows its Vietnamese mate beside; choosing
    another Vietnamese claim beside chooses and shows its Spanish mate."""
    made = demo_clusters(seed_corpus)
    window = open_window(seed_corpus, seed_corpus / ES)
    window.resize(1800, 900)
    _open_beside_by_keyboard(qtbot, window, "viet")
    pane = window.beside.pane
    tense = dict(made["strained-relations"])
    profit = dict(made["not-yet-profitable"])
    window.notes.setFocus()
    window.notes.setCurrentIndex(window.notes.index_of(tense[ES]))
    assert pane.current_id == tense[VI] and pane.reader._selected_id == tense[VI]
    assert pane.reader.shows(pane.document.get(tense[VI]).start)
    pane.notes.setFocus()
    pane.notes.setCurrentIndex(pane.notes.index_of(profit[VI]))
    assert window.annotator.current_id == profit[ES]
    assert window.reader.shows(window.session.current.get(profit[ES]).start)
    assert pane.current_id == profit[VI]  # the pair settles: no ping-pong back


def test_editing_keys_beside_edit_nothing_and_swap_brings_the_article_here(qtbot, window):
    """H and the topic keys with the keyboard beside change neither article and say how to
    edit; Swap Readers puts the Vietnamese article in the main reader, the Spanish beside."""
    _open_beside_by_keyboard(qtbot, window, "viet")
    pane = window.beside.pane
    vi, es = pane.document, window.session.current
    counts = (len(vi), len(es), es.get(window.es_claim).topics)
    pane.reader.setFocus()
    pane.reader.select_span(0, 20)
    qtbot.keyClick(pane.reader, Qt.Key.Key_H)
    qtbot.keyClick(pane.reader, Qt.Key.Key_1)
    assert (len(vi), len(es), es.get(window.es_claim).topics) == counts
    assert "Swap Readers" in window.statusBar().currentMessage()
    window.actions.swap_readers.trigger()
    assert window.session.current is vi and pane.document is es
