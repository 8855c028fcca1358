"""Opens the Compare window from the main window's action and keeps it in step with the open corpus.

Light on purpose: the window and the comparison are imported on first use, not at start-up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from marginalia.core.reviewers import ReviewerView
from marginalia.ui.compare.row_choice import RowChoice

if TYPE_CHECKING:
    from marginalia.core.compare import ClusterRows, TopicRows
    from marginalia.ui.compare.compare_window import CompareWindow

# Edits in the main window reach the comparison after this pause: typing a note
# rebuilds it once, not at every key.
REFRESH_DELAY_MS = 250


class CompareLauncher(QObject):
    """Owns the Compare window, made on first use. `claim_chosen(path, claim id)` asks
    the main window to show that claim; `add_row_choice` offers more kinds of row."""

    claim_chosen = Signal(object, str)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.main = window
        self.view: CompareWindow | None = None
        self._choices: list[RowChoice] = []
        self._session = None
        self._stale = True  # the columns must be read again before the window shows them
        self._edited: dict = {}  # path → document edited since the columns were read
        self._reviewers = ReviewerView()  # whose claims the columns hold
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._apply_edits)
        window.actions.compare.triggered.connect(self.open)
        # A folder opened, or a big one finished reading: the columns change.
        window.library.model.modelReset.connect(self._on_library_model_reset)
        self.add_row_choice(RowChoice(self.tr("Topics"), self.tr("Claims per topic in each article"),
                                      self._topic_rows))
        self.add_row_choice(RowChoice(
            self.tr("Clusters"), self.tr("Claims per cluster in each article"), self._cluster_rows,
            self.tr("Each column is an article and each row a cluster: one fact as several articles report "
                    "it. A cell lists what that article says of it: its quotes and notes. Click a quote, or move "
                    "with the arrow keys and press Enter, to open it in the main window.")))

    def set_reviewer_view(self, view: ReviewerView) -> None:
        """Compare only the claims of the reviewers `view` shows: read again if shown."""
        if view == self._reviewers:
            return
        self._reviewers = view
        self._stale = True
        if self.view is not None and self.view.isVisible():
            self.reload()

    def _shown(self, columns):
        """`columns` with the claims of the reviewers shown alone."""
        if self._reviewers.shows_everyone:
            return list(columns)
        from dataclasses import replace

        return [replace(c, claims=tuple(self._reviewers.visible(c.claims))) for c in columns]

    def add_row_choice(self, choice: RowChoice) -> None:
        self._choices.append(choice)
        if self.view is not None:
            self.view.add_row_choice(choice)

    def _topic_rows(self) -> TopicRows:
        from marginalia.core.codebook import Codebook
        from marginalia.core.compare import ClusterRows, TopicRows

        return TopicRows(self.main.session.codebook if self.main.session is not None else Codebook())

    def _cluster_rows(self) -> ClusterRows:
        from marginalia.core.clusters import EMPTY_CLUSTERS
        from marginalia.core.compare import ClusterRows

        session = self.main.session
        return ClusterRows(session.clusters if session is not None else EMPTY_CLUSTERS)

    def open(self) -> None:
        """Show the window (made on first use) in front, with its table focused."""
        if self.view is None:
            from marginalia.ui.compare.compare_window import CompareWindow  # not at start-up

            self.view = CompareWindow(self.main)
            for choice in self._choices:
                self.view.add_row_choice(choice)
            self.view.claim_activated.connect(self.claim_chosen)
        self._follow_session()
        if self._stale:
            self.reload()
        elif self._edited:
            self._apply_edits()
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()
        self.view.table.setFocus()

    def close_view(self) -> None:
        """Close the window and forget it and its columns: the next open makes it again
        and reads every article, as the first open of a session does."""
        if self.view is not None:
            view, self.view = self.view, None
            view.close()
            view.deleteLater()
        self._stale = True

    def reload(self) -> None:
        """Read every article's claims again: open documents from memory, the others from disk."""
        session = self.main.session
        self._stale = False
        self._edited.clear()
        if session is None:
            self.view.set_columns(())
            self.view.message.setText(self.tr("Open a folder of articles to compare them."))
            return
        from marginalia.core.compare import read_columns

        model = self.main.library.model
        entries = [model.entry(row) for row in range(model.rowCount())]
        found = read_columns(session.corpus, entries, session.open_documents())
        self.view.set_columns(self._shown(found.columns), found.problems)

    def _follow_session(self) -> None:
        session = self.main.session
        if session is self._session:
            return
        if self._session is not None:
            self._session.document_changed.disconnect(self._on_session_document_changed)
            self._session.codebook_changed.disconnect(self._on_session_codebook_changed)
            self._session.clusters_changed.disconnect(self._on_session_codebook_changed)
        self._session = session
        self._stale = True
        if session is not None:
            session.document_changed.connect(self._on_session_document_changed)
            session.codebook_changed.connect(self._on_session_codebook_changed)
            # A cluster made, joined or relabelled changes the rows, not the columns.
            session.clusters_changed.connect(self._on_session_codebook_changed)

    def _on_library_model_reset(self) -> None:
        self._follow_session()
        self._stale = True
        if self.view is not None and self.view.isVisible():
            self.reload()

    def _on_session_document_changed(self, document, _changes) -> None:
        self._edited[document.article.path] = document
        if self.view is not None and self.view.isVisible():
            self._timer.start()

    def _on_session_codebook_changed(self, _changed) -> None:
        if self.view is not None and self.view.isVisible():
            self.view.refresh()

    def _apply_edits(self) -> None:
        if self.view is None or self._session is None or not self._edited:
            return
        from marginalia.core.compare import column_of_document

        shown = {c.path: c for c in self.view.columns}
        columns = []
        for path, document in self._edited.items():
            before = shown.get(path)
            key = before.key if before is not None else self._session.corpus.relative_name(path)
            columns.append(column_of_document(
                key, document, title=before.title if before else None,
                outlet=before.outlet if before else "", published=before.published if before else ""))
        self._edited.clear()
        self.view.replace_columns(self._shown(columns))
