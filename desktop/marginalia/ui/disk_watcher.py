"""Follows the open article and its sidecar on disk: reload, merge, or re-anchor."""

from __future__ import annotations

import weakref
from dataclasses import replace

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from marginalia.core.article import load_article
from marginalia.core.document import ArticleDocument
from marginalia.core.entry_cache import stamp
from marginalia.core.errors import ArticleError, SidecarError
from marginalia.core.merge import merge_annotations
from marginalia.core.storage.documents import file_sha256, place_annotations, read_sidecar
from marginalia.ui.background import BackgroundJobs
from marginalia.ui.wording import arg, number

# Editors and `git pull` write in bursts (truncate, write, rename): wait for quiet.
SETTLE_MS = 250


class DiskWatcher(QObject):
    """Watches the current document's files (and their folder, because an atomic
    replace gives the file a new inode that a file watch loses).

    Every autosave stirs the folder, so a look follows each save. The look hashes
    the sidecar in the background: with 10,000 claims it is several megabytes, and
    hashing it took the UI thread 6-15 ms after every save. `check_now` looks at
    once, on the calling thread."""

    message = Signal(str)

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._timer.timeout.connect(self._look)
        self._hashing = BackgroundJobs("marginalia-sidecar-hash", self)
        self._hashing.finished.connect(self._sidecar_hashed)
        self._watcher.fileChanged.connect(lambda _path: self._timer.start())
        self._watcher.directoryChanged.connect(lambda _path: self._timer.start())
        self._document: ArticleDocument | None = None
        self._watched_before: weakref.WeakSet[ArticleDocument] = weakref.WeakSet()
        # Size and mtime of each document's article when last read: a save of the
        # sidecar stirs the folder, and re-reading a long article for it would be waste.
        self._article_stamps: weakref.WeakKeyDictionary[ArticleDocument, list | None] = weakref.WeakKeyDictionary()

    def watch(self, document: ArticleDocument | None) -> None:
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
        self._document = document
        if document is not None:
            wanted = [str(document.article.path), str(document.article.path.parent)]
            if document.sidecar_path.exists():
                wanted.append(str(document.sidecar_path))
            self._watcher.addPaths(wanted)
            # A document kept in memory while another was shown missed the changes
            # made to its files meanwhile: look once, as after a file event.
            if document in self._watched_before:
                self._timer.start()
            self._watched_before.add(document)
            self._article_stamps.setdefault(document, stamp(document.article.path))

    def stop(self) -> None:
        """No more looks: the window closes, or shows another corpus."""
        self._timer.stop()
        self.watch(None)
        self._hashing.stop()

    def check_now(self) -> None:
        doc = self._document
        if doc is None:
            return
        self._look_at_article(doc)
        if not doc.read_only and self.session.sidecar_changed_on_disk(doc):
            self._reload_sidecar(doc)

    def _look(self) -> None:
        """What the file events lead to: the article at once (its size and time tell
        whether it changed), the sidecar once its bytes are hashed in the background."""
        doc = self._document
        if doc is None:
            return
        self._look_at_article(doc)
        if not doc.read_only:
            seen, path = doc.sidecar_sha256, doc.sidecar_path
            self._hashing.submit(lambda: (doc, seen, file_sha256(path)))

    def _sidecar_hashed(self, result: tuple[ArticleDocument, str | None, str | None]) -> None:
        doc, seen, on_disk = result
        if doc is not self._document or doc.read_only:
            return  # another article is shown; this one is looked at again when it comes back
        if doc.sidecar_sha256 != seen:
            # Saved or reloaded while the hash ran: the bytes hashed may be older than
            # what the document now knows of. Look again.
            self._timer.start()
            return
        if on_disk != seen:
            self._reload_sidecar(doc)

    def _look_at_article(self, doc: ArticleDocument) -> None:
        # Re-add the files: after a rename-over they are new files to the watcher.
        for path in (doc.article.path, doc.sidecar_path):
            if path.exists() and str(path) not in self._watcher.files():
                self._watcher.addPath(str(path))
        self._check_article(doc)

    def _check_article(self, doc: ArticleDocument) -> None:
        now = stamp(doc.article.path)
        if now is not None and now == self._article_stamps.get(doc):
            return  # untouched since it was read
        self._article_stamps[doc] = now
        try:
            article = load_article(doc.article.path, doc.article.title)
        except (ArticleError, FileNotFoundError) as exc:
            self.message.emit(arg(self.tr("The article could not be re-read: %1"), exc))
            return
        if article.sha256 == doc.article.sha256:
            return
        placed, _bad, summary = place_annotations(article.text, doc.ordered(), doc.sidecar_path, False)
        changes = doc.replace_article(article, placed, summary)
        self.session.undo_stack(doc).clear()  # old commands hold spans of the old text
        self.session.announce(doc, changes)
        counts = summary.counts()
        self.message.emit(arg(self.tr("The article changed on disk; claims re-anchored: "
                                      "%1 exact, %2 moved, %3 fuzzy, %4 orphaned."),
                              *(number(counts.get(k, 0)) for k in ("exact", "moved", "fuzzy", "orphaned"))))

    def _reload_sidecar(self, doc: ArticleDocument) -> None:
        """The sidecar's bytes are not those the document last read or wrote: take
        them in, merged with the changes not yet saved."""
        try:
            data = read_sidecar(doc.sidecar_path)
        except SidecarError as exc:
            self.message.emit(arg(self.tr("The annotation file changed on disk but cannot be read (%1); "
                                          "your claims are kept here."), exc))
            self.session.note_disk_state(doc)
            return
        theirs = list(data.annotations) if data else []
        merging = doc.dirty
        annotations = merge_annotations(doc.ordered(), theirs) if merging else theirs
        hash_matches = data is not None and data.sha256 == doc.article.sha256
        placed, misplaced, summary = place_annotations(doc.text, annotations, doc.sidecar_path, hash_matches)
        # The file's unreadable records are now those on disk, kept verbatim to be written back.
        changes = doc.replace_all(placed, summary, (data.bad_records if data else ()) + tuple(misplaced))
        if data is not None and data.language_source == "user" \
                and (data.language, data.language_source) != (doc.language, doc.language_source):
            doc.language, doc.language_source = data.language, data.language_source
            changes = replace(changes, language=True)
        if not merging:
            doc.mark_saved(doc.revision)  # what is in memory is what is on disk
        self.session.undo_stack(doc).clear()
        self.session.note_disk_state(doc, data.file_sha256 if data else None)
        self.session.announce(doc, changes)
        if merging:
            self.message.emit(self.tr("The annotation file changed on disk; merged with your unsaved changes."))
        else:
            self.message.emit(self.tr("The annotation file changed on disk; reloaded."))
