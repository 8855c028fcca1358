"""One open article with its annotations: the unit that is edited, undone and saved."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from marginalia.core.annotation import CLAIM_RECORDS, Annotation
from marginalia.core.article import Article
from marginalia.core.intervals import IntervalIndex
from marginalia.core.merge import Conflict, merge3, pick3


@dataclass(frozen=True, slots=True)
class Changes:
    """What one operation changed, so each view refreshes only that (cf. Anki's OpChanges)."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    language: bool = False
    reloaded: bool = False  # every claim may have changed
    text: bool = False  # the article's text changed (on disk)
    codebook: bool = False  # the corpus's topics changed
    merged: bool = False  # another writer's changes were taken in
    conflicts: tuple[str, ...] = ()  # ids both sides changed; the versions left out are in the history

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.updated or self.language or self.reloaded or self.text
                    or self.codebook)

    def __or__(self, other: Changes) -> Changes:
        """Both changes, as one (ids in the order first seen)."""
        def union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(a + b))
        return Changes(union(self.added, other.added), union(self.removed, other.removed),
                       union(self.updated, other.updated), self.language or other.language,
                       self.reloaded or other.reloaded, self.text or other.text, self.codebook or other.codebook,
                       self.merged or other.merged, union(self.conflicts, other.conflicts))


@dataclass(slots=True)
class AnchorSummary:
    """How the annotations were placed when the article was opened (see anchoring)."""

    statuses: dict[str, str] = field(default_factory=dict)  # id → exact / moved / fuzzy / orphaned
    scores: dict[str, float] = field(default_factory=dict)

    def counts(self) -> Counter:
        return Counter(self.statuses.values())


