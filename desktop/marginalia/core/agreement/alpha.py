"""Krippendorff's alpha for nominal values: agreement corrected by the disagreement chance predicts."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from fractions import Fraction

from marginalia.core.agreement.figures import NullReason, Value


def nominal_alpha(units: Iterable[tuple[int, Sequence[int]]]) -> Value:
    """α = 1 − D_o / D_e for nominal values, any number of reviewers, values missing or not.

    Each unit is (weight, value counts): how many units of this kind there are, and
    how many reviewers gave each value (a reviewer who gave none is simply not
    counted). Built on the coincidence matrix of Krippendorff (2004, 2011): a unit
    with m values adds each ordered pair of its values with weight 1 / (m − 1), so
    units with fewer than two values add nothing. For nominal values

        α = 1 − (n − 1) · Σ_{c≠k} o_ck / Σ_{c≠k} n_c · n_k

    where n_c counts the pairable values c and n all of them. Undefined when no unit
    has two values, or when every pairable value is the same (D_e = 0).
    """
    disagreeing = Fraction(0)  # Σ_{c≠k} o_ck
    totals: list[int] = []  # n_c
    for weight, counts in units:
        m = sum(counts)
        if m < 2 or not weight:
            continue
        if len(totals) < len(counts):
            totals.extend([0] * (len(counts) - len(totals)))
        for value, n in enumerate(counts):
            totals[value] += weight * n
        disagreeing += Fraction(weight * (m * m - sum(n * n for n in counts)), m - 1)
    n = sum(totals)
    if not n:
        return NullReason.NO_TEXT
    expected = n * n - sum(t * t for t in totals)  # Σ_{c≠k} n_c · n_k
    if not expected:
        return NullReason.NO_EXPECTED_DISAGREEMENT
    return float(1 - (n - 1) * disagreeing / expected)
