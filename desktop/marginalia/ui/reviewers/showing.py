"""Puts the window's ReviewerView in force everywhere claims show: reader, notes, library counts, compare view."""

from __future__ import annotations

from marginalia.core.reviewers import ReviewerView


def show_reviewers(window, view: ReviewerView) -> None:
    """Hide the claims of the reviewers `view` does not show, in every pane of `window`;
    they stay in the documents, where saving writes them as they are. A chosen claim
    that is hidden now is chosen no more, so no key acts on a claim out of sight."""
    annotator = window.annotator
    if annotator is not None:  # first: the notes must not pass the choice on to a neighbour
        claim = annotator.current()
        if claim is not None and not view.shows(claim):
            annotator.set_current(None)
            window.notes.select_claim(None)
    window.reader.set_reviewer_view(view)
    window.notes.proxy.set_reviewer_view(view)
    window.library.model.set_reviewer_view(view)
    window.compare.set_reviewer_view(view)
    if window.session is not None:
        window._show_document_state(window.session.current)  # the status bar's count of claims
    window.margin.schedule()
