"""Adjudication: two reviewers' claims on one article paired into agreements and disagreements, and the adjudicator's decisions.

The rule, as the README gives it:
- Only the reviewers' own claims take part: a claim that records `derived_from` is
  an adjudicator's decision, never a reviewer's coding (even when the adjudicator is
  one of the two reviewers). Orphaned claims have no place in the text and are left out.
- A claim of A and a claim of B **agree** when their spans overlap and they carry the
  same set of topics: an *exact* agreement when the spans are the same too, an
  *overlapping* one otherwise. Each claim agrees with one claim at most: pairs are
  taken exact ones first, then by the most text shared, then in reading order.
- Every claim left over is part of a **disagreement**: the claims left over that
  overlap (directly or through each other) make one disagreement, with A's side and
  B's side; a side may be empty (a passage one reviewer coded and the other did not).
- A disagreement is **settled** once a claim of the document records, in
  `derived_from`, one of its claims.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from marginalia.core.annotation import Annotation, utc_now
from marginalia.core.intervals import IntervalIndex
from marginalia.core.selectors import TextPosition, quote_at

EXACT = "exact"  # same span, same topics
OVERLAP = "overlap"  # overlapping spans, same topics
DISAGREE = "disagree"  # anything else: other topics, other bounds, or one side alone


@dataclass(frozen=True, slots=True)
class Item:
    """One passage of the comparison: an agreement (one claim a side) or a disagreement."""

    kind: str
    a: tuple[Annotation, ...]
    b: tuple[Annotation, ...]

    @property
    def start(self) -> int:
        return min(c.start for c in (*self.a, *self.b))

    @property
    def end(self) -> int:
        return max(c.end for c in (*self.a, *self.b))

    @property
    def agrees(self) -> bool:
        return self.kind != DISAGREE

    def ids(self) -> frozenset[str]:
        return frozenset(c.id for c in (*self.a, *self.b))


def coded(claims: Iterable[Annotation], reviewer: str) -> list[Annotation]:
    """`reviewer`'s own placed claims in `claims` (no adjudicator's decisions), in reading order."""
    return sorted((c for c in claims if c.author == reviewer and not c.derived_from and not c.orphaned),
                  key=Annotation.sort_key)


def _overlap(x: Annotation, y: Annotation) -> int:
    return min(x.end, y.end) - max(x.start, y.start)


def compare(claims: Iterable[Annotation], reviewer_a: str, reviewer_b: str) -> list[Item]:
    """The passages where `reviewer_a` and `reviewer_b` agree or disagree, in reading order."""
    claims = list(claims)
    side_a, side_b = coded(claims, reviewer_a), coded(claims, reviewer_b)
    candidates = []
    index = IntervalIndex.from_spans((y.id, y.start, y.end) for y in side_b)
    by_id = {y.id: y for y in side_b}
    for x in side_a:
        for y in map(by_id.__getitem__, index.overlapping(x.start, x.end)):
            shared = _overlap(x, y)
            if shared > 0 and set(x.topics) == set(y.topics):
                exact = (x.start, x.end) == (y.start, y.end)
                candidates.append((not exact, -shared, x.sort_key(), y.sort_key(), x, y))
    candidates.sort(key=lambda c: c[:4])
    paired: set[str] = set()
    items = []
    for not_exact, _shared, _kx, _ky, x, y in candidates:
        if x.id in paired or y.id in paired:
            continue
        paired.update((x.id, y.id))
        items.append(Item(OVERLAP if not_exact else EXACT, (x,), (y,)))
    items.extend(_disagreements([c for c in side_a if c.id not in paired], [c for c in side_b if c.id not in paired]))
    items.sort(key=lambda item: (item.start, item.end, sorted(item.ids())))
    return items


def _disagreements(left_a: list[Annotation], left_b: list[Annotation]) -> list[Item]:
    """The claims left over, grouped where they overlap (a sweep in reading order)."""
    tagged = sorted([(c, "a") for c in left_a] + [(c, "b") for c in left_b], key=lambda t: t[0].sort_key())
    groups: list[tuple[list, list, int]] = []
    for claim, side in tagged:
        if groups and claim.start < groups[-1][2]:
            a, b, end = groups[-1]
            groups[-1] = (a, b, max(end, claim.end))
        else:
            groups.append(([], [], claim.end))
        (groups[-1][0] if side == "a" else groups[-1][1]).append(claim)
    return [Item(DISAGREE, tuple(a), tuple(b)) for a, b, _end in groups]


def settled(item: Item, claims: Iterable[Annotation]) -> bool:
    """Whether a claim among `claims` was decided from one of `item`'s claims."""
    return 0 in settled_items([item], claims)


def settled_items(items: Sequence[Item], claims: Iterable[Annotation]) -> set[int]:
    """The numbers of the `items` settled by a decision among `claims`."""
    decided = {i for c in claims for i in c.derived_from}
    return {number for number, item in enumerate(items) if not decided.isdisjoint(item.ids())}


def decision(text: str, sources: Sequence[Annotation], adjudicator: str, *,
             derived_from: Iterable[str] | None = None) -> Annotation:
    """A new claim of `adjudicator` standing for `sources` together: the text they cover
    (from the first start to the last end), every topic any carries (in first-seen
    order), their notes one a paragraph; `derived_from` defaults to the sources' ids."""
    if not sources:
        raise ValueError("a decision needs at least one claim to come from")
    start, end = min(c.start for c in sources), max(c.end for c in sources)
    topics = tuple(dict.fromkeys(t for c in sources for t in c.topics))
    notes = "\n\n".join(dict.fromkeys(c.note for c in sources if c.note))
    ids = tuple(dict.fromkeys(derived_from if derived_from is not None else (c.id for c in sources)))
    now = utc_now()
    position = TextPosition(start, end)
    return Annotation(id=str(uuid.uuid4()), position=position, quote=quote_at(text, position), topics=topics,
                      note=notes, author=adjudicator, created=now, modified=now, derived_from=ids)


def keep(text: str, sources: Sequence[Annotation], adjudicator: str) -> list[Annotation]:
    """Keep each of `sources` as it is: one decision per claim, each from its claim."""
    return [decision(text, (c,), adjudicator) for c in sources]


def keep_side(text: str, item: Item, side: str, adjudicator: str) -> list[Annotation]:
    """Keep A's claims ("a"), B's ("b") or both ("both") of `item`."""
    chosen = {"a": item.a, "b": item.b, "both": (*item.a, *item.b)}[side]
    return keep(text, chosen, adjudicator)


def agreement_decision(text: str, item: Item, adjudicator: str) -> Annotation:
    """An agreement taken as it is: one claim over both claims' text, from both."""
    return decision(text, (*item.a, *item.b), adjudicator)


def adjudicated(claims: Iterable[Annotation], adjudicator: str | None = None) -> list[Annotation]:
    """The decisions among `claims` (those recording `derived_from`), of `adjudicator` alone when named."""
    return [c for c in claims if c.derived_from and (adjudicator is None or c.author == adjudicator)]
