"""Crash-safe file replacement: a reader sees the whole old or the whole new file."""

from __future__ import annotations

import os
import re
import shutil
import tempfile
from pathlib import Path

from marginalia.core.errors import WriteError
from marginalia.core.storage.formats import TEMPORARY_SUFFIX, backup_path


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
    staging = path.with_name(f".{path.name}.{os.getpid()}b{TEMPORARY_SUFFIX}")
    try:
        staging.unlink(missing_ok=True)
        try:
            os.link(path, staging)  # instant, and the current file stays in place
        except OSError:
            shutil.copy2(path, staging)  # filesystems without hard links
        os.replace(staging, backup_path(path))
    finally:
        staging.unlink(missing_ok=True)


def atomic_write(path: Path, data: bytes, *, backup: bool = False) -> None:
    """Replace `path` with `data` durably: temp file in the same folder, fsync, rename,
    fsync of the folder. With `backup`, the previous version is kept as `path.bak`.
    Raises WriteError naming `path` (never the temporary file) when anything fails;
    the file is then as it was."""
    path = Path(path)
    directory = path.parent
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=TEMPORARY_SUFFIX, dir=directory)
    except OSError as exc:
        raise _write_error(path, exc) from exc
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
        _fsync_directory(directory)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise _write_error(path, exc) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_new_file(folder: Path, name: str, data: bytes) -> str:
    """Write `data` durably as a new file of `folder` named `name`, else "STEM (2).EXT",
    "STEM (3).EXT"… and return the name used. Never over another file, even one another
    program makes meanwhile: the whole file is linked in under a name only if that name
    is free, an atomic test-and-set, where checking first and then writing could replace
    what a second writer put there in between. Raises WriteError naming the file."""
    folder = Path(folder)
    stem, suffix = Path(name).stem, Path(name).suffix
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{name}.", suffix=TEMPORARY_SUFFIX, dir=folder)
    except OSError as exc:
        raise _write_error(folder / name, exc) from exc
    tmp, candidate, n = Path(tmp_name), name, 2
    try:
        os.chmod(tmp, 0o644)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        while True:
            try:
                os.link(tmp, folder / candidate)
                break
            except FileExistsError:
                candidate, n = f"{stem} ({n}){suffix}", n + 1
        _fsync_directory(folder)
    except OSError as exc:
        raise _write_error(folder / candidate, exc) from exc
    finally:
        tmp.unlink(missing_ok=True)
    return candidate


def _write_error(path: Path, exc: OSError) -> WriteError:
    return WriteError.from_os(path, exc)


# A write's temporary file: ".NAME.XXXXXXXX.tmp" (the random part has no dots).
_TEMPORARY = re.compile(rf"\.(.+)\.[A-Za-z0-9_]+{re.escape(TEMPORARY_SUFFIX)}")

class TemporaryListing:
    """The temporary files of unfinished writes, by target, from each folder's listing
    kept while the folder's mtime stays the same: opening each of thousands of articles
    must not list their folder each time, and a folder's mtime changes whenever a file
    is added to it or taken out. One is built where the app is wired."""

    def __init__(self) -> None:
        # folder → (its mtime when listed, target name → temporary files)
        self._listed: dict[str, tuple[int, dict[str, list[str]]]] = {}

    def of(self, path: Path) -> list[Path]:
        """The temporary files of unfinished writes of `path` (atomic_write's and its
        backup staging), found by the exact shape of their names."""
        path = Path(path)
        folder = str(path.parent)
        try:
            mtime = os.stat(folder).st_mtime_ns
            known = self._listed.get(folder)
            if known is None or known[0] != mtime:
                found: dict[str, list[str]] = {}
                with os.scandir(folder) as listing:
                    for entry in listing:
                        match = _TEMPORARY.fullmatch(entry.name)
                        if match:
                            found.setdefault(match.group(1), []).append(entry.name)
                known = self._listed[folder] = (mtime, found)
        except OSError:
            return []
        return [path.parent / name for name in known[1].get(path.name, ())]


def temporaries_of(path: Path, listing: TemporaryListing | None = None) -> list[Path]:
    """The temporary files of unfinished writes of `path` (by `listing`, or the one the
    app was wired with)."""
    if listing is None:
        from marginalia.core.services import services

        listing = services().temporaries
    return listing.of(path)
