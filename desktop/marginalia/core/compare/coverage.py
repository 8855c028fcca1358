"""How much of a text a set of spans covers: their union, counted in code points."""

from __future__ import annotations

from collections.abc import Iterable


def covered_length(spans: Iterable[tuple[int, int]], length: int) -> int:
    """Code points of [0, length) inside at least one of `spans` ([start, end) pairs):
    overlapping and nested spans count once; parts beyond the text do not count."""
    total = 0
    reach = 0  # the end of the union so far, spans being visited by start
    for start, end in sorted(spans):
        start, end = max(start, reach), min(end, length)
        if end > start:
            total += end - start
            reach = end
    return total


def share(covered: int, length: int) -> float:
    """`covered` as a fraction of `length`, 0 for an empty text."""
    return covered / length if length > 0 else 0.0
