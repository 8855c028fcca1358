"""What an export contains: the chosen articles and claims of a corpus, read once."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from marginalia.core.error_codes import ErrorCode
from marginalia.core.annotation import Annotation
from marginalia.core.codebook import Codebook, Topic
from marginalia.core.errors import ArticleError, MarginaliaError
from marginalia.core.export.clusters import ExportedCluster, exported_clusters
from marginalia.core.language import describe_language
from marginalia.core.metadata import EMPTY, ArticleMetadata

# Claims carrying a topic id the codebook no longer knows still export, under the
# id as their name and a neutral grey, rather than silently losing the coding.
UNKNOWN_TOPIC_COLOR = "#999999"

Progress = Callable[[int, int, str], None]  # (done, total, article name)


class ExportError(MarginaliaError):
    """An export request that cannot be met, e.g. a filter naming no known topic."""

    def __init__(self, code: ErrorCode, value: str = "", **facts) -> None:
        super().__init__(code, value=value or None, **facts)
        self.value = value


@dataclass(frozen=True, slots=True)
class ExportedArticle:
    """One article with the claims an export shows, in reading order."""

    name: str  # path relative to the corpus, with "/" separators
    title: str
    language: str  # BCP 47 tag, "und" when unknown
    text: str  # canonical text: every offset counts code points in it
    sha256: str
    annotations: tuple[Annotation, ...]
    statuses: dict[str, str] = field(default_factory=dict)  # id → exact/moved/fuzzy/orphaned
    metadata: ArticleMetadata = EMPTY  # outlet, author, date, address (title as `title`)
    pages: tuple[int, ...] = ()  # where each page starts in `text` (PDFs)
    extractor: str = ""  # what read the text, when it is not plain text

    def page(self, annotation: Annotation) -> int | None:
        """The 1-based page the claim starts on, for articles with pages (PDFs)."""
        from marginalia.core.extract import page_at

        return page_at(self.pages, annotation.start) if self.pages else None

    def status(self, annotation: Annotation) -> str:
        if annotation.orphaned:
            return "orphaned"
        return self.statuses.get(annotation.id, "exact")

    def placed(self) -> tuple[Annotation, ...]:
        """The claims whose offsets are valid in `text` (orphans keep stale ones)."""
        return tuple(a for a in self.annotations if not a.orphaned)


@dataclass(frozen=True, slots=True)
class ExportSet:
    """Everything a format needs; formats are pure functions of this value."""

    codebook: Codebook
    articles: tuple[ExportedArticle, ...]
    problems: tuple[MarginaliaError, ...] = ()  # articles that could not be read, skipped
    focus: tuple[str, ...] = ()  # the topic ids the export was limited to; () for all
    clusters: tuple[ExportedCluster, ...] = ()  # those with a member among the claims exported

    def clusters_by_claim(self) -> dict[str, ExportedCluster]:
        """Claim id → the exported cluster it is a member of (claims in none are absent)."""
        return {m.claim.id: c for c in self.clusters for m in c.members}

    def topic(self, topic_id: str) -> Topic:
        known = self.codebook.get(topic_id)
        return known if known is not None else Topic(topic_id, topic_id, UNKNOWN_TOPIC_COLOR)

    def topics(self) -> tuple[Topic, ...]:
        """Codebook topics in codebook order, then unknown ids the claims still carry."""
        known = list(self.codebook.topics)
        seen = {t.id for t in known}
        for article in self.articles:
            for a in article.annotations:
                for topic_id in a.topics:
                    if topic_id not in seen:
                        seen.add(topic_id)
                        known.append(self.topic(topic_id))
        return tuple(known)

    def claim_count(self) -> int:
        return sum(len(a.annotations) for a in self.articles)


def resolve_topics(codebook: Codebook, wanted: Iterable[str]) -> tuple[str, ...]:
    """Topic ids for filter values given as ids or names (names case-insensitively)."""
    ids: list[str] = []
    for value in wanted:
        topic = codebook.get(value) or next(
            (t for t in codebook if t.name.casefold() == value.strip().casefold()), None)
        if topic is None:
            raise ExportError(ErrorCode.UNKNOWN_TOPIC, value)
        if topic.id not in ids:
            ids.append(topic.id)
    return tuple(ids)


def _choose_paths(corpus, wanted: Iterable[str]) -> list[Path]:
    paths = corpus.article_paths()
    wanted = list(wanted)
    if not wanted:
        return paths
    chosen: list[Path] = []
    for value in wanted:
        key = value.replace("\\", "/").strip("/")
        # A relative name is exact; a bare file name must be unambiguous.
        match = [p for p in paths if corpus.relative_name(p) == key] or \
                [p for p in paths if p.name == Path(key).name]
        if not match:
            raise ExportError(ErrorCode.UNKNOWN_ARTICLE, value)
        if len(match) > 1:
            raise ExportError(ErrorCode.AMBIGUOUS_ARTICLE, value, count=len(match))
        if match[0] not in chosen:
            chosen.append(match[0])
    return sorted(chosen, key=paths.index)


def collect(
    corpus,
    *,
    topics: Iterable[str] = (),
    articles: Iterable[str] = (),
    reviewers: Iterable[str] | None = None,
    adjudicated: bool = False,
    progress: Progress | None = None,
) -> ExportSet:
    """Read the chosen articles of `corpus` (a core Corpus) with their claims.

    With a topic filter a claim is kept when it carries any of the topics; with
    `reviewers`, when its author is one of them; with `adjudicated`, when it is an
    adjudicator's decision (it records `derived_from`). Articles a filter leaves without
    claims are dropped. Without one every chosen article is kept, claims or not:
    the HTML and REFI-QDA exports carry its text.
    """
    authors = None if reviewers is None else frozenset(reviewers)
    topic_ids = resolve_topics(corpus.codebook, topics)
    paths = _choose_paths(corpus, articles)
    chosen: list[ExportedArticle] = []
    problems: list[MarginaliaError] = []
    for done, path in enumerate(paths):
        if progress is not None:
            progress(done, len(paths), corpus.relative_name(path))
        try:
            document = corpus.open(path)
        except ArticleError as exc:
            problems.append(exc)
            continue
        file = corpus.file_of(document)
        if file.read_only_error is not None:
            problems.append(file.read_only_error)
        problems.extend(bad.error for bad in file.bad_records)
        claims = document.ordered()
        if topic_ids:
            claims = [a for a in claims if any(t in topic_ids for t in a.topics)]
        if authors is not None:
            claims = [a for a in claims if a.author in authors]
        if adjudicated:
            claims = [a for a in claims if a.derived_from]
        if not claims and (topic_ids or authors is not None or adjudicated):
            continue
        name = corpus.relative_name(path)
        language = describe_language(document.language or (corpus.manifest.get(name) or {}).get("language") or "").tag
        chosen.append(ExportedArticle(
            name=name,
            title=document.article.title,
            language=language,
            text=document.text,
            sha256=document.article.sha256,
            annotations=tuple(claims),
            statuses=dict(document.anchors.statuses),
            metadata=corpus.metadata_for(document.article),
            pages=document.article.pages,
            extractor=document.article.extractor,
        ))
    if progress is not None:
        progress(len(paths), len(paths), "")
    store = corpus.cluster_store
    if store.error is not None:
        problems.append(store.error)
    clusters = exported_clusters(corpus.root, store.clusters, chosen, corpus.claim_index) if len(store.clusters) else ()
    return ExportSet(corpus.codebook, tuple(chosen), tuple(problems), topic_ids, clusters)
