"""Full-text search across a corpus: a SQLite FTS5 index kept in the cache, updated incrementally."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from marginalia.core.errors import ArticleError
from marginalia.core.article import title_of
from marginalia.core.text import read_article_text

_SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (name TEXT PRIMARY KEY, size INTEGER, mtime_ns INTEGER);
CREATE VIRTUAL TABLE IF NOT EXISTS texts USING fts5(
    name UNINDEXED, title, body,
    -- folds case and diacritics, so "tinh toan" finds "tính toán" and "dzien" finds "dzień"
    tokenize = 'unicode61 remove_diacritics 2'
);
"""


@dataclass(frozen=True, slots=True)
class SearchHit:
    path: Path
    title: str
    snippet: str  # the match in context, marked with [ and ]


def index_path(cache_dir: Path, corpus_root: Path) -> Path:
    digest = hashlib.sha1(str(corpus_root).encode("utf-8")).hexdigest()[:16]
    return Path(cache_dir) / "search" / f"{digest}.sqlite"


def fts_query(text: str) -> str:
    """The user's words as an FTS5 query: every word must occur, the last may be a
    prefix (search as you type); quotes keep FTS5 operators inert."""
    words = [w.replace('"', '""') for w in text.split()]
    if not words:
        return ""
    terms = [f'"{w}"' for w in words[:-1]] + [f'"{words[-1]}"*']
    return " AND ".join(terms)


class SearchIndex:
    """One index per corpus. Each thread opens its own instance (SQLite connections
    stay in the thread that made them); WAL lets searches run while indexing."""

    def __init__(self, db_path: Path, corpus_root: Path) -> None:
        self.root = Path(corpus_root)
        Path(db_path).parent.mkdir(parents=True, exist_ok=True)
        self._db = sqlite3.connect(str(db_path), timeout=10)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.executescript(_SCHEMA)

    def close(self) -> None:
        self._db.close()

    def update(self, paths: list[Path], titles: Callable[[Path], str | None] = lambda _p: None,
               progress: Callable[[int, int], None] | None = None) -> int:
        """Index new and changed articles, forget removed ones; returns how many were read."""
        known = {name: (size, mtime) for name, size, mtime in self._db.execute("SELECT * FROM articles")}
        current = {}
        for path in paths:
            try:
                stat = path.stat()
            except OSError:
                continue
            current[path.relative_to(self.root).as_posix()] = (path, stat.st_size, stat.st_mtime_ns)
        stale = [(name, *info) for name, info in current.items() if known.get(name) != info[1:]]
        gone = [name for name in known if name not in current]
        with self._db:
            for name in gone:
                self._forget(name)
        for done, (name, path, size, mtime) in enumerate(stale, 1):
            try:
                text = read_article_text(path).text
            except ArticleError:
                text = ""  # listed with its problem in the library; nothing to find in it
            title = titles(path) or title_of(text, path)  # as the library shows it
            with self._db:  # one transaction per article: an interrupted run keeps what it did
                self._forget(name)
                self._db.execute("INSERT INTO texts (name, title, body) VALUES (?, ?, ?)", (name, title, text))
                self._db.execute("INSERT INTO articles VALUES (?, ?, ?)", (name, size, mtime))
            if progress is not None:
                progress(done, len(stale))
        return len(stale)

    def _forget(self, name: str) -> None:
        self._db.execute("DELETE FROM texts WHERE name = ?", (name,))
        self._db.execute("DELETE FROM articles WHERE name = ?", (name,))

    def search(self, text: str, limit: int = 100) -> list[SearchHit]:
        query = fts_query(text)
        if not query:
            return []
        try:
            rows = self._db.execute(
                "SELECT name, title, snippet(texts, 2, '[', ']', '…', 12) FROM texts "
                "WHERE texts MATCH ? ORDER BY rank LIMIT ?", (query, limit)).fetchall()
        except sqlite3.OperationalError:
            return []  # a query FTS5 cannot parse finds nothing rather than failing
        return [SearchHit(self.root / name, title, snippet) for name, title, snippet in rows]
