"""Find in Other Articles in the window: the pane, the index behind it, preview and accept."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget

from marginalia import paths
from marginalia.core.errors import MarginaliaError
from marginalia.ui.error_words import describe
from marginalia.ui.linking import Side
from marginalia.ui.panes import PaneFrame, focus
from marginalia.ui.text_offsets import trim_selection
from marginalia.ui.wording import arg


class Suggestions(QObject):
    """Owns the pane (a dock on the right) and the worker, both made when first asked
    for: a start-up builds neither."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.panel = None  # a SuggestionsPanel
        self.dock: QDockWidget | None = None
        self.worker = None  # a SuggestWorker
        self._session = None
        window.actions.find_elsewhere.triggered.connect(self.find)

    def _make(self) -> None:
        if self.dock is not None:
            return
        from marginalia.ui.suggest_worker import SuggestWorker
        from marginalia.ui.suggestions_panel import SuggestionsPanel

        window = self.window
        self.panel = SuggestionsPanel(window)
        self.dock = QDockWidget(self.tr("Find in Other Articles"), window)
        self.dock.setObjectName("suggestions-dock")
        frame = PaneFrame(self.panel)
        self.dock.setWidget(frame)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        window.panes.add(frame, lambda: focus(self.panel.tree))
        self.worker = SuggestWorker(self)
        self.worker.answered.connect(self._on_worker_answered)
        self.worker.set_corpus(self._session.corpus, paths.user_cache_dir())

    def set_session(self, session) -> None:
        if self._session is not None:
            self._session.document_changed.disconnect(self._on_session_document_changed)
        self._session = session
        session.document_changed.connect(self._on_session_document_changed)
        if self.worker is not None:
            self.worker.set_corpus(session.corpus, paths.user_cache_dir())
            self.panel.show_empty()

    def _on_session_document_changed(self, _document, changes) -> None:
        if changes.text and self.dock is not None and self.dock.isVisible():
            self.worker.warm()  # an article re-read from disk: its passages are indexed again

    # -- asking ----------------------------------------------------------------------
    def find(self) -> None:
        """Look for the chosen claim (or the selected text) of the reader with the keyboard."""
        window = self.window
        if window.session is None or window.session.current is None:
            window.show_message(self.tr("Open an article first."))
            return
        beside = window.beside
        reader, document = (beside.pane.reader, beside.pane.document) if beside.has_focus() \
            else (window.reader, window.session.current)
        side = window.linking.chosen_side()
        if reader.textCursor().hasSelection():
            start, end = trim_selection(document.text, *reader.selection_span())
            side = Side(document, span=(start, end)) if start < end else side
        if side is None or (side.claim is not None and side.claim.orphaned):
            window.show_message(self.tr("Choose a claim or select some text first, then Find in Other Articles "
                                        "(Ctrl+Shift+O)."))
            return
        self.ask(side)

    def ask(self, side: Side) -> None:
        self._make()
        start, end = (side.claim.start, side.claim.end) if side.claim is not None else side.span
        document = side.document
        self.panel.show_source(side, document.text[start:end])
        self.dock.show()
        self.dock.raise_()
        focus(self.panel.tree)
        self.worker.ask(self._session.corpus.relative_name(document.article.path), document.text, start, end)

    def _on_worker_answered(self, answer) -> None:
        if self.panel.source is None:
            return
        self.panel.show_answer(answer, self._title_of, self._linked)
        if self.dock.isVisible() and self.panel.tree.topLevelItemCount():
            focus(self.panel.tree)

    def _title_of(self, name: str) -> str:
        return self.window.title_of(name)

    def _linked(self, article: str, start: int, end: int) -> bool:
        """Whether a claim overlapping [start, end) of `article` is in the source's cluster
        (the article is opened to look, as accepting would: only articles with a member)."""
        source = self.panel.source
        claim = source.claim if source is not None else None
        cluster = self._session.clusters.cluster_of(claim.id) if claim is not None else None
        if cluster is None or not any(m.article == article for m in cluster.members):
            return False
        try:
            document = self._session.document(self._session.corpus.root / article)
        except MarginaliaError:
            return False
        return any(c.id in cluster.claim_ids for c in document.overlapping(start, end))

    # -- acting ----------------------------------------------------------------------
    def _target(self, suggestion):
        """The document of the suggestion's article, or None (said why)."""
        try:
            document = self._session.document(self._session.corpus.root / suggestion.article)
        except MarginaliaError as exc:
            self.window.show_message(arg(self.tr("Cannot open the article: %1"), describe(exc)))
            return None
        if document.text[suggestion.start:suggestion.end] != suggestion.quote:
            self.window.show_message(self.tr("That article changed since it was searched; looking again."))
            if self.panel.source is not None:
                self.ask(self.panel.source)
            return None
        return document

    def preview(self, suggestion) -> None:
        if self._target(suggestion) is not None:
            self.window.beside.show_span(self._session.corpus.root / suggestion.article, suggestion.start,
                                         suggestion.end)

    def accept(self, suggestion) -> None:
        """Make the passage a claim of its article in the source claim's cluster: one undo step."""
        source = self.panel.source
        document = self._target(suggestion)
        if source is None or document is None:
            return
        if source.claim is not None and source.claim.id not in source.document:
            self.window.show_message(self.tr("The claim looked for is no longer there."))
            return
        start, end = trim_selection(document.text, suggestion.start, suggestion.end)
        same = next((c for c in document.overlapping(start, end) if (c.start, c.end) == (start, end)), None)
        target = Side(document, claim=same) if same is not None else Side(document, span=(start, end))
        self.window.linking.link_sides(source, target, self.tr("Accept suggestion"), on_linked=self._on_linked)

    def _on_linked(self, source_claim, target_claim) -> None:
        """Accepted: the source is now a claim (it may have been made of a selection), so a
        second passage accepted joins the same cluster; the passages are marked again."""
        source = self.panel.source
        if source is None:
            return
        self.panel.source = Side(source.document, claim=source_claim)
        for document in self._session.open_documents():
            if target_claim.id in document:
                self.panel.keep = (self._session.corpus.relative_name(document.article.path), target_claim.start)
        self.ask(self.panel.source)
