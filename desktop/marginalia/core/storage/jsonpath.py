"""Places in a JSON text: the JSON path of a byte (``annotations[3].note``), for error
messages, and the bytes of each item of a list, to keep a record verbatim."""

from __future__ import annotations

import re
from typing import Any

# Strings (with their escapes) and the punctuation that moves through the structure;
# numbers and literals are skipped between them. One regular expression keeps a scan
# of megabytes in C: this runs only after a parse failed, to say where.
_TOKEN = re.compile(rb'"(?:[^"\\]|\\.)*"|[\[\]{},:]', re.DOTALL)

# Beyond this many steps a path is cut in the middle: a nesting attack is thousands deep.
_SHOWN_STEPS = 12


def json_path_at(data: bytes, offset: int) -> str:
    """The JSON path of the innermost value that contains byte `offset` of `data`, as far
    as the text before it is well formed ("" for the top level)."""
    steps: list[list[Any]] = []  # per open container: ["[", index] or ["{", key, expecting_key]
    pending_key: str | None = None
    for token in _TOKEN.finditer(data, 0, max(0, offset)):
        kind = token.group()
        if kind in (b"[", b"{"):
            steps.append(["[", 0] if kind == b"[" else ["{", None, True])
        elif kind in (b"]", b"}"):
            if steps:
                steps.pop()
        elif kind == b",":
            if steps and steps[-1][0] == "[":
                steps[-1][1] += 1
            elif steps:
                steps[-1][2] = True
        elif kind == b":":
            if steps and steps[-1][0] == "{":
                steps[-1][1], steps[-1][2] = pending_key, False
        elif steps and steps[-1][0] == "{" and steps[-1][2]:
            pending_key = _key(kind)
    return _format(steps)


def _key(token: bytes) -> str:
    return token[1:-1].decode(errors="backslashreplace")  # as the file spells it: escapes stay


def _format(steps: list[list[Any]]) -> str:
    parts = []
    for step in steps:
        if step[0] == "[":
            parts.append(f"[{step[1]}]")
        elif step[1] is not None and not step[2]:
            key = step[1]
            parts.append(f".{key}" if re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", key) else f"[{key!r}]")
    if len(parts) > _SHOWN_STEPS:
        hidden = len(parts) - _SHOWN_STEPS
        parts = parts[:_SHOWN_STEPS // 2] + [f"…({hidden} more levels)…"] + parts[-_SHOWN_STEPS // 2:]
    return "".join(parts).removeprefix(".")


def list_item_spans(data: bytes, key: str) -> list[tuple[int, int]]:
    """(start, end) byte ranges of the items of the list that is member `key` of the
    top-level object in `data` (well-formed JSON), without the blanks around them."""
    spans: list[tuple[int, int]] = []
    depth, pending_key, inside, item_start = 0, None, False, 0
    expecting_key = False
    for token in _TOKEN.finditer(data):
        kind = token.group()
        if inside and depth == 2 and kind in (b",", b"]"):
            start, end = _stripped(data, item_start, token.start())
            if end > start:
                spans.append((start, end))
            if kind == b"]":
                return spans
            item_start = token.end()
            continue
        if kind in (b"[", b"{"):
            depth += 1
            if depth == 1:
                expecting_key = kind == b"{"
            elif depth == 2 and kind == b"[" and pending_key == key and not inside:
                inside, item_start = True, token.end()
        elif kind in (b"]", b"}"):
            depth -= 1
        elif depth == 1 and kind == b",":
            expecting_key = True
        elif depth == 1 and kind == b":":
            expecting_key = False
        elif depth == 1 and expecting_key:
            pending_key = _key(kind)
    return spans


def _stripped(data: bytes, start: int, end: int) -> tuple[int, int]:
    while start < end and data[start] in b" \t\r\n":
        start += 1
    while end > start and data[end - 1] in b" \t\r\n":
        end -= 1
    return start, end
