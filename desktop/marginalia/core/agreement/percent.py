"""Percent agreement: the share of pairs of reviewers that gave a unit the same value."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from fractions import Fraction

from marginalia.core.agreement.figures import NullReason, Value


def pairwise_agreement(units: Iterable[tuple[int, Sequence[int]]]) -> Value:
    """The mean over units of the share of reviewer pairs that agree on the unit.

    Each unit is (weight, value counts): how many units of this kind there are, and how
    many reviewers gave each value. With two reviewers this is the plain share of units
    they agree on; with more it is the average pairwise agreement (what NLTK's
    `avg_Ao` and ReCal report), which equals 1 − alpha's observed disagreement when no
    value is missing. Units fewer than two reviewers coded cannot be compared and are
    left out.
    """
    agreeing = Fraction(0)
    total = 0
    for weight, counts in units:
        m = sum(counts)
        if m < 2 or not weight:
            continue
        agreeing += Fraction(weight * sum(n * (n - 1) for n in counts), m * (m - 1))
        total += weight
    if not total:
        return NullReason.NO_TEXT
    return float(agreeing / total)
