"""The outcome of placing one quote in a text: how it was found, where, and how surely."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from marginalia.core.selectors import TextPosition


class AnchorStatus(StrEnum):
    """Which step of the fallback chain placed the quote."""

    # The quote is still where the claim said it was.
    EXACT = "exact"
    # The quote occurs verbatim elsewhere, and its context confirms the place.
    MOVED = "moved"
    # Only an approximate copy of the quote was found (the passage was edited).
    FUZZY = "fuzzy"
    # Nothing in the text can be trusted to be the quoted passage.
    ORPHANED = "orphaned"


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a quote now lives; `position` is None exactly when it is orphaned."""

    status: AnchorStatus
    position: TextPosition | None
    # 1.0 for EXACT; the combined evidence in [0, 1] for MOVED and FUZZY; 0.0 if orphaned.
    score: float

    def __post_init__(self) -> None:
        if (self.position is None) != (self.status is AnchorStatus.ORPHANED):
            raise ValueError("an anchor has a position unless it is orphaned")
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"score {self.score} is outside [0, 1]")


ORPHAN = Anchor(AnchorStatus.ORPHANED, None, 0.0)
