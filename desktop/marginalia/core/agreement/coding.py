"""The coding matrix of one topic, summed up: how many code points each number of reviewers coded.

Every code point is a unit with one value per reviewer (coded or not). Percent
agreement, Cohen's kappa and Krippendorff's alpha depend on that reviewers × code
points matrix only through a few totals, and between two consecutive claim
boundaries every code point has the same column. So the totals come from one sweep
over the sorted boundaries, each stretch weighted by its length, without ever
building the matrix.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from marginalia.core.agreement.units import Span


@dataclass(frozen=True, slots=True)
class CodingTally:
    """The totals of a coding matrix with `reviewers` rows and no missing values."""

    by_count: tuple[int, ...]  # [k]: code points coded by exactly k reviewers, k = 0 … reviewers
    coded: tuple[int, ...]  # [r]: code points reviewer r coded

    @property
    def reviewers(self) -> int:
        return len(self.coded)

    @property
    def units(self) -> int:
        """Code points in all."""
        return sum(self.by_count)

    def value_counts(self) -> list[tuple[int, tuple[int, int]]]:
        """(code points, (reviewers who left them uncoded, reviewers who coded them)) for each
        kind of column: the units of percent agreement and alpha, with their weights."""
        m = self.reviewers
        return [(weight, (m - k, k)) for k, weight in enumerate(self.by_count) if weight]

    def pair_table(self) -> dict[tuple[int, int], int]:
        """(first reviewer's value, second's) → code points; for exactly two reviewers."""
        if self.reviewers != 2:
            raise ValueError(f"a pair table needs two reviewers, not {self.reviewers}")
        both = self.by_count[2]
        first, second = self.coded
        return {(1, 1): both, (1, 0): first - both, (0, 1): second - both, (0, 0): self.by_count[0]}


def tally_coding(length: int, units: Sequence[Sequence[Span]]) -> CodingTally:
    """The totals for a text of `length` code points, where `units[r]` are reviewer r's
    spans, sorted and not overlapping (touching is fine)."""
    starts = sorted(start for own in units for start, _ in own)
    ends = sorted(end for own in units for _, end in own)
    by_count = [0] * (len(units) + 1)
    depth = previous = i = 0
    total = len(starts)
    for end in ends:
        # Starts before this end; at a shared position the end goes first, so a reviewer's
        # touching spans never count twice.
        while i < total and starts[i] < end:
            by_count[depth] += starts[i] - previous
            previous = starts[i]
            depth += 1
            i += 1
        by_count[depth] += end - previous
        previous = end
        depth -= 1
    by_count[0] += length - previous
    coded = tuple(sum(end - start for start, end in own) for own in units)
    return CodingTally(tuple(by_count), coded)


def pool_coding(tallies: Iterable[CodingTally]) -> CodingTally | None:
    """The totals of several articles read as one long text; None for no articles."""
    tallies = list(tallies)
    if not tallies:
        return None
    return CodingTally(tuple(map(sum, zip(*(t.by_count for t in tallies)))),
                       tuple(map(sum, zip(*(t.coded for t in tallies)))))
