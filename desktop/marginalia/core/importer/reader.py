"""Reading W3C Web Annotation JSON(-LD) into plain records, whoever wrote it."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from marginalia.core.annotation import parse_time, utc_now
from marginalia.core.errors import InputError
from marginalia.core.export.ids import annotation_id_from_iri, derived_guid
from marginalia.core.selectors import TextPosition, TextQuote
from marginalia.core.storage.formats import MAX_JSON_DEPTH
from marginalia.core.storage.jsonio import load_json
from marginalia.core.text import canonicalize


class ImportFileError(InputError):
    """A file that cannot be imported at all (not JSON, not Web Annotations); `field` is
    the JSON path of the fault, when it has one."""

    def __init__(self, path: Path, reason: str, field: str = "", offset: int | None = None) -> None:
        super().__init__(path, field, reason, offset)


@dataclass(frozen=True, slots=True)
class Incoming:
    """One annotation target as read from the file, before it is placed."""

    id: str  # the Marginalia id it will have
    where: str  # its place in the file, e.g. "first.items[3]", for messages
    sources: tuple[str, ...]
    quote: TextQuote | None
    position: TextPosition | None
    tags: tuple[str, ...]
    note: str
    author: str
    created: datetime
    modified: datetime
    # False when the record says neither when it was made nor when it was changed (its
    # times are then the import's): it cannot be told newer than anything.
    dated: bool = True


@dataclass(frozen=True, slots=True)
class Rejected:
    """A record that was read but cannot become a claim, and why."""

    where: str
    reason: str


def _as_list(value: Any) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _local_name(term: str) -> str:
    """A term without its prefix: compact ("Annotation") and prefixed ("oa:Annotation")
    forms both occur."""
    return term.rpartition(":")[2]


def _types(node: dict) -> list[str]:
    return [_local_name(v) for v in _as_list(node.get("type", node.get("@type"))) if isinstance(v, str)]


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        moment = parse_time(value)
    except ValueError:
        try:  # a time without an offset: the model says SHOULD be UTC, so take it as UTC
            moment = datetime.fromisoformat(value).replace(tzinfo=timezone.utc)
        except ValueError:
            return None
    # The sidecar keeps milliseconds: cut here so a re-import compares equal.
    return moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def _author(creator: Any) -> str:
    for agent in _as_list(creator):
        if isinstance(agent, str) and agent.strip():
            # Hypothesis writes "acct:name@hypothes.is"; the name is what a reader knows.
            return agent.removeprefix("acct:").strip()
        if isinstance(agent, dict):
            for key in ("name", "nickname", "id", "@id"):
                name = next((n for n in _as_list(agent.get(key)) if isinstance(n, str) and n.strip()), None)
                if name:
                    return name.strip()
    return ""


def _bodies(node: dict) -> tuple[list[str], list[str]]:
    """(tags, note parts): tagging bodies become topics, other text bodies the note."""
    tags: list[str] = []
    notes: list[str] = []
    if isinstance(node.get("bodyValue"), str):
        notes.append(node["bodyValue"])
    for body in _as_list(node.get("body")):
        if not isinstance(body, dict) or not isinstance(body.get("value"), str):
            continue  # a linked resource (an IRI) carries no text to keep
        purposes = [_local_name(p) for p in _as_list(body.get("purpose")) if isinstance(p, str)]
        if "tagging" in purposes:
            tag = body["value"].strip()
            if tag and tag not in tags:
                tags.append(tag)
        elif body["value"]:
            notes.append(body["value"])
    return tags, notes


def _selectors(target: dict) -> tuple[TextQuote | None, TextPosition | None]:
    quote = position = None
    for selector in _as_list(target.get("selector")):
        if not isinstance(selector, dict):
            continue
        kinds = _types(selector)
        if "TextQuoteSelector" in kinds and quote is None and isinstance(selector.get("exact"), str):
            # Quotes from web pages may be decomposed or carry CRLF: compare
            # them in the same canonical form as the articles.
            parts = [selector.get(k) if isinstance(selector.get(k), str) else "" for k in ("prefix", "suffix")]
            quote = TextQuote(canonicalize(selector["exact"]), canonicalize(parts[0]), canonicalize(parts[1]))
        elif "TextPositionSelector" in kinds and position is None:
            start, end = selector.get("start"), selector.get("end")
            if type(start) is int and type(end) is int and 0 <= start <= end:
                position = TextPosition(start, end)
    return quote, position


def _source_names(target: dict) -> tuple[str, ...]:
    names = []
    for source in _as_list(target.get("source")):
        if isinstance(source, dict):
            source = source.get("id", source.get("@id"))
        if isinstance(source, str) and source.strip():
            names.append(source.strip())
    return tuple(names)


def read_annotation(node: dict, where: str) -> tuple[list[Incoming], list[Rejected]]:
    """The targets of one annotation object as claims to place."""
    raw_id = node.get("id", node.get("@id"))
    if isinstance(raw_id, str) and raw_id.strip():
        base_id = annotation_id_from_iri(raw_id.strip())
    else:
        # No id: one derived from the content still makes a re-import idempotent.
        base_id = derived_guid("anonymous-annotation", json.dumps(node, sort_keys=True, ensure_ascii=False))
    tags, notes = _bodies(node)
    created, modified = _time(node.get("created")), _time(node.get("modified"))
    dated = created is not None or modified is not None
    created = created or modified or utc_now()
    modified = modified or created
    found: list[Incoming] = []
    rejected: list[Rejected] = []
    targets = _as_list(node.get("target"))
    if not targets:
        return [], [Rejected(where, "no target")]
    for i, target in enumerate(targets):
        here = f"{where}.target[{i}]" if len(targets) > 1 else where
        if not isinstance(target, dict):
            rejected.append(Rejected(here, "the target is a whole resource, without a text selector"))
            continue
        quote, position = _selectors(target)
        if quote is None and position is None:
            rejected.append(Rejected(here, "no TextQuoteSelector or TextPositionSelector"))
            continue
        # A second target of one annotation becomes a claim of its own.
        claim_id = base_id if i == 0 else derived_guid("target", base_id, str(i))
        found.append(Incoming(claim_id, here, _source_names(target), quote, position, tuple(tags),
                              "\n\n".join(notes), _author(node.get("creator")), created, modified, dated))
    return found, rejected


def _walk(node: Any, where: str, found: list[Incoming], rejected: list[Rejected], path: Path) -> None:
    if isinstance(node, list):
        for i, item in enumerate(node):
            _walk(item, f"{where}[{i}]", found, rejected, path)
        return
    here = where or "(root)"  # how messages name the file's top level
    if not isinstance(node, dict):
        rejected.append(Rejected(here, "not a JSON object"))
        return
    kinds = _types(node)
    prefix = f"{where}." if where else ""
    if "AnnotationCollection" in kinds:
        first = node.get("first")
        if isinstance(first, str):
            raise ImportFileError(path, "the collection's pages are not embedded (only a link to them)")
        if first is not None:
            _walk(first, prefix + "first", found, rejected, path)
    elif "AnnotationPage" in kinds:
        for i, item in enumerate(_as_list(node.get("items"))):
            _walk(item, f"{prefix}items[{i}]", found, rejected, path)
        if isinstance(node.get("next"), dict):  # a further page, embedded
            _walk(node["next"], prefix + "next", found, rejected, path)
    elif "Annotation" in kinds or "target" in node:
        more, refused = read_annotation(node, here)
        found.extend(more)
        rejected.extend(refused)
    else:
        rejected.append(Rejected(here, "not an Annotation, AnnotationPage or AnnotationCollection"))


def read_w3c(data: bytes, path: Path) -> tuple[list[Incoming], list[Rejected]]:
    """Every annotation in `data` (one, a list, a page or a collection)."""
    try:
        # The walk below recurses: a depth no annotation needs is refused before it.
        document = load_json(data, Path(path), max_depth=MAX_JSON_DEPTH)
    except InputError as exc:
        raise ImportFileError(path, exc.reason, exc.field, exc.offset) from exc
    found: list[Incoming] = []
    rejected: list[Rejected] = []
    _walk(document, "", found, rejected, Path(path))
    # An empty collection is a valid (if idle) import; a file of other JSON is not.
    if rejected and not found and all(r.reason.startswith("not an Annotation") or r.reason == "not a JSON object"
                         for r in rejected):
        raise ImportFileError(path, "not W3C Web Annotations (no Annotation, page or collection)")
    return found, rejected
