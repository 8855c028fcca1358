"""Reader and notes working together: clicks, topic filter, find, re-anchoring, read-only, RTL."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition
from marginalia.core.storage.sidecar import sidecar_path
from marginalia.ui.card_delegate import NoteEditor
from marginalia.ui.models.annotation_list_model import AnnotationListModel
from support import VI_EMOJI, many_claims, qt_position
from support.margins import TOLERANCE, card_top, line_top, misplaced, settle


def _claim(folder, name, phrase, topics=(), note=""):
    corpus = Corpus(folder)
    document = corpus.open(folder / name)
    start = document.text.index(phrase)
    annotation = new_annotation(document.text, TextPosition(start, start + len(phrase)), topics=topics, note=note)
    document.add(annotation)
    corpus.save(document)
    return annotation


def _point_of(window, cp: int) -> QPoint:
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(qt_position(VI_EMOJI, cp))
    return window.reader.cursorRect(cursor).center() + QPoint(3, 0)


def test_clicking_a_highlight_selects_its_card_and_a_card_reveals_its_highlight(qtbot, open_window, emoji_corpus):
    """A click on highlighted text selects that claim's card; choosing a card marks its highlight."""
    first = _claim(emoji_corpus, "vi-emoji.txt", "tưởng như thân thiết", ("compute",))
    second = _claim(emoji_corpus, "vi-emoji.txt", "Cạnh tranh", ("competition",))
    window = open_window(emoji_corpus, emoji_corpus / "vi-emoji.txt")
    qtbot.mouseClick(window.reader.viewport(), Qt.MouseButton.LeftButton, pos=_point_of(window, VI_EMOJI.index("như")))
    assert window.notes.current_id() == first.id and window.reader._selected_id == first.id
    index = window.notes.index_of(second.id)
    qtbot.mouseClick(window.notes.viewport(), Qt.MouseButton.LeftButton, pos=window.notes.visualRect(index).center())
    assert window.annotator.current_id == second.id and window.reader._selected_id == second.id


def test_topic_filter_limits_cards(qtbot, open_window, emoji_corpus):
    """Choosing a topic in View ▸ Show Claims of Topics hides the other claims' cards."""
    _claim(emoji_corpus, "vi-emoji.txt", "tưởng như thân thiết", ("compute",))
    _claim(emoji_corpus, "vi-emoji.txt", "Cạnh tranh", ("competition",))
    window = open_window(emoji_corpus, emoji_corpus / "vi-emoji.txt")
    assert window.notes.model().rowCount() == 2
    competition = next(a for a in window.actions.filter_actions if a.data() == "competition")
    competition.setChecked(True)
    assert window.notes.model().rowCount() == 1
    assert window.reader._topic_filter == {"competition"}
    window.actions.show_all_topics.trigger()
    assert window.notes.model().rowCount() == 2


def test_find_shows_all_matches_and_steps_through_them(qtbot, open_window, emoji_corpus):
    """Ctrl+F opens the find bar; every match, with or without accents, is listed and Enter moves on."""
    window = open_window(emoji_corpus, emoji_corpus / "vi-emoji.txt")
    qtbot.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible() and window.find_bar.edit.hasFocus()
    qtbot.keyClicks(window.find_bar.edit, "hai")
    matches = window.reader._find
    assert len(matches) == 1 and VI_EMOJI[matches[0][0]:matches[0][1]] == "hai"
    window.find_bar.edit.setText("i")
    count = VI_EMOJI.lower().count("i") + VI_EMOJI.count("í")  # accents are ignored: "tính" matches too
    assert len(window.reader._find) == count and window.find_bar.count.text() == f"1 / {count}"
    qtbot.keyClick(window.find_bar.edit, Qt.Key.Key_Return)
    assert window.find_bar.count.text() == f"2 / {count}"
    start, end = window.reader.selection_span()
    assert (start, end) == window.reader._find[1]


