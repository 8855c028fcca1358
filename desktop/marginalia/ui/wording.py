"""Small helpers for user-facing sentences."""

from __future__ import annotations


def plural(n: int, one: str, many: str) -> str:
    """`one` for 1, else `many` with {n} filled in (English plural rules; translators
    get both forms as separate strings)."""
    return one if n == 1 else many.replace("{n}", f"{n:,}")


def arg(text: str, *values: object) -> str:
    """`text` with %1, %2… replaced by `values` in one pass, as QString.arg does: a value
    that itself holds "%2" (a label someone typed) is never filled in again."""
    import re

    return re.sub(r"%(\d)", lambda m: str(values[int(m.group(1)) - 1]) if 0 < int(m.group(1)) <= len(values)
                  else m.group(0), text)
