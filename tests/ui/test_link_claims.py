"""Linking claims in the window: the picker by keyboard, each cluster edit undone and redone, cards and their members."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition
from support.cluster_demo import demo_clusters

ES = "es-microsoft-openai-relacion-tensa.txt"
VI = "vi-microsoft-openai-noi-lo-an-giau.txt"
PL = "pl-openai-moc-obliczeniowa.txt"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def _add(corpus: Corpus, name: str, phrase: str, topics=(), note: str = "") -> str:
    document = corpus.open(corpus.root / name)
    start = document.text.index(phrase)
    claim = new_annotation(document.text, TextPosition(start, start + len(phrase)), topics=topics, note=note)
    document.add(claim)
    corpus.save(document)
    return claim.id


@pytest.fixture
def linked(qtbot, open_window, seed_corpus):
    """The seeds with a claim in the Spanish, Vietnamese and Polish articles, the Spanish one open and chosen."""
    corpus = Corpus(seed_corpus)
    ids = {"es": _add(corpus, ES, "ha invertido más de $10B en OpenAI", ("competition",)),
           "vi": _add(corpus, VI, "Microsoft và OpenAI tưởng như thân thiết", note="quan hệ"),
           "pl": _add(corpus, PL, "moc obliczeniową")}
    window = open_window(seed_corpus, seed_corpus / ES)
    window.notes.select_claim(ids["es"])
    window.annotator.set_current(ids["es"])
    window.reader.setFocus()
    qtbot.waitUntil(window.reader.hasFocus)
    window.ids = ids
    return window


def _type(qtbot, widget, text: str) -> None:
    qtbot.keyClicks(widget, text)


def _link_by_keyboard(qtbot, window, query: str, label: str | None = None) -> None:
    """Ctrl+L, type `query`, wait for the other articles' claims, Enter; type the label if asked."""
    qtbot.keyClick(window.reader, Qt.Key.Key_L, CTRL)
    picker = window.linking.picker
    qtbot.waitUntil(lambda: picker.isVisible() and picker.edit.hasFocus())
    _type(qtbot, picker.edit, query)
    qtbot.waitUntil(lambda: not window.linking.keeper.reading and picker.results.count() > 0)
    qtbot.keyClick(picker.edit, Qt.Key.Key_Return)
    assert not picker.isVisible()
    if label is not None:
        prompt = window.linking.prompt
        qtbot.waitUntil(lambda: prompt.isVisible() and prompt.line.hasFocus())
        prompt.line.selectAll()
        _type(qtbot, prompt.line, label)
        qtbot.keyClick(prompt.line, Qt.Key.Key_Return)


def test_link_to_by_keyboard_makes_a_cluster_of_both_and_undoes_as_one_step(qtbot, linked):
    """Ctrl+L, accent-free words of the Vietnamese quote, Enter, a label, Enter: one cluster of
    both claims, saved; Ctrl+Z takes it away and Ctrl+Shift+Z brings it back."""
    window, ids = linked, linked.ids
    option = window.notes._measuring_option()
    height = window.notes.delegate.card_height(option, window.session.current.get(ids["es"]))
    _link_by_keyboard(qtbot, window, "tuong nhu THAN", "Relations are tense")
    grown = window.notes.delegate.card_height(option, window.session.current.get(ids["es"]))
    assert grown > height  # the card measured again, with its cluster's lines
    clusters = window.session.clusters
    cluster = clusters.cluster_of(ids["es"])
    assert cluster is not None and cluster.label == "Relations are tense"
    assert set(cluster.claim_ids) == {ids["es"], ids["vi"]}
    assert cluster.member(ids["vi"]).article == VI and cluster.member(ids["vi"]).language == "vi"
    assert Corpus(window.session.corpus.root).cluster_store.clusters.cluster_of(ids["vi"]) is not None  # on disk
    card = window.cluster_cards.get(ids["es"])
    assert [m.claim_id for m in card.others] == [ids["vi"]] and card.label == "Relations are tense"
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL)
    assert window.session.clusters.cluster_of(ids["es"]) is None
    assert window.cluster_cards.get(ids["es"]) is None
    assert window.notes.delegate.card_height(option, window.session.current.get(ids["es"])) == height
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL | SHIFT)
    assert set(window.session.clusters.cluster_of(ids["es"]).claim_ids) == {ids["es"], ids["vi"]}


def test_the_picker_finds_by_note_title_and_language_and_esc_links_nothing(qtbot, linked):
    """A note's word, a language's name: the claims found; Esc closes and changes nothing."""
    window, ids = linked, linked.ids
    qtbot.keyClick(window.reader, Qt.Key.Key_L, CTRL)
    picker = window.linking.picker
    qtbot.waitUntil(lambda: picker.isVisible() and not window.linking.keeper.reading)
    _type(qtbot, picker.edit, "quan he")
    found = [picker.results.item(i).data(Qt.ItemDataRole.UserRole).claim_id for i in range(picker.results.count())]
    assert found == [ids["vi"]]
    picker.edit.clear()
    _type(qtbot, picker.edit, "polish")
    found = [picker.results.item(i).data(Qt.ItemDataRole.UserRole).claim_id for i in range(picker.results.count())]
    assert found == [ids["pl"]]
    assert ids["es"] not in found  # never the claim being linked
    qtbot.keyClick(picker.edit, Qt.Key.Key_Escape)
    assert not picker.isVisible() and len(window.session.clusters) == 0
    assert not window.session.undo_stack(window.session.current).canUndo()


