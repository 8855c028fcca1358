"""The suggestion index of a corpus, kept up to date with its files; features cached by text SHA-256."""

from __future__ import annotations

import sqlite3
import sys
import zlib
from collections.abc import Callable
from pathlib import Path

import orjson

from marginalia.core.article import load_article
from marginalia.core.errors import ArticleError
from marginalia.core.suggest.features import ArticleFeatures, article_features, features_version
from marginalia.core.suggest.index import SuggestionIndex

# version: features.features_version() of the code and concept table that made the row.
_SCHEMA = "CREATE TABLE IF NOT EXISTS features (sha256 TEXT PRIMARY KEY, version TEXT, data BLOB)"


def cache_path(cache_dir: Path) -> Path:
    # One file for every corpus: features belong to a text, wherever it lies, so a copy
    # of an article in another folder costs nothing.
    return Path(cache_dir) / "suggest" / "features.sqlite"


def encode_features(features: ArticleFeatures) -> bytes:
    return zlib.compress(orjson.dumps([features.length, sorted(features.names), features.sentences,
                                       [sorted(keys) for keys in features.features]]), 1)


def decode_features(sha256: str, data: bytes) -> ArticleFeatures | None:
    """The features stored for `sha256`, or None if the record is damaged."""
    try:
        length, names, sentences, sets = orjson.loads(zlib.decompress(data))
        return ArticleFeatures(sha256, int(length), frozenset(names), tuple((int(s), int(e)) for s, e in sentences),
                               tuple(frozenset(map(sys.intern, keys)) for keys in sets))
    except (zlib.error, orjson.JSONDecodeError, TypeError, ValueError):
        return None


class FeatureCache:
    """Article features by text SHA-256 in SQLite; a damaged or unwritable cache only costs time."""

    def __init__(self, path: Path | None) -> None:
        self._db = None
        if path is None:
            return
        try:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(str(path), timeout=10)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute(_SCHEMA)
        except (OSError, sqlite3.Error):
            self._db = None  # a cache folder we cannot use: compute every time

    def get(self, sha256: str) -> ArticleFeatures | None:
        if self._db is None:
            return None
        try:
            row = self._db.execute("SELECT version, data FROM features WHERE sha256 = ?", (sha256,)).fetchone()
        except sqlite3.Error:
            return None
        if row is None or row[0] != features_version():
            return None
        return decode_features(sha256, row[1])

    def put(self, features: ArticleFeatures) -> None:
        if self._db is None:
            return
        try:
            with self._db:
                self._db.execute("INSERT OR REPLACE INTO features VALUES (?, ?, ?)",
                                 (features.sha256, features_version(), encode_features(features)))
        except sqlite3.Error:
            pass  # a full disk or a locked file: the features are still in memory

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None


class CorpusSuggestions:
    """A corpus's suggestion index: `refresh` reads new and changed articles (by size and
    modification time) and forgets removed ones; features come from the cache when the
    text was seen before. Each thread keeps its own instance (SQLite connections stay in
    the thread that made them)."""

    def __init__(self, corpus, cache_dir: Path | None = None, index: SuggestionIndex | None = None) -> None:
        self.corpus = corpus
        self.index = index if index is not None else SuggestionIndex()
        self._cache = FeatureCache(cache_path(cache_dir) if cache_dir is not None else None)
        self._stamps: dict[str, tuple[int, int]] = {}
        self.problems: dict[str, ArticleError] = {}  # articles that could not be read, by name

    def close(self) -> None:
        self._cache.close()

    def name_of(self, path: Path) -> str:
        return self.corpus.relative_name(path)

    def refresh(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Bring the index up to date with the corpus folder; returns how many articles were read."""
        current: dict[str, tuple[Path, tuple[int, int]]] = {}
        for path in self.corpus.article_paths():
            try:
                stat = path.stat()
            except OSError:
                continue
            current[self.name_of(path)] = (path, (stat.st_size, stat.st_mtime_ns))
        for name in [n for n in self._stamps if n not in current]:
            self.index.remove(name)
            del self._stamps[name]
        for name in [n for n in self.problems if n not in current]:
            del self.problems[name]
        stale = [(name, path, stamp) for name, (path, stamp) in current.items() if self._stamps.get(name) != stamp]
        for done, (name, path, stamp) in enumerate(stale, 1):
            self.add_path(name, path, stamp)
            if progress is not None:
                progress(done, len(stale))
        return len(stale)

    def add_path(self, name: str, path: Path, stamp: tuple[int, int] | None = None) -> None:
        """Read one article into the index (or drop it, with its problem noted, if unreadable)."""
        try:
            article = load_article(path)
        except ArticleError as exc:
            self.index.remove(name)
            self.problems[name] = exc
            self._stamps[name] = stamp  # not read again until it changes
            return
        self.problems.pop(name, None)
        self.add_text(name, article.text, article.sha256)
        self._stamps[name] = stamp

    def add_text(self, name: str, text: str, sha256: str) -> bool:
        """Index `text` as article `name` (the window calls this for an edited open article)."""
        features = self._cache.get(sha256)
        if features is None:
            features = article_features(text, sha256)
            self._cache.put(features)
        return self.index.add(name, text, features)
