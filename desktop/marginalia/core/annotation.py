"""The annotation ("claim"): a span of an article with topics, a note and provenance."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from operator import attrgetter

from marginalia.core.merge import RecordKind
from marginalia.core.selectors import TextPosition, TextQuote, quote_at


def utc_now() -> datetime:
    """Now, in UTC, to the millisecond (the precision the sidecar keeps)."""
    now = datetime.now(timezone.utc)
    return now.replace(microsecond=now.microsecond // 1000 * 1000)


def format_time(moment: datetime) -> str:
    """ISO 8601 / RFC 3339 in UTC with milliseconds, e.g. 2026-01-02T03:04:05.678Z."""
    if moment.tzinfo is not timezone.utc:
        moment = moment.astimezone(timezone.utc)
    return moment.isoformat(timespec="milliseconds")[:-6] + "Z"  # without its "+00:00"


def parse_time(value: str) -> datetime:
    """Parse an ISO 8601 time with an offset or Z; naive times are refused. Fast for
    the form Marginalia writes (UTC with "Z"): a sidecar holds two per claim."""
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        if not value.endswith("z"):
            raise
        moment = datetime.fromisoformat(value[:-1] + "Z")  # RFC 3339 allows "z"; fromisoformat does not
    if moment.tzinfo is timezone.utc:
        return moment
    if moment.tzinfo is None:
        raise ValueError(f"time {value!r} has no UTC offset")
    return moment.astimezone(timezone.utc)


@dataclass(frozen=True, slots=True)
class Annotation:
    """One claim. Immutable: every change produces a new value with a new `modified`."""

    id: str
    position: TextPosition
    quote: TextQuote
    topics: tuple[str, ...] = ()
    note: str = ""
    author: str = ""
    # Required, and given by name: a claim read from a file without its times must be
    # refused, not dated now (see storage/typed_sidecar.py, which reads by these fields).
    created: datetime = field(kw_only=True)
    modified: datetime = field(kw_only=True)
    # True when re-anchoring could not place the quote in the current text: the
    # selectors are kept as they were so the claim can be re-attached later.
    orphaned: bool = False
    # The claims this one was settled from in adjudication (their ids), when it is an
    # adjudicator's decision; () for a reviewer's own claim.
    derived_from: tuple[str, ...] = ()

    @property
    def start(self) -> int:
        return self.position.start

    @property
    def end(self) -> int:
        return self.position.end

    def sort_key(self) -> tuple[int, int, str]:
        return (self.position.start, self.position.end, self.id)

    def with_changes(self, **changes) -> Annotation:
        """A copy with `changes` applied and `modified` set to now."""
        changes.setdefault("modified", utc_now())
        return replace(self, **changes)

    def with_topic_toggled(self, topic_id: str) -> Annotation:
        if topic_id in self.topics:
            topics = tuple(t for t in self.topics if t != topic_id)
        else:
            topics = self.topics + (topic_id,)
        return self.with_changes(topics=topics)

    def reanchored(self, text: str, position: TextPosition) -> Annotation:
        """The same claim placed at `position` in `text`; keeps `modified` (no user edit)."""
        return replace(self, position=position, quote=quote_at(text, position), orphaned=False)


def new_annotation(
    text: str,
    position: TextPosition,
    *,
    topics: tuple[str, ...] = (),
    note: str = "",
    author: str = "",
) -> Annotation:
    """A fresh claim on `position` of `text` with a random UUID."""
    now = utc_now()
    return Annotation(
        id=str(uuid.uuid4()),
        position=position,
        quote=quote_at(text, position),
        topics=tuple(topics),
        note=note,
        author=author,
        created=now,
        modified=now,
    )


def claim_content(a: Annotation) -> bytes:
    """A claim's content as bytes, every field in a fixed order: what the merge's tie rule
    compares when two versions of a claim carry the same `modified`."""
    fields = [a.id, a.start, a.end, a.quote.exact, a.quote.prefix, a.quote.suffix, list(a.topics), a.note,
              a.author, format_time(a.created), format_time(a.modified), a.orphaned]
    if a.derived_from:  # only then: the content of every other claim stays what it was
        fields.append(list(a.derived_from))
    return json.dumps(fields, ensure_ascii=False).encode("utf-8", "surrogatepass")


# Claims in a three-way merge (core.merge): by id, the later `modified` winning, in reading order.
CLAIM_RECORDS = RecordKind("annotation", id=attrgetter("id"), content=claim_content,
                           modified=attrgetter("modified"), order=Annotation.sort_key)
