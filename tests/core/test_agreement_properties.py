"""The interval computation against a naive one per code point, and against reference implementations."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marginalia.core.agreement import ArticleClaims, NullReason, measure_agreement

TOPICS = ("a", "b")
NAMES = ("r0", "r1", "r2", "r3")


# -- a naive implementation: one value per code point, formulas as printed -------------

def code_point_matrix(articles: list[ArticleClaims], reviewers, topic) -> list[list[int]]:
    """rows: reviewers; columns: every code point of every article, 1 where coded."""
    rows = []
    for reviewer in reviewers:
        row = []
        for article in articles:
            marks = [0] * article.length
            for who, start, end, topics in article.claims:
                if who == reviewer and topic in topics:
                    for x in range(max(start, 0), min(end, article.length)):
                        marks[x] = 1
            row += marks
        rows.append(row)
    return rows


def naive_percent(matrix) -> float:
    m = len(matrix)
    pairs = m * (m - 1) / 2
    shares = [sum(a == b for i, a in enumerate(col) for b in col[i + 1:]) / pairs for col in zip(*matrix)]
    return sum(shares) / len(shares)


def naive_kappa(first, second):
    n = len(first)
    observed = sum(a == b for a, b in zip(first, second)) / n
    expected = (sum(first) / n) * (sum(second) / n) + (1 - sum(first) / n) * (1 - sum(second) / n)
    return None if expected == 1 else (observed - expected) / (1 - expected)


def naive_alpha(matrix):
    """The coincidence matrix o[c][k] unit by unit, then α = 1 − (n−1) Σ_{c≠k} o / Σ_{c≠k} n_c n_k."""
    m = len(matrix)
    o = [[Fraction(0)] * 2 for _ in range(2)]
    for col in zip(*matrix):
        for i in range(m):
            for j in range(m):
                if i != j:
                    o[col[i]][col[j]] += Fraction(1, m - 1)
    n_c = [sum(row) for row in o]
    n = sum(n_c)
    expected = 2 * n_c[0] * n_c[1]
    return None if expected == 0 else float(1 - (n - 1) * (o[0][1] + o[1][0]) / expected)


def naive_units(article: ArticleClaims, reviewer, topic) -> list[tuple[int, int]]:
    """The reviewer's units: claims clipped to the text; those sharing a code point joined."""
    spans = sorted((max(s, 0), min(e, article.length)) for who, s, e, topics in article.claims
                   if who == reviewer and topic in topics and min(e, article.length) > max(s, 0))
    units: list[list[int]] = []
    for s, e in spans:
        if units and s < units[-1][1]:
            units[-1][1] = max(units[-1][1], e)
        else:
            units.append([s, e])
    return [tuple(u) for u in units]


def naive_sections(units, length):
    """Every (begin, length, value) of a reviewer: value 1 for a unit, 0 for a gap."""
    out, position = [], 0
    for s, e in units:
        if s > position:
            out.append((position, s - position, 0))
        out.append((s, e - s, 1))
        position = e
    if position < length:
        out.append((position, length - position, 0))
    return out


def naive_delta2(b_i, l_i, v_i, b_j, l_j, v_j):
    """Krippendorff's squared distance between two sections, by its four printed cases."""
    if v_i == 1 and v_j == 1 and -l_i < b_i - b_j < l_j:
        return (b_i - b_j) ** 2 + (b_i + l_i - b_j - l_j) ** 2
    if v_i == 1 and v_j == 0 and l_j - l_i >= b_i - b_j >= 0:
        return l_i ** 2
    if v_i == 0 and v_j == 1 and l_i - l_j >= b_j - b_i >= 0:
        return l_j ** 2
    return 0


def naive_alpha_u(articles, reviewers, topic):
    """Every pair of sections of every pair of reviewers, and every unit against every gap."""
    m = len(reviewers)
    total_length = sum(a.length for a in articles)
    observed = 0
    units, gaps = [], []
    for article in articles:
        cut = [naive_sections(naive_units(article, r, topic), article.length) for r in reviewers]
        for i in range(m):
            for j in range(m):
                if i != j:
                    observed += sum(naive_delta2(*a, *b) for a in cut[i] for b in cut[j])
            units += [l for _, l, v in cut[i] if v]
            gaps += [l for _, l, v in cut[i] if not v]
    n = len(units)
    expected = sum(Fraction((n - 1) * (2 * l ** 3 - 3 * l ** 2 + l), 3)
                   + l * l * sum(g - l + 1 for g in gaps if g >= l) for l in units)
    if expected == 0:
        return None
    d_o = Fraction(observed, m * (m - 1) * total_length ** 2)
    d_e = Fraction(2, total_length) * expected / (m * total_length * (m * total_length - 1)
                                                  - sum(l * (l - 1) for l in units))
    return float(1 - d_o / d_e)


# -- random claim sets -------------------------------------------------------------------

@st.composite
def studies(draw, max_reviewers=4, max_length=60):
    m = draw(st.integers(2, max_reviewers))
    reviewers = list(NAMES[:m])
    articles = []
    for k in range(draw(st.integers(1, 3))):
        length = draw(st.integers(0, max_length))
        claims = []
        for _ in range(draw(st.integers(0, 8))):
            start = draw(st.integers(-2, length + 2))
            end = draw(st.integers(start - 1, length + 3))
            topics = tuple(draw(st.lists(st.sampled_from(TOPICS), max_size=2)))
            claims.append((draw(st.sampled_from(reviewers + ["stranger"])), start, end, topics))
        articles.append(ArticleClaims(f"{k}.txt", length, tuple(claims)))
    return articles, reviewers


