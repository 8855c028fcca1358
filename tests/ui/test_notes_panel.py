"""The notes panel with thousands of cards: what a change costs, and what stays in view."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication

from marginalia.ui import card_delegate
from support import many_claims
from support.margins import settle


class _PaintRects(QObject):
    """Collects the rectangles a widget is asked to paint."""

    def __init__(self, widget) -> None:
        super().__init__()
        self.rects: list[QRect] = []
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.rects.append(event.rect())
        return False


def _open_many(qtbot, open_window, folder, count):
    claims = many_claims(folder, "many.txt", count)
    window = open_window(folder, folder / "en-short.txt")
    window.open_article(folder / "many.txt")
    qtbot.waitUntil(window.notes.all_cards_measured, timeout=10000)
    return window, claims


def _settled(window) -> bool:
    """The margin notes have followed the text and drawn the cards of the claims in view."""
    return window.margin.settled() and not window.notes._draw_timer.isActive()


def _highlight(qtbot, window, start: int, length: int) -> str:
    window.reader.select_span(start, start + length)
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    return window.annotator.current_id


def test_a_claim_added_among_thousands_measures_only_its_own_card(qtbot, open_window, emoji_corpus, monkeypatch):
    """With 2,000 cards measured, a new claim has its own card measured and the list keeps
    the others' heights (QListView asked every card's size again at each claim added)."""
    window, claims = _open_many(qtbot, open_window, emoji_corpus, 2000)
    document = window.session.current
    window.reader.reveal(claims[1500].start)
    qtbot.waitUntil(lambda: _settled(window), timeout=3000)
    measured = []
    original = card_delegate.CardDelegate.card_height
    monkeypatch.setattr(card_delegate.CardDelegate, "card_height",
                        lambda self, option, annotation: measured.append(annotation.id) or original(self, option,
                                                                                                     annotation))
    added = _highlight(qtbot, window, claims[1500].start, 6)
    qtbot.waitUntil(lambda: _settled(window), timeout=3000)
    assert added in measured and document.get(added).start == claims[1500].start
    assert len(measured) < 150, len(measured)  # the new card, and the cards placed in the margin
    rect = window.notes.visualRect(window.notes.index_of(added))
    assert window.notes.viewport().rect().intersects(rect)


def test_cards_already_drawn_are_not_drawn_again_when_a_claim_is_added(qtbot, open_window, emoji_corpus, monkeypatch):
    """The cards of the claims in view in the text are drawn while idle; a claim added
    there draws its own card, and the others come from their pictures."""
    window, claims = _open_many(qtbot, open_window, emoji_corpus, 400)
    window.reader.reveal(claims[200].start)
    qtbot.waitUntil(lambda: _settled(window), timeout=3000)
    drawn = []
    original = card_delegate.CardDelegate._paint_card
    monkeypatch.setattr(card_delegate.CardDelegate, "_paint_card",
                        lambda self, painter, option, annotation, *rest: drawn.append(annotation.id)
                        or original(self, painter, option, annotation, *rest))
    added = _highlight(qtbot, window, claims[201].start, 6)
    window.notes.viewport().repaint()
    assert added in drawn
    assert len(drawn) <= 2, drawn  # the new card; perhaps the card chosen before, no longer chosen
    image = window.notes.viewport().grab().toImage()  # the cards are on screen, not blank
    background = image.pixel(image.width() - 2, image.height() - 2)
    assert any(image.pixel(x, y) != background for x in range(0, image.width(), 7) for y in range(0, 300, 7))


def test_cards_measured_while_idle_leave_the_cards_in_view_in_place(qtbot, open_window, emoji_corpus):
    """Scrolled far down a list whose cards are still being measured, the card at the top
    stays there while the cards above it get their real heights."""
    many_claims(emoji_corpus, "many.txt", 3000)
    window = open_window(emoji_corpus, emoji_corpus / "en-short.txt")
    window.open_article(emoji_corpus / "many.txt")
    notes = window.notes
    notes.setFocus()  # chooses the card at the top of the view, which the margin places
    qtbot.waitUntil(lambda: notes.hasFocus() and window.margin.settled(), timeout=2000)  # then nothing moves
    notes.delegate.gaps = {}
    bar = notes.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    assert not notes.all_cards_measured()
    top = notes.indexAt(QPoint(10, 0))
    place = notes.visualRect(top).top()
    qtbot.waitUntil(notes.all_cards_measured, timeout=10000)
    assert notes.indexAt(QPoint(10, 0)) == top
    assert notes.visualRect(top).top() == place
    assert bar.maximum() == notes.column.total - notes.viewport().height()


def test_keys_move_through_the_cards_and_keep_the_chosen_one_in_view(qtbot, open_window, emoji_corpus):
    """Down, Up, Page Down, End and Home choose cards as in any list, each scrolled into view."""
    window, claims = _open_many(qtbot, open_window, emoji_corpus, 300)
    notes = window.notes
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus, timeout=2000)
    notes.select_claim(claims[0].id)

    def chosen_row_in_view() -> int:
        rect = notes.visualRect(notes.currentIndex())
        assert notes.viewport().rect().contains(rect.center()), rect
        return notes.currentIndex().row()

    qtbot.keyClick(notes, Qt.Key.Key_Down)
    assert chosen_row_in_view() == 1
    qtbot.keyClick(notes, Qt.Key.Key_PageDown)
    assert 1 < chosen_row_in_view() < 20
    qtbot.keyClick(notes, Qt.Key.Key_End)
    assert chosen_row_in_view() == 299 and window.annotator.current_id == claims[299].id
    qtbot.keyClick(notes, Qt.Key.Key_Up)
    assert chosen_row_in_view() == 298
    qtbot.keyClick(notes, Qt.Key.Key_Home)
    assert chosen_row_in_view() == 0
    qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton, pos=notes.visualRect(notes.model().index(2, 0)).center())
    assert notes.currentIndex().row() == 2 and window.annotator.current_id == claims[2].id


def test_a_claim_added_repaints_only_its_lines_of_the_text(qtbot, open_window, emoji_corpus):
    """Highlighting a span paints again the lines of that claim and of those it overlaps,
    not the whole page of text."""
    window, claims = _open_many(qtbot, open_window, emoji_corpus, 300)
    reader = window.reader
    reader.reveal(claims[100].start)
    qtbot.waitUntil(lambda: _settled(window), timeout=3000)
    QApplication.processEvents()
    paints = _PaintRects(reader.viewport())
    added = _highlight(qtbot, window, claims[100].start + 2, 8)
    QApplication.processEvents()
    assert paints.rects, "the text was not painted again"
    painted = paints.rects[0]
    for rect in paints.rects[1:]:
        painted = painted.united(rect)
    claim = window.session.current.get(added)
    line = reader._span_rects(claim.start, claim.end)[0].toAlignedRect()
    assert painted.contains(line.center())
    assert painted.height() < reader.viewport().height() // 4, (painted, reader.viewport().rect())


def test_the_cards_follow_a_topic_filter_row_for_row(qtbot, open_window, emoji_corpus):
    """A topic filter removes and brings back cards (of many heights) in many small
    ranges: afterwards every row has its own card's height, and the scroll range covers
    them all."""
    window, claims = _open_many(qtbot, open_window, emoji_corpus, 600)
    notes, document = window.notes, window.session.current
    for number, claim in enumerate(claims):
        changes = {"note": "ghi chú " * (number % 37)}
        if number % 3 == 0:
            changes["topics"] = ("privacy",)
        window.session.update(document, document.get(claim.id).with_changes(**changes))
    for topics, shown in (({"privacy"}, 200), ({"compute"}, 400), (set(), 600)):
        for action in window.actions.filter_actions:  # View ▸ Show Claims of Topics
            action.setChecked(action.data() in topics)
        qtbot.waitUntil(notes.all_cards_measured, timeout=5000)
        QApplication.processEvents()
        option = notes._measuring_option()
        assert len(notes.column) == notes.model().rowCount() == shown
        heights = [notes.delegate.row_height(option, notes.claim_at(row)) for row in range(shown)]
        assert [notes.column.height(row) for row in range(shown)] == heights
        assert notes.verticalScrollBar().maximum() == max(0, sum(heights) - notes.viewport().height())


def test_scrolling_after_a_click_cancels_the_scroll_to_the_clicked_card(qtbot, open_window, emoji_corpus):
    """A click on a card cut by the bottom edge brings it into view a moment later (the
    view waits to tell a double click), unless the list was scrolled meanwhile: then it
    stays where the user took it, as in any list."""
    window, _claims = _open_many(qtbot, open_window, emoji_corpus, 300)
    notes = window.notes
    notes.setFocus()
    qtbot.waitUntil(notes.hasFocus, timeout=2000)
    bar = notes.verticalScrollBar()
    wait_ms = QApplication.doubleClickInterval() + 300

    def click_card_cut_by_the_bottom():
        height = notes.viewport().height()
        row = notes.column.row_at(bar.value() + height) + 4
        bar.setValue(notes.column.top(row) + notes.column.height(row) // 2 - height)  # its half in view
        index = notes.indexAt(QPoint(10, height - 3))
        assert index.row() == row and notes.visualRect(index).bottom() > height
        qtbot.mouseClick(notes.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(10, height - 3))
        assert notes.currentIndex() == index
        return index

    index = click_card_cut_by_the_bottom()
    qtbot.wait(wait_ms)
    assert notes.viewport().rect().contains(notes.visualRect(index))  # brought into view

    click_card_cut_by_the_bottom()
    settle(qtbot, window)  # its claim comes beside it in the text
    bar.setValue(bar.value() + 3 * notes.viewport().height())  # the wheel, the bar or Page Down
    scrolled_to = bar.value()
    qtbot.wait(wait_ms)
    assert bar.value() == scrolled_to


def test_the_note_editor_grows_with_its_text_then_scrolls(qtbot, open_window, emoji_corpus):
    """Each line typed in a note makes its card taller, every line in view, up to twelve;
    past that the card stays that tall and the editor scrolls (it used to be two lines
    tall, the rest scrolled out of sight)."""
    from marginalia.ui.card_delegate import EDIT_MAX_LINES

    window, claims = _open_many(qtbot, open_window, emoji_corpus, 20)
    notes = window.notes
    window.reader.setFocus()
    window.claims.on_reader_claim_clicked(claims[2].id)
    qtbot.keyClick(window.reader, Qt.Key.Key_N)
    editor = QApplication.focusWidget()
    index = notes.index_of(claims[2].id)
    heights = []
    for line in range(EDIT_MAX_LINES + 4):
        qtbot.keyClicks(editor, f"dong {line}")
        qtbot.keyClick(editor, Qt.Key.Key_Return)
        heights.append(notes.visualRect(index).height())
        inside = notes.visualRect(index).contains(editor.geometry())
        assert inside, (line, editor.geometry(), notes.visualRect(index))
        if line < EDIT_MAX_LINES - 2:
            assert editor.verticalScrollBar().maximum() == 0, line
    assert heights[EDIT_MAX_LINES - 2] > heights[2] > heights[0]  # it grew
    assert heights[-1] == heights[-2] == heights[-3]  # and then stopped
    assert editor.verticalScrollBar().maximum() > 0
    assert editor.cursorRect().bottom() <= editor.viewport().height()  # the line typed is in view
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert notes.visualRect(index).height() > heights[-1]  # closed, the card shows the whole note