def test_article_edited_on_disk_reanchors_and_orphans_can_be_reattached(qtbot, open_window, emoji_corpus):
    """The article is edited by another program: claims follow their text, a claim whose text
    is gone is listed as orphaned and can be re-attached to a new selection."""
    kept = _claim(emoji_corpus, "vi-emoji.txt", "Cạnh tranh tiềm tàng", ("competition",))
    lost = _claim(emoji_corpus, "vi-emoji.txt", "tưởng như thân thiết", ("compute",))
    window = open_window(emoji_corpus, emoji_corpus / "vi-emoji.txt")
    new_text = "Tiêu đề mới.\n" + VI_EMOJI.replace("tưởng như thân thiết", "rất gần gũi")
    (emoji_corpus / "vi-emoji.txt").write_text(new_text, encoding="utf-8")
    window.watcher.check_now()
    document = window.session.current
    assert document.text == new_text
    placed = document.get(kept.id)
    assert new_text[placed.start:placed.end] == "Cạnh tranh tiềm tàng"
    assert document.get(lost.id).orphaned
    assert "orphaned" in window.banner.text() and window.banner.isVisible()
    window.notes.select_claim(lost.id)
    window.annotator.set_current(lost.id)
    start = new_text.index("rất gần gũi")
    cursor = window.reader.textCursor()
    cursor.setPosition(qt_position(new_text, start))
    cursor.setPosition(qt_position(new_text, start + len("rất gần gũi")), QTextCursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    reattached = document.get(lost.id)
    assert not reattached.orphaned and reattached.quote.exact == "rất gần gũi"
    assert reattached.topics == ("compute",)
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=2000)


def test_unreadable_sidecar_opens_read_only_and_says_so(qtbot, open_window, emoji_corpus):
    """A broken sidecar: the banner names the file and problem, H does nothing, the file is untouched."""
    broken = b'{"format": "marginalia-sidecar", "version": 99, "article": {}, "annotations": []}'
    sidecar_path(emoji_corpus / "vi-emoji.txt").write_bytes(broken)
    window = open_window(emoji_corpus, emoji_corpus / "vi-emoji.txt")
    assert window.banner.isVisible()
    assert "vi-emoji.txt.annotations.json" in window.banner.text() and "version" in window.banner.text()
    window.reader.selectAll()
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    assert len(window.session.current) == 0
    window.session.save_all()
    window.close()
    assert sidecar_path(emoji_corpus / "vi-emoji.txt").read_bytes() == broken


def test_right_to_left_article_is_laid_out_right_to_left(qtbot, open_window, tmp_path):
    """An Arabic article is shown right to left."""
    folder = tmp_path / "ar"
    folder.mkdir()
    (folder / "ar.txt").write_text("العلاقة بين مايكروسوفت وأوبن إيه آي تزداد توترا مع خطط جديدة للحوسبة السحابية.",
                                   encoding="utf-8")
    window = open_window(folder)
    assert window.session.current.language == "ar"
    assert window.reader.document().defaultTextOption().textDirection() == Qt.LayoutDirection.RightToLeft


