"""The owner of one article's sidecar: it reads it, remembers it, merges and writes it."""

from __future__ import annotations

import codecs
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from pathlib import Path

from marginalia.core.annotation import CLAIM_RECORDS, Annotation
from marginalia.core.document import ArticleDocument, prefer_language
from marginalia.core.errors import InputError
from marginalia.core.merge import Conflict, merge3, pick3
from marginalia.core.storage.formats import MAX_SIDECAR_BYTES
from marginalia.core.storage.owned_file import OwnedFile, Written
from marginalia.core.storage.placement import place_annotations
from marginalia.core.files import read_regular_file
from marginalia.core.storage.sidecar import (
    BadRecord, RecordCache, SidecarData, cache_records, decode_strictly, encode_annotation, encode_sidecar,
)

# From this size a sidecar is read by typed_sidecar (msgspec, loaded then); the strict
# reader alone reads a few dozen claims in a couple of milliseconds.
TYPED_READ_MIN_BYTES = 16 * 1024
# The language of a sidecar that did not exist: the base of a three-way merge of the
# language when there was no file before, so a language named on either side since is
# a change (and a user's choice wins over a detected one, see prefer_language).
NO_FILE_LANGUAGE = ("", "detected")


def decode_sidecar(data: bytes, path: Path) -> SidecarData:
    """Parse a sidecar. Raises InputError when the file as a whole is unusable; records
    that are individually wrong come back as `bad_records`."""
    if len(data) >= TYPED_READ_MIN_BYTES:
        from marginalia.core.storage.typed_sidecar import read_typed  # msgspec: only for larger files

        typed = read_typed(data.removeprefix(codecs.BOM_UTF8))
        if typed is not None:
            return typed
    return decode_strictly(data, path)


def read_sidecar(path: Path) -> SidecarData | None:
    """The sidecar at `path`, None if there is none; InputError if it is unusable (a
    FIFO, a device, too large, not JSON…). For a look only: to write, use a SidecarFile."""
    data = read_regular_file(path, MAX_SIDECAR_BYTES)
    return None if data is None else decode_sidecar(data, Path(path))


@dataclass(frozen=True, slots=True)
class SidecarSnapshot:
    """A document as one save writes it: immutable, so another thread may write it while
    the document goes on changing."""

    revision: int
    data: SidecarData
    text: str  # the canonical text its positions count in


