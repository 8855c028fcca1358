"""A card's cluster block (its label and the other members, one line each) and its "Link…" control.

Every line of the block is one line of the card's small font, elided: its height is
the number of lines, known without laying any text out, so cluster information costs
the measuring of ten thousand cards nothing but a dict lookup each.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QRect, QRectF, Qt
from PySide6.QtGui import QFont, QPalette

from marginalia.ui.wording import arg

MAX_MEMBERS = 4  # member lines on a card; the rest are in its context menu and the Compare window
TAG_PAD = 4
ROW_EXTRA = 4  # pixels between member lines: each is a target for a click, not only a line to read
QUOTE_SHARE = 72  # percent of a member's line its quote may take; its article's title has the rest


def block_lines(info) -> int:
    """Lines the block takes: the label, each member shown (or the line saying there is
    none yet), and "and N more" when some are left out."""
    if info is None:
        return 0
    shown = min(len(info.others), MAX_MEMBERS)
    return 1 + max(1, shown) + (1 if len(info.others) > MAX_MEMBERS else 0)


def row_height(font) -> int:
    return font.line_spacing + ROW_EXTRA


def block_height(font, info) -> int:
    return block_lines(info) * row_height(font)


def member_rects(rect: QRect, info, font) -> list[tuple[QRect, object]]:
    """(line, member) for each member line of the block in `rect`."""
    if info is None:
        return []
    step = row_height(font)
    return [(QRect(rect.left(), rect.top() + (i + 1) * step, rect.width(), step), member)
            for i, member in enumerate(info.others[:MAX_MEMBERS])]


class ClusterBlock(QObject):
    """Draws a card's cluster block and its "Link…" control (a QObject for its words)."""

    def link_text(self) -> str:
        return self.tr("Link…")

    def link_rect(self, meta: QRect, font) -> QRect:
        """Where the "Link…" control sits: at the right end of the card's meta line."""
        width = font.advance(self.link_text()) + 2 * TAG_PAD
        return QRect(meta.right() - width + 1, meta.top(), width, meta.height())

    def paint(self, painter, rect: QRect, info, font, palette) -> None:
        """The label line, then one line per member: its language tag, article and quote."""
        metrics = font.metrics
        step = row_height(font)
        ascent = (step + metrics.ascent() - metrics.descent()) // 2
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        bold = QFont(font.font)
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        tail = self.tr("· %n article(s)", "", info.articles)
        gap = metrics.horizontalAdvance("  ")
        label = " ".join(info.label.split()) or self.tr("(no label)")
        bold_metrics = painter.fontMetrics()
        room = max(20, rect.width() - gap - metrics.horizontalAdvance(tail))
        head = bold_metrics.elidedText(arg(self.tr("Cluster: %1"), label), Qt.TextElideMode.ElideRight, room)
        painter.drawText(rect.left(), rect.top() + ascent, head)
        painter.setFont(font.font)
        painter.setPen(muted)
        painter.drawText(rect.left() + bold_metrics.horizontalAdvance(head) + gap, rect.top() + ascent, tail)
        if not info.others:
            self._line(painter, rect, 1, step, self.tr("No other claim yet: Link… (Ctrl+L) adds one"), metrics)
        for line, member in member_rects(rect, info, font):
            _paint_member(painter, line, member, font, muted, palette.color(QPalette.ColorRole.Link))
        hidden = len(info.others) - MAX_MEMBERS
        if hidden > 0:
            painter.setPen(muted)
            self._line(painter, rect, MAX_MEMBERS + 1, step,
                       self.tr("and %n more (right-click the card for all)", "", hidden), metrics)

    @staticmethod
    def _line(painter, rect: QRect, row: int, step: int, text: str, metrics) -> None:
        painter.drawText(QRect(rect.left(), rect.top() + row * step, rect.width(), step),
                         Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine,
                         metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width()))

    def paint_link_control(self, painter, rect: QRect, font, palette) -> None:
        painter.setFont(font.font)
        painter.setPen(palette.color(QPalette.ColorRole.Link))
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight, self.link_text())


def _paint_member(painter, line: QRect, member, font, muted, link) -> None:
    """[ES] “quote” · Title: the tag boxed, the quote in the link colour (a click opens
    it), the article's title after it in what room is left."""
    metrics = font.metrics
    tag = (member.language or "?").split("-")[0].upper()[:3]  # the language alone: "pt-BR" → "PT"
    tag_width = max(metrics.horizontalAdvance(tag), metrics.horizontalAdvance("MM")) + 2 * TAG_PAD  # quotes aligned
    box = QRectF(line.left() + 0.5, line.top() + 1.5, tag_width, line.height() - 3)
    painter.setPen(muted)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(box, 3, 3)
    painter.drawText(box, Qt.AlignmentFlag.AlignCenter, tag)
    left = line.left() + tag_width + 6
    room = line.right() - left
    quote = metrics.elidedText(f"“{member.quote}”", Qt.TextElideMode.ElideRight, room * QUOTE_SHARE // 100)
    painter.setPen(link)
    flags = Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine
    painter.drawText(QRect(left, line.top(), room, line.height()), flags, quote)
    used = metrics.horizontalAdvance(quote)
    title = metrics.elidedText(f" · {member.title}", Qt.TextElideMode.ElideRight, room - used)
    if len(title) > 4:  # more than the dot and an ellipsis
        painter.setPen(muted)
        painter.drawText(QRect(left + used, line.top(), room - used, line.height()), flags, title)