def test_each_cluster_edit_undoes_and_redoes(qtbot, linked):
    """Join, rename, note and leave: each an undo step of its own, undone and redone exactly."""
    window, ids = linked, linked.ids
    _link_by_keyboard(qtbot, window, "than thiet", "First label")
    cluster_id = window.session.clusters.cluster_id_of(ids["es"])
    window.reader.setFocus()
    _link_by_keyboard(qtbot, window, "obliczeniowa")  # joins: no label asked
    assert set(window.session.clusters.get(cluster_id).claim_ids) == set(ids.values())
    window.actions.rename_cluster.trigger()
    prompt = window.linking.prompt
    assert prompt.isVisible() and prompt.line.text() == "First label"
    prompt.line.setText("Renamed")
    qtbot.keyClick(prompt.line, Qt.Key.Key_Return)
    window.actions.cluster_note.trigger()
    assert prompt.area.isVisible()
    _type(qtbot, prompt.area, "Two outlets, one fact")
    qtbot.keyClick(prompt.area, Qt.Key.Key_Return, CTRL)
    window.actions.leave_cluster.trigger()
    stack = window.session.undo_stack(window.session.current)

    def state():
        cluster = window.session.clusters.get(cluster_id)
        return None if cluster is None else (cluster.label, cluster.note, frozenset(cluster.claim_ids))

    after = [state()]
    for _ in range(4):
        stack.undo()
        after.append(state())
    assert after == [("Renamed", "Two outlets, one fact", frozenset({ids["vi"], ids["pl"]})),
                     ("Renamed", "Two outlets, one fact", frozenset(ids.values())),
                     ("Renamed", "", frozenset(ids.values())),
                     ("First label", "", frozenset(ids.values())),
                     ("First label", "", frozenset({ids["es"], ids["vi"]}))]
    for expected in reversed(after[:-1]):
        stack.redo()
        assert state() == expected


def test_a_card_shows_its_cluster_and_a_click_on_a_member_opens_it(qtbot, open_window, seed_corpus):
    """The Spanish card lists the other four languages' claims; clicking the Vietnamese
    line opens that article with its claim chosen and in view."""
    made = demo_clusters(seed_corpus)
    es_claim = next(c for a, c in made["strained-relations"] if a == ES)
    vi_claim = next(c for a, c in made["strained-relations"] if a == VI)
    window = open_window(seed_corpus, seed_corpus / ES)
    card = window.cluster_cards.get(es_claim)
    assert card.label == "Relations between Microsoft and OpenAI are strained"
    assert sorted(m.language for m in card.others) == ["en", "it", "pl", "vi"]
    notes = window.notes
    index = notes.index_of(es_claim)
    notes.scrollTo(index)
    accessible = index.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "Relations between Microsoft" in accessible and "Microsoft và OpenAI tưởng như thân thiết" in accessible
    rect = notes.visualRect(index)
    assert rect.height() > notes.delegate.card_height(notes._measuring_option(), window.session.current.get(
        next(c for a, c in made["not-yet-profitable"] if a == ES))) - 200  # a card, not a line
    point = next(QPoint(rect.left() + 60, y) for y in range(rect.top(), rect.bottom())
                 if (part := notes.part_at(QPoint(rect.left() + 60, y))) and part[1][0] == "member"
                 and part[1][1].claim_id == vi_claim)
    qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.session.current.article.path.name == VI)
    assert window.annotator.current_id == vi_claim
    claim = window.session.current.get(vi_claim)
    assert window.reader.shows(claim.start) and window.reader._selected_id == vi_claim


def test_go_to_next_linked_claim_walks_the_cluster_by_keyboard(qtbot, open_window, seed_corpus):
    """Ctrl+] opens the cluster's next claim, article after article, and comes round."""
    made = demo_clusters(seed_corpus)
    members = dict(made["not-yet-profitable"])
    window = open_window(seed_corpus, seed_corpus / ES)
    window.annotator.set_current(members[ES])
    seen = []
    for _ in range(len(members)):
        window.reader.setFocus()
        qtbot.keyClick(window.reader, Qt.Key.Key_BracketRight, CTRL)
        seen.append(window.session.current.article.path.name)
        assert window.annotator.current_id == members[seen[-1]]
    assert sorted(seen) == sorted(members) and seen[-1] == ES


