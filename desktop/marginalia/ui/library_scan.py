"""Reading a large library's rows in the background, with progress, so the window stays usable."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, Signal

# Up to this many articles the rows are read at once: quicker than a thread's
# round trip, and the library is complete when the window first shows.
SYNC_LIMIT = 300


class LibraryScan(QObject):
    progress = Signal(int, int)  # done, total
    finished = Signal(object, list)  # corpus, entries

    def start(self, corpus, paths) -> None:
        def work() -> None:
            # Qt delivers these to the window's thread (queued connections).
            entries = corpus.entries(paths, lambda done, total: self.progress.emit(done, total))
            self.finished.emit(corpus, entries)

        threading.Thread(target=work, name="marginalia-library-scan", daemon=True).start()
