"""Child process: start the app (or a bare QMainWindow) and print the time of its first paint.

Usage: startup.py app|bare|widgets|least. With BENCH_UI_LANGUAGE set, the app starts
with `--ui-language` that language. Prints "painted <time.monotonic()>" once the
first paint pass of the main window is over; the parent subtracts the moment it
spawned this process (CLOCK_MONOTONIC is shared by all processes). With
BENCH_PROFILE set, writes a pyinstrument profile of the start to that file.

The probe watches only the main window's native window (its QWindow), for the
expose event that makes Qt paint every widget of the window at once. An
event filter on the whole application would be called from Python for every
event of every object during the start, and would make PySide6 create the
Python types (and their enums) of each internal widget it sees: about 35 ms
that a user's start does not pay.

"widgets" is a reference, not the floor: a window built from the same kinds of
Qt widgets as Marginalia's (a filter field over a three-column tree, a plain
text view with an article, a list, a toolbar with standard icons, a menu and a
status bar), with no Marginalia code. What it costs over the bare window is
Qt's and PySide6's (notably the Python enum classes PySide6 creates the first
time Python touches Qt, QStyle and the item views); what the app costs over it
is Marginalia's own.

"least" is the least a window can be and still show what the library, the
reader and the notes show: the seeds in a three-column tree, the first article
in a plain text view and a two-row list, side by side. No toolbar, menu, icon or
status bar, and no Python code touches the `Qt` namespace or `QStyle`, whose
enum classes are the largest (the item views' are made with their classes).
What it costs over the bare window is what any such window costs before it does
anything of its own.
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
    """Reports once the first paint pass of a main window is over, then quits.

    Installed on the window's QWindow just before it is shown: Qt paints all of
    the window's widgets while it delivers the first expose event (checked for
    the offscreen and xcb platforms), so a zero timer started then runs once
    that pass is over.
    """

    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self._app = app
        self._seen = False

    def watch(self, window: QMainWindow) -> None:
        window.winId()  # creates the native window now rather than inside show()
        window.windowHandle().installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._seen and event.type() == QEvent.Type.Expose:
            self._seen = True
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"painted {time.monotonic()!r}", flush=True)
        if _profiler is not None:
            _profiler.stop()
            with open(os.environ["BENCH_PROFILE"], "w", encoding="utf-8") as handle:
                handle.write(_profiler.output_text(unicode=True, color=False))
        self._app.exit(0)


def _watch_shown_main_windows(watcher: FirstPaint) -> None:
    """Makes QMainWindow.show() (as the app calls it) hand the window to `watcher` first."""
    show = QMainWindow.show

    def watched_show(window: QMainWindow) -> None:
        watcher.watch(window)
        show(window)

    QMainWindow.show = watched_show


def main(mode: str) -> int:
    # run_app takes over this QApplication (it uses QApplication.instance()).
    app = QApplication(sys.argv[:1])
    _watch_shown_main_windows(FirstPaint(app))
    if mode == "bare":
        window = QMainWindow()
        window.show()
        return app.exec()
    if mode in ("widgets", "least"):
        window = _same_widgets_window() if mode == "widgets" else _least_window()
        window.show()
        return app.exec()
    from marginalia.__main__ import main as marginalia_main

    language = os.environ.get("BENCH_UI_LANGUAGE")
    return marginalia_main(["--ui-language", language] if language else [])


def _three_panes(window: QMainWindow):
    """The seeds in a tree, the first of them in a text view, and a list of two notes."""
    from pathlib import Path

    from PySide6.QtCore import QStringListModel
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QListView, QPlainTextEdit, QTreeView

    seeds = Path(__file__).resolve().parents[3] / "seeds"
    rows = sorted(seeds.glob("*.txt"))
    model = QStandardItemModel(len(rows), 3, window)
    for row, path in enumerate(rows):
        for col, text in enumerate((path.stem, path.name[:2], "0")):
            model.setItem(row, col, QStandardItem(text))
    tree = QTreeView()
    tree.setModel(model)
    reader = QPlainTextEdit()
    reader.setReadOnly(True)
    reader.setPlainText(rows[0].read_text(encoding="utf-8"))
    notes = QListView()
    notes.setModel(QStringListModel(["a claim", "another claim"], window))
    return tree, reader, notes


def _least_window() -> QMainWindow:
    from PySide6.QtWidgets import QSplitter

    window = QMainWindow()
    window.resize(1440, 900)
    splitter = QSplitter()  # horizontal unless told
    for pane in _three_panes(window):
        splitter.addWidget(pane)
    window.setCentralWidget(splitter)
    return window


def _same_widgets_window() -> QMainWindow:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QLineEdit, QSplitter, QStyle, QToolBar, QVBoxLayout, QWidget

    window = QMainWindow()
    window.resize(1440, 900)
    splitter = QSplitter(Qt.Orientation.Horizontal)
    library = QWidget()
    column = QVBoxLayout(library)
    column.addWidget(QLineEdit())
    tree, reader, notes = _three_panes(window)
    column.addWidget(tree)
    for pane in (library, reader, notes):
        splitter.addWidget(pane)
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
