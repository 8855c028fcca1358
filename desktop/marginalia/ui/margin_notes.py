"""Margin notes: the cards of the claims in view sit level with their highlights, whatever moved."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QTimer

MAX_PLACED = 60  # more cards than any screen holds


class MarginNotes(QObject):
    """Places the notes panel's cards beside the reader's highlights.

    Anything that can move a highlight or a card asks for a new placement: the text
    scrolled or rewrapped (a resize, a splitter moved), claims added, moved or deleted,
    another article, a topic filter, a card that grew (a note being written), another
    card chosen. The
    placement runs once the event loop is back, so a burst of changes costs one, and
    before the next paint, so no card is ever shown away from its highlight; except
    before the window's first paint, which it would only delay."""

    def __init__(self, reader, notes, parent=None) -> None:
        super().__init__(parent)
        self.reader, self.notes = reader, notes
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.align)
        reader.verticalScrollBar().valueChanged.connect(self.schedule)
        reader.resized.connect(self.schedule)  # the text rewrapped
        notes.card_heights_changed.connect(self.schedule)
        notes.first_painted.connect(self.schedule)
        notes.selectionModel().currentChanged.connect(self.schedule)  # another card is the one kept level
        notes.proxy.modelReset.connect(self.schedule)
        notes.proxy.rowsInserted.connect(self.schedule)
        notes.proxy.rowsRemoved.connect(self.schedule)

    def schedule(self, *_args) -> None:
        self._timer.start()

    def settled(self) -> bool:
        """No placement is waiting, and the notes' scroll bar has taken the last one."""
        return not self._timer.isActive() and not self.notes.shift_pending()

    # -- placing -------------------------------------------------------------
    def align(self) -> None:
        self._timer.stop()
        document = self.notes.source_model.document
        notes = self.notes
        if document is None or not self.reader.isVisible() or not notes.painted:
            return
        placed = sorted((row, annotation_id, y) for annotation_id, y in self.placements()
                        if (row := notes.index_of(annotation_id).row()) >= 0)
        if not placed:
            return
        rows = [row for row, _i, _y in placed]
        heights = [notes.card_height(row) for row in rows]
        # Cards not placed between two that are (an orphaned claim's) keep their place.
        between = [0] + [sum(map(notes.card_height, range(a + 1, b))) for a, b in zip(rows, rows[1:])]
        chosen = notes.current_id()
        anchor = next((i for i, (_row, annotation_id, _y) in enumerate(placed) if annotation_id == chosen), 0)
        tops = stack_cards([y for _row, _i, y in placed], heights, between, anchor)
        gaps = {placed[i][1]: gap for i in range(1, len(placed))
                if (gap := tops[i] - tops[i - 1] - heights[i - 1] - between[i]) > 0}
        # The cards of claims before and after the text in view stay out of the view: an
        # empty margin beside text without claims tells the truth.
        lead = max(0, tops[0]) if rows[0] > 0 else 0
        if lead:
            gaps[placed[0][1]] = lead
        after = rows[-1] + 1
        if after < notes.model().rowCount():
            tail = notes.viewport().height() - tops[-1] - heights[-1]
            if tail > 0:
                gaps[notes.claim_at(after).id] = tail
        notes.set_gaps(gaps, rows)
        notes.align_card(placed[0][1], tops[0] - lead)
        notes.prepare_cards([annotation_id for _row, annotation_id, _y in placed])

    def placements(self) -> list[tuple[str, int]]:
        """(claim id, the notes viewport's y of its highlight's first line in view) for
        the cards to place, in reading order. With no claim in view, the next claim's card
        waits just below the view (or the last one's just above it): an empty margin
        beside a passage without claims is the truth, and the neighbours are a scroll away."""
        document = self.notes.source_model.document
        reader = self.reader
        start, end = reader.visible_span()
        shown = self.notes.proxy.topic_filter()
        reviewers = self.notes.proxy.reviewer_view()
        to_notes = self._between(reader.viewport(), self.notes.viewport())
        placements = []
        for claim in document.overlapping(start, end):
            if claim.orphaned or (shown and not shown.intersection(claim.topics)) or not reviewers.shows(claim):
                continue
            y = reader.span_top(max(claim.start, start))
            if y is not None:
                placements.append((claim.id, int(y) + to_notes))
            if len(placements) >= MAX_PLACED:
                break
        if placements or not len(document):
            return placements
        notes = self.notes
        row = notes.row_from(end)
        around = []
        if row > 0:
            above = notes.visualRect(notes.model().index(row - 1, 0)).height()
            around.append((notes.claim_at(row - 1).id, -above))
        if row < notes.model().rowCount():
            around.append((notes.claim_at(row).id, notes.viewport().height()))
        return around

    def card_top(self, annotation_id: str) -> int | None:
        """Where the claim's card starts, in the reader's viewport; None if it has no card."""
        index = self.notes.index_of(annotation_id)
        if not index.isValid():
            return None
        top = self.notes.visualRect(index).top() + self.notes.delegate.gaps.get(annotation_id, 0)
        return top + self._between(self.notes.viewport(), self.reader.viewport())

    def _between(self, source, target) -> int:
        """What to add to a y of `source` to have it in `target`'s coordinates."""
        window = source.window()
        return source.mapTo(window, QPoint(0, 0)).y() - target.mapTo(window, QPoint(0, 0)).y()


def stack_cards(wanted: list[int], heights: list[int], between: list[int], anchor: int = 0) -> list[int]:
    """Tops for cards in reading order, each as near its `wanted` top as the others allow:
    a card that would overlap the one above it goes just below it, except the one at
    `anchor` (the chosen card), which keeps its place, the cards above it that would
    overlap it going up instead. `between[i]` is the height of cards not placed that sit
    between card i-1 and card i."""
    tops = list(wanted)
    for i in range(1, len(tops)):
        if i != anchor:
            tops[i] = max(tops[i], tops[i - 1] + heights[i - 1] + between[i])
    for i in range(anchor - 1, -1, -1):
        tops[i] = min(tops[i], tops[i + 1] - between[i + 1] - heights[i])
    return tops
