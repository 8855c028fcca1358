"""The main window: wires the library, the reader, the notes and the session together."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QUndoGroup
# The dialogs (QFileDialog, QInputDialog, QMessageBox) are imported where they open: their
# Python classes and enums cost the start-up time and the first window shows none.
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QProgressBar, QSplitter, QVBoxLayout, QWidget

from marginalia import __version__, paths
from marginalia.core.corpus import Corpus
from marginalia.core.errors import MarginaliaError
from marginalia.core.language import describe_language, normalize_tag
from marginalia.ui.actions import Actions, redo_shortcuts
from marginalia.ui.adjudication.launcher import AdjudicationLauncher
from marginalia.ui.agreement.launcher import AgreementLauncher
from marginalia.ui.add_articles import ArticleAdder
from marginalia.ui.annotator import Annotator
from marginalia.ui.beside import Beside
from marginalia.ui.claim_announcer import ClaimAnnouncer
from marginalia.ui.claim_focus import ClaimFocus
from marginalia.ui.claim_menu import ClaimMenus
from marginalia.ui.cluster_cards import ClusterCards
from marginalia.ui.commands import SetLanguageCommand
from marginalia.ui.compare.launcher import CompareLauncher
from marginalia.ui.disk_watcher import DiskWatcher
from marginalia.ui.error_words import describe, reason
from marginalia.ui.team_notice import copies_notice, merged_articles, take_in_at_open
from marginalia.ui.document_status import entry_of, show_document_state
from marginalia.ui.find_bar import FindBar
from marginalia.ui.focus_order import FocusOrder
from marginalia.ui.high_contrast import HighContrast
from marginalia.ui.import_flow import ImportFlow
from marginalia.ui.language_menu import LanguageMenu
from marginalia.ui.wording import arg, number
from marginalia.ui import i18n, library_scan
from marginalia.ui.library_panel import LibraryPanel
from marginalia.ui.library_scan import LibraryScan
from marginalia.ui.linking import Linking
from marginalia.ui.margin_notes import MarginNotes
from marginalia.ui.notes_panel import NotesPanel
from marginalia.ui.panes import PaneFrame, Panes
from marginalia.ui.reader_view import ReaderView
from marginalia.ui.reviewers import menu as reviewers_menu
from marginalia.ui.session import CorpusSession, SaveState
from marginalia.ui.settings import Settings
from marginalia.ui.side_docks import SideDocks
from marginalia.ui.suggestions import Suggestions
from marginalia.ui.window_defaults import initial_geometry, pane_sizes


class MainWindow(QMainWindow):
    """Wires the panes, the actions and the session; the behaviour lives in the pieces
    (the focus model in ClaimFocus, the cards' places in MarginNotes, F6 in Panes)."""

    def __init__(self, settings: Settings | None = None) -> None:
        super().__init__()
        self.settings = settings or Settings()
        i18n.ensure_installed(QApplication.instance(), self.settings.ui_language)
        self.session: CorpusSession | None = None
        self.setWindowTitle("Marginalia")
        self.setAcceptDrops(True)
        self.library = LibraryPanel(self)
        self.reader = ReaderView(self)
        self.find_bar = FindBar(self)
        self.find_bar.hide()
        self.notes = NotesPanel(self)
        self.banner = QLabel(self)  # read-only and problem notices above the text
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Problems with this article"))
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # it shows file names and record ids: never markup
        self.banner.hide()
        centre = QWidget(self)
        column = QVBoxLayout(centre)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.reader, 1)
        column.addWidget(self.find_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("main-splitter")
        self.splitter.setChildrenCollapsible(False)
        frames = [PaneFrame(widget, self.splitter) for widget in (self.library, centre, self.notes)]
        for i, (frame, stretch) in enumerate(zip(frames, (2, 5, 3))):
            self.splitter.addWidget(frame)
            self.splitter.setStretchFactor(i, stretch)
        self.splitter.setSizes(pane_sizes(1440))
        self.setCentralWidget(self.splitter)
        self.save_label = QLabel(self)
        self.save_label.setAccessibleName(self.tr("Save state"))
        self.save_label.setAccessibleDescription(self.tr("Whether every change is written to the annotation file"))
        self.anchor_label = QLabel(self)
        self.anchor_label.setAccessibleName(self.tr("Article facts"))
        self.anchor_label.setAccessibleDescription(
            self.tr("The article's language, its claims and how they were placed in the text"))
        self.filter_label = QLabel(self)  # which topics' claims alone are shown, if any
        self.filter_label.setAccessibleName(self.tr("Topics shown"))
        self.filter_label.setAccessibleDescription(self.tr("Only the claims of these topics are shown"))
        self.filter_label.hide()
        self._scan_progress = QProgressBar(self)
        self._scan_progress.setMaximumWidth(260)
        self._scan_progress.setTextVisible(True)
        self._scan_progress.setAccessibleName(self.tr("Reading the library"))
        self._scan_progress.hide()
        self._scan = LibraryScan(self)
        self._scan.progress.connect(self._on_scan_progress)
        self._scan.finished.connect(self._on_scan_finished)
        for widget in (self._scan_progress, self.filter_label, self.anchor_label, self.save_label):
            self.statusBar().addPermanentWidget(widget)
        self.announcer = ClaimAnnouncer(self)  # the claim being read, said when it changes
        self.actions = Actions(self)
        self.undo_group = QUndoGroup(self)
        self._undo = self.undo_group.createUndoAction(self, self.tr("&Undo"))
        self._undo.setShortcut(QKeySequence.StandardKey.Undo)
        self._redo = self.undo_group.createRedoAction(self, self.tr("&Redo"))
        self._redo.setShortcuts(redo_shortcuts())
        self.addAction(self._undo)
        self.addAction(self._redo)
        self.actions.add_pane_actions(self, self.reader, self.notes)
        self.actions.build_menus(self, self._undo, self._redo, self.tr("Open &Recent"))
        self.actions.build_toolbar(self, self._undo, self._redo)
        self.language_menu = LanguageMenu(self, self.actions.view_menu)
        self.high_contrast = HighContrast(self, self.actions.view_menu, self.banner)  # styles the banner too
        self.article_adder = ArticleAdder(self)
        self.annotator = None
        self.watcher = None
        self.claims = ClaimFocus(self)
        self.panes = Panes(self)
        self.panes.add(frames[0], self.claims.enter_library)
        self.panes.add(frames[1], self.claims.enter_reader)
        self.panes.add(frames[2], self.claims.enter_notes)
        # Set for a run with no one at the screen (--screenshot, --smoke-test): what
        # would be a modal message goes to stderr, and is kept in headless_errors.
        self.headless = False
        self.headless_errors: list[str] = []
        self.docks = SideDocks(self)
        self.sidecar_dock, self.search_dock = self.docks.sidecar_dock, self.docks.search_dock
        self.search_panel = self.docks.search_panel
        self.compare = CompareLauncher(self)  # View ▸ Compare Articles
        self.compare.claim_chosen.connect(self.show_claim)
        self.margin = MarginNotes(self.reader, self.notes, self)
        self.claim_menus = ClaimMenus(self)
        self.importer = ImportFlow(self)
        self.agreement = AgreementLauncher(self)  # Reviewers ▸ Agreement
        self.cluster_cards = ClusterCards(self.notes, self.title_of)
        self.linking = Linking(self)  # Link to…, clusters' labels and notes, linked claims opened
        self.beside = Beside(self)  # View ▸ Open Beside…
        self.suggestions = Suggestions(self)  # Edit ▸ Find in Other Articles
        self.reviewers = reviewers_menu.ReviewersMenu(self)  # Reviewers ▸ whose claims are shown
        self.reviewers.changed.connect(lambda view: reviewers_menu.show_reviewers(self, view))
        self.adjudication = AdjudicationLauncher(self)  # Reviewers ▸ Adjudicate
        reviewers_menu.show_reviewers(self, self.reviewers.view)
        self._changed_documents: set = set()
        self._status_timer = QTimer(self, singleShot=True, interval=80)
        self._status_timer.timeout.connect(self._refresh_changed_documents)
        self.reader.claim_clicked.connect(self.claims.on_reader_claim_clicked)
        self.reader.claim_stepper = self.claims.step
        self.notes.claim_selected.connect(self.claims.on_notes_claim_selected)
        self.library.article_activated.connect(self._on_library_article_activated)
        self.find_bar.matches_changed.connect(self._on_find_matches_changed)
        self.find_bar.closed.connect(self.reader.setFocus)
        self._connect_actions()
        self.focus_order = FocusOrder(self)
        self.focus_order.apply()

    # -- corpus ------------------------------------------------------------
    def open_corpus(self, root: Path, article: Path | None = None) -> bool:
        try:
            corpus = Corpus(root, cache_dir=paths.user_cache_dir())
        except MarginaliaError as exc:
            self._alert(self.tr("Cannot open folder"), describe(exc))
            return False
        if self.session is not None and not self._close_session():
            return False
        if self.session is not None:
            self.session.close()
            self.session.deleteLater()
        self.session = CorpusSession(corpus, self, self.undo_group)
        team_notice = take_in_at_open(self.session)  # before listing: the merged counts show
        self._wire_session()
        article_paths = corpus.article_paths()
        if len(article_paths) <= library_scan.SYNC_LIMIT:
            entries = corpus.entries(article_paths)
            self.library.set_entries(entries, corpus.codebook)
            readable = [e.path for e in entries if e.error is None]
        else:  # a big folder: show the window now, fill the library as it is read
            self.library.set_entries([], corpus.codebook)
            self._scan_progress.setRange(0, len(article_paths))
            self._scan_progress.setValue(0)
            self._scan_progress.show()
            self._scan.start(corpus, article_paths)
            readable = article_paths
        self.settings.last_corpus = corpus.root
        self.settings.add_recent_corpus(corpus.root)
        self._rebuild_recent_menu()
        self.setWindowTitle(arg(self.tr("%1 — Marginalia"), corpus.root.name))
        refused = corpus.refused_articles()
        if refused:
            self.show_message(arg(self.tr("Not listed, not read: %1"),
                                  "; ".join(arg(self.tr("%1 (%2)"), e.path.name, reason(e)) for e in refused[:3])), 10000)
        if corpus.codebook_error is not None:
            self.show_message(arg(self.tr("The topics file could not be read and is left as it is: %1"),
                                  describe(corpus.codebook_error)))
        target = article or self._remembered_article(readable)
        if target is not None:
            self.open_article(target)
            self.reader.setFocus()
        if team_notice:
            self.show_message(team_notice, 20000)
        return True

    def _on_session_copies_merged(self, report) -> None:
        self.refresh_articles(merged_articles(report))
        notice = copies_notice(report, self.session.corpus.root)
        if notice:
            self.show_message(notice, 20000)

    def _on_scan_progress(self, done: int, total: int) -> None:
        self._scan_progress.setValue(done)
        self._scan_progress.setFormat(arg(self.tr("Reading the library… %1 of %2"), number(done), number(total)))

    def _on_scan_finished(self, corpus, entries) -> None:
        self._scan_progress.hide()
        if self.session is None or self.session.corpus is not corpus:
            return  # another folder was opened meanwhile
        self.library.set_entries(entries, corpus.codebook)
        if self.session.current is not None:
            self.library.select_path(self.session.current.article.path.resolve())
        self.show_message(self.tr("%Ln article(s)", "", len(entries)))

    def _remembered_article(self, readable: list[Path]) -> Path | None:
        last = self.settings.last_article
        if last is not None and last in readable:
            return last
        return readable[0] if readable else None

    def _wire_session(self) -> None:
        session = self.session
        if self.watcher is not None:
            self.watcher.stop()
        for old in (self.annotator, self.watcher):
            if old is not None:
                old.deleteLater()
        self.annotator = Annotator(session, self.reviewers.name_for_new_claim, self)
        self.annotator.message.connect(self.show_message)
        self.annotator.claim_created.connect(self.claims.on_claim_created)
        self.annotator.current_claim_changed.connect(self.claims.on_current_claim_changed)
        self.annotator.current_claim_changed.connect(self.beside.on_main_claim_changed)
        self.annotator.current_claim_changed.connect(self.announcer.on_current_claim_changed)
        self.watcher = DiskWatcher(session, self)
        session.message.connect(self.show_message)  # what happened to the files (the session words it)
        self.notes.source_model.note_edited = self.annotator.edit_note
        session.current_changed.connect(self._on_session_current_changed)
        session.document_changed.connect(self._on_session_document_changed)
        session.codebook_changed.connect(self._on_session_codebook_changed)
        session.save_state_changed.connect(self._on_session_save_state_changed)
        session.clusters_changed.connect(self._on_session_clusters_changed)
        self.beside.set_session(session)
        self.suggestions.set_session(session)
        session.copies_merged.connect(self._on_session_copies_merged)
        self._on_session_codebook_changed(session.codebook)
        self._on_session_save_state_changed(session.save_state, "")
        self.docks.set_session(session)
        self.actions.export.setEnabled(True)
        self.actions.import_file.setEnabled(True)

    def _connect_actions(self) -> None:
        a = self.actions
        a.open_folder.triggered.connect(self.choose_folder)
        a.import_file.triggered.connect(self.importer.choose)
        a.import_file.setEnabled(False)  # until a corpus is open
        a.quit.triggered.connect(self.close)
        annotate = self._annotate
        a.highlight.triggered.connect(annotate(lambda t: t.highlight(self.reader.selection_span())))
        a.delete.triggered.connect(annotate(lambda t: t.delete()))
        a.edit_note.triggered.connect(self._annotate(lambda _t: self.claims.edit_current_note()))
        a.note_from_text.triggered.connect(self.claims.edit_current_note)
        a.go_to_claim.triggered.connect(self.claims.go_to_current_claim)
        a.copy_quote.triggered.connect(self.claim_menus.copy_quote)
        a.copy_card.triggered.connect(self.claim_menus.copy_quote)
        a.next_pane.triggered.connect(lambda: self.panes.cycle(1))
        a.previous_pane.triggered.connect(lambda: self.panes.cycle(-1))
        a.extend_end.triggered.connect(annotate(lambda t: t.adjust_span("end", True)))
        a.shrink_end.triggered.connect(annotate(lambda t: t.adjust_span("end", False)))
        a.extend_start.triggered.connect(annotate(lambda t: t.adjust_span("start", True)))
        a.shrink_start.triggered.connect(annotate(lambda t: t.adjust_span("start", False)))
        a.reattach.triggered.connect(annotate(lambda t: t.reattach(self.reader.selection_span())))
        a.find.triggered.connect(self.find_bar.open_bar)
        a.find_next.triggered.connect(self.find_bar.next)
        a.codebook.triggered.connect(self.edit_codebook)
        a.language.triggered.connect(self.choose_language)
        a.show_all_topics.triggered.connect(self._show_all_topics)
        a.about.triggered.connect(self._about)
        a.export.triggered.connect(self.export_annotations)
        a.export.setEnabled(False)  # until a corpus is open
        self.reader.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.reader.customContextMenuRequested.connect(self._reader_context_menu)
        self.notes.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.notes.customContextMenuRequested.connect(self._notes_context_menu)

    def _annotate(self, operation):
        """A slot that runs `operation(annotator)` once a corpus is open. The keys that
        edit act on the main reader's article: with the keyboard in the reader beside,
        they say how to edit that one instead of editing another behind its back."""
        def slot(_checked=False):
            if self.annotator is None:
                return
            if self.beside.has_focus():
                self.show_message(self.tr("The reader beside is for comparing and linking: View ▸ Swap Readers "
                                          "brings its article here to edit it."))
                return
            operation(self.annotator)
        return slot

    def choose_folder(self) -> None:
        start = self.settings.folder("open") or (self.session.corpus.root.parent if self.session else Path.home())
        from PySide6.QtWidgets import QFileDialog

        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a folder of articles"), str(start))
        if folder:
            self.settings.set_folder("open", Path(folder).parent)
            self.open_corpus(Path(folder))

    def _rebuild_recent_menu(self) -> None:
        menu = self.actions.recent_menu
        menu.clear()
        for path in self.settings.recent_corpora:
            action = menu.addAction(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_corpus(p))
        menu.setEnabled(bool(menu.actions()))

    # -- articles ----------------------------------------------------------
    def open_article(self, path: Path) -> None:
        """Show the article at `path`; nothing happens if it is shown already (the
        reader keeps its place), whichever list or signal asked for it."""
        path = Path(path).resolve()
        current = self.session.current if self.session is not None else None
        if current is not None and current.article.path.resolve() == path:
            return
        try:
            self.session.set_current(path)
        except MarginaliaError as exc:
            self._alert(self.tr("Cannot open article"), describe(exc))
            return
        self.library.select_path(path)

    def _on_library_article_activated(self, path) -> None:
        if self.session is not None:
            self.open_article(Path(path))

    def _on_session_current_changed(self, document) -> None:
        codebook = self.session.codebook
        info = describe_language(document.language) if document is not None else None
        self.reader.set_document(document, codebook, bool(info and info.right_to_left))
        self.cluster_cards.show(self.session, document)
        self.notes.source_model.set_document(document)
        self.notes.delegate.invalidate()
        self.annotator.set_current(None)
        self.find_bar.set_text(document.text if document is not None else "")
        self.watcher.watch(document)
        self.settings.last_article = document.article.path if document is not None else None
        self._show_document_state(document)
        self.margin.schedule()

    def _show_document_state(self, document) -> None:
        file = self.session.file_of(document) if document is not None else None
        view = self.reviewer_view
        shown = None if document is None or view.shows_everyone else len(view.visible(document.claims()))
        show_document_state(self.banner, self.anchor_label, document, file, shown)

    def _on_session_document_changed(self, document, changes) -> None:
        if document is self.session.current:
            self.notes.source_model.apply(changes)
            self.reader.refresh(changes)
            if changes.language or changes.text:  # direction or text: the reader starts again
                self._on_session_current_changed(document)
            if self.annotator.current_id and self.annotator.current_id not in document:
                self.annotator.set_current(None)
            self.margin.schedule()  # new, moved or resized cards take their place in the margin
            self.announcer.refresh()  # the claim being read may have new topics, a note, another place
        # Counts in the library and the status bar can wait a moment: keeping them out
        # of the keystroke's path keeps adding a claim instant in a long article.
        self._changed_documents.add(document)
        self._status_timer.start()

    def refresh_articles(self, paths) -> None:
        """Read these articles' library rows again (their sidecars changed on disk), and
        look at the open article's files at once."""
        if self.session is None:
            return
        known = [p for p in paths if self.library.entry_for(p) is not None]
        for entry in self.session.corpus.entries(known):
            self.library.update_entry(entry)
        if self.watcher is not None:
            self.watcher.check_now()

    def _refresh_changed_documents(self) -> None:
        for document in self._changed_documents:
            self.library.update_entry(entry_of(document, self.session.file_of(document), self.session.corpus))
            if document is self.session.current:
                self._show_document_state(document)
        self._changed_documents.clear()

    def _on_session_codebook_changed(self, codebook) -> None:
        self.actions.set_topics(self, codebook, lambda t: self._annotate(lambda a: a.toggle_topic(t))(),
                                self._apply_topic_filter)
        self.focus_order.apply()  # the topics' new toolbar buttons take their places in the Tab order
        self.reader.set_codebook(codebook)
        self.notes.source_model.set_codebook(codebook)
        self.library.set_codebook(codebook)
        self._apply_topic_filter()  # the topics shown that are still in the codebook

    def _on_session_save_state_changed(self, state: str, message: str) -> None:
        words = {
            SaveState.SAVED: self.tr("All changes saved"),
            SaveState.PENDING: self.tr("Saving…"),
            SaveState.FAILED: self.tr("Not saved — retrying"),
        }
        self.save_label.setText(words.get(state, state))
        self.save_label.setToolTip(message)
        if state == SaveState.FAILED:
            self.show_message(arg(self.tr("Could not save: %1. Your changes are kept and saving will be retried."),
                                  message), 10000)

    # -- claims ------------------------------------------------------------
    def show_claim(self, path, annotation_id: str) -> None:
        """Open the article at `path` with its claim chosen and in view, as choosing its
        card does, and bring the window forward with the text focused."""
        self.open_article(path)
        current = self.session.current if self.session is not None else None
        if current is None or current.article.path.resolve() != Path(path).resolve():
            return  # the article could not be opened (open_article said why)
        if annotation_id not in current:
            self.show_message(self.tr("That claim is no longer in the article."))
            return
        self.notes.select_claim(annotation_id)
        self.claims.on_notes_claim_selected(annotation_id)
        self.raise_()
        self.activateWindow()
        self.reader.setFocus()

    def show_linked_claim(self, path, annotation_id: str) -> None:
        """A linked claim chosen (a card's member, Go to Linked Claim): shown in the reader
        beside when that is where its article is, else opened here."""
        if not self.beside.show_claim(path, annotation_id):
            self.show_claim(path, annotation_id)

    def title_of(self, article: str) -> str:
        """The title the library shows for `article` (relative to the corpus), else ""."""
        if self.session is None:
            return ""
        entry = self.library.entry_for(self.session.corpus.root / article)
        return entry.title if entry is not None else ""

    def _on_session_clusters_changed(self, changes) -> None:
        self.cluster_cards.refresh(self.session, changes)
        self.margin.schedule()  # cards that grew or shrank take their places again

    def _apply_topic_filter(self) -> None:
        chosen = {a.data() for a in self.actions.filter_actions if a.isChecked()}
        self.reader.set_topic_filter(chosen)
        self.notes.proxy.set_topic_filter(chosen)
        names = [a.text() for a in self.actions.filter_actions if a.isChecked()]
        self.filter_label.setText(arg(self.tr("Showing claims of: %1 (Ctrl+0 shows all)"), ", ".join(names)))
        self.filter_label.setVisible(bool(names))
        self.margin.schedule()

    def _show_all_topics(self) -> None:
        for action in self.actions.filter_actions:
            action.blockSignals(True)
            action.setChecked(False)
            action.blockSignals(False)
        self._apply_topic_filter()

    def _on_find_matches_changed(self, matches, current) -> None:
        self.reader.set_find_matches(matches, current)
        if 0 <= current < len(matches):
            self.reader.select_span(*matches[current])
            self.reader.centerCursor()

    def _reader_context_menu(self, point) -> None:
        self.claim_menus.reader_menu(point).exec(self.reader.viewport().mapToGlobal(point))

    def _notes_context_menu(self, point) -> None:
        menu = self.claim_menus.card_menu(point)
        if menu is not None:
            menu.exec(self.notes.viewport().mapToGlobal(point))

    # -- dialogs -----------------------------------------------------------
    def edit_codebook(self) -> None:
        from marginalia.ui.dialogs.codebook_dialog import CodebookDialog

        CodebookDialog(self.session, self).exec()

    @property
    def sidecar_view(self):
        return self.docks.sidecar_view

    def export_annotations(self) -> None:
        if self.session is None:
            return
        from marginalia.ui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(self.session, self, folder=self.settings.folder("export"),
                              reviewers=self.reviewer_view.reviewers())
        dialog.exported.connect(self._on_export_dialog_exported)
        dialog.exec()
        self.settings.set_folder("export", dialog.folder)

    def _on_export_dialog_exported(self, _path: str, summary: str) -> None:
        self.show_message(summary, 10000)

    def choose_language(self) -> None:
        document = self.session.current if self.session else None
        if document is None or document.read_only:
            return
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        tag, ok = QInputDialog.getText(self, self.tr("Article language"),
                                       self.tr("BCP 47 language tag (e.g. vi, pt-BR, ar):"), text=document.language)
        if not ok or not tag.strip():
            return
        try:
            tag = normalize_tag(tag)
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("Article language"), reason(exc))
            return
        self.session.undo_stack(document).push(
            SetLanguageCommand(self.session, document, tag, "user", self.tr("Set language")))

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About Marginalia"),
                          arg(self.tr("Marginalia %1 — offline reading and annotation for researchers."),
                              __version__))

    def show_message(self, text: str, timeout: int = 6000) -> None:
        self.statusBar().showMessage(text, timeout)

    # -- window state --------------------------------------------------------
    def restore_state(self) -> None:
        if self.settings.geometry is not None:
            self.restoreGeometry(self.settings.geometry)
        else:  # a first start: sized from the screen
            screen = self.screen() or QApplication.primaryScreen()
            self.setGeometry(initial_geometry(screen.availableGeometry()))
            self.splitter.setSizes(pane_sizes(self.width()))
        if self.settings.window_state is not None:
            self.restoreState(self.settings.window_state)
        if self.settings.splitter_state is not None:
            self.splitter.restoreState(self.settings.splitter_state)

    def _close_session(self) -> bool:
        """Save everything; if that fails, ask before dropping unsaved changes."""
        if self.session is None or self.session.save_all():
            return True
        return self._confirm_discard(self.session.save_message)

    def _alert(self, title: str, text: str) -> None:
        """A warning the user must see: a modal message, or stderr when no one is there."""
        if self.headless:
            self.headless_errors.append(text)
            print(f"marginalia: {text}", file=sys.stderr)
            return
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, title, text)

    @property
    def reviewer_view(self):
        """Whose claims the window shows (core.reviewers.ReviewerView)."""
        return self.reviewers.view

    def _ask_reviewer_name(self, current: str) -> str | None:
        """The reviewer's name, asked in a small modal dialog (tests replace this)."""
        return reviewers_menu.ask(self, current)

    def _confirm_discard(self, message: str) -> bool:
        if self.headless:  # nothing was typed in a headless run: say what was not saved, and go
            self._alert(self.tr("Unsaved changes"), message)
            return True
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.warning(
            self, self.tr("Unsaved changes"),
            arg(self.tr("Some changes could not be saved:\n%1\n\nClose anyway and lose them?"), message),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event) -> None:
        if not self._close_session():
            event.ignore()
            return
        self.settings.geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        self.settings.splitter_state = self.splitter.saveState()
        self.settings.sync()
        if self.watcher is not None:
            self.watcher.stop()
        event.accept()

    def dragEnterEvent(self, event) -> None:
        if any(Path(u.toLocalFile()).is_dir() or Path(u.toLocalFile()).is_file() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        if self.article_adder.handle_drop([Path(u.toLocalFile()) for u in event.mimeData().urls()]):
            return
        for url in event.mimeData().urls():
            path = Path(url.toLocalFile())
            if path.is_dir():
                self.open_corpus(path)
                return
            if path.is_file():
                self.open_corpus(path.parent, path)
                return
