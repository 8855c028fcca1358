"""Find in Other Articles: passages ranked per article, previewed beside, accepted as one undo step that survives later edits."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition

ES = "es-microsoft-openai-relacion-tensa.txt"
VI = "vi-microsoft-openai-noi-lo-an-giau.txt"
PL = "pl-openai-moc-obliczeniowa.txt"
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
SOURCE = "Microsoft ha invertido más de $10B en OpenAI"


@pytest.fixture
def window(qtbot, open_window, seed_corpus):
    """The Spanish article open, a claim on its $10B sentence (compute, privacy) chosen."""
    corpus = Corpus(seed_corpus)
    document = corpus.open(seed_corpus / ES)
    start = document.text.index(SOURCE)
    claim = new_annotation(document.text, TextPosition(start, start + len(SOURCE)), topics=("compute", "privacy"))
    document.add(claim)
    corpus.save(document)
    window = open_window(seed_corpus, seed_corpus / ES)
    window.annotator.set_current(claim.id)
    window.notes.select_claim(claim.id)
    window.reader.setFocus()
    qtbot.waitUntil(window.reader.hasFocus)
    window.source_id = claim.id
    return window


def _find(qtbot, window):
    """Ctrl+Shift+O in the text, until the passages are listed."""
    qtbot.keyClick(window.reader, Qt.Key.Key_O, CTRL | SHIFT)
    panel = window.suggestions.panel
    qtbot.waitUntil(lambda: panel.tree.topLevelItemCount() > 0, timeout=30000)
    return panel


def _article_item(panel, name_start: str):
    for i in range(panel.tree.topLevelItemCount()):
        top = panel.tree.topLevelItem(i)
        if top.child(0).data(0, Qt.ItemDataRole.UserRole).article.startswith(name_start):
            return top
    raise AssertionError(name_start)


def _choose_by_keyboard(qtbot, panel, target) -> None:
    """Down arrow through the tree until `target` is the current item."""
    tree = panel.tree
    tree.setFocus()
    for _ in range(200):
        if tree.currentItem() is target:
            return
        qtbot.keyClick(tree, Qt.Key.Key_Down)
    raise AssertionError("not reached by the arrow keys")


def _accept_first_vietnamese(qtbot, window, label: str = "Ten billion dollars"):
    panel = _find(qtbot, window)
    passage = _article_item(panel, "vi-").child(0)
    suggestion = passage.data(0, Qt.ItemDataRole.UserRole)
    _choose_by_keyboard(qtbot, panel, passage)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return, CTRL)
    prompt = window.linking.prompt
    qtbot.waitUntil(prompt.isVisible)
    prompt.line.setText(label)
    qtbot.keyClick(prompt.line, Qt.Key.Key_Return)
    vi = window.session.document(window.session.corpus.root / VI)
    made = [c for c in vi.claims() if c.start >= suggestion.start and c.end <= suggestion.end]
    assert len(made) == 1
    return vi, made[0], suggestion


def test_find_in_other_articles_lists_each_article_with_plain_strengths(qtbot, window):
    """Every other article is listed, title and language, its passages best first with a
    word for their strength; the source article is not among them."""
    panel = _find(qtbot, window)
    names = {panel.tree.topLevelItem(i).child(0).data(0, Qt.ItemDataRole.UserRole).article
             for i in range(panel.tree.topLevelItemCount())}
    assert ES not in names and {VI, PL} <= names and len(names) == 4
    vietnamese = _article_item(panel, "vi-")
    assert "Vietnamese" in vietnamese.text(0)
    words = {vietnamese.child(i).text(1) for i in range(vietnamese.childCount())}
    assert words <= {"strong", "likely", "possible", "weak", "linked"} and vietnamese.childCount() <= 5
    scores = [vietnamese.child(i).data(0, Qt.ItemDataRole.UserRole).score for i in range(vietnamese.childCount())]
    assert scores == sorted(scores, reverse=True)
    assert "$10B" in panel.heading.text()


def test_the_ten_billion_fact_is_found_in_the_vietnamese_article(qtbot, window):
    """The Vietnamese article's best passage for "$10B in OpenAI" reports the same amount."""
    panel = _find(qtbot, window)
    best = _article_item(panel, "vi-").child(0).data(0, Qt.ItemDataRole.UserRole)
    assert "10 tỷ" in best.quote


