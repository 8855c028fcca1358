"""Work for one background thread whose results come back to the UI thread."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal


class BackgroundJobs(QObject):
    """Runs submitted jobs one at a time, in order, on a thread of its own (made at
    the first job); each job's return value is emitted as `finished` in the thread
    this object lives in, once, in the order submitted. A job should catch what it
    can raise: an exception reaches only the log, and whoever waits for the result
    waits on. `drain` waits for every job submitted and delivers their results at
    once, for a caller that must see the work done (saving before a quit)."""

    finished = Signal(object)
    _done = Signal(object)  # a Future, crossing from the worker to this object's thread

    def __init__(self, thread_name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread_name = thread_name
        self._pool: ThreadPoolExecutor | None = None
        self._pending: list[Future] = []  # submitted, not yet delivered; touched by this thread only
        # Those whose result the worker has posted to this thread's event loop (a Future
        # is done a moment before its callbacks run, so done() alone does not say it).
        self._posted: set[Future] = set()
        self._done.connect(self._on_done)

    def submit(self, job: Callable[[], object]) -> None:
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self._thread_name)
        future = self._pool.submit(job)
        self._pending.append(future)
        future.add_done_callback(self._deliver)

    @property
    def busy(self) -> bool:
        """Whether a job submitted is not yet delivered."""
        return bool(self._pending)

    def results_ready(self) -> bool:
        """Whether every job submitted has run and its result is posted: the event loop,
        run once, delivers them all."""
        return all(f in self._posted for f in self._pending)

    def drain(self) -> None:
        """Wait for every job submitted and deliver the results not yet delivered, now."""
        while self._pending:
            future = self._pending[0]
            try:
                future.exception()  # waits
            except BaseException:  # cancelled by stop(): nothing to deliver
                pass
            self._on_done(future)

    def _deliver(self, future: Future) -> None:
        try:  # runs in the worker thread; the signal crosses to this object's thread queued
            self._done.emit(future)
        except RuntimeError:  # this object was deleted meanwhile
            pass
        self._posted.add(future)

    def _on_done(self, future: Future) -> None:
        # Results are delivered in submission order: one done early waits for those before it.
        if future not in self._pending:
            return  # delivered already (by drain)
        while self._pending and self._pending[0].done():
            first = self._pending.pop(0)
            self._posted.discard(first)
            if first.cancelled() or first.exception() is not None:
                continue
            self.finished.emit(first.result())

    def stop(self) -> None:
        """Drop the jobs not started; one running ends on its own, unreported."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        self._pending.clear()
        self._posted.clear()
