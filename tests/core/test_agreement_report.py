"""Agreement per topic, per article and overall: the degenerate cases, pooling and the JSON document."""

from __future__ import annotations

import json

import pytest

from marginalia.core.agreement import ArticleClaims, Figures, NullReason, measure_agreement
from marginalia.core.agreement.figures import mean_figures

NAMES = ("percent", "kappa", "alpha", "alpha_u")


def _article(name: str, length: int, *claims) -> ArticleClaims:
    return ArticleClaims(name, length, tuple(claims))


def test_one_reviewer_gives_no_figures():
    """With one reviewer nothing is compared: every figure, and the overall mean, is null
    with the reason, rather than a perfect score."""
    report = measure_agreement([_article("x", 100, ("A", 0, 10, ("t",)))], ["A"], ["t"])
    assert report.pooled["t"] == Figures.none(NullReason.ONE_REVIEWER)
    assert report.overall == Figures.none(NullReason.ONE_REVIEWER)


def test_unused_topic_is_null_and_left_out_of_the_overall_mean():
    """A topic no reviewer used would be 100 % agreement on nothing: it is null (no_claims),
    and `overall` is the mean of the topics that have figures."""
    claims = [("A", 0, 10, ("t",)), ("B", 0, 8, ("t",)), ("A", 50, 60, ("u",)), ("B", 40, 60, ("u",))]
    report = measure_agreement([_article("x", 100, *claims)], ["A", "B"], ["t", "u", "never"])
    assert report.pooled["never"] == Figures.none(NullReason.NO_CLAIMS)
    for name in NAMES:
        mean = (report.pooled["t"].value(name) + report.pooled["u"].value(name)) / 2
        assert report.overall.value(name) == pytest.approx(mean)


def test_everything_coded_leaves_nothing_to_correct_for_chance():
    """Both reviewers coding every code point agree fully (percent 1, α_u 1), but κ and α
    are 0/0: null with no_expected_disagreement."""
    report = measure_agreement([_article("x", 50, ("A", 0, 50, ("t",)), ("B", 0, 50, ("t",)))], ["A", "B"], ["t"])
    figures = report.pooled["t"]
    assert figures.percent == 1.0 and figures.alpha_u == 1.0
    assert figures.kappa is NullReason.NO_EXPECTED_DISAGREEMENT
    assert figures.alpha is NullReason.NO_EXPECTED_DISAGREEMENT


def test_three_reviewers_have_no_kappa_but_the_rest():
    """Cohen's κ is for two reviewers: with three it is null (not_two_reviewers), while
    percent, α and α_u are given."""
    claims = [("A", 0, 10, ("t",)), ("B", 2, 10, ("t",)), ("C", 0, 12, ("t",))]
    figures = measure_agreement([_article("x", 40, *claims)], ["A", "B", "C"], ["t"]).pooled["t"]
    assert figures.kappa is NullReason.NOT_TWO_REVIEWERS
    assert all(figures.value(n) is not None for n in ("percent", "alpha", "alpha_u"))


def test_empty_texts_have_no_figures():
    """Articles without text give null figures (no_text), claims or not."""
    report = measure_agreement([_article("x", 0, ("A", 0, 5, ("t",)))], ["A", "B"], ["t"])
    assert report.pooled["t"] == Figures.none(NullReason.NO_TEXT)


def test_a_reviewer_without_claims_in_an_article_coded_none_of_it():
    """A chosen reviewer with no claims in an article counts as having coded nothing
    there: the other's claims there are disagreements."""
    report = measure_agreement([_article("x", 100, ("A", 0, 20, ("t",)))], ["A", "B"], ["t"])
    figures = report.pooled["t"]
    assert figures.percent == pytest.approx(0.8)
    assert figures.alpha_u < 0 and figures.kappa == 0.0


def test_pooled_figures_read_the_articles_as_one_text():
    """Pooling sums code points over articles; it is not the mean of each article's figure."""
    first = _article("1", 100, ("A", 0, 50, ("t",)), ("B", 0, 50, ("t",)))
    second = _article("2", 100, ("A", 0, 10, ("t",)))
    report = measure_agreement([first, second], ["A", "B"], ["t"])
    assert report.pooled["t"].percent == pytest.approx(190 / 200)
    assert report.by_article["1"]["t"].percent == 1.0
    assert report.by_article["2"]["t"].percent == pytest.approx(0.9)
    assert report.article_overall["2"] == report.by_article["2"]["t"]


