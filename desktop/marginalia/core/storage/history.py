"""A file's history: every version of a record that a save took out of it, appended, never rewritten.

Each line is one JSON object: when, why ("replaced", "removed", "conflict",
"import-conflict"), the kind of record and the record as the file had it (or, for a
conflict's loser that never reached the file, as it would have been written). A save
appends before it replaces the file, so a kill between the two leaves a version
twice, never none; a line cut short by a kill is passed over when reading. No
sequence of saves can therefore erase a note: its every version is here.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson

from marginalia.core.annotation import format_time, utc_now
from marginalia.core.errors import WriteError
from marginalia.core.storage.formats import MAX_HISTORY_BYTES, history_path
from marginalia.core.files import read_regular_file

REPLACED, REMOVED, CONFLICT, IMPORT_CONFLICT = "replaced", "removed", "conflict", "import-conflict"


@dataclass(frozen=True, slots=True)
class HistoryEntry:
    reason: str
    kind: str  # the RecordKind's name: "annotation", "topic"…
    record: Any  # the record's JSON value
    at: str = ""  # ISO 8601 UTC; set when appended


def entry_json(entry: HistoryEntry, now: str) -> dict[str, Any]:
    """An entry as a line of the history holds it (`now` when it has no time yet)."""
    return {"at": entry.at or now, "reason": entry.reason, "kind": entry.kind, "record": entry.record}


def append_history(path: Path, entries: Iterable[HistoryEntry]) -> None:
    """Append `entries` to the history of the file at `path`, durably. Raises WriteError
    naming the history file when it cannot be written (the save is then not made)."""
    now = format_time(utc_now())
    append_lines(history_path(path), [entry_json(e, now) for e in entries])


def append_lines(target: Path, values: Iterable[Any]) -> None:
    """Append `values` to the file at `target`, one JSON line each, durably; WriteError
    naming it when it cannot be written."""
    lines = b"".join(orjson.dumps(value) + b"\n" for value in values)
    if not lines:
        return
    try:
        with open(target, "a+b") as handle:  # every write lands at the end, whoever else appends
            end = handle.seek(0, os.SEEK_END)
            if end:
                handle.seek(end - 1)
                if handle.read(1) != b"\n":
                    lines = b"\n" + lines  # after a line a kill cut short: start a fresh one
            handle.write(lines)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        raise WriteError.from_os(target, exc) from exc


def read_history(path: Path) -> list[HistoryEntry]:
    """The history of the file at `path`, oldest first ([] if it has none); lines that are
    not whole entries (cut short by a kill) are passed over."""
    target = history_path(path)
    data = read_regular_file(target, MAX_HISTORY_BYTES)
    if data is None:
        return []
    entries = []
    for line in data.splitlines():
        try:
            value = orjson.loads(line)
        except orjson.JSONDecodeError:
            continue
        if isinstance(value, dict) and isinstance(value.get("reason"), str) and "record" in value:
            entries.append(HistoryEntry(value["reason"], str(value.get("kind", "")), value["record"],
                                        str(value.get("at", ""))))
    return entries
