"""The open corpus in the window: documents, undo stacks, autosave and change signals."""

from __future__ import annotations

from itertools import islice
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoGroup, QUndoStack

from marginalia.core.annotation import Annotation
from marginalia.core.codebook import Codebook
from marginalia.core.corpus import Corpus
from marginalia.core.document import ArticleDocument, Changes
from marginalia.core.storage.documents import file_sha256
from marginalia.core.storage.sidecar import cache_records

AUTOSAVE_DELAY_MS = 600  # every change reaches the disk within about a second
RETRY_DELAY_MS = 5000
# Claims encoded per idle moment, after a document opens, ready for its first save
# (a few milliseconds each): with 10,000 claims that save would otherwise encode them
# all at once, a tenth of a second after the user's first change.
PREPARE_SLICE = 500
PREPARE_DELAY_MS = 300  # after the text, highlights and notes have been shown


class SaveState:
    SAVED = "saved"
    PENDING = "pending"
    FAILED = "failed"
    READ_ONLY = "read-only"


class CorpusSession(QObject):
    """Owns the corpus and its open documents. Every mutation from the UI passes
    through here (normally via an undo command) and is announced as Changes."""

    document_changed = Signal(object, object)  # (ArticleDocument, Changes)
    current_changed = Signal(object)  # ArticleDocument | None
    codebook_changed = Signal(object)  # Codebook
    save_state_changed = Signal(str, str)  # (SaveState, message)
    document_saved = Signal(object)  # ArticleDocument

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
        self._save_timer.timeout.connect(self.save_all)
        self._preparing: list[tuple[ArticleDocument, object]] = []  # documents, and their claims left to encode
        self._prepare_timer = QTimer(self, interval=0)
        self._prepare_timer.timeout.connect(self._prepare_next)
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
            if document.dirty:  # re-anchored on open: write the new positions back
                self._schedule_save()
            if not document.read_only and len(document) > PREPARE_SLICE:
                self._preparing.append((document, None))
                if not self._prepare_timer.isActive():
                    self._prepare_timer.start(PREPARE_DELAY_MS)
        return self._documents[path]

    def _prepare_next(self) -> None:
        """Encode one slice of an open document's claims for its next save."""
        if not self._preparing:
            self._prepare_timer.stop()
            return
        self._prepare_timer.setInterval(0)  # then slice after slice, while the window is idle
        document, claims = self._preparing[0]
        if claims is None:  # from the first idle moment, not while the document opens
            claims = iter(document.ordered())
            self._preparing[0] = (document, claims)
        chunk = list(islice(claims, PREPARE_SLICE))
        if chunk:
            cache_records(chunk, document.encoded_records)
        else:
            self._preparing.pop(0)

    def open_documents(self) -> list[ArticleDocument]:
        return list(self._documents.values())

    def undo_stack(self, document: ArticleDocument) -> QUndoStack:
        return self._stacks[document.article.path.resolve()]

    def set_current(self, path: Path | None) -> ArticleDocument | None:
        if self.current is not None and self.current.dirty:
            self.save_all()  # switching article saves at once
        self.current = self.document(path) if path is not None else None
        if self.current is not None:
            self.undo_group.setActiveStack(self.undo_stack(self.current))
        self.current_changed.emit(self.current)
        return self.current

    def close(self) -> None:
        """Detach this session's undo stacks from a shared group."""
        for stack in self._stacks.values():
            self.undo_group.removeStack(stack)
        self._save_timer.stop()
        self._prepare_timer.stop()
        self._preparing.clear()

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
        self.corpus.save_codebook(codebook)
        self.codebook_changed.emit(codebook)

    def announce(self, document: ArticleDocument, changes: Changes) -> None:
        """For changes made to the document outside the methods above (reload, merge)."""
        self._announce(document, changes)

    def _announce(self, document: ArticleDocument, changes: Changes) -> None:
        if document.dirty:
            self._schedule_save()
        self.document_changed.emit(document, changes)

    # -- saving ----------------------------------------------------------
    def _schedule_save(self) -> None:
        self._set_state(SaveState.PENDING, "")
        self._save_timer.start(AUTOSAVE_DELAY_MS)

    def has_unsaved_changes(self) -> bool:
        return any(d.dirty and not d.read_only for d in self._documents.values())

    def save_all(self) -> bool:
        """Save every changed document now. On failure the changes stay in memory and
        a retry is scheduled; returns True when everything is on disk."""
        self._save_timer.stop()
        failures = []
        for document in self._documents.values():
            if not document.dirty or document.read_only:
                continue
            try:
                if self.corpus.save(document):
                    self.document_saved.emit(document)
            except OSError as exc:
                failures.append(f"{document.sidecar_path}: {exc.strerror or exc}")
        if failures:
            self._set_state(SaveState.FAILED, "; ".join(failures))
            self._save_timer.start(RETRY_DELAY_MS)
            return False
        self._set_state(SaveState.SAVED, "")
        return True

    def _set_state(self, state: str, message: str) -> None:
        if (state, message) != (self.save_state, self.save_message):
            self.save_state, self.save_message = state, message
            self.save_state_changed.emit(state, message)

    # -- changes on disk -------------------------------------------------
    def sidecar_changed_on_disk(self, document: ArticleDocument) -> bool:
        """Whether the sidecar's bytes differ from those the document last read or wrote
        (its hash is of those very bytes, so a change made just after is seen, and merged)."""
        return file_sha256(document.sidecar_path) != document.sidecar_sha256

    def note_disk_state(self, document: ArticleDocument, sha256: str | None = None) -> None:
        """The sidecar on disk is now taken as seen: the bytes with `sha256` (of a file
        just read), or else the file as it is."""
        document.sidecar_sha256 = sha256 or file_sha256(document.sidecar_path)
