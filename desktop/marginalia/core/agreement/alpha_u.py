"""Krippendorff's unitizing alpha (α_u) for one category: agreement on where units begin and end.

Each reviewer cuts the continuum (the text) into sections: their units of the
category and the gaps between them. Two reviewers' overlapping sections disagree by

    both units:                 (start difference)² + (end difference)²
    a unit inside the other's gap:   (the unit's length)²
    anything else (gap with gap, a unit that only partly lies in a gap): 0

so text that no one coded adds nothing, unlike in the measures on code points, and
a unit found by one reviewer and missed by the other counts in full. With m
reviewers, a continuum of length L, N units in all (every reviewer's) of lengths l,
and the gaps of every reviewer of lengths g:

    D_o = Σ_{i≠j} Σ δ²(i's section, j's section) / (m (m − 1) L²)
    D_e = (2 / L) Σ_units [ (N − 1) (2l³ − 3l² + l) / 3  +  l² Σ_{g ≥ l} (g − l + 1) ]
          / ( m L (m L − 1) − Σ_units l (l − 1) )
    α_u = 1 − D_o / D_e

(Krippendorff 1995, Sociological Methodology 25:47–76, and Content Analysis, 2nd ed.,
2004; the formulas of DKPro Agreement's KrippendorffAlphaUnitizingAgreement, the
figure INCEpTION reports.) Several articles are pooled as one continuum laid end to end
in which no section crosses from one article into the next: their squared distances,
lengths, units and gaps add up. All sums are exact integers; the one division is exact.
"""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from marginalia.core.agreement.figures import NullReason, Value
from marginalia.core.agreement.units import Span

Section = tuple[int, int, bool]  # start, end, is a unit (else a gap)


@dataclass(frozen=True, slots=True)
class UnitizingTally:
    """What α_u needs of one or more articles for one category."""

    reviewers: int
    length: int  # L, code points
    observed: int  # Σ_{i≠j} Σ δ², over ordered pairs of reviewers
    units: tuple[int, ...]  # the length of every reviewer's every unit
    gaps: tuple[int, ...]  # the length of every reviewer's every gap


def sections(length: int, units: Sequence[Span]) -> list[Section]:
    """A reviewer's units and the gaps between them, covering [0, length) in order."""
    found: list[Section] = []
    position = 0
    for start, end in units:
        if start > position:
            found.append((position, start, False))
        found.append((start, end, True))
        position = end
    if position < length:
        found.append((position, length, False))
    return found


def _pair_distance(first: list[Section], second: list[Section]) -> int:
    """Σ δ² over the overlapping sections of two reviewers, by one walk through both."""
    total = i = j = 0
    while i < len(first) and j < len(second):
        s1, e1, unit1 = first[i]
        s2, e2, unit2 = second[j]
        if unit1 and unit2:
            total += (s1 - s2) ** 2 + (e1 - e2) ** 2
        elif unit1:
            if s2 <= s1 and e1 <= e2:
                total += (e1 - s1) ** 2
        elif unit2 and s1 <= s2 and e2 <= e1:
            total += (e2 - s2) ** 2
        if e1 <= e2:
            i += 1
        if e2 <= e1:
            j += 1
    return total


def tally_unitizing(length: int, units: Sequence[Sequence[Span]]) -> UnitizingTally:
    """The tally of one article of `length` code points; `units[r]` are reviewer r's
    units, sorted and not overlapping (touching units are two units)."""
    cut = [sections(length, own) for own in units]
    observed = 0
    for i in range(len(cut)):
        for j in range(i + 1, len(cut)):
            observed += 2 * _pair_distance(cut[i], cut[j])  # δ² is symmetric: (i, j) and (j, i)
    unit_lengths = tuple(end - start for own in cut for start, end, is_unit in own if is_unit)
    gap_lengths = tuple(end - start for own in cut for start, end, is_unit in own if not is_unit)
    return UnitizingTally(len(units), length, observed, unit_lengths, gap_lengths)


def pool_unitizing(tallies: Iterable[UnitizingTally]) -> UnitizingTally | None:
    """Articles as one continuum whose sections stop at each article's end; None for none."""
    tallies = list(tallies)
    if not tallies:
        return None
    return UnitizingTally(tallies[0].reviewers, sum(t.length for t in tallies), sum(t.observed for t in tallies),
                          tuple(x for t in tallies for x in t.units), tuple(x for t in tallies for x in t.gaps))


def _expected_sum(units: tuple[int, ...], gaps: tuple[int, ...]) -> int:
    """Σ_units [ (N − 1)(2l³ − 3l² + l)/3 + l² Σ_{g ≥ l}(g − l + 1) ], exactly.

    2l³ − 3l² + l = l(l − 1)(2l − 1) is six times a sum of squares, so the division is
    exact. The inner sum over gaps is Σ_{g ≥ l} g − (l − 1)·#{g ≥ l}, read from the
    sorted gaps and their suffix sums: a bisection per distinct unit length instead of
    a pass over every gap.
    """
    ordered = sorted(gaps)
    suffix = [0] * (len(ordered) + 1)
    for k in range(len(ordered) - 1, -1, -1):
        suffix[k] = suffix[k + 1] + ordered[k]
    others = len(units) - 1
    total = 0
    for l, count in Counter(units).items():
        k = bisect_left(ordered, l)
        room = suffix[k] - (l - 1) * (len(ordered) - k)
        total += count * (others * (l * (l - 1) * (2 * l - 1) // 3) + l * l * room)
    return total


def disagreements(tally: UnitizingTally) -> tuple[Fraction, Fraction]:
    """(D_o, D_e) of `tally`, exact; for two or more reviewers and a non-empty text."""
    m, length = tally.reviewers, tally.length
    observed = Fraction(tally.observed, m * (m - 1) * length * length)
    squares = sum(l * (l - 1) for l in tally.units)
    expected = Fraction(2 * _expected_sum(tally.units, tally.gaps), length * (m * length * (m * length - 1) - squares))
    return observed, expected


def unitizing_alpha(tally: UnitizingTally) -> Value:
    """α_u = 1 − D_o / D_e; undefined for fewer than two reviewers, no text, or D_e = 0
    (no units at all, say)."""
    if tally.reviewers < 2:
        return NullReason.ONE_REVIEWER
    if not tally.length:
        return NullReason.NO_TEXT
    observed, expected = disagreements(tally)
    if not expected:
        return NullReason.NO_EXPECTED_DISAGREEMENT
    return float(1 - observed / expected)
