"""The Compare window: a sentence saying what it shows, the filters, the table of claims and the chart."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QHBoxLayout, QLabel, QMenu, QSplitter, QStyle, QToolButton, QVBoxLayout, QWidget,
)

from marginalia.core.compare import ArticleColumn, CompareFilter, build_matrix, languages_of
from marginalia.ui.compare.chart_panel import ChartPanel
from marginalia.ui.compare.compare_table import CompareTable
from marginalia.ui.compare.row_choice import RowChoice
from marginalia.ui.wording import arg, number

# Filter menus of more items than this are made when first opened.
EAGER_MENU_ITEMS = 200


class CompareWindow(QWidget):
    """Shows articles as columns and rows of one RowChoice; emits `claim_activated`
    when a claim is clicked or chosen with Enter."""

    claim_activated = Signal(object, str)  # (article path, claim id)

    def __init__(self, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Compare Articles — Marginalia"))
        self._columns: tuple[ArticleColumn, ...] = ()
        self._choices: list[RowChoice] = []
        self._hidden_rows: dict[str, set[str]] = {}  # per choice label: row ids unticked
        self._hidden_languages: set[str] = set()
        self._balanced = False  # the splitter is set once, when first shown; then it is the user's
        self._pending_menus: dict = {}  # button → (items, hidden) of a long menu made when first opened
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setAccessibleName(self.tr("What the comparison shows"))
        self.rows_choice = QComboBox(self)
        self.rows_choice.setAccessibleName(self.tr("Rows"))
        self.rows_choice.setAccessibleDescription(self.tr("What each row of the table is"))
        self.rows_choice.hide()  # shown once there is more than one kind of row
        self.rows_button = self._filter_button(self.tr("Choose which rows to show"),
                                               self.tr("Rows left out are neither in the table nor in the chart"))
        self.languages_button = self._filter_button(self.tr("Choose which languages to show"),
                                                    self.tr("Articles in a language left out are not shown"))
        self.only_with_claims = QCheckBox(self.tr("Only articles with claims"), self)
        self.only_with_claims.setAccessibleName(self.tr("Only articles with claims"))
        self.only_with_claims.setAccessibleDescription(
            self.tr("Hide the articles that have no claim in the rows shown"))
        self.only_with_claims.setToolTip(self.tr("Hide the articles that have no claim in the rows shown"))
        self.counts = QLabel(self)
        self.counts.setAccessibleName(self.tr("What is shown"))
        self.problems = QLabel(self)
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet("QLabel { color: #8C1D18; }")
        self.problems.hide()
        self.table = CompareTable(self)
        self.table.setAccessibleName(self.tr("Claims by row and article"))
        self.chart = ChartPanel(self)
        self.message = QLabel(self)
        self.message.setAccessibleName(self.tr("Messages"))
        filters = QHBoxLayout()
        for widget in (self.rows_choice, self.rows_button, self.languages_button, self.only_with_claims):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.counts)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addLayout(filters)
        column.addWidget(self.problems)
        column.addWidget(self.splitter, 1)
        column.addWidget(self.message)
        self.rows_choice.currentIndexChanged.connect(self._on_rows_choice_current_index_changed)
        self.only_with_claims.toggled.connect(self.refresh)
        self.table.claim_activated.connect(self.claim_activated)
        self.chart.saved.connect(self._on_chart_saved)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self.setTabOrder(self.rows_button, self.languages_button)
        self.setTabOrder(self.languages_button, self.only_with_claims)
        self.setTabOrder(self.only_with_claims, self.table)
        self.setTabOrder(self.table, self.chart.png_button)
        self.setTabOrder(self.chart.png_button, self.chart.svg_button)
        self.resize(1280, 820)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._balanced:
            self._balanced = True
            self.balance()

    def balance(self) -> None:
        """Share the height between table and chart: the chart whole if both fit, else
        the table what its rows need and the chart at least a third."""
        total = self.splitter.height()
        table = self.table
        rows = table.verticalHeader()
        needed = (table.horizontalHeader().height() + rows.length() + 2 * table.frameWidth()
                  + table.horizontalScrollBar().sizeHint().height())
        chart = round(self.chart.canvas.layout_.height) + self.chart.png_button.sizeHint().height() + 16
        chart = min(chart, max(total - needed, total // 3))
        self.splitter.setSizes([total - chart, chart])

    def _filter_button(self, name: str, description: str) -> QToolButton:
        button = QToolButton(self)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAccessibleName(name)
        button.setAccessibleDescription(description)
        button.setToolTip(name)
        button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        button.setMenu(QMenu(button))
        button.menu().aboutToShow.connect(lambda: self._on_menu_about_to_show(button))
        return button

    # -- what is shown ---------------------------------------------------------
    def add_row_choice(self, choice: RowChoice) -> None:
        """Offer another kind of row (e.g. clusters); the chooser appears with the second."""
        self._choices.append(choice)
        self.rows_choice.addItem(choice.label)
        self.rows_choice.setVisible(len(self._choices) > 1)

    def set_columns(self, columns: Sequence[ArticleColumn], problems: Sequence = ()) -> None:
        self._columns = tuple(columns)
        unreadable = len({p.path for p in problems if getattr(p, "path", None) is not None})
        if unreadable:
            self.problems.setText(self.tr("The claims of %Ln file(s) could not all be read; the header of each "
                                          "says so and its tooltip says why.", "", unreadable))
        self.problems.setVisible(bool(unreadable))
        self.refresh()

    def replace_columns(self, columns: Sequence[ArticleColumn]) -> None:
        """Put these columns in place of those of the same article (edited in the window)."""
        fresh = {c.key: c for c in columns}
        self._columns = tuple(fresh.pop(c.key, c) for c in self._columns) + tuple(fresh.values())
        self.refresh()

    @property
    def columns(self) -> tuple[ArticleColumn, ...]:
        return self._columns

    def current_choice(self) -> RowChoice | None:
        index = self.rows_choice.currentIndex()
        return self._choices[index] if 0 <= index < len(self._choices) else None

    def refresh(self) -> None:
        """Build the matrix again from the columns, the current kind of row and the filters."""
        choice = self.current_choice()
        if choice is None:
            return
        self.intro.setText(choice.explanation or self.tr(
            "Each column is an article and each row a topic. A cell lists that article's claims on the topic: "
            "how many there are, how much of the article's text they cover, and their quotes and notes. "
            "Click a quote, or move with the arrow keys (Alt+↓ for the next claim in a cell) and press Enter, "
            "to open it in the main window."))
        self.table.setAccessibleDescription(self.intro.text())
        hidden_rows = self._hidden_rows.setdefault(choice.label, set())
        languages = languages_of(self._columns)
        chosen = CompareFilter(hidden_rows=frozenset(hidden_rows), hidden_languages=frozenset(self._hidden_languages),
                               only_with_claims=self.only_with_claims.isChecked())
        matrix = build_matrix(self._columns, choice.source(), chosen)
        self.table.set_matrix(matrix)
        self.chart.set_matrix(matrix, choice.chart_title)
        self._fill_menu(self.rows_button, choice.label,
                        [(r.id, self.table.source.row_label_of(r)) for r in matrix.every_row], hidden_rows)
        self._fill_menu(self.languages_button, self.tr("Languages"),
                        [(t, self.table.source.language_name(t)) for t in languages], self._hidden_languages)
        self.counts.setText(arg(self.tr("%1 of %Ln article(s) shown", "", len(self._columns)),
                                number(len(matrix.columns))))

    def _fill_menu(self, button: QToolButton, label: str, items: list[tuple[str, str]], hidden: set[str]) -> None:
        """Set the button's text now; its menu of tick boxes now when short, else when it
        is first opened (a corpus may have thousands of clusters, and a menu of them costs
        more to make than the table it filters)."""
        if len(items) <= EAGER_MENU_ITEMS:
            self._make_menu(button.menu(), items, hidden)
        else:
            self._make_menu(button.menu(), [], hidden)
            self._pending_menus[button] = (items, hidden)
        shown = sum(key not in hidden for key, _ in items)
        if shown == len(items):
            button.setText(arg(self.tr("%1: all"), label))
        else:
            button.setText(arg(self.tr("%1: %2 of %3"), label, number(shown), number(len(items))))
        # The style draws the menu's arrow in the button's corner, over the text's end unless
        # the button is wider than its text asks; room for it on both sides keeps the text centred.
        indicator = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, button)
        button.setMinimumWidth(0)
        button.setMinimumWidth(button.sizeHint().width() + 2 * indicator)

    def _on_menu_about_to_show(self, button: QToolButton) -> None:
        pending = self._pending_menus.pop(button, None)
        if pending is not None:
            self._make_menu(button.menu(), *pending)

    def _make_menu(self, menu: QMenu, items: list[tuple[str, str]], hidden: set[str]) -> None:
        for old in menu.actions():  # not clear(): the action being toggled is still in its signal
            menu.removeAction(old)
            old.deleteLater()
        self._pending_menus.pop(menu.parent(), None)
        everything = menu.addAction(self.tr("Show All"))
        everything.triggered.connect(lambda: self._show_all(hidden))
        menu.addSeparator()
        for key, name in items:
            action = QAction(name, menu)
            action.setCheckable(True)
            action.setChecked(key not in hidden)
            action.toggled.connect(lambda on, k=key: self._toggle(hidden, k, on))
            menu.addAction(action)

    def _toggle(self, hidden: set[str], key: str, shown: bool) -> None:
        (hidden.discard if shown else hidden.add)(key)
        self.refresh()

    def _show_all(self, hidden: set[str]) -> None:
        hidden.clear()
        self.refresh()

    def _on_rows_choice_current_index_changed(self, _index: int) -> None:
        self.refresh()

    def _on_chart_saved(self, path) -> None:
        self.message.setText(arg(self.tr("Chart saved to %1"), path))
