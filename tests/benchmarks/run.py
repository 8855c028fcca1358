"""Marginalia benchmarks: generate data, measure each key against a floor from the same run, print a table.

    python tests/benchmarks/run.py [--quick] [--json PATH] [--only KEY ...] [--profile KEY] [--ui-language CODE]

--quick uses small sizes and one run (a check that the suite works, not figures
to compare with the targets). --profile KEY runs that key alone and prints a
pyinstrument profile of its timed sections (its figures then carry the
profiler's overhead). --ui-language starts the app's windows with the interface in
that language (the start-up measure loads its catalogues); startup_vs_widgets starts
the app in Vietnamese unless it names another.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
import traceback
from pathlib import Path

# Before anything imports Qt: no display is needed, and figures stay comparable
# between machines with and without one.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))

import profiling  # noqa: E402
import table  # noqa: E402
from suite import CHILD_PROFILED, FULL, QUICK, REPORT_ORDER, RUN_ORDER, Sizes, Suite  # noqa: E402


def _parse(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="run.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes, one run: checks the suite runs")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the figures to PATH")
    parser.add_argument("--only", nargs="+", choices=RUN_ORDER, metavar="KEY", help="measure only these keys")
    parser.add_argument("--profile", choices=[k for k in RUN_ORDER if k != "rss_1mb_10k_mb"], metavar="KEY",
                        help="measure KEY alone and print a pyinstrument profile of its timed part")
    parser.add_argument("--seed", type=int, default=20260302, help="seed of the generated data")
    parser.add_argument("--ui-language", metavar="CODE",
                        help="the interface's language in the app's start-up (marginalia --ui-language CODE)")
    return parser.parse_args(argv)


def _versions() -> str:
    try:
        import PySide6

        qt = f"PySide6 {PySide6.__version__}"
    except ImportError:
        qt = "PySide6 missing"
    return f"Python {platform.python_version()}, {qt}, {platform.system()} {platform.release()}"


def _header(sizes: Sizes, quick: bool, load_before, load_after, seconds: float, profiled: bool) -> list[str]:
    kind = "QUICK sizes (not comparable with the targets)" if quick else "full sizes"
    lines = [
        f"Marginalia benchmarks, {kind}: {sizes.article_bytes:,}-byte article with {sizes.claims:,} claims, "
        f"{sizes.library_articles:,}-article library; {sizes.runs} run(s) of each, in {seconds:.0f} s",
        f"machine: {os.cpu_count()} CPUs; load average (1/5/15 min) "
        f"{' '.join(f'{x:.2f}' for x in load_before)} before, {' '.join(f'{x:.2f}' for x in load_after)} after; "
        f"{_versions()}; QT_QPA_PLATFORM={os.environ.get('QT_QPA_PLATFORM')}",
    ]
    if os.environ.get("BENCH_UI_LANGUAGE"):
        lines.append(f"interface language: {os.environ['BENCH_UI_LANGUAGE']} (marginalia --ui-language)")
    if profiled:
        lines.append("PROFILED: the figures include pyinstrument's overhead")
    return lines


def main(argv: list[str] | None = None) -> int:
    args = _parse(argv)
    sizes = QUICK if args.quick else FULL
    keys = [args.profile] if args.profile else (args.only or list(RUN_ORDER))
    if args.ui_language:
        os.environ["BENCH_UI_LANGUAGE"] = args.ui_language  # read by drivers/startup.py
    with tempfile.TemporaryDirectory(prefix="marginalia-bench-") as scratch:
        suite = Suite(Path(scratch), sizes, args.seed)
        if args.profile in CHILD_PROFILED:
            suite.profile_file = Path(scratch) / "profile.txt"
        elif args.profile:
            profiling.enable()
        load_before, started = os.getloadavg(), time.monotonic()
        results, failures = {}, {}
        for key in (k for k in RUN_ORDER if k in keys):
            print(f"measuring {key} …", file=sys.stderr, flush=True)
            try:
                results[key] = suite.run(key)
            except Exception as exc:  # one broken measure must not cost the others' figures
                traceback.print_exc()
                failures[key] = f"{type(exc).__name__}: {exc}"
        load_after = os.getloadavg()
        ordered = [results[k] for k in REPORT_ORDER if k in results]
        header = _header(sizes, args.quick, load_before, load_after, time.monotonic() - started, bool(args.profile))
        print(table.render(ordered, header))
        for key, error in failures.items():
            print(f"{key}: FAILED — {error}")
        if args.profile:
            print()
            print(suite.profile_file.read_text(encoding="utf-8") if suite.profile_file else profiling.report())
        if args.json:
            context = {"sizes": suite.describe(), "quick": args.quick, "profiled": bool(args.profile),
                       "machine": {"cpus": os.cpu_count(), "loadavg_before": list(load_before),
                                   "loadavg_after": list(load_after), "versions": _versions(),
                                   "qt_platform": os.environ.get("QT_QPA_PLATFORM")}}
            args.json.write_text(json.dumps(table.to_json(ordered, context), indent=2, ensure_ascii=False) + "\n",
                                 encoding="utf-8")
        suite.close()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
