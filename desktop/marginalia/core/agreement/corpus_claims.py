"""Agreement of a corpus: its claims read once, the reviewers and topics chosen, the figures measured."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Sequence
from dataclasses import dataclass

from marginalia.core.error_codes import ErrorCode
from marginalia.core.agreement.report import AgreementReport, measure_agreement
from marginalia.core.agreement.units import ArticleClaims, CodedClaim
from marginalia.core.codebook import Codebook
from marginalia.core.errors import ArticleError, InputError, MarginaliaError
# The same article matching as `export --article`, so the option means the same in both.
from marginalia.core.export.selection import ExportError, _choose_paths
from marginalia.core.storage.documents import file_of
from marginalia.core.storage.sidecar_file import read_sidecar
from marginalia.core.storage.formats import sidecar_path

# progress(articles done, articles in all); it may raise to stop the reading.
Progress = Callable[[int, int], None]


class AgreementError(MarginaliaError):
    """A request naming a reviewer, topic or article the corpus does not have."""

    def __init__(self, code: ErrorCode, value: str, **facts) -> None:
        super().__init__(code, value=value, **facts)
        self.value = value


@dataclass(frozen=True, slots=True)
class ArticleRead:
    """One article's claims as agreement counts them, and what could not be counted.

    A window keeps one per article and replaces the one of a document edited in memory,
    so the figures follow the edits without reading the other articles again.
    """

    name: str  # relative to the corpus root, as in the report
    claims: ArticleClaims | None  # None: left out of the figures (`problems` says why) or not read
    authors: frozenset[str]  # every author of its claims, those not placed in the text included
    problems: tuple[MarginaliaError, ...] = ()
    orphaned: int = 0  # claims that could not be placed in the current text, not counted


@dataclass(frozen=True, slots=True)
class CorpusClaims:
    """The chosen articles' claims, and what was left out of them."""

    articles: tuple[ArticleClaims, ...]
    authors: frozenset[str]  # every claim author in the corpus, chosen articles or not
    problems: tuple[MarginaliaError, ...]  # articles left out, unreadable claim records
    orphaned: int  # claims that could not be placed in their article's current text


@dataclass(frozen=True, slots=True)
class CorpusAgreement:
    """A corpus's figures, with what the figures could not count."""

    report: AgreementReport
    problems: tuple[MarginaliaError, ...]
    orphaned: int
    unattributed: int  # claims in the chosen articles without a reviewer name, not counted
    # What a chooser offers: the reviewers and topics compared when none are named.
    reviewers_found: tuple[str, ...] = ()
    topics_found: tuple[str, ...] = ()


def claims_of_document(name: str, document) -> ArticleClaims:
    """An open ArticleDocument (saved or not) as the computation's input; orphaned claims,
    which have no place in the text, are left out."""
    return ArticleClaims(name, len(document.text), tuple(
        CodedClaim(a.author, a.start, a.end, a.topics) for a in document.ordered() if not a.orphaned))


def read_document(name: str, document) -> ArticleRead:
    """An open ArticleDocument as it is in memory, saved or not. A document that could not
    be read for editing is left out rather than counted as coded by no one."""
    file = file_of(document)
    if file.read_only_error is not None:
        return ArticleRead(name, None, frozenset(), (file.read_only_error,))
    article = claims_of_document(name, document)
    authors = {claim.reviewer for claim in article.claims} | {a.author for a in document.orphans()}
    return ArticleRead(name, article, frozenset(authors), tuple(bad.error for bad in file.bad_records),
                       document.orphan_count)


def read_article(corpus, path) -> ArticleRead:
    """The article at `path` of `corpus`, its claims placed in its current text."""
    name = corpus.relative_name(path)
    try:
        document = corpus.open(path, identify_language=False)
    except ArticleError as exc:
        return ArticleRead(name, None, frozenset(), (exc,))
    return read_document(name, document)


def _authors_only(corpus, path) -> ArticleRead:
    """The authors of an article that is not compared, from its sidecar alone (quicker
    than placing its claims in the text): a reviewer who has claims there but none in
    the chosen articles counts as having coded nothing of them."""
    try:
        data = read_sidecar(sidecar_path(path))
    except InputError:  # unreadable however it is (not JSON, a FIFO, …): no authors known
        data = None
    authors = frozenset(a.author for a in data.annotations) if data is not None else frozenset()
    return ArticleRead(corpus.relative_name(path), None, authors)


