"""Agreement figures on published worked examples: each test names where its numbers come from."""

from __future__ import annotations

import pytest

from marginalia.core.agreement import ArticleClaims, measure_agreement
from marginalia.core.agreement.alpha import nominal_alpha
from marginalia.core.agreement.alpha_u import disagreements, tally_unitizing, unitizing_alpha
from marginalia.core.agreement.units import join_overlapping

# Krippendorff (1995), "On the reliability of unitizing continuous data", Sociological
# Methodology 25:47–76, p. 57: four pairs of observers unitizing a continuum of 24, each
# given as the units (start, length) of its two observers. DKPro Agreement's
# Krippendorff1995Test reproduces the same data.
KRIPPENDORFF_1995 = {
    "A": ([(2, 8), (14, 6)], [(4, 4), (15, 2)]),
    "B": ([(0, 18)], [(0, 2), (2, 1), (3, 1), (4, 1), (5, 1), (6, 3), (9, 1)]),
    "C": ([(2, 6), (10, 2), (14, 4), (20, 2)], [(0, 2), (4, 4), (10, 4), (16, 2), (20, 2)]),
    "D": ([(0, 2), (2, 8), (10, 4), (14, 6), (20, 4)], [(0, 4), (4, 4), (8, 7), (15, 2), (17, 7)]),
}


def _stretched(units: list[tuple[int, int]], stretch: float) -> list[tuple[int, int]]:
    return [(int(start * stretch), int(start * stretch) + int(length * stretch)) for start, length in units]


def _unitizing_1995(case: str, stretch: float):
    first, second = KRIPPENDORFF_1995[case]
    return tally_unitizing(int(24 * stretch), [_stretched(first, stretch), _stretched(second, stretch)])


def _article(length: int, **units: list[tuple[int, int]]) -> ArticleClaims:
    """An article whose reviewers (the keyword names) claimed these spans with topic "t"."""
    return ArticleClaims("a.txt", length, tuple((name, s, e, ("t",)) for name, spans in units.items()
                                                for s, e in spans))


def test_alpha_u_reproduces_krippendorff_2004_textbook_example():
    """Krippendorff (2004), Content Analysis, 2nd ed., p. 254: two observers, a continuum
    from 150 to 450, categories c and k. Category c: D_o = 0.0144, D_e = 0.0532,
    α_c = 0.7286; category k (identical units): D_e = 0.0490, α_k = 1. The figures are
    those of DKPro Agreement's Krippendorff2004Test, which reproduces the example."""
    shift = 150
    c_i = [(225, 295), (370, 400)]
    c_j = [(220, 300), (355, 375), (400, 420)]
    k = [(180, 240), (300, 350)]
    moved = lambda spans: [(s - shift, e - shift) for s, e in spans]  # noqa: E731
    tally_c = tally_unitizing(300, [moved(c_i), moved(c_j)])
    observed, expected = disagreements(tally_c)
    assert float(observed) == pytest.approx(0.0144, abs=5e-5)
    assert float(expected) == pytest.approx(0.0532, abs=5e-5)
    assert unitizing_alpha(tally_c) == pytest.approx(0.7286, abs=5e-5)
    tally_k = tally_unitizing(300, [moved(k), moved(k)])
    observed, expected = disagreements(tally_k)
    assert observed == 0 and float(expected) == pytest.approx(0.0490, abs=5e-5)
    assert unitizing_alpha(tally_k) == 1.0


@pytest.mark.parametrize("case, published", [("A", 0.553), ("B", -0.926), ("C", 0.679), ("D", 0.066)])
def test_alpha_u_approaches_krippendorff_1995_published_values(case, published):
    """Krippendorff (1995), p. 57: α_u of the four pairs is .553, −.926, .679 and .066 for
    a continuous measure. Counting code points, the figure tends to those values as the
    units get long; at 50,000 code points per published unit it is within 0.02 of each
    (the tolerance DKPro Agreement also allows, which notes a small slip in the paper's
    expected disagreement for case C)."""
    assert unitizing_alpha(_unitizing_1995(case, 50_000)) == pytest.approx(published, abs=0.02)