def test_enter_previews_the_passage_in_the_reader_beside(qtbot, window):
    """Enter on a passage opens its article beside, the passage selected and in view."""
    panel = _find(qtbot, window)
    passage = _article_item(panel, "pl-").child(0)
    suggestion = passage.data(0, Qt.ItemDataRole.UserRole)
    _choose_by_keyboard(qtbot, panel, passage)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)
    pane = window.beside.pane
    assert pane.isVisible() and pane.document.article.path.name == PL
    assert pane.reader.selection_span() == (suggestion.start, suggestion.end)
    assert pane.reader.shows(suggestion.start)
    assert window.session.current.article.path.name == ES  # the main reader stays on the source


def test_accept_makes_the_claim_with_its_topics_in_its_cluster_as_one_undo_step(qtbot, window):
    """Ctrl+Enter: the passage becomes a claim of the Vietnamese article with the source's
    topics, both in a new cluster; one Ctrl+Z in the source takes both away, Ctrl+Shift+Z
    brings both back."""
    vi, made, _suggestion = _accept_first_vietnamese(qtbot, window)
    assert made.topics == ("compute", "privacy")
    cluster = window.session.clusters.cluster_of(window.source_id)
    assert cluster.label == "Ten billion dollars" and set(cluster.claim_ids) == {window.source_id, made.id}
    assert window.session.save_all()
    assert made.id in {a.id for a in Corpus(window.session.corpus.root).open(vi.article.path).claims()}
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL)
    assert made.id not in vi and window.session.clusters.cluster_of(window.source_id) is None
    assert window.session.current.get(window.source_id)  # the source claim stays
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL | SHIFT)
    assert vi.get(made.id) == made and made.id in window.session.clusters.cluster_of(window.source_id).claim_ids


def test_a_second_accept_joins_the_same_cluster(qtbot, window):
    """After one passage is accepted, accepting another article's adds it to that cluster, no label asked."""
    _vi, made, _suggestion = _accept_first_vietnamese(qtbot, window)
    panel = window.suggestions.panel
    qtbot.waitUntil(lambda: _article_item(panel, "vi-").child(0).text(1) == "linked", timeout=30000)
    passage = _article_item(panel, "pl-").child(0)
    _choose_by_keyboard(qtbot, panel, passage)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return, CTRL)
    assert not window.linking.prompt.isVisible()
    cluster = window.session.clusters.cluster_of(window.source_id)
    assert len(cluster.claim_ids) == 3 and made.id in cluster.claim_ids


def test_undo_after_the_made_claim_was_edited_keeps_the_edit(qtbot, window):
    """Accept, then tag the new claim in its own article and write its note; back in the
    source, Ctrl+Z undoes the link but keeps the claim with its tag and note, and says so;
    the other article's own undo steps still work."""
    vi, made, _suggestion = _accept_first_vietnamese(qtbot, window)
    window.show_claim(vi.article.path, made.id)
    qtbot.keyClick(window.reader, Qt.Key.Key_3)  # competition
    window.annotator.edit_note(made.id, "same amount, in dong")
    edited = vi.get(made.id)
    assert edited.topics == ("compute", "privacy", "competition")
    window.open_article(window.session.corpus.root / ES)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL)
    assert vi.get(made.id) == edited  # nothing the user did there is lost
    assert window.session.clusters.cluster_of(made.id) is None
    assert "changed since" in window.statusBar().currentMessage()
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, CTRL | SHIFT)  # redo: linked again, the claim as edited
    assert vi.get(made.id) == edited and window.session.clusters.cluster_of(made.id) is not None
    window.open_article(vi.article.path)
    stack = window.session.undo_stack(vi)
    while stack.canUndo():
        stack.undo()
    assert vi.get(made.id).topics == ("compute", "privacy") and vi.get(made.id).note == ""


