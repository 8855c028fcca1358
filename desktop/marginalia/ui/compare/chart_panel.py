"""The Compare view's chart: claims per row in each article, painted from the core's layout and saved as PNG or SVG."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt, Signal
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from marginalia.core.compare import CompareMatrix, chart_layout, chart_svg
from marginalia.core.compare.chart import ChartLayout, ChartWords
from marginalia.ui.compare.painting import paint_chart
from marginalia.ui.save_file import choose_and_save

PNG_SCALE = 2  # pixels per layout unit: sharp when printed or shown on a high-density screen
# The chart shrinks to the pane's height down to this scale (its small print stays
# legible); below it, the pane scrolls instead.
LEAST_SCALE = 0.85


class ChartCanvas(QWidget):
    """Paints one chart layout at its own size (the scroll area around it scrolls)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.layout_ = ChartLayout(0, 0, "")
        self.scale = 1.0
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_layout(self, layout: ChartLayout, height: int) -> None:
        self.layout_ = layout
        self.setAccessibleDescription(" ".join(label.text for label in layout.labels[:200]))
        self.fit(height)

    def fit(self, height: int) -> None:
        """Shrink to `height` px if the chart is taller, down to LEAST_SCALE."""
        layout = self.layout_
        self.scale = max(LEAST_SCALE, min(1.0, height / layout.height)) if layout.height else 1.0
        self.setFixedSize(QSize(round(layout.width * self.scale), round(layout.height * self.scale)))
        self.update()

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.scale(self.scale, self.scale)
        paint_chart(painter, self.layout_, self.font())
        painter.end()

    def png_bytes(self) -> bytes:
        layout = self.layout_
        image = QImage(round(layout.width * PNG_SCALE), round(layout.height * PNG_SCALE), QImage.Format.Format_ARGB32)
        image.setDevicePixelRatio(PNG_SCALE)
        image.fill(Qt.GlobalColor.white)
        painter = QPainter(image)
        paint_chart(painter, layout, self.font())
        painter.end()
        data = QByteArray()
        buffer = QBuffer(data)
        buffer.open(QIODevice.OpenModeFlag.WriteOnly)
        if not image.save(buffer, "PNG"):
            raise OSError("the PNG encoder refused the image")
        return bytes(data.data())


class ChartPanel(QWidget):
    """A heading, the chart and its two export buttons. Another chart (the agreement heat
    map) passes its own canvas, heading, accessible name and file name, and `set_layout`."""

    saved = Signal(object)  # the Path written

    def __init__(self, parent=None, *, canvas: ChartCanvas | None = None, heading: str = "", name: str = "",
                 file_stem: str = "claims-chart") -> None:
        super().__init__(parent)
        self.words = self._words(self.tr("Claims per topic in each article"))
        self.canvas = canvas if canvas is not None else ChartCanvas(self)
        self.canvas.setAccessibleName(name or self.tr("Chart of claims per row in each article"))
        self._file_stem = file_stem
        self.scroll = QScrollArea(self)
        self.scroll.setWidget(self.canvas)
        self.scroll.setWidgetResizable(False)
        self.scroll.setAccessibleName(self.tr("Chart"))
        self.scroll.setAccessibleDescription(self.tr("The chart, scrolled with the arrow keys when it is larger "
                                                     "than the pane"))
        self.png_button = QPushButton(self.tr("Save as &PNG…"), self)
        self.png_button.setToolTip(self.tr("Save the chart as a PNG picture"))
        self.svg_button = QPushButton(self.tr("Save as S&VG…"), self)
        self.svg_button.setToolTip(self.tr("Save the chart as an SVG drawing (scales without blur; opens in browsers)"))
        self.png_button.clicked.connect(lambda: self._choose_and_save("png"))
        self.svg_button.clicked.connect(lambda: self._choose_and_save("svg"))
        heading = QLabel(heading or self.tr("Chart: the same counts as the table. Each bar is one row's claims in "
                                            "one article; colour and pattern tell the rows apart, as in the legend."),
                         self)
        heading.setWordWrap(True)
        heading.setAccessibleName(self.tr("About the chart"))
        bar = QHBoxLayout()
        bar.addWidget(heading, 1)
        bar.addWidget(self.png_button)
        bar.addWidget(self.svg_button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 4, 0, 0)
        column.addLayout(bar)
        column.addWidget(self.scroll, 1)
        self._folder: Path | None = None

    def _words(self, title: str) -> ChartWords:
        return ChartWords(title=title, axis=self.tr("claims"), untagged=self.tr("(no topic)"),
                          more=lambda n: self.tr("%Ln further article(s) in the table, not drawn here.", "", n),
                          empty=self.tr("No articles or rows to draw: widen the filters above."),
                          more_rows=lambda n: self.tr("%Ln further row(s) with fewer claims in the table, not drawn here.", "", n))

    def set_matrix(self, matrix: CompareMatrix, title: str) -> None:
        self.words = self._words(title)
        self.set_layout(chart_layout(matrix, self.words))

    def set_layout(self, layout: ChartLayout) -> None:
        self.canvas.set_layout(layout, self.scroll.viewport().height())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.canvas.fit(self.scroll.viewport().height())

    def svg_text(self) -> str:
        return chart_svg(self.canvas.layout_)

    def save(self, path: Path) -> None:
        """Write the chart to `path` as PNG or SVG, by its suffix; OSError if that fails."""
        from marginalia.core.export import write_export

        path = Path(path)
        data = self.svg_text().encode("utf-8") if path.suffix.lower() == ".svg" else self.canvas.png_bytes()
        write_export(path, data)

    def _choose_and_save(self, kind: str) -> None:
        folder = self._folder or Path.home()
        title = self.tr("Save the chart as PNG") if kind == "png" else self.tr("Save the chart as SVG")
        filters = self.tr("PNG picture (*.png)") if kind == "png" else self.tr("SVG drawing (*.svg)")
        path = choose_and_save(self, title, folder / f"{self._file_stem}.{kind}", filters, self.save)
        if path is not None:
            self._folder = path.parent
            self.saved.emit(path)
