"""Reading W3C Web Annotation JSON(-LD) into plain records, whoever wrote it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from marginalia.core.error_codes import ErrorCode, SkipCode
from marginalia.core.annotation import parse_time, utc_now
from marginalia.core.errors import InputError, facts_beyond_place
from marginalia.core.export.ids import annotation_id_from_iri, derived_guid
from marginalia.core.selectors import TextPosition, TextQuote
from marginalia.core.files import read_regular_file
from marginalia.core.storage.formats import MAX_IMPORT_BYTES, MAX_JSON_DEPTH
from marginalia.core.storage.jsonio import load_json
from marginalia.core.text import canonicalize


class ImportFileError(InputError):
    """A file that cannot be imported at all (not JSON, not Web Annotations); `field` is
    the JSON path of the fault, when it has one."""

    def __init__(self, path: Path, code: ErrorCode, field: str = "", offset: int | None = None, **facts) -> None:
        super().__init__(path, field, code, offset, **facts)

    @classmethod
    def of(cls, path: Path, error: InputError) -> ImportFileError:
        """The same fault as `error`, met while importing `path`."""
        return cls(path, error.code, error.field, error.offset, **facts_beyond_place(error))


@dataclass(frozen=True, slots=True)
class Dropped:
    """A field of a record that was read but not kept, and why: nothing is dropped silently."""

    where: str  # the record's place in the file
    field: str  # the field's name in the file's own terms, e.g. "group" or "target.selector[1]"
    reason: str


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
    # Further ways to find the article: its web address and title as the other tool saw them.
    urls: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    dropped: tuple[Dropped, ...] = ()
    # Topic name → "#RRGGBB" where the file gives codes a colour.
    colors: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True, slots=True)
class IncomingLink:
    """A linking annotation (motivation "linking") whose targets are other annotations,
    as Marginalia writes a claim cluster: what becomes a cluster if its targets are
    claims of the corpus."""

    id: str  # the cluster id it will have
    where: str
    targets: tuple[str, ...]  # the claim ids its targets name
    label: str
    note: str
    author: str
    created: datetime
    modified: datetime
    dated: bool = True


@dataclass(frozen=True, slots=True)
class Rejected:
    """A record that was read but cannot become a claim, and why (a code and its facts)."""

    where: str
    code: SkipCode
    facts: dict = field(default_factory=dict)

    @property
    def reason(self) -> str:
        """Why, in English (for the CLI and logs)."""
        from marginalia.error_english import skip_reason

        return skip_reason(self.code, self.facts)


def _local_name(term: str) -> str:
    """A term without its prefix: compact ("Annotation") and prefixed ("oa:Annotation")
    forms both occur."""
    return term.rpartition(":")[2]


def _types(node: dict) -> list[str]:
    return [_local_name(v) for v in as_list(node.get("type", node.get("@type"))) if isinstance(v, str)]


def as_list(value: Any) -> list:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def read_time(value: Any) -> datetime | None:
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
    for agent in as_list(creator):
        if isinstance(agent, str) and agent.strip():
            # Hypothesis writes "acct:name@hypothes.is"; the name is what a reader knows.
            return agent.removeprefix("acct:").strip()
        if isinstance(agent, dict):
            for key in ("name", "nickname", "id", "@id"):
                name = next((n for n in as_list(agent.get(key)) if isinstance(n, str) and n.strip()), None)
                if name:
                    return name.strip()
    return ""


def _bodies(node: dict) -> tuple[list[str], list[str]]:
    """(tags, note parts): tagging bodies become topics, other text bodies the note."""
    tags: list[str] = []
    notes: list[str] = []
    if isinstance(node.get("bodyValue"), str):
        notes.append(node["bodyValue"])
    for body in as_list(node.get("body")):
        if not isinstance(body, dict) or not isinstance(body.get("value"), str):
            continue  # a linked resource (an IRI) carries no text to keep
        purposes = [_local_name(p) for p in as_list(body.get("purpose")) if isinstance(p, str)]
        if "tagging" in purposes:
            tag = body["value"].strip()
            if tag and tag not in tags:
                tags.append(tag)
        elif body["value"]:
            notes.append(body["value"])
    return tags, notes


# Selector kinds that name a part of an HTML or XML page, or of a media file:
# they mean nothing in an article's plain text.
_PAGE_SELECTORS = {"CssSelector", "XPathSelector", "FragmentSelector", "RangeSelector", "SvgSelector",
                   "DataPositionSelector"}


def _quote_of(selector: dict) -> TextQuote:
    # Quotes from web pages may be decomposed or carry CRLF: compare them in
    # the same canonical form as the articles.
    parts = [selector.get(k) if isinstance(selector.get(k), str) else "" for k in ("exact", "prefix", "suffix")]
    return TextQuote(*(canonicalize(part) for part in parts))


def read_selectors(target: dict, where: str) -> tuple[TextQuote | None, TextPosition | None, list[Dropped]]:
    """The first text quote and position among the target's selectors, following
    `refinedBy` chains (model §4.2.9); what cannot be used is reported."""
    quote = position = None
    dropped: list[Dropped] = []
    todo = [(f"selector[{i}]", s, None) for i, s in enumerate(as_list(target.get("selector")))]
    while todo:
        name, selector, within = todo.pop(0)
        if not isinstance(selector, dict):
            dropped.append(Dropped(where, name, "not a selector object"))
            continue
        kinds = _types(selector)
        span = None
        if "TextQuoteSelector" in kinds and isinstance(selector.get("exact"), str):
            span = False  # a position refining a quote counts from wherever the quote lands
            if quote is None:
                quote = _quote_of(selector)
            else:
                dropped.append(Dropped(where, name, "a second TextQuoteSelector; the first is used"))
        elif "TextQuoteSelector" in kinds:
            dropped.append(Dropped(where, name, "a TextQuoteSelector whose exact is not text"))
        elif "TextPositionSelector" in kinds:
            start, end = selector.get("start"), selector.get("end")
            if not (type(start) is int and type(end) is int and 0 <= start <= end):
                dropped.append(Dropped(where, name, "start and end are not whole numbers with start <= end"))
            elif within is False:
                dropped.append(Dropped(where, name, "counts within a part of a page, not within the text"))
            else:
                span = TextPosition(start, end) if within is None else TextPosition(within.start + start,
                                                                                    within.start + end)
                if position is None or position == within:  # a refinement is the more precise
                    position = span
                else:
                    dropped.append(Dropped(where, name, "a second TextPositionSelector; the first is used"))
        elif _PAGE_SELECTORS.intersection(kinds):
            dropped.append(Dropped(where, name, f"a {kinds[0]} selects part of a page, not of the text"))
            span = False  # positions refined from it count within that part
        else:
            dropped.append(Dropped(where, name, f"unknown selector type {', '.join(kinds) or '(none)'}"))
        for j, inner in enumerate(as_list(selector.get("refinedBy"))):
            todo.append((f"{name}.refinedBy" + (f"[{j}]" if isinstance(selector.get("refinedBy"), list) else ""),
                         inner, span if span is not None else within))
    return quote, position, dropped


# Annotation properties the claim model has no place for, with why.
_UNKEPT = {
    "motivation": "a claim's kind follows from its note and topics",
    "audience": "Marginalia has no audiences",
    "rights": "Marginalia keeps no licence per claim",
    "canonical": "the claim keeps the annotation's id",
    "via": "the claim keeps the annotation's id",
    "generator": "Marginalia records no generating software per claim",
    "generated": "Marginalia records no generation time per claim",
    "stylesheet": "Marginalia draws claims in the topic's colour",
    "renderedVia": "Marginalia draws claims itself",
}


def _unkept(node: dict, where: str) -> list[Dropped]:
    found = [Dropped(where, key, reason) for key, reason in _UNKEPT.items() if node.get(key) not in (None, "", [])]
    for i, body in enumerate(as_list(node.get("body"))):
        if not (isinstance(body, dict) and isinstance(body.get("value"), str)):
            found.append(Dropped(where, f"body[{i}]", "a linked resource, not text"))
    return found


def _source_names(target: dict) -> tuple[str, ...]:
    names = []
    for source in as_list(target.get("source")):
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
    created, modified = read_time(node.get("created")), read_time(node.get("modified"))
    dated = created is not None or modified is not None
    created = created or modified or utc_now()
    modified = modified or created
    found: list[Incoming] = []
    rejected: list[Rejected] = []
    targets = as_list(node.get("target"))
    if not targets:
        return [], [Rejected(where, SkipCode.NO_TARGET)]
    unkept = _unkept(node, where)
    for i, target in enumerate(targets):
        here = f"{where}.target[{i}]" if len(targets) > 1 else where
        if not isinstance(target, dict):
            rejected.append(Rejected(here, SkipCode.TARGET_WITHOUT_SELECTOR))
            continue
        quote, position, dropped = read_selectors(target, here)
        if quote is None and position is None:
            kinds = tuple(sorted({d.reason for d in dropped}))
            rejected.append(Rejected(here, SkipCode.NO_TEXT_SELECTOR, {"details": kinds} if kinds else {}))
            continue
        # A second target of one annotation becomes a claim of its own.
        claim_id = base_id if i == 0 else derived_guid("target", base_id, str(i))
        names = _source_names(target)
        source = target.get("source") if isinstance(target.get("source"), dict) else {}
        title = source.get("schema:headline") or source.get("title")
        urls = tuple(n for n in names if n.startswith(("http://", "https://")))
        if isinstance(source.get("schema:url"), str):
            urls += (source["schema:url"],)
        found.append(Incoming(claim_id, here, names, quote, position, tuple(tags),
                              "\n\n".join(notes), _author(node.get("creator")), created, modified, dated,
                              urls=urls, titles=(title,) if isinstance(title, str) and title.strip() else (),
                              dropped=tuple(unkept + dropped)))
    return found, rejected


def _link_targets(node: dict) -> list[str] | None:
    """The annotation ids a linking annotation targets, or None when it is not one whose
    every target is another resource by IRI alone (no selector: nothing in a text)."""
    motivations = [m.rsplit(":", 1)[-1] for m in as_list(node.get("motivation")) if isinstance(m, str)]
    if "linking" not in motivations:
        return None
    ids = []
    for target in as_list(node.get("target")):
        if isinstance(target, dict) and "selector" not in target and "source" not in target:
            target = target.get("id", target.get("@id"))
        if not isinstance(target, str) or not target.strip():
            return None
        ids.append(annotation_id_from_iri(target.strip()))
    return ids or None


def read_link(node: dict, where: str, targets: list[str]) -> IncomingLink:
    """A linking annotation as a cluster to make: its describing (or first) text body the
    label, its other text bodies the note."""
    raw_id = node.get("id", node.get("@id"))
    if isinstance(raw_id, str) and raw_id.strip():
        link_id = annotation_id_from_iri(raw_id.strip())
    else:
        link_id = derived_guid("anonymous-link", json.dumps(node, sort_keys=True, ensure_ascii=False))
    label, notes = "", []
    for body in as_list(node.get("body")) + ([{"value": node["bodyValue"]}] if isinstance(node.get("bodyValue"), str)
                                               else []):
        if not isinstance(body, dict) or not isinstance(body.get("value"), str):
            continue
        purposes = [p.rsplit(":", 1)[-1] for p in as_list(body.get("purpose")) if isinstance(p, str)]
        if not label and ("describing" in purposes or "identifying" in purposes):
            label = body["value"]
        else:
            notes.append(body["value"])
    if not label and notes:
        label = notes.pop(0)
    if not label and isinstance(node.get("label"), str):
        label = node["label"]
    created, modified = read_time(node.get("created")), read_time(node.get("modified"))
    dated = created is not None or modified is not None
    created = created or modified or utc_now()
    return IncomingLink(link_id, where, tuple(dict.fromkeys(targets)), label, "\n\n".join(notes),
                        _author(node.get("creator")), created, modified or created, dated)


def _walk(node: Any, where: str, found: list[Incoming], rejected: list[Rejected], path: Path,
          links: list[IncomingLink] | None = None) -> None:
    if isinstance(node, list):
        for i, item in enumerate(node):
            _walk(item, f"{where}[{i}]" if where else f"[{i}]", found, rejected, path, links)
        return
    here = where or "(root)"  # how messages name the file's top level
    if not isinstance(node, dict):
        rejected.append(Rejected(here, SkipCode.NOT_AN_OBJECT))
        return
    kinds = _types(node)
    prefix = f"{where}." if where else ""
    if "AnnotationCollection" in kinds:
        first = node.get("first")
        if isinstance(first, str):
            raise ImportFileError(path, ErrorCode.PAGES_NOT_EMBEDDED)
        if first is not None:
            _walk(first, prefix + "first", found, rejected, path, links)
    elif "AnnotationPage" in kinds:
        for i, item in enumerate(as_list(node.get("items"))):
            _walk(item, f"{prefix}items[{i}]", found, rejected, path, links)
        if isinstance(node.get("next"), dict):  # a further page, embedded
            _walk(node["next"], prefix + "next", found, rejected, path, links)
    elif links is not None and (targets := _link_targets(node)) is not None:
        links.append(read_link(node, where or "(root)", targets))
    elif "Annotation" in kinds or "target" in node:
        more, refused = read_annotation(node, here)
        found.extend(more)
        rejected.extend(refused)
    else:
        rejected.append(Rejected(here, SkipCode.NOT_AN_ANNOTATION))


def read_import_file(path: Path) -> bytes | None:
    """The bytes of the file to import, None if there is none. ImportFileError when it
    is not a regular file (a FIFO could block for ever), is too large or unreadable."""
    try:
        return read_regular_file(Path(path), MAX_IMPORT_BYTES)
    except InputError as exc:
        raise ImportFileError.of(path, exc) from exc


def load_import_json(data: bytes, path: Path) -> Any:
    """The JSON value of an import file; ImportFileError with the JSON path and byte of
    the fault. The readers walk it recursively: a depth no annotation needs is refused
    before they do."""
    try:
        return load_json(data, Path(path), max_depth=MAX_JSON_DEPTH)
    except InputError as exc:
        raise ImportFileError.of(path, exc) from exc


def read_w3c(data: bytes, path: Path, links: list[IncomingLink] | None = None
             ) -> tuple[list[Incoming], list[Rejected]]:
    """Every annotation in `data` (one, a list, a page or a collection). Given `links`,
    linking annotations between other annotations (clusters) are put there rather than
    refused as targets without a text selector."""
    document = load_import_json(data, path)
    found: list[Incoming] = []
    rejected: list[Rejected] = []
    _walk(document, "", found, rejected, Path(path), links)
    # An empty collection is a valid (if idle) import; a file of other JSON is not.
    if rejected and not found and not links and all(
            r.code in (SkipCode.NOT_AN_ANNOTATION, SkipCode.NOT_AN_OBJECT) for r in rejected):
        raise ImportFileError(path, ErrorCode.NOT_WEB_ANNOTATIONS)
    return found, rejected
