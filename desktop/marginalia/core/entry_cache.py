"""What the library knows of each article, kept between runs and checked against the files."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

_VERSION = 1

Stamp = list[int]  # [size, mtime_ns], as stored in the JSON


def stamp(path: str | os.PathLike) -> Stamp | None:
    """Size and modification time: a changed file changes one or the other. None if missing."""
    try:
        return stamp_of(os.stat(path))
    except OSError:
        return None


def stamp_of(stat: os.stat_result) -> Stamp:
    """The stamp of a stat already made (e.g. by os.scandir while listing the folder)."""
    return [stat.st_size, stat.st_mtime_ns]


class EntryCache:
    """Library rows of one corpus, keyed by article name and valid only while the
    article and its sidecar keep the size and mtime they had when the row was made.
    Rows with problems are never cached, so their errors are always fresh.

    A row also keeps the identified language under the text's SHA-256: a file
    touched, copied or renamed without a change of text is read again, but its
    language is not identified again (the slow part of a first scan)."""

    def __init__(self, cache_dir: Path, corpus_root: Path) -> None:
        digest = hashlib.sha1(str(corpus_root).encode("utf-8")).hexdigest()[:16]
        self.path = Path(cache_dir) / "library" / f"{digest}.json"
        self._rows: dict[str, dict] = {}
        self._dirty = False
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
            if data.get("version") == _VERSION and data.get("root") == str(corpus_root):
                self._rows = data.get("rows", {})
        except (OSError, ValueError, AttributeError):
            pass  # no cache yet, or a damaged one: rebuilt as rows are made
        self._root = str(corpus_root)
        self._identified: dict[str, str] | None = None  # text SHA-256 → language identified

    def identified_language(self, text_sha256: str) -> str | None:
        """The language identified earlier for a text with this SHA-256, if any."""
        if self._identified is None:
            self._identified = {}
            for row in self._rows.values():
                entry = row.get("entry") if isinstance(row, dict) else None
                if isinstance(entry, dict) and isinstance(entry.get("identified"), list) \
                        and len(entry["identified"]) == 2:
                    sha, language = entry["identified"]
                    self._identified[str(sha)] = str(language)
        return self._identified.get(text_sha256)

    def lookup(self, name: str, article: Stamp | None, sidecar: Stamp | None) -> dict | None:
        """The row of `name` if it was made when its files had these stamps (None: no such file)."""
        row = self._rows.get(name)
        if row is None or row.get("article") != article or row.get("sidecar") != sidecar:
            return None
        return row["entry"]

    def store(self, name: str, article: Stamp | None, sidecar: Stamp | None, entry: dict) -> None:
        """Keep `entry` for `name`, valid while its article and sidecar keep these stamps.
        Take the stamps before reading the files: a change made meanwhile then misses."""
        self._rows[name] = {"article": article, "sidecar": sidecar, "entry": entry}
        identified = entry.get("identified")
        if self._identified is not None and identified:
            self._identified[identified[0]] = identified[1]
        self._dirty = True

    def save(self) -> None:
        if not self._dirty:
            return
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self.path.with_name(self.path.name + f".{os.getpid()}.tmp")
            temporary.write_text(json.dumps({"version": _VERSION, "root": self._root, "rows": self._rows},
                                            ensure_ascii=False), encoding="utf-8")
            os.replace(temporary, self.path)
            self._dirty = False
        except OSError:
            pass  # only a cache: the library is rebuilt from the files next time
