"""Boxes over the window's panes that take the keyboard for one question: pick from a list, or type a text.

They are children of the main window, not windows of their own: the window stays the
active one (its shortcuts keep working the moment the box goes), nothing is modal, and
a run with no one at the screen never waits on them. Esc, or the keyboard going
elsewhere, closes one without acting. Everything they show is plain text.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6 import QtGui
from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication, QFrame, QLabel, QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QVBoxLayout, QWidget,
)

WIDTH = 760  # pixels at most: a quote and its article on one line each, not the whole screen
MARGIN = 24


def _plain_label(parent: QWidget, text: str = "") -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # quotes, labels and titles: never markup
    label.setWordWrap(True)
    return label


class OverlayPanel(QFrame):
    """A framed box at the top centre of the window's central area."""

    closed = Signal()

    def __init__(self, window, name: str) -> None:
        super().__init__(window)
        self.window_ = window
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        # A style sheet paints the box's own background (auto-fill alone does not once one is set).
        self.setStyleSheet(f"#{name} {{ background: palette(window); border: 1px solid palette(highlight); "
                           f"border-radius: 6px; }}")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(12, 10, 12, 10)
        self.title = _plain_label(self)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.layout_.addWidget(self.title)
        self.hide()
        window.installEventFilter(self)
        QApplication.instance().focusChanged.connect(self._on_application_focus_changed)

    def popup(self, focus: QWidget) -> None:
        self.setAccessibleName(self.title.text())  # what a screen reader announces as the box opens
        self._place()
        self.show()
        self.raise_()
        focus.setFocus(Qt.FocusReason.PopupFocusReason)

    def close_box(self) -> None:
        if self.isVisible():
            self.hide()
            self.closed.emit()

    def _place(self) -> None:
        area = self.window_.centralWidget().geometry()
        width = min(WIDTH, area.width() - 2 * MARGIN)
        height = min(max(self.sizeHint().height(), self.minimumSizeHint().height()), area.height() - 2 * MARGIN)
        self.setGeometry(area.left() + (area.width() - width) // 2, area.top() + MARGIN, width, max(120, height))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window_ and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close_box()
            return
        super().keyPressEvent(event)

    def _on_application_focus_changed(self, _old, new) -> None:
        # The keyboard went to another pane (a click, F6): the question is dropped.
        if self.isVisible() and new is not None and new is not self and not self.isAncestorOf(new):
            QTimer.singleShot(0, self._close_unless_focused)

    def _close_unless_focused(self) -> None:
        focused = QApplication.focusWidget()
        if focused is None or not (focused is self or self.isAncestorOf(focused)):
            self.close_box()


class QuickPicker(OverlayPanel):
    """A search box over a list: typing asks `search(text)` for rows, (text, tooltip,
    data) each, and a status line; Up/Down move in the list from the box, Enter or a
    click chooses (calling `on_chosen(data)` once the box is closed)."""

    def __init__(self, window, name: str, accessible: str, placeholder: str, list_name: str) -> None:
        super().__init__(window, name)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(accessible)
        self.edit.setPlaceholderText(placeholder)
        self.edit.setClearButtonEnabled(True)
        self.status = _plain_label(self)
        self.results = QListWidget(self)
        self.results.setAccessibleName(list_name)
        self.results.setAlternatingRowColors(True)
        self.results.setWordWrap(True)
        self.results.setSpacing(2)
        self.results.setMinimumHeight(300)
        self.hint = _plain_label(self)
        for widget in (self.edit, self.status, self.results, self.hint):
            self.layout_.addWidget(widget)
        self.search: Callable[[str], tuple[list[tuple[str, str, object]], str]] | None = None
        self._on_chosen: Callable[[object], None] | None = None
        self.edit.textChanged.connect(self.run_search)
        self.edit.installEventFilter(self)
        self.results.itemActivated.connect(self._on_results_item_activated)
        self.results.itemClicked.connect(self._on_results_item_activated)

    def open_with(self, title: str, hint: str, search, on_chosen, text: str = "") -> None:
        self.title.setText(title)
        self.hint.setText(hint)
        self.search, self._on_chosen = search, on_chosen
        blocked = self.edit.blockSignals(True)
        self.edit.setText(text)
        self.edit.blockSignals(blocked)
        self.run_search()
        self.popup(self.edit)
        self.edit.selectAll()

    def run_search(self) -> None:
        if self.search is None:
            return
        rows, status = self.search(self.edit.text())
        self.results.clear()
        for text, tooltip, data in rows:
            item = QListWidgetItem(text)
            if tooltip:
                item.setToolTip(QtGui.Qt.convertFromPlainText(tooltip))
            item.setData(Qt.ItemDataRole.UserRole, data)
            self.results.addItem(item)
        if rows:
            self.results.setCurrentRow(0)
        self.status.setText(status)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                QApplication.sendEvent(self.results, QKeyEvent(event.type(), key, event.modifiers()))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                item = self.results.currentItem()
                if item is not None:
                    self._on_results_item_activated(item)
                return True
        return super().eventFilter(watched, event)

    def _on_results_item_activated(self, item: QListWidgetItem) -> None:
        data, act = item.data(Qt.ItemDataRole.UserRole), self._on_chosen
        self.close_box()
        if act is not None:
            act(data)


class TextPrompt(OverlayPanel):
    """One text to type (a label on one line, or a note over several): Enter saves (Ctrl+Enter
    for a note) and calls `on_answer(text)`; Esc cancels."""

    def __init__(self, window) -> None:
        super().__init__(window, "text-prompt")
        self.line = QLineEdit(self)
        self.area = QPlainTextEdit(self)
        self.area.setTabChangesFocus(True)
        self.hint = _plain_label(self)
        for widget in (self.line, self.area, self.hint):
            self.layout_.addWidget(widget)
        self.line.returnPressed.connect(self._save)
        self.area.installEventFilter(self)
        self._on_answer: Callable[[str], None] | None = None

    def ask(self, title: str, text: str, accessible: str, on_answer, *, several_lines: bool = False) -> None:
        self.title.setText(title)
        self._on_answer = on_answer
        editor = self.area if several_lines else self.line
        self.line.setVisible(not several_lines)
        self.area.setVisible(several_lines)
        editor.setAccessibleName(accessible)
        if several_lines:
            self.area.setPlainText(text)
            self.hint.setText(self.tr("Ctrl+Enter saves · Esc cancels"))
        else:
            self.line.setText(text)
            self.hint.setText(self.tr("Enter saves · Esc cancels"))
        self.popup(editor)
        if several_lines:
            self.area.selectAll()
        else:
            self.line.selectAll()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.area and event.type() == QEvent.Type.KeyPress \
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self._save()
            return True
        return super().eventFilter(watched, event)

    def _save(self) -> None:
        text = self.area.toPlainText() if self.area.isVisible() else self.line.text()
        act, self._on_answer = self._on_answer, None
        self.close_box()
        if act is not None:
            act(text)
