"""Merging imported annotations into a corpus: place, map tags to topics, add (or update
only with what is strictly newer, else keep both as a conflict), save."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from marginalia.core.error_codes import ErrorCode, SkipCode
from marginalia.core.anchoring import anchor_quote
from marginalia.core.annotation import Annotation
from marginalia.core.codebook import Codebook
from marginalia.core.errors import ArticleError, InputError, MarginaliaError
from marginalia.core.importer.matching import ArticleIndex
from marginalia.core.importer.reader import (
    Dropped, ImportFileError, Incoming, IncomingLink, Rejected, read_import_file, read_w3c,
)
from marginalia.core.selectors import TextPosition, TextQuote, quote_at
from marginalia.core.storage.formats import sidecar_path
from marginalia.core.storage.history import IMPORT_CONFLICT, HistoryEntry
from marginalia.core.storage.sidecar import encode_annotation
from marginalia.core.storage.sidecar_file import read_sidecar

Progress = Callable[[int, int, str], None]  # (done, total, article name)


@dataclass(frozen=True, slots=True)
class Skipped:
    """A record left out, and why: a code with its facts, and the error behind it when a
    file could not be read or written; `fault` is False when nothing was wrong (already
    imported)."""

    where: str  # its place in the file, e.g. "first.items[3]"
    code: SkipCode
    facts: dict = field(default_factory=dict)
    fault: bool = True
    error: MarginaliaError | None = None

    @property
    def reason(self) -> str:
        """Why, in English (for the CLI and logs)."""
        from marginalia.error_english import skip_reason

        return skip_reason(self.code, self.facts, self.error)


@dataclass(slots=True)
class ImportReport:
    """What an import did, claim by claim, for the caller to word."""

    imported: list[str] = field(default_factory=list)  # ids added
    updated: list[str] = field(default_factory=list)  # replaced by a strictly newer version
    # (where in the file, id): a claim here differs and is not older; both versions are
    # kept, the incoming one in the sidecar's history.
    conflicts: list[tuple[str, str]] = field(default_factory=list)
    orphaned: list[str] = field(default_factory=list)  # added or updated, but not placed in the text
    skipped: list[Skipped] = field(default_factory=list)
    unmatched: list[tuple[str, str]] = field(default_factory=list)  # (where in the file, why)
    new_topics: list[str] = field(default_factory=list)  # names
    written: list[Path] = field(default_factory=list)  # sidecars saved
    dropped: list[Dropped] = field(default_factory=list)  # fields read but not kept, and why
    articles_added: list[str] = field(default_factory=list)  # article files written into the corpus
    notes: list[tuple[str, str]] = field(default_factory=list)  # (where, fact) worth telling, not faults
    clusters: list[str] = field(default_factory=list)  # claim clusters made or extended (ids)


def map_tags(codebook: Codebook, tags: tuple[str, ...],
             colors: dict[str, str] | None = None) -> tuple[tuple[str, ...], Codebook, list[str]]:
    """Topic ids for `tags`: by name (any case), else by id, else a new topic (in the
    colour `colors` gives its name, if any). Returns the ids, the codebook with any
    new topics, and the new names."""
    ids: list[str] = []
    added: list[str] = []
    colors = colors or {}
    for tag in tags:
        topic = next((t for t in codebook if t.name.casefold() == tag.casefold()), None) or codebook.get(tag)
        if topic is None:
            color = colors.get(tag)
            codebook = codebook.add(tag, color if color and color.upper() not in
                                    {t.color.upper() for t in codebook} else None)
            topic = codebook.topics[-1]
            added.append(topic.name)
        if topic.id not in ids:
            ids.append(topic.id)
    return tuple(ids), codebook, added


def place(text: str, item: Incoming) -> tuple[TextPosition, TextQuote, bool] | None:
    """(position, quote, orphaned) for `item` in `text`; None if it cannot be kept."""
    if item.quote is None:
        position = item.position
        if position is None or position.end > len(text):
            return None
        return position, quote_at(text, position), False
    if not (item.quote.prefix or item.quote.suffix):
        # No context at all: the anchoring chain would read that as "at the start and at
        # the end of the text" and prefer a copy there over the one at the position.
        copy = _nearest_copy(text, item.quote, item.position)
        if copy is not None:
            return copy, _as_written_or_here(text, item, copy), False
    # Another tool made the quote: its context may be of any length, its
    # position counts in its own copy of the text (see anchoring.chain).
    anchor = anchor_quote(text, item.quote, item.position, foreign=True)
    if anchor.position is None:
        # Refused as ambiguous: copies alike in all the context the record gives are
        # told apart by its position, as copies of a quote without context are.
        copy = _nearest_copy(text, item.quote, item.position)
        if copy is not None:
            return copy, _as_written_or_here(text, item, copy), False
        # Kept with its selectors, as the core keeps claims it cannot place:
        # it can be re-attached once the passage is found again.
        return item.position or TextPosition(0, 0), item.quote, True
    return anchor.position, _as_written_or_here(text, item, anchor.position), False


def _as_written_or_here(text: str, item: Incoming, position: TextPosition) -> TextQuote:
    """The record's own quote where the file says and verbatim (as opening a sidecar
    keeps it, so a round trip changes nothing), else the quote with this place's context."""
    if position == item.position and text[position.start:position.end] == item.quote.exact:
        return item.quote
    return quote_at(text, position)


