"""Reading a file only when it is a regular file of a sane size: never a FIFO, a device or a folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from marginalia.core.error_codes import ErrorCode
from marginalia.core.errors import FileTooLargeError, InputError, NotRegularFileError, os_facts

# A FIFO opened for reading blocks until a writer comes, which may be never; with
# O_NONBLOCK the open returns at once and fstat tells what the file is before a byte
# is read. Regular files ignore the flag. (Windows has no FIFOs in the file system.)
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


def read_regular_file(path: Path, limit: int) -> bytes | None:
    """The bytes of the regular file at `path` (following links), None if there is no
    file there. Raises NotRegularFileError for anything else, FileTooLargeError beyond
    `limit` bytes (checked before reading and again while reading, as a file may grow),
    and InputError with the system's reason when it cannot be read."""
    path = Path(path)
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise InputError(path, "", ErrorCode.CANNOT_READ, **os_facts(exc)) from exc
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError(path, "", ErrorCode.NOT_A_REGULAR_FILE, kind=_kind(info.st_mode))
        if info.st_size > limit:
            raise FileTooLargeError(path, "", ErrorCode.FILE_TOO_LARGE, size=info.st_size, limit=limit)
        with os.fdopen(fd, "rb", closefd=True) as handle:
            fd = -1
            data = handle.read(limit + 1)
    except OSError as exc:
        raise InputError(path, "", ErrorCode.CANNOT_READ, **os_facts(exc)) from exc
    finally:
        if fd >= 0:
            os.close(fd)
    if len(data) > limit:
        raise FileTooLargeError(path, "", ErrorCode.FILE_TOO_LARGE, limit=limit)
    return data


def is_regular_file(path: Path) -> bool:
    """Whether `path` is (or links to) a regular file; False for FIFOs and devices."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def _kind(mode: int) -> str:
    """What is there instead of a file, as a token the wording modules know."""
    if stat.S_ISFIFO(mode):
        return "fifo"
    if stat.S_ISDIR(mode):
        return "folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "device"
    if stat.S_ISSOCK(mode):
        return "socket"
    return "other"
