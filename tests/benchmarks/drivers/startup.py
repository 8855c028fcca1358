"""Child process: start the app (or a bare QMainWindow) and print the time of its first paint.

Usage: startup.py app|bare. Prints "painted <time.monotonic()>" once the first
paint pass of the main window is over; the parent subtracts the moment it
spawned this process (CLOCK_MONOTONIC is shared by all processes). With
BENCH_PROFILE set, writes a pyinstrument profile of the start to that file.
"""

from __future__ import annotations

import os
import sys
import time

if os.environ.get("BENCH_PROFILE"):  # started before any import, so imports are in the profile
    from pyinstrument import Profiler

    _profiler = Profiler(interval=0.0005)
    _profiler.start()
else:
    _profiler = None

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402


class FirstPaint(QObject):
    """Reports after the first paint pass of any widget in a main window, then quits."""

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Paint and isinstance(watched.window(), QMainWindow):
            self._seen = True
            # The whole window is painted in one pass started by this event; a
            # zero timer runs once that pass (children included) is done.
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"painted {time.monotonic()!r}", flush=True)
        if _profiler is not None:
            _profiler.stop()
            with open(os.environ["BENCH_PROFILE"], "w", encoding="utf-8") as handle:
                handle.write(_profiler.output_text(unicode=True, color=False))
        self._app.removeEventFilter(self)
        self._app.exit(0)


def main(mode: str) -> int:
    # run_app takes over this QApplication (it uses QApplication.instance()).
    app = QApplication(sys.argv[:1])
    watcher = FirstPaint(app)
    app.installEventFilter(watcher)
    if mode == "bare":
        window = QMainWindow()
        window.show()
        return app.exec()
    from marginalia.__main__ import main as marginalia_main

    return marginalia_main([])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
