"""The kinds of file a corpus holds that two writers may both change, told by name.

Each kind names its owner (core/storage): the owner's decode, merge and encode are
what git's merge driver and a sync folder's conflict copies use, so every file is
merged by the same rules whoever merges it. A new kind of file is one line in KINDS
below (as the clusters file has), or a `register(...)` call from elsewhere, and `marginalia git-setup` writes its line in
`.gitattributes` too. An owner with `value_of` lets a sync folder's copy merge against
the versions the history knows; without it, copies merge with no base.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from marginalia.core.storage.codebook_file import CodebookFile
from marginalia.core.storage.formats import (
    BACKUP_SUFFIX, CLUSTERS_FILE_NAME, CODEBOOK_FILE_NAME, HISTORY_SUFFIX, MANIFEST_FILE_NAME, SIDECAR_SUFFIX,
)
from marginalia.core.storage.history_file import HistoryFile
from marginalia.core.storage.manifest_file import ManifestFile
from marginalia.core.storage.owned_file import OwnedFile
from marginalia.core.storage.sidecar_file import SidecarFile


@dataclass(frozen=True, slots=True)
class FileKind:
    """One kind of file: how to know it, where it lives, and who owns it."""

    name: str  # "sidecar", "codebook"…
    owner: Callable[[Path], OwnedFile]  # the owner of the file at a path
    matches: Callable[[str], bool]  # whether a file name is of this kind
    # Where in a corpus, as a pattern relative to its root ("**/" for any folder).
    pattern: str
    at_root: bool = False  # only in the corpus folder itself
    # Whether the file is appended to, never rewritten: merging it takes no record out,
    # and it has no backup.
    journal: bool = False


def _clusters_file(path: Path) -> OwnedFile:
    # Imported when a clusters file is merged: the clusters' code is not loaded at start-up.
    from marginalia.core.storage.clusters_file import ClustersFile

    return ClustersFile(path)


def root_file_kind(name: str, file_name: str, owner: Callable[[Path], OwnedFile]) -> FileKind:
    """A kind of file that lives once, in the corpus folder, under `file_name`."""
    return FileKind(name, owner, lambda found: found == file_name, file_name, at_root=True)


KINDS: list[FileKind] = [
    FileKind("sidecar", SidecarFile, lambda name: name.endswith(SIDECAR_SUFFIX) and len(name) > len(SIDECAR_SUFFIX),
             "**/*" + SIDECAR_SUFFIX),
    root_file_kind("codebook", CODEBOOK_FILE_NAME, CodebookFile),
    root_file_kind("manifest", MANIFEST_FILE_NAME, lambda path: ManifestFile(path.parent, path.name)),
    root_file_kind("clusters", CLUSTERS_FILE_NAME, lambda path: _clusters_file(path)),
    # The histories beside them: when one file merges, its history does too.
    FileKind("history", HistoryFile, lambda name: name.endswith(HISTORY_SUFFIX) and len(name) > len(HISTORY_SUFFIX),
             "**/*" + HISTORY_SUFFIX, journal=True),
]


def register(kind: FileKind) -> None:
    """Add a kind of file (before the kinds that match more names, such as the histories)."""
    if any(known.name == kind.name for known in KINDS):
        raise ValueError(f"a file kind named {kind.name!r} is registered already")
    KINDS.insert(0, kind)


def kind_of(path: str | PurePosixPath, *, in_corpus: bool = False) -> FileKind | None:
    """The kind of the file at `path`, told by its name; None for any other file. With
    `in_corpus`, `path` is relative to the corpus folder, and a kind living only in the
    corpus folder is not found in a folder below it."""
    path = PurePosixPath(path)
    for kind in KINDS:
        if kind.matches(path.name) and not (in_corpus and kind.at_root and len(path.parts) > 1):
            return kind
    return None


def backed_up_kind(path: str | PurePosixPath) -> FileKind | None:
    """The kind of the file whose backup (`NAME.bak`, see formats.py) is at `path`."""
    name = PurePosixPath(path).name
    if not name.endswith(BACKUP_SUFFIX):
        return None
    kind = kind_of(name[:-len(BACKUP_SUFFIX)])
    return None if kind is None or kind.journal else kind