def _nearest_copy(text: str, quote: TextQuote, position: TextPosition | None) -> TextPosition | None:
    """The verbatim copy of `quote`, with all the context it gives right beside it,
    nearest the stated position (else the first); None if there is none.

    The anchoring chain reads an empty prefix as "at the start of the text", which
    is right for our own sidecars but not for a tool that simply sends no context,
    and it refuses to choose among copies whose context is alike: for a record from
    another tool, the position it states is then the only evidence left.
    """
    exact = quote.exact
    if not exact:
        return None
    target = position.start if position is not None else 0
    best = None
    at = text.find(exact)
    while at >= 0:
        fits = text.endswith(quote.prefix, 0, at) and text.startswith(quote.suffix, at + len(exact))
        if fits and (best is None or abs(at - target) < abs(best - target)):
            best = at
        at = text.find(exact, at + 1)
    return None if best is None else TextPosition(best, best + len(exact))


def _same_content(a: Annotation, b: Annotation) -> bool:
    return (a.position, a.quote, a.topics, a.note, a.author, a.orphaned, a.derived_from) == \
           (b.position, b.quote, b.topics, b.note, b.author, b.orphaned, b.derived_from)


def _owners(index: ArticleIndex) -> dict[str, Path]:
    """Which article already holds each annotation id (re-imports update in place)."""
    owners: dict[str, Path] = {}
    for article in index.articles:
        try:
            data = read_sidecar(sidecar_path(article.path))
        except InputError:
            continue  # that article is read-only for the import anyway
        for a in data.annotations if data is not None else ():
            owners.setdefault(a.id, article.path)
    return owners


def import_w3c(corpus, file: Path, *, progress: Progress | None = None) -> ImportReport:
    """Import the W3C annotations in `file` into `corpus` (a core Corpus) and save.
    Raises ImportFileError when the file cannot be read as annotations at all."""
    data = read_import_file(file)
    if data is None:
        raise ImportFileError(file, ErrorCode.NO_SUCH_FILE)
    links: list[IncomingLink] = []
    items, rejected = read_w3c(data, Path(file), links)
    return import_items(corpus, items, rejected, progress=progress, links=links)


