"""Turns annotating gestures (highlight, topic keys, delete, span keys, notes) into undo commands."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Signal

from marginalia.core.annotation import Annotation, new_annotation
from marginalia.core.document import ArticleDocument
from marginalia.core.selectors import TextPosition, quote_at
from marginalia.ui.commands import AddAnnotationCommand, RemoveAnnotationCommand, UpdateAnnotationCommand
from marginalia.ui.text_offsets import trim_selection
from marginalia.ui.wording import arg

_NEXT_WORD = re.compile(r"\s*\S+")
_FIRST_WORD = re.compile(r"^\s*\S+\s*")
_WORD_BEFORE_END = re.compile(r"\S+\s*$")  # searched up to the span's end, or up to its start


class Annotator(QObject):
    """Knows the current claim and performs every annotating action on it."""

    message = Signal(str)  # a status-bar sentence about what just happened (or why not)
    claim_created = Signal(str)  # id: the window chooses it, the text keeping the focus
    current_claim_changed = Signal(object)  # id | None

    def __init__(self, session, author_source, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._author = author_source  # callable returning the author's name
        self.current_id: str | None = None

    @property
    def document(self) -> ArticleDocument | None:
        return self.session.current

    def set_current(self, annotation_id: str | None) -> None:
        if annotation_id != self.current_id:
            self.current_id = annotation_id
            self.current_claim_changed.emit(annotation_id)

    def current(self) -> Annotation | None:
        doc = self.document
        if doc is None or self.current_id is None or self.current_id not in doc:
            return None
        return doc.get(self.current_id)

    def _writable(self) -> ArticleDocument | None:
        doc = self.document
        if doc is None:
            self.message.emit(self.tr("Open an article first."))
            return None
        if doc.read_only:
            self.message.emit(self.tr("This article is read-only: its annotation file could not be read."))
            return None
        return doc

    def _push(self, command) -> None:
        self.session.undo_stack(self.document).push(command)

    # -- actions ---------------------------------------------------------
    def highlight(self, selection: tuple[int, int]) -> str | None:
        doc = self._writable()
        if doc is None:
            return None
        start, end = trim_selection(doc.text, *selection)
        if start == end:
            self.message.emit(self.tr("Select some text to highlight it as a claim."))
            return None
        annotation = new_annotation(doc.text, TextPosition(start, end), author=self._author())
        self._push(AddAnnotationCommand(self.session, doc, annotation, self.tr("Highlight claim")))
        self.set_current(annotation.id)
        self.claim_created.emit(annotation.id)
        self.message.emit(self.tr("Claim highlighted: press 1, 2, 3… to tag it, N or Enter to write its note, "
                                  "Delete to remove it."))
        return annotation.id

    def toggle_topic(self, topic_id: str) -> None:
        doc, claim = self._writable(), self.current()
        if doc is None:
            return
        if claim is None:
            self.message.emit(self.tr("Select a claim first (click a highlight or a note)."))
            return
        topic = self.session.codebook.get(topic_id)
        name = topic.name if topic else topic_id
        after = claim.with_topic_toggled(topic_id)
        verb = arg(self.tr("Tag “%1”") if topic_id in after.topics else self.tr("Untag “%1”"), name)
        self._push(UpdateAnnotationCommand(self.session, doc, claim, after, verb))
        self.message.emit(verb)

    def delete(self) -> None:
        doc, claim = self._writable(), self.current()
        if doc is None or claim is None:
            return
        self._push(RemoveAnnotationCommand(self.session, doc, claim, self.tr("Delete claim")))
        self.set_current(None)
        self.message.emit(self.tr("Claim deleted (Ctrl+Z brings it back)."))

    def edit_note(self, annotation_id: str, text: str) -> None:
        doc = self._writable()
        if doc is None or annotation_id not in doc:
            return
        before = doc.get(annotation_id)
        if before.note == text:
            return
        self._push(UpdateAnnotationCommand(self.session, doc, before, before.with_changes(note=text),
                                           self.tr("Edit note"), typing=True))

    def adjust_span(self, edge: str, grow: bool) -> None:
        """Move the claim's `edge` ("start" or "end") outward (grow) or inward by one word."""
        doc, claim = self._writable(), self.current()
        if doc is None or claim is None or claim.orphaned:
            return
        text, start, end = doc.text, claim.start, claim.end
        if edge == "end" and grow:
            match = _NEXT_WORD.match(text, end)
            end = match.end() if match else end
        elif edge == "end":
            match = _WORD_BEFORE_END.search(text, start, end)
            end = match.start() if match and match.start() > start else end
        elif grow:
            match = _WORD_BEFORE_END.search(text, max(0, start - 400), start)
            start = match.start() if match else start
        else:
            match = _FIRST_WORD.match(text, start, end)
            start = match.end() if match and match.end() < end else start
        start, end = trim_selection(text, start, end)
        if (start, end) == (claim.start, claim.end) or start == end:
            return
        self._set_span(doc, claim, start, end, self.tr("Change claim span"))

    def reattach(self, selection: tuple[int, int]) -> None:
        """Give the current (orphaned or misplaced) claim the selected text as its span."""
        doc, claim = self._writable(), self.current()
        if doc is None or claim is None:
            self.message.emit(self.tr("Select the claim to re-attach in the notes first."))
            return
        start, end = trim_selection(doc.text, *selection)
        if start == end:
            self.message.emit(self.tr("Select the text the claim should attach to."))
            return
        self._set_span(doc, claim, start, end, self.tr("Re-attach claim"))
        self.message.emit(self.tr("Claim re-attached."))

    def _set_span(self, doc, claim: Annotation, start: int, end: int, label: str) -> None:
        position = TextPosition(start, end)
        after = claim.with_changes(position=position, quote=quote_at(doc.text, position), orphaned=False)
        self._push(UpdateAnnotationCommand(self.session, doc, claim, after, label))
