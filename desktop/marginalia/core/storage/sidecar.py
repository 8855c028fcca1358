"""The per-article JSON sidecar: its values, deterministic encoding and the strict reader."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter
from pathlib import Path
from typing import Any

from marginalia.core.annotation import Annotation, format_time, parse_time
from marginalia.core.error_codes import ErrorCode
from marginalia.core.errors import SidecarError
from marginalia.core.selectors import TextPosition, TextQuote
from marginalia.core.storage.formats import OFFSET_UNIT, SIDECAR_FORMAT, SIDECAR_VERSION, sidecar_path
from marginalia.core.storage.jsonio import Fields, dump_json_item, dump_json_with_items, load_json
from marginalia.core.storage.jsonpath import list_item_spans

__all__ = ["BadRecord", "RecordCache", "SidecarData", "cache_records", "decode_strictly",
           "encode_annotation", "encode_sidecar", "sidecar_path"]


@dataclass(frozen=True, slots=True)
class BadRecord:
    """An annotation record that could not be read, as the bytes the file had for it. It
    is written back byte for byte at its place in the list, so a fault in one record
    never costs the user that record, nor changes it."""

    index: int
    data: bytes
    error: SidecarError


@dataclass(frozen=True, slots=True)
class SidecarData:
    article_file: str
    sha256: str  # of the canonical text every position counts in
    language: str = ""  # BCP 47 tag; "" when never determined
    language_source: str = "detected"  # or "user" when the user overrode it
    annotations: tuple[Annotation, ...] = ()
    bad_records: tuple[BadRecord, ...] = field(default=())
    # How the article's bytes were decoded into that text ("utf-8", "cp1250"…); ""
    # in files written before it was recorded.
    encoding: str = ""
    # What extracted that text from a web page, PDF, Word file or e-book, with its
    # version ("trafilatura 2.0.0"); "" for plain text. Another extraction is another
    # text, in which the claims are placed anew.
    extractor: str = ""


def encode_annotation(a: Annotation) -> dict[str, Any]:
    record = {
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
    if a.derived_from:  # written only when set: the files of claims without it are unchanged
        record["derived_from"] = list(a.derived_from)
    return record


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
    same object). Encoding is most of a save, and an autosave runs while the user
    works. The cache keeps each record's finished bytes, so the file is those bytes
    joined: no claim is encoded twice.
    """
    if cache is None:
        cache = {}
    cache_records(data.annotations, cache)
    entries = [cache[a.id] for a in data.annotations]
    if len(cache) > len(entries):  # claims removed since
        for gone in cache.keys() - {a.id for a in data.annotations}:
            del cache[gone]
    entries.sort(key=itemgetter(1))
    ordered = [record for _a, _key, record in entries]
    for bad in sorted(data.bad_records, key=lambda b: b.index):  # each back at its place in the list
        ordered.insert(min(bad.index, len(ordered)), bad.data)
    article = {"file": data.article_file, "sha256": data.sha256, "language": data.language,
               "language_source": data.language_source}
    if data.encoding:
        article["encoding"] = data.encoding
    if data.extractor:
        article["extractor"] = data.extractor
    head = {"format": SIDECAR_FORMAT, "version": SIDECAR_VERSION, "offset_unit": OFFSET_UNIT, "article": article}
    return dump_json_with_items(head, "annotations", ordered)


