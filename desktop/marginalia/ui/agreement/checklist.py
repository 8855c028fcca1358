"""A button that opens a list to tick: which reviewers, articles or topics the figures compare."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout, QLineEdit, QListWidget, QListWidgetItem, QMenu, QPushButton, QVBoxLayout, QWidget, QWidgetAction,
)

from marginalia.core.compare.display import one_line
from marginalia.ui.wording import arg, number

LIST_HEIGHT = 260


class ChecklistButton(QPushButton):
    """Names what is ticked ("Reviewers (all 2)"); opens a list that stays open while the
    user ticks (Space or a click), with a filter for long lists and All / None. `changed`
    is emitted once the list closes with another choice. What was unticked is kept even
    while it is not offered, so it stays unticked when it comes back."""

    changed = Signal()

    def __init__(self, label: str, parent=None) -> None:
        super().__init__(parent)
        self.label = label
        self._left_out: set[str] = set()
        self._before: set[str] = set()
        self._items: tuple[tuple[str, str], ...] = ()
        plain = label.replace("&", "")  # `label` may carry a mnemonic
        self.setAccessibleName(arg(self.tr("Choose: %1"), plain))
        self.setAccessibleDescription(self.tr("Opens a list to tick what the figures compare"))
        menu = QMenu(self)
        panel = QWidget(menu)
        self.filter = QLineEdit(panel)
        self.filter.setPlaceholderText(self.tr("Filter"))
        self.filter.setAccessibleName(self.tr("Filter the list"))
        self.filter.setAccessibleDescription(self.tr("Shows only the items whose name holds these words"))
        self.filter.setClearButtonEnabled(True)
        self.list = QListWidget(panel)
        self.list.setAccessibleName(plain)
        self.list.setAccessibleDescription(self.tr("Space ticks or unticks the current item"))
        self.list.setMinimumWidth(320)
        self.list.setFixedHeight(LIST_HEIGHT)
        every = QPushButton(self.tr("All"), panel)
        every.setAccessibleName(self.tr("Tick all"))
        every.setToolTip(self.tr("Tick every item shown"))
        nothing = QPushButton(self.tr("None"), panel)
        nothing.setAccessibleName(self.tr("Untick all"))
        nothing.setToolTip(self.tr("Untick every item shown"))
        row = QHBoxLayout()
        row.addWidget(every)
        row.addWidget(nothing)
        row.addStretch(1)
        column = QVBoxLayout(panel)
        column.setContentsMargins(6, 6, 6, 6)
        column.addWidget(self.filter)
        column.addWidget(self.list)
        column.addLayout(row)
        action = QWidgetAction(menu)
        action.setDefaultWidget(panel)
        menu.addAction(action)
        self.setMenu(menu)
        every.clicked.connect(lambda: self._tick_shown(True))
        nothing.clicked.connect(lambda: self._tick_shown(False))
        self.filter.textChanged.connect(self._on_filter_text_changed)
        self.list.itemChanged.connect(self._on_list_item_changed)
        menu.aboutToShow.connect(self._on_menu_about_to_show)
        menu.aboutToHide.connect(self._on_menu_about_to_hide)
        self._update_text()

    def set_items(self, items: Sequence[tuple[str, str]], left_out: Collection[str] | None = None) -> None:
        """Offer (key, label) items; `left_out` replaces the keys unticked."""
        items = tuple(items)
        if left_out is not None:
            self._left_out, self._before = set(left_out), set(left_out)
        elif items == self._items:
            return  # the figures were measured again for an edit: keep the list (and its place) as it is
        self._items = items
        self.list.blockSignals(True)
        self.list.clear()
        for key, label in items:
            item = QListWidgetItem(one_line(label, 200) or key, self.list)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(f"<p>{escape(one_line(label, 400))}</p><p>{escape(key)}</p>" if label != key else "")
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked if key in self._left_out else Qt.CheckState.Checked)
        self.list.blockSignals(False)
        self._on_filter_text_changed(self.filter.text())
        self._update_text()

    def keys(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def left_out(self) -> set[str]:
        """Every key unticked, offered now or not."""
        return set(self._left_out)

    def chosen(self) -> list[str]:
        return [key for key in self.keys() if key not in self._left_out]

    def set_ticked(self, key: str, ticked: bool) -> None:
        """Tick or untick one item as a click would, and report the change."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        self._report()

    def _tick_shown(self, ticked: bool) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if not item.isHidden():
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def _on_list_item_changed(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked:
            self._left_out.discard(key)
        else:
            self._left_out.add(key)
        self._update_text()

    def _on_filter_text_changed(self, text: str) -> None:
        wanted = text.strip().casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def _on_menu_about_to_show(self) -> None:
        self._before = set(self._left_out)
        self.list.setFocus()
        if self.list.currentRow() < 0 and self.list.count():
            self.list.setCurrentRow(0)

    def _on_menu_about_to_hide(self) -> None:
        self._report()

    def _report(self) -> None:
        if self._left_out != self._before:
            self._before = set(self._left_out)
            self.changed.emit()

    def _update_text(self) -> None:
        keys = self.keys()
        shown = sum(key not in self._left_out for key in keys)
        if shown == len(keys):
            self.setText(arg(self.tr("%1 (all %2)"), self.label, number(len(keys))))
        else:
            self.setText(arg(self.tr("%1 (%2 of %3)"), self.label, number(shown), number(len(keys))))
