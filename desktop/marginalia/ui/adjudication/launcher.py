"""Reviewers ▸ Adjudicate… (Ctrl+Shift+J): opens the Adjudication window, made on first use, and keeps it in step."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from marginalia.ui.adjudication.adjudication_window import AdjudicationWindow


class AdjudicationLauncher(QObject):
    """Owns the Adjudication window; the window and the core's pairing are imported on first use."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.main = window
        self.view: AdjudicationWindow | None = None
        self._session = None
        self.action = QAction(self.tr("A&djudicate…"), window)
        self.action.setShortcut(QKeySequence("Ctrl+Shift+J"))
        self.action.setStatusTip(self.tr("Settle two reviewers' disagreements on one article, passage by "
                                         "passage (Ctrl+Shift+J)"))
        self.action.triggered.connect(self.open)
        window.addAction(self.action)
        window.actions.reviewers_menu.addAction(self.action)
        window.library.model.modelReset.connect(self._on_library_model_reset)

    def open(self) -> None:
        """Show the window in front, on the article open in the main window."""
        session = self.main.session
        if session is None:
            self.main.show_message(self.tr("Open a folder of articles first."))
            return
        if self.view is None:
            from marginalia.ui.adjudication.adjudication_window import AdjudicationWindow  # not at start-up

            self.view = AdjudicationWindow(self.main)
        self._follow_session()
        corpus = session.corpus
        paths = corpus.article_paths()
        current = session.current.article.path.resolve() if session.current is not None else None
        self.view.set_articles(paths, [corpus.relative_name(p) for p in paths], current)
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()
        self.view.passages.setFocus()

    def _follow_session(self) -> None:
        session = self.main.session
        if session is self._session:
            return
        if self._session is not None:
            self._session.document_changed.disconnect(self._on_document_changed)
        self._session = session
        if session is not None:
            session.document_changed.connect(self._on_document_changed)

    def _on_document_changed(self, document, _changes) -> None:
        if self.view is not None and document is self.view.document:
            self.view.refresh()

    def _on_library_model_reset(self) -> None:
        """Another folder: the window's article belongs to the old one."""
        if self.view is not None and self.main.session is not self._session:
            self.view.close()
            self.view.document = None
