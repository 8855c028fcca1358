"""The reader beside the main one: a second article's text and notes, to compare and link, not to edit.

Its claims can be chosen (a click on a highlight or a card, arrow keys in its notes, Tab
in its text) and its text selected; Link Across Readers (ui.beside) links them with the
main reader's. Its notes are shown, not written: the keys that edit act on the main
reader's article, so nothing is edited in an article the user did not mean, and
Swap Readers brings this article into the main reader to edit it.
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QLabel, QSizePolicy, QSplitter, QToolButton, QVBoxLayout, QWidget,
)

from marginalia.core.language import describe_language
from marginalia.ui.cluster_cards import ClusterCards
from marginalia.ui.margin_notes import MarginNotes
from marginalia.ui.notes_panel import NotesPanel
from marginalia.ui.panes import PaneFrame
from marginalia.ui.reader_view import ReaderView
from marginalia.ui.wording import arg
from marginalia.ui.language_names import language_name


class BesidePane(QWidget):
    """A header (the article, Swap, Close), then the text and its cards side by side."""

    claim_chosen = Signal(str)  # the user chose one of its claims (not a reveal from the other reader)

    def __init__(self, window, title_of) -> None:
        super().__init__(window)
        self.setObjectName("beside-pane")
        self.document = None
        self.current_id: str | None = None
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setAccessibleName(self.tr("Article beside"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        # A long title is cut at the pane's edge (the tooltip has it whole), never widening the pane.
        self.title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.swap_button = QToolButton(self)
        self.swap_button.setDefaultAction(window.actions.swap_readers)
        self.close_button = QToolButton(self)
        self.close_button.setDefaultAction(window.actions.close_beside)
        self.close_button.setText(self.tr("Close"))
        header = QHBoxLayout()
        header.setContentsMargins(8, 4, 4, 4)
        header.addWidget(self.title, 1)
        header.addWidget(self.swap_button)
        header.addWidget(self.close_button)
        self.reader = ReaderView(self)
        self.reader.setAccessibleName(self.tr("Text of the article beside"))
        self.notes = NotesPanel(self)
        self.notes.setAccessibleName(self.tr("Notes of the article beside"))
        self.notes.source_model.editable = False
        self.notes.delegate.read_only = True
        self.notes.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.reader_frame, self.notes_frame = PaneFrame(self.reader, self.splitter), PaneFrame(self.notes, self.splitter)
        self.splitter.addWidget(self.reader_frame)
        self.splitter.addWidget(self.notes_frame)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 3)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addLayout(header)
        column.addWidget(self.splitter, 1)
        self.margin = MarginNotes(self.reader, self.notes, self)
        self.cards = ClusterCards(self.notes, title_of)
        self.reader.claim_clicked.connect(self._on_reader_claim_clicked)
        self.reader.claim_stepper = self._step
        self.notes.claim_selected.connect(self._on_notes_claim_selected)
        self.hide()

    # -- content -----------------------------------------------------------------
    def set_document(self, document, codebook, session=None) -> None:
        info = describe_language(document.language) if document is not None else None
        self.document = document
        self.current_id = None
        self.reader.set_document(document, codebook, bool(info and info.right_to_left))
        self.cards.show(session, document)
        self.notes.source_model.set_codebook(codebook)
        self.notes.source_model.set_document(document)
        self.notes.delegate.invalidate()
        if document is not None:
            self.title.setText(arg(self.tr("Beside (%1): %2"), language_name(document.language), document.article.title))
            self.title.setToolTip(QtGui.Qt.convertFromPlainText(self.title.text()))
        self.margin.schedule()

    def set_codebook(self, codebook) -> None:
        self.reader.set_codebook(codebook)
        self.notes.source_model.set_codebook(codebook)

    def apply(self, changes) -> None:
        """The document shown changed (an edit, a link, a change on disk)."""
        self.notes.source_model.apply(changes)
        self.reader.refresh(changes)
        if self.current_id is not None and self.current_id not in self.document:
            self.choose(None)
        self.margin.schedule()

    # -- choosing ------------------------------------------------------------------
    def current(self):
        doc = self.document
        return doc.get(self.current_id) if doc is not None and self.current_id in doc else None

    def choose(self, claim_id: str | None, *, reveal: bool = False) -> None:
        """Make `claim_id` the chosen claim (highlighted, its card chosen), quietly: the
        other reader is not told. With `reveal`, its text and card come into view."""
        self.current_id = claim_id
        self.reader.set_selected_claim(claim_id)
        self.notes.select_claim(claim_id, scroll=False)
        claim = self.current()
        if reveal and claim is not None and not claim.orphaned:
            if not self.reader.shows(claim.start):
                self.reader.reveal(claim.start)
            self.margin.schedule()

    def show_span(self, start: int, end: int) -> None:
        """Select text [start, end) (a passage previewed) and bring it into view."""
        self.choose(None)
        self.reader.reveal(start)
        self.reader.select_span(start, end)
        self.margin.schedule()

    def _on_reader_claim_clicked(self, claim_id: str) -> None:
        self.choose(claim_id)
        self.claim_chosen.emit(claim_id)

    def _on_notes_claim_selected(self, claim_id: str) -> None:
        self.choose(claim_id, reveal=True)
        self.claim_chosen.emit(claim_id)

    def _step(self, forward: bool) -> bool:
        """Tab in the text: the next (or previous) claim, as in the main reader."""
        if self.document is None or not len(self.document):
            return False
        claims = [c for c in self.document.ordered() if not c.orphaned]
        ids = [c.id for c in claims]
        if self.current_id in ids:
            row = ids.index(self.current_id) + (1 if forward else -1)
        else:
            start = self.reader.visible_span()[0]
            row = next((i for i, c in enumerate(claims) if c.start >= start), len(claims)) - (0 if forward else 1)
        if not 0 <= row < len(claims):
            return False
        self.choose(ids[row], reveal=True)
        self.claim_chosen.emit(ids[row])
        return True
