"""The one owner of one file on disk: it reads the file safely, remembers what it read,
and merges another writer's version in before it replaces the file.

A subclass says what the file holds (decode, encode, its records and how two versions
merge); the owner does the rest, the same for every file:

- `read()` takes the file in (a regular file only, of a sane size), remembers its
  bytes' hash and value as the base of the next merge, and clears what killed
  writes left behind when no writer holds the lock;
- `write(value)` holds the lock, reads the file again, and if another writer replaced
  it since it was last read, three-way merges (base: the version last read) before
  it writes. Every record version the write takes out of the file goes to the
  file's history first, with the losers of true conflicts;
- `refresh()` tells whether the file changed on disk, and how (for a reader that
  follows it).

An owner is used from one thread at a time (the window's saving thread, or the
caller's own); the values it hands out are immutable.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from marginalia.core.errors import InputError
from marginalia.core.merge import Conflict
from marginalia.core.storage.atomic import atomic_write, temporaries_of
from marginalia.core.storage.history import CONFLICT, REMOVED, REPLACED, HistoryEntry, append_history
from marginalia.core.storage.locking import holding_lock, lock_if_free
from marginalia.core.files import read_regular_file

V = TypeVar("V")

_UNREAD = "unread"  # no hash can equal it: the file was never looked at


@dataclass(frozen=True, slots=True)
class Written(Generic[V]):
    """What a write did. `value` is what the file now holds; `theirs` the version another
    writer had put there since the last read, merged in (None when there was none)."""

    value: V
    theirs: V | None = None
    conflicts: tuple[Conflict, ...] = ()
    wrote: bool = True  # False when the file held exactly these bytes already


@dataclass(frozen=True, slots=True)
class Refreshed(Generic[V]):
    """The file changed on disk: `before` is the version last read or written (None: none
    was), `now` the one there now (None: the file is gone)."""

    before: V | None
    now: V | None


class OwnedFile(Generic[V]):
    """Owner of the file at `path`. Subclasses implement decode, encode, merge and records."""

    limit: int = 64 * 1024 * 1024  # bytes beyond which the file is refused unread
    kind_name: str = "record"  # names the records in the history

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.base: V | None = None  # the value last read or written
        self._sha256: str | None = _UNREAD  # of those bytes; None: there was no file

    # -- what the file holds (for subclasses) -------------------------------
    def decode(self, data: bytes) -> V:
        raise NotImplementedError

    def encode(self, value: V) -> bytes:
        raise NotImplementedError

    def merge(self, base: V | None, ours: V, theirs: V) -> tuple[V, tuple[Conflict, ...]]:
        """`ours` and `theirs` merged, with the true conflicts (see core.merge.merge3)."""
        raise NotImplementedError

    def records(self, value: V) -> Mapping[str, Any]:
        """The records of `value` by id, for the history."""
        raise NotImplementedError

    def record_json(self, record: Any) -> Any:
        """A record as the history keeps it: its JSON value."""
        return record

    def keeps(self, old: Any, new: Any | None) -> bool:
        """Whether replacing `old` by `new` (None: removing it) puts `old` in the history."""
        return old != new

    def value_of(self, records: tuple) -> V:
        """A value holding just `records` and nothing else the file says: the base of a
        merge assembled from record versions known from elsewhere (the history)."""
        raise NotImplementedError

    def conflict_entries(self, conflicts: tuple[Conflict, ...]) -> list[HistoryEntry]:
        """The history entries of the versions that lost `conflicts`."""
        return [HistoryEntry(CONFLICT, self.kind_name, self.record_json(c.lost)) for c in conflicts
                if c.lost is not None]

    # -- reading -------------------------------------------------------------
    @property
    def known(self) -> bool:
        """Whether the file was read or written by this owner."""
        return self._sha256 != _UNREAD

    @property
    def had_file(self) -> bool:
        """Whether there was a file when this owner last read or wrote it."""
        return self._sha256 not in (None, _UNREAD)

    def read(self, *, tidy: bool = True) -> V | None:
        """The file's value (None when there is no file), remembered as the base. Raises
        InputError when it cannot be read; the owner then knows nothing of it. With
        `tidy`, the temporary files of writes that were killed go (a reader that
        promises to write nothing passes False)."""
        data = read_regular_file(self.path, self.limit)
        value = self.decode(data) if data is not None else None
        self._remember(value, data)
        if tidy:
            self._clear_leftovers()
        return value

    def changed_on_disk(self) -> bool:
        """Whether the bytes on disk are not those last read or written."""
        try:
            return _sha256(read_regular_file(self.path, self.limit)) != self._sha256
        except InputError:
            return True

    def refresh(self) -> Refreshed[V] | None:
        """None if the file is as last read or written; else what it was and is now, the
        latter remembered. Raises InputError if it changed and cannot be read (it is then
        not remembered: a later write refuses to replace it)."""
        data = read_regular_file(self.path, self.limit)
        if _sha256(data) == self._sha256:
            return None
        now = self.decode(data) if data is not None else None
        before = self.base
        self._remember(now, data)
        return Refreshed(before, now)

    # -- writing -------------------------------------------------------------
    def write(self, value: V, settled: tuple[Conflict, ...] = ()) -> Written[V]:
        """Replace the file with `value`, merged first with what another writer put there
        since this owner last read or wrote it. `settled` are conflicts the caller
        decided in making `value` (a merge of its own): their losers go to the history
        as conflicts too. Raises InputError when the file on disk changed into
        something unreadable (it is never replaced), WriteError when the file cannot
        be written; the file is then as it was."""
        with holding_lock(self.path):
            data = read_regular_file(self.path, self.limit)
            on_disk, theirs, conflicts, merged = self.base, None, (), value
            if _sha256(data) != self._sha256:
                on_disk = self.decode(data) if data is not None else None
                if on_disk is not None:
                    theirs = on_disk
                    merged, conflicts = self.merge(self.base if self.known else None, value, on_disk)
            encoded = self.encode(merged)
            append_history(self.path, self._departing(on_disk, merged, tuple(settled) + tuple(conflicts)))
            if encoded == data:  # another writer wrote just this (a conflict's loser aside)
                self._remember(merged, data)
                return Written(merged, theirs, conflicts, wrote=False)
            atomic_write(self.path, encoded, backup=data is not None)
            self._remember(merged, encoded)
        return Written(merged, theirs, conflicts)

    def keep(self, entries: list[HistoryEntry]) -> None:
        """Put `entries` in the file's history (versions that left memory, not the file)."""
        with holding_lock(self.path):
            append_history(self.path, entries)

    # -- internals -----------------------------------------------------------
    def _remember(self, value: V | None, data: bytes | None) -> None:
        self.base, self._sha256 = value, _sha256(data)

    def _departing(self, old: V | None, new: V, conflicts: tuple[Conflict, ...]) -> list[HistoryEntry]:
        entries = self.conflict_entries(conflicts)
        if old is None:
            return entries
        lost = {id(c.lost) for c in conflicts}
        kept = self.records(new)
        for key, record in self.records(old).items():
            replacement = kept.get(key)
            if replacement is not record and id(record) not in lost and self.keeps(record, replacement):
                entries.append(HistoryEntry(REMOVED if replacement is None else REPLACED, self.kind_name,
                                            self.record_json(record)))
        return entries

    def _clear_leftovers(self) -> None:
        """Remove the temporary files of writes that were killed: safe only while holding
        the lock, for every writer holds it as long as its temporary file exists."""
        leftovers = temporaries_of(self.path)
        if not leftovers:
            return
        with lock_if_free(self.path) as free:
            if free:
                for leftover in leftovers:
                    leftover.unlink(missing_ok=True)


def _sha256(data: bytes | None) -> str | None:
    return None if data is None else hashlib.sha256(data).hexdigest()
