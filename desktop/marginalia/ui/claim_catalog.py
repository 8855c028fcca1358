"""The corpus's claims ready to search for "Link to…", kept up to date with the documents and the sidecars."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from marginalia.ui.background import BackgroundJobs


class CatalogKeeper(QObject):
    """Owns the ClaimCatalog of the window's corpus. `refresh` (when the picker opens)
    prepares the open documents' claims from memory, unsaved ones included, and reads
    the other articles' sidecars that changed since, both on a thread of its own (an
    article of ten thousand claims takes a second to prepare); `updated` is emitted
    when they are in. Nothing is read at start-up."""

    updated = Signal()

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.catalog = None  # a core.clusters.claim_search.ClaimCatalog, made at the first refresh
        self.reading = False
        self.problems: dict[str, Exception] = {}  # sidecars that could not be read, by article
        self._session = None
        self._dirty: set = set()  # open documents changed since they were prepared
        self._again = False  # asked to refresh while reading: once more when that is in
        self._jobs = BackgroundJobs("marginalia-claims", self)
        self._jobs.finished.connect(self._on_jobs_finished)

    def _follow(self, session) -> None:
        if session is self._session and self.catalog is not None:
            return
        if self._session is not None:
            self._session.document_changed.disconnect(self._on_session_document_changed)
        from marginalia.core.clusters.claim_search import ClaimCatalog

        self._session, self.catalog, self._dirty, self.problems = session, ClaimCatalog(), set(), {}
        self._jobs.stop()
        self.reading = False
        if session is not None:
            session.document_changed.connect(self._on_session_document_changed)

    def _on_session_document_changed(self, document, _changes) -> None:
        self._dirty.add(document)

    def refresh(self) -> None:
        """Bring the catalog up to date on the claims' own thread: the open documents that
        changed (their claims as they are now, unsaved ones included) and the sidecars of
        the other articles that changed on disk. `updated` tells when it is done."""
        session = self.window.session
        self._follow(session)
        if session is None:
            return
        if self.reading:
            self._again = True  # once the reading under way is in
            return
        corpus = session.corpus
        memory, open_names = [], set()
        for document in session.open_documents():
            name = corpus.relative_name(document.article.path)
            open_names.add(name)
            if document in self._dirty or name not in self.catalog or self.catalog.stamp(name) is not None:
                title = self._title(document.article.path, document.article.title)
                memory.append((name, title, document.language, list(document.claims())))
        self._dirty.clear()
        entries = self._entries()
        listed = {name for name, _title, _language in entries}
        for name in self.catalog.articles():
            if name not in listed and name not in open_names:
                self.catalog.remove(name)  # removed from the folder
        wanted = [row for row in entries if row[0] not in open_names]
        known = {name: self.catalog.stamp(name) for name, _t, _l in wanted if name in self.catalog}
        root = corpus.root
        self.reading, self._again = True, False
        self._jobs.submit(lambda: (session, _prepare(memory), _read(root, wanted, known)))

    def _entries(self) -> list[tuple[str, str, str]]:
        """(relative name, title, language) of each article the library lists."""
        corpus, model = self._session.corpus, self.window.library.model
        rows = []
        for row in range(model.rowCount()):
            entry = model.entry(row)
            try:
                rows.append((corpus.relative_name(entry.path), entry.title or entry.path.name, entry.language or ""))
            except ValueError:
                continue  # not under the corpus's folder (cannot happen for a listed article)
        return rows

    def _title(self, path, fallback: str) -> str:
        entry = self.window.library.entry_for(path)
        return (entry.title if entry is not None else "") or fallback or path.name

    def _on_jobs_finished(self, outcome) -> None:
        session, from_memory, (prepared, empty, problems) = outcome
        if session is not self._session:
            return  # read for a folder closed meanwhile
        self.reading = False
        corpus = session.corpus
        open_names = {corpus.relative_name(d.article.path) for d in session.open_documents()}
        for article in from_memory:
            self.catalog.put(article)
        for article in prepared:
            if article.article not in open_names:  # an open document's claims come from memory
                self.catalog.put(article)
        for name in empty:
            if name not in open_names:
                self.catalog.remove(name)
        self.problems = problems
        if self._again:
            self.refresh()
        self.updated.emit()


def _prepare(memory):
    """(On the claims' thread) open documents' claims, as snapshots taken on the window's."""
    from marginalia.core.clusters.claim_search import prepare_article

    return [prepare_article(name, title, language, claims) for name, title, language, claims in memory]


def _read(root, wanted, known):
    from marginalia.core.clusters.claim_search import read_prepared

    return read_prepared(root, wanted, known)
