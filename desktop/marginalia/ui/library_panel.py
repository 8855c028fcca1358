"""The library: a filter box over the table of articles, driven by keyboard or mouse."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelection, QItemSelectionModel, QModelIndex, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QHeaderView, QLineEdit, QStyle, QStyledItemDelegate, QStyleOptionViewItem,
    QTreeView, QVBoxLayout, QWidget,
)

from marginalia.core.codebook import Codebook
from marginalia.core.corpus import ArticleEntry
from marginalia.ui.models.article_list_model import ArticleFilterProxyModel, ArticleListModel
from marginalia.ui.widgets import CHIP_GAP, paint_topic_dots, topic_dots_width

Role = ArticleListModel.Role
Column = ArticleListModel.Column
TITLE_EMS = 12  # the title column keeps at least this width: a title must stay readable
# The other columns' widths in ems: as wide as they like, and as narrow as they may get
# to leave the title its width in a narrow library (the claims column then drops its
# topic dots, which its tooltip lists).
COLUMN_EMS = {Column.Language: (7, 7), Column.Claims: (9, 4), Column.Problems: (2, 2),
              Column.Outlet: (9, 0), Column.Published: (6, 0)}  # least 0: hidden when there is no room


class ClaimsDelegate(QStyledItemDelegate):
    """The claim count, then a dot in each topic's colour with that topic's count."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        total = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget is not None else None
        if style is not None:  # background, selection and focus exactly as the style draws them
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        group = _color_group(opt)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        text_color = opt.palette.color(group, text_role)
        background = opt.palette.color(group, QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
        margin = (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, opt.widget) + 1) if style else 3
        rect = opt.rect.adjusted(margin, 0, -margin, 0)
        painter.save()
        painter.setFont(opt.font)
        if total in ("", "0"):
            text_color.setAlphaF(0.55)  # no claims yet: present but quiet
        painter.setPen(text_color)
        total_width = opt.fontMetrics.horizontalAdvance(total)
        painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, total)
        rect.setLeft(rect.left() + total_width + CHIP_GAP)
        dots = [(c.color, c.count) for c in index.data(Role.TopicCounts) or ()]
        paint_topic_dots(painter, rect, dots, text_color, background)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        dots = [(c.color, c.count) for c in index.data(Role.TopicCounts) or ()]
        if dots:
            size.setWidth(size.width() + CHIP_GAP + topic_dots_width(option.fontMetrics, dots))
        return size


def _color_group(option: QStyleOptionViewItem) -> QPalette.ColorGroup:
    if not option.state & QStyle.StateFlag.State_Enabled:
        return QPalette.ColorGroup.Disabled
    if option.state & QStyle.StateFlag.State_Active:
        return QPalette.ColorGroup.Active
    return QPalette.ColorGroup.Inactive


