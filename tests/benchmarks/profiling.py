"""Optional pyinstrument profile of exactly the timed sections of one measure (run.py --profile)."""

from __future__ import annotations

from contextlib import contextmanager

_profiler = None


def enable(interval: float = 0.0005) -> None:
    """Profile every section from now on (pyinstrument must be installed)."""
    global _profiler
    try:
        from pyinstrument import Profiler
    except ImportError:  # not a dependency of the app or its tests: installed by whoever profiles
        raise SystemExit("run.py --profile needs pyinstrument: .venv/bin/pip install pyinstrument") from None

    _profiler = Profiler(interval=interval)


@contextmanager
def section():
    """Around a timed part: with profiling on, its samples join the profile; setup stays out."""
    if _profiler is None:
        yield
        return
    _profiler.start()
    try:
        yield
    finally:
        _profiler.stop()


def report() -> str:
    if _profiler is None or _profiler.last_session is None:
        return "(nothing was profiled)"
    return _profiler.output_text(unicode=True, color=False)
