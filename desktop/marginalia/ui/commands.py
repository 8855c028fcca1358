"""Undoable commands: every user change to annotations or topics is one of these.

A step of one article may find its claim gone or back when it runs: a link made from
another article (ui.cluster_commands) adds a claim here and its undo takes it away.
Such a step has nothing left to do: it becomes obsolete (Qt drops it from the stack)
and says so, instead of acting on a claim that is not there.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from marginalia.core.annotation import Annotation
from marginalia.core.codebook import Codebook
from marginalia.core.document import ArticleDocument

_NOTE_MERGE_ID = 1001


def _obsolete(command: QUndoCommand, session) -> None:
    command.setObsolete(True)
    session.message.emit(QCoreApplication.translate(
        "Commands", "Nothing to undo or redo there: that claim was removed by another step."))


class AddAnnotationCommand(QUndoCommand):
    def __init__(self, session, document: ArticleDocument, annotation: Annotation, text: str) -> None:
        super().__init__(text)
        self.session, self.document, self.annotation = session, document, annotation

    def redo(self) -> None:
        if self.annotation.id in self.document:
            _obsolete(self, self.session)
            return
        self.session.add(self.document, self.annotation)

    def undo(self) -> None:
        if self.annotation.id not in self.document:
            _obsolete(self, self.session)
            return
        self.session.remove(self.document, self.annotation.id)


class AddClaimsCommand(QUndoCommand):
    """Several new claims as one step (an adjudicator's decision): undo takes them all back."""

    def __init__(self, session, document: ArticleDocument, claims: list[Annotation], text: str) -> None:
        super().__init__(text)
        self.session, self.document, self.claims = session, document, list(claims)

    def redo(self) -> None:
        for claim in self.claims:
            self.session.add(self.document, claim)

    def undo(self) -> None:
        for claim in reversed(self.claims):
            self.session.remove(self.document, claim.id)


class RemoveAnnotationCommand(QUndoCommand):
    def __init__(self, session, document: ArticleDocument, annotation: Annotation, text: str) -> None:
        super().__init__(text)
        self.session, self.document, self.annotation = session, document, annotation

    def redo(self) -> None:
        if self.annotation.id not in self.document:
            _obsolete(self, self.session)
            return
        self.session.remove(self.document, self.annotation.id)

    def undo(self) -> None:
        if self.annotation.id in self.document:
            _obsolete(self, self.session)
            return
        self.session.add(self.document, self.annotation)


class UpdateAnnotationCommand(QUndoCommand):
    """Topics, span or note. Consecutive note edits of one claim merge into one step,
    so undo takes back what was typed, not one letter."""

    def __init__(self, session, document: ArticleDocument, before: Annotation, after: Annotation,
                 text: str, *, typing: bool = False) -> None:
        super().__init__(text)
        self.session, self.document = session, document
        self.before, self.after, self.typing = before, after, typing

    def id(self) -> int:
        return _NOTE_MERGE_ID if self.typing else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not (isinstance(other, UpdateAnnotationCommand) and other.typing
                and other.document is self.document and other.after.id == self.after.id):
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        if self.after.id not in self.document:
            _obsolete(self, self.session)
            return
        self.session.update(self.document, self.after)

    def undo(self) -> None:
        if self.before.id not in self.document:
            _obsolete(self, self.session)
            return
        self.session.update(self.document, self.before)


class SetLanguageCommand(QUndoCommand):
    def __init__(self, session, document: ArticleDocument, tag: str, source: str, text: str) -> None:
        super().__init__(text)
        self.session, self.document = session, document
        self.before = (document.language, document.language_source)
        self.after = (tag, source)

    def redo(self) -> None:
        self.session.set_language(self.document, *self.after)

    def undo(self) -> None:
        self.session.set_language(self.document, *self.before)


class CodebookCommand(QUndoCommand):
    """Any codebook edit: the whole (small, immutable) codebook before and after."""

    def __init__(self, session, before: Codebook, after: Codebook, text: str) -> None:
        super().__init__(text)
        self.session, self.before, self.after = session, before, after

    # As an edit of the codebook as it is then, not a return to a whole earlier one: a
    # topic added meanwhile (here, or by another program) stays through undo and redo.
    def redo(self) -> None:
        self.session.change_codebook(self.before, self.after)

    def undo(self) -> None:
        self.session.change_codebook(self.after, self.before)
