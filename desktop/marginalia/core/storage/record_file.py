"""A JSON file holding one list of records keyed by id: the manifest's shape, and that of
any corpus-level file to come. A new such file is one RecordListFile:

    clusters = RecordListFile(root / "clusters.marginalia.json", "marginalia-clusters", 1, "clusters")
    value = clusters.read() or clusters.empty()
    clusters.write(value.with_records(value.records + ({"id": "c1", "modified": now, ...},)))

Records are JSON objects with a string id (`id_key`) and, to win conflicts by time, a
`"modified"` ISO 8601 time; the file's other top-level members merge value by value.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from marginalia.core.error_codes import ErrorCode
from marginalia.core.annotation import parse_time
from marginalia.core.errors import SidecarError
from marginalia.core.merge import Conflict, RecordKind, merge3, pick3
from marginalia.core.storage.jsonio import Fields, dump_json, load_json
from marginalia.core.storage.owned_file import OwnedFile


@dataclass(frozen=True, slots=True)
class RecordList:
    """The file's top-level members but the list (`head`, format and version first) and the list."""

    head: tuple[tuple[str, Any], ...]
    records: tuple[dict, ...]

    def get(self, key: str, default: Any = None) -> Any:
        return dict(self.head).get(key, default)

    def with_records(self, records: tuple[dict, ...]) -> RecordList:
        return replace(self, records=tuple(records))


def _stamp(record: dict) -> Any:
    value = record.get("modified")
    try:
        return parse_time(value) if isinstance(value, str) else None
    except ValueError:
        return None


class RecordListFile(OwnedFile[RecordList]):
    """Owner of a file `{"format": NAME, "version": N, ..., LIST_KEY: [records]}`."""

    def __init__(self, path: Path, format_name: str, version: int, list_key: str, *, id_key: str = "id",
                 limit: int = 64 * 1024 * 1024) -> None:
        super().__init__(path)
        self.format_name, self.version, self.list_key, self.id_key = format_name, version, list_key, id_key
        self.limit = limit
        self.kind_name = list_key
        self.kind = RecordKind(list_key, id=lambda r: r[id_key], content=dump_json, modified=_stamp)

    def empty(self) -> RecordList:
        return RecordList((("format", self.format_name), ("version", self.version)), ())

    def decode(self, data: bytes) -> RecordList:
        root = Fields(load_json(data, self.path), self.path, "")
        if root.get("format", str) != self.format_name:
            raise SidecarError(self.path, "format", ErrorCode.WRONG_FORMAT, expected=self.format_name)
        version = root.get("version", int)
        if version > self.version:
            raise SidecarError(self.path, "version", ErrorCode.NEWER_VERSION, version=version,
                               supported=self.version)
        records = root.get(self.list_key, list, [])
        seen: set[str] = set()
        for i, record in enumerate(records):
            key = Fields(record, self.path, f"{self.list_key}[{i}]").get(self.id_key, str)
            if key in seen:
                raise SidecarError(self.path, f"{self.list_key}[{i}].{self.id_key}", ErrorCode.DUPLICATE_ID, value=key)
            seen.add(key)
        head = tuple((k, v) for k, v in root.value.items() if k != self.list_key)
        return RecordList(head, tuple(records))

    def encode(self, value: RecordList) -> bytes:
        head = {"format": self.format_name, "version": self.version}
        head.update((k, v) for k, v in value.head if k not in head)
        return dump_json({**head, self.list_key: list(value.records)})

    def merge(self, base: RecordList | None, ours: RecordList, theirs: RecordList
              ) -> tuple[RecordList, tuple[Conflict, ...]]:
        merged = merge3(base.records if base else None, ours.records, theirs.records, self.kind)
        heads = (dict(base.head) if base else {}), dict(ours.head), dict(theirs.head)
        # Members in the base's order, then those new on either side by name: an order
        # that does not depend on which side is which.
        keys = list(heads[0]) + sorted((heads[1].keys() | heads[2].keys()) - heads[0].keys())
        head = {key: pick3(heads[0].get(key), heads[1].get(key), heads[2].get(key), _by_bytes) for key in keys}
        return RecordList(tuple((k, v) for k, v in head.items() if v is not None),
                          merged.records), merged.conflicts

    def records(self, value: RecordList) -> Mapping[str, Any]:
        return {r[self.id_key]: r for r in value.records}

    def value_of(self, records: tuple[dict, ...]) -> RecordList:
        return RecordList((), tuple(records))


def _by_bytes(a: Any, b: Any) -> Any:
    """The tie rule for two values of one member: the one whose JSON sorts last."""
    return a if dump_json(a) >= dump_json(b) else b
