"""The benchmark suite runs end to end in quick mode. Its timings are not asserted: CI machines vary."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

RUN = Path(__file__).resolve().parent / "run.py"
KEYS = ("startup_ratio", "open_1mb_10k_ms", "add_claim_10k_ms", "save_10k_ratio", "reanchor_10k_ms",
        "library_5k_ms", "search_5k_ms", "rss_1mb_10k_mb")


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
