"""CardColumn: heights, tops and rows stay those of a plain list of heights through any changes."""

from __future__ import annotations

import random

from marginalia.ui.card_column import CardColumn


def _check(column: CardColumn, heights: list[int], measured: list[bool]) -> None:
    assert len(column) == len(heights)
    assert column.total == sum(heights)
    top = 0
    for row, height in enumerate(heights):
        assert column.top(row) == top and column.height(row) == height
        assert column.is_measured(row) == measured[row]
        assert column.row_at(top) == row and column.row_at(top + height - 1) == row
        top += height
    assert column.top(len(heights)) == top
    assert column.row_at(-1) == -1 and column.row_at(top) == -1
    assert column.complete() == all(measured)


def test_card_column_follows_a_plain_list_through_random_changes():
    """Inserts, removals, new heights and forgetting, in random order: every top, row
    lookup, total and measured flag is that of the same changes made to a plain list."""
    rng = random.Random(7)
    column, heights, measured = CardColumn(), [], []
    column.reset([])
    for step in range(600):
        action = rng.choice(("insert", "remove", "set", "forget", "unmeasured"))
        if action == "insert" or not heights:
            row = rng.randint(0, len(heights))
            new = [rng.randint(1, 200) for _ in range(rng.randint(1, 5))]
            flag = rng.random() < 0.7
            assert column.insert(row, new, flag) == sum(new)
            heights[row:row] = new
            measured[row:row] = [flag] * len(new)
        elif action == "remove":
            first = rng.randrange(len(heights))
            last = min(len(heights) - 1, first + rng.randint(0, 3))
            assert column.remove(first, last) == sum(heights[first:last + 1])
            del heights[first:last + 1], measured[first:last + 1]
        elif action == "set":
            row = rng.randrange(len(heights))
            height = rng.randint(1, 200)
            assert column.set_height(row, height) == height - heights[row]
            heights[row], measured[row] = height, True
        elif action == "forget":
            first = rng.randrange(len(heights))
            last = rng.randrange(first, len(heights))
            column.forget(first, last)
            measured[first:last + 1] = [False] * (last - first + 1)
        else:
            start = rng.randint(0, len(heights))
            expected = next((r for r in range(start, len(heights)) if not measured[r]), None)
            if expected is None:
                expected = next((r for r in range(len(heights)) if not measured[r]), -1)
            assert column.next_unmeasured(start) == expected
        if step % 20 == 0:
            _check(column, heights, measured)
    _check(column, heights, measured)


def test_card_column_reset_starts_unmeasured():
    column = CardColumn()
    column.reset([10, 20, 30])
    _check(column, [10, 20, 30], [False] * 3)
    assert column.next_unmeasured() == 0
    for row in range(3):
        column.set_height(row, 5)
    _check(column, [5, 5, 5], [True] * 3)
    assert column.next_unmeasured() == -1


def test_card_column_reset_keeps_the_rows_said_measured():
    column = CardColumn()
    column.reset([10, 20, 30, 40], measured_rows=[0, 2])
    _check(column, [10, 20, 30, 40], [True, False, True, False])
    assert column.next_unmeasured() == 1 and column.next_unmeasured(2) == 3
