"""The advisory lock every writer of a file holds from reading it to replacing it."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from marginalia.core.error_codes import ErrorCode
from marginalia.core.errors import WriteError
from marginalia.core.storage.formats import lock_path

# A write holds the lock for milliseconds (a 10,000-claim sidecar: tens of them); a
# lock held this long belongs to a writer that hangs, and the save is reported as
# failed (and retried) rather than waiting for ever.
LOCK_TIMEOUT_SECONDS = 30.0


@contextmanager
def holding_lock(path: Path, timeout: float = LOCK_TIMEOUT_SECONDS) -> Iterator[None]:
    """Hold the lock of `path` (the hidden file `.NAME.lock` beside it) for the block.

    A lock file rather than a lock on `path` itself: a write replaces `path` with a
    new file, and a lock on the old one would guard nothing. The lock is the
    system's (flock on Unix, LockFileEx on Windows), so it goes with the process
    that holds it, killed or not. Raises WriteError naming `path` when the lock
    cannot be had (a read-only folder, or another writer holding it too long)."""
    from filelock import FileLock, Timeout  # only writers pay for it, at their first write

    lock = FileLock(lock_path(path), timeout=timeout, thread_local=False)
    try:
        lock.acquire()
    except Timeout as exc:
        raise WriteError(path, ErrorCode.LOCKED, seconds=round(timeout)) from exc
    except OSError as exc:
        raise WriteError.from_os(path, exc) from exc
    try:
        yield
    finally:
        lock.release()


@contextmanager
def lock_if_free(path: Path) -> Iterator[bool]:
    """Hold the lock of `path` for the block if no one holds it now; yields whether it
    does (False too where no lock file can be made, as in a read-only folder)."""
    from filelock import FileLock, Timeout

    lock = FileLock(lock_path(path), timeout=0, thread_local=False)
    try:
        lock.acquire(blocking=False)
    except (Timeout, OSError):
        yield False
        return
    try:
        yield True
    finally:
        lock.release()
