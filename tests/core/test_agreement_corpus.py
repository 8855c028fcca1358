"""Agreement of a corpus on disk: which claims are read, which reviewers and topics are chosen, what is left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from marginalia.core.error_codes import ErrorCode

from marginalia.core.agreement import (
    AgreementError, ArticleClaims, agreement_of_claims, claims_of_document, corpus_agreement, gather_claims,
    measure_agreement, read_article, read_claims, read_document,
)
from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.errors import NotUtf8Error
from marginalia.core.selectors import TextPosition
from marginalia.core.storage.sidecar import sidecar_path
from support import SEED_NAMES, add_claims


@pytest.fixture
def two_reviewers(seed_corpus: Path) -> Path:
    """The seeds, with Ben and Ana (in that order of writing) coding the first two articles."""
    add_claims(seed_corpus, SEED_NAMES[0], ("Ben", 0, 40, ("compute",)), ("Ana", 5, 40, ("compute",)),
               ("Ana", 100, 160, ("privacy",)), ("Ben", 120, 170, ("privacy", "compute")))
    add_claims(seed_corpus, SEED_NAMES[1], ("Ana", 10, 90, ("competition",)), ("Ben", 10, 80, ("competition",)))
    return seed_corpus


def test_corpus_agreement_measures_the_claims_on_disk(two_reviewers):
    """Default reviewers are the authors sorted, topics the codebook's in order, articles
    every one; the figures are those of the same claims given as plain input."""
    corpus = Corpus(two_reviewers)
    result = corpus_agreement(corpus)
    report = result.report
    assert report.reviewers == ("Ana", "Ben")
    assert report.topics == ("compute", "privacy", "competition")
    assert report.articles == tuple(SEED_NAMES)
    lengths = {p.name: len(corpus.open(p).text) for p in corpus.article_paths()}
    plain = [ArticleClaims(SEED_NAMES[0], lengths[SEED_NAMES[0]], (
        ("Ben", 0, 40, ("compute",)), ("Ana", 5, 40, ("compute",)), ("Ana", 100, 160, ("privacy",)),
        ("Ben", 120, 170, ("privacy", "compute")))),
        ArticleClaims(SEED_NAMES[1], lengths[SEED_NAMES[1]], (("Ana", 10, 90, ("competition",)),
                                                              ("Ben", 10, 80, ("competition",))))]
    plain += [ArticleClaims(n, lengths[n], ()) for n in SEED_NAMES[2:]]
    assert report.pooled == measure_agreement(plain, ["Ana", "Ben"], report.topics).pooled
    assert report.units == sum(lengths.values())
    assert result.problems == () and result.orphaned == 0 and result.unattributed == 0


@pytest.mark.parametrize("option, value", [("reviewers", ["Zed"]), ("topics", ["nope"]),
                                           ("articles", ["missing.txt"])])
def test_unknown_reviewer_topic_or_article_is_a_typed_error(two_reviewers, option, value):
    """A reviewer, topic or article the corpus lacks raises AgreementError naming it."""
    with pytest.raises(AgreementError) as caught:
        corpus_agreement(Corpus(two_reviewers), **{option: value})
    assert caught.value.value == value[0]
    assert caught.value.code == {"reviewers": ErrorCode.UNKNOWN_REVIEWER, "topics": ErrorCode.UNKNOWN_TOPIC,
                                 "articles": ErrorCode.UNKNOWN_ARTICLE}[option]


def test_topics_by_name_and_ids_only_on_claims(two_reviewers):
    """--topic takes a codebook name in any case; an id carried by claims but missing from
    the codebook is accepted, and listed after the codebook's topics by default."""
    add_claims(two_reviewers, SEED_NAMES[2], ("Ana", 0, 10, ("legacy",)))
    corpus = Corpus(two_reviewers)
    assert corpus_agreement(corpus, topics=["PRIVACY", "legacy"]).report.topics == ("privacy", "legacy")
    assert corpus_agreement(corpus).report.topics == ("compute", "privacy", "competition", "legacy")


def test_reviewer_with_claims_only_elsewhere_coded_nothing_here(two_reviewers):
    """Choosing an article where a known reviewer made no claim is no error: they coded none of it."""
    add_claims(two_reviewers, SEED_NAMES[2], ("Ana", 0, 50, ("compute",)))
    report = corpus_agreement(Corpus(two_reviewers), reviewers=["Ana", "Ben"], articles=[SEED_NAMES[2]]).report
    assert report.coded["compute"] == {"Ana": 50, "Ben": 0}
    assert report.pooled["compute"].percent < 1


