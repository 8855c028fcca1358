"""Cohen's kappa: the agreement of two reviewers beyond what their own value frequencies predict."""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from fractions import Fraction

from marginalia.core.agreement.figures import NullReason, Value


def cohen_kappa(table: Mapping[tuple[Hashable, Hashable], int]) -> Value:
    """κ = (p_o − p_e) / (1 − p_e) from `table`: (first reviewer's value, second's) → units.

    p_o is the share of units on which both gave the same value; p_e the share
    expected if each gave values independently at their own rates (Cohen 1960).
    Undefined when there are no units, or when p_e is 1 (both gave every unit one
    and the same value, so there is nothing to correct for).
    """
    total = sum(table.values())
    if not total:
        return NullReason.NO_TEXT
    first: Counter = Counter()
    second: Counter = Counter()
    same = 0
    for (a, b), weight in table.items():
        first[a] += weight
        second[b] += weight
        if a == b:
            same += weight
    observed = Fraction(same, total)
    expected = Fraction(sum(first[v] * second[v] for v in first), total * total)
    if expected == 1:
        return NullReason.NO_EXPECTED_DISAGREEMENT
    return float((observed - expected) / (1 - expected))
