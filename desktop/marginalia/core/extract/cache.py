"""Extracted texts kept between runs, keyed by the file's bytes and the extractor's version."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from marginalia.core.extract import Extracted
from marginalia.core.metadata import ArticleMetadata

# Extraction is deterministic, so a text extracted once from the same bytes by
# the same extractor is the same text: parsing a news page or a PDF again each
# time the library, an import or an export reads the article would be slow.
_VERSION = 1
_memory: dict[str, Extracted] = {}
_MEMORY_LIMIT = 64


def _folder() -> Path | None:
    try:
        from marginalia import paths

        return paths.user_cache_dir() / "extracted"
    except Exception:  # no user folders (a locked-down account): extract every time
        return None


def key_of(data: bytes, kind: str) -> str:
    return hashlib.sha256(data).hexdigest() + "-" + kind


def lookup(key: str, extractor: str) -> Extracted | None:
    """The text extracted earlier from these bytes by this extractor version, if kept."""
    known = _memory.get(key)
    if known is not None and known.extractor == extractor:
        return known
    folder = _folder()
    if folder is None:
        return None
    try:
        row = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
        if row.get("version") != _VERSION or row.get("extractor") != extractor:
            return None
        found = Extracted(row["text"], ArticleMetadata(**row["metadata"]), row["extractor"], tuple(row["pages"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None  # missing or damaged: extracted again
    _remember(key, found)
    return found


def store(key: str, extracted: Extracted) -> None:
    _remember(key, extracted)
    folder = _folder()
    if folder is None:
        return
    row = {"version": _VERSION, "extractor": extracted.extractor, "text": extracted.text,
           "metadata": dict(extracted.metadata.items()), "pages": list(extracted.pages)}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        temporary = folder / f".{key}.{os.getpid()}.tmp"
        temporary.write_text(json.dumps(row, ensure_ascii=False), encoding="utf-8")
        os.replace(temporary, folder / f"{key}.json")
    except OSError:
        pass  # only a cache


def _remember(key: str, extracted: Extracted) -> None:
    if len(_memory) >= _MEMORY_LIMIT:
        _memory.pop(next(iter(_memory)))
    _memory[key] = extracted