def test_sidecar_pane_and_export_are_reachable_from_the_window(qtbot, open_window, emoji_corpus, monkeypatch):
    """Ctrl+J shows the sidecar JSON of the open article; Ctrl+E opens the export dialog."""
    _claim(emoji_corpus, "vi-emoji.txt", "Cạnh tranh", ("competition",), note="ghi chú")
    window = open_window(emoji_corpus, emoji_corpus / "vi-emoji.txt")
    qtbot.keyClick(window.reader, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert window.sidecar_dock.isVisible()
    qtbot.waitUntil(lambda: "Cạnh tranh" in window.sidecar_view.text(), timeout=3000)
    opened = []
    from marginalia.ui.dialogs import export_dialog

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", lambda self: opened.append(self.format_name()) or 0)
    qtbot.keyClick(window.reader, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert opened


def test_margin_notes_stay_level_and_the_panel_keeps_its_size(qtbot, open_window, emoji_corpus):
    """Cards sit level with their highlights where there is room, are pushed down where
    there is not, and switching articles back and forth never shrinks the panel."""
    filler = "Đoạn văn đệm để đẩy câu tiếp theo xuống dưới màn hình.\n" * 8
    text = "Microsoft và OpenAI.\n" + filler + "Cạnh tranh tiềm tàng.\nCạnh tranh kế bên.\n"
    (emoji_corpus / "long.txt").write_text(text, encoding="utf-8")
    early = _claim(emoji_corpus, "long.txt", "Microsoft", ("compute",))
    late = _claim(emoji_corpus, "long.txt", "Cạnh tranh tiềm tàng", ("competition",))
    crowded = _claim(emoji_corpus, "long.txt", "Cạnh tranh kế bên", ("privacy",))
    window = open_window(emoji_corpus, emoji_corpus / "long.txt")
    heights = []
    for name in ("en-short.txt", "long.txt") * 3:
        window.open_article(emoji_corpus / name)
        window.margin.align()
        heights.append(window.notes.viewport().height())
    assert max(heights) - min(heights) <= 40, heights

    def tops(claim, phrase):
        index = window.notes.index_of(claim.id)
        rect = window.notes.visualRect(index).adjusted(0, window.notes.delegate.gaps.get(claim.id, 0), 0, 0)
        card = window.notes.viewport().mapTo(window, rect.topLeft()).y()
        highlight = window.reader.viewport().mapTo(window, QPoint(0, int(window.reader.span_top(text.index(phrase))))).y()
        return card, highlight, rect.height()

    for claim, phrase in ((early, "Microsoft"), (late, "Cạnh tranh tiềm")):
        card, highlight, _height = tops(claim, phrase)
        assert abs(card - highlight) <= 12, (phrase, card, highlight)  # level with its highlight
    late_card, _, late_height = tops(late, "Cạnh tranh tiềm")
    crowded_card, crowded_highlight, _ = tops(crowded, "Cạnh tranh kế")
    assert crowded_card >= late_card + late_height - 12 > crowded_highlight  # no room: just below


def test_search_all_articles_opens_the_article_found(qtbot, open_window, emoji_corpus):
    """Ctrl+Shift+F searches every article (accents optional); choosing a hit opens it with the word found."""
    window = open_window(emoji_corpus, emoji_corpus / "en-short.txt")
    qtbot.waitUntil(lambda: not window.search_panel.indexing, timeout=10000)
    qtbot.keyClick(window.reader, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.search_dock.isVisible() and window.search_panel.edit.hasFocus()
    qtbot.keyClicks(window.search_panel.edit, "tiem tang")
    qtbot.waitUntil(lambda: window.search_panel.results.count() == 1, timeout=3000)
    assert "[tiềm]" in window.search_panel.results.item(0).text()
    qtbot.keyClick(window.search_panel.edit, Qt.Key.Key_Return)
    assert window.session.current.article.path.name == "vi-emoji.txt"
    assert window.find_bar.isVisible() and window.reader._find


def test_large_library_is_read_in_the_background(qtbot, open_window, emoji_corpus, monkeypatch):
    """Above the size read at once, the window opens first and the library fills in with progress."""
    from marginalia.ui import library_scan

    monkeypatch.setattr(library_scan, "SYNC_LIMIT", 1)
    started = []
    real_start = library_scan.LibraryScan.start
    monkeypatch.setattr(library_scan.LibraryScan, "start",
                        lambda self, corpus, paths: started.append(len(paths)) or real_start(self, corpus, paths))
    window = open_window(emoji_corpus, emoji_corpus / "vi-emoji.txt")
    assert started == [2]
    assert window.session.current.article.path.name == "vi-emoji.txt"  # usable straight away
    qtbot.waitUntil(lambda: window.library.proxy.rowCount() == 2 and window._scan_progress.isHidden(), timeout=10000)
    assert window.library.current_path().name == "vi-emoji.txt"


def _card_in_view(window, annotation_id) -> bool:
    rect = window.notes.visualRect(window.notes.index_of(annotation_id))
    return rect.isValid() and window.notes.viewport().rect().contains(rect.center())


def test_cards_far_down_a_long_list_come_into_view(qtbot, open_window, emoji_corpus):
    """With more cards than one layout batch, a claim chosen in the text near the end, and a
    new claim there, get their cards into view once the list is laid out, however
    soon after opening; the margin alignment does not scroll the chosen card away."""
    claims = many_claims(emoji_corpus, "many.txt", 1500)
    window = open_window(emoji_corpus, emoji_corpus / "en-short.txt")
    window.open_article(emoji_corpus / "many.txt")
    chosen = claims[-40]
    window.reader.reveal(chosen.start)
    window.claims.on_reader_claim_clicked(chosen.id)  # as a click on its highlight does
    qtbot.waitUntil(lambda: _card_in_view(window, chosen.id), timeout=8000)
    qtbot.wait(300)  # the alignment to the text that follows must leave it in view
    assert _card_in_view(window, chosen.id)

    document = window.session.current
    start = document.text.index("Câu số 1495")
    window.reader.reveal(start)
    window.reader.select_span(start, start + len("Câu số 1495"))
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    added_id = window.annotator.current_id
    assert added_id not in {c.id for c in claims} and document.get(added_id).start == start
    qtbot.waitUntil(lambda: _card_in_view(window, added_id), timeout=8000)
    assert window.notes.current_id() == added_id and QApplication.focusWidget() is window.reader


def test_each_card_fills_its_row_and_paints_before_the_list_is_laid_out(qtbot, open_window, emoji_corpus):
    """Cards are one per row at the list's full width, also after the panel is resized,
    and the first ones are painted while a long list is still being laid out."""
    many_claims(emoji_corpus, "many.txt", 3000)
    window = open_window(emoji_corpus, emoji_corpus / "en-short.txt")
    window.open_article(emoji_corpus / "many.txt")
    notes = window.notes
    qtbot.waitUntil(lambda: notes.visualRect(notes.model().index(3, 0)).isValid(), timeout=3000)
    assert not notes.all_cards_measured()  # the case to check: thousands of cards still being laid out
    image = notes.viewport().grab().toImage()
    background = image.pixel(image.width() - 2, image.height() - 2)
    assert any(image.pixel(x, y) != background for x in range(0, image.width(), 7) for y in range(0, 200, 7))
    for width in (None, 300):
        if width:
            window.splitter.setSizes([300, 600, width])
            qtbot.waitUntil(lambda: notes.viewport().width() <= width, timeout=2000)
            qtbot.wait(200)
        rects = [notes.visualRect(notes.model().index(row, 0)) for row in range(6)]
        assert all(r.x() == 0 and r.width() >= notes.viewport().width() - 1 for r in rects), rects
        assert all(a.bottom() < b.top() for a, b in zip(rects, rects[1:]))  # one below the other


def test_asking_again_for_the_article_shown_keeps_the_reader_in_place(qtbot, open_window, emoji_corpus):
    """A second request for the article already shown (the library row chosen again, a
    search hit both clicked and activated) does not reload it: the reader keeps its place."""
    (emoji_corpus / "long.txt").write_text("Đoạn văn khá dài để cuộn xuống dưới.\n" * 400, encoding="utf-8")
    window = open_window(emoji_corpus, emoji_corpus / "long.txt")
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    assert place > 0
    seen = []
    window.session.current_changed.connect(seen.append)
    window.open_article(emoji_corpus / "long.txt")
    window.library.article_activated.emit(emoji_corpus / "long.txt")
    assert seen == [] and bar.value() == place
    window.open_article(emoji_corpus / "en-short.txt")
    assert len(seen) == 1


def test_a_sidecar_changed_on_disk_reloads_the_claims_not_the_text(qtbot, open_window, emoji_corpus):
    """When only the annotation file changes on disk the new claim appears and the reader
    keeps its place; when the article's text changes, the reader shows the new text."""
    text = "Đoạn văn khá dài để cuộn xuống dưới.\n" * 400
    (emoji_corpus / "long.txt").write_text(text, encoding="utf-8")
    window = open_window(emoji_corpus, emoji_corpus / "long.txt")
    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    _claim(emoji_corpus, "long.txt", "khá dài", ("compute",), "from elsewhere")
    window.watcher.check_now()
    assert [a.note for a in window.session.current.ordered()] == ["from elsewhere"]
    assert window.notes.model().rowCount() == 1 and bar.value() == place
    (emoji_corpus / "long.txt").write_text("Một câu mới.\n" + text, encoding="utf-8")
    window.watcher.check_now()
    assert window.reader.toPlainText().startswith("Một câu mới.")


def test_typing_a_note_far_down_a_long_list_keeps_its_editor_and_lays_out_no_other_card(
        qtbot, open_window, emoji_corpus):
    """With 1,500 cards, typing in the note of one near the end: every letter reaches the
    note, the editor keeps the focus (also when the note grows a line, which lays the
    list out again), and a letter that leaves the card as tall as it was lays out no
    card (QListView would lay all 1,500 out again, in batches, at each keystroke: the
    card would lose its place, and the editor with it)."""
    claims = many_claims(emoji_corpus, "many.txt", 1500)
    window = open_window(emoji_corpus, emoji_corpus / "en-short.txt")
    window.open_article(emoji_corpus / "many.txt")
    notes = window.notes
    chosen = claims[-30]
    notes.edit_note(chosen.id)
    qtbot.waitUntil(lambda: notes.all_cards_measured(), timeout=8000)
    editor = QApplication.focusWidget()
    assert notes.state() == notes.State.EditingState and isinstance(editor, NoteEditor)

    card = notes.index_of(chosen.id)
    for letter in "ghi chu":
        qtbot.keyClick(editor, letter)
        QApplication.processEvents()  # a layout Qt scheduled would start now, from the first card
        assert notes.visualRect(card).isValid() and notes.all_cards_measured()
    assert window.session.current.get(chosen.id).note == "ghi chu"

    height = notes.visualRect(card).height()
    qtbot.keyClicks(editor, " very long" * 12)  # wraps: the card grows and the list is laid out again
    qtbot.waitUntil(lambda: notes.all_cards_measured() and notes.visualRect(card).height() > height, timeout=8000)
    qtbot.keyClicks(editor, " x")
    assert QApplication.focusWidget() is editor and notes.state() == notes.State.EditingState
    assert window.session.current.get(chosen.id).note == "ghi chu" + " very long" * 12 + " x"


def test_a_new_width_keeps_the_chosen_card_beside_its_claim(qtbot, open_window, emoji_corpus):
    """Making the notes narrower measures all 1,500 cards again; once that is done the
    chosen card is still in view, level with its highlight, about where it was; and
    with the text far from it, the cards in view are level with theirs."""
    claims = many_claims(emoji_corpus, "many.txt", 1500)
    window = open_window(emoji_corpus, emoji_corpus / "en-short.txt")
    window.open_article(emoji_corpus / "many.txt")
    notes = window.notes
    settle(qtbot, window)

    def narrower(by: int) -> None:  # wider when `by` is negative
        width = notes.width()
        sizes = window.splitter.sizes()
        window.splitter.setSizes([sizes[0] + by, sizes[1], sizes[2] - by])
        qtbot.waitUntil(lambda: notes.width() != width, timeout=2000)
        qtbot.waitUntil(lambda: notes.all_cards_measured(), timeout=8000)
        settle(qtbot, window)

    chosen = claims[1000]
    window.reader.reveal(chosen.start)
    notes.setCurrentIndex(notes.index_of(chosen.id))  # as a click on the card
    settle(qtbot, window)
    assert _card_in_view(window, chosen.id)
    place = card_top(window, chosen.id)
    narrower(60)
    assert _card_in_view(window, chosen.id) and not misplaced(window), misplaced(window)
    assert abs(card_top(window, chosen.id) - line_top(window, chosen)) <= TOLERANCE
    assert abs(card_top(window, chosen.id) - place) <= window.reader.fontMetrics().lineSpacing()

    bar = window.reader.verticalScrollBar()
    bar.setValue(bar.maximum() // 4)  # the chosen claim far below now
    settle(qtbot, window)
    narrower(-40)
    assert not misplaced(window), misplaced(window)
    shown = [c for c in claims if line_top(window, c) is not None]
    assert shown and all(_card_in_view(window, c.id) for c in shown[:3])


class _Paints(QObject):
    """Counts the paints of a widget, and notes what the test's `state()` was at each."""

    def __init__(self, widget, state) -> None:
        super().__init__()
        self.states = []
        self._state = state
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.states.append(self._state())
        return False


def test_the_notes_never_show_the_start_of_a_long_list_while_it_is_laid_out_again(qtbot, open_window, emoji_corpus):
    """A claim added far down a list of 1,500 cards makes QListView place every card
    again, from the first: the panel keeps its picture meanwhile (it used to show the
    first cards for a moment), then shows the new card. The same holds while the
    margin notes follow the text."""
    claims = many_claims(emoji_corpus, "many.txt", 1500)
    window = open_window(emoji_corpus, emoji_corpus / "en-short.txt")
    window.open_article(emoji_corpus / "many.txt")
    notes, reader = window.notes, window.reader
    notes.select_claim(claims[1000].id)
    qtbot.waitUntil(lambda: notes.all_cards_measured(), timeout=8000)

    def top_row() -> int:
        return notes.indexAt(QPoint(notes.viewport().width() // 2, 1)).row()

    paints = _Paints(notes.viewport(), lambda: (notes.all_cards_measured(), top_row()))
    document = window.session.current
    start = document.text.index("Câu số 1003")
    reader.reveal(start)
    reader.select_span(start, start + len("Câu số"))
    qtbot.keyClick(reader, Qt.Key.Key_H)
    added = window.annotator.current_id
    qtbot.waitUntil(lambda: _card_in_view(window, added), timeout=8000)
    qtbot.wait(100)
    assert paints.states, "the notes were never painted again"
    assert all(done and top > 900 for done, top in paints.states), paints.states[:5]

    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)  # the new card's note editor
    assert notes.state() != notes.State.EditingState  # (margin notes do not move while a note is edited)
    paints.states.clear()
    bar = reader.verticalScrollBar()
    for _ in range(6):  # the margin notes follow, with new gaps each time
        bar.setValue(bar.value() + reader.viewport().height() // 3)
        qtbot.wait(60)
    qtbot.wait(100)
    assert paints.states and all(done and top > 900 for done, top in paints.states), paints.states[:5]


def test_each_card_is_measured_for_its_own_claim_with_or_without_a_topic_filter(qtbot, open_window, emoji_corpus):
    """The cards' sizes are asked for by row, through a shortcut past the models: every
    row must still lead to its own claim, also when the topic filter hides some."""
    claims = many_claims(emoji_corpus, "many.txt", 300)
    window = open_window(emoji_corpus, emoji_corpus / "en-short.txt")
    window.open_article(emoji_corpus / "many.txt")
    notes, document = window.notes, window.session.current
    for claim in claims[::3]:  # a third of the claims get another topic
        window.session.update(document, document.get(claim.id).with_changes(topics=("privacy",)))
    for topics, shown in ((set(), 300), ({"privacy"}, 100), ({"compute"}, 200)):
        for action in window.actions.filter_actions:  # View ▸ Show Claims of Topics
            action.setChecked(action.data() in topics)
        proxy = notes.proxy
        assert proxy.topic_filter() == topics and proxy.rowCount() == shown
        for row in range(proxy.rowCount()):
            index = proxy.index(row, 0)
            assert notes.claim_at(row) is index.data(AnnotationListModel.Role.Annotation)
