"""Which claims a reviewer view shows, the counts it gives a library row, initials and line patterns."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from marginalia.core.reviewers import (
    ALL, CHOSEN, MINE, ReviewerView, count_by_reviewer, counts_shown, initials, reviewer_patterns, reviewers_of,
)


def _claim(author, *topics):
    return SimpleNamespace(author=author, topics=topics)


CLAIMS = [_claim("ana", "compute"), _claim("ben", "privacy"), _claim("", "compute"), _claim("ana", "privacy")]


def test_reviewer_view_mine_shows_only_my_claims():
    """Independent coding: the others' claims, and claims with no reviewer, are hidden."""
    view = ReviewerView(MINE, "ana")
    assert view.visible(CLAIMS) == [CLAIMS[0], CLAIMS[3]]
    assert view.reviewers() == {"ana"} and not view.shows_everyone


def test_reviewer_view_all_and_chosen_sets():
    """All shows everything; a chosen set shows its reviewers ("" naming claims without one)."""
    assert ReviewerView(ALL, "ana").visible(CLAIMS) == CLAIMS and ReviewerView().reviewers() is None
    assert ReviewerView(CHOSEN, "ana", frozenset({"ben", ""})).visible(CLAIMS) == [CLAIMS[1], CLAIMS[2]]
    assert ReviewerView(CHOSEN, "ana", frozenset()).visible(CLAIMS) == []


def test_reviewer_view_refuses_an_unknown_mode():
    """A mode from a damaged settings file is an error, not a silent 'all'."""
    with pytest.raises(ValueError):
        ReviewerView("some")


def test_counts_shown_follow_the_view():
    """A library row's counts: everything for all, the shown reviewers' sum otherwise."""
    by = count_by_reviewer(CLAIMS)
    assert by == {"ana": {"count": 2, "topics": {"compute": 1, "privacy": 1}},
                  "ben": {"count": 1, "topics": {"privacy": 1}}, "": {"count": 1, "topics": {"compute": 1}}}
    total, topics = 5, {"compute": 2, "privacy": 2}  # one unreadable record besides
    assert counts_shown(ReviewerView(), total, topics, by) == (5, topics)
    assert counts_shown(ReviewerView(MINE, "ben"), total, topics, by) == (1, {"privacy": 1})
    assert counts_shown(ReviewerView(CHOSEN, "x", frozenset({"ana", ""})), total, topics, by) == \
        (3, {"compute": 2, "privacy": 1})


def test_initials_of_names():
    """Two letters from first and last word, or the first two of a single word; '?' for none."""
    assert initials("Ana Lima") == "AL"
    assert initials("ben") == "BE"
    assert initials("Nguyễn Văn An") == "NA"
    assert initials("j.-p. sartre") == "JS"
    assert initials("") == "?" and initials("   ") == "?"


def test_reviewer_patterns_only_when_several_are_shown():
    """Patterns number the reviewers shown in name order, and only when two or more are."""
    present = {"ben", "ana", "cy"}
    assert reviewer_patterns(present, ReviewerView()) == {"ana": 0, "ben": 1, "cy": 2}
    assert reviewer_patterns(present, ReviewerView(MINE, "ana")) == {}
    assert reviewer_patterns(present, ReviewerView(CHOSEN, "", frozenset({"cy", "ben"}))) == {"ben": 0, "cy": 1}
    assert reviewer_patterns({"ana"}, ReviewerView()) == {}
    assert reviewers_of(CLAIMS) == ["", "ana", "ben"]