def test_unreadable_sidecar_leaves_its_article_out(two_reviewers):
    """An article whose sidecar cannot be read is left out and reported, not counted as
    text nobody coded (which would change the figures)."""
    sidecar_path(two_reviewers / SEED_NAMES[1]).write_bytes(b'{"format": "marginalia", \xff')
    result = corpus_agreement(Corpus(two_reviewers))
    assert SEED_NAMES[1] not in result.report.articles
    assert any(isinstance(p, NotUtf8Error) and p.path.name.startswith(SEED_NAMES[1]) for p in result.problems)
    assert result.report.pooled["competition"].reasons()["alpha_u"] == "no_claims"


def test_claims_follow_an_edited_text_and_orphans_are_not_counted(two_reviewers):
    """After text is inserted before the claims they are read at their new place; a claim
    whose passage was deleted is an orphan, left out and counted."""
    path = two_reviewers / SEED_NAMES[1]
    text = Corpus(two_reviewers).open(path).text
    path.write_text("Inserted line.\n" + text[:5] + text[100:], encoding="utf-8")
    claims = read_claims(Corpus(two_reviewers), [SEED_NAMES[1]])
    assert claims.orphaned == 2 and claims.articles[0].claims == ()
    path.write_text("Inserted line.\n" + text, encoding="utf-8")
    moved = read_claims(Corpus(two_reviewers), [SEED_NAMES[1]]).articles[0]
    assert sorted(c[1:3] for c in moved.claims) == [(25, 95), (25, 105)]


def test_claims_without_a_reviewer_name_are_counted_apart(two_reviewers):
    """Claims with no author are not a reviewer by default (they are counted as left out);
    asking for the empty name compares them like any reviewer."""
    add_claims(two_reviewers, SEED_NAMES[0], ("", 300, 320, ("compute",)))
    corpus = Corpus(two_reviewers)
    assert corpus_agreement(corpus).unattributed == 1
    chosen = corpus_agreement(corpus, reviewers=["Ana", ""])
    assert chosen.unattributed == 0 and chosen.report.coded["compute"][""] == 20


def test_claims_of_an_open_document_include_unsaved_ones(two_reviewers):
    """A window can measure what it has in memory: claims_of_document reads the document
    as it is, saved or not."""
    document = Corpus(two_reviewers).open(two_reviewers / SEED_NAMES[0])
    document.add(new_annotation(document.text, TextPosition(200, 230), topics=("compute",), author="Cy"))
    article = claims_of_document("x", document)
    assert article.length == len(document.text)
    assert ("Cy", 200, 230, ("compute",)) in article.claims and len(article.claims) == 5


def test_leaving_out_reviewers_and_topics_keeps_the_rest_of_the_default(two_reviewers):
    """A chooser names what it unticked: the figures compare the default reviewers and topics
    less those, while `reviewers_found` and `topics_found` still offer all of them."""
    add_claims(two_reviewers, SEED_NAMES[2], ("Cy", 0, 30, ("compute",)))
    corpus = Corpus(two_reviewers)
    claims = read_claims(corpus)
    result = agreement_of_claims(claims, corpus.codebook, leave_out_reviewers={"Cy"}, leave_out_topics={"privacy"})
    assert result.report.reviewers == ("Ana", "Ben") and result.report.topics == ("compute", "competition")
    assert result.reviewers_found == ("Ana", "Ben", "Cy")
    assert result.topics_found == ("compute", "privacy", "competition")
    plain = corpus_agreement(corpus, reviewers=["Ana", "Ben"], topics=["compute", "competition"]).report
    assert result.report.pooled == plain.pooled


def test_read_claims_reports_its_progress_and_can_be_stopped(two_reviewers):
    """progress(done, total) is called as the articles are read; raising from it stops the reading."""
    calls = []
    read_claims(Corpus(two_reviewers), progress=lambda done, total: calls.append((done, total)))
    assert calls == [(i, len(SEED_NAMES)) for i in range(1, len(SEED_NAMES) + 1)]

    def stop(done, _total):
        if done == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        read_claims(Corpus(two_reviewers), progress=stop)


def test_a_document_in_memory_takes_the_place_of_its_file(two_reviewers):
    """The claims of an open document, unsaved ones included, replace those read from disk
    for the same article, and change the figures."""
    corpus = Corpus(two_reviewers)
    read = [read_article(corpus, path) for path in corpus.article_paths()]
    before = agreement_of_claims(gather_claims(read), corpus.codebook).report
    document = corpus.open(two_reviewers / SEED_NAMES[0])
    document.add(new_annotation(document.text, TextPosition(300, 400), topics=("compute",), author="Ben"))
    read[0] = read_document(SEED_NAMES[0], document)
    after = agreement_of_claims(gather_claims(read), corpus.codebook).report
    assert after.coded["compute"]["Ben"] == before.coded["compute"]["Ben"] + 100
    assert after.pooled["compute"].alpha_u < before.pooled["compute"].alpha_u
    only_second = gather_claims(read, {SEED_NAMES[1]})
    assert [a.name for a in only_second.articles] == [SEED_NAMES[1]] and "Ana" in only_second.authors
