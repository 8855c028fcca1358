"""Deterministic JSON bytes and strict field access with JSON-path error locations."""

from __future__ import annotations

import codecs
import json
import re
from pathlib import Path
from typing import Any

import orjson

from marginalia.core.error_codes import ErrorCode
from marginalia.core.errors import (
    InputError, JsonDepthError, JsonSyntaxError, LoneSurrogateError, NotUtf8Error, SidecarError,
)
from marginalia.core.storage.jsonpath import json_path_at


def dump_json(value: Any) -> bytes:
    """Stable bytes for git: keys in the order given, two-space indent, real UTF-8, final newline.

    orjson writes the same bytes as json.dumps(ensure_ascii=False, indent=2) about
    ten times faster (a 10,000-claim sidecar is saved while the user types). What
    it refuses (integers beyond 64 bits, lone surrogates) goes through json.
    """
    try:
        return orjson.dumps(value, option=orjson.OPT_INDENT_2) + b"\n"
    except orjson.JSONEncodeError:
        text = json.dumps(value, ensure_ascii=False, indent=2) + "\n"
        # Half a UTF-16 pair is no character: no UTF-8 can carry it, and no reader
        # (ours included) accepts its escape. It becomes U+FFFD rather than a file
        # that cannot be written, or one that cannot be read back.
        return _LONE_SURROGATE.sub("\ufffd", text).encode()


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

# Where dump_json puts the items of a list held by a member of the top-level object.
_ITEM_DEPTH = 2
_ITEM_BREAK = b"\n" + b"  " * _ITEM_DEPTH


def dump_json_item(value: Any) -> bytes:
    """`value` as dump_json writes it as an item of a list that is a member of the
    top-level object (see dump_json_with_items), without the indent of its first
    line: a piece to keep and join again at each save.

    A newline inside a JSON string is always escaped, so every newline byte in the
    output is one of the layout's, and indenting them all moves the whole value in.
    """
    return dump_json(value)[:-1].replace(b"\n", _ITEM_BREAK)


def dump_json_with_items(head: dict[str, Any], key: str, items: list[bytes]) -> bytes:
    """The bytes of dump_json({**head, key: values}) from `items`, the values already
    encoded by dump_json_item. `key` is the last member, and not one of `head`'s."""
    empty = dump_json({**head, key: []})
    if not items:
        return empty
    close = b"]\n}\n"  # the list's, then the object's
    assert key not in head and empty.endswith(b"[" + close)
    # One join makes the file: a sidecar of 10,000 claims is megabytes, and each
    # further copy of it costs milliseconds of the save.
    pieces = list(items)
    pieces[0] = empty[:-len(close)] + _ITEM_BREAK + pieces[0]
    pieces[-1] += b"\n  " + close
    return (b"," + _ITEM_BREAK).join(pieces)


def load_json(data: bytes, path: Path, *, max_depth: int | None = None) -> Any:
    """The JSON value in `data` (a UTF-8 BOM allowed). Every fault is a typed InputError
    naming `path`, the JSON path and the byte: not UTF-8, not JSON, a lone surrogate,
    or nested deeper than the parser's limit (or `max_depth`, for readers that walk
    the value recursively)."""
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    try:
        # orjson parses a 10,000-claim sidecar in half the time of json and checks
        # the UTF-8 itself; its errors are json.JSONDecodeErrors with a position.
        value = orjson.loads(data)
    except json.JSONDecodeError as exc:
        raise _located(data, path, exc) from exc
    if max_depth is not None:
        _check_depth(value, max_depth, path)
    return value


def _located(data: bytes, path: Path, exc: json.JSONDecodeError) -> InputError:
    """The typed error for a parse failure, with the byte and JSON path where it is."""
    try:
        text = data.decode()
    except UnicodeDecodeError as bad_byte:
        return NotUtf8Error(path, json_path_at(data, bad_byte.start), ErrorCode.NOT_UTF8, bad_byte.start)
    offset = len(text[:exc.pos].encode())  # orjson counts characters, not bytes
    where = json_path_at(data, offset)
    if "surrogate" in exc.msg:
        return LoneSurrogateError(path, where, ErrorCode.LONE_SURROGATE, offset)
    if "depth" in exc.msg:
        return JsonDepthError(path, where, ErrorCode.JSON_TOO_DEEP, offset)
    return JsonSyntaxError(path, where, ErrorCode.JSON_SYNTAX, offset, line=exc.lineno, column=exc.colno,
                           detail=exc.msg)


def _check_depth(value: Any, limit: int, path: Path) -> None:
    """Raise JsonDepthError if `value` nests more than `limit` containers (a walk
    without recursion, so the check itself cannot overflow)."""
    stack = [(value, 1, "")]
    while stack:
        node, depth, where = stack.pop()
        if depth > limit:
            raise JsonDepthError(path, where, ErrorCode.JSON_TOO_DEEP, limit=limit)
        if isinstance(node, dict):
            stack.extend((child, depth + 1, f"{where}.{key}" if where else str(key)) for key, child in node.items()
                         if isinstance(child, (dict, list)))
        elif isinstance(node, list):
            stack.extend((child, depth + 1, f"{where}[{i}]") for i, child in enumerate(node)
                         if isinstance(child, (dict, list)))


class Fields:
    """Typed reads from one JSON object, raising SidecarError that names the field."""

    def __init__(self, value: Any, path: Path, where: str) -> None:
        if not isinstance(value, dict):
            raise SidecarError(path, where or "(root)", ErrorCode.FIELD_WRONG_TYPE, expected=("object",),
                               found=json_kind(value))
        self.value, self.path, self.where = value, path, where

    def _field(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def get(self, key: str, kind: type | tuple[type, ...], default: Any = ...) -> Any:
        if key not in self.value:
            if default is ...:
                raise SidecarError(self.path, self._field(key), ErrorCode.FIELD_MISSING)
            return default
        value = self.value[key]
        # bool is an int in Python, never a valid offset or count here
        if not isinstance(value, kind) or (isinstance(value, bool) and bool not in _as_tuple(kind)):
            raise SidecarError(self.path, self._field(key), ErrorCode.FIELD_WRONG_TYPE, expected=_names(kind),
                               found=json_kind(value))
        return value

    def obj(self, key: str) -> Fields:
        return Fields(self.get(key, dict), self.path, self._field(key))

    def str_list(self, key: str, default: Any = ...) -> list[str]:
        values = self.get(key, list, default)
        for i, item in enumerate(values):
            if not isinstance(item, str):
                raise SidecarError(self.path, f"{self._field(key)}[{i}]", ErrorCode.FIELD_WRONG_TYPE,
                                   expected=("string",), found=json_kind(item))
        return values


def _as_tuple(kind) -> tuple:
    return kind if isinstance(kind, tuple) else (kind,)


# The JSON kinds of values as tokens (facts `expected` and `found`), which the
# wording modules put into words.
def _names(kind) -> tuple[str, ...]:
    tokens = {str: "string", int: "integer", bool: "boolean", list: "list", dict: "object", float: "number"}
    return tuple(tokens.get(k, k.__name__) for k in _as_tuple(kind))


def json_kind(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "boolean", int: "number", float: "number", str: "string",
            list: "list", dict: "object"}.get(type(value), type(value).__name__)
