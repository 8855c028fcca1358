"""Undo steps for claim clusters: an edit of the clusters, and a link that makes claims in other articles.

Where a step lives: on the undo stack of the article in the main reader when the user
acted (the active stack), so Ctrl+Z right after undoes it wherever the keyboard is. A
link may make claims in other articles (accepting a suggestion, linking to a selection
in the reader beside): the step holds those documents and the claims it made.

Undoing such a step after the user changed the claim it made, in that other article,
must not take their change away: the claim is removed only while it is still exactly
the claim the step made; otherwise it stays (with what the user gave it) and only the
link is undone, and the status bar says so. Redo puts back a claim only where none of
its id is. The cluster edit itself never fails on a cluster changed meanwhile (see
core.clusters.operations); a clusters file that became unreadable makes the step
obsolete, with a message, instead of raising inside the undo stack.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from marginalia.core.annotation import Annotation
from marginalia.core.document import ArticleDocument
from marginalia.core.errors import MarginaliaError
from marginalia.ui.error_words import describe
from marginalia.ui.wording import arg


def _tr(text: str) -> str:
    return QCoreApplication.translate("ClusterCommands", text)


class _ClusterStep(QUndoCommand):
    """Applies a cluster edit through the session, keeping the inverse for undo."""

    def __init__(self, session, edit, text: str) -> None:
        super().__init__(text)
        self.session, self.edit = session, edit
        self._inverse = None

    def _apply(self, edit) -> bool:
        """Apply `edit`; False (and the step obsolete, with a message) when the clusters
        cannot be written to at all."""
        try:
            return self.session.edit_clusters(edit)
        except MarginaliaError as exc:
            self.setObsolete(True)
            self.session.message.emit(arg(_tr("The clusters could not be changed: %1"), describe(exc)))
            return False

    def _redo_edit(self) -> None:
        if self.edit is None:
            return
        edited = self._apply(self.edit)
        self._inverse = edited.undo if edited else None

    def _undo_edit(self) -> None:
        if self._inverse is not None:
            self._apply(self._inverse)
            self._inverse = None


class ClusterEditCommand(_ClusterStep):
    """One edit of the clusters (join, leave, relabel, note…) as an undo step."""

    def redo(self) -> None:
        self._redo_edit()

    def undo(self) -> None:
        self._undo_edit()


class LinkClaimsCommand(_ClusterStep):
    """Claims made (each in its document) and a cluster edit linking them, as one step.
    `made` lists (document, claim) pairs; the edit is applied after they are added and
    undone before they are removed."""

    def __init__(self, session, made: list[tuple[ArticleDocument, Annotation]], edit, text: str) -> None:
        super().__init__(session, edit, text)
        self.made = list(made)

    def redo(self) -> None:
        for document, claim in self.made:
            if claim.id not in document:  # a redo: put back what the undo removed
                self.session.add(document, claim)
        self._redo_edit()

    def undo(self) -> None:
        self._undo_edit()
        kept = []
        for document, claim in self.made:
            if claim.id not in document:
                continue  # deleted there meanwhile (that deletion has its own undo step)
            if document.get(claim.id) == claim:
                self.session.remove(document, claim.id)
            else:
                kept.append(document)
        if kept:
            titles = ", ".join(arg(_tr("“%1”"), d.article.title) for d in kept)
            self.session.message.emit(arg(_tr("The link is undone; the claim it made in %1 was changed since, so "
                                              "it stays there with your changes."), titles))