class ArticleDocument:
    """An article and its claims in memory. Mutations are inverse pairs
    (add/remove, update/update) so undo needs no knowledge of the storage."""

    def __init__(
        self,
        article: Article,
        annotations: Iterable[Annotation] = (),
        *,
        language: str = "",
        language_source: str = "detected",
        anchors: AnchorSummary | None = None,
        read_only: bool = False,
    ) -> None:
        self.article = article
        self.language = language
        self.language_source = language_source
        # Set when its files may not be written (see the storage's reason for it).
        self.read_only = read_only
        self.anchors = anchors or AnchorSummary()
        self._by_id: dict[str, Annotation] = {}
        self._index = IntervalIndex()
        self._topic_counts: Counter = Counter()
        self._author_counts: Counter = Counter()
        self._orphans = 0
        self._load(annotations)
        # Counts every change: the storage compares it with the revision it last saved.
        self.revision = 0

    # -- reading ---------------------------------------------------------
    @property
    def text(self) -> str:
        return self.article.text

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, annotation_id: str) -> bool:
        return annotation_id in self._by_id

    def get(self, annotation_id: str) -> Annotation:
        return self._by_id[annotation_id]

    def claims(self) -> Iterable[Annotation]:
        """Every claim, in no particular order (no sorting: for a snapshot to save)."""
        return self._by_id.values()

    def ordered(self) -> list[Annotation]:
        """Every annotation in reading order (start, end, id)."""
        return [self._by_id[i] for i in self._index.ids()]

    def ordered_ids(self) -> list[str]:
        return self._index.ids()

    def rank(self, annotation_id: str) -> int:
        return self._index.position_of(annotation_id)

    def overlapping(self, start: int, end: int) -> list[Annotation]:
        return [self._by_id[i] for i in self._index.overlapping(start, end)]

    def at(self, offset: int) -> list[Annotation]:
        return [self._by_id[i] for i in self._index.at(offset)]

    def reviewers(self) -> set[str]:
        """The reviewers (claim authors) with claims here, kept up to date by every change."""
        return {name for name, n in self._author_counts.items() if n > 0}

    def topic_counts(self) -> Counter:
        return Counter(+self._topic_counts)  # kept up to date by every change

    @property
    def orphan_count(self) -> int:
        return self._orphans

    def orphans(self) -> list[Annotation]:
        return [a for a in self.ordered() if a.orphaned] if self._orphans else []

    # -- changing --------------------------------------------------------
    def add(self, annotation: Annotation) -> Changes:
        if annotation.id in self._by_id:
            raise KeyError(f"annotation {annotation.id} exists already")
        self._check_span(annotation)
        self._insert(annotation)
        self.anchors.statuses[annotation.id] = "orphaned" if annotation.orphaned else "exact"
        return self._changed(Changes(added=(annotation.id,)))

    def remove(self, annotation_id: str) -> Changes:
        annotation = self._by_id.pop(annotation_id)
        self._index.remove(annotation.id)
        self._count(annotation, -1)
        self.anchors.statuses.pop(annotation_id, None)
        return self._changed(Changes(removed=(annotation_id,)))

    def update(self, annotation: Annotation) -> Changes:
        """Replace the annotation with the same id (its inverse is another update)."""
        if annotation.id not in self._by_id:
            raise KeyError(annotation.id)
        self._check_span(annotation)
        self._index.remove(annotation.id)
        self._count(self._by_id[annotation.id], -1)
        self._insert(annotation)
        if not annotation.orphaned:
            self.anchors.statuses[annotation.id] = "exact"
        return self._changed(Changes(updated=(annotation.id,)))

    def set_language(self, tag: str, source: str) -> Changes:
        self.language, self.language_source = tag, source
        return self._changed(Changes(language=True))

    def replace_all(self, annotations: Iterable[Annotation], anchors: AnchorSummary | None = None) -> Changes:
        """Swap in another set of claims (e.g. re-anchored to a new text)."""
        self._load(annotations)
        if anchors is not None:
            self.anchors = anchors
        return self._changed(Changes(reloaded=True))

    def replace_article(self, article: Article, annotations: list[Annotation], anchors: AnchorSummary) -> Changes:
        """The article's text changed on disk: take the new text with re-anchored claims."""
        self.article = article
        self.replace_all(annotations, anchors)
        return Changes(reloaded=True, text=True)

    def merge(self, base: Iterable[Annotation], theirs: Iterable[Annotation],
              language: tuple[tuple[str, str], tuple[str, str]] | None = None,
              statuses: Mapping[str, str] | None = None) -> tuple[Changes, tuple[Conflict, ...]]:
        """Take in another version of the claims (`theirs`, placed in this text) made from
        `base`, as core.merge.merge3 does, keeping the changes made here since; likewise
        the language, given as its (base, theirs) (tag, source) pairs. `statuses` says how
        the claims of `theirs` were placed. Returns what changed and the true conflicts."""
        mine = self._by_id
        merged = merge3(base, mine.values(), theirs, CLAIM_RECORDS)
        result = {a.id: a for a in merged.records}
        added = tuple(i for i in result if i not in mine)
        removed = tuple(i for i in mine if i not in result)
        updated = tuple(i for i, a in result.items() if i in mine and mine[i] is not a)
        changes = Changes(added=added, removed=removed, updated=updated, merged=True,
                          conflicts=tuple(c.id for c in merged.conflicts))
        if added or removed or updated:
            statuses = statuses or {}
            for i in removed:
                self.anchors.statuses.pop(i, None)
            for i in added + updated:
                self.anchors.statuses[i] = "orphaned" if result[i].orphaned else statuses.get(i, "exact")
            self._load(result.values())
            self.revision += 1
        if language is not None:
            chosen = pick3(language[0], (self.language, self.language_source), language[1], prefer_language)
            if chosen != (self.language, self.language_source):
                self.language, self.language_source = chosen
                self.revision += 1
                changes = Changes(added, removed, updated, language=True, merged=True,
                                  conflicts=changes.conflicts)
        return changes, merged.conflicts

    def copy(self) -> ArticleDocument:
        """A copy to read on another thread while this one goes on changing (claims are
        immutable, so they are shared)."""
        anchors = AnchorSummary(dict(self.anchors.statuses), dict(self.anchors.scores))
        twin = ArticleDocument(self.article, self._by_id.values(), language=self.language,
                               language_source=self.language_source, anchors=anchors, read_only=self.read_only)
        twin.revision = self.revision
        return twin

    # -- internals -------------------------------------------------------
    def _load(self, annotations) -> None:
        self._by_id = {a.id: a for a in annotations}
        self._index = IntervalIndex.from_spans((a.id, a.start, a.end) for a in self._by_id.values())
        self._topic_counts = Counter(t for a in self._by_id.values() for t in a.topics)
        self._orphans = sum(a.orphaned for a in self._by_id.values())
        self._author_counts = Counter(a.author for a in self._by_id.values())

    def _insert(self, annotation: Annotation) -> None:
        self._by_id[annotation.id] = annotation
        self._index.add(annotation.id, annotation.start, annotation.end)
        self._count(annotation, +1)

    def _count(self, annotation: Annotation, sign: int) -> None:
        for topic in annotation.topics:
            self._topic_counts[topic] += sign
        self._orphans += sign if annotation.orphaned else 0
        self._author_counts[annotation.author] += sign

    def _check_span(self, annotation: Annotation) -> None:
        if not annotation.orphaned and annotation.end > len(self.article.text):
            raise ValueError(f"span [{annotation.start}, {annotation.end}) is beyond the text")

    def _changed(self, changes: Changes) -> Changes:
        self.revision += 1
        return changes


def with_topic_removed(annotation: Annotation, topic_id: str) -> Annotation:
    """The claim without `topic_id`: an edit, so `modified` moves on and a merge with an
    older copy that still carries the topic keeps this one."""
    return annotation.with_changes(topics=tuple(t for t in annotation.topics if t != topic_id))


def prefer_language(a: tuple[str, str], b: tuple[str, str]) -> tuple[str, str]:
    """Both sides set another language: the user's choice over an identified one, then
    the tag that sorts last (a rule on the values, not on the sides)."""
    return max(a, b, key=lambda pair: (pair[1] == "user", pair[0], pair[1]))
