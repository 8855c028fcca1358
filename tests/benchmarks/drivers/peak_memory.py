"""Child process: peak memory with the long article open in the window, or with a bare window.

Usage: peak_memory.py bare | peak_memory.py app FOLDER ARTICLE. Prints one
JSON object: the peak RSS (MB) and, for the app, the RSS after each step, so
a large difference can be traced to a step.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the benchmark helpers

from PySide6.QtWidgets import QApplication, QMainWindow  # noqa: E402

from paint_wait import PaintWatch, current_rss_mb, peak_rss_mb, settle  # noqa: E402

WINDOW_SIZE = (1440, 900)


def bare() -> dict:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.resize(*WINDOW_SIZE)
    watch = PaintWatch(window)
    window.show()
    watch.wait()
    settle(0.3)
    del app
    return {"peak_mb": peak_rss_mb()}


def app(folder: Path, article: Path) -> dict:
    steps = {}
    application = QApplication(sys.argv[:1])
    from marginalia.ui.main_window import MainWindow
    from marginalia.ui.settings import Settings

    steps["imported"] = current_rss_mb()
    window = MainWindow(Settings())
    window.resize(*WINDOW_SIZE)
    steps["window_built"] = current_rss_mb()
    window.open_corpus(folder, article)
    steps["article_opened"] = current_rss_mb()
    watch = PaintWatch(window.reader.viewport(), window.notes.viewport())
    window.show()
    watch.wait()
    steps["painted"] = current_rss_mb()
    settle(0.5)  # the notes list lays its cards out in batches after the first paint
    steps["settled"] = current_rss_mb()
    claims = len(window.session.current)
    del application
    return {"peak_mb": peak_rss_mb(), "rss_after_step_mb": steps, "claims": claims}


if __name__ == "__main__":
    if sys.argv[1] == "bare":
        report = bare()
    else:
        report = app(Path(sys.argv[2]), Path(sys.argv[3]))
    print(json.dumps(report), flush=True)
