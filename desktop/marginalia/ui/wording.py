"""Small helpers for user-facing sentences."""

from __future__ import annotations


def plural(n: int, one: str, many: str) -> str:
    """`one` for 1, else `many` with {n} filled in (English plural rules; translators
    get both forms as separate strings)."""
    return one if n == 1 else many.replace("{n}", f"{n:,}")