def _close(ours, theirs):
    if theirs is None:
        return isinstance(ours, NullReason)
    return not isinstance(ours, NullReason) and math.isclose(ours, theirs, rel_tol=1e-9, abs_tol=1e-9)


@settings(max_examples=300, deadline=None)
@given(studies())
def test_interval_figures_equal_naive_code_point_figures(study):
    """On random claims (overlapping, touching, empty, past the text, other reviewers'),
    every pooled figure equals the naive computation, or both are undefined."""
    articles, reviewers = study
    report = measure_agreement(articles, reviewers, TOPICS)
    for topic in TOPICS:
        figures = report.pooled[topic]
        matrix = code_point_matrix(articles, reviewers, topic)
        if not matrix[0]:
            assert figures.percent is NullReason.NO_TEXT
            continue
        if not any(any(row) for row in matrix):
            assert figures.reasons() == dict.fromkeys(("percent", "kappa", "alpha", "alpha_u"), NullReason.NO_CLAIMS)
            continue
        assert _close(figures.percent, naive_percent(matrix))
        assert _close(figures.alpha, naive_alpha(matrix))
        assert _close(figures.alpha_u, naive_alpha_u(articles, reviewers, topic))
        if len(reviewers) == 2:
            assert _close(figures.kappa, naive_kappa(*matrix))
        else:
            assert figures.kappa is NullReason.NOT_TWO_REVIEWERS


@settings(max_examples=100, deadline=None)
@given(studies())
def test_each_article_figure_equals_that_article_alone(study):
    """The per-article figures (a heat map's cells) are those of the article measured alone."""
    articles, reviewers = study
    report = measure_agreement(articles, reviewers, TOPICS)
    for article in articles:
        alone = measure_agreement([article], reviewers, TOPICS)
        assert report.by_article[article.name] == alone.pooled


@settings(max_examples=100, deadline=None)
@given(studies())
def test_figures_do_not_depend_on_the_order_of_reviewers(study):
    """Agreement is symmetric: reversing the reviewers changes no figure."""
    articles, reviewers = study
    forward = measure_agreement(articles, reviewers, TOPICS)
    backward = measure_agreement(articles, reviewers[::-1], TOPICS)
    for topic in TOPICS:
        for name in ("percent", "kappa", "alpha", "alpha_u"):
            a, b = forward.pooled[topic].value(name), backward.pooled[topic].value(name)
            assert (a is None and b is None) or math.isclose(a, b, rel_tol=1e-9, abs_tol=1e-12)


@settings(max_examples=150, deadline=None)
@given(studies(max_length=40))
def test_alpha_equals_the_krippendorff_package(study):
    """α on code points equals the `krippendorff` package's nominal alpha on the same matrix."""
    krippendorff = pytest.importorskip("krippendorff")
    articles, reviewers = study
    report = measure_agreement(articles, reviewers, TOPICS)
    for topic in TOPICS:
        matrix = code_point_matrix(articles, reviewers, topic)
        if not matrix[0] or len({v for row in matrix for v in row}) < 2:
            continue  # the package needs two values; ours is then undefined (tested above)
        expected = krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal")
        assert report.pooled[topic].alpha == pytest.approx(float(expected), abs=1e-9)


@settings(max_examples=60, deadline=None)
@given(studies(max_length=40))
def test_kappa_and_percent_equal_nltk(study):
    """Cohen's κ (two reviewers) and percent agreement (NLTK's average pairwise observed
    agreement, any number) equal nltk.metrics.agreement's on the same code points."""
    nltk_agreement = pytest.importorskip("nltk.metrics.agreement")
    articles, reviewers = study
    report = measure_agreement(articles, reviewers, TOPICS)
    for topic in TOPICS:
        matrix = code_point_matrix(articles, reviewers, topic)
        if not matrix[0] or not any(any(row) for row in matrix):
            continue
        task = nltk_agreement.AnnotationTask(
            data=[(r, str(x), v) for r, row in zip(reviewers, matrix) for x, v in enumerate(row)])
        assert report.pooled[topic].percent == pytest.approx(task.avg_Ao(), abs=1e-9)
        figures = report.pooled[topic]
        if len(reviewers) == 2 and not isinstance(figures.kappa, NullReason):
            assert figures.kappa == pytest.approx(task.kappa(), abs=1e-9)


def test_identical_reviewers_agree_fully_and_a_missed_unit_lowers_alpha_u():
    """Two reviewers with the same claims get 1 everywhere; one claim the second missed
    lowers α_u, though the uncoded text still makes percent agreement high."""
    text = 1000
    same = [("A", 100, 150, ("a",)), ("B", 100, 150, ("a",)), ("A", 400, 480, ("a",)), ("B", 400, 480, ("a",))]
    full = measure_agreement([ArticleClaims("x", text, tuple(same))], ["A", "B"], ["a"]).pooled["a"]
    assert (full.percent, full.kappa, full.alpha, full.alpha_u) == (1.0, 1.0, 1.0, 1.0)
    missed = measure_agreement([ArticleClaims("x", text, tuple(same[:3]))], ["A", "B"], ["a"]).pooled["a"]
    assert missed.percent == pytest.approx(0.92)
    assert missed.alpha_u < 0.5 < missed.percent
