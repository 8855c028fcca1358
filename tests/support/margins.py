"""Where margin notes sit: each card against its highlight, in the notes panel's coordinates."""

from __future__ import annotations

from PySide6.QtCore import QPoint

TOLERANCE = 4  # pixels: "level" allows for the card's rounded border


def settle(qtbot, window) -> None:
    """Until the margin notes have followed the last change."""
    qtbot.wait(60)
    qtbot.waitUntil(lambda: window.margin.settled(), timeout=3000)
    qtbot.wait(20)


def card_top(window, claim_id: str) -> int:
    """The top of the claim's card in the notes viewport (the gap above it is not the card)."""
    notes = window.notes
    rect = notes.visualRect(notes.index_of(claim_id))
    return rect.top() + notes.delegate.gaps.get(claim_id, 0)


def line_top(window, claim) -> int | None:
    """The top of the claim's first line, in the notes viewport's coordinates; None when
    that line is not in the reader's view."""
    reader = window.reader
    y = reader.span_top(claim.start)
    if y is None or not 0 <= y <= reader.viewport().height() - 12:
        return None
    return window.notes.viewport().mapFrom(window, reader.viewport().mapTo(window, QPoint(0, int(y)))).y()


def misplaced(window) -> list[str]:
    """Every card whose highlight's first line is in view and that is neither level with
    it nor pushed aside by a neighbour: just below the card above it, or (above the
    chosen card, which keeps its place) just above the card below it."""
    notes, document = window.notes, window.session.current
    problems = []
    shown, reviewers = notes.proxy.topic_filter(), notes.proxy.reviewer_view()
    for claim in document.ordered():
        if claim.orphaned or (shown and not shown.intersection(claim.topics)) or not reviewers.shows(claim):
            continue
        line = line_top(window, claim)
        if line is None:
            continue
        index = notes.index_of(claim.id)
        if not index.isValid():
            problems.append(f"{claim.quote.exact!r}: no card")
            continue
        top = card_top(window, claim.id)
        if abs(top - line) <= TOLERANCE:
            continue
        row = index.row()
        above = notes.visualRect(notes.model().index(row - 1, 0)).bottom() + 1 if row > 0 else None
        if above is not None and top > line and abs(top - above) <= TOLERANCE:
            continue  # no room: just below the card above
        below = None
        if row + 1 < notes.model().rowCount():
            below = card_top(window, notes.claim_at(row + 1).id)
            bottom = notes.visualRect(index).bottom() + 1
            if top < line and abs(bottom - below) <= TOLERANCE:
                continue  # no room above the chosen card: just above the card below
        problems.append(f"{claim.quote.exact!r}: card at {top}, highlight at {line}, "
                        f"card above ends at {above}, card below starts at {below}")
    return problems + strays(window)


def strays(window) -> list[str]:
    """Cards in view beside text that holds none of their claims (orphans aside, which
    have no place in the text): a card shows only with its claim in view."""
    notes, reader = window.notes, window.reader
    start, end = reader.visible_span()
    problems = []
    for row in range(notes.model().rowCount()):
        claim = notes.claim_at(row)
        rect = notes.visualRect(notes.model().index(row, 0))
        card = rect.adjusted(0, notes.delegate.gaps.get(claim.id, 0), 0, 0)
        shown = card.height() > 0 and card.intersects(notes.viewport().rect())
        if shown and not claim.orphaned and not (claim.start < end and claim.end > start):
            problems.append(f"{claim.quote.exact!r}: card in view, claim not (card {card.top()}–{card.bottom()})")
    return problems