class LibraryPanel(QWidget):
    """Lists the corpus. Moving the selection or pressing Enter emits `article_activated`.

    Filtering never opens an article: the open one stays selected while the filter
    shows it, and nothing is selected while it hides it."""

    article_activated = Signal(object)  # Path

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = ArticleListModel(self)
        self.proxy = ArticleFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self._quiet = False  # set while the panel itself moves the selection
        self._open: Path | None = None  # the article the window shows

        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(self.tr("Filter articles…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter articles"))
        self.filter_edit.setAccessibleDescription(self.tr("Shows only the articles whose title, language, topics or "
                                                          "other columns hold these words; Down enters the list"))
        self.filter_edit.setToolTip(self.tr("Words of the title, language, topics or any column shown; "
                                            "accents and case are ignored"))
        self.filter_edit.textChanged.connect(self._on_filter_edit_text_changed)
        self.filter_edit.installEventFilter(self)

        self.view = QTreeView(self)
        self.view.setAccessibleName(self.tr("Library"))
        self.view.setAccessibleDescription(self.tr("The articles of the folder; choosing one opens it"))
        self.view.setModel(self.proxy)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.setAllColumnsShowFocus(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # a title's start and end both tell
        self.view.setItemDelegateForColumn(Column.Claims, ClaimsDelegate(self.view))
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(Column.Title, Qt.SortOrder.AscendingOrder)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Column.Title, QHeaderView.ResizeMode.Stretch)
        # A translated header may be longer than the column: it ends in "…" (its tooltip
        # says it whole) rather than being cut mid-letter.
        header.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Fixed widths from the font, not ResizeToContents: that asks every row of a
        # library of thousands for its size on each change. A column is as wide as its
        # header when there is room (Polish "Twierdzenia" is twice English "Claims").
        self._em = em = self.fontMetrics().horizontalAdvance("M")
        self._natural = {column: max(natural * em, self._header_width(column))
                         for column, (natural, _least) in COLUMN_EMS.items()}
        for column in COLUMN_EMS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, self._natural[column])
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        least = sum(least for _natural, least in COLUMN_EMS.values())
        self.setMinimumWidth((TITLE_EMS + least) * em + scroll_bar + 4)
        # Outlet and date columns no article fills say nothing: they give their room to
        # the titles until some article has an outlet or a date (looked at once per batch of changes).
        self._unused: set[int] = set()
        self._unused_check = QTimer(self, singleShot=True, interval=0)
        self._unused_check.timeout.connect(self._on_unused_check_timeout)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved,
                       self.model.dataChanged):
            signal.connect(self._unused_check.start)
        self.view.installEventFilter(self)
        self.view.activated.connect(self._on_view_activated)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_model_selection_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.view)

    # -- public ----------------------------------------------------------
    def set_entries(self, entries: list[ArticleEntry], codebook: Codebook) -> None:
        """Show a (re)scanned corpus; the selected article stays selected if still there."""
        current = self._open or self.current_path()
        self.model.set_codebook(codebook)
        self.model.set_entries(entries)
        if current is not None:
            self._select(current, quiet=True)

    def update_entry(self, entry: ArticleEntry) -> None:
        self.model.update_entry(entry)

    def set_codebook(self, codebook: Codebook) -> None:
        self.model.set_codebook(codebook)
        self._filtered(self.proxy.refilter)  # topics' names are matched too

    def set_topic_filter(self, topic_ids: set[str]) -> None:
        self._filtered(lambda: self.proxy.set_topic_filter(topic_ids))

    def entry_for(self, path: Path) -> ArticleEntry | None:
        source = self.model.index_for_path(path)
        return self.model.entry(source.row()) if source.isValid() else None

    def current_path(self) -> Path | None:
        rows = self.view.selectionModel().selectedRows(Column.Title)
        return rows[0].data(Role.Path) if rows else None

    def select_path(self, path: Path) -> bool:
        """Select `path` (emitting `article_activated` only if it was not selected already).
        Returns False when the library has no such article."""
        if self.current_path() is not None and Path(self.current_path()).resolve() == Path(path).resolve():
            return True
        return self._select(path, quiet=False)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self._fit_columns(event.size().width())

    def _on_unused_check_timeout(self) -> None:
        model = self.model
        entries = [model.entry(row) for row in range(model.rowCount())]
        unused = {column for column, field in ((Column.Outlet, "outlet"), (Column.Published, "published"))
                  if not any(getattr(entry.metadata, field) for entry in entries)}
        if unused != self._unused:
            self._unused = unused
            self._fit_columns(self.width())

    def _fit_columns(self, width: int) -> None:
        """Narrow the other columns, the claims, outlet and date first, so the title keeps TITLE_EMS;
        widen them again, up to their natural widths, when there is room."""
        em, header = self._em, self.view.header()
        scroll_bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        natural_widths = {c: 0 if c in self._unused else w for c, w in self._natural.items()}
        spare = width - scroll_bar - 4 - TITLE_EMS * em - sum(natural_widths.values())
        for column in (Column.Claims, Column.Outlet, Column.Published, Column.Language):
            natural, least = natural_widths[column], COLUMN_EMS[column][1] * em
            given = max(least, natural + min(0, spare))
            if given < 3 * self._em and least == 0:
                given = 0  # a sliver of a column says nothing: hide it until there is room
            spare += natural - given
            header.setSectionHidden(column, given == 0)
            if given:
                header.resizeSection(column, given)

    def _header_width(self, column: int) -> int:
        """The width the header of `column` needs to show its label whole, sort arrow included."""
        label = self.model.headerData(column, Qt.Orientation.Horizontal) or ""
        margin = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin)
        arrow = self.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize)
        return self.view.header().fontMetrics().horizontalAdvance(label) + 4 * margin + arrow

    # -- internals -------------------------------------------------------
    def _select(self, path: Path, *, quiet: bool) -> bool:
        source = self.model.index_for_path(path)
        if not source.isValid():
            return False
        self._open = Path(path)
        index = self.proxy.mapFromSource(source)
        if not index.isValid():  # hidden by the filter: show it rather than select nothing
            blocked = self.filter_edit.blockSignals(True)
            self.filter_edit.clear()
            self.filter_edit.blockSignals(blocked)
            self._filtered(lambda: (self.proxy.set_filter_text(""), self.proxy.set_topic_filter(set())))
            if not quiet:  # selected by _filtered, quietly
                self._activate(self.proxy.mapFromSource(source))
            return True
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self._quiet = quiet
        try:
            self.view.selectionModel().setCurrentIndex(index, flags)
        finally:
            self._quiet = False
        self.view.scrollTo(index)
        return True

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid() and index.flags() & Qt.ItemFlag.ItemIsEnabled:
            self._open = index.data(Role.Path)
            self.article_activated.emit(index.data(Role.Path))

    def _filtered(self, change) -> None:
        """Run a change of filter: rows come and go, and Qt moves the selection to a
        neighbour of a row that went, which must not open that neighbour. Afterwards the
        open article is selected if shown; otherwise nothing is."""
        self._quiet = True
        try:
            change()
            source = self.model.index_for_path(self._open) if self._open is not None else QModelIndex()
            index = self.proxy.mapFromSource(source) if source.isValid() else QModelIndex()
            selection = self.view.selectionModel()
            if index.isValid():
                selection.setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                          | QItemSelectionModel.SelectionFlag.Rows)
                self.view.scrollTo(index)
            else:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            self._quiet = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)
        key = event.key()
        if watched is self.filter_edit:
            if key in (Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._enter_list(activate=key in (Qt.Key.Key_Return, Qt.Key.Key_Enter))
                return True
            if key == Qt.Key.Key_Escape and self.filter_edit.text():
                self.filter_edit.clear()
                return True
        elif watched is self.view and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Handled here, not through QAbstractItemView::activated, which macOS
            # does not emit for Enter.
            self._activate(self.view.currentIndex())
            return True
        return super().eventFilter(watched, event)

    def _enter_list(self, *, activate: bool) -> None:
        """From the filter box into the list, selecting the first match if nothing is."""
        self.view.setFocus(Qt.FocusReason.TabFocusReason)
        current = self.view.currentIndex()
        if not current.isValid() or not self.view.selectionModel().isRowSelected(current.row(), QModelIndex()):
            first = self._first_enabled()
            if first.isValid():
                self.view.selectionModel().setCurrentIndex(
                    first, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            return  # selecting already activated it
        if activate:
            self._activate(current)

    def _first_enabled(self) -> QModelIndex:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, Column.Title)
            if index.flags() & Qt.ItemFlag.ItemIsEnabled:
                return index
        return QModelIndex()

    def _on_filter_edit_text_changed(self, text: str) -> None:
        self._filtered(lambda: self.proxy.set_filter_text(text))

    def _on_view_activated(self, index: QModelIndex) -> None:
        self._activate(index)

    def _on_selection_model_selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        if self._quiet or selected.isEmpty():
            return
        self._activate(selected.indexes()[0])