def import_items(corpus, items: list[Incoming], rejected: list[Rejected] = (), *,
                 progress: Progress | None = None, report: ImportReport | None = None,
                 links: list[IncomingLink] = (), reviewer: str = "") -> ImportReport:
    """Place `items` (read by any reader) in the articles of `corpus`, map their tags to
    topics and save; then make the claim clusters `links` describe (see importer.links).
    `report` collects into a report begun by the reader. Items with no author get
    `reviewer`'s name."""
    report = report if report is not None else ImportReport()
    if reviewer:
        items = [item if item.author.strip() else replace(item, author=reviewer) for item in items]
    report.skipped.extend(Skipped(r.where, r.code, r.facts) for r in rejected)
    index = ArticleIndex(corpus)
    owners = _owners(index)
    plan: dict[Path, list[Incoming]] = {}
    seen: set[str] = set()
    for item in items:
        if item.id in seen:
            report.skipped.append(Skipped(item.where, SkipCode.REPEATED_ID, {"id": item.id}))
            continue
        seen.add(item.id)
        report.dropped.extend(item.dropped)
        if item.id in owners:
            plan.setdefault(owners[item.id], []).append(item)
            continue
        match = index.match(item)
        if match.article is None:
            report.unmatched.append((item.where, match.how))
        else:
            plan.setdefault(match.article.path, []).append(item)

    codebook = corpus.codebook
    topics: dict[str, tuple[str, ...]] = {}
    for planned in plan.values():
        for item in planned:
            topics[item.id], codebook, added = map_tags(codebook, item.tags, dict(item.colors))
            report.new_topics.extend(added)
    if report.new_topics:
        # The codebook first: a sidecar must never name a topic that is not saved.
        corpus.save_codebook(codebook)

    paths = [p for p in corpus.article_paths() if p in plan]
    for done, path in enumerate(paths):
        if progress is not None:
            progress(done, len(paths), corpus.relative_name(path))
        _merge_into(corpus, path, plan[path], topics, report)
    if progress is not None:
        progress(len(paths), len(paths), "")
    if links:
        from marginalia.core.importer.links import import_links

        import_links(corpus, list(links), report)
    return report


def _merge_into(corpus, path: Path, items: list[Incoming], topics: dict[str, tuple[str, ...]],
                report: ImportReport) -> None:
    try:
        document = corpus.open(path)
    except ArticleError as exc:
        report.skipped.extend(Skipped(item.where, SkipCode.ARTICLE_UNREADABLE, error=exc) for item in items)
        return
    file = corpus.file_of(document)
    if file.read_only_error is not None:
        report.skipped.extend(Skipped(item.where, SkipCode.FILE_READ_ONLY, error=file.read_only_error)
                              for item in items)
        return
    changed = False
    kept: list[HistoryEntry] = []
    for item in items:
        placed = place(document.text, item)
        if placed is None:
            report.skipped.append(Skipped(item.where, SkipCode.POSITION_BEYOND_TEXT))
            continue
        position, quote, orphaned = placed
        claim = Annotation(id=item.id, position=position, quote=quote, topics=topics[item.id],
                           note=item.note, author=item.author, created=item.created,
                           modified=item.modified, orphaned=orphaned)
        if item.id in document:
            existing = document.get(item.id)
            if _same_content(existing, claim):
                report.skipped.append(Skipped(item.where, SkipCode.UNCHANGED, fault=False))
                continue
            if not (item.dated and _replaces(claim, existing)):
                # Not strictly newer, or it would unplace a placed claim: the claim here
                # stays, and the incoming version is kept where the user can find it.
                kept.append(HistoryEntry(IMPORT_CONFLICT, file.kind_name, encode_annotation(claim)))
                report.conflicts.append((item.where, item.id))
                continue
            document.update(claim)  # the save puts the version replaced in the history
            report.updated.append(item.id)
        else:
            document.add(claim)
            report.imported.append(item.id)
        changed = True
        if orphaned:
            report.orphaned.append(item.id)
    if kept:
        file.keep(kept)
    # Only an import that changed something writes: opening alone may have
    # re-anchored claims, and that is for the reader to save, not for us.
    if changed and corpus.save(document).wrote:
        report.written.append(file.path)


def _replaces(incoming: Annotation, existing: Annotation) -> bool:
    """An import replaces a claim only with a strictly newer version (a record that says
    no time is never newer) that it can place as well as the claim is placed (a placed
    claim is never made an orphan)."""
    return incoming.modified > existing.modified and (existing.orphaned or not incoming.orphaned)
