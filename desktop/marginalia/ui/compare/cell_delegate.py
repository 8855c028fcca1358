"""Paints one cell of the Compare view (a summary line, then the claims' quotes and notes) and finds the claim under a point."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from marginalia.core.compare.display import one_line
from marginalia.core.compare.patterns import safe_color
from marginalia.core.language import describe_language
from marginalia.ui.compare.compare_model import CompareTableModel
from marginalia.ui.compare.painting import elided_lines
from marginalia.ui.wording import arg, number

Role = CompareTableModel.Role
CELL = int(Role.Cell)
ROW = int(Role.Row)
COLUMN = int(Role.Column)
CAPACITY = 3  # claims a cell shows at once; the others are reached with Alt+Down or in the tooltip
QUOTE_LINES = 2
PAD = 8
GAP = 4
MARKER = 3  # the bar in the row's colour beside each quote
LINES_KEPT = 4000  # elided quotes remembered, the oldest forgotten first


class CellGeometry:
    """Where a cell's parts go, from the view's font: shared by painting, clicking and
    the rows' heights, so the three always agree."""

    def __init__(self, font: QFont) -> None:
        self.base = QFont(font)
        self.small = QFont(font)
        self.small.setPointSizeF(max(7.0, font.pointSizeF() * 0.88))
        self.base_metrics, self.small_metrics = QFontMetrics(self.base), QFontMetrics(self.small)
        self.summary = self.small_metrics.height() + 2
        self.line = self.base_metrics.lineSpacing()
        self.note = self.small_metrics.height()
        self.block = QUOTE_LINES * self.line + self.note + 2 * GAP
        self.more = self.small_metrics.height() + 2

    def row_height(self, most: int) -> int:
        """The height of a row whose largest cell has `most` claims."""
        shown = min(most, CAPACITY)
        height = 2 * PAD + self.summary + (GAP + shown * self.block if shown else 0)
        return height + (self.more if most > CAPACITY else 0)

    @staticmethod
    def first_shown(count: int, cursor: int) -> int:
        """The first claim drawn: 0, unless the chosen one would fall below the last shown."""
        return max(0, min(cursor, count - 1) - CAPACITY + 1)

    def block_rect(self, cell: QRect, slot: int) -> QRect:
        top = cell.top() + PAD + self.summary + GAP + slot * self.block
        return QRect(cell.left() + PAD - 3, top, cell.width() - 2 * PAD + 6, self.block)

    def claim_at(self, cell: QRect, point: QPoint, count: int, first: int) -> int | None:
        """The claim (its index in the cell) drawn under `point`, None above or below the claims."""
        y = point.y() - (cell.top() + PAD + self.summary + GAP)
        if y < 0:
            return None
        slot = y // self.block
        return first + slot if slot < CAPACITY and first + slot < count else None


