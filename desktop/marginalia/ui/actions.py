"""The window's actions, menus and toolbar, declared in one place with their shortcuts."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QMainWindow, QStyle, QToolBar


def topic_icon(color: str, size: int = 16) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(QColor(color).darker(130))
    painter.drawEllipse(2, 2, size - 4, size - 4)
    painter.end()
    return QIcon(pixmap)


class Actions:
    """Every QAction of the main window; `topic_actions` are rebuilt with the codebook."""

    def __init__(self, window: QMainWindow) -> None:
        tr = window.tr
        style = window.style()

        def make(text, shortcut=None, slot=None, icon=None, tip=None, checkable=False):
            action = QAction(text, window)
            if shortcut:
                action.setShortcuts([QKeySequence(s) for s in ([shortcut] if isinstance(shortcut, (str, QKeySequence.StandardKey)) else shortcut)])
            if icon is not None:
                action.setIcon(style.standardIcon(icon) if isinstance(icon, QStyle.StandardPixmap) else icon)
            if tip:
                action.setStatusTip(tip)
            action.setCheckable(checkable)
            if slot:
                action.triggered.connect(slot)
            window.addAction(action)  # shortcuts work while the menu bar is hidden too
            return action

        self._make = make
        SP = QStyle.StandardPixmap
        self.open_folder = make(tr("&Open Folder…"), QKeySequence.StandardKey.Open, icon=SP.SP_DirOpenIcon,
                                tip=tr("Open a folder of articles"))
        self.export = make(tr("&Export…"), "Ctrl+E", tip=tr("Export annotations in an open format"))
        self.quit = make(tr("&Quit"), QKeySequence.StandardKey.Quit)
        self.highlight = make(tr("&Highlight Claim"), "H", icon=SP.SP_DialogApplyButton,
                              tip=tr("Highlight the selected text as a claim (H)"))
        self.delete = make(tr("&Delete Claim"), "Delete", icon=SP.SP_TrashIcon, tip=tr("Delete the selected claim"))
        self.edit_note = make(tr("Edit &Note"), "F2", tip=tr("Write a note on the selected claim (F2)"))
        self.extend_end = make(tr("Extend Claim End by a Word"), "Alt+Right")
        self.shrink_end = make(tr("Shrink Claim End by a Word"), "Alt+Left")
        self.extend_start = make(tr("Extend Claim Start by a Word"), "Alt+Shift+Left")
        self.shrink_start = make(tr("Shrink Claim Start by a Word"), "Alt+Shift+Right")
        self.reattach = make(tr("&Re-attach Claim to Selection"), "Ctrl+R",
                             tip=tr("Anchor the selected claim (e.g. an orphan) to the selected text"))
        self.find = make(tr("&Find in Article…"), QKeySequence.StandardKey.Find, icon=SP.SP_FileDialogContentsView)
        self.find_next = make(tr("Find &Next"), QKeySequence.StandardKey.FindNext)
        self.search_all = make(tr("&Search All Articles…"), "Ctrl+Shift+F",
                               tip=tr("Search the text of every article in the folder"))
        self.codebook = make(tr("&Topics (Codebook)…"), "Ctrl+K", tip=tr("Add, rename, recolour topics"))
        self.language = make(tr("Set Article &Language…"), tip=tr("Override the detected language"))
        self.show_all_topics = make(tr("Show &All Topics"), "Ctrl+0")
        self.sidecar = make(tr("&Sidecar JSON"), "Ctrl+J", checkable=True,
                            tip=tr("Show the article's annotation file"))
        self.compare = make(tr("&Compare Articles…"), "Ctrl+Shift+M",
                            tip=tr("Every article's claims side by side, topic by topic, with a chart (Ctrl+Shift+M)"))
        self.agreement = make(tr("&Agreement…"), "Ctrl+Shift+G",
                              tip=tr("How far the reviewers agree, topic by topic and article by article "
                                     "(Ctrl+Shift+G)"))
        self.about = make(tr("&About Marginalia"))
        self.topic_actions: list[QAction] = []
        self.filter_actions: list[QAction] = []

    def build_menus(self, window: QMainWindow, undo, redo, recent_menu_title: str):
        tr = window.tr
        bar = window.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addAction(self.open_folder)
        self.recent_menu = file_menu.addMenu(recent_menu_title)
        file_menu.addSeparator()
        file_menu.addAction(self.export)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit = bar.addMenu(tr("&Edit"))
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        edit.addAction(self.highlight)
        self.topic_menu = edit.addMenu(tr("&Topic of Claim"))
        edit.addAction(self.edit_note)
        edit.addAction(self.delete)
        span = edit.addMenu(tr("Claim &Span"))
        for action in (self.extend_end, self.shrink_end, self.extend_start, self.shrink_start, self.reattach):
            span.addAction(action)
        edit.addSeparator()
        edit.addAction(self.find)
        edit.addAction(self.find_next)
        edit.addAction(self.search_all)
        edit.addSeparator()
        edit.addAction(self.codebook)
        edit.addAction(self.language)
        view = bar.addMenu(tr("&View"))
        self.filter_menu = view.addMenu(tr("Show Claims of &Topics"))
        view.addAction(self.sidecar)
        view.addAction(self.compare)
        self.reviewers_menu = bar.addMenu(tr("&Reviewers"))
        # Whose claims are shown (mine only, all, a chosen set) goes before this separator:
        # reviewers_menu.insertAction(reviewers_section, action).
        self.reviewers_section = self.reviewers_menu.addSeparator()
        self.reviewers_menu.addAction(self.agreement)
        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self.about)

    def build_toolbar(self, window: QMainWindow, undo, redo) -> QToolBar:
        toolbar = QToolBar(window.tr("Main"), window)
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(self.open_folder)
        toolbar.addSeparator()
        toolbar.addAction(self.highlight)
        self._topic_anchor = toolbar.addSeparator()
        toolbar.addAction(self.delete)
        toolbar.addSeparator()
        toolbar.addAction(undo)
        toolbar.addAction(redo)
        toolbar.addSeparator()
        toolbar.addAction(self.find)
        self.toolbar = toolbar
        window.addToolBar(toolbar)
        return toolbar

    def set_topics(self, window: QMainWindow, codebook, on_toggle, on_filter) -> None:
        """Rebuild the per-topic actions: tag (with the topic's key) and filter."""
        for action in self.topic_actions + self.filter_actions:
            self.toolbar.removeAction(action)
            window.removeAction(action)
            action.deleteLater()
        self.topic_menu.clear()
        self.filter_menu.clear()
        self.topic_actions, self.filter_actions = [], []
        for topic in codebook:
            icon = topic_icon(topic.color)
            tag = self._make(topic.name, topic.shortcut or None, icon=icon,
                             tip=window.tr("Toggle topic “%1” on the selected claim").replace("%1", topic.name))
            tag.triggered.connect(lambda _=False, t=topic.id: on_toggle(t))
            tag.setData(topic.id)
            self.topic_actions.append(tag)
            self.topic_menu.addAction(tag)
            self.toolbar.insertAction(self._topic_anchor, tag)
            show = self._make(topic.name, icon=icon, checkable=True)
            show.setData(topic.id)
            show.toggled.connect(lambda _=False: on_filter())
            self.filter_actions.append(show)
            self.filter_menu.addAction(show)
        self.filter_menu.addSeparator()
        self.filter_menu.addAction(self.show_all_topics)
