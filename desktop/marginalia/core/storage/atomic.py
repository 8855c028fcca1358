"""Crash-safe file replacement: a reader sees the whole old or the whole new file."""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from pathlib import Path

BACKUP_SUFFIX = ".bak"
# A temporary file this old is left over from a write that was killed (a write
# takes milliseconds); the file it was meant to replace, and its backup, are whole.
STALE_TEMPORARY_SECONDS = 600


def _fsync_directory(directory: Path) -> None:
    # Makes the rename itself durable. Windows has no directory handles to sync;
    # NTFS journals the rename, which is the best available there.
    if os.name != "posix":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _keep_backup(path: Path) -> None:
    """Make `path.bak` a copy of the current file without ever removing `path`."""
    backup = path.with_name(path.name + BACKUP_SUFFIX)
    staging = path.with_name(f".{path.name}.{os.getpid()}.bak.tmp")
    try:
        staging.unlink(missing_ok=True)
        try:
            os.link(path, staging)  # instant, and the current file stays in place
        except OSError:
            shutil.copy2(path, staging)  # filesystems without hard links
        os.replace(staging, backup)
    finally:
        staging.unlink(missing_ok=True)


def atomic_write(path: Path, data: bytes, *, backup: bool = False) -> None:
    """Replace `path` with `data` durably: temp file in the same folder, fsync, rename,
    fsync of the folder. With `backup`, the previous version is kept as `path.bak`."""
    path = Path(path)
    directory = path.parent
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=directory)
    tmp = Path(tmp_name)
    try:
        # mkstemp creates owner-only files; a sidecar should keep the permissions
        # the user gave the file it replaces (or the usual ones for a new file).
        os.chmod(tmp, path.stat().st_mode & 0o7777 if path.exists() else 0o644)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if backup and path.exists():
            _keep_backup(path)
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    _fsync_directory(directory)
    _remove_stale_temporaries(path)


_swept: set[Path] = set()


def _remove_stale_temporaries(path: Path) -> None:
    """Delete the temporary files of earlier writes of `path` that never finished.
    Once per file and process: listing a folder of thousands of articles at every
    autosave would cost more than the save."""
    if path in _swept:
        return
    _swept.add(path)
    cutoff = time.time() - STALE_TEMPORARY_SECONDS
    for leftover in path.parent.glob(f".{_glob_escape(path.name)}.*.tmp"):
        try:
            if leftover.stat().st_mtime < cutoff:
                leftover.unlink()
        except OSError:
            pass  # gone already, or not ours to remove: harmless either way


def _glob_escape(name: str) -> str:
    return "".join(f"[{c}]" if c in "*?[" else c for c in name)
