"""The per-article JSON sidecar: schema, deterministic encoding and strict decoding."""

from __future__ import annotations

import codecs
import gc
from collections.abc import Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from marginalia.core.annotation import Annotation, checked_annotation, format_time, parse_time
from marginalia.core.errors import SidecarError
from marginalia.core.selectors import TextPosition, TextQuote
from marginalia.core.storage.jsonio import Fields, dump_json_item, dump_json_with_items, load_json

FORMAT_NAME = "marginalia-sidecar"
FORMAT_VERSION = 1
OFFSET_UNIT = "unicode-code-point"
SIDECAR_SUFFIX = ".annotations.json"


def sidecar_path(article_path: Path) -> Path:
    """`notes.txt` → `notes.txt.annotations.json`: the full name keeps `a.txt` and `a.md` apart."""
    article_path = Path(article_path)
    return article_path.with_name(article_path.name + SIDECAR_SUFFIX)


@dataclass(frozen=True, slots=True)
class BadRecord:
    """An annotation record that could not be read. It is written back unchanged on
    save, so a fault in one record never costs the user that record."""

    index: int
    raw: Any
    error: SidecarError


@dataclass(frozen=True, slots=True)
class SidecarData:
    article_file: str
    sha256: str
    language: str = ""  # BCP 47 tag; "" when never determined
    language_source: str = "detected"  # or "user" when the user overrode it
    annotations: tuple[Annotation, ...] = ()
    bad_records: tuple[BadRecord, ...] = field(default=())
    # SHA-256 of the file's bytes, when read from a file: what the disk held at that moment.
    file_sha256: str = ""


def encode_annotation(a: Annotation) -> dict[str, Any]:
    return {
        "id": a.id,
        "position": {"type": "TextPositionSelector", "start": a.position.start, "end": a.position.end},
        "quote": {"type": "TextQuoteSelector", "exact": a.quote.exact,
                  "prefix": a.quote.prefix, "suffix": a.quote.suffix},
        "topics": list(a.topics),
        "note": a.note,
        "author": a.author,
        "created": format_time(a.created),
        "modified": format_time(a.modified),
        "orphaned": a.orphaned,
    }


# Claim id → (the claim, its place in the file, the bytes of its record) as last
# encoded; see encode_sidecar.
RecordCache = dict[str, tuple[Annotation, tuple, bytes]]


def cache_records(annotations: Iterable[Annotation], cache: RecordCache) -> None:
    """Put the record of each of `annotations` in `cache`, unless it is there already
    (the same claim object): ahead of a save, or as part of one (see encode_sidecar)."""
    for a in annotations:
        known = cache.get(a.id)
        if known is None or known[0] is not a:
            cache[a.id] = (a, a.sort_key(), dump_json_item(encode_annotation(a)))


def encode_sidecar(data: SidecarData, cache: RecordCache | None = None) -> bytes:
    """Deterministic bytes: the same annotations always give the same file.

    With `cache`, kept from one save of a document to the next, only the claims
    changed since are encoded again (claims are immutable: an unchanged one is the
    same object). Encoding is most of a save: 10,000 claims take ~100 ms, and an
    autosave runs while the user works. The cache keeps each record's finished
    bytes, so the file is those bytes joined: no claim is encoded twice.
    """
    if cache is None:
        cache = {}
    cache_records(data.annotations, cache)
    entries = [cache[a.id] for a in data.annotations]
    if len(cache) > len(entries):  # claims removed since
        for gone in cache.keys() - {a.id for a in data.annotations}:
            del cache[gone]
    entries.sort(key=itemgetter(1))
    # Unreadable records keep their place relative to each other, after the good ones.
    ordered = [record for _a, _key, record in entries]
    ordered += [dump_json_item(bad.raw) for bad in sorted(data.bad_records, key=lambda b: b.index)]
    head = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION,
        "offset_unit": OFFSET_UNIT,
        "article": {
            "file": data.article_file,
            "sha256": data.sha256,
            "language": data.language,
            "language_source": data.language_source,
        },
    }
    return dump_json_with_items(head, "annotations", ordered)


def _decode_well_formed(value: dict, times: dict[str, datetime]) -> Annotation | None:
    """The common case, a record exactly as Marginalia writes it, without the
    per-field bookkeeping (10,000 records: ~60 ms instead of ~600 ms). Anything
    unusual returns None and goes through the strict reader for a precise error.
    `times` keeps the times already parsed: a claim's two are often the same."""
    try:
        position, quote = value["position"], value["quote"]
        start, end = position["start"], position["end"]
        exact, prefix, suffix = quote["exact"], quote.get("prefix", ""), quote.get("suffix", "")
        topics, note, author = value.get("topics", []), value.get("note", ""), value.get("author", "")
        orphaned, annotation_id = value.get("orphaned", False), value["id"]
        if not (type(start) is int and type(end) is int and 0 <= start <= end
                and type(exact) is str and type(prefix) is str and type(suffix) is str
                and type(note) is str and type(author) is str and type(orphaned) is bool
                and type(annotation_id) is str and annotation_id.strip() and type(topics) is list
                and all(type(t) is str for t in topics)):
            return None
        created_text, modified_text = value["created"], value["modified"]
        created = times.get(created_text)
        if created is None:
            created = times[created_text] = parse_time(created_text)
        modified = times.get(modified_text)
        if modified is None:
            modified = times[modified_text] = parse_time(modified_text)
        return checked_annotation(annotation_id, start, end, exact, prefix, suffix, tuple(dict.fromkeys(topics)),
                                  note, author, created, modified, orphaned)
    except (KeyError, TypeError, AttributeError, ValueError):
        return None


