"""The Compare view's headers: each article's title, language, outlet and date above it; each row's name, swatch and totals beside it."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QHeaderView, QStyle, QStyleOptionHeader

from marginalia.core.compare.display import one_line
from marginalia.core.compare.patterns import pattern_for
from marginalia.ui.compare.compare_model import CompareTableModel
from marginalia.ui.compare.painting import elided_lines, fill_swatch

Role = CompareTableModel.Role
PAD = 6
SWATCH = 14
TITLE_LINES = 2
ROW_HEADER_WIDTH = 190
PROBLEM_COLOR = "#B3261E"


class CompareHeader(QHeaderView):
    """Paints its sections from the model's roles rather than one display string, so a
    long title keeps two lines and the language and outlet keep theirs."""

    def __init__(self, orientation: Qt.Orientation, parent=None) -> None:
        super().__init__(orientation, parent)
        self.setSectionsClickable(True)
        self.setHighlightSections(True)
        self.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._fonts()

    def _fonts(self) -> None:
        self.bold = QFont(self.font())
        self.bold.setBold(True)
        self.small = QFont(self.font())
        self.small.setPointSizeF(max(7.0, self.font().pointSizeF() * 0.88))
        self.bold_metrics, self.small_metrics = QFontMetrics(self.bold), QFontMetrics(self.small)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        self._fonts()

    def sizeHint(self) -> QSize:
        # From the fonts alone: QHeaderView's own hint asks the model for the display
        # text of a hundred sections, each time the layout asks.
        if self.orientation() == Qt.Orientation.Horizontal:
            lines = TITLE_LINES * self.bold_metrics.lineSpacing() + 2 * self.small_metrics.lineSpacing()
            return QSize(self.length(), lines + 2 * PAD + 2)
        return QSize(ROW_HEADER_WIDTH, self.length())

    def least_section_height(self) -> int:
        """A row's height that shows its name and totals on one line each."""
        return 2 * PAD + self.bold_metrics.lineSpacing() + self.small_metrics.lineSpacing() + 2

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        if not rect.isValid():
            return
        option = QStyleOptionHeader()
        self.initStyleOption(option)
        option.rect = rect
        option.section = section
        option.text = ""
        model = self.model()
        if self.orientation() == Qt.Orientation.Horizontal:
            current = self.selectionModel() is not None and self.selectionModel().currentIndex().column() == section
        else:
            current = self.selectionModel() is not None and self.selectionModel().currentIndex().row() == section
        if current:
            option.state |= QStyle.StateFlag.State_On  # the current cell's article and row read as highlighted
        painter.save()
        self.style().drawControl(QStyle.ControlElement.CE_HeaderSection, option, painter, self)
        painter.restore()
        painter.save()
        painter.setClipRect(rect)
        text = self.palette().color(QPalette.ColorRole.WindowText)
        quiet = self.palette().color(QPalette.ColorRole.PlaceholderText)
        inner = rect.adjusted(PAD, PAD, -PAD, -PAD)
        if self.orientation() == Qt.Orientation.Horizontal:
            self._paint_article(painter, inner, model.headerData(section, self.orientation(), Role.Column),
                                model, text, quiet)
        else:
            self._paint_row(painter, inner, section, model, text, quiet)
        painter.restore()

    def _paint_article(self, painter, inner: QRect, column, model, text, quiet) -> None:
        if column is None:
            return
        y = inner.top()
        painter.setFont(self.bold)
        painter.setPen(text)
        lines = elided_lines(one_line(column.title), self.bold, inner.width(), TITLE_LINES)
        for line in lines:
            painter.drawText(QRect(inner.left(), y, inner.width(), self.bold_metrics.lineSpacing()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            y += self.bold_metrics.lineSpacing()
        y = inner.top() + TITLE_LINES * self.bold_metrics.lineSpacing()
        painter.setFont(self.small)
        details = [model.language_name(column.language),
                   " · ".join(one_line(p, 80) for p in (column.outlet, column.published) if p)]
        if column.problem is not None:
            details[1] = self.tr("⚠ claims unreadable (see tooltip)")
        for i, line in enumerate(details):
            painter.setPen(QColor(PROBLEM_COLOR) if i == 1 and column.problem is not None else quiet if i else text)
            painter.drawText(QRect(inner.left(), y, inner.width(), self.small_metrics.lineSpacing()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.small_metrics.elidedText(line, Qt.TextElideMode.ElideRight, inner.width()))
            y += self.small_metrics.lineSpacing()

    def _paint_row(self, painter, inner: QRect, section: int, model, text, quiet) -> None:
        row = model.headerData(section, self.orientation(), Role.Row)
        if row is None:
            return
        ordinal = model.matrix.ordinals[section]
        fill_swatch(painter, QRectF(inner.left() + 0.5, inner.top() + 2.5, SWATCH, SWATCH), row.color,
                    pattern_for(ordinal))
        left = inner.left() + SWATCH + 8
        width = inner.right() - left
        painter.setFont(self.bold)
        painter.setPen(text)
        y = inner.top()
        for line in elided_lines(model.row_label(section), self.bold, width, 2):
            painter.drawText(QRect(left, y, width, self.bold_metrics.lineSpacing()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            y += self.bold_metrics.lineSpacing()
        painter.setFont(self.small)
        painter.setPen(quiet)
        lines = elided_lines(model.row_totals(section), self.small, width, 2)
        for line in lines:
            painter.drawText(QRect(left, y, width, self.small_metrics.lineSpacing()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            y += self.small_metrics.lineSpacing()