@pytest.mark.parametrize("case, observed", [("A", 0.03125), ("B", 2.26736), ("C", 0.02777), ("D", 0.38715)])
def test_alpha_u_observed_disagreement_of_krippendorff_1995_cases(case, observed):
    """Krippendorff (1995), p. 57: the observed disagreement of each pair, which does not
    depend on the scale (as given in DKPro Agreement's Krippendorff1995Test)."""
    for stretch in (1, 1000):
        assert float(disagreements(_unitizing_1995(case, stretch))[0]) == pytest.approx(observed, abs=1e-5)


def test_alpha_u_matches_dkpro_on_case_c_at_half_scale():
    """DKPro Agreement (Krippendorff1995Test, case C at half scale, a continuum of 12):
    D_e = 0.05494 and α_u = 0.494, computed by its KrippendorffAlphaUnitizingAgreement."""
    tally = _unitizing_1995("C", 0.5)
    assert float(disagreements(tally)[1]) == pytest.approx(0.05494, abs=1e-5)
    assert unitizing_alpha(tally) == pytest.approx(0.4944, abs=1e-4)


def test_alpha_u_matches_dkpro_on_one_unit_against_three_short_ones():
    """DKPro Agreement (UnitizingAgreementTest.createExample): on a continuum of 10, one
    rater's unit [1, 9) against the other's [2, 3), [4, 5), [6, 7) gives D_o = 0.9100,
    D_e = 0.5351, α_u = −0.7003; and one unit of length 1 among three raters on 20 gives 0."""
    tally = tally_unitizing(10, [[(1, 9)], [(2, 3), (4, 5), (6, 7)]])
    observed, expected = disagreements(tally)
    assert float(observed) == pytest.approx(0.9100, abs=1e-4)
    assert float(expected) == pytest.approx(0.5351, abs=1e-4)
    assert unitizing_alpha(tally) == pytest.approx(-0.7003, abs=1e-4)
    assert unitizing_alpha(tally_unitizing(20, [[(0, 1)], [], []])) == pytest.approx(0.0, abs=1e-12)


def test_kappa_and_alpha_on_krippendorff_1995_digitized_cases():
    """Krippendorff (1995), p. 57, shows what coefficients on code points make of the
    pairs cut into 24 units of length 1: case A gives κ = .385 and α = .329, case B
    κ = .385, case C κ = .314 (reproduced in DKPro Agreement's Krippendorff1995Test)."""
    expected = {"A": (0.385, 0.329), "B": (0.385, None), "C": (0.314, None)}
    for case, (kappa, alpha) in expected.items():
        first, second = KRIPPENDORFF_1995[case]
        article = _article(24, first=_stretched(first, 1), second=_stretched(second, 1))
        figures = measure_agreement([article], ["first", "second"], ["t"]).pooled["t"]
        assert figures.kappa == pytest.approx(kappa, abs=5e-4), case
        if alpha is not None:
            assert figures.alpha == pytest.approx(alpha, abs=5e-4), case


def test_alpha_on_krippendorff_2011_binary_example():
    """Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", section A (binary
    data, two observers, ten units): observer A 0100000010, observer B 1110010000 gives
    α = 0.095. Here each unit is one code point; a 1 is a claim over it."""
    article = _article(10, A=[(1, 2), (8, 9)], B=[(0, 3), (5, 6)])
    figures = measure_agreement([article], ["A", "B"], ["t"]).pooled["t"]
    assert figures.alpha == pytest.approx(0.095, abs=5e-4)
    assert figures.percent == pytest.approx(0.6)


def test_nominal_alpha_on_krippendorff_2011_example_with_missing_values():
    """Krippendorff (2011), section C (nominal data, four observers, twelve units, values
    missing): α = 0.743. The general form the code-point figures are built on."""
    rows = [
        [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
        [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
        [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
        [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None],
    ]
    units = []
    for column in zip(*rows):
        counts = [0] * 6
        for value in column:
            if value is not None:
                counts[value] += 1
        units.append((1, counts))
    assert nominal_alpha(units) == pytest.approx(0.743, abs=5e-4)


def test_join_overlapping_keeps_touching_units_apart():
    """Overlapping claims of one reviewer become one unit; claims that only touch stay
    two, as the units of Krippendorff's 1995 case B do."""
    assert join_overlapping([(5, 9), (0, 3), (2, 4), (4, 5), (8, 12)]) == [(0, 4), (4, 5), (5, 12)]