def test_undo_after_the_made_claim_was_deleted_elsewhere_then_brought_back(qtbot, window):
    """Accept, delete the new claim in its article, undo the accept in the source (nothing
    to remove), then undo the deletion there: the claim is back, unlinked, nothing raised."""
    vi, made, _suggestion = _accept_first_vietnamese(qtbot, window)
    window.show_claim(vi.article.path, made.id)
    qtbot.keyClick(window.reader, Qt.Key.Key_Delete)
    assert made.id not in vi
    window.open_article(window.session.corpus.root / ES)
    window.session.undo_stack(window.session.current).undo()
    assert window.session.clusters.cluster_of(window.source_id) is None
    window.session.undo_stack(vi).undo()
    assert vi.get(made.id) == made and window.session.clusters.cluster_of(made.id) is None


def test_a_redo_elsewhere_of_a_claim_the_accept_undo_removed_is_dropped_not_applied(qtbot, window):
    """Accept; in the other article tag the claim and undo the tag (it is as made again);
    undo the accept in the source (the claim goes); redo the tag over there: nothing to
    redo, the step is dropped with a message instead of bringing a ghost claim back."""
    vi, made, _suggestion = _accept_first_vietnamese(qtbot, window)
    window.show_claim(vi.article.path, made.id)
    qtbot.keyClick(window.reader, Qt.Key.Key_3)
    stack = window.session.undo_stack(vi)
    stack.undo()
    assert vi.get(made.id) == made
    source_stack = window.session.undo_stack(window.session.document(window.session.corpus.root / ES))
    source_stack.undo()
    assert made.id not in vi
    stack.redo()
    assert made.id not in vi and not stack.canRedo()
    assert "removed by another step" in window.statusBar().currentMessage()


def test_find_for_a_selection_makes_both_claims_on_accept(qtbot, window):
    """With text selected instead of a claim, Accept makes the source claim too, in one step."""
    document = window.session.current
    phrase = "Microsoft utilizará la tecnología de OpenAI"
    start = document.text.index(phrase)
    window.annotator.set_current(None)
    window.reader.select_span(start, start + len(phrase))
    before = len(document)
    panel = _find(qtbot, window)
    passage = _article_item(panel, "vi-").child(0)
    _choose_by_keyboard(qtbot, panel, passage)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return, CTRL)
    prompt = window.linking.prompt
    qtbot.waitUntil(prompt.isVisible)
    assert phrase.startswith(prompt.line.text().rstrip("…"))  # the label offered: the quote's first words
    qtbot.keyClick(prompt.line, Qt.Key.Key_Return)
    assert len(document) == before + 1
    made = next(c for c in document.claims() if c.start == start)
    assert len(window.session.clusters.cluster_of(made.id).claim_ids) == 2
    qtbot.waitUntil(lambda: _article_item(panel, "vi-").child(0).text(1) == "linked", timeout=30000)
    passage = _article_item(panel, "pl-").child(0)  # a second passage: joins, makes no second source claim
    _choose_by_keyboard(qtbot, panel, passage)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return, CTRL)
    assert len(document) == before + 1 and len(window.session.clusters.cluster_of(made.id).claim_ids) == 3
    stack = window.session.undo_stack(document)
    stack.undo()
    stack.undo()
    assert len(document) == before and len(window.session.clusters) == 0


def test_the_passages_name_languages_in_the_interface_s_language(qtbot, qapp, window):
    """In Polish the articles' languages read as Polish names ("wietnamski"), never the
    English ones, in the list and in its heading."""
    from marginalia.ui import i18n

    i18n.install(qapp, "pl")
    try:
        panel = _find(qtbot, window)
        vietnamese = _article_item(panel, "vi-")
        assert "wietnamski" in vietnamese.text(0) and "Vietnamese" not in vietnamese.text(0)
        assert "hiszpański" in panel.heading.text() and "Spanish" not in panel.heading.text()
    finally:
        i18n.install(qapp, "en")
