"""Conflict losers of a git merge, kept in the repository's git folder until they reach their history.

While git merges, the merge driver must not touch the work tree: git writes the
merged files there afterwards, replacing what a driver wrote (a history file the
other branch changed), or refusing to merge over it (one the driver created). So
the driver appends each losing version to a journal inside the git folder, which
git leaves alone, and the next Marginalia run that opens the corpus, or lists an
article's history, moves them into the history beside their file. Until then
`pending_versions` finds them too.

Each journal line is a history entry with the file it belongs to: {"file": real
path of the merged file, "at", "reason", "kind", "record"}.
"""

from __future__ import annotations

import os
from collections import defaultdict
from pathlib import Path

import orjson

from marginalia.core.annotation import format_time, utc_now
from marginalia.core.errors import InputError, WriteError
from marginalia.core.files import read_regular_file
from marginalia.core.storage.formats import MAX_HISTORY_BYTES
from marginalia.core.storage.history import HistoryEntry, append_history, append_lines, entry_json, read_history
from marginalia.core.teamwork.repository import Repository, find_repository

JOURNAL = Path("marginalia") / "merge-losers.jsonl"


def journal_path(git_dir: Path) -> Path:
    return Path(git_dir) / JOURNAL


def keep_for_later(git_dir: Path, file: Path, entries: list[HistoryEntry]) -> None:
    """Append `entries`, versions the file at `file` lost in a merge, to the journal
    (durably). Raises WriteError naming the journal when it cannot be written."""
    if not entries:
        return
    target = journal_path(git_dir)
    try:
        target.parent.mkdir(exist_ok=True)
    except OSError as exc:
        raise WriteError.from_os(target, exc) from exc
    from marginalia.core.storage.locking import holding_lock

    now, where = format_time(utc_now()), os.path.realpath(file)
    with holding_lock(target):
        append_lines(target, [{"file": where, **entry_json(e, now)} for e in entries])


def settle_pending(within: Path) -> list[Path]:
    """Move the journal's entries for files under `within` (a corpus folder) into their
    histories, if `within` is in a git work tree; the files whose history received
    some. An entry already there is not added twice; one that cannot be written stays
    in the journal for the next time."""
    repository = find_repository(within)
    if repository is None or not journal_path(repository.git_dir).is_file():
        return []
    from marginalia.core.storage.atomic import atomic_write
    from marginalia.core.storage.locking import holding_lock

    target = journal_path(repository.git_dir)
    root = os.path.realpath(within) + os.sep
    filed: list[Path] = []
    with holding_lock(target):
        lines = _journal_lines(target)
        mine = defaultdict(list)
        for line, value in lines:
            if value is not None and (value["file"] + os.sep).startswith(root):
                mine[value["file"]].append(line)
        unsettled = {line for line, value in lines if value is None or value["file"] not in mine}
        for file, own in mine.items():
            entries = [_entry(orjson.loads(line)) for line in own]
            missing = _not_in_history(Path(file), entries)
            try:
                append_history(Path(file), missing)
            except WriteError:
                unsettled.update(own)
                continue
            if missing:
                filed.append(Path(file))
        rest = [line for line, _value in lines if line in unsettled]
        if len(rest) != len(lines):
            atomic_write(target, b"".join(line + b"\n" for line in rest))
    return filed


def pending_versions(file: Path, repository: Repository | None = None) -> list[HistoryEntry]:
    """The journal's entries for the file at `file` not yet in its history (read only)."""
    repository = repository or find_repository(Path(file).parent)
    if repository is None:
        return []
    where = os.path.realpath(file)
    try:
        lines = _journal_lines(journal_path(repository.git_dir))
    except InputError:
        return []
    entries = [_entry(value) for _line, value in lines if value is not None and value["file"] == where]
    return _not_in_history(Path(file), entries) if entries else []


def _journal_lines(target: Path) -> list[tuple[bytes, dict | None]]:
    """Each line with its entry (None for a line that is not one, kept as it is)."""
    data = read_regular_file(target, MAX_HISTORY_BYTES)
    found = []
    for line in (data or b"").splitlines():
        if not line.strip():
            continue
        try:
            value = orjson.loads(line)
        except orjson.JSONDecodeError:
            value = None
        ok = isinstance(value, dict) and isinstance(value.get("file"), str) and "record" in value
        found.append((line, value if ok else None))
    return found


def _entry(value: dict) -> HistoryEntry:
    return HistoryEntry(str(value.get("reason", "")), str(value.get("kind", "")), value["record"],
                        str(value.get("at", "")))


def _not_in_history(file: Path, entries: list[HistoryEntry]) -> list[HistoryEntry]:
    try:
        known = {_key(e) for e in read_history(file)}
    except InputError:
        known = set()
    fresh = {}
    for entry in entries:
        fresh.setdefault(_key(entry), entry)
    return [entry for key, entry in fresh.items() if key not in known]


def _key(entry: HistoryEntry) -> bytes:
    return orjson.dumps([entry.at, entry.reason, entry.kind, entry.record], option=orjson.OPT_SORT_KEYS)
