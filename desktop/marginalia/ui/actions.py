"""The window's actions, menus and toolbar, declared in one place with their shortcuts."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QColor, QIcon, QKeySequence, QPainter, QPixmap
from PySide6.QtWidgets import QMainWindow, QStyle, QToolBar

from marginalia.ui.wording import arg

StandardKey = QKeySequence.StandardKey


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


def filter_icon(color: str, size: int = 16) -> QIcon:
    """A check box in the topic's colour: filled and ticked when the topic is shown.
    Menus draw a checkable action that has an icon with the icon alone (no tick), so
    the icon itself must tell the state."""
    from PySide6.QtCore import QPointF  # here: a start-up need not make these Qt classes
    from PySide6.QtGui import QPainterPath, QPen

    icon = QIcon()
    for state, checked in ((QIcon.State.Off, False), (QIcon.State.On, True)):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        edge = QColor(color).darker(140)
        painter.setPen(QPen(edge, 1.5))
        painter.setBrush(QColor(color) if checked else Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(2.5, 2.5, size - 5, size - 5, 3, 3)
        if checked:
            tick = QPainterPath(QPointF(size * 0.3, size * 0.52))
            tick.lineTo(size * 0.45, size * 0.68)
            tick.lineTo(size * 0.72, size * 0.34)
            painter.setPen(QPen(QColor("white"), 2.0, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(tick)
        painter.end()
        for mode in (QIcon.Mode.Normal, QIcon.Mode.Active, QIcon.Mode.Selected):
            icon.addPixmap(pixmap, mode, state)
    return icon


def key_sequences(*keys: str, standard: StandardKey | None = None) -> list[QKeySequence]:
    """`keys` on every platform, then the platform's own for `standard`, each once: the
    same sequence twice on one action makes Qt call it ambiguous and run neither (Redo's
    own list holds Ctrl+Shift+Z), and some platforms bind none (Quit, without a desktop)."""
    own = QKeySequence.keyBindings(standard) if standard is not None else []
    sequences: list[QKeySequence] = []
    for sequence in [*map(QKeySequence, keys), *own]:
        if not sequence.isEmpty() and sequence not in sequences:
            sequences.append(sequence)
    return sequences


def redo_shortcuts() -> list[QKeySequence]:
    return key_sequences("Ctrl+Shift+Z", "Ctrl+Y", standard=StandardKey.Redo)


class Actions(QObject):
    """Every QAction of the main window; `topic_actions` are rebuilt with the codebook.
    A QObject for its own translation context ("Actions")."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        style = window.style()

        def make(text, shortcut=None, slot=None, icon=None, tip=None, checkable=False, short=None, on=None):
            """An action of the window (or, with `on`, of that widget alone: its shortcut
            works only while that widget has the focus)."""
            action = QAction(text, window)
            if shortcut:
                shortcuts = [shortcut] if isinstance(shortcut, (str, StandardKey, QKeySequence)) else shortcut
                action.setShortcuts([QKeySequence(s) for s in shortcuts])
            if icon is not None:
                action.setIcon(style.standardIcon(icon) if isinstance(icon, QStyle.StandardPixmap) else icon)
            if tip:
                action.setStatusTip(tip)
                action.setToolTip(tip)
            if short:
                action.setIconText(short)  # the toolbar's label
            action.setCheckable(checkable)
            if slot:
                action.triggered.connect(slot)
            if on is None:
                window.addAction(action)  # shortcuts work while the menu bar is hidden too
            else:
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                on.addAction(action)
            return action

        self._make = make
        SP = QStyle.StandardPixmap
        self.open_folder = make(self.tr("&Open Folder…"), StandardKey.Open, icon=SP.SP_DirOpenIcon,
                                tip=self.tr("Open a folder of articles (Ctrl+O)"), short=self.tr("Open"))
        self.import_file = make(self.tr("&Import Annotations…"), "Ctrl+I",
                                tip=self.tr("Add annotations from a file another tool wrote (Ctrl+I)"))
        self.export = make(self.tr("&Export…"), "Ctrl+E",
                           tip=self.tr("Export annotations in an open format (Ctrl+E)"))
        self.quit = make(self.tr("&Quit"), key_sequences("Ctrl+Q", standard=StandardKey.Quit))
        self.highlight = make(self.tr("&Highlight Claim"), "H", icon=SP.SP_DialogApplyButton,
                              tip=self.tr("Highlight the selected text as a claim (H)"), short=self.tr("Highlight"))
        self.delete = make(self.tr("&Delete Claim"), "Delete", icon=SP.SP_TrashIcon,
                           tip=self.tr("Delete the selected claim (Delete)"), short=self.tr("Delete"))
        self.edit_note = make(self.tr("Write &Note"), ["N", "F2"],
                              tip=self.tr("Write a note on the selected claim (N; Enter in the text; Esc when done)"))
        self.copy_quote = make(self.tr("&Copy Quote with Source"), "Ctrl+Shift+C",
                               tip=self.tr("Copy the selected claim's quote with its article and place (Ctrl+Shift+C)"))
        self.extend_end = make(self.tr("Extend Claim End by a Word"), "Alt+Right")
        self.shrink_end = make(self.tr("Shrink Claim End by a Word"), "Alt+Left")
        self.extend_start = make(self.tr("Extend Claim Start by a Word"), "Alt+Shift+Left")
        self.shrink_start = make(self.tr("Shrink Claim Start by a Word"), "Alt+Shift+Right")
        self.reattach = make(self.tr("&Re-attach Claim to Selection"), "Ctrl+R",
                             tip=self.tr("Anchor the selected claim (e.g. an orphan) to the selected text (Ctrl+R)"))
        self.find = make(self.tr("&Find in Article…"), StandardKey.Find, icon=SP.SP_FileDialogContentsView,
                         tip=self.tr("Find words in the article (Ctrl+F)"), short=self.tr("Find"))
        self.find_next = make(self.tr("Find &Next"), StandardKey.FindNext)
        self.search_all = make(self.tr("&Search All Articles…"), "Ctrl+Shift+F",
                               tip=self.tr("Search the text of every article in the folder (Ctrl+Shift+F)"))
        self.codebook = make(self.tr("&Topics (Codebook)…"), "Ctrl+K",
                             tip=self.tr("Add, rename, recolour topics (Ctrl+K)"))
        self.language = make(self.tr("Set Article &Language…"), tip=self.tr("Override the detected language"))
        self.show_all_topics = make(self.tr("Show &All Topics"), "Ctrl+0")
        self.sidecar = make(self.tr("&Sidecar JSON"), "Ctrl+J", checkable=True,
                            tip=self.tr("Show the article's annotation file (Ctrl+J)"))
        self.compare = make(self.tr("&Compare Articles…"), "Ctrl+Shift+M",
                            tip=self.tr("Every article's claims side by side, topic by topic, with a chart "
                                        "(Ctrl+Shift+M)"))
        self.next_pane = make(self.tr("Next &Pane"), ["F6", "Ctrl+Tab"],
                              tip=self.tr("Move to the next pane: library, text, notes (F6)"))
        self.previous_pane = make(self.tr("Pre&vious Pane"), ["Shift+F6", "Ctrl+Shift+Tab"],
                                  tip=self.tr("Move to the previous pane (Shift+F6)"))
        # Claims linked across articles (clusters), suggestions, and the reader beside.
        self.link_to = make(self.tr("L&ink to…"), "Ctrl+L",
                            tip=self.tr("Link the selected claim to a claim of another article: the same fact as "
                                   "another outlet reports it (Ctrl+L)"))
        self.find_elsewhere = make(self.tr("Find in &Other Articles"), "Ctrl+Shift+O",
                                   tip=self.tr("Passages of the other articles that likely report the selected claim or "
                                          "text (Ctrl+Shift+O)"))
        self.next_linked = make(self.tr("Go to Next &Linked Claim"), "Ctrl+]",
                                tip=self.tr("Open the next claim of the selected claim's cluster (Ctrl+])"))
        self.rename_cluster = make(self.tr("&Rename Cluster…"), tip=self.tr("Give the selected claim's cluster another label"))
        self.cluster_note = make(self.tr("Cluster &Note…"), tip=self.tr("Write the note of the selected claim's cluster"))
        self.leave_cluster = make(self.tr("Leave &Cluster"), tip=self.tr("Take the selected claim out of its cluster"))
        self.open_beside = make(self.tr("Open &Beside…"), "Ctrl+\\",
                                tip=self.tr("Open a second article beside this one, to compare and link them (Ctrl+\\)"))
        self.link_beside = make(self.tr("Link &Across Readers"), "Ctrl+Shift+L",
                                tip=self.tr("Link the claim or selection in this reader with the one in the other reader "
                                       "(Ctrl+Shift+L)"))
        self.swap_readers = make(self.tr("S&wap Readers"), tip=self.tr("Edit the article beside in the main reader"))
        self.close_beside = make(self.tr("Close Reader Besi&de"))
        self.agreement = make(self.tr("&Agreement…"), "Ctrl+Shift+G",
                              tip=self.tr("How far the reviewers agree, topic by topic and article by article "
                                     "(Ctrl+Shift+G)"))
        self.about = make(self.tr("&About Marginalia"))
        self.topic_actions: list[QAction] = []
        self.filter_actions: list[QAction] = []

    def add_pane_actions(self, window: QMainWindow, reader, notes) -> None:
        """Enter means one step further in, in the pane that has the focus: from the text
        to the selected claim's note, from a card to its claim in the text."""
        self.note_from_text = self._make(self.tr("Write Note on the Selected Claim"), ["Return", "Enter"], on=reader)
        self.go_to_claim = self._make(self.tr("&Show Claim in Text"), ["Return", "Enter"], on=notes,
                                      tip=self.tr("Go to the card's claim in the text (Enter)"))
        self.copy_card = self._make(self.tr("Copy Quote with Source"), StandardKey.Copy, on=notes)

    def build_menus(self, window: QMainWindow, undo, redo, recent_menu_title: str):
        bar = window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.open_folder)
        self.recent_menu = file_menu.addMenu(recent_menu_title)
        file_menu.addSeparator()
        file_menu.addAction(self.import_file)
        file_menu.addAction(self.export)
        file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addAction(undo)
        edit.addAction(redo)
        edit.addSeparator()
        edit.addAction(self.highlight)
        self.topic_menu = edit.addMenu(self.tr("&Topic of Claim"))
        edit.addAction(self.edit_note)
        edit.addAction(self.copy_quote)
        edit.addAction(self.delete)
        edit.addSeparator()
        edit.addAction(self.link_to)
        edit.addAction(self.link_beside)
        edit.addAction(self.find_elsewhere)
        self.cluster_menu = edit.addMenu(self.tr("Claim's Cl&uster"))
        for action in (self.next_linked, self.rename_cluster, self.cluster_note, self.leave_cluster):
            self.cluster_menu.addAction(action)
        span = edit.addMenu(self.tr("Claim &Span"))
        for action in (self.extend_end, self.shrink_end, self.extend_start, self.shrink_start, self.reattach):
            span.addAction(action)
        edit.addSeparator()
        edit.addAction(self.find)
        edit.addAction(self.find_next)
        edit.addAction(self.search_all)
        edit.addSeparator()
        edit.addAction(self.codebook)
        edit.addAction(self.language)
        view = self.view_menu = bar.addMenu(self.tr("&View"))
        self.filter_menu = view.addMenu(self.tr("Show Claims of &Topics"))
        self.filter_menu.aboutToShow.connect(self.draw_filter_icons)
        view.addAction(self.sidecar)
        view.addAction(self.compare)
        view.addSeparator()
        for action in (self.open_beside, self.swap_readers, self.close_beside):
            view.addAction(action)
        view.addSeparator()
        view.addAction(self.next_pane)
        view.addAction(self.previous_pane)
        self.reviewers_menu = bar.addMenu(self.tr("&Reviewers"))
        # Whose claims are shown (mine only, all, a chosen set) goes before this separator:
        # reviewers_menu.insertAction(reviewers_section, action).
        self.reviewers_section = self.reviewers_menu.addSeparator()
        self.reviewers_menu.addAction(self.agreement)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about)

    def build_toolbar(self, window: QMainWindow, undo, redo) -> QToolBar:
        undo.setIconText(self.tr("Undo"))
        redo.setIconText(self.tr("Redo"))
        toolbar = QToolBar(self.tr("Main"), window)
        toolbar.setObjectName("main-toolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.setMovable(False)
        toolbar.addAction(self.open_folder)
        toolbar.addSeparator()
        # Find first among the tools: the toolbar's overflow menu takes the last ones
        # when the window is narrow, and finding is what a reader looks for most.
        toolbar.addAction(self.find)
        toolbar.addSeparator()
        toolbar.addAction(self.highlight)
        self._topic_anchor = toolbar.addSeparator()
        toolbar.addAction(self.delete)
        toolbar.addSeparator()
        toolbar.addAction(undo)
        toolbar.addAction(redo)
        self.toolbar = toolbar
        window.addToolBar(toolbar)
        return toolbar

    def set_topics(self, window: QMainWindow, codebook, on_toggle, on_filter) -> None:
        """Rebuild the per-topic actions: tag (with the topic's key) and filter."""
        shown = {a.data() for a in self.filter_actions if a.isChecked()}
        for action in self.topic_actions + self.filter_actions:
            self.toolbar.removeAction(action)
            window.removeAction(action)
            action.deleteLater()
        self.topic_menu.clear()
        self.filter_menu.clear()
        self.topic_actions, self.filter_actions = [], []
        for topic in codebook:
            tip = (arg(self.tr("Toggle topic “%1” on the selected claim (%2)"), topic.name, topic.shortcut)
                   if topic.shortcut else arg(self.tr("Toggle topic “%1” on the selected claim"), topic.name))
            tag = self._make(topic.name, topic.shortcut or None, icon=topic_icon(topic.color), tip=tip)
            tag.triggered.connect(lambda _=False, t=topic.id: on_toggle(t))
            tag.setData(topic.id)
            self.topic_actions.append(tag)
            self.topic_menu.addAction(tag)
            self.toolbar.insertAction(self._topic_anchor, tag)
            show = self._make(topic.name, checkable=True,
                              tip=arg(self.tr("Show the claims tagged “%1”"), topic.name))
            show.setData(topic.id)
            show.setProperty("color", topic.color)  # its icon is drawn when the menu first opens
            show.setChecked(topic.id in shown)
            show.toggled.connect(lambda _=False: on_filter())
            self.filter_actions.append(show)
            self.filter_menu.addAction(show)
        self.filter_menu.addSeparator()
        self.filter_menu.addAction(self.show_all_topics)

    def draw_filter_icons(self) -> None:
        """Give the topic filters their icons (a ticked box in the topic's colour)."""
        for action in self.filter_actions:
            if action.icon().isNull():
                action.setIcon(filter_icon(action.property("color")))

    def toolbar_button(self, action: QAction):
        """The toolbar's button for `action`, if it has one."""
        return self.toolbar.widgetForAction(action)
