"""The adjudication's text: agreements and disagreements shaded, each reviewer's claims underlined their own way."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import QPlainTextEdit

from marginalia.core.adjudication import Item
from marginalia.ui.reader_view import ReaderView

# Agreements: a plain pale fill. Disagreements: diagonal hatching over a warm fill, so
# they differ by pattern as well as colour; once settled, the hatching goes and a
# grey fill stays. A's claims are underlined solid, B's overlined dashed.
AGREEMENT_FILL = "#CFE8D5"
DISAGREEMENT_FILL = "#F7D9A8"
DISAGREEMENT_HATCH = "#B5651D"
SETTLED_FILL = "#D0D0D0"
LINE_A = Qt.PenStyle.SolidLine
LINE_B = Qt.PenStyle.DashLine
PLAIN_MARGIN = 16


class PassageView(ReaderView):
    """Read-only text showing the passages of one comparison: `set_items` gives them,
    with which are settled; `current` is outlined."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Article text with both reviewers' claims"))
        self._items: list[Item] = []
        self._settled: set[int] = set()
        self.current = -1

    def resizeEvent(self, event) -> None:
        # Plain margins: the reader's centred column (margins set from inside its own
        # resize) fed itself resize events without end in this narrower pane.
        if self.viewportMargins().left() != PLAIN_MARGIN:
            self.setViewportMargins(PLAIN_MARGIN, 8, PLAIN_MARGIN, 8)
        QPlainTextEdit.resizeEvent(self, event)

    def set_items(self, items: list[Item], settled: set[int], current: int) -> None:
        self._items, self._settled, self.current = list(items), set(settled), current
        self.viewport().update()

    def _paint_claims(self, painter: QPainter, start: int, end: int) -> None:
        text_color = self.palette().color(QPalette.ColorRole.Text)
        hatch = QBrush(QColor(DISAGREEMENT_HATCH), Qt.BrushStyle.BDiagPattern)
        for number, item in enumerate(self._items):
            if item.end <= start or item.start >= end:
                continue
            rects = self._span_rects(max(item.start, start), min(item.end, end))
            settled = number in self._settled
            fill = QColor(AGREEMENT_FILL if item.agrees else SETTLED_FILL if settled else DISAGREEMENT_FILL)
            for rect in rects:
                painter.fillRect(rect, fill)
                if not item.agrees and not settled:
                    painter.fillRect(rect, hatch)
            for claims, style, under in ((item.a, LINE_A, True), (item.b, LINE_B, False)):
                painter.setPen(QPen(text_color, 1.5, style, Qt.PenCapStyle.FlatCap))
                for claim in claims:
                    for rect in self._span_rects(max(claim.start, start), min(claim.end, end)):
                        y = rect.bottom() - 1.0 if under else rect.top() + 1.0
                        painter.drawLine(QPointF(rect.left(), y), QPointF(rect.right(), y))
            if number == self.current:
                painter.setPen(QPen(text_color, 2.0))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                for rect in rects:
                    painter.drawRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5))
