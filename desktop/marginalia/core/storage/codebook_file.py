"""The corpus codebook file (topics as JSON inside the corpus folder) and its owner."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path

from marginalia.core.error_codes import ErrorCode
from marginalia.core.codebook import SHORTCUT_KEYS, Codebook, Topic
from marginalia.core.errors import InvalidValueError, SidecarError, facts_beyond_place
from marginalia.core.merge import Conflict, RecordKind, merge3
from marginalia.core.storage.formats import CODEBOOK_FILE_NAME, CODEBOOK_FORMAT, CODEBOOK_VERSION, MAX_CODEBOOK_BYTES
from marginalia.core.storage.jsonio import Fields, dump_json, load_json
from marginalia.core.storage.owned_file import OwnedFile

__all__ = ["CODEBOOK_FILE_NAME", "TOPIC_RECORDS", "CodebookFile", "decode_codebook", "encode_codebook",
           "read_codebook", "rebase_codebook"]


def _record(topic: Topic) -> dict:
    return {"id": topic.id, "name": topic.name, "color": topic.color.upper(), "shortcut": topic.shortcut}


# Topics carry no time of their last edit: a true conflict goes to the content rule.
TOPIC_RECORDS = RecordKind("topic", id=lambda t: t.id, content=lambda t: dump_json(_record(t)))


def encode_codebook(codebook: Codebook) -> bytes:
    return dump_json({"format": CODEBOOK_FORMAT, "version": CODEBOOK_VERSION,
                      "topics": [_record(t) for t in codebook]})


def decode_codebook(data: bytes, path: Path) -> Codebook:
    root = Fields(load_json(data, path), path, "")
    if root.get("format", str) != CODEBOOK_FORMAT:
        raise SidecarError(path, "format", ErrorCode.WRONG_FORMAT, expected=CODEBOOK_FORMAT)
    version = root.get("version", int)
    if version > CODEBOOK_VERSION:
        raise SidecarError(path, "version", ErrorCode.NEWER_VERSION, version=version, supported=CODEBOOK_VERSION)
    codebook = Codebook()
    for i, raw in enumerate(root.get("topics", list)):
        where = f"topics[{i}]"
        record = Fields(raw, path, where)
        try:
            topic = Topic(record.get("id", str), record.get("name", str), record.get("color", str),
                          record.get("shortcut", str, ""))
            codebook = codebook.insert(len(codebook), topic)
        except InvalidValueError as exc:
            raise SidecarError(path, where, exc.code, **facts_beyond_place(exc)) from exc
    return codebook


def rebase_codebook(before: Codebook, after: Codebook, current: Codebook) -> Codebook:
    """The edit from `before` to `after` made on `current` (which may hold others' topics
    since): what an undo or redo of a codebook edit writes, so that it never takes away
    a topic someone else added meanwhile."""
    return _merged(before, after, current)[0]


class CodebookFile(OwnedFile[Codebook]):
    """The owner of `codebook.marginalia.json`."""

    limit = MAX_CODEBOOK_BYTES
    kind_name = TOPIC_RECORDS.name

    def decode(self, data: bytes) -> Codebook:
        return decode_codebook(data, self.path)

    def encode(self, value: Codebook) -> bytes:
        return encode_codebook(value)

    def merge(self, base: Codebook | None, ours: Codebook, theirs: Codebook) -> tuple[Codebook, tuple[Conflict, ...]]:
        return _merged(base, ours, theirs)

    def records(self, value: Codebook) -> Mapping[str, Topic]:
        return {t.id: t for t in value}

    def record_json(self, record: Topic) -> dict:
        return _record(record)

    def value_of(self, records: tuple[Topic, ...]) -> Codebook:
        return Codebook(tuple(records))


def read_codebook(path: Path) -> Codebook | None:
    """The codebook at `path` (None if there is none); InputError if it is unusable."""
    return CodebookFile(path).read()


def _merged(base: Codebook | None, ours: Codebook, theirs: Codebook) -> tuple[Codebook, tuple[Conflict, ...]]:
    merged = merge3(base.topics if base is not None else None, ours.topics, theirs.topics, TOPIC_RECORDS)
    return Codebook(_without_clashes(merged.records)), merged.conflicts


def _without_clashes(topics: tuple[Topic, ...]) -> tuple[Topic, ...]:
    """Two sides may each have added a topic with the same name or shortcut (two imports
    each adding one takes the next free key on both). The topic first in order keeps
    its name and key; a later one gets a numbered name and the next free key."""
    names, keys = set(), {t.shortcut for t in topics if t.shortcut}
    claimed: set[str] = set()
    out = []
    for topic in topics:
        name, n = topic.name, 2
        while name.casefold() in names:
            name, n = f"{topic.name} ({n})", n + 1
        names.add(name.casefold())
        shortcut = topic.shortcut
        if shortcut and shortcut in claimed:
            shortcut = next((k for k in SHORTCUT_KEYS if k not in keys), "")
            keys.add(shortcut)
        claimed.add(shortcut)
        out.append(topic if (name, shortcut) == (topic.name, topic.shortcut) else replace(topic, name=name, shortcut=shortcut))
    return tuple(out)
