"""A history file as one whole, for merging two copies of it (git's, or a sync folder's).

A history is appended to and never rewritten (see history.py), so two copies of one
merge by keeping every line of both: the lines they share first, in their order,
then the lines only one has, by their time and then their bytes (an order that does
not depend on which copy is which). Nothing is ever in conflict, and no line is lost.
"""

from __future__ import annotations

from collections.abc import Mapping

import orjson

from marginalia.core.merge import Conflict
from marginalia.core.storage.formats import MAX_HISTORY_BYTES
from marginalia.core.storage.owned_file import OwnedFile

Lines = tuple[bytes, ...]


class HistoryFile(OwnedFile[Lines]):
    """The owner of a history file when it is merged; appending is history.py's."""

    limit = MAX_HISTORY_BYTES
    kind_name = "history"

    def decode(self, data: bytes) -> Lines:
        # Every line is kept as it is, a line cut short by a kill too: it is the file's.
        return tuple(line for line in data.splitlines() if line.strip())

    def encode(self, value: Lines) -> bytes:
        return b"".join(line + b"\n" for line in value)

    def merge(self, base: Lines | None, ours: Lines, theirs: Lines) -> tuple[Lines, tuple[Conflict, ...]]:
        # The base's lines stay even where a copy lacks them (cut short, say): none is dropped.
        shared = tuple(dict.fromkeys(base or ()))
        known = set(shared)
        added = sorted({line for line in ours + theirs if line not in known}, key=lambda line: (_time(line), line))
        return shared + tuple(added), ()

    def records(self, value: Lines) -> Mapping[str, bytes]:
        return {}  # its lines are no one's records: merging one takes none out

    def value_of(self, records: tuple) -> Lines:
        return ()


def _time(line: bytes) -> str:
    """The entry's time (ISO 8601 UTC sorts as text); "" for a line that is not an entry."""
    try:
        value = orjson.loads(line)
    except orjson.JSONDecodeError:
        return ""
    at = value.get("at") if isinstance(value, dict) else None
    return at if isinstance(at, str) else ""
