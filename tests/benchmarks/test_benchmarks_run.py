"""The benchmark suite runs end to end in quick mode. Its timings are not asserted: CI machines vary."""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

RUN = Path(__file__).resolve().parent / "run.py"
KEYS = ("startup_ratio", "startup_vs_widgets", "open_1mb_10k_ms", "add_claim_10k_ms", "save_10k_ratio", "save_ui_block_10k_ms",
        "reanchor_10k_ms", "library_5k_ms", "search_5k_ms", "rss_1mb_10k_mb", "agreement_10k_ms", "suggest_1k_ms",
        "compare_5k_ms", "adjudicate_10k_ms")


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


def test_benchmarks_quick_run_writes_every_key(tmp_path):
    """`run.py --quick --json PATH` exits 0 and writes a number for each key, with its min and max."""
    target = tmp_path / "bench.json"
    done = subprocess.run([sys.executable, str(RUN), "--quick", "--json", str(target)],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-4000:]
    figures = json.loads(target.read_text(encoding="utf-8"))
    for key in KEYS:
        assert _is_number(figures[key]), key
        assert _is_number(figures[f"{key}_min"]) and _is_number(figures[f"{key}_max"]), key
    for key in KEYS:
        assert key in done.stdout  # the table names every key it measured
    references = figures["details"]["startup_ratio"]
    assert _is_number(references["least_window"]["median"]) and _is_number(references["least_window_over_bare"])
    assert "the least window showing a library" in done.stdout
    assert figures["details"]["startup_vs_widgets"]["ui_language"] == "vi"


def test_the_least_window_shows_the_three_panes_without_the_big_enum_classes():
    """The start-up reference that shows a library, an article and notes leaves the
    Python classes of Qt's namespace and QStyle (and so their enums) uncreated, as
    its figure claims."""
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
        "import startup; window = startup._least_window(); window.show(); app.processEvents();"
        "import PySide6.QtCore as C, PySide6.QtWidgets as W;"
        "from PySide6.QtWidgets import QListView, QPlainTextEdit, QTreeView;"
        "split = window.centralWidget(); panes = [type(split.widget(i)).__name__ for i in range(split.count())];"
        "print(panes, window.findChild(QTreeView).model().rowCount(), len(window.findChild(QPlainTextEdit).toPlainText()) > 500);"
        "print(sorted(n for n in ('Qt', 'QStyle') if n in vars(C) or n in vars(W)))"
    )
    done = subprocess.run([sys.executable, "-c", probe, str(RUN.parent / "drivers")],
                          capture_output=True, text=True, timeout=120, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 0, done.stderr[-4000:]
    panes, made = done.stdout.strip().splitlines()
    assert panes == "['QTreeView', 'QPlainTextEdit', 'QListView'] 5 True"
    assert made == "[]"
