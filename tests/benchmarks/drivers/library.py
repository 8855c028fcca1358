"""Child process: show a large library in a LibraryPanel, first (cold process) then again.

Usage: library.py FOLDER RUNS. Prints one JSON object with the first open and
each second open, split into the corpus scan and the panel, plus the floor:
reading every file's bytes. A fresh process makes the first open honest about
what a first open after launch pays (the language model, cold caches).
"""

from __future__ import annotations

import gc
import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the benchmark helpers

from PySide6.QtWidgets import QApplication  # noqa: E402

from marginalia.core.corpus import Corpus  # noqa: E402
from marginalia.ui.library_panel import LibraryPanel  # noqa: E402
from paint_wait import PaintWatch, settle  # noqa: E402


def show_library(panel: LibraryPanel, watch: PaintWatch, folder: Path) -> dict:
    watch.arm()
    start = time.perf_counter()
    from marginalia import paths  # the window opens a corpus with the user's cache folder

    corpus = Corpus(folder, cache_dir=paths.user_cache_dir())
    entries = corpus.entries()
    scanned = time.perf_counter()
    panel.set_entries(entries, corpus.codebook)
    watch.wait()
    end = time.perf_counter()
    return {"total_ms": (end - start) * 1000, "scan_ms": (scanned - start) * 1000,
            "panel_ms": (end - scanned) * 1000, "rows": panel.proxy.rowCount()}


def read_everything(folder: Path) -> float:
    start = time.perf_counter()
    for entry in os.scandir(folder):
        with open(entry.path, "rb") as handle:
            handle.read()
    return (time.perf_counter() - start) * 1000


def profiled(action):
    """Run `action` under pyinstrument when BENCH_PROFILE names an output file."""
    target = os.environ.get("BENCH_PROFILE")
    if not target:
        return action()
    from pyinstrument import Profiler

    with Profiler() as profiler:
        result = action()
    Path(target).write_text(profiler.output_text(unicode=True, color=False), encoding="utf-8")
    return result


def main(folder: Path, runs: int) -> dict:
    app = QApplication(sys.argv[:1])
    panel = LibraryPanel()
    panel.resize(420, 900)
    panel.show()
    settle(0.2)
    watch = PaintWatch(panel.view.viewport())
    first = show_library(panel, watch, folder)
    seconds, floors = [], []
    for _ in range(runs):
        settle(0.1)
        gc.collect()
        seconds.append(show_library(panel, watch, folder))
        gc.collect()
        floors.append(read_everything(folder))
    if os.environ.get("BENCH_PROFILE"):  # one more second open, kept out of the figures
        settle(0.1)
        profiled(lambda: show_library(panel, watch, folder))
    del app
    return {"first": first, "second": seconds, "floor_ms": floors}


if __name__ == "__main__":
    print(json.dumps(main(Path(sys.argv[1]), int(sys.argv[2]))), flush=True)