def decode_strictly(data: bytes, path: Path) -> SidecarData:
    """Any sidecar, read field by field: says what is wrong, and where, and keeps every
    readable record (the others come back as `bad_records`, with their bytes)."""
    root = Fields(load_json(data, path), path, "")
    if root.get("format", str) != SIDECAR_FORMAT:
        raise SidecarError(path, "format", ErrorCode.WRONG_FORMAT, expected=SIDECAR_FORMAT)
    version = root.get("version", int)
    if version > SIDECAR_VERSION:
        raise SidecarError(path, "version", ErrorCode.NEWER_VERSION, version=version, supported=SIDECAR_VERSION)
    if version < 1:
        raise SidecarError(path, "version", ErrorCode.UNKNOWN_VERSION, version=version)
    unit = root.get("offset_unit", str, OFFSET_UNIT)
    if unit != OFFSET_UNIT:
        raise SidecarError(path, "offset_unit", ErrorCode.UNSUPPORTED_OFFSET_UNIT, value=unit)
    article = root.obj("article")
    annotations, bad = _decode_records(root, data, path)
    return SidecarData(
        article_file=article.get("file", str),
        sha256=article.get("sha256", str, ""),
        language=article.get("language", str, ""),
        language_source=article.get("language_source", str, "detected"),
        annotations=tuple(annotations),
        bad_records=tuple(bad),
        encoding=article.get("encoding", str, ""),
        extractor=article.get("extractor", str, ""),
    )


def _decode_records(root: Fields, data: bytes, path: Path) -> tuple[list[Annotation], list[BadRecord]]:
    annotations: list[Annotation] = []
    faults: list[tuple[int, SidecarError]] = []
    seen: set[str] = set()
    times: dict[str, datetime] = {}
    for i, raw in enumerate(root.get("annotations", list)):
        try:
            annotation = _decode_record(raw, path, f"annotations[{i}]", times)
            if annotation.id in seen:
                raise SidecarError(path, f"annotations[{i}].id", ErrorCode.DUPLICATE_ID, value=annotation.id)
            seen.add(annotation.id)
            annotations.append(annotation)
        except SidecarError as exc:
            faults.append((i, exc))
        except ValueError as exc:
            # Unreachable today (every field is checked before the claim is built); kept so
            # that a new check in the model cannot make a whole sidecar unreadable.
            faults.append((i, SidecarError(path, f"annotations[{i}]", ErrorCode.VALUE_INVALID,  # pragma: no mutate
                                           detail=str(exc))))
    if not faults:
        return annotations, []
    # Spans and bytes come from the same data, a byte-order mark before the JSON included.
    spans = list_item_spans(data, "annotations")
    items = root.get("annotations", list)
    if len(spans) != len(items):  # a file naming the member twice: keep what the parser took
        return annotations, [BadRecord(i, dump_json_item(items[i]), error) for i, error in faults]
    return annotations, [BadRecord(i, data[spans[i][0]:spans[i][1]], error) for i, error in faults]


def _decode_record(value: Any, path: Path, where: str, times: dict[str, datetime]) -> Annotation:
    """One record, read field by field, naming the first that is wrong."""
    record = Fields(value, path, where)
    position = record.obj("position")
    quote = record.obj("quote")
    start, end = position.get("start", int), position.get("end", int)
    if start < 0:
        raise SidecarError(path, f"{where}.position.start", ErrorCode.NEGATIVE_OFFSET, value=start)
    if end < start:
        raise SidecarError(path, f"{where}.position.end", ErrorCode.END_BEFORE_START, start=start, end=end)
    exact = quote.get("exact", str)
    stamps = {}
    for key in ("created", "modified"):
        text = record.get(key, str)
        try:
            stamps[key] = times[text] if text in times else times.setdefault(text, parse_time(text))
        except ValueError as exc:
            raise SidecarError(path, f"{where}.{key}", ErrorCode.BAD_TIME, value=text, detail=str(exc)) from exc
    annotation_id = record.get("id", str)
    if not annotation_id.strip():
        raise SidecarError(path, f"{where}.id", ErrorCode.FIELD_EMPTY)
    return Annotation(
        id=annotation_id,
        position=TextPosition(start, end),
        quote=TextQuote(exact, quote.get("prefix", str, ""), quote.get("suffix", str, "")),
        topics=tuple(dict.fromkeys(record.str_list("topics", []))),
        note=record.get("note", str, ""),
        author=record.get("author", str, ""),
        created=stamps["created"],
        modified=stamps["modified"],
        orphaned=record.get("orphaned", bool, False),
        derived_from=tuple(dict.fromkeys(record.str_list("derived_from", []))),
    )