def test_the_card_link_control_opens_the_picker_for_that_card(qtbot, linked):
    """A click on a card's "Link…" chooses its claim and opens the picker for it."""
    window, notes = linked, linked.notes
    window.annotator.set_current(None)
    index = notes.index_of(window.ids["es"])
    rect = notes.visualRect(index)
    point = next(QPoint(x, y) for y in range(rect.bottom(), rect.top(), -1) for x in range(rect.right(), 0, -4)
                 if (part := notes.part_at(QPoint(x, y))) and part[1][0] == "link")
    qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert window.linking.picker.isVisible() and window.annotator.current_id == window.ids["es"]
    assert "$10B" in window.linking.picker.title.text()


def test_hostile_labels_and_quotes_stay_text(qtbot, open_window, seed_corpus):
    """Markup and ampersands in a label, a note and a quote are shown as typed: plain labels,
    tooltips escaped, menu entries with their "&" doubled."""
    from marginalia.core.clusters import CreateCluster, member_of

    corpus = Corpus(seed_corpus)
    es = _add(corpus, ES, "ha invertido más de $10B en OpenAI", note="<img src=x onerror=alert(1)>")
    vi = _add(corpus, VI, "Microsoft và OpenAI", note="<b>bold</b>")
    hostile = "<b>Big</b> &Open <a href='x'>link</a> %1 %2"
    members = []
    for name, claim_id in ((ES, es), (VI, vi)):
        document = corpus.open(seed_corpus / name)
        members.append(member_of(document.get(claim_id), name, document.language))
    corpus.cluster_store.apply(CreateCluster(hostile, tuple(members), cluster_id="c"))
    window = open_window(seed_corpus, seed_corpus / ES)
    window.annotator.set_current(es)
    assert window.cluster_cards.get(es).label == hostile
    accessible = window.notes.index_of(es).data(Qt.ItemDataRole.AccessibleTextRole)
    assert hostile in accessible  # "%1" and "%2" in a label are never filled in
    menu = window.claim_menus.card_menu(window.notes.visualRect(window.notes.index_of(es)).center())
    titles = [a.text() for a in menu.actions()]
    assert any("&&Open" in t for t in titles)
    window.actions.rename_cluster.trigger()
    prompt = window.linking.prompt
    assert prompt.line.text() == hostile and prompt.title.textFormat() == Qt.TextFormat.PlainText
    qtbot.keyClick(prompt.line, Qt.Key.Key_Escape)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_L, CTRL)
    picker = window.linking.picker
    qtbot.waitUntil(lambda: not window.linking.keeper.reading and picker.results.count() > 0)
    _type(qtbot, picker.edit, "bold")
    item = picker.results.item(0)
    assert "<b>bold</b>" in item.toolTip().replace("&lt;", "<").replace("&gt;", ">") and "<b>" not in item.toolTip()
    assert picker.title.textFormat() == Qt.TextFormat.PlainText
    assert QApplication.focusWidget() is picker.edit


def test_the_picker_finds_claims_not_saved_yet_and_sidecars_changed_on_disk(qtbot, linked):
    """A claim just highlighted (still only in memory) and one another program saved to a
    sidecar after the first search are both found at the next Link to…"""
    window, ids = linked, linked.ids
    keeper = window.linking.keeper
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: not keeper.reading)
    qtbot.keyClick(window.linking.picker.edit, Qt.Key.Key_Escape)
    document = window.session.current
    start = document.text.index("Databricks ofrece soluciones")
    window.reader.select_span(start, start + len("Databricks ofrece soluciones"))
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    fresh = window.annotator.current_id
    other = Corpus(window.session.corpus.root)
    written = _add(other, "it-microsoft-nuova-direzione-ia.txt", "Microsoft")
    window.annotator.set_current(ids["es"])
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_L, CTRL)
    picker = window.linking.picker
    qtbot.waitUntil(lambda: not keeper.reading)
    qtbot.keyClicks(picker.edit, "databricks ofrece")
    assert [picker.results.item(i).data(Qt.ItemDataRole.UserRole).claim_id
            for i in range(picker.results.count())] == [fresh]
    picker.edit.clear()
    qtbot.keyClicks(picker.edit, "italian microsoft")
    found = {picker.results.item(i).data(Qt.ItemDataRole.UserRole).claim_id for i in range(picker.results.count())}
    assert written in found


def test_an_unreadable_clusters_file_refuses_links_and_is_left_as_it_is(qtbot, open_window, seed_corpus):
    """A damaged clusters file: Link to… says why and opens nothing; the file is not written."""
    corpus = Corpus(seed_corpus)
    es = _add(corpus, ES, "ha invertido más de $10B en OpenAI")
    damaged = b'{"format": "marginalia-clusters", "version": 1, "clusters": [ {"id": '
    corpus.clusters_path.write_bytes(damaged)
    window = open_window(seed_corpus, seed_corpus / ES)
    window.annotator.set_current(es)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_L, CTRL)
    assert window.linking._picker is None or not window.linking.picker.isVisible()
    assert "clusters file cannot be read" in window.statusBar().currentMessage()
    assert corpus.clusters_path.name in window.statusBar().currentMessage()
    window.actions.leave_cluster.trigger()  # a claim in no cluster: said, nothing written
    window.close()
    assert corpus.clusters_path.read_bytes() == damaged
