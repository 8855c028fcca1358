"""A sync folder's conflict copies of a corpus's files: found, merged into their file, moved aside.

When two devices changed a sidecar, the codebook or another file of the corpus
before syncing, Syncthing, Nextcloud or Dropbox keeps one version under the file's
name and the other as a conflict copy beside it (conflict_names.py). Each copy is
merged into the file by the file's owner, the way two writers' saves merge, and
then moved into `.marginalia/merged-conflicts/` (never deleted): a hidden folder,
so no copy is ever listed as an article or a sidecar.

There is no common version to merge against: the one each device started from is
gone. A record version the file's history holds left the file for a newer one, so
where one side has such a version and the other another, the other is the newer:
those versions serve as the base. Every other difference is a conflict, decided
by the later `modified` (then by content), the other version kept in the history.
A copy that cannot be read, or whose file cannot be, is reported and left as it is.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any

import orjson

from marginalia.core.error_codes import ErrorCode
from marginalia.core.article import ARTICLE_SUFFIXES
from marginalia.core.errors import InputError, MarginaliaError, WriteError
from marginalia.core.listing import inside, visible_files
from marginalia.core.storage.history import HistoryEntry, read_history
from marginalia.core.storage.owned_file import OwnedFile
from marginalia.core.teamwork.conflict_names import ConflictName, conflict_name

if TYPE_CHECKING:  # the kinds bring every file's owner (clusters too): loaded when a copy is found
    from marginalia.core.storage.file_kinds import FileKind

MOVED_ASIDE = PurePosixPath(".marginalia") / "merged-conflicts"

OwnerFor = Callable[["FileKind", Path], OwnedFile]


@dataclass(frozen=True, slots=True)
class ConflictCopy:
    """A conflict copy: `original` is the file it is a copy of, `client` who made it;
    `kind` None for a file Marginalia does not merge (an article's copy)."""

    path: Path
    original: Path
    client: str
    kind: FileKind | None


@dataclass(frozen=True, slots=True)
class MergedCopy:
    copy: ConflictCopy
    moved_to: Path
    conflicts: int = 0  # records changed on both sides: the later kept, the other in the history
    changed: bool = False  # whether the file took something from the copy


@dataclass(frozen=True, slots=True)
class LeftCopy:
    """A copy left where it is, and why (`error` when a file could not be read or written)."""

    copy: ConflictCopy
    error: MarginaliaError | None = None


@dataclass(slots=True)
class CopiesReport:
    merged: list[MergedCopy] = field(default_factory=list)
    left: list[LeftCopy] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.merged or self.left)


def find_conflict_copies(root: Path, folders: Iterable[Path] | None = None) -> list[ConflictCopy]:
    """The conflict copies of the corpus's files and articles under `root` (hidden
    folders aside), or only in `folders` (not below them), in name order."""
    root = Path(root)
    found: list[ConflictCopy] = []
    for folder, deep in ([(Path(f), False) for f in folders] if folders is not None else [(root, True)]):
        for _prefix, child in visible_files(str(folder), deep=deep):
            named = conflict_name(child.name)  # before making a Path: most names are no copies
            copy = _copy_of(root, Path(child.path), named) if named is not None else None
            if copy is not None:
                found.append(copy)
    return sorted(found, key=lambda c: str(c.path))


def _copy_of(root: Path, path: Path, named: ConflictName) -> ConflictCopy | None:
    if path.is_symlink() and not inside(Path(os.path.realpath(root)), path):
        return None  # a link out of the corpus is never read (as the listing refuses it)
    original = path.with_name(named.original)
    try:
        relative = PurePosixPath(original.relative_to(root).as_posix())
    except ValueError:
        return None
    from marginalia.core.storage.file_kinds import kind_of

    kind = kind_of(relative, in_corpus=True)
    if kind is None and not named.original.lower().endswith(ARTICLE_SUFFIXES):
        return None
    return ConflictCopy(path, original, named.client, kind)


