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
from marginalia.core.storage.documents import place_annotations, read_sidecar

# Editors and `git pull` write in bursts (truncate, write, rename): wait for quiet.
SETTLE_MS = 250


class DiskWatcher(QObject):
    """Watches the current document's files (and their folder, because an atomic
    replace gives the file a new inode that a file watch loses)."""

    message = Signal(str)

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._timer.timeout.connect(self.check_now)
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

    def check_now(self) -> None:
        doc = self._document
        if doc is None:
            return
        # Re-add the files: after a rename-over they are new files to the watcher.
        for path in (doc.article.path, doc.sidecar_path):
            if path.exists() and str(path) not in self._watcher.files():
                self._watcher.addPath(str(path))
        self._check_article(doc)
        self._check_sidecar(doc)

    def _check_article(self, doc: ArticleDocument) -> None:
        now = stamp(doc.article.path)
        if now is not None and now == self._article_stamps.get(doc):
            return  # untouched since it was read
        self._article_stamps[doc] = now
        try:
            article = load_article(doc.article.path, doc.article.title)
        except (ArticleError, FileNotFoundError) as exc:
            self.message.emit(self.tr("The article could not be re-read: %1").replace("%1", str(exc)))
            return
        if article.sha256 == doc.article.sha256:
            return
        placed, _bad, summary = place_annotations(article.text, doc.ordered(), doc.sidecar_path, False)
        changes = doc.replace_article(article, placed, summary)
        self.session.undo_stack(doc).clear()  # old commands hold spans of the old text
        self.session.announce(doc, changes)
        counts = summary.counts()
        self.message.emit(self.tr("The article changed on disk; claims re-anchored: "
                                  "%1 exact, %2 moved, %3 fuzzy, %4 orphaned.")
                          .replace("%1", str(counts.get("exact", 0)))
                          .replace("%2", str(counts.get("moved", 0)))
                          .replace("%3", str(counts.get("fuzzy", 0)))
                          .replace("%4", str(counts.get("orphaned", 0))))

    def _check_sidecar(self, doc: ArticleDocument) -> None:
        if doc.read_only or not self.session.sidecar_changed_on_disk(doc):
            return
        try:
            data = read_sidecar(doc.sidecar_path)
        except SidecarError as exc:
            self.message.emit(self.tr("The annotation file changed on disk but cannot be read (%1); "
                                      "your claims are kept here.").replace("%1", str(exc)))
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
