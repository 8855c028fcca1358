"""Agreement of a corpus: its claims read once, the reviewers and topics chosen, the figures measured."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from marginalia.core.agreement.report import AgreementReport, measure_agreement
from marginalia.core.agreement.units import ArticleClaims, CodedClaim
from marginalia.core.codebook import Codebook
from marginalia.core.errors import ArticleError, MarginaliaError, SidecarError
# The same article matching as `export --article`, so the option means the same in both.
from marginalia.core.export.selection import ExportError, _choose_paths
from marginalia.core.storage.documents import read_sidecar
from marginalia.core.storage.sidecar import sidecar_path


class AgreementError(MarginaliaError):
    """A request naming a reviewer, topic or article the corpus does not have."""

    def __init__(self, what: str, value: str, reason: str) -> None:
        super().__init__(f"{what} {value!r}: {reason}")
        self.what, self.value, self.reason = what, value, reason


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


def claims_of_document(name: str, document) -> ArticleClaims:
    """An open ArticleDocument (saved or not) as the computation's input; orphaned claims,
    which have no place in the text, are left out."""
    return ArticleClaims(name, len(document.text), tuple(
        CodedClaim(a.author, a.start, a.end, a.topics) for a in document.ordered() if not a.orphaned))


def read_claims(corpus, articles: Iterable[str] = ()) -> CorpusClaims:
    """Read the claims of the chosen articles of `corpus` (all when none are named).

    The one place agreement touches storage. An article whose sidecar cannot be read
    is left out rather than counted as coded by no one. The other articles' sidecars
    are read only for their authors, so that a reviewer who has claims elsewhere in
    the corpus but none in these articles counts as having coded nothing here.
    """
    try:
        chosen = _choose_paths(corpus, articles)
    except ExportError as exc:
        raise AgreementError(exc.what, exc.value, exc.reason) from None
    wanted = set(chosen)
    found: list[ArticleClaims] = []
    authors: set[str] = set()
    problems: list[MarginaliaError] = []
    orphaned = 0
    for path in corpus.article_paths():
        if path not in wanted:
            try:
                data = read_sidecar(sidecar_path(path))
            except SidecarError:
                continue
            if data is not None:
                authors.update(a.author for a in data.annotations)
            continue
        try:
            document = corpus.open(path, identify_language=False)
        except ArticleError as exc:
            problems.append(exc)
            continue
        if document.read_only_error is not None:
            problems.append(document.read_only_error)
            continue
        problems.extend(bad.error for bad in document.bad_records)
        orphaned += document.orphan_count
        article = claims_of_document(corpus.relative_name(path), document)
        authors.update(claim.reviewer for claim in article.claims)
        authors.update(a.author for a in document.orphans())
        found.append(article)
    return CorpusClaims(tuple(found), frozenset(authors), tuple(problems), orphaned)


def choose_reviewers(wanted: Sequence[str], claims: CorpusClaims) -> tuple[str, ...]:
    """The reviewers asked for, in that order, each an author in the corpus; by default
    every named author of the chosen articles' claims, sorted."""
    if not wanted:
        return tuple(sorted({c.reviewer for a in claims.articles for c in a.claims} - {""}))
    for name in wanted:
        if name not in claims.authors:
            raise AgreementError("reviewer", name, "has no claims in the corpus")
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
            raise AgreementError("topic", value, "not in the codebook nor on any claim")
    return tuple(dict.fromkeys(ids))


def corpus_agreement(corpus, *, reviewers: Sequence[str] = (), articles: Sequence[str] = (),
                     topics: Sequence[str] = ()) -> CorpusAgreement:
    """Every figure for `corpus` (a core Corpus); AgreementError for a reviewer, topic or
    article it does not have."""
    claims = read_claims(corpus, articles)
    chosen = choose_reviewers(reviewers, claims)
    report = measure_agreement(claims.articles, chosen, choose_topics(topics, corpus.codebook, claims, chosen))
    unattributed = 0 if "" in chosen else sum(c.reviewer == "" for a in claims.articles for c in a.claims)
    return CorpusAgreement(report, claims.problems, claims.orphaned, unattributed)
