"""Extracted texts kept between runs, keyed by the file's bytes and the extractor's version."""

from __future__ import annotations

import hashlib
import json
import os
import threading
from pathlib import Path

from marginalia.core.extract import Extracted
from marginalia.core.metadata import ArticleMetadata

# Extraction is deterministic, so a text extracted once from the same bytes by
# the same extractor is the same text: parsing a news page or a PDF again each
# time the library, an import or an export reads the article would be slow.
_VERSION = 1


def key_of(data: bytes, kind: str) -> str:
    return hashlib.sha256(data).hexdigest() + "-" + kind


def user_folder() -> Path | None:
    """The user's cache folder for extracted texts; None without user folders."""
    try:
        from marginalia import paths

        return paths.user_cache_dir() / "extracted"
    except Exception:  # no user folders (a locked-down account): extract every time
        return None


class ExtractCache:
    """The last extracted texts in memory and every one in `folder` (None: memory only).
    One is built where the app is wired; tests may build their own in a temporary folder."""

    def __init__(self, folder: Path | None, memory_limit: int = 64) -> None:
        self.folder = Path(folder) if folder is not None else None
        self._memory: dict[str, Extracted] = {}
        self._limit = memory_limit
        self._lock = threading.Lock()

    def lookup(self, key: str, extractor: str) -> Extracted | None:
        """The text extracted earlier from these bytes by this extractor version, if kept."""
        with self._lock:
            known = self._memory.get(key)
        if known is not None and known.extractor == extractor:
            return known
        if self.folder is None:
            return None
        try:
            row = json.loads((self.folder / f"{key}.json").read_text(encoding="utf-8"))
            if row.get("version") != _VERSION or row.get("extractor") != extractor:
                return None
            found = Extracted(row["text"], ArticleMetadata(**row["metadata"]), row["extractor"], tuple(row["pages"]))
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing or damaged: extracted again
        self._remember(key, found)
        return found

    def store(self, key: str, extracted: Extracted) -> None:
        self._remember(key, extracted)
        if self.folder is None:
            return
        row = {"version": _VERSION, "extractor": extracted.extractor, "text": extracted.text,
               "metadata": dict(extracted.metadata.items()), "pages": list(extracted.pages)}
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            temporary = self.folder / f".{key}.{os.getpid()}.{threading.get_ident()}.tmp"
            temporary.write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
            os.replace(temporary, self.folder / f"{key}.json")
        except OSError:
            pass  # only a cache

    def forget(self) -> None:
        """Forget the texts kept in memory (those on disk stay)."""
        with self._lock:
            self._memory.clear()

    def _remember(self, key: str, extracted: Extracted) -> None:
        with self._lock:
            if len(self._memory) >= self._limit:
                self._memory.pop(next(iter(self._memory)))
            self._memory[key] = extracted
