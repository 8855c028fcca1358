"""Measurements that need a fresh process each: startup, peak memory, and the library's first open."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from datagen import ReadingCorpus
from figures import Figure, Result

DRIVERS = Path(__file__).resolve().parent / "drivers"
TIMEOUT_S = 600


def child_env(home: Path, **extra: str) -> dict[str, str]:
    home.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, MARGINALIA_HOME=str(home), **extra)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def _run_json(args: list[str], env: dict[str, str]) -> dict:
    """Run a driver to completion and parse the JSON it prints last."""
    done = subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True, timeout=TIMEOUT_S)
    if done.returncode != 0:
        raise RuntimeError(f"{args[0]} failed ({done.returncode}):\n{done.stderr[-4000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def _startup_ms(mode: str, env: dict[str, str]) -> float:
    """From spawning the driver until its main window finished its first paint."""
    start = time.monotonic()
    child = subprocess.Popen([sys.executable, str(DRIVERS / "startup.py"), mode], env=env,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        out, err = child.communicate(timeout=TIMEOUT_S)
    except subprocess.TimeoutExpired:
        child.kill()
        raise
    painted = [line for line in out.splitlines() if line.startswith("painted ")]
    if child.returncode != 0 or not painted:
        raise RuntimeError(f"startup driver ({mode}) failed ({child.returncode}):\n{err[-4000:]}")
    return (float(painted[0].split()[1]) - start) * 1000


def profile_startup(home: Path, target: Path, language: str | None = None) -> None:
    """One app start under pyinstrument, written to `target` (not a measured run)."""
    env = child_env(home, BENCH_PROFILE=str(target), **({"BENCH_UI_LANGUAGE": language} if language else {}))
    if not language:
        env.pop("BENCH_UI_LANGUAGE", None)
    _startup_ms("app", env)


STARTUP_MODES = ("app", "bare", "widgets", "least")


def startup_runs(home: Path, runs: int, language: str | None) -> dict[str, Figure]:
    """Process start → first paint for each of STARTUP_MODES, `runs` times, the app with
    `marginalia --ui-language language` when one is given.

    One unmeasured start of each comes first: it copies the seeds into the
    fresh library and fills the OS file cache, which a user's second launch
    has too. Runs take turns: the app, the bare window, a window of the same
    widget kinds without Marginalia's code, and the least window that shows a
    library, an article and notes (the details: what Qt and PySide6 cost alone).
    """
    env = child_env(home, **({"BENCH_UI_LANGUAGE": language} if language else {}))
    if not language:
        env.pop("BENCH_UI_LANGUAGE", None)
    for mode in STARTUP_MODES:
        _startup_ms(mode, env)
    runs_ms: dict[str, list[float]] = {mode: [] for mode in STARTUP_MODES}
    for _ in range(runs):
        for mode in STARTUP_MODES:
            runs_ms[mode].append(_startup_ms(mode, env))
    return {mode: Figure(tuple(runs_ms[mode])) for mode in STARTUP_MODES}


def startup_ratio(figures: dict[str, Figure]) -> Result:
    """The app's first paint over a bare QMainWindow's, with the references in the details."""
    app, bare, same_widgets, least = (figures[mode] for mode in STARTUP_MODES)
    return Result("startup_ratio", "start → first paint with the seeds / same for a bare QMainWindow", 1.3,
                  app, bare, "bare PySide6 QMainWindow start → first paint",
                  "ratio",
                  details={"same_widgets_no_app_code": same_widgets.as_dict(),
                           "same_widgets_over_bare": same_widgets.median / bare.median,
                           "app_over_same_widgets": app.median / same_widgets.median,
                           "least_window": least.as_dict(),
                           "least_window_over_bare": least.median / bare.median})


def startup_vs_widgets(figures: dict[str, Figure], language: str) -> Result:
    """The app's first paint over a window of the same widget kinds with no Marginalia code:
    what Marginalia's own code costs the start, whatever Qt and PySide6 cost."""
    return Result("startup_vs_widgets",
                  f"start → first paint with the seeds, interface in {language} / same for a window of the "
                  "same widget kinds", 1.15,
                  figures["app"], figures["widgets"],
                  "a window of the same Qt widget kinds, no Marginalia code, start → first paint", "ratio",
                  details={"ui_language": language, "bare": figures["bare"].as_dict(),
                           "app_over_bare": figures["app"].median / figures["bare"].median})


def measure_peak_memory(home: Path, corpus: ReadingCorpus, runs: int) -> Result:
    """Peak RSS of a process with the long article open and painted, minus a bare window's."""
    env = child_env(home)
    app, bare, last = [], [], {}
    for _ in range(runs):
        last = _run_json([str(DRIVERS / "peak_memory.py"), "app", str(corpus.folder), str(corpus.long_article)],
                         env)
        app.append(last["peak_mb"])
        bare.append(_run_json([str(DRIVERS / "peak_memory.py"), "bare"], env)["peak_mb"])
    return Result("rss_1mb_10k_mb", "peak RSS with the long article open, minus a bare window's", 150,
                  Figure(tuple(app), "MB"), Figure(tuple(bare), "MB"), "bare QMainWindow process peak RSS",
                  "minus", details={"rss_after_step_mb": last["rss_after_step_mb"], "claims": last["claims"]})


def measure_library(home: Path, library: Path, runs: int, profile: Path | None = None) -> Result:
    """The library shown in a LibraryPanel: the second open is the key, the first is in the details."""
    env = child_env(home, **({"BENCH_PROFILE": str(profile)} if profile else {}))
    report = _run_json([str(DRIVERS / "library.py"), str(library), str(runs)], env)
    second = report["second"]
    return Result(
        "library_5k_ms", "library shown (Corpus.entries + LibraryPanel.set_entries + paint), second open", 1000,
        Figure(tuple(r["total_ms"] for r in second)), Figure(tuple(report["floor_ms"])),
        "read the bytes of every file in the folder", "value",
        details={"articles": second[0]["rows"], "first_open": report["first"],
                 "second_scan": Figure(tuple(r["scan_ms"] for r in second)).as_dict(),
                 "second_panel": Figure(tuple(r["panel_ms"] for r in second)).as_dict()})