def merge_conflict_copies(root: Path, folders: Iterable[Path] | None = None,
                          owner_for: OwnerFor | None = None) -> CopiesReport:
    """Merge every conflict copy under `root` (or in `folders`) into its file and move it
    aside; `owner_for(kind, path)` gives the owner to write each file with (the one
    already holding it, for a file the caller has open). What was merged, and what
    was left and why."""
    owner_for = owner_for or (lambda kind, path: kind.owner(path))
    report = CopiesReport()
    for copy in find_conflict_copies(root, folders):
        if copy.kind is None:
            report.left.append(LeftCopy(copy))
            continue
        try:
            merged = merge_copy(copy, owner_for(copy.kind, copy.original))
        except MarginaliaError as exc:
            report.left.append(LeftCopy(copy, exc))
            continue
        if merged is None:
            continue  # gone meanwhile: another program merged it
        try:
            moved = move_aside(copy.path, Path(root))
        except WriteError as exc:
            report.left.append(LeftCopy(copy, exc))
            continue
        if moved is not None:  # else another program merged it and moved it meanwhile
            report.merged.append(MergedCopy(copy, moved, *merged))
    return report


def merge_copy(copy: ConflictCopy, owner: OwnedFile) -> tuple[int, bool] | None:
    """Merge `copy` into its file through `owner`; (conflicts, whether the file changed),
    None if the copy is gone. Raises InputError when the copy or the file cannot be
    read, WriteError when the file cannot be written; the file is then as it was."""
    theirs = copy.kind.owner(copy.path).read(tidy=False)
    if theirs is None:
        return None
    ours = owner.read()
    if ours is None:
        return 0, owner.write(theirs).wrote
    base = None if copy.kind.journal else assumed_base(owner, ours, theirs, _history(copy.original))
    merged, conflicts = owner.merge(base, ours, theirs)
    return len(conflicts), owner.write(merged, settled=conflicts).wrote


def assumed_base(owner: OwnedFile, ours: Any, theirs: Any, history: list[HistoryEntry]) -> Any:
    """A base for merging `ours` and `theirs` of `owner`'s file without a common version:
    of each record the two sides hold differently, the version the history says left
    the file, when exactly one side has such a version (the other side's is newer)."""
    known = {_canonical(e.record) for e in history if e.kind == owner.kind_name}
    if not known:
        return None
    mine, yours = owner.records(ours), owner.records(theirs)
    base = []
    for key in sorted(mine.keys() | yours.keys()):
        versions = [v for v in (mine.get(key), yours.get(key)) if v is not None]
        departed = [v for v in versions if _canonical(owner.record_json(v)) in known]
        if len(departed) == 1 and (len(versions) == 1 or versions[0] != versions[1]):
            base.append(departed[0])
    if not base:
        return None
    try:
        return owner.value_of(tuple(base))
    except NotImplementedError:  # an owner that cannot build a value from records: merged two-way
        return None


def move_aside(copy: Path, root: Path) -> Path | None:
    """Move `copy` into the corpus's merged-conflicts folder, at its place relative to
    `root`, under a name of its own (never over another file); None if the copy is gone.
    Raises WriteError."""
    relative = Path(copy).relative_to(root)
    target = Path(root) / MOVED_ASIDE / relative
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        n = 2
        while target.exists() or target.is_symlink():
            target = target.with_name(f"{relative.name}.{n}")
            n += 1
        os.rename(copy, target)
    except FileNotFoundError:
        if not Path(copy).exists() and not Path(copy).is_symlink():
            return None
        raise WriteError(Path(copy), ErrorCode.CANNOT_MOVE_ASIDE) from None
    except OSError as exc:
        raise WriteError.from_os(Path(copy), exc, ErrorCode.CANNOT_MOVE_ASIDE) from exc
    return target


def _history(path: Path) -> list[HistoryEntry]:
    try:
        return read_history(path)
    except InputError:
        return []  # merged as if there were none: every difference is then a conflict, none lost


def _canonical(value: Any) -> bytes:
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS)