class SidecarFile(OwnedFile[SidecarData]):
    """The owner of one sidecar, for one open document. What it knows of the file (hash,
    base, unreadable records, why it may not be written, the revision last saved) it
    alone writes; the document holds the claims."""

    limit = MAX_SIDECAR_BYTES
    kind_name = CLAIM_RECORDS.name

    def __init__(self, path: Path) -> None:
        super().__init__(path)
        # Why the file is never to be written (unreadable, or its article damaged or
        # decoded otherwise than its claims were made on); None when it may be.
        self.read_only_error: InputError | None = None
        # Records of the file whose offsets lie beyond the text they say they count in:
        # kept verbatim, like the unreadable ones.
        self.misplaced: tuple[BadRecord, ...] = ()
        self.saved_revision = 0  # the document revision the file holds
        self._cache: RecordCache = {}  # each claim's record bytes as last encoded
        self._text: str | None = None  # the text of the snapshot being written

    @property
    def bad_records(self) -> tuple[BadRecord, ...]:
        """The records of the file that are not claims of the document, kept to be written back."""
        return _union(self.base.bad_records if self.base is not None else (), self.misplaced)

    def needs_saving(self, document: ArticleDocument) -> bool:
        return self.read_only_error is None and document.revision != self.saved_revision

    # -- OwnedFile ------------------------------------------------------------
    def decode(self, data: bytes) -> SidecarData:
        return decode_sidecar(data, self.path)

    def encode(self, value: SidecarData) -> bytes:
        return encode_sidecar(value, self._cache)

    def merge(self, base: SidecarData | None, ours: SidecarData, theirs: SidecarData
              ) -> tuple[SidecarData, tuple[Conflict, ...]]:
        merged = merge3(base.annotations if base else None, ours.annotations, theirs.annotations, CLAIM_RECORDS)
        claims = merged.records
        base_language = (base.language, base.language_source) if base else NO_FILE_LANGUAGE
        tag, source = pick3(base_language, (ours.language, ours.language_source),
                            (theirs.language, theirs.language_source), prefer_language)
        if self._text is None:
            return _merged_files(base, ours, theirs, claims, tag, source), merged.conflicts
        # A save: its claims count in this text, where another writer's are placed too.
        placed, misplaced, _summary = place_annotations(self._text, claims, self.path, theirs.sha256 == ours.sha256)
        bad = _union(_union(ours.bad_records, theirs.bad_records), tuple(misplaced))
        return replace(ours, annotations=tuple(placed), bad_records=bad, language=tag, language_source=source), \
            merged.conflicts

    def value_of(self, records: tuple[Annotation, ...]) -> SidecarData:
        return SidecarData("", "", annotations=tuple(records))

    def records(self, value: SidecarData) -> Mapping[str, Annotation]:
        return {a.id: a for a in value.annotations}

    def record_json(self, record: Annotation) -> dict:
        return encode_annotation(record)

    def keeps(self, old: Annotation, new: Annotation | None) -> bool:
        """Not when only re-anchored (placed anew in a changed text, no one's edit)."""
        if new is None:
            return True
        if old == new:
            return False
        return (old.topics, old.note, old.author, old.created, old.modified, old.derived_from) != \
            (new.topics, new.note, new.author, new.created, new.modified, new.derived_from)

    # -- saving ---------------------------------------------------------------
    def snapshot(self, document: ArticleDocument) -> SidecarSnapshot:
        """What a save of `document` writes, taken now (quick: the claims are shared)."""
        article = document.article
        data = SidecarData(article.path.name, article.sha256, document.language, document.language_source,
                           tuple(document.claims()), self.bad_records, article.encoding, article.extractor)
        return SidecarSnapshot(document.revision, data, document.text)

    def prepare(self, claims: list[Annotation]) -> None:
        """Encode these claims' records ahead of the next save (from the saving thread)."""
        cache_records(claims, self._cache)

    def save(self, snapshot: SidecarSnapshot) -> Written[SidecarData]:
        """Write the snapshot, merged first with another writer's version (see OwnedFile.write)."""
        self._text = snapshot.text
        try:
            written = self.write(snapshot.data)
        finally:
            self._text = None
        self.misplaced = ()  # written among the file's unreadable records, which the base now holds
        return written


def _merged_files(base: SidecarData | None, ours: SidecarData, theirs: SidecarData, claims: tuple[Annotation, ...],
                  language: str, source: str) -> SidecarData:
    """Two files merged with no text at hand (git's merge, a sync folder's copy, a write
    outside a save): every choice is a rule on the values, never on the sides, so
    either side merging writes the same file. Claims placed in two different texts
    leave the text unnamed (no hash): the next open places every claim by its quote."""
    head = base or SidecarData("", "")
    decided = {"sha256": ours.sha256 if ours.sha256 == theirs.sha256 else "", "language": language,
               "language_source": source, "annotations": claims,
               "bad_records": _bad_records_merged(base, ours, theirs)}
    # The other members of the header (the article's file name, its encoding, the
    # extractor...): the side that changed one, else the value that sorts last.
    for member in fields(SidecarData):
        if member.name not in decided:
            decided[member.name] = pick3(getattr(head, member.name), getattr(ours, member.name),
                                         getattr(theirs, member.name), max)
    return SidecarData(**decided)


def _bad_records_merged(base: SidecarData | None, ours: SidecarData, theirs: SidecarData) -> tuple[BadRecord, ...]:
    """The unreadable records of both sides, less those of the base that one side no
    longer has (repaired or removed there), in an order of their own."""
    sides = ({b.data for b in ours.bad_records}, {b.data for b in theirs.bad_records})
    dealt_with = {b.data for b in (base.bad_records if base else ()) if not all(b.data in side for side in sides)}
    kept: dict[bytes, BadRecord] = {}
    for bad in sorted(ours.bad_records + theirs.bad_records, key=lambda b: (b.index, b.data)):
        if bad.data not in dealt_with:
            kept.setdefault(bad.data, bad)
    return tuple(kept.values())


def _union(first: tuple[BadRecord, ...], second: tuple[BadRecord, ...]) -> tuple[BadRecord, ...]:
    seen = {bad.data for bad in first}
    return first + tuple(bad for bad in second if bad.data not in seen)
