"""Reviewers ▸ whose claims are shown (mine only, all, a chosen set), put in force in every pane, and the reviewer's name."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel

from marginalia.core.reviewers import ALL, CHOSEN, MINE, ReviewerView, reviewers_of
from marginalia.ui.reviewers import name_dialog
from marginalia.ui.wording import arg


class ReviewersMenu(QObject):
    """Owns the window's ReviewerView: builds its menu entries (one checkable entry per
    reviewer found in the corpus, listed afresh each time the menu opens), keeps the
    choice in the settings and announces each change with `changed`."""

    changed = Signal(object)  # ReviewerView

    def __init__(self, window) -> None:
        super().__init__(window)
        self.main = window
        settings = window.settings
        menu, before = window.actions.reviewers_menu, window.actions.reviewers_section
        self.mine = QAction(self.tr("&My Claims Only (Independent Coding)"), window, checkable=True)
        self.mine.setStatusTip(self.tr("Hide the other reviewers' claims, notes and counts everywhere, "
                                       "to code without seeing them"))
        self.everyone = QAction(self.tr("A&ll Reviewers"), window, checkable=True)
        self.everyone.setStatusTip(self.tr("Show every reviewer's claims"))
        self.header = QAction(self.tr("Only These Reviewers:"), window)
        self.header.setEnabled(False)
        self.name_action = QAction(self.tr("Your Reviewer &Name…"), window)
        self.name_action.setStatusTip(self.tr("The name your new claims are saved under"))
        for action in (self.mine, self.everyone):
            menu.insertAction(before, action)
        menu.insertSeparator(before)
        menu.insertAction(before, self.header)
        self._names_end = menu.insertSeparator(before)
        menu.insertAction(before, self.name_action)
        self.reviewer_actions: list[QAction] = []
        mode = settings.reviewer_mode
        self.view = ReviewerView(mode if mode in (ALL, MINE, CHOSEN) else ALL, settings.author,
                                 frozenset(settings.reviewers_chosen))
        self.label = QLabel(window)
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # reviewers' names are never markup
        self.label.setAccessibleName(self.tr("Reviewers shown"))
        window.statusBar().addPermanentWidget(self.label)
        self.mine.triggered.connect(lambda: self.set_view(ReviewerView(MINE, self.view.me, self.view.chosen)))
        self.everyone.triggered.connect(lambda: self.set_view(ReviewerView(ALL, self.view.me, self.view.chosen)))
        self.name_action.triggered.connect(self.edit_name)
        menu.aboutToShow.connect(self.list_reviewers)
        self._show_state()

    # -- the reviewers found ---------------------------------------------------
    def found(self) -> list[str]:
        """Every reviewer with claims in the corpus (library rows and open articles), the
        reviewers chosen and the user."""
        names = set(self.view.chosen) | {self.view.me}
        model = self.main.library.model
        for row in range(model.rowCount()):
            names.update(model.entry(row).reviewer_counts)
        session = self.main.session
        if session is not None:
            for document in session.open_documents():
                names.update(reviewers_of(document.claims()))
        return sorted(names, key=lambda name: (name.casefold(), name))

    def list_reviewers(self) -> None:
        """One checkable entry per reviewer found, between the header and the name entry."""
        menu = self.main.actions.reviewers_menu
        for action in self.reviewer_actions:
            menu.removeAction(action)
            action.deleteLater()
        self.reviewer_actions = []
        for name in self.found():
            shown = name.replace("&", "&&") or self.tr("(no reviewer)")  # a name's "&" is no mnemonic
            if name == self.view.me:
                shown = arg(self.tr("%1 (you)"), shown)
            action = QAction(shown, self.main, checkable=True)
            action.setData(name)
            action.setChecked(self.view.mode == CHOSEN and name in self.view.chosen)
            action.triggered.connect(lambda checked, n=name: self.choose(n, checked))
            menu.insertAction(self._names_end, action)
            self.reviewer_actions.append(action)

    def reviewer_action(self, name: str) -> QAction | None:
        """The menu entry of reviewer `name` (after list_reviewers)."""
        return next((a for a in self.reviewer_actions if a.data() == name), None)

    # -- choosing ------------------------------------------------------------
    def choose(self, name: str, shown: bool) -> None:
        """Tick or untick one reviewer: the view becomes the chosen set."""
        chosen = set(self.view.chosen) if self.view.mode == CHOSEN else set()
        (chosen.add if shown else chosen.discard)(name)
        self.set_view(ReviewerView(CHOSEN, self.view.me, frozenset(chosen)))

    def set_view(self, view: ReviewerView) -> None:
        settings = self.main.settings
        settings.reviewer_mode = view.mode
        settings.reviewers_chosen = sorted(view.chosen)
        changed = view != self.view
        self.view = view
        self._show_state()
        if changed:
            self.changed.emit(view)

    def _show_state(self) -> None:
        view = self.view
        self.mine.setChecked(view.mode == MINE)
        self.everyone.setChecked(view.mode == ALL)
        for action in self.reviewer_actions:
            action.setChecked(view.mode == CHOSEN and action.data() in view.chosen)
        if view.mode == MINE:
            text = arg(self.tr("Independent coding: only your claims (%1) are shown"), view.me)
        elif view.mode == CHOSEN:
            names = ", ".join(sorted(n or self.tr("(no reviewer)") for n in view.chosen)) or self.tr("nobody")
            text = arg(self.tr("Claims of %1 only"), names)
        else:
            text = ""
        self.label.setText(text)
        self.label.setVisible(bool(text))

    # -- the reviewer's name -------------------------------------------------------
    def name_for_new_claim(self) -> str:
        """The author of a claim being made: the first time, with no name given yet, the
        window asks for it once (never in a headless run)."""
        settings = self.main.settings
        if not settings.author_set and not self.main.headless:
            answer = self.main._ask_reviewer_name(settings.author)
            if answer or settings.author.strip():  # cancelled: the default name, when there is one
                self._take_name(answer or settings.author)
        return settings.author

    def edit_name(self) -> None:
        answer = self.main._ask_reviewer_name(self.main.settings.author)
        if answer:
            self._take_name(answer)
            self.main.show_message(arg(self.tr("New claims are saved under the name %1."), answer))

    def _take_name(self, name: str) -> None:
        self.main.settings.author = name
        self.set_view(ReviewerView(self.view.mode, name, self.view.chosen))


def ask(parent, current: str) -> str | None:
    """The modal question, through the module so tests can replace it."""
    return name_dialog.ask_reviewer_name(parent, current)


def show_reviewers(window, view: ReviewerView) -> None:
    """Hide the claims of the reviewers `view` does not show, in every pane of `window`;
    they stay in the documents, where saving writes them as they are. A chosen claim
    that is hidden now is chosen no more, so no key acts on a claim out of sight."""
    annotator = window.annotator
    if annotator is not None:  # first: the notes must not pass the choice on to a neighbour
        claim = annotator.current()
        if claim is not None and not view.shows(claim):
            annotator.set_current(None)
            window.notes.select_claim(None)
    window.reader.set_reviewer_view(view)
    window.notes.proxy.set_reviewer_view(view)
    window.library.model.set_reviewer_view(view)
    window.compare.set_reviewer_view(view)
    if window.sidecar_view is not None:
        window.sidecar_view.set_reviewer_view(view)
    if window.session is not None:
        window._show_document_state(window.session.current)  # the status bar's count of claims
    window.margin.schedule()
