"""Watches the open article, its sidecar and the corpus's clusters file on disk, and tells the
session when one changed (or a sync folder's conflict copy appeared beside them)."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer

from marginalia.core.document import ArticleDocument
from marginalia.core.entry_cache import stamp

# Editors and `git pull` write in bursts (truncate, write, rename): wait for quiet.
SETTLE_MS = 250


class DiskWatcher(QObject):
    """Watches the current document's files (and their folder, because an atomic
    replace gives the file a new inode that a file watch loses). What a change
    means, and what to do about it, is the session's and the core's: the watcher
    only says which file may have changed, once the writing has settled.

    Every autosave stirs the folder, so a look follows each save; the session reads
    the sidecar on its files' thread and finds it as it wrote it."""

    def __init__(self, session, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self._watcher = QFileSystemWatcher(self)
        self._timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._timer.timeout.connect(self._look)
        self._watcher.fileChanged.connect(lambda _path: self._timer.start())
        self._watcher.directoryChanged.connect(lambda _path: self._timer.start())
        self._document: ArticleDocument | None = None
        self._watched_before: weakref.WeakSet[ArticleDocument] = weakref.WeakSet()
        # Size and mtime of each document's article when last looked at: a save of the
        # sidecar stirs the folder, and re-reading a long article for it would be waste.
        self._article_stamps: weakref.WeakKeyDictionary[ArticleDocument, list | None] = weakref.WeakKeyDictionary()
        # The clusters file's when last looked at: another program's cluster edits are taken
        # in, and a save of a sidecar in the same folder costs no read of it.
        self._clusters_stamp: list | None = None

    def watch(self, document: ArticleDocument | None) -> None:
        paths = self._watcher.files() + self._watcher.directories()
        if paths:
            self._watcher.removePaths(paths)
        self._document = document
        if document is not None:
            sidecar = self.session.file_of(document).path
            wanted = [str(document.article.path), str(document.article.path.parent)]
            if sidecar.exists():
                wanted.append(str(sidecar))
            clusters = self._clusters_path()
            if str(clusters.parent) not in wanted:
                wanted.append(str(clusters.parent))
            if clusters.exists():
                wanted.append(str(clusters))
            if self.session.corpus.root != document.article.path.parent:
                wanted.append(str(self.session.corpus.root))  # the codebook's and manifest's folder
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

    def check_now(self) -> None:
        """Look at once, and take in what changed before returning."""
        document = self._document
        if document is None:
            return
        self._look_at_article(document)
        self.session.check_disk_now(document)

    def _look(self) -> None:
        self._look_at_clusters()
        document = self._document
        if document is None:
            return
        self._look_at_article(document)
        self.session.look_at_sidecar(document)
        # A sync client's conflict copy appears beside the file it is a copy of: the
        # folders watched are listed for one on the files' thread, after the look at
        # the sidecar (which holds the document's saves back until it is done).
        self.session.look_for_conflict_copies(sorted({document.article.path.parent, self.session.corpus.root}))

    def _clusters_path(self):
        return self.session.corpus.clusters_path

    def _look_at_clusters(self) -> None:
        path = self._clusters_path()
        if path.exists() and str(path) not in self._watcher.files():
            self._watcher.addPath(str(path))
        now = stamp(path)
        if now == self._clusters_stamp:
            return
        self._clusters_stamp = now
        self.session.look_at_clusters()

    def _look_at_article(self, document: ArticleDocument) -> None:
        # Re-add the files: after a rename-over they are new files to the watcher.
        for path in (document.article.path, self.session.file_of(document).path):
            if path.exists() and str(path) not in self._watcher.files():
                self._watcher.addPath(str(path))
        now = stamp(document.article.path)
        if now is not None and now == self._article_stamps.get(document):
            return  # untouched since it was last looked at
        self._article_stamps[document] = now
        self.session.look_at_article(document)
