"""A table of agreement figures with a line saying what the current cell means, Copy and Export CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget,
)

from marginalia.core.agreement.table import agreement_csv
from marginalia.ui.agreement.figures_model import FigureTableModel
from marginalia.ui.clipboard import put_text
from marginalia.ui.agreement.wording import AgreementWords
from marginalia.ui.save_file import choose_and_save


class FigureTable(QTableView):
    """Ctrl+C copies the selected cells (all of them when none is selected) as shown."""

    def __init__(self, model: FigureTableModel, parent=None) -> None:
        super().__init__(parent)
        self.fit_height = False  # as tall as its rows, no taller
        self.setModel(model)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table for the buttons, as in a form
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setHighlightSections(False)

    def fit_columns(self) -> None:
        """Figures as wide as their heading, the topic as its names; the article column
        (when there is one) takes the rest of the width, so titles show as much as they can."""
        header = self.horizontalHeader()
        model: FigureTableModel = self.model()
        for column in range(model.columnCount()):
            if model.figure_of(column) is not None:
                header.resizeSection(column, max(110, header.sectionSizeFromContents(column).width() + 24))
            elif model.with_articles and column == 0:
                header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            else:
                self.resizeColumnToContents(column)
                header.resizeSection(column, min(max(header.sectionSize(column), 160), 320))

    def fit_to_rows(self) -> None:
        if self.fit_height:
            rows = self.verticalHeader()
            height = self.horizontalHeader().height() + rows.length() + 2 * self.frameWidth()
            self.setMaximumHeight(height + self.horizontalScrollBar().sizeHint().height())

    def selected_text(self) -> str:
        model: FigureTableModel = self.model()
        chosen = self.selectionModel().selectedIndexes()
        if not chosen:
            return model.as_text()
        rows = sorted({i.row() for i in chosen})
        columns = sorted({i.column() for i in chosen})
        return model.as_text(rows, columns)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            QGuiApplication.clipboard().setText(self.selected_text())
            event.accept()
            return
        super().keyPressEvent(event)


class FigureTablePane(QWidget):
    """The table, the details of its current cell (for the keyboard: a tooltip needs a
    mouse), and buttons to copy the table or save it as CSV."""

    saved = Signal(object)  # the Path written
    copied = Signal()

    def __init__(self, words: AgreementWords, with_articles: bool, name: str, file_stem: str, parent=None) -> None:
        super().__init__(parent)
        self.words = words
        self.model = FigureTableModel(words, with_articles, self)
        self.table = FigureTable(self.model, self)
        self.table.setAccessibleName(name)
        self.table.setAccessibleDescription(self.tr("Arrow keys move from figure to figure; the line under the "
                                                    "table says what the current one means"))
        self.details = QLabel(self)
        self.details.setTextFormat(Qt.TextFormat.PlainText)  # it quotes names from files
        self.details.setWordWrap(True)
        self.details.setAccessibleName(self.tr("About the current cell"))
        self.details.setAccessibleDescription(self.tr("The current figure in words, and why it is missing if it is"))
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.copy_button = QPushButton(self.tr("&Copy Table"), self)
        self.copy_button.setToolTip(self.tr("Copy the table as shown, to paste into a spreadsheet or a document "
                                            "(Ctrl+C in the table copies the selected cells)"))
        self.csv_button = QPushButton(self.tr("Export C&SV…"), self)
        self.csv_button.setToolTip(self.tr("Save the figures as a CSV file: proportions with a dot, and why each "
                                           "missing figure is missing"))
        self.copy_button.clicked.connect(self.copy_table)
        self.csv_button.clicked.connect(self._choose_and_save)
        self.table.selectionModel().currentChanged.connect(self._on_selection_model_current_changed)
        self.model.modelAboutToBeReset.connect(self._on_model_about_to_be_reset)
        self.model.modelReset.connect(self._on_model_reset)
        self._place = (0, self.model.first_figure_column())  # kept when the figures are refreshed
        self._fitted = False
        self._file_stem = file_stem
        self._folder: Path | None = None
        buttons = QHBoxLayout()
        buttons.addWidget(self.details, 1)
        buttons.addWidget(self.copy_button, 0, Qt.AlignmentFlag.AlignTop)
        buttons.addWidget(self.csv_button, 0, Qt.AlignmentFlag.AlignTop)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.table, 1)
        column.addLayout(buttons)

    def csv_bytes(self) -> bytes:
        model = self.model
        return agreement_csv(model.rows, topic_names=model.topic_labels, mean_name=model.topic_label(None),
                             with_articles=model.with_articles)

    def copy_table(self) -> None:
        """The whole table: as shown (tab-separated) for pasting, and as CSV for programs that take it."""
        put_text(self.model.as_text(), {"text/csv": self.csv_bytes()})
        self.copied.emit()

    def save(self, path: Path) -> None:
        """Write the CSV to `path`; OSError if that fails."""
        from marginalia.core.export import write_export

        write_export(Path(path), self.csv_bytes())

    def _choose_and_save(self) -> None:
        folder = self._folder or Path.home()
        path = choose_and_save(self, self.tr("Export the figures as CSV"), folder / f"{self._file_stem}.csv",
                               self.tr("CSV table (*.csv)"), self.save)
        if path is not None:
            self._folder = path.parent
            self.saved.emit(path)

    def _on_model_about_to_be_reset(self) -> None:
        current = self.table.currentIndex()
        if current.isValid():
            self._place = (current.row(), current.column())

    def _on_model_reset(self) -> None:
        rows = self.model.rowCount()
        if rows and not self._fitted:  # once: afterwards the widths are the user's
            self._fitted = True
            self.table.fit_columns()
        self.table.fit_to_rows()
        if rows:
            row, column = self._place
            self.table.setCurrentIndex(self.model.index(min(row, rows - 1), column))
        else:
            self.details.clear()

    def _on_selection_model_current_changed(self, current, _previous) -> None:
        self.details.setText(self.model.spoken(current.row(), current.column()) if current.isValid() else "")
