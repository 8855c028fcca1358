"""Repeated measurements and their summary: median, min and max, next to a floor."""

from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any

from profiling import section


@dataclass(frozen=True)
class Figure:
    """The samples of one quantity (ms, MB…) from several runs."""

    samples: tuple[float, ...]
    unit: str = "ms"

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def low(self) -> float:
        return min(self.samples)

    @property
    def high(self) -> float:
        return max(self.samples)

    def as_dict(self) -> dict[str, Any]:
        return {"median": self.median, "min": self.low, "max": self.high, "unit": self.unit,
                "samples": list(self.samples)}


@dataclass
class Result:
    """One reported key: the app's figure, the floor it is compared with, and how the two combine.

    `combine` is "value" (the app's own figure is the key), "ratio" (app / floor)
    or "minus" (app − floor). For ratio and minus the floor's median is used on
    both ends of the range, so min/max show the app's spread alone.
    """

    key: str
    what: str
    target: float
    measured: Figure
    floor: Figure | None = None
    floor_what: str = ""
    combine: str = "value"
    details: dict[str, Any] = field(default_factory=dict)

    def _combined(self, x: float) -> float:
        if self.combine == "ratio":
            return x / self.floor.median
        if self.combine == "minus":
            return x - self.floor.median
        return x

    @property
    def value(self) -> float:
        return self._combined(self.measured.median)

    @property
    def low(self) -> float:
        return self._combined(self.measured.low)

    @property
    def high(self) -> float:
        return self._combined(self.measured.high)

    @property
    def over_target(self) -> bool:
        return self.value > self.target

    def as_dict(self) -> dict[str, Any]:
        return {
            "what": self.what, "value": self.value, "min": self.low, "max": self.high,
            "target": self.target, "combine": self.combine,
            "measured": self.measured.as_dict(),
            "floor": self.floor.as_dict() if self.floor else None, "floor_what": self.floor_what,
            **self.details,
        }


def timed_ms(action: Callable[[], Any], profiled: bool = True) -> float:
    """Milliseconds one call of `action` takes; with `profiled`, run.py --profile sees it."""
    with section() if profiled else nullcontext():
        start = time.perf_counter()
        action()
        return (time.perf_counter() - start) * 1000


def sample_pairs(app_run: Callable[[], float], floor_run: Callable[[], float], runs: int,
                 ) -> tuple[Figure, Figure]:
    """Alternate app and floor runs, so a burst of load on the machine hits both alike.

    Each callable does its own untimed setup and returns the milliseconds of its
    timed part; a collection before each keeps one run's garbage out of the next.
    """
    app, floor = [], []
    for _ in range(runs):
        gc.collect()
        app.append(app_run())
        gc.collect()
        floor.append(floor_run())
    return Figure(tuple(app)), Figure(tuple(floor))
