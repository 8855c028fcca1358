"""Two articles side by side: opening the reader beside, linking across the two, and the pair following each other.

Choosing a claim in one reader brings its cluster-mate (a claim of the same cluster in
the other reader's article) into view in the other, chosen there. Link Across Readers
(Ctrl+Shift+L) links what is chosen in each reader — a claim, or selected text, of
which a claim is made with the other claim's topics — in one undo step, on the main
reader's article's stack like every link (ui.cluster_commands).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from marginalia.core.errors import MarginaliaError
from marginalia.core.language import describe_language
from marginalia.ui.error_words import describe
from marginalia.ui.linking import Side
from marginalia.ui.panes import focus
from marginalia.ui.wording import arg
from marginalia.ui.language_names import language_name

if TYPE_CHECKING:  # both are made when first asked for, so a start-up need not load them
    from marginalia.ui.beside_pane import BesidePane
    from marginalia.ui.overlay import QuickPicker


class Beside(QObject):
    """Owns the reader beside and what links it to the main one. The pane and the
    article picker are made when first opened: a start-up builds neither."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.pane: BesidePane | None = None
        self._picker: QuickPicker | None = None
        self._session = None
        self._pairing = False  # a reveal in one reader is under way: the other does not answer it
        a = window.actions
        a.open_beside.triggered.connect(self.choose_article)
        a.close_beside.triggered.connect(self.close)
        a.swap_readers.triggered.connect(self.swap)
        a.link_beside.triggered.connect(self.link_across)
        self._update_actions()

    def _make(self) -> BesidePane:
        if self.pane is None:
            from marginalia.ui.beside_pane import BesidePane

            window = self.window
            pane = self.pane = BesidePane(window, window.title_of)
            window.splitter.addWidget(pane)
            window.panes.add(pane.reader_frame, lambda: focus(pane.reader))
            window.panes.add(pane.notes_frame, self._enter_notes)
            pane.claim_chosen.connect(self._on_pane_claim_chosen)
            pane.notes.member_clicked.connect(lambda _claim, member: window.linking.open_member(
                member.claim_id, member.article))
            pane.notes.link_clicked.connect(self._on_pane_link_clicked)
            if self._session is not None:
                self._session.codebook_changed.connect(pane.set_codebook)
        return self.pane

    @property
    def picker(self) -> QuickPicker:
        if self._picker is None:
            from marginalia.ui.overlay import QuickPicker

            self._picker = QuickPicker(self.window, "article-picker", self.tr("Search articles to open beside"),
                                       self.tr("Words of a title, a file name or a language…"), self.tr("Articles"))
        return self._picker

    @property
    def shown(self) -> bool:
        return self.pane is not None and self.pane.isVisible()

    @property
    def document(self):
        return self.pane.document if self.shown else None

    def has_focus(self) -> bool:
        widget = QApplication.focusWidget()
        return widget is not None and self.shown and self.pane.isAncestorOf(widget)

    def _update_actions(self) -> None:
        shown = self.shown
        self.window.actions.swap_readers.setEnabled(shown)
        self.window.actions.close_beside.setEnabled(shown)

    # -- the session -----------------------------------------------------------------
    def set_session(self, session) -> None:
        if self._session is not None:
            self._session.document_changed.disconnect(self._on_session_document_changed)
            self._session.clusters_changed.disconnect(self._on_session_clusters_changed)
            if self.pane is not None:
                self._session.codebook_changed.disconnect(self.pane.set_codebook)
        self._session = session
        session.document_changed.connect(self._on_session_document_changed)
        session.clusters_changed.connect(self._on_session_clusters_changed)
        if self.pane is not None:
            session.codebook_changed.connect(self.pane.set_codebook)
            self.close()
            self.pane.set_document(None, session.codebook)  # the last folder's article is not this one's

    def _on_session_document_changed(self, document, changes) -> None:
        if self.pane is not None and document is self.pane.document:
            if changes.language or changes.text:
                self.pane.set_document(document, self._session.codebook, self._session)
            else:
                self.pane.apply(changes)

    def _on_session_clusters_changed(self, changes) -> None:
        if self.pane is not None and self.pane.document is not None:
            self.pane.cards.refresh(self._session, changes)

    # -- opening, closing, swapping ------------------------------------------------------
    def choose_article(self) -> None:
        if self.window.session is None:
            self.window.show_message(self.tr("Open a folder of articles first."))
            return
        self.picker.open_with(self.tr("Open beside the article you are reading:"),
                              self.tr("↑ ↓ choose · Enter opens · Esc cancels"), self._search_articles,
                              lambda path: self.open(Path(path)))

    def _search_articles(self, text: str):
        from marginalia.core.suggest.fold import fold

        terms = fold(text).split()
        model, current = self.window.library.model, self.window.session.current
        rows = []
        for row in range(model.rowCount()):
            entry = model.entry(row)
            if entry.error is not None or (current is not None and entry.path == current.article.path):
                continue
            language = describe_language(entry.language) if entry.language else None
            shown_language = language_name(entry.language) if entry.language else ""
            about = " " + fold(" ".join(p for p in (entry.title, entry.path.name, entry.language, shown_language,
                                                    language.english_name if language else "",
                                                    language.autonym if language else "") if p))
            if all(" " + term in about for term in terms):
                where = " · ".join(p for p in (shown_language, entry.path.name) if p)
                rows.append((f"{entry.title}\n{where}", str(entry.path), str(entry.path)))
        return rows, self.tr("%n article(s)", "", len(rows))

    def open(self, path: Path):
        """Show the article at `path` beside the main one; its document, or None (said why)."""
        session = self.window.session
        try:
            document = session.document(Path(path))
        except MarginaliaError as exc:
            self.window.show_message(arg(self.tr("Cannot open the article: %1"), describe(exc)))
            return None
        self._make()
        if document is not self.pane.document or not self.pane.isVisible():
            self.pane.set_document(document, session.codebook, session)
        if not self.pane.isVisible():
            self.pane.show()
            self._share_width()
        self._update_actions()
        return document

    def _share_width(self) -> None:
        """Room for two texts: the library narrows, the rest shares the width."""
        splitter = self.window.splitter
        total = sum(splitter.sizes())
        library = min(splitter.sizes()[0], total // 8)
        rest = total - library
        splitter.setSizes([library, rest * 30 // 100, rest * 20 // 100, rest * 50 // 100])
        self.pane.splitter.setSizes([62, 38])

    def close(self) -> None:
        if self.pane is None:
            return
        had_focus = self.has_focus()
        self.pane.hide()
        self._update_actions()
        if had_focus:
            focus(self.window.reader)

    def swap(self) -> None:
        """The article beside goes to the main reader (to be edited), the main one beside."""
        main, other = self.window.session.current if self.window.session else None, self.document
        if other is None:
            return
        self.window.open_article(other.article.path)
        if main is not None:
            self.open(main.article.path)
        focus(self.window.reader)

    def show_span(self, path: Path, start: int, end: int) -> None:
        """Open `path` beside (if it is not) and select [start, end) in it: a preview."""
        if self.open(path) is not None:
            self.pane.show_span(start, end)

    def show_claim(self, path: Path, claim_id: str) -> bool:
        """Choose `claim_id` in the reader beside if it shows `path`; whether it did."""
        document = self.document
        if document is None or Path(document.article.path).resolve() != Path(path).resolve() \
                or claim_id not in document:
            return False
        self.pane.choose(claim_id, reveal=True)
        return True

    def _enter_notes(self) -> None:
        notes = self.pane.notes
        if not notes.currentIndex().isValid() and notes.model().rowCount():
            notes.setCurrentIndex(notes.model().index(notes.first_row_in_view(), 0))
        focus(notes)

    # -- the pair following each other -------------------------------------------------
    def on_main_claim_changed(self, claim_id) -> None:
        """A claim chosen in the main reader: its mate beside comes into view."""
        if self._pairing or claim_id is None or self.document is None:
            return
        mate = self._mate(claim_id, self.document, self.pane.current_id)
        if mate is not None:
            self._pairing = True
            try:
                self.pane.choose(mate, reveal=True)
            finally:
                self._pairing = False

    def _on_pane_claim_chosen(self, claim_id: str) -> None:
        window = self.window
        current = window.session.current if window.session else None
        if self._pairing or current is None:
            return
        mate = self._mate(claim_id, current, window.annotator.current_id)
        if mate is not None:
            self._pairing = True
            try:
                window.notes.select_claim(mate)
                window.claims.on_notes_claim_selected(mate)
            finally:
                self._pairing = False

    def _mate(self, claim_id: str, document, shown: str | None) -> str | None:
        """The claim of `document` in `claim_id`'s cluster to show: `shown` if it is one
        (nothing moves), else the first in reading order."""
        cluster = self._session.clusters.cluster_of(claim_id) if self._session is not None else None
        if cluster is None:
            return None
        mates = [i for i in cluster.claim_ids if i != claim_id and i in document]
        if not mates or shown in mates:
            return None
        return min(mates, key=lambda i: document.get(i).sort_key())

    # -- linking across -----------------------------------------------------------------
    def _side(self, reader, document, claim) -> Side | None:
        cursor = reader.textCursor()
        if cursor.hasSelection():
            return Side(document, span=reader.selection_span())
        return Side(document, claim=claim) if claim is not None else None

    def link_across(self) -> None:
        window = self.window
        if window.session is None or window.session.current is None:
            window.show_message(self.tr("Open an article first."))
            return
        if self.document is None:
            window.show_message(self.tr("Open another article beside this one first (View ▸ Open Beside…, "
                                        "Ctrl+\\)."))
            return
        main = self._side(window.reader, window.session.current, window.annotator.current())
        other = self._side(self.pane.reader, self.document, self.pane.current())
        if main is None or other is None:
            window.show_message(self.tr("Choose a claim or select text in both readers, then press Ctrl+Shift+L "
                                        "to link them."))
            return
        source, target = (other, main) if self.has_focus() else (main, other)
        window.linking.link_sides(source, target, self.tr("Link claims across readers"))

    def _on_pane_link_clicked(self, claim_id: str) -> None:
        self.pane.choose(claim_id)
        claim = self.pane.current()
        if claim is not None:
            self.window.linking.link_to(Side(self.pane.document, claim=claim))
