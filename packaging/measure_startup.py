"""Compare start-up of the frozen app and the source: median wall and CPU time of --smoke-test.

Usage: python packaging/measure_startup.py [--runs N] FROZEN_EXE [APP ARGS, default --smoke-test]
Runs are interleaved (frozen, source, frozen, ...) so a busy machine slows both alike.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _run_once(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the child) for one run; raises if it fails."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, env=env, check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def measure(commands: dict[str, list[str]], runs: int) -> dict[str, tuple[float, float]]:
    """Median (wall, CPU) seconds per command, after one warm-up run of each."""
    with tempfile.TemporaryDirectory(prefix="marginalia-startup-") as home:
        env = dict(os.environ, MARGINALIA_HOME=home)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        for command in commands.values():
            _run_once(command, env)  # page cache and font cache, for both alike
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in commands}
        for _ in range(runs):
            for name, command in commands.items():
                samples[name].append(_run_once(command, env))
    return {name: (statistics.median(s[0] for s in runs_),
                   statistics.median(s[1] for s in runs_))
            for name, runs_ in samples.items()}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--python", default=sys.executable, help="Python that runs the source")
    parser.add_argument("frozen", type=Path, help="the bundle's marginalia executable")
    parser.add_argument("args", nargs=argparse.REMAINDER, help="the app's arguments")
    options = parser.parse_args(argv)
    options.args = options.args or ["--smoke-test"]
    results = measure({
        "frozen": [str(options.frozen), *options.args],
        "source": [options.python, "-m", "marginalia", *options.args],
    }, options.runs)
    for name, (wall, cpu) in results.items():
        print(f"{name:7} median of {options.runs}: wall {wall * 1000:7.0f} ms   CPU {cpu * 1000:7.0f} ms")
    ratio = results["frozen"][0] / results["source"][0]
    print(f"frozen / source wall time: {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
