"""The codebook editor: add, rename, recolour, re-key and remove topics, with undo."""

from __future__ import annotations

import logging
from collections.abc import Callable

import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QColorDialog, QDialog, QDialogButtonBox, QHBoxLayout, QHeaderView, QInputDialog, QMenu, QMessageBox,
    QPushButton, QToolButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from marginalia.core.codebook import SHORTCUT_KEYS, Codebook, Topic
from marginalia.core.errors import MarginaliaError
from marginalia.ui.commands import CodebookCommand
from marginalia.ui.error_words import reason
from marginalia.ui.widgets import MessageBar, color_swatch_icon
from marginalia.ui.wording import arg

log = logging.getLogger(__name__)
_TOPIC_ID = Qt.ItemDataRole.UserRole + 1


class _GuardedCodebookCommand(CodebookCommand):
    """A CodebookCommand that survives a failed write: it reports the error and makes
    itself obsolete, so QUndoStack drops it and memory and disk stay in agreement."""

    def __init__(self, session, before: Codebook, after: Codebook, text: str, report) -> None:
        super().__init__(session, before, after, text)
        self._report = report

    def redo(self) -> None:
        self._guard(super().redo)

    def undo(self) -> None:
        self._guard(super().undo)

    def _guard(self, step) -> None:
        try:
            step()
        except (OSError, MarginaliaError) as exc:
            self.setObsolete(True)
            # The stack outlives the dialog (it is the session's): report only if it still exists.
            if shiboken6.isValid(self._report.__self__):
                self._report(exc)
            else:
                log.warning("codebook not saved: %s", exc)


