"""The corpus's suggestion index on a thread of its own, brought up to date before each question."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from marginalia.ui.background import BackgroundJobs
from marginalia.ui.error_words import describe


@dataclass(frozen=True, slots=True)
class Asked:
    """One question: passages like `text[start:end]` of article `source` (relative name)."""

    number: int
    source: str
    text: str
    start: int
    end: int
    top_k: int


@dataclass(frozen=True, slots=True)
class Answer:
    asked: Asked
    found: dict  # article name → [Suggestion], best first
    order: tuple[str, ...]  # the articles in the index's order
    problems: dict  # article name → why it was left out
    error: str = ""  # the index could not be made at all


class SuggestWorker(QObject):
    """Owns a CorpusSuggestions (core.suggest.store), made and used on its own thread
    only (its feature cache is a SQLite connection of that thread). Each question first
    refreshes the index — articles added, changed or removed on disk since are read or
    dropped, a stat per article otherwise — so answers follow the folder as the search
    index does; `warm` does that ahead of the first question."""

    answered = Signal(object)  # Answer

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._jobs = BackgroundJobs("marginalia-suggest", self)
        self._jobs.finished.connect(self._on_jobs_finished)
        self._corpus = None
        self._cache_dir: Path | None = None
        self._asked = 0
        self._state: dict = {}  # touched by jobs only: "corpus", "suggestions"

    @property
    def busy(self) -> bool:
        return self._jobs.busy

    def set_corpus(self, corpus, cache_dir: Path | None) -> None:
        self._corpus, self._cache_dir = corpus, cache_dir

    def warm(self) -> None:
        corpus, cache_dir = self._corpus, self._cache_dir
        if corpus is not None:
            self._jobs.submit(lambda: self._suggestions(corpus, cache_dir) and None)

    def ask(self, source: str, text: str, start: int, end: int, top_k: int = 5) -> int:
        """Ask for passages like text[start:end]; the Answer comes by `answered`."""
        self._asked += 1
        asked = Asked(self._asked, source, text, start, end, top_k)
        corpus, cache_dir = self._corpus, self._cache_dir
        self._jobs.submit(lambda: self._answer(asked, corpus, cache_dir))
        return asked.number

    def _suggestions(self, corpus, cache_dir):
        """(On the worker) the index of `corpus`, made on first use, refreshed."""
        from marginalia.core.suggest.store import CorpusSuggestions

        state = self._state
        if state.get("corpus") is not corpus:
            if state.get("suggestions") is not None:
                state["suggestions"].close()
            state["corpus"], state["suggestions"] = corpus, CorpusSuggestions(corpus, cache_dir)
        suggestions = state["suggestions"]
        suggestions.refresh()
        return suggestions

    def _answer(self, asked: Asked, corpus, cache_dir) -> Answer:
        try:
            suggestions = self._suggestions(corpus, cache_dir)
        except Exception as exc:  # noqa: BLE001 — a job must not raise: its waiter would wait forever
            return Answer(asked, {}, (), {}, describe(exc))
        index = suggestions.index
        if asked.source in index and index.text(asked.source) == asked.text:
            found = index.query_span(asked.source, asked.start, asked.end, asked.top_k)
        else:  # the article changed since it was indexed (or is not in the folder): its words alone
            position = (asked.start + asked.end) / 2 / max(1, len(asked.text))
            found = index.query(asked.text[asked.start:asked.end], source=asked.source, position=position,
                                top_k=asked.top_k)
            found.pop(asked.source, None)
        return Answer(asked, found, tuple(index.names()), dict(suggestions.problems))

    def _on_jobs_finished(self, outcome) -> None:
        if isinstance(outcome, Answer) and outcome.asked.number == self._asked:  # only the latest question
            self.answered.emit(outcome)
