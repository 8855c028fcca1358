"""Search the text of every article in the corpus (Ctrl+Shift+F), indexed in the background."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from marginalia.ui.wording import arg, number

if TYPE_CHECKING:
    from marginalia.core.search import SearchIndex


class _IndexerSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(int)


class SearchPanel(QWidget):
    """Type to search; choosing a result opens the article with the words found in it."""

    result_chosen = Signal(object, str)  # (article path, query)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Search the text of all articles…"))
        self.edit.setAccessibleName(self.tr("Search all articles"))
        self.edit.setAccessibleDescription(self.tr("Words to find in the text of every article of the folder; "
                                                   "Enter opens the first article found"))
        self.edit.setClearButtonEnabled(True)
        self.status = QLabel(self)
        self.status.setAccessibleName(self.tr("Search status"))
        self.results = QListWidget(self)
        self.results.setAccessibleName(self.tr("Search results"))
        self.results.setAccessibleDescription(self.tr("Articles with the words searched for; Enter opens one"))
        self.results.setWordWrap(True)
        self.results.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        for widget in (self.edit, self.status, self.results):
            layout.addWidget(widget)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.run_search)
        self.edit.textChanged.connect(self._timer.start)
        self.edit.returnPressed.connect(self._choose_first)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.results.itemClicked.connect(self._on_results_item_activated)
        self._signals = _IndexerSignals(self)
        self._signals.progress.connect(self._on_indexer_progress)
        self._signals.finished.connect(self._on_indexer_finished)
        self._index: SearchIndex | None = None
        self._db_path: Path | None = None
        self._pending = None
        self.indexing = False

    def set_corpus(self, corpus, cache_dir: Path) -> None:
        """Point at a corpus; its index is brought up to date when the panel is first shown."""
        if self._index is not None:
            self._index.close()
            self._index = None
        self._pending = (corpus, cache_dir)
        if self.isVisible():
            self._start_indexing()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._pending is not None:
            self._start_indexing()

    def _start_indexing(self) -> None:
        # Not at start-up: indexing competes with opening the first article.
        corpus, cache_dir = self._pending
        self._pending = None
        from marginalia.core.search import SearchIndex, index_path  # sqlite3: not at start-up

        self._db_path = index_path(cache_dir, corpus.root)
        self._index = SearchIndex(self._db_path, corpus.root)
        paths, titles = corpus.article_paths(), corpus.title_for
        self.indexing = True
        self.status.setText(self.tr("Indexing articles…"))
        root, db_path, signals = corpus.root, self._db_path, self._signals

        def tell(signal, *args) -> None:
            try:
                signal.emit(*args)
            except RuntimeError:  # the window closed while indexing: nobody to tell
                pass

        def work() -> None:
            from marginalia.core.search import SearchIndex

            index = SearchIndex(db_path, root)  # this thread's own connection
            try:
                count = index.update(paths, titles, lambda done, total: tell(signals.progress, done, total))
            finally:
                index.close()
            tell(signals.finished, count)

        threading.Thread(target=work, name="marginalia-search-index", daemon=True).start()

    def _on_indexer_progress(self, done: int, total: int) -> None:
        if done % 50 == 0 or done == total:
            self.status.setText(arg(self.tr("Indexing articles… %1 of %2"), number(done), number(total)))

    def _on_indexer_finished(self, _count: int) -> None:
        self.indexing = False
        self.status.setText("")
        if self.edit.text():
            self.run_search()

    def run_search(self) -> None:
        self.results.clear()
        if self._index is None:
            return
        query = self.edit.text().strip()
        hits = self._index.search(query) if query else []
        for hit in hits:
            item = QListWidgetItem(f"{hit.title}\n{hit.snippet}")
            item.setData(Qt.ItemDataRole.UserRole, str(hit.path))
            item.setToolTip(str(hit.path))
            self.results.addItem(item)
        if query and not self.indexing:
            self.status.setText(self.tr("%Ln article(s)", "", len(hits)))

    def _choose_first(self) -> None:
        self._timer.stop()
        self.run_search()
        if self.results.count():
            self._on_results_item_activated(self.results.item(0))

    def _on_results_item_activated(self, item: QListWidgetItem) -> None:
        self.result_chosen.emit(Path(item.data(Qt.ItemDataRole.UserRole)), self.edit.text().strip())
