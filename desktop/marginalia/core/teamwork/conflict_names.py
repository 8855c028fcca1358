"""The names sync clients give the copy they keep when two devices changed one file.

Each client puts a tag in the file's name, before its last extension:

- Syncthing: `NAME.sync-conflict-YYYYMMDD-HHMMSS-DEVICE.EXT` (DEVICE: the short id
  of the device whose change lost);
- Nextcloud and ownCloud: `NAME (conflicted copy [USER ]YYYY-MM-DD HHMMSS).EXT`, and
  a hyphen between date and time in newer clients; before 2.5,
  `NAME_conflict-[USER-]YYYYMMDD-HHMMSS.EXT`;
- Dropbox: `NAME (USER's conflicted copy YYYY-MM-DD).EXT`, with " (1)" and up inside
  the brackets when one day saw several, and the words in the language of the
  user's Dropbox ("copie en conflit", "Konfliktkopie", "copia en conflicto"...):
  any bracketed tag holding a word for conflict and a date is taken for one.

A copy of a copy carries two tags; the original's name is what is left without them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_TAGS = (
    ("Syncthing", re.compile(r"\.sync-conflict-\d{8}-\d{6}-[0-9A-Za-z]+")),
    ("Nextcloud", re.compile(r" \(conflicted copy (?:[^()]* )?\d{4}-\d{2}-\d{2}[ -]\d{6}\)", re.IGNORECASE)),
    ("ownCloud", re.compile(r"_conflict-(?:[^()]*?-)?\d{8}-\d{6}")),
    # The words: English, French, Italian, Spanish and Portuguese ("conflit…"), German,
    # Dutch, the Nordic languages and Polish ("konflikt…"), Russian, Japanese, Chinese, Korean.
    ("Dropbox", re.compile(r" \((?=[^()]*(?:conflict|conflit|konflikt|конфликт|競合|冲突|衝突|충돌))"
                           r"[^()]*?\d{4}-\d{2}-\d{2}[^()]*?(?: ?\(\d+\))?\)", re.IGNORECASE)),
)


@dataclass(frozen=True, slots=True)
class ConflictName:
    """What a conflict copy's name says: the name of the file it is a copy of, and which
    client made it."""

    original: str
    client: str


def conflict_name(name: str) -> ConflictName | None:
    """What `name` says if it is a sync client's conflict copy; None otherwise."""
    client = None
    original = name
    while True:
        for who, tag in _TAGS:
            found = tag.search(original)
            if found is not None:
                original = original[:found.start()] + original[found.end():]
                client = client or who
                break
        else:
            break
    if client is None or not original or original.startswith("."):
        return None
    return ConflictName(original, client)
