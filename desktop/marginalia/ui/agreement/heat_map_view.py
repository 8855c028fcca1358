"""The agreement heat map: one figure per article and topic, painted, walked with the keys, saved as PNG or SVG."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QToolTip, QVBoxLayout, QWidget

from marginalia.core.agreement.figures import NullReason
from marginalia.core.agreement.heat_map import HeatCell, HeatMap, HeatWords, heat_map_layout
from marginalia.core.agreement.report import AgreementReport
from marginalia.core.compare.chart import ChartLayout
from marginalia.ui.agreement.wording import FIGURES, AgreementWords
from marginalia.ui.compare.chart_panel import ChartCanvas, ChartPanel
from marginalia.ui.wording import arg


class HeatMapCanvas(ChartCanvas):
    """The chart canvas with a current cell: arrows, Home and End move it, a click sets
    it, and it is outlined while the canvas has focus. A cell's tooltip comes from
    `describe`, as rich text."""

    current_changed = Signal(object)  # HeatCell | None

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.heat = HeatMap(ChartLayout(0, 0, ""))
        self.row = self.column = 0
        self.describe: Callable[[HeatCell], str] = lambda cell: ""
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_heat_map(self, heat: HeatMap, height: int) -> None:
        self.heat = heat
        self.set_layout(heat.chart, height)
        self.move_to(min(self.row, max(0, heat.rows - 1)), min(self.column, max(0, heat.columns - 1)))

    def current(self) -> HeatCell | None:
        heat = self.heat
        if not (0 <= self.row < heat.rows and 0 <= self.column < heat.columns):
            return None
        return heat.cells[self.row * heat.columns + self.column]

    def move_to(self, row: int, column: int) -> None:
        self.row, self.column = row, column
        self.update()
        self.current_changed.emit(self.current())

    def keyPressEvent(self, event) -> None:
        heat, key = self.heat, event.key()
        steps = {Qt.Key.Key_Left: (0, -1), Qt.Key.Key_Right: (0, 1), Qt.Key.Key_Up: (-1, 0), Qt.Key.Key_Down: (1, 0)}
        if key in steps and heat.rows:
            dr, dc = steps[key]
            self.move_to(min(max(self.row + dr, 0), heat.rows - 1), min(max(self.column + dc, 0), heat.columns - 1))
        elif key in (Qt.Key.Key_Home, Qt.Key.Key_End) and heat.rows:
            self.move_to(self.row, 0 if key == Qt.Key.Key_Home else heat.columns - 1)
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:
        cell = self._cell_at(event.position().x(), event.position().y())
        if cell is not None:
            index = self.heat.cells.index(cell)
            self.move_to(index // self.heat.columns, index % self.heat.columns)
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def _cell_at(self, x: float, y: float) -> HeatCell | None:
        return self.heat.cell_at(x / self.scale, y / self.scale)

    def event(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            cell = self._cell_at(event.pos().x(), event.pos().y())
            if cell is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.describe(cell), self)
            return True
        return super().event(event)

    def current_rect(self) -> QRectF | None:
        cell = self.current()
        if cell is None:
            return None
        s = self.scale
        return QRectF(cell.x * s, cell.y * s, cell.width * s, cell.height * s)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        rect = self.current_rect()
        if rect is None or not self.hasFocus():
            return
        painter = QPainter(self)
        # Dark outside, light inside: the ring shows on the palest and the darkest cells.
        painter.setPen(QPen(self.palette().highlight().color(), 3))
        painter.drawRect(rect.adjusted(1.5, 1.5, -1.5, -1.5))
        painter.setPen(QPen(QColor("#FFFFFF"), 1, Qt.PenStyle.DashLine))
        painter.drawRect(rect.adjusted(3.5, 3.5, -3.5, -3.5))
        painter.end()

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.update()


class HeatMapPanel(QWidget):
    """The figure to show, the heat map with its PNG and SVG buttons, and the details of the current cell."""

    figure_changed = Signal(str)

    def __init__(self, words: AgreementWords, parent=None) -> None:
        super().__init__(parent)
        self.words = words
        self.figure = QComboBox(self)
        for name in FIGURES:
            self.figure.addItem(words.name(name), name)
        self.figure.setAccessibleName(self.tr("Figure shown in the heat map"))
        self.figure.setAccessibleDescription(self.tr("Which agreement figure colours the cells"))
        label = QLabel(self.tr("&Figure:"), self)
        label.setBuddy(self.figure)
        self.canvas = HeatMapCanvas(self)
        self.canvas.describe = self.describe_html
        self.chart = ChartPanel(self, canvas=self.canvas, file_stem="agreement-heat-map", heading=self.tr(
            "One figure for each article and topic: the colour runs from dark (0 or below) to light (1), and the "
            "value is written in each cell. Hatched cells have no figure."),
            name=self.tr("Heat map of agreement per article and topic"))
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # it quotes names from files
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("About the current cell"))
        self.details.setAccessibleDescription(self.tr("The current figure in words, and why it is missing if it is"))
        choice = QHBoxLayout()
        choice.addWidget(label)
        choice.addWidget(self.figure)
        choice.addStretch(1)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addLayout(choice)
        column.addWidget(self.chart, 1)
        column.addWidget(self.details)
        self._report: AgreementReport | None = None
        self._labels: tuple[Mapping[str, str], Mapping[str, str], Mapping[str, str]] = ({}, {}, {})
        self._subtitle = ""
        self.chart.scroll.viewport().installEventFilter(self)
        self.figure.currentIndexChanged.connect(self._on_figure_current_index_changed)
        self.canvas.current_changed.connect(self._on_canvas_current_changed)

    def eventFilter(self, watched, event) -> bool:
        # The canvas shrinks to the pane's height; a pane laid out while its tab was hidden
        # learns its height only when the viewport is resized on show.
        if event.type() == QEvent.Type.Resize and watched is self.chart.scroll.viewport():
            self.canvas.fit(watched.height())
        return super().eventFilter(watched, event)

    def current_figure(self) -> str:
        return self.figure.currentData() or "alpha_u"

    def set_figure(self, name: str) -> None:
        index = self.figure.findData(name)
        self.figure.setCurrentIndex(index if index >= 0 else self.figure.findData("alpha_u"))

    def set_report(self, report: AgreementReport, subtitle: str, article_labels: Mapping[str, str],
                   article_languages: Mapping[str, str], topic_labels: Mapping[str, str]) -> None:
        self._report, self._subtitle = report, subtitle
        self._labels = (article_labels, article_languages, topic_labels)
        self.redraw()

    def redraw(self) -> None:
        report = self._report
        if report is None:
            return
        figure = self.current_figure()
        words = self.words
        articles, languages, topics = self._labels
        low = words.number(figure, 0.0)
        # Coefficients below 0 (worse than chance) take the scale's darkest colour.
        ends = (low if figure == "percent" else arg(self.tr("≤ %1"), low), words.number(figure, 0.5),
                words.number(figure, 1.0))
        heat_words = HeatWords(
            title=arg(self.tr("%1 per article and topic"), words.name(figure)),
            subtitle=self._subtitle, pooled=self.tr("All articles (pooled)"), mean=self.tr("All topics (mean)"),
            undefined=self.tr("no figure (the words in the cell say why)"),
            more=lambda n: self.tr("%Ln further article(s) in the tables, not drawn here.", "", n),
            empty=self.tr("Nothing to draw: choose at least one article and one topic."))
        heat = heat_map_layout(report, figure, heat_words, format_value=lambda v: words.number(figure, v),
                               reason_words={str(code): words.short_reason(str(code)) for code in NullReason},
                               article_labels=articles, article_languages=languages, topic_labels=topics,
                               scale_labels=ends)
        self.canvas.set_heat_map(heat, self.chart.scroll.viewport().height())

    def describe(self, cell: HeatCell) -> str:
        """The cell in words: where it is, the figure, and its value or why there is none."""
        report = self._report
        articles, _, topics = self._labels
        where = self.tr("All articles (pooled)") if cell.article is None else (articles.get(cell.article)
                                                                            or cell.article)
        what = self.tr("All topics (mean)") if cell.topic is None else (topics.get(cell.topic) or cell.topic)
        if cell.article is None:
            figures = report.overall if cell.topic is None else report.pooled[cell.topic]
        else:
            figures = (report.article_overall[cell.article] if cell.topic is None
                       else report.by_article[cell.article][cell.topic])
        figure = self.current_figure()
        return f"{where} — {what} — {self.words.name(figure)}: {self.words.spoken(figures, figure)}"

    def describe_html(self, cell: HeatCell) -> str:
        return f"<p>{escape(self.describe(cell))}</p><p><i>{escape(self.words.meaning(self.current_figure()))}</i></p>"

    def _on_figure_current_index_changed(self, _index: int) -> None:
        self.redraw()
        self.figure_changed.emit(self.current_figure())

    def _on_canvas_current_changed(self, cell) -> None:
        self.details.setText(self.describe(cell) if cell is not None else "")