class CellDelegate(QStyledItemDelegate):
    """Paints a cell from `Role.Cell`; the view tells it which claim is chosen in the
    current cell (`claim_cursor`). Elided quotes are kept per claim and width."""

    def __init__(self, view) -> None:
        super().__init__(view)
        self.view = view
        self.geometry = CellGeometry(view.font())
        self._lines: dict[tuple, list[str]] = {}
        self._directions: dict[str, bool] = {}

    def set_font(self, font: QFont) -> None:
        self.geometry = CellGeometry(font)
        self._lines.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        cell = index.data(CELL)
        return QSize(280, self.geometry.row_height(cell.count if cell is not None else 0))

    def _right_to_left(self, language: str) -> bool:
        known = self._directions.get(language)
        if known is None:
            known = self._directions[language] = describe_language(language).right_to_left
        return known

    def _quote_lines(self, claim, width: int, right_to_left: bool) -> list[str]:
        key = (claim.id, claim.quote.exact, width)
        lines = self._lines.get(key)
        if lines is None:
            if len(self._lines) >= LINES_KEPT:
                self._lines.pop(next(iter(self._lines)))
            text = one_line(claim.quote.exact)
            lines = self._lines[key] = elided_lines(text, self.geometry.base, width, QUOTE_LINES, right_to_left)
        return lines

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        cell = index.data(CELL)
        if cell is None:
            return
        g = self.geometry
        rect = option.rect
        palette = option.palette
        model = index.model()
        row = model.headerData(index.row(), Qt.Orientation.Vertical, ROW)
        column = model.headerData(index.column(), Qt.Orientation.Horizontal, COLUMN)
        current = index == self.view.currentIndex()
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus) and self.view.hasFocus()
        painter.save()
        painter.setClipRect(rect)
        if current:
            tint = QColor(palette.color(QPalette.ColorRole.Highlight))
            tint.setAlpha(28 if focused else 14)
            painter.fillRect(rect, tint)
        text_color = palette.color(QPalette.ColorRole.Text)
        quiet = palette.color(QPalette.ColorRole.PlaceholderText)
        inner = rect.adjusted(PAD, PAD, -PAD, -PAD)
        # The summary line: count and share of the text, with a small gauge of the share.
        painter.setFont(g.small)
        painter.setPen(quiet if not cell.count else text_color)
        gauge_width = 44 if cell.count else 0
        summary = QRect(inner.left(), inner.top(), inner.width() - gauge_width - 6, g.summary)
        painter.drawText(summary, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         g.small_metrics.elidedText(model.summary(cell), Qt.TextElideMode.ElideRight, summary.width()))
        color = QColor(safe_color(row.color))
        if cell.count:
            gauge = QRectF(inner.right() - gauge_width, summary.center().y() - 3, gauge_width, 6)
            painter.setPen(QPen(quiet, 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(gauge)
            painter.fillRect(QRectF(gauge.left(), gauge.top(), gauge.width() * min(1.0, cell.share), gauge.height()),
                             color)
        cursor = self.view.claim_cursor if current else 0
        first = g.first_shown(cell.count, cursor)
        right_to_left = self._right_to_left(column.language)
        align = Qt.AlignmentFlag.AlignRight if right_to_left else Qt.AlignmentFlag.AlignLeft
        for slot, claim in enumerate(cell.claims[first:first + CAPACITY]):
            block = g.block_rect(rect, slot)
            if current and first + slot == cursor:
                mark = QColor(palette.color(QPalette.ColorRole.Highlight))
                painter.setPen(QPen(mark, 2 if focused else 1))
                mark.setAlpha(40 if focused else 20)
                painter.setBrush(mark)
                painter.drawRoundedRect(QRectF(block).adjusted(1, 1, -1, -1), 4, 4)
            painter.fillRect(QRect(block.left() + 3, block.top() + GAP, MARKER, block.height() - 2 * GAP), color)
            text_left = block.left() + 3 + MARKER + 6
            text_width = block.right() - 4 - text_left
            painter.setFont(g.base)
            painter.setPen(quiet if claim.orphaned else text_color)
            y = block.top() + GAP
            for line in self._quote_lines(claim, text_width, right_to_left):
                painter.drawText(QRect(text_left, y, text_width, g.line), align | Qt.AlignmentFlag.AlignVCenter, line)
                y += g.line
            note = self._note_text(claim)
            if note:  # right under the quote, however many lines it took
                painter.setFont(g.small)
                painter.setPen(quiet)
                painter.drawText(QRect(text_left, y, text_width, g.note),
                                 Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                                 g.small_metrics.elidedText(note, Qt.TextElideMode.ElideRight, text_width))
        if cell.count > CAPACITY:
            shown_to = min(cell.count, first + CAPACITY)
            more = arg(self.tr("%1–%2 of %3 · Alt+↓ and Alt+↑ go through them"), number(first + 1),
                       number(shown_to), number(cell.count))
            painter.setFont(g.small)
            painter.setPen(quiet)
            painter.drawText(QRect(inner.left(), rect.bottom() - PAD - g.more, inner.width(), g.more),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, more)
        if focused:
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight), 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(rect).adjusted(1, 1, -1, -1))
        painter.restore()

    def _note_text(self, claim) -> str:
        note = one_line(claim.note, 300)
        text = arg(self.tr("Note: %1"), note) if note else ""
        if claim.orphaned:
            lost = self.tr("Not found in the current text")
            return f"{lost} · {text}" if text else lost
        return text
