"""Where each card of the notes panel sits: its height, and its top as a running sum of heights."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from itertools import accumulate


class CardColumn:
    """Cards one below the other, by row. A height is either measured or an estimate
    (a card not measured yet, or measured at another width).

    Tops are the running sums of the heights, made again (in one pass of C: well under
    a millisecond for 10,000 cards) the first time one is asked for after a change. So
    a card added, removed or grown costs that pass, not a layout of every card, and
    the total height is kept up to date without it."""

    def __init__(self) -> None:
        self._heights: list[int] = []
        self._measured = bytearray()  # 1 where the height is measured
        self._tops: list[int] | None = [0]
        self.total = 0

    def __len__(self) -> int:
        return len(self._heights)

    def reset(self, heights: list[int], measured_rows: Iterable[int] = ()) -> None:
        """New rows of these heights, those in `measured_rows` measured, the others estimates."""
        self._heights = list(heights)
        self._measured = bytearray(len(heights))
        for row in measured_rows:
            self._measured[row] = 1
        self.total = sum(self._heights)
        self._tops = None

    # -- heights ---------------------------------------------------------
    def height(self, row: int) -> int:
        return self._heights[row]

    def is_measured(self, row: int) -> bool:
        return bool(self._measured[row])

    def set_height(self, row: int, height: int) -> int:
        """Record the measured height of `row`; the change in pixels."""
        self._measured[row] = 1
        change = height - self._heights[row]
        if change:
            self._heights[row] = height
            self.total += change
            self._tops = None
        return change

    def insert(self, row: int, heights: list[int], measured: bool = True) -> int:
        """Insert rows of these heights before `row`; their total height."""
        self._heights[row:row] = heights
        self._measured[row:row] = bytearray([int(measured)]) * len(heights)
        added = sum(heights)
        self.total += added
        self._tops = None
        return added

    def remove(self, first: int, last: int) -> int:
        """Remove rows `first`..`last` (inclusive); their total height."""
        removed = sum(self._heights[first:last + 1])
        del self._heights[first:last + 1]
        del self._measured[first:last + 1]
        self.total -= removed
        self._tops = None
        return removed

    def forget(self, first: int = 0, last: int | None = None) -> None:
        """Mark rows as not measured; their heights stay, as estimates."""
        last = len(self._heights) - 1 if last is None else last
        if last >= first:
            self._measured[first:last + 1] = bytes(last - first + 1)

    def next_unmeasured(self, start: int = 0) -> int:
        """The first row from `start` on (then from the first row) not measured; -1 if none."""
        row = self._measured.find(0, start)
        return self._measured.find(0) if row < 0 and start else row

    def complete(self) -> bool:
        return self._measured.find(0) < 0

    # -- places ----------------------------------------------------------
    def top(self, row: int) -> int:
        """The top of `row`; of len(self), the total height."""
        if self._tops is None:
            self._tops = [0, *accumulate(self._heights)]
        return self._tops[row]

    def row_at(self, y: int) -> int:
        """The row whose card covers height `y`; -1 above the first or below the last."""
        if y < 0 or y >= self.total:
            return -1
        self.top(0)  # the tops, made again if stale
        return bisect_right(self._tops, y) - 1
