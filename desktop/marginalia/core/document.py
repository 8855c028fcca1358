"""One open article with its annotations: the unit that is edited, undone and saved."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from marginalia.core.annotation import Annotation
from marginalia.core.article import Article
from marginalia.core.errors import SidecarError
from marginalia.core.intervals import IntervalIndex
from marginalia.core.storage.sidecar import BadRecord, RecordCache, SidecarData


@dataclass(frozen=True, slots=True)
class Changes:
    """What one operation changed, so each view refreshes only that (cf. Anki's OpChanges)."""

    added: tuple[str, ...] = ()
    removed: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    language: bool = False
    reloaded: bool = False  # every claim may have changed
    text: bool = False  # the article's text changed (on disk)

    def __bool__(self) -> bool:
        return bool(self.added or self.removed or self.updated or self.language or self.reloaded or self.text)


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
        sidecar_path: Path,
        annotations: list[Annotation] | tuple[Annotation, ...] = (),
        *,
        language: str = "",
        language_source: str = "detected",
        bad_records: tuple[BadRecord, ...] = (),
        read_only_error: SidecarError | None = None,
        anchors: AnchorSummary | None = None,
    ) -> None:
        self.article = article
        self.sidecar_path = Path(sidecar_path)
        self.language = language
        self.language_source = language_source
        self.bad_records = tuple(bad_records)
        # Set when the sidecar could not be read at all: the file is then never written.
        self.read_only_error = read_only_error
        self.anchors = anchors or AnchorSummary()
        self._by_id: dict[str, Annotation] = {}
        self._index = IntervalIndex()
        self._topic_counts: Counter = Counter()
        self._orphans = 0
        self._load(annotations)
        self.revision = 0
        self.saved_revision = 0
        # The sidecar records of the claims as last saved, for the next save to reuse.
        self.encoded_records: RecordCache = {}
        # SHA-256 of the sidecar's bytes as this document last read, wrote or saw them on
        # disk (see CorpusSession.sidecar_changed_on_disk); None when there were none.
        self.sidecar_sha256: str | None = None

    # -- reading ---------------------------------------------------------
    @property
    def text(self) -> str:
        return self.article.text

    @property
    def read_only(self) -> bool:
        return self.read_only_error is not None

    @property
    def dirty(self) -> bool:
        return self.revision != self.saved_revision

    def __len__(self) -> int:
        return len(self._by_id)

    def __contains__(self, annotation_id: str) -> bool:
        return annotation_id in self._by_id

    def get(self, annotation_id: str) -> Annotation:
        return self._by_id[annotation_id]

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

    def replace_all(self, annotations: list[Annotation], anchors: AnchorSummary | None = None,
                    bad_records: tuple[BadRecord, ...] | None = None) -> Changes:
        """Swap in another set (a reload or merge after the sidecar changed on disk), with
        the records of that file that could not be read, kept to be written back."""
        self._load(annotations)
        if anchors is not None:
            self.anchors = anchors
        if bad_records is not None:
            self.bad_records = tuple(bad_records)
        return self._changed(Changes(reloaded=True))

    def replace_article(self, article: Article, annotations: list[Annotation], anchors: AnchorSummary) -> Changes:
        """The article's text changed on disk: take the new text with re-anchored claims."""
        self.article = article
        self.replace_all(annotations, anchors)
        return Changes(reloaded=True, text=True)

    def mark_saved(self, revision: int) -> None:
        self.saved_revision = revision

    # -- storage ---------------------------------------------------------
    def to_sidecar(self) -> SidecarData:
        return SidecarData(
            article_file=self.article.path.name,
            sha256=self.article.sha256,
            language=self.language,
            language_source=self.language_source,
            annotations=tuple(self._by_id.values()),
            bad_records=self.bad_records,
        )

    # -- internals -------------------------------------------------------
    def _load(self, annotations) -> None:
        self._by_id = {a.id: a for a in annotations}
        self._index = IntervalIndex.from_spans((a.id, a.start, a.end) for a in self._by_id.values())
        self._topic_counts = Counter(t for a in self._by_id.values() for t in a.topics)
        self._orphans = sum(a.orphaned for a in self._by_id.values())

    def _insert(self, annotation: Annotation) -> None:
        self._by_id[annotation.id] = annotation
        self._index.add(annotation.id, annotation.start, annotation.end)
        self._count(annotation, +1)

    def _count(self, annotation: Annotation, sign: int) -> None:
        for topic in annotation.topics:
            self._topic_counts[topic] += sign
        self._orphans += sign if annotation.orphaned else 0

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
