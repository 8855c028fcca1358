"""Child process: start the app (or a bare QMainWindow) and print the time of its first paint.

Usage: startup.py app|bare|widgets. Prints "painted <time.monotonic()>" once the
first paint pass of the main window is over; the parent subtracts the moment it
spawned this process (CLOCK_MONOTONIC is shared by all processes). With
BENCH_PROFILE set, writes a pyinstrument profile of the start to that file.

"widgets" is a reference, not the floor: a window built from the same kinds of
Qt widgets as Marginalia's (a filter field over a three-column tree, a plain
text view with an article, a list, a toolbar with standard icons, a menu and a
status bar), with no Marginalia code. What it costs over the bare window is
Qt's and PySide6's (notably the Python enum classes PySide6 creates the first
time Python touches Qt, QStyle and the item views); what the app costs over it
is Marginalia's own.
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
    if mode == "widgets":
        window = _same_widgets_window()
        window.show()
        return app.exec()
    from marginalia.__main__ import main as marginalia_main

    return marginalia_main([])


def _same_widgets_window() -> QMainWindow:
    from pathlib import Path

    from PySide6.QtCore import QStringListModel, Qt
    from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import (
        QLineEdit, QListView, QPlainTextEdit, QSplitter, QStyle, QToolBar, QTreeView, QVBoxLayout, QWidget,
    )

    seeds = Path(__file__).resolve().parents[3] / "seeds"
    window = QMainWindow()
    window.resize(1440, 900)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    library = QWidget()
    column = QVBoxLayout(library)
    column.addWidget(QLineEdit())
    rows = sorted(seeds.glob("*.txt"))
    model = QStandardItemModel(len(rows), 3, window)
    for row, path in enumerate(rows):
        for col, text in enumerate((path.stem, path.name[:2], "0")):
            model.setItem(row, col, QStandardItem(text))
    tree = QTreeView()
    tree.setModel(model)
    column.addWidget(tree)
    splitter.addWidget(library)
    reader = QPlainTextEdit()
    reader.setReadOnly(True)
    reader.setPlainText(rows[0].read_text(encoding="utf-8"))
    splitter.addWidget(reader)
    notes = QListView()
    notes.setModel(QStringListModel(["a claim", "another claim"], window))
    splitter.addWidget(notes)
    window.setCentralWidget(splitter)
    toolbar = QToolBar(window)
    window.addToolBar(toolbar)
    for name, pixmap in (("Open Folder", QStyle.StandardPixmap.SP_DirOpenIcon),
                         ("Highlight Claim", QStyle.StandardPixmap.SP_DialogApplyButton),
                         ("Delete Claim", QStyle.StandardPixmap.SP_TrashIcon)):
        action = QAction(window.style().standardIcon(pixmap), name, window)
        toolbar.addAction(action)
    for title in ("&File", "&Edit", "&View", "&Help"):
        window.menuBar().addMenu(title)
    window.statusBar().showMessage("All changes saved")
    return window


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
