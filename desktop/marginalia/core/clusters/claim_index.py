"""Which article holds each claim, from the sidecars: how a member whose article was renamed is found again.

A member remembers its article's name as last seen; when the claim is not there any
more (the article renamed or moved into a folder, its sidecar with it), the index
says where its id is now. It reads each sidecar once and keeps the ids found under
the sidecar's size and modification time, in memory and, given a cache folder, on
disk between runs (as the library's entry cache does), so a later look reads only
the sidecars that changed: at five thousand articles a look is a folder listing
and a stat per sidecar.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import orjson

from marginalia.core.error_codes import ErrorCode
from marginalia.core.entry_cache import Stamp, stamp
from marginalia.core.errors import InputError, MarginaliaError, SidecarError
from marginalia.core.files import read_regular_file
from marginalia.core.listing import scan_articles
from marginalia.core.storage.formats import MAX_SIDECAR_BYTES, SIDECAR_SUFFIX

_VERSION = 1


class ClaimIndex:
    """Claim id → the article (its name relative to the corpus) whose sidecar holds it.
    `problems` are the sidecars that could not be read at the last look: a claim not
    found may be in one of them."""

    def __init__(self, root: Path, cache_dir: Path | None = None) -> None:
        self.root = Path(root)
        self.problems: tuple[MarginaliaError, ...] = ()
        self._rows: dict[str, tuple[Stamp, list[str]]] = {}  # article name → (sidecar stamp, claim ids)
        self._where: dict[str, str] | None = None
        self._cache_path: Path | None = None
        if cache_dir is not None:
            digest = hashlib.sha1(str(self.root.resolve()).encode("utf-8")).hexdigest()[:16]
            self._cache_path = Path(cache_dir) / "claims" / f"{digest}.json"
            self._load_cache()

    def article_of(self, claim_id: str) -> str | None:
        """The article holding `claim_id` as the sidecars now say (looked at on first use;
        `refresh()` looks again)."""
        if self._where is None:
            self.refresh()
        return self._where.get(claim_id)

    def refresh(self) -> None:
        """Look at every sidecar again, reading only those changed since last seen."""
        rows: dict[str, tuple[Stamp, list[str]]] = {}
        problems: list[MarginaliaError] = []
        changed = False
        for relative, entry in scan_articles(self.root)[0]:
            name = relative.replace(os.sep, "/")
            sidecar = entry.path + SIDECAR_SUFFIX
            seen = stamp(sidecar)
            if seen is None:
                continue
            known = self._rows.get(name)
            if known is not None and known[0] == seen:
                rows[name] = known
                continue
            try:
                rows[name] = (seen, _claim_ids(Path(sidecar)))
                changed = True
            except InputError as exc:
                problems.append(exc)
        changed |= rows.keys() != self._rows.keys()
        where: dict[str, str] = {}
        for name, (_stamp, ids) in rows.items():
            for claim_id in ids:
                where.setdefault(claim_id, name)
        # Swapped in whole: a reader on another thread (an export) sees the old or the new.
        self._rows, self.problems, self._where = rows, tuple(problems), where
        if changed:
            self._save_cache()

    def _load_cache(self) -> None:
        try:
            data = json.loads(self._cache_path.read_text(encoding="utf-8"))
            if data.get("version") == _VERSION and data.get("root") == str(self.root):
                self._rows = {name: (row[0], row[1]) for name, row in data["rows"].items()}
        except (OSError, ValueError, AttributeError, KeyError, TypeError, IndexError):
            self._rows = {}  # no cache yet, or a damaged one: rebuilt from the sidecars

    def _save_cache(self) -> None:
        if self._cache_path is None:
            return
        try:
            self._cache_path.parent.mkdir(parents=True, exist_ok=True)
            temporary = self._cache_path.with_name(self._cache_path.name + f".{os.getpid()}.tmp")
            temporary.write_bytes(orjson.dumps({"version": _VERSION, "root": str(self.root),
                                                "rows": {k: [s, ids] for k, (s, ids) in self._rows.items()}}))
            os.replace(temporary, self._cache_path)
        except OSError:
            pass  # only a cache: the sidecars are read again next time


def _claim_ids(path: Path) -> list[str]:
    """The ids of the claims in the sidecar at `path`, its unreadable records' too where
    they say one. Only the ids are wanted: the sidecar is parsed, not checked."""
    data = read_regular_file(path, MAX_SIDECAR_BYTES)
    if data is None:
        return []
    try:
        value = orjson.loads(data.removeprefix(b"\xef\xbb\xbf"))
    except orjson.JSONDecodeError as exc:
        raise SidecarError(path, "", ErrorCode.JSON_SYNTAX, detail=str(exc)) from exc
    records = value.get("annotations") if isinstance(value, dict) else None
    if not isinstance(records, list):
        raise SidecarError(path, "annotations", ErrorCode.FIELD_WRONG_TYPE, expected=("list",),
                           found=json_kind(records))
    return [r["id"] for r in records if isinstance(r, dict) and isinstance(r.get("id"), str)]