def test_touching_claims_are_two_units_to_alpha_u_only():
    """Two adjacent claims cover the same code points as one claim over both: the figures
    on code points agree fully, α_u sees two units where the other reviewer saw one."""
    claims = [("A", 10, 20, ("t",)), ("A", 20, 30, ("t",)), ("B", 10, 30, ("t",))]
    figures = measure_agreement([_article("x", 100, *claims)], ["A", "B"], ["t"]).pooled["t"]
    assert (figures.percent, figures.kappa, figures.alpha) == (1.0, 1.0, 1.0)
    assert figures.alpha_u < 1.0


def test_claims_of_other_reviewers_and_topics_are_ignored():
    """Only the chosen reviewers' claims with the topic count."""
    base = [("A", 0, 10, ("t",)), ("B", 0, 10, ("t",))]
    noise = [("C", 30, 90, ("t",)), ("A", 40, 60, ("u",))]
    plain = measure_agreement([_article("x", 100, *base)], ["A", "B"], ["t"])
    noisy = measure_agreement([_article("x", 100, *base, *noise)], ["A", "B"], ["t"])
    assert noisy.pooled == plain.pooled


def test_reviewers_and_topics_named_twice_count_once():
    """A repeated reviewer or topic is the same one, not a second copy that agrees with it."""
    article = _article("x", 100, ("A", 0, 10, ("t",)), ("B", 5, 10, ("t",)))
    once = measure_agreement([article], ["A", "B"], ["t"])
    twice = measure_agreement([article], ["A", "B", "A"], ["t", "t"])
    assert twice.reviewers == ("A", "B") and twice.topics == ("t",) and twice.pooled == once.pooled


def test_article_names_must_be_distinct():
    """Two inputs with one name would share a row of the per-article figures: refused."""
    with pytest.raises(ValueError):
        measure_agreement([_article("x", 10), _article("x", 20)], ["A", "B"], ["t"])


def test_mean_over_topics_names_its_reason():
    """The overall mean is null with the topics' common reason, undefined_for_every_topic
    when their reasons differ, and no_topics with no topic at all."""
    claims, expected = Figures.none(NullReason.NO_CLAIMS), NullReason.NO_EXPECTED_DISAGREEMENT
    mixed = Figures(0.5, NullReason.NO_CLAIMS, expected, 0.25)
    assert mean_figures([claims, claims]) == claims
    assert mean_figures([claims, mixed]) == Figures(0.5, NullReason.NO_CLAIMS,
                                                    NullReason.UNDEFINED_FOR_EVERY_TOPIC, 0.25)
    assert mean_figures([]) == Figures.none(NullReason.NO_TOPICS)


def test_json_document_has_the_agreed_keys_and_nulls_with_reasons():
    """to_json(): reviewers, topics by id with the four figures, overall; null (never NaN)
    with a reason for undefined figures; per-article figures under their own key."""
    claims = [("A", 0, 10, ("t",)), ("B", 0, 8, ("t",))]
    report = measure_agreement([_article("x.txt", 100, *claims)], ["A", "B"], ["t", "u"])
    data = json.loads(json.dumps(report.to_json(), allow_nan=False))
    assert data["reviewers"] == ["A", "B"]
    assert list(data["topics"]) == ["t", "u"]
    assert set(NAMES) <= set(data["topics"]["t"]) and set(NAMES) <= set(data["overall"])
    assert data["topics"]["t"]["kappa"] == pytest.approx(report.pooled["t"].kappa)
    assert data["topics"]["u"]["alpha_u"] is None and data["topics"]["u"]["reasons"]["alpha_u"] == "no_claims"
    assert data["topics"]["t"]["coded"] == {"A": 10, "B": 8}
    assert data["per_article"]["x.txt"]["topics"]["t"]["percent"] == pytest.approx(0.98)
    assert data["overall"]["percent"] == pytest.approx(0.98)
