"""Each reviewer's units of a topic in one article: their claims as sorted spans that do not overlap."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import NamedTuple

Span = tuple[int, int]  # [start, end) in code points


class CodedClaim(NamedTuple):
    """A claim as agreement sees it: who made it, where, and with which topic ids."""

    reviewer: str
    start: int
    end: int
    topics: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ArticleClaims:
    """One article: its name, the length of its canonical text in code points, and its
    claims (plain tuples or CodedClaim). The whole input of the computation."""

    name: str
    length: int
    claims: tuple[CodedClaim, ...]


def join_overlapping(spans: Iterable[Span]) -> list[Span]:
    """`spans` sorted, with spans that share a code point joined into one.

    Spans that only touch stay apart: two adjacent claims are two units to the
    unitizing measure (where a reviewer put a boundary is what it compares), and
    the same code points to the others. Overlapping claims must be joined, because
    the unitizing model lets a reviewer's units of one category never overlap.
    """
    joined: list[Span] = []
    for start, end in sorted(spans):
        if joined and start < joined[-1][1]:
            if end > joined[-1][1]:
                joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def units_by_topic(article: ArticleClaims, reviewers: Sequence[str],
                   topics: Sequence[str]) -> dict[str, list[list[Span]]]:
    """topic → for each of `reviewers` in order, their units of it in `article`.

    Spans are clipped to the text and empty ones dropped: they cover no code point.
    Claims of other reviewers, and topics not asked for, are ignored.
    """
    rank = {name: i for i, name in enumerate(reviewers)}
    spans: dict[str, list[list[Span]]] = {topic: [[] for _ in reviewers] for topic in topics}
    length = article.length
    for reviewer, start, end, claim_topics in article.claims:
        i = rank.get(reviewer)
        if i is None:
            continue
        start = min(max(start, 0), length)
        end = min(end, length)
        if end <= start:
            continue
        for topic in claim_topics:
            buckets = spans.get(topic)
            if buckets is not None:
                buckets[i].append((start, end))
    return {topic: [join_overlapping(own) for own in buckets] for topic, buckets in spans.items()}