def decode_annotation(value: Any, path: Path, where: str) -> Annotation:
    fast = _decode_well_formed(value, {}) if type(value) is dict else None
    return fast if fast is not None else _decode_strictly(value, path, where)


def _decode_strictly(value: Any, path: Path, where: str) -> Annotation:
    """A record the fast path refused: read field by field, naming the first that is wrong."""
    record = Fields(value, path, where)
    position = record.obj("position")
    quote = record.obj("quote")
    start, end = position.get("start", int), position.get("end", int)
    if start < 0:
        raise SidecarError(path, f"{where}.position.start", f"negative offset {start}")
    if end < start:
        raise SidecarError(path, f"{where}.position.end", f"end {end} is before start {start}")
    exact = quote.get("exact", str)
    times = {}
    for key in ("created", "modified"):
        try:
            times[key] = parse_time(record.get(key, str))
        except ValueError as exc:
            raise SidecarError(path, f"{where}.{key}", f"not an ISO 8601 time with offset ({exc})") from exc
    annotation_id = record.get("id", str)
    if not annotation_id.strip():
        raise SidecarError(path, f"{where}.id", "empty")
    return Annotation(
        id=annotation_id,
        position=TextPosition(start, end),
        quote=TextQuote(exact, quote.get("prefix", str, ""), quote.get("suffix", str, "")),
        topics=tuple(dict.fromkeys(record.str_list("topics", []))),
        note=record.get("note", str, ""),
        author=record.get("author", str, ""),
        created=times["created"],
        modified=times["modified"],
        orphaned=record.get("orphaned", bool, False),
    )


# From this size a well-formed sidecar is read by typed_sidecar (about 250 claims).
TYPED_READ_MIN_BYTES = 128 * 1024


def decode_sidecar(data: bytes, path: Path) -> SidecarData:
    """Parse a sidecar. Raises SidecarError when the file as a whole is unusable;
    records that are individually wrong come back as `bad_records`."""
    with _no_cyclic_gc():
        if len(data) >= TYPED_READ_MIN_BYTES:
            from marginalia.core.storage.typed_sidecar import read_typed  # msgspec: only for large files

            typed = read_typed(data.removeprefix(codecs.BOM_UTF8))
            if typed is not None:
                return typed
        return decode_tolerantly(data, path)


def decode_tolerantly(data: bytes, path: Path) -> SidecarData:
    """decode_sidecar for any file: says what is wrong, and where, and keeps every
    readable record (the bad ones come back as `bad_records`)."""
    with _no_cyclic_gc():
        root = Fields(load_json(data, path), path, "")
        if root.get("format", str) != FORMAT_NAME:
            raise SidecarError(path, "format", f"not a Marginalia sidecar (expected {FORMAT_NAME!r})")
        version = root.get("version", int)
        if version > FORMAT_VERSION:
            raise SidecarError(path, "version", f"written by a newer Marginalia (format {version}; "
                                                f"this version reads up to {FORMAT_VERSION})")
        if version < 1:
            raise SidecarError(path, "version", f"unknown format version {version}")
        unit = root.get("offset_unit", str, OFFSET_UNIT)
        if unit != OFFSET_UNIT:
            raise SidecarError(path, "offset_unit", f"unsupported offset unit {unit!r}")
        article = root.obj("article")
        annotations, bad = _decode_records(root, path)
        return SidecarData(
            article_file=article.get("file", str),
            sha256=article.get("sha256", str, ""),
            language=article.get("language", str, ""),
            language_source=article.get("language_source", str, "detected"),
            annotations=tuple(annotations),
            bad_records=tuple(bad),
        )


@contextmanager
def _no_cyclic_gc():
    """Tens of thousands of new acyclic objects set off collections that find nothing
    to free but scan the whole heap each time (about a tenth of a large load)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _decode_records(root: Fields, path: Path) -> tuple[list[Annotation], list[BadRecord]]:
    annotations: list[Annotation] = []
    bad: list[BadRecord] = []
    seen: set[str] = set()
    times: dict[str, datetime] = {}
    well_formed = _decode_well_formed
    for i, raw in enumerate(root.get("annotations", list)):
        try:
            annotation = well_formed(raw, times) if type(raw) is dict else None
            if annotation is None:  # the strict reader says what is wrong, and where
                annotation = _decode_strictly(raw, path, f"annotations[{i}]")
            if annotation.id in seen:
                raise SidecarError(path, f"annotations[{i}].id", f"duplicate id {annotation.id}")
            seen.add(annotation.id)
            annotations.append(annotation)
        except SidecarError as exc:
            bad.append(BadRecord(i, raw, exc))
        except ValueError as exc:  # e.g. a malformed selector
            bad.append(BadRecord(i, raw, SidecarError(path, f"annotations[{i}]", str(exc))))
    return annotations, bad
