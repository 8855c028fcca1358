"""Waiting until Qt has painted given widgets: the end mark of every UI timing here."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QEventLoop, QObject
from PySide6.QtWidgets import QApplication


class PaintWatch(QObject):
    """Notes which of the watched widgets have received a paint event since `arm()`.

    The filter sees the event before the widget paints; `wait()` returns only
    after processEvents() has come back, so the paint itself is inside the time.
    """

    def __init__(self, *widgets) -> None:
        super().__init__()
        self._widgets = widgets
        self._painted: set[int] = set()
        for widget in widgets:
            widget.installEventFilter(self)

    def arm(self) -> None:
        self._painted.clear()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._painted.add(id(watched))
        return False

    def all_painted(self) -> bool:
        return all(id(w) in self._painted for w in self._widgets)

    def wait(self, timeout: float = 30.0) -> None:
        """Process events until every watched widget has painted; TimeoutError if not."""
        app = QApplication.instance()
        deadline = time.perf_counter() + timeout
        while not self.all_painted():
            if time.perf_counter() > deadline:
                missing = [f"{type(w.parent() or w).__name__}.{w.objectName() or type(w).__name__}"
                           for w in self._widgets if id(w) not in self._painted]
                raise TimeoutError(f"not painted within {timeout:.0f} s: {', '.join(missing)}")
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)

    def close(self) -> None:
        for widget in self._widgets:
            widget.removeEventFilter(self)


def settle(seconds: float) -> None:
    """Let timers, deferred layouts and repaints run, as an idle event loop would."""
    app = QApplication.instance()
    deadline = time.perf_counter() + seconds
    while time.perf_counter() < deadline:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)


def wait_until(condition, timeout: float = 60.0) -> None:
    """Process events until `condition()` holds; TimeoutError if it does not in time."""
    app = QApplication.instance()
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise TimeoutError(f"{getattr(condition, '__name__', 'condition')} not met within {timeout:.0f} s")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)


def wait_idle(quiet_ms: float = 1.0, streak: int = 3, timeout: float = 60.0) -> float:
    """Process events until `streak` passes in a row each take under `quiet_ms`; the ms that took.

    Work split over many passes (the notes measuring cards while idle) keeps the
    UI thread busy after the first paint; this measures it, and gives the next
    timing a quiet start. Timers due later are not waited for.
    """
    app = QApplication.instance()
    start = time.perf_counter()
    quiet = 0
    while quiet < streak:
        before = time.perf_counter()
        if before - start > timeout:
            raise TimeoutError(f"the event loop was still busy after {timeout:.0f} s")
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents)
        quiet = quiet + 1 if (time.perf_counter() - before) * 1000 < quiet_ms else 0
    return (time.perf_counter() - start) * 1000


def _proc_status_mb(field: str) -> float | None:
    """A memory field of /proc/self/status (kB there) in MB; None without /proc."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return None


def peak_rss_mb() -> float:
    """This process's peak resident set so far, in MB (VmHWM; ru_maxrss where /proc is missing)."""
    peak = _proc_status_mb("VmHWM")
    if peak is not None:
        return peak
    import resource
    import sys

    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # bytes on macOS, kB elsewhere
    return maxrss / 2**20 if sys.platform == "darwin" else maxrss / 1024


def current_rss_mb() -> float:
    current = _proc_status_mb("VmRSS")
    return float("nan") if current is None else current
