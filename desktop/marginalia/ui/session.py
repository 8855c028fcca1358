"""The open corpus in the window: documents, undo stacks, saving in the background, change signals."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

from marginalia.core.annotation import Annotation
from marginalia.core.codebook import Codebook
from marginalia.core.corpus import Corpus
from marginalia.core.document import ArticleDocument, Changes, with_topic_removed
from marginalia.core.errors import ArticleError, MarginaliaError
from marginalia.core.storage.documents import (
    follow_article, save_document, take_disk_change, take_written, wants_saving,
)
from marginalia.core.storage.sidecar_file import SidecarFile
from marginalia.ui.background import BackgroundJobs
from marginalia.ui.error_words import describe
from marginalia.ui.file_jobs import CopiesFound, FileOutcome, copies_job, look_job, prepare_job, write_job
from marginalia.ui.wording import arg, number

AUTOSAVE_DELAY_MS = 600  # every change reaches the disk within about a second
RETRY_DELAY_MS = 5000
# A document of more claims than this has them encoded for its first save in the
# background as soon as it opens: that save then encodes only what changed.
PREPARE_MIN_CLAIMS = 500
PREPARE_DELAY_MS = 500  # after opening: the first paint comes first


class SaveState:
    SAVED = "saved"
    PENDING = "pending"
    FAILED = "failed"
    READ_ONLY = "read-only"


class CorpusSession(QObject):
    """Owns the corpus and its open documents. Every mutation from the UI passes
    through here (normally via an undo command) and is announced as Changes, the
    codebook's included; the session alone emits them.

    Files are read and written on one thread of their own, in order: a save takes a
    snapshot of the document (its claims are immutable, so that is quick) and the
    writing thread merges it with what another writer may have put on disk, writes
    it, and hands back what the file now holds, which is taken into the document.
    A document counts as saved only once its write has landed; switching articles
    and closing save synchronously."""

    document_changed = Signal(object, object)  # (ArticleDocument, Changes)
    current_changed = Signal(object)  # ArticleDocument | None
    codebook_changed = Signal(object)  # Codebook
    clusters_changed = Signal(object)  # core.clusters.ClusterChanges
    save_state_changed = Signal(str, str)  # (SaveState, message)
    document_saved = Signal(object)  # ArticleDocument
    message = Signal(str)  # what happened to the files, worded for the status bar
    copies_merged = Signal(object)  # CopiesReport: a sync folder's conflict copies merged, or left

    def __init__(self, corpus: Corpus, parent: QObject | None = None, undo_group: QUndoGroup | None = None) -> None:
        super().__init__(parent)
        self.corpus = corpus
        # The window owns the group so its Undo/Redo actions outlive one corpus.
        self.undo_group = undo_group if undo_group is not None else QUndoGroup(self)
        self._documents: dict[Path, ArticleDocument] = {}
        self._stacks: dict[Path, QUndoStack] = {}
        self.current: ArticleDocument | None = None
        self.codebook_stack = QUndoStack(self)
        self._save_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_in_background)
        self._files = BackgroundJobs("marginalia-files", self)
        self._files.finished.connect(self._on_files_finished)
        self._busy: set[ArticleDocument] = set()  # a job of theirs is on the files' thread
        self._to_prepare: set[ArticleDocument] = set()  # opened large: their claims are encoded once shown
        self._look_again: set[ArticleDocument] = set()
        self._failures: dict[object, str] = {}  # a document, or the cluster store, whose save failed
        self.save_state = SaveState.SAVED
        self.save_message = ""

    # -- documents -------------------------------------------------------
    @property
    def codebook(self) -> Codebook:
        return self.corpus.codebook

    def document(self, path: Path) -> ArticleDocument:
        path = Path(path).resolve()
        if path not in self._documents:
            document = self.corpus.open(path)
            self._documents[path] = document
            stack = QUndoStack(self)
            self.undo_group.addStack(stack)
            self._stacks[path] = stack
            file = self.file_of(document)
            if file.needs_saving(document):  # re-anchored on open: write the new positions back
                self._schedule_save()
            if file.read_only_error is None and len(document) > PREPARE_MIN_CLAIMS:
                # Once the window has shown the article: on the files' thread the encoding
                # would still hold Python's lock against the first paint.
                self._to_prepare.add(document)
                QTimer.singleShot(PREPARE_DELAY_MS, self, lambda: self._prepare(document))
        return self._documents[path]

    def _prepare(self, document: ArticleDocument) -> None:
        """Encode a large document's claims ahead of its first save, if it is still open
        and unchanged (a change is saved by then, or will be, with its own encoding)."""
        if document not in self._to_prepare:
            return  # the session was closed meanwhile
        self._to_prepare.discard(document)
        if self._documents.get(document.article.path.resolve()) is not document or self.unsaved(document):
            return
        file = self.file_of(document)
        claims = list(document.claims())
        self._files.submit(lambda: prepare_job(document, file, claims))

    def file_of(self, document: ArticleDocument) -> SidecarFile:
        """The owner of `document`'s sidecar: what is known of the file, and why it is read-only."""
        return self.corpus.file_of(document)

    def unsaved(self, document: ArticleDocument) -> bool:
        """Whether `document` has changes not yet on disk."""
        return self.file_of(document).needs_saving(document)

    def open_documents(self) -> list[ArticleDocument]:
        return list(self._documents.values())

    def undo_stack(self, document: ArticleDocument) -> QUndoStack:
        return self._stacks[document.article.path.resolve()]

    def set_current(self, path: Path | None) -> ArticleDocument | None:
        if self.current is not None and self.unsaved(self.current):
            self.save_all()  # switching article saves at once
        self.current = self.document(path) if path is not None else None
        if self.current is not None:
            self.undo_group.setActiveStack(self.undo_stack(self.current))
        self.current_changed.emit(self.current)
        return self.current

    def close(self) -> None:
        """Detach this session's undo stacks from a shared group; no more work in the background."""
        for stack in self._stacks.values():
            self.undo_group.removeStack(stack)
        self._save_timer.stop()
        self._files.stop()
        self._busy.clear()
        self._to_prepare.clear()

    # -- mutations (called by undo commands) -----------------------------
    def add(self, document: ArticleDocument, annotation: Annotation) -> None:
        self._announce(document, document.add(annotation))

    def remove(self, document: ArticleDocument, annotation_id: str) -> None:
        self._announce(document, document.remove(annotation_id))

    def update(self, document: ArticleDocument, annotation: Annotation) -> None:
        self._announce(document, document.update(annotation))

    def set_language(self, document: ArticleDocument, tag: str, source: str) -> None:
        self._announce(document, document.set_language(tag, source))

    def set_codebook(self, codebook: Codebook) -> None:
        """Write `codebook` (merged with topics another writer added meanwhile)."""
        self._announce_codebook(self.corpus.save_codebook(codebook))

    def change_codebook(self, before: Codebook, after: Codebook) -> None:
        """Make the edit from `before` to `after` on the codebook as it is now (an undo or redo)."""
        self._announce_codebook(self.corpus.change_codebook(before, after))

    def remove_topic(self, topic_id: str) -> None:
        """Remove a topic the user confirmed removing from every claim carrying it: from
        the open documents here (their undo steps go, as they could bring it back),
        from the other sidecars on disk, then from the codebook."""
        documents = self.open_documents()
        for document in documents:
            carried = [a for a in document.ordered() if topic_id in a.topics]
            if carried:
                self.undo_stack(document).clear()
                for claim in carried:
                    self.update(document, with_topic_removed(claim, topic_id))
        self._announce_codebook(self.corpus.remove_topic(topic_id, strip=True, open_documents=documents))

    # -- claim clusters (corpus-level, saved at once like the codebook) ---
    @property
    def clusters(self):
        """The corpus's claim clusters (a core.clusters.ClusterSet)."""
        return self.corpus.cluster_store.clusters

    def edit_clusters(self, edit):
        """Apply a cluster edit (core.clusters.operations) and save it, merged with another
        writer's clusters; announces the changes and returns the Edited (its `undo` is
        the inverse edit). Raises InputError when the clusters file is unreadable; a
        failed write keeps the edit and is retried with the other saves."""
        store = self.corpus.cluster_store
        edited = store.apply(edit)
        self._announce_clusters(edited.changes, store)
        return edited

    def look_at_clusters(self) -> None:
        """Another program may have changed the clusters file: take its version in (nothing
        to do until the clusters were first used: they are read fresh then)."""
        store = self.corpus.cluster_store_if_loaded
        if store is not None:
            self._announce_clusters(store.look(), store)

    def _save_clusters(self) -> None:
        store = self.corpus.cluster_store_if_loaded
        if store is None or not store.unsaved or store.error is not None:
            return
        try:
            self._announce_clusters(store.save(), store)
        except MarginaliaError as exc:
            store.save_error = exc

    def _announce_clusters(self, changes, store) -> None:
        if store.save_error is not None:
            self._failures[store] = describe(store.save_error)
            self._settle()
        elif self._failures.pop(store, None) is not None:
            self._settle()
        if changes or changes.merged:
            self.clusters_changed.emit(changes)

    def _announce(self, document: ArticleDocument, changes: Changes) -> None:
        if self.unsaved(document):
            self._schedule_save()
        if changes or changes.merged:
            self.document_changed.emit(document, changes)

    def _announce_codebook(self, changes: Changes) -> None:
        if changes.codebook:
            self.codebook_changed.emit(self.corpus.codebook)

    # -- saving ----------------------------------------------------------
    def _schedule_save(self) -> None:
        self._set_state(SaveState.PENDING, "")
        self._save_timer.start(AUTOSAVE_DELAY_MS)

    @property
    def busy(self) -> bool:
        """Whether work is under way on the files' thread, or scheduled for it."""
        return self._files.busy or bool(self._busy) or bool(self._to_prepare)

    def files_idle(self) -> bool:
        """Whether the files' thread has run every job handed to it (their results may
        still wait for the event loop)."""
        return self._files.results_ready()

    def has_unsaved_changes(self) -> bool:
        store = self.corpus.cluster_store_if_loaded
        return any(self.unsaved(d) for d in self._documents.values()) or (store is not None and store.unsaved)

    def save_in_background(self) -> None:
        """Hand each changed document's snapshot to the files' thread (the autosave)."""
        self._save_timer.stop()
        self._save_clusters()
        for document in self._documents.values():
            if document in self._busy:
                continue
            if not wants_saving(document, self.file_of(document)):
                self._failures.pop(document, None)
                continue
            file, snapshot = self.file_of(document), self.file_of(document).snapshot(document)
            self._busy.add(document)
            self._files.submit(lambda d=document, f=file, s=snapshot: write_job(d, f, s))
        self._settle()

    def save_all(self) -> bool:
        """Save every changed document now, waiting for the writes under way. On failure
        the changes stay in memory and a retry is scheduled; True when all is on disk."""
        self._save_timer.stop()
        self._files.drain()
        self._save_clusters()
        for document in self._documents.values():
            if not wants_saving(document, self.file_of(document)):
                continue
            try:
                saved = save_document(document, self.file_of(document))
            except MarginaliaError as exc:
                self._failures[document] = describe(exc)
                continue
            self._failures.pop(document, None)
            self._after_save(document, saved.changes, saved.wrote)
        self._settle()
        return not self._failures

    def _on_files_finished(self, outcome: FileOutcome | CopiesFound) -> None:
        if isinstance(outcome, CopiesFound):
            if outcome.count:
                self.merge_conflict_copies(list(outcome.folders))
            return
        document = outcome.document
        self._busy.discard(document)
        if document not in self._documents.values():
            return  # from a corpus closed meanwhile
        if outcome.looked:
            self._take_look(outcome)
        elif outcome.error is not None:
            self._failures[document] = describe(outcome.error)
        elif outcome.written is not None:
            self._failures.pop(document, None)
            changes = take_written(document, self.file_of(document), outcome.snapshot, outcome.written)
            self._after_save(document, changes, outcome.written.wrote)
        if document in self._look_again:
            self._look_again.discard(document)
            self.look_at_sidecar(document)
        self._settle()

    def _after_save(self, document: ArticleDocument, changes: Changes, wrote: bool) -> None:
        if changes.merged:
            self._forget_steps_overtaken(document, changes)
            self._announce(document, changes)
            self.message.emit(self._merged_words(changes))
        if wrote:
            self.document_saved.emit(document)

    def _settle(self) -> None:
        """The save state from what is pending, failed or done."""
        if self._failures:
            self._set_state(SaveState.FAILED, "; ".join(self._failures.values()))
            self._save_timer.start(RETRY_DELAY_MS)
        elif self._busy or self.has_unsaved_changes():
            self._set_state(SaveState.PENDING, "")
            if not self._save_timer.isActive() and not self._busy:
                self._save_timer.start(AUTOSAVE_DELAY_MS)
        else:
            self._set_state(SaveState.SAVED, "")

    def _set_state(self, state: str, message: str) -> None:
        if (state, message) != (self.save_state, self.save_message):
            self.save_state, self.save_message = state, message
            self.save_state_changed.emit(state, message)

    # -- changes on disk -------------------------------------------------
    def look_at_sidecar(self, document: ArticleDocument) -> None:
        """Another program may have changed `document`'s sidecar: read it on the files'
        thread and take what changed into the document (merged with what is not saved)."""
        file = self.file_of(document)
        if file.read_only_error is not None:
            return
        if document in self._busy:
            self._look_again.add(document)  # after the job under way: a save reads the file anyway
            return
        self._busy.add(document)
        self._files.submit(lambda: look_job(document, file))

    def look_at_article(self, document: ArticleDocument) -> None:
        """The article's file changed on disk: re-read it and re-anchor the claims to its text."""
        self._files.drain()  # a save under way writes positions in the old text first
        try:
            changes = follow_article(document, self.file_of(document))
        except ArticleError as exc:
            self.message.emit(arg(self.tr("The article could not be re-read: %1"), describe(exc)))
            return
        if not changes:
            return
        self.undo_stack(document).clear()  # old commands hold spans of the old text
        self._announce(document, changes)
        counts = document.anchors.counts()
        self.message.emit(arg(self.tr("The article changed on disk; claims re-anchored: "
                                      "%1 exact, %2 moved, %3 fuzzy, %4 orphaned."),
                              *(number(counts.get(k, 0)) for k in ("exact", "moved", "fuzzy", "orphaned"))))

    def look_for_conflict_copies(self, folders) -> None:
        """Look for a sync folder's conflict copies in `folders` on the files' thread, and
        merge those found (see merge_conflict_copies)."""
        self._files.submit(lambda root=self.corpus.root, where=tuple(folders): copies_job(root, where))

    def merge_conflict_copies(self, folders=None):
        """Merge the conflict copies a sync folder made of the corpus's files (in `folders`
        only, when given) into them; the open documents and the codebook take in what
        changed. Returns the CopiesReport, announced when not empty."""
        report = self.corpus.merge_conflict_copies(folders)
        if not report:
            return report
        merged = {m.copy.original for m in report.merged}
        for document in self.open_documents():
            if self.file_of(document).path in merged:
                self.look_at_sidecar(document)
        if self.corpus.codebook_path in merged:
            self.codebook_changed.emit(self.corpus.codebook)
        self.copies_merged.emit(report)
        return report

    def check_disk_now(self, document: ArticleDocument) -> None:
        """Look at `document`'s sidecar on this thread, and take in what changed (for tests
        and for a caller that must see the result at once)."""
        if self.file_of(document).read_only_error is not None:
            return
        self._files.drain()
        self._busy.add(document)
        self._on_files_finished(look_job(document, self.file_of(document)))

    def _take_look(self, outcome: FileOutcome) -> None:
        document = outcome.document
        if outcome.error is not None:
            self.message.emit(arg(self.tr("The annotation file changed on disk but cannot be read (%1); your claims "
                                          "are kept here, and it is not written over."), describe(outcome.error)))
            return
        if outcome.refreshed is None:
            return
        changes = take_disk_change(document, self.file_of(document), outcome.refreshed)
        if not changes and not changes.merged:
            return
        self._forget_steps_overtaken(document, changes)
        self._announce(document, changes)
        self.message.emit(self._merged_words(changes) if self.unsaved(document) and changes.conflicts
                          else self.tr("The annotation file changed on disk; taken in."))

    def _forget_steps_overtaken(self, document: ArticleDocument, changes: Changes) -> None:
        """Undo steps hold claims as they were: once another writer changed or removed
        claims here, an older step could act on a claim that is gone. Claims it only
        added leave the steps as they are."""
        if changes.updated or changes.removed or changes.reloaded:
            self.undo_stack(document).clear()

    def _merged_words(self, changes: Changes) -> str:
        if changes.conflicts:
            return self.tr("Another program changed these claims too; %Ln changed in both places: the later "
                           "version of each is kept, the other is in the history (marginalia history ARTICLE).", "",
                           len(changes.conflicts))
        return self.tr("Another program changed these claims; its changes are merged with yours.")
