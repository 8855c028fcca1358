"""Work for one background thread whose results come back to the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal


class BackgroundJobs(QObject):
    """Runs submitted jobs one at a time, in order, on a thread of its own (made at
    the first job); each job's return value is emitted as `finished` in the thread
    this object lives in. A job should catch what it can raise: an exception
    reaches only the log, and whoever waits for the result waits on."""

    finished = Signal(object)

    def __init__(self, thread_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread_name = thread_name
        self._pool: ThreadPoolExecutor | None = None

    def submit(self, job: Callable[[], object]) -> None:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self._thread_name)
        self._pool.submit(job).add_done_callback(self._deliver)

    def _deliver(self, future: Future) -> None:
        if future.cancelled():
            return
        try:  # runs in the worker thread; the signal crosses to this object's thread queued
            self.finished.emit(future.result())
        except RuntimeError:  # this object was deleted meanwhile
            pass

    def stop(self) -> None:
        """Drop the jobs not started; one running ends on its own, unreported if
        this object is gone by then."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