class CodebookDialog(QDialog):
    """Edits the session's codebook. Every edit is an undoable command on the codebook
    stack, except removing a topic still in use, which rewrites the sidecars."""

    def __init__(self, session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        stack = getattr(session, "codebook_stack", None)
        self.stack: QUndoStack = stack if stack is not None else QUndoStack(self)
        self.setWindowTitle(self.tr("Topics"))

        self.topic_list = QTreeWidget(self)
        self.topic_list.setAccessibleName(self.tr("Topics"))
        self.topic_list.setAccessibleDescription(self.tr("The topics of the folder, with their keys; "
                                                         "double-click one to rename it"))
        self.topic_list.setHeaderLabels([self.tr("Topic"), self.tr("Key")])
        self.topic_list.setRootIsDecorated(False)
        self.topic_list.setUniformRowHeights(True)
        header = self.topic_list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.topic_list.currentItemChanged.connect(self._on_topic_list_current_item_changed)
        self.topic_list.itemDoubleClicked.connect(self._on_topic_list_item_double_clicked)

        self.add_button = QPushButton(self.tr("&Add…"), self)
        self.rename_button = QPushButton(self.tr("&Rename…"), self)
        self.color_button = QPushButton(self.tr("&Colour…"), self)
        self.shortcut_button = QPushButton(self.tr("&Shortcut"), self)
        self.remove_button = QPushButton(self.tr("Re&move…"), self)
        for button, tip in ((self.add_button, self.tr("Add a new topic")),
                            (self.rename_button, self.tr("Rename the selected topic")),
                            (self.color_button, self.tr("Choose the colour of the selected topic")),
                            (self.shortcut_button, self.tr("Choose the key that tags a claim with the selected topic")),
                            (self.remove_button, self.tr("Remove the selected topic"))):
            button.setToolTip(tip)
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.rename_button.clicked.connect(self._on_rename_button_clicked)
        self.color_button.clicked.connect(self._on_color_button_clicked)
        self.remove_button.clicked.connect(self._on_remove_button_clicked)
        self.shortcut_menu = QMenu(self.shortcut_button)
        self.shortcut_menu.aboutToShow.connect(self._on_shortcut_menu_about_to_show)
        self.shortcut_button.setMenu(self.shortcut_menu)
        self.shortcut_actions: dict[str, QAction] = {}
        group = QActionGroup(self)
        for key in ("",) + SHORTCUT_KEYS:
            action = self.shortcut_menu.addAction(key or self.tr("None", "no key"))
            action.setCheckable(True)
            action.setActionGroup(group)
            action.triggered.connect(lambda _checked=False, k=key: self._set_shortcut(k))
            self.shortcut_actions[key] = action

        # Own actions rather than createUndoAction(): those rename themselves "Undo Add topic …",
        # which would resize the buttons at every edit; the step goes in the tooltip instead.
        self.undo_action = QAction(self.tr("Undo"), self, enabled=self.stack.canUndo())
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self.stack.undo)
        self.stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.stack.undoTextChanged.connect(self._on_stack_undo_text_changed)
        self.redo_action = QAction(self.tr("Redo"), self, enabled=self.stack.canRedo())
        redo_keys = [QKeySequence("Ctrl+Shift+Z")]
        redo_keys += [k for k in QKeySequence.keyBindings(QKeySequence.StandardKey.Redo) if k not in redo_keys]
        self.redo_action.setShortcuts(redo_keys)
        self.redo_action.triggered.connect(self.stack.redo)
        self.stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.stack.redoTextChanged.connect(self._on_stack_redo_text_changed)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self._on_stack_undo_text_changed(self.stack.undoText())
        self._on_stack_redo_text_changed(self.stack.redoText())
        self.undo_button, self.redo_button = QToolButton(self), QToolButton(self)
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button.setDefaultAction(self.redo_action)

        # Errors are worded in place, next to what caused them, rather than in a modal box.
        self.message_bar = MessageBar(self)
        self.message_label = self.message_bar.label
        self._failed = False

        buttons = QVBoxLayout()
        for button in (self.add_button, self.rename_button, self.color_button, self.shortcut_button,
                       self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        history = QHBoxLayout()
        history.addWidget(self.undo_button)
        history.addWidget(self.redo_button)
        buttons.addLayout(history)
        body = QHBoxLayout()
        body.addWidget(self.topic_list, 1)
        body.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.button(QDialogButtonBox.StandardButton.Close).setToolTip(self.tr("Close the topics editor"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(self.message_bar)
        layout.addWidget(close)

        session.codebook_changed.connect(self._on_session_codebook_changed)
        self._populate(session.codebook)
        if session.corpus.codebook_error is not None:
            error = session.corpus.codebook_error
            self._show_error(arg(self.tr("The topics file %1 cannot be read (%2). Fix or remove it "
                                         "to edit topics."), error.path.name, reason(error)))
        self._update_buttons()

    # -- what tests replace (modal dialogs) --------------------------------
    def _ask_name(self, title: str, initial: str = "") -> str | None:
        name, ok = QInputDialog.getText(self, title, self.tr("Name:"), text=initial)
        return name if ok else None

    def _choose_color(self, initial: QColor) -> QColor | None:
        color = QColorDialog.getColor(initial, self, self.tr("Topic colour"))
        return color if color.isValid() else None

    def _confirm_remove_used(self, topic: Topic, count: int) -> bool:
        answer = QMessageBox.question(
            self, self.tr("Remove topic"),
            arg(self.tr("“%1” is on %Ln claim(s). Remove the topic and take it off those claims too?\n\n"
                        "This rewrites the annotation files and cannot be undone.", "", count), topic.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        return answer == QMessageBox.StandardButton.Yes

    # -- public ------------------------------------------------------------
    def selected_topic(self) -> Topic | None:
        item = self.topic_list.currentItem()
        return self.session.codebook.get(item.data(0, _TOPIC_ID)) if item is not None else None

    def select_topic(self, topic_id: str) -> None:
        for row in range(self.topic_list.topLevelItemCount()):
            item = self.topic_list.topLevelItem(row)
            if item.data(0, _TOPIC_ID) == topic_id:
                self.topic_list.setCurrentItem(item)
                return

    # -- edits ---------------------------------------------------------------
    def _on_add_button_clicked(self) -> None:
        name = self._ask_name(self.tr("New topic"))
        if name is None or not self._name_is_free(name, None):
            return
        name = name.strip()
        if self._push(lambda codebook: codebook.add(name), arg(self.tr("Add topic “%1”"), name)):
            self.select_topic(self.session.codebook.topics[-1].id)

    def _on_rename_button_clicked(self) -> None:
        topic = self.selected_topic()
        if topic is None:
            return
        name = self._ask_name(self.tr("Rename topic"), topic.name)
        if name is None or name.strip() == topic.name or not self._name_is_free(name, topic.id):
            return
        name = name.strip()
        self._push(lambda codebook: codebook.update(topic.id, name=name),
                   arg(self.tr("Rename topic “%1” to “%2”"), topic.name, name))

    def _on_color_button_clicked(self) -> None:
        topic = self.selected_topic()
        if topic is None:
            return
        color = self._choose_color(QColor(topic.color))
        if color is None or color.name().upper() == topic.color.upper():
            return
        hex_color = color.name(QColor.NameFormat.HexRgb).upper()
        self._push(lambda codebook: codebook.update(topic.id, color=hex_color),
                   arg(self.tr("Recolour topic “%1”"), topic.name))

    def _set_shortcut(self, key: str) -> None:
        topic = self.selected_topic()
        if topic is None or key == topic.shortcut:
            return
        holder = self.session.codebook.by_shortcut(key)
        if holder is not None:
            self._show_error(arg(self.tr("Key %1 is already the shortcut of “%2”. Give that topic another "
                                         "key (or none) first."), key, holder.name))
            return
        text = (arg(self.tr("Set key %1 for “%2”"), key, topic.name) if key
                else arg(self.tr("Remove the key of “%1”"), topic.name))
        self._push(lambda codebook: codebook.update(topic.id, shortcut=key), text)

    def _on_remove_button_clicked(self) -> None:
        topic = self.selected_topic()
        if topic is None:
            return
        try:
            used = self.session.corpus.topic_usage(topic.id, self.session.open_documents())
        except OSError as exc:
            self._show_error(arg(self.tr("Cannot check where “%1” is used: %2"), topic.name, reason(exc)))
            return
        if not used:
            self._push(lambda codebook: codebook.remove(topic.id),
                       arg(self.tr("Remove topic “%1”"), topic.name))
            return
        if self._confirm_remove_used(topic, used):
            self._remove_used(topic)

    def _remove_used(self, topic: Topic) -> None:
        try:
            self.session.remove_topic(topic.id)
        except (OSError, MarginaliaError) as exc:
            self._show_error(arg(self.tr("“%1” was not removed: %2"), topic.name, reason(exc)))
            return
        # The claims were rewritten outside the undo history: older steps of the
        # codebook would bring back a topic no claim carries now.
        self.stack.clear()
        self._clear_error()

    def _name_is_free(self, name: str, topic_id: str | None) -> bool:
        name = name.strip()
        if not name:
            self._show_error(self.tr("A topic needs a name."))
            return False
        clash = next((t for t in self.session.codebook
                      if t.id != topic_id and t.name.casefold() == name.casefold()), None)
        if clash is not None:
            self._show_error(arg(self.tr("A topic named “%1” exists already."), clash.name))
            return False
        return True

    def _push(self, edit: Callable[[Codebook], Codebook], text: str) -> bool:
        """Apply `edit` to the current codebook as one undoable step; False if refused."""
        before = self.session.codebook
        try:
            after = edit(before)
        except (ValueError, KeyError) as exc:  # checked above already; the core has the last word
            self._show_error(reason(exc))
            return False
        self._failed = False
        self._clear_error()
        self.stack.push(_GuardedCodebookCommand(self.session, before, after, text, self._report_failure))
        return not self._failed

    def _report_failure(self, exc: Exception) -> None:
        self._failed = True
        self._show_error(arg(self.tr("The topics were not saved: %1"), reason(exc)))

    # -- display -------------------------------------------------------------
    def _show_error(self, text: str) -> None:
        self.message_bar.show_message(text)

    def _clear_error(self) -> None:
        self.message_bar.clear()

    def _populate(self, codebook: Codebook) -> None:
        selected = self.topic_list.currentItem()
        selected_id = selected.data(0, _TOPIC_ID) if selected is not None else None
        border = self.palette().color(self.foregroundRole())
        self.topic_list.clear()
        for topic in codebook:
            item = QTreeWidgetItem([topic.name, topic.shortcut or "—"])
            item.setIcon(0, color_swatch_icon(topic.color, border=border))
            item.setData(0, _TOPIC_ID, topic.id)
            item.setToolTip(0, arg(self.tr("%1 (colour %2)"), topic.name, topic.color.upper()))
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignCenter)
            self.topic_list.addTopLevelItem(item)
        if selected_id is not None and codebook.get(selected_id) is not None:
            self.select_topic(selected_id)
        elif self.topic_list.topLevelItemCount():
            self.topic_list.setCurrentItem(self.topic_list.topLevelItem(0))

    def _update_buttons(self) -> None:
        editable = self.session.corpus.codebook_error is None
        has_topic = self.topic_list.currentItem() is not None
        self.add_button.setEnabled(editable)
        for button in (self.rename_button, self.color_button, self.shortcut_button, self.remove_button):
            button.setEnabled(editable and has_topic)

    def _on_session_codebook_changed(self, codebook: Codebook) -> None:
        self._populate(codebook)
        self._update_buttons()

    def _on_stack_undo_text_changed(self, text: str) -> None:
        self.undo_action.setToolTip(arg(self.tr("Undo: %1"), text) if text else self.tr("Nothing to undo"))

    def _on_stack_redo_text_changed(self, text: str) -> None:
        self.redo_action.setToolTip(arg(self.tr("Redo: %1"), text) if text else self.tr("Nothing to redo"))

    def _on_topic_list_current_item_changed(self, _current, _previous) -> None:
        self._update_buttons()

    def _on_topic_list_item_double_clicked(self, _item, _column: int) -> None:
        self._on_rename_button_clicked()

    def _on_shortcut_menu_about_to_show(self) -> None:
        topic = self.selected_topic()
        for key, action in self.shortcut_actions.items():
            holder = self.session.codebook.by_shortcut(key) if key else None
            action.setChecked(topic is not None and topic.shortcut == key)
            action.setText(arg(self.tr("%1 — %2"), key, holder.name)
                           if holder is not None and (topic is None or holder.id != topic.id)
                           else (key or self.tr("None", "no key")))