def gather_claims(read: Iterable[ArticleRead], chosen: Collection[str] | None = None) -> CorpusClaims:
    """The claims of the `chosen` article names among `read` (every one when None), in
    the order of `read`; the authors of all of them."""
    articles: list[ArticleClaims] = []
    authors: set[str] = set()
    problems: list[MarginaliaError] = []
    orphaned = 0
    for article in read:
        authors.update(article.authors)
        if chosen is not None and article.name not in chosen:
            continue
        problems.extend(article.problems)
        orphaned += article.orphaned
        if article.claims is not None:
            articles.append(article.claims)
    return CorpusClaims(tuple(articles), frozenset(authors), tuple(problems), orphaned)


def read_claims(corpus, articles: Iterable[str] = (), progress: Progress | None = None) -> CorpusClaims:
    """Read the claims of the chosen articles of `corpus` (all when none are named).

    The one place agreement touches storage. An article whose sidecar cannot be read
    is left out rather than counted as coded by no one. The other articles' sidecars
    are read only for their authors.
    """
    try:
        chosen = _choose_paths(corpus, articles)
    except ExportError as exc:
        raise AgreementError(exc.code, exc.value, **{k: v for k, v in exc.facts.items() if k != "value"}) from None
    wanted = set(chosen)
    paths = corpus.article_paths()
    read: list[ArticleRead] = []
    for done, path in enumerate(paths, 1):
        read.append(read_article(corpus, path) if path in wanted else _authors_only(corpus, path))
        if progress is not None:
            progress(done, len(paths))
    return gather_claims(read, {corpus.relative_name(p) for p in chosen})


def choose_reviewers(wanted: Sequence[str], claims: CorpusClaims) -> tuple[str, ...]:
    """The reviewers asked for, in that order, each an author in the corpus; by default
    every named author of the chosen articles' claims, sorted."""
    if not wanted:
        return tuple(sorted({c.reviewer for a in claims.articles for c in a.claims} - {""}))
    for name in wanted:
        if name not in claims.authors:
            raise AgreementError(ErrorCode.UNKNOWN_REVIEWER, name)
    return tuple(dict.fromkeys(wanted))


def choose_topics(wanted: Sequence[str], codebook: Codebook, claims: CorpusClaims,
                  reviewers: Sequence[str]) -> tuple[str, ...]:
    """Topic ids for the values asked for (ids, or names in any case); by default the
    codebook's topics in order, then ids the reviewers' claims carry that it lacks."""
    chosen = set(reviewers)
    carried = {t for a in claims.articles for c in a.claims if c.reviewer in chosen for t in c.topics}
    if not wanted:
        known = [t.id for t in codebook.topics]
        return tuple(known) + tuple(sorted(carried - set(known)))
    on_claims = {t for a in claims.articles for c in a.claims for t in c.topics}
    ids: list[str] = []
    for value in wanted:
        topic = codebook.get(value) or next(
            (t for t in codebook.topics if t.name.casefold() == value.strip().casefold()), None)
        if topic is not None:
            ids.append(topic.id)
        elif value in on_claims:
            ids.append(value)
        else:
            raise AgreementError(ErrorCode.UNKNOWN_TOPIC, value, on_claims=False)
    return tuple(dict.fromkeys(ids))


def agreement_of_claims(claims: CorpusClaims, codebook: Codebook, *, reviewers: Sequence[str] = (),
                        topics: Sequence[str] = (), leave_out_reviewers: Collection[str] = (),
                        leave_out_topics: Collection[str] = ()) -> CorpusAgreement:
    """Every figure of claims already read. Reviewers and topics are those asked for (by
    default, as `choose_reviewers` and `choose_topics` choose), less the ones to leave
    out: a chooser that starts with everything ticked names what was unticked, so a
    reviewer who appears later is compared without being asked for."""
    found_reviewers = choose_reviewers((), claims)
    chosen = tuple(r for r in choose_reviewers(reviewers, claims) if r not in set(leave_out_reviewers))
    found_topics = choose_topics((), codebook, claims, chosen)
    topic_ids = tuple(t for t in choose_topics(topics, codebook, claims, chosen) if t not in set(leave_out_topics))
    report = measure_agreement(claims.articles, chosen, topic_ids)
    unattributed = 0 if "" in chosen else sum(c.reviewer == "" for a in claims.articles for c in a.claims)
    return CorpusAgreement(report, claims.problems, claims.orphaned, unattributed, found_reviewers, found_topics)


def corpus_agreement(corpus, *, reviewers: Sequence[str] = (), articles: Sequence[str] = (),
                     topics: Sequence[str] = (), progress: Progress | None = None) -> CorpusAgreement:
    """Every figure for `corpus` (a core Corpus); AgreementError for a reviewer, topic or
    article it does not have."""
    return agreement_of_claims(read_claims(corpus, articles, progress), corpus.codebook,
                               reviewers=reviewers, topics=topics)
