"""BackgroundJobs: results come back to the UI thread in order, and a caller can tell when they are there."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QApplication

from marginalia.ui.background import BackgroundJobs


def test_results_ready_only_once_the_result_is_posted(qtbot):
    """A job counts as ready only once its result waits in the event loop, so one run of
    the loop then delivers it, even when the worker is slow to post it after the job."""
    jobs = BackgroundJobs("test-jobs")
    delivered = []
    jobs.finished.connect(delivered.append)
    slow_post = jobs._deliver

    def late(future):  # the job is done; its result is posted a moment later
        time.sleep(0.2)
        slow_post(future)

    jobs._deliver = late
    jobs.submit(lambda: "first")
    jobs.submit(lambda: "second")
    deadline = time.monotonic() + 10
    while not jobs.results_ready():
        assert time.monotonic() < deadline
        time.sleep(0.001)
    QApplication.processEvents()
    assert delivered == ["first", "second"] and not jobs.busy
    jobs.stop()
