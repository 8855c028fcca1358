"""Plain-language strengths of suggested passages: rank and lead, not raw scores."""

from __future__ import annotations

from marginalia.core.suggest.strength import LIKELY, POSSIBLE, STRONG, WEAK, strengths


def test_strengths_call_a_clear_leader_strong_and_a_close_race_likely():
    """The best passage is strong when well ahead of the next, likely when not."""
    assert strengths([0.9, 0.4, 0.1]) == [STRONG, WEAK, WEAK]
    assert strengths([0.9, 0.85, 0.3]) == [LIKELY, POSSIBLE, WEAK]
    assert strengths([0.5]) == [STRONG]


def test_strengths_of_nothing_matched_are_weak():
    """Zero scores (nothing in common) are weak; no passages give no strengths."""
    assert strengths([0.0, 0.0]) == [WEAK, WEAK]
    assert strengths([]) == []
