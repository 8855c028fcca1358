"""Which claim is chosen, and where the keyboard goes with it: the window's focus model."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication

from marginalia.ui.panes import focus


class ClaimFocus(QObject):
    """The chosen claim and the keyboard, as the window advertises them: after H (or a
    click on a highlight) the claim is chosen while the text keeps the keyboard, so
    1, 2, 3… tag it, N or Enter opens its note and Esc comes back; Tab in the text steps
    from claim to claim; a card chosen in the notes brings its claim beside it, and
    Enter there goes to the claim in the text."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def _current(self):
        annotator = self.window.annotator
        return annotator.current() if annotator is not None else None

    # -- choosing ------------------------------------------------------------
    def on_reader_claim_clicked(self, annotation_id: str) -> None:
        self.window.annotator.set_current(annotation_id)
        self.window.notes.select_claim(annotation_id, scroll=False)  # in view: the margin keeps its card level

    def on_notes_claim_selected(self, annotation_id: str) -> None:
        """A card chosen (click, Up/Down): its claim is chosen, and the text comes to the
        card, so the card the user is looking at stays where it is."""
        window = self.window
        window.annotator.set_current(annotation_id)
        claim = window.annotator.current()
        if claim is None:
            return
        if claim.orphaned:
            window.notes.scrollTo(window.notes.index_of(annotation_id))
            return
        top = window.margin.card_top(annotation_id)
        away = top is None or abs(top - window.reader.span_top(claim.start)) > window.reader.fontMetrics().height()
        if away or not window.reader.shows(claim.start):  # out of view, or its card pushed aside by others
            top = top or 0
            window.reader.reveal_at(claim.start, min(max(0, top), window.reader.viewport().height() * 2 // 3))

    def on_current_claim_changed(self, annotation_id) -> None:
        self.window.reader.set_selected_claim(annotation_id)
        if annotation_id is None:
            self.window.notes.select_claim(None)

    def on_claim_created(self, annotation_id: str) -> None:
        """H: the new claim is chosen and the text keeps the focus, for 1, 2, 3… and N."""
        window = self.window
        claim = window.session.current.get(annotation_id)
        window.reader.set_selected_claim(annotation_id)
        window.notes.select_claim(annotation_id, scroll=False)
        window.reader.select_span(claim.end, claim.end)  # the highlight shows, not the selection over it

    def step(self, forward: bool) -> bool:
        """Tab in the text: choose the next (or previous) claim shown; False past the last."""
        window, notes = self.window, self.window.notes
        count = notes.model().rowCount()
        chosen = self._current()
        current = notes.index_of(chosen.id) if chosen is not None else None
        if current is not None and current.isValid():
            row = current.row() + (1 if forward else -1)
        else:
            row = notes.row_from(window.reader.visible_span()[0]) - (0 if forward else 1)
        while 0 <= row < count and notes.claim_at(row).orphaned:
            row += 1 if forward else -1
        if not 0 <= row < count:
            return False
        claim = notes.claim_at(row)
        window.annotator.set_current(claim.id)
        notes.select_claim(claim.id, scroll=False)
        if not window.reader.shows(claim.start):
            window.reader.reveal(claim.start)
        return True

    # -- going in and out --------------------------------------------------
    def edit_current_note(self) -> None:
        """N, F2, Enter in the text: the chosen claim's note; Esc comes back here."""
        window = self.window
        claim = self._current()
        if claim is None:
            window.show_message(self.tr("Select a claim first (click a highlight or a note), then press N."))
            return
        back = window.notes if QApplication.focusWidget() is window.notes else window.reader
        if not window.notes.edit_note(claim.id, back):
            if window.session.current.read_only:
                window.show_message(self.tr("This article is read-only: its annotation file could not be read."))
            else:
                window.show_message(self.tr("The claim's card is hidden by the topics shown (Ctrl+0 shows all)."))

    def go_to_current_claim(self) -> None:
        """Enter on a card: to its claim in the text, where 1, 2, 3… and N act on it."""
        claim = self._current()
        if claim is None:
            return
        if not claim.orphaned and not self.window.reader.shows(claim.start):
            self.window.reader.reveal(claim.start)
        focus(self.window.reader)

    def enter_library(self) -> None:
        library = self.window.library
        focus(library.view if library.proxy.rowCount() else library.filter_edit)

    def enter_reader(self) -> None:
        focus(self.window.reader)

    def enter_notes(self) -> None:
        """Into the notes, on the chosen claim's card (else the first card in view)."""
        notes = self.window.notes
        if not notes.currentIndex().isValid() and notes.model().rowCount():
            placed = self.window.margin.placements()
            first = placed[0][0] if placed else notes.claim_at(0).id
            notes.setCurrentIndex(notes.index_of(first))
        focus(notes)
