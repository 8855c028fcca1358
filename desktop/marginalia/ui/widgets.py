"""Small shared view pieces: topic dots with counts, colour swatches, an inline message bar."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QAbstractScrollArea, QHBoxLayout, QLabel, QStyle, QWidget

DOT_GAP = 4  # between a dot and its count
CHIP_GAP = 8  # between one topic's count and the next dot


def know_viewport(view: QAbstractScrollArea) -> None:
    """Give Python the viewport `view` made as the plain QWidget it is.

    The first widget that C++ hands to Python typed as a QWidget makes PySide6 look
    for its most derived class among all of QtWidgets', creating some seventy classes
    and their enums (15–25 ms at start-up). Found as a named child of a known class,
    the viewport skips that search, and `viewport()` returns this object afterwards."""
    view.findChild(QWidget, "qt_scrollarea_viewport", Qt.FindChildOption.FindDirectChildrenOnly)


def outline_for(color: QColor, background: QColor) -> QColor:
    """A thin edge that keeps a dot visible when its colour is close to the background
    (the Okabe–Ito yellow on white, the blue on a dark theme)."""
    if abs(color.lightnessF() - background.lightnessF()) > 0.35:
        return QColor(color.darker(130))
    return QColor(Qt.GlobalColor.black) if background.lightnessF() > 0.5 else QColor(Qt.GlobalColor.white)


def dot_diameter(metrics: QFontMetrics) -> int:
    return max(6, round(metrics.height() * 0.55))


def topic_dots_width(metrics: QFontMetrics, dots: Sequence[tuple[str, int]]) -> int:
    """Width needed by `paint_topic_dots` for these (colour, count) pairs."""
    diameter = dot_diameter(metrics)
    widths = [diameter + DOT_GAP + metrics.horizontalAdvance(str(count)) for _color, count in dots]
    return sum(widths) + CHIP_GAP * max(0, len(widths) - 1)


def paint_topic_dots(
    painter: QPainter,
    rect: QRect,
    dots: Sequence[tuple[str, int]],
    text_color: QColor,
    background: QColor,
) -> None:
    """Paint "● 3  ● 1" left to right inside `rect`, vertically centred. A colour of ""
    (a topic missing from the codebook) is drawn as a hollow ring in the text colour.
    Dots that do not fit are dropped rather than squeezed: the tooltip has them all."""
    metrics = painter.fontMetrics()
    diameter = dot_diameter(metrics)
    x = rect.left()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    for color_name, count in dots:
        label = str(count)
        needed = diameter + DOT_GAP + metrics.horizontalAdvance(label)
        if x + needed > rect.right() + 1:
            break
        centre = QPointF(x + diameter / 2, rect.center().y() + 0.5)
        if color_name:
            color = QColor(color_name)
            painter.setPen(QPen(outline_for(color, background), 1))
            painter.setBrush(color)
        else:
            painter.setPen(QPen(text_color, 1.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, diameter / 2 - 0.5, diameter / 2 - 0.5)
        painter.setPen(text_color)
        text_rect = QRect(x + diameter + DOT_GAP, rect.top(), metrics.horizontalAdvance(label) + 1, rect.height())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, label)
        x += needed + CHIP_GAP
    painter.restore()


def color_swatch_icon(color_name: str, size: int = 16, border: QColor | None = None) -> QIcon:
    """A square of the topic colour with a one-pixel border, readable on any theme."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    color = QColor(color_name)
    painter.setPen(QPen(border if border is not None else color.darker(160), 1))
    painter.setBrush(color)
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3)
    painter.end()
    return QIcon(pixmap)


class MessageBar(QWidget):
    """A warning icon and a wrapped, selectable sentence, hidden until there is something to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        icon = QLabel(self)
        icon.setAccessibleName(self.tr("Warning"))
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(size, size))
        self.label = QLabel(self)
        self.label.setAccessibleName(self.tr("Problem"))
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.hide()

    def show_message(self, text: str) -> None:
        self.label.setText(text)
        self.show()

    def clear(self) -> None:
        self.label.clear()
        self.hide()
