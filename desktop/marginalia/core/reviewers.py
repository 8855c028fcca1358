"""Whose claims a view shows: my claims only (independent coding), everyone's, or a chosen set of reviewers."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

# The three ways a view can show reviewers' claims.
ALL = "all"
MINE = "mine"
CHOSEN = "chosen"
MODES = (ALL, MINE, CHOSEN)


@dataclass(frozen=True, slots=True)
class ReviewerView:
    """Which reviewers' claims are shown. A claim's reviewer is its `author`; a claim
    without one counts as the reviewer "" (it can be chosen like any other). Hiding a
    claim only hides it: whoever applies the view keeps every claim it is given."""

    mode: str = ALL
    me: str = ""  # the reviewer working here, for MINE
    chosen: frozenset[str] = frozenset()  # for CHOSEN

    def __post_init__(self) -> None:
        if self.mode not in MODES:
            raise ValueError(f"unknown reviewer view {self.mode!r}")

    @property
    def shows_everyone(self) -> bool:
        return self.mode == ALL

    def shows_reviewer(self, name: str) -> bool:
        if self.mode == ALL:
            return True
        if self.mode == MINE:
            return name == self.me
        return name in self.chosen

    def shows(self, claim) -> bool:
        """Whether `claim` (anything with an `author`) is shown."""
        return self.mode == ALL or self.shows_reviewer(claim.author)

    def visible(self, claims: Iterable) -> list:
        """The claims of `claims` this view shows, in their order."""
        if self.mode == ALL:
            return list(claims)
        return [c for c in claims if self.shows_reviewer(c.author)]

    def reviewers(self) -> frozenset[str] | None:
        """The reviewers shown, for a filter taking names; None when everyone is."""
        if self.mode == ALL:
            return None
        return frozenset({self.me}) if self.mode == MINE else self.chosen

    def several_shown(self, present: Iterable[str]) -> bool:
        """Whether more than one of the reviewers `present` is shown (then each one's
        claims need telling apart)."""
        return len({name for name in present if self.shows_reviewer(name)}) > 1


def reviewers_of(claims: Iterable) -> list[str]:
    """The reviewers of `claims`, each once, sorted case-insensitively ("" for claims without one)."""
    return sorted({c.author for c in claims}, key=lambda name: (name.casefold(), name))


def initials(name: str) -> str:
    """Up to two letters naming a reviewer on a card: "Ana Lima" → "AL", "kim" → "KI";
    "?" for a claim without a reviewer."""
    words = [w for w in name.replace(".", " ").replace("_", " ").replace("-", " ").split() if w]
    if not words:
        return "?"
    if len(words) == 1:
        letters = [ch for ch in words[0] if ch.isalnum()][:2] or list(words[0][:2])
        return "".join(letters).upper()
    return "".join(w[0] for w in (words[0], words[-1])).upper()


def count_by_reviewer(claims: Iterable) -> dict[str, dict]:
    """Reviewer → {"count": claims, "topics": {topic id: claims carrying it}}: what a
    library row keeps so its counts can follow any view without reading the file again."""
    counts: dict[str, dict] = {}
    for claim in claims:
        own = counts.setdefault(claim.author, {"count": 0, "topics": {}})
        own["count"] += 1
        topics = own["topics"]
        for topic in claim.topics:
            topics[topic] = topics.get(topic, 0) + 1
    return counts


def counts_shown(view: ReviewerView, total: int, topic_counts: dict[str, int],
                 by_reviewer: dict[str, dict]) -> tuple[int, dict[str, int]]:
    """(claims, topic id → claims) of an article as `view` shows it, from its row's
    counts: all of them for everyone, else the sum over the reviewers shown (an
    unreadable record, which has no reviewer, then counts for no one)."""
    if view.shows_everyone:
        return total, topic_counts
    count, topics = 0, {}
    for name, own in by_reviewer.items():
        if view.shows_reviewer(name):
            count += own["count"]
            for topic, n in own["topics"].items():
                topics[topic] = topics.get(topic, 0) + n
    return count, topics


def reviewer_patterns(present: Iterable[str], view: ReviewerView) -> dict[str, int]:
    """Reviewer → the number of the line pattern marking their claims in the text, when
    `view` shows more than one of the reviewers `present` (none otherwise): colour then
    stays the topics', and the pattern tells whose claim it is. Numbered in name order,
    so a reviewer keeps the pattern while the others' claims come and go."""
    if not view.several_shown(present):
        return {}
    shown = sorted((n for n in set(present) if view.shows_reviewer(n)), key=lambda n: (n.casefold(), n))
    return {name: i for i, name in enumerate(shown)}
