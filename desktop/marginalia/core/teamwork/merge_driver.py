"""git's merge driver for Marginalia's files: three versions in, the merged one written to OURS.

git runs `marginalia merge-driver %O %A %B %P` for each file `.gitattributes` gives
to Marginalia that both sides changed: %O the common version (empty when both sides
added the file), %A ours, where the result goes, %B theirs, %P the file's path in
the work tree. The file's owner merges (by claim, topic or record id: see
core/merge.py), so the result is the same whichever side merges, byte for byte.
Versions that lose a conflict go to the journal of pending losers (see
pending_losers.py), from which they reach the file's history, dated by the version
that won them (so that those entries too are the same whichever side merges).

A version that cannot be read is no merge to make: OURS then gets git's conflict
markers around both versions, and the outcome says why, naming the file.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from marginalia.core.error_codes import ErrorCode
from marginalia.core.errors import InputError, MarginaliaError, WriteError, facts_beyond_place
from marginalia.core.files import read_regular_file
from marginalia.core.storage.file_kinds import FileKind, backed_up_kind, kind_of
from marginalia.core.storage.formats import history_path
from marginalia.core.storage.history import CONFLICT, HistoryEntry, append_history

MARKER_SIZE = 7  # git's default conflict-marker-size


@dataclass(frozen=True, slots=True)
class DriverOutcome:
    """What the driver did: `merged` (exit 0) or left conflict markers, with `problem`
    saying why; `losers` the versions kept for the history; `notes` what else to say."""

    merged: bool
    losers: tuple[HistoryEntry, ...] = ()
    problem: str = ""
    notes: tuple[str, ...] = field(default=())


class UnmergeableError(MarginaliaError):
    """One of the versions is not a file of its kind that can be read: `side` says which."""

    def __init__(self, path: str, side: str, error: InputError) -> None:
        super().__init__(ErrorCode.UNMERGEABLE, file=path, side=side, cause=error.code,
                         field=error.field or None, offset=error.offset, **facts_beyond_place(error))
        self.path, self.side, self.error = path, side, error


def merge_versions(kind: FileKind, path: Path, base: bytes | None, ours: bytes, theirs: bytes
                   ) -> tuple[bytes, list[HistoryEntry], list[str]]:
    """The merged bytes of three versions of the file at `path` (of `kind`; `base` None
    or empty: no common version), the losers' history entries, and notes (a common
    version that could not be read). Raises UnmergeableError for ours or theirs."""
    owner = kind.owner(path)
    values = {}
    for side, data in (("ours", ours), ("theirs", theirs)):
        try:
            values[side] = owner.decode(data)
        except InputError as exc:
            raise UnmergeableError(str(path), side, exc) from exc
    notes = []
    common = None
    if base:
        try:
            common = owner.decode(base)
        except InputError as exc:  # merged as if the two had no common version: nothing is lost
            notes.append(f"{path}: the common version cannot be read ({_reason(exc)}); every difference "
                         f"was taken as a conflict")
    merged, conflicts = owner.merge(common, values["ours"], values["theirs"])
    # Dated by the version that won (when it has a time): the moment the loser was
    # overtaken, and the same entry whichever side merges, whenever.
    losers = [HistoryEntry(CONFLICT, owner.kind_name, owner.record_json(c.lost), _time_of(owner.record_json(c.kept)))
              for c in conflicts if c.lost is not None]
    return owner.encode(merged), losers, notes


def run_merge_driver(base: Path, ours: Path, theirs: Path, path: str, git_dir: Path | None = None) -> DriverOutcome:
    """Merge the versions in the files `base`, `ours`, `theirs` of the work-tree file
    `path` (relative to the current folder, git's work-tree top), writing the result
    (or conflict markers) to `ours`; losers go to the journal in `git_dir` (None: run
    outside a repository, to the history beside `path`)."""
    kind, backup = kind_of(path), False
    if kind is None:
        kind, backup = backed_up_kind(path), True
    if kind is None:
        return _conflict(ours, theirs, f"{path}: not a kind of file Marginalia merges")
    try:
        versions = [read_regular_file(p, kind.owner(Path(path)).limit) for p in (base, ours, theirs)]
    except InputError as exc:
        return DriverOutcome(False, problem=f"{path}: cannot read a version to merge: {exc}")
    try:
        data, losers, notes = merge_versions(kind, Path(path), versions[0], versions[1] or b"", versions[2] or b"")
    except UnmergeableError as exc:
        return _conflict(ours, theirs, f"{path}: cannot merge: the {exc.side} version is unreadable: "
                                       f"{_reason(exc.error)}")
    if losers and not backup:  # a backup's versions are in git's history and the file's own
        kept_in, problem = _keep_losers(Path(path), Path(ours), losers, git_dir)
        if problem:
            return _conflict(ours, theirs, f"{path}: cannot keep the versions that lose conflicts ({problem}); "
                                           f"merge it by hand")
        if kept_in is not None:
            notes.append(f"{path}: the versions that lost conflicts are in {kept_in}")
    Path(ours).write_bytes(data)
    return DriverOutcome(True, tuple(losers) if not backup else (), notes=tuple(notes))


def _keep_losers(path: Path, ours: Path, losers: list[HistoryEntry], git_dir: Path | None
                 ) -> tuple[Path | None, str]:
    """Keep `losers` of the file at `path`: in git's journal while git merges (None, ""),
    else (run by hand, outside a repository) in the history beside the file, or beside
    `ours` when the file's folder is not there: (that history, ""). ("", why) when
    they cannot be kept."""
    try:
        if git_dir is not None:
            from marginalia.core.teamwork.pending_losers import keep_for_later

            keep_for_later(git_dir, Path(os.getcwd()) / path, losers)
            return None, ""
        beside = path if path.parent.is_dir() else ours
        append_history(beside, losers)
        return history_path(beside), ""
    except WriteError as exc:
        return None, str(exc)


def conflict_markers(ours: bytes, theirs: bytes, size: int = MARKER_SIZE) -> bytes:
    """Both versions whole between git's conflict markers, as git's own merge writes them."""
    def ended(data: bytes) -> bytes:
        return data if not data or data.endswith(b"\n") else data + b"\n"

    return (b"<" * size + b" ours\n" + ended(ours) + b"=" * size + b"\n" + ended(theirs)
            + b">" * size + b" theirs\n")


def _conflict(ours: Path, theirs: Path, problem: str) -> DriverOutcome:
    try:
        mine = Path(ours).read_bytes()
        yours = Path(theirs).read_bytes()
        Path(ours).write_bytes(conflict_markers(mine, yours))
    except OSError as exc:
        problem += f" (and the conflict markers could not be written: {exc.strerror or exc})"
    return DriverOutcome(False, problem=problem)


def _time_of(record) -> str:
    """A record's `modified` as its JSON has it ("" when it has none: dated when kept)."""
    stamp = record.get("modified") if isinstance(record, dict) else None
    return stamp if isinstance(stamp, str) else ""


def _reason(error: InputError) -> str:
    where = f" at {error.field}" if error.field else ""
    at_byte = f" (byte {error.offset})" if error.offset is not None else ""
    return f"{error.reason}{where}{at_byte}"
