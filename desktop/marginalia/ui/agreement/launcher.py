"""Opens the Agreement window from Reviewers ▸ Agreement… and keeps its figures in step with the claims.

Every article is read once, in the background with progress; an edit replaces only
the edited document's claims (from memory, saved or not) and the figures are
measured again. Light on purpose: the window and the core are imported on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from marginalia.ui.background import BackgroundJobs
from marginalia.ui.error_words import describe
from marginalia.ui.wording import arg

if TYPE_CHECKING:
    from marginalia.ui.agreement.agreement_window import AgreementWindow

# Edits reach the figures after this pause: typing a note measures once, not at every key.
REFRESH_DELAY_MS = 400
# The progress bar appears only if reading takes longer than this (no flash on small folders).
PROGRESS_DELAY_MS = 300
PROGRESS_EVERY = 10  # articles between two progress reports from the reading thread


class _Superseded(Exception):
    """A newer reading started: this one stops."""


class AgreementLauncher(QObject):
    """Owns the Agreement window, made on first use. `computed` is emitted each time it
    shows new figures."""

    computed = Signal()
    _progress = Signal(int, int, int)  # (reading number, articles read, articles in all), from the worker

    def __init__(self, window) -> None:
        super().__init__(window)
        self.main = window
        self.view: AgreementWindow | None = None
        self._session = None
        self._reads: dict | None = None  # article name → ArticleRead; None: to be read
        self._edited: dict = {}  # article name → document edited since it was read
        self._reading = 0  # the current reading's number; a finished older one is dropped
        self._measuring = 0
        self._progress_at = (0, 0)  # (articles read, in all) of the current reading
        self._busy = False  # a reading is under way
        self._codebook_changed = False  # while the window was hidden: measure again when it opens
        self._jobs = BackgroundJobs("marginalia-agreement", self)
        self._jobs.finished.connect(self._on_jobs_finished)
        self._progress.connect(self._on_progress)
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._timer.timeout.connect(self._apply_edits)
        self._progress_timer = QTimer(self, singleShot=True, interval=PROGRESS_DELAY_MS)
        self._progress_timer.timeout.connect(self._show_progress)
        window.actions.agreement.triggered.connect(self.open)
        QCoreApplication.instance().aboutToQuit.connect(self._on_application_about_to_quit)
        window.library.model.modelReset.connect(self._on_library_model_reset)

    def open(self) -> None:
        """Show the window (made on first use) in front."""
        if self.view is None:
            from marginalia.ui.agreement.agreement_window import AgreementWindow  # not at start-up

            self.view = AgreementWindow(self.main.settings, self.main)
            self.view.refresh_requested.connect(self.reload)
            self.view.choices_changed.connect(self.measure)
        self._follow_session()
        if self._reads is None:
            self.reload()
        elif self._edited:
            self._apply_edits()
        elif self._codebook_changed:
            self.measure()
        self.view.show()
        self.view.raise_()
        self.view.activateWindow()

    def _on_application_about_to_quit(self) -> None:
        self._reading += 1  # a reading under way stops at its next article rather than delay the exit
        self._jobs.stop()

    # -- reading -------------------------------------------------------------------
    def reload(self) -> None:
        """Read every article's claims again: open documents from memory, the others from disk."""
        session = self.main.session
        if self.view is None:
            return
        if session is None:
            self.view.show_message(self.tr("Open a folder of articles to measure agreement."))
            return
        from marginalia.core.agreement import read_article, read_document

        corpus = session.corpus
        self.view.set_corpus(corpus.root)
        in_memory = {}
        for document in session.open_documents():
            name = corpus.relative_name(document.article.path)
            in_memory[name] = read_document(name, document)
        self._edited.clear()
        self._reading += 1
        self._measuring += 1  # a measure of the claims read before is not shown any more
        number = self._reading
        self._progress_at = (0, 0)
        self._busy = True
        self._progress_timer.start()
        self.view.show_message(self.tr("Reading the claims…"))

        def job():
            try:
                paths = corpus.article_paths()
                reads = []
                for done, path in enumerate(paths, 1):
                    if number != self._reading:
                        raise _Superseded
                    name = corpus.relative_name(path)
                    reads.append(in_memory.get(name) or read_article(corpus, path))
                    if done % PROGRESS_EVERY == 0 or done == len(paths):
                        self._progress.emit(number, done, len(paths))
                return ("read", number, corpus, reads)
            except _Superseded:
                return None
            except Exception as exc:  # noqa: BLE001 - reported in the window rather than lost in a thread
                return ("failed", number, exc)

        self._jobs.submit(job)

    def _on_progress(self, number: int, done: int, total: int) -> None:
        if number != self._reading or self.view is None:
            return
        self._progress_at = (done, total)
        if self.view.progress.isVisible():
            self.view.set_reading(done, total)

    def _show_progress(self) -> None:
        if self.view is not None and self._busy:
            done, total = self._progress_at
            self.view.set_reading(done, max(total, 1))

    def _stop_progress(self) -> None:
        self._busy = False
        self._progress_timer.stop()
        self.view.set_reading(0, 0)

    # -- measuring ------------------------------------------------------------------
    def measure(self) -> None:
        """Measure again from the claims held, with the window's choices."""
        session = self.main.session
        if self.view is None or self._reads is None or session is None:
            return
        from marginalia.core.agreement import agreement_of_claims, gather_claims

        view = self.view
        reads = list(self._reads.values())
        left_out = {kind: view.left_out(kind) for kind in ("reviewers", "articles", "topics")}
        codebook = session.codebook
        self._measuring += 1
        self._codebook_changed = False
        number = self._measuring

        def job():
            try:
                chosen = {r.name for r in reads} - left_out["articles"]
                claims = gather_claims(reads, chosen)
                return ("measured", number, agreement_of_claims(
                    claims, codebook, leave_out_reviewers=left_out["reviewers"], leave_out_topics=left_out["topics"]))
            except Exception as exc:  # noqa: BLE001 - reported in the window rather than lost in a thread
                return ("failed", number, exc)

        self._jobs.submit(job)

    def _on_jobs_finished(self, outcome) -> None:
        if outcome is None or self.view is None:
            return
        kind, number, *rest = outcome
        if kind == "read" and number == self._reading:
            corpus, reads = rest
            self._stop_progress()
            session = self.main.session
            if session is None or session.corpus is not corpus:
                return  # another folder was opened meanwhile
            self._reads = {r.name: r for r in reads}
            self._apply_edits(measure=False)
            self.measure()
        elif kind == "measured" and number == self._measuring and self._reads is not None \
                and self.main.session is not None:
            self._show(rest[0])
        elif kind == "failed":
            self._stop_progress()
            self.view.show_message(arg(self.tr("The figures could not be computed: %1"), describe(rest[0])))

    def _show(self, result) -> None:
        titles, languages = self._article_words()
        codebook = self.main.session.codebook
        topic_names = {t.id: t.name for t in codebook.topics}
        articles = [(name, titles.get(name) or name) for name in self._reads]
        self.view.show_result(result, articles, titles, languages, topic_names)
        self.view.show_message("")
        self.computed.emit()

    def _article_words(self) -> tuple[dict[str, str], dict[str, str]]:
        """Article name → title and → language, as the library shows them."""
        model = self.main.library.model
        corpus = self.main.session.corpus
        titles, languages = {}, {}
        for row in range(model.rowCount()):
            entry = model.entry(row)
            name = corpus.relative_name(entry.path)
            titles[name], languages[name] = entry.title, entry.language
        for document in self.main.session.open_documents():  # the user may have changed the language
            languages[corpus.relative_name(document.article.path)] = document.language
        return titles, languages

    # -- following the session --------------------------------------------------------
    def _follow_session(self) -> None:
        """Listen to the window's current session only: its edits and its codebook."""
        session = self.main.session
        if session is self._session:
            return
        slots = {"document_changed": self._on_session_document_changed,
                 "codebook_changed": self._on_session_codebook_changed}
        for signal, slot in slots.items():
            if self._session is not None:
                getattr(self._session, signal).disconnect(slot)
            if session is not None:
                getattr(session, signal).connect(slot)
        self._session = session
        self._reads = None
        self._edited.clear()

    def _on_library_model_reset(self) -> None:
        """A folder opened, or a big one finished listing: read again if the window is shown."""
        self._follow_session()
        self._reads = None
        if self.view is not None and self.view.isVisible():
            self.reload()

    def _on_session_document_changed(self, document, _changes) -> None:
        self._edited[self._session.corpus.relative_name(document.article.path)] = document
        if self.view is not None and self.view.isVisible():
            self._timer.start()

    def _on_session_codebook_changed(self, _codebook) -> None:
        if self.view is not None and self.view.isVisible():
            self.measure()
        else:
            self._codebook_changed = True

    def _apply_edits(self, measure: bool = True) -> None:
        """Put the edited documents' claims, as they are in memory, in place of those read."""
        if self._reads is None or not self._edited:
            return
        from marginalia.core.agreement import read_document

        for name, document in self._edited.items():
            self._reads[name] = read_document(name, document)
        self._edited.clear()
        if measure:
            self.measure()
