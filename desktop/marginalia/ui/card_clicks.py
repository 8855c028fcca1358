"""Clicks on the parts of a card that act: a member of its cluster, and its "Link…" control."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem


class CardClicks:
    """For NotesPanel: a left click (pressed and released on the same part) on a member's
    line emits `member_clicked(card's claim id, CardMember)`, on "Link…" `link_clicked(claim
    id)`; the pointer becomes a hand over them. The card is chosen by the press, as any
    click chooses it."""

    _pressed_part = None

    def part_at(self, point):
        """What acts at `point` of the viewport: (claim id, ("member", CardMember) or
        ("link", None)), or None."""
        index = self.indexAt(point)
        if not index.isValid():
            return None
        option = QStyleOptionViewItem()
        self.initViewItemOption(option)
        option.rect = self.visualRect(index)
        hit = self.delegate.hit(option, index, point)
        return (index.data(self.source_model.Role.Id), hit) if hit is not None else None

    def mousePressEvent(self, event) -> None:
        self._pressed_part = self.part_at(event.position().toPoint()) \
            if event.button() == Qt.MouseButton.LeftButton else None
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        pressed, self._pressed_part = self._pressed_part, None
        super().mouseReleaseEvent(event)
        if pressed is None or event.button() != Qt.MouseButton.LeftButton:
            return
        released = self.part_at(event.position().toPoint())
        if released is None or released[0] != pressed[0] or released[1][0] != pressed[1][0] \
                or released[1][1] != pressed[1][1]:
            return
        claim_id, (kind, member) = released
        if kind == "link":
            self.link_clicked.emit(claim_id)
        else:
            self.member_clicked.emit(claim_id, member)

    def mouseMoveEvent(self, event) -> None:
        super().mouseMoveEvent(event)
        if not event.buttons():
            acting = self.part_at(event.position().toPoint()) is not None
            shape = Qt.CursorShape.PointingHandCursor if acting else Qt.CursorShape.ArrowCursor
            if self.viewport().cursor().shape() != shape:
                self.viewport().setCursor(shape)
