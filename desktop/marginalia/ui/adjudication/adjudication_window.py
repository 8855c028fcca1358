"""The Adjudication window: an article and two reviewers, their passages shaded, and a decision for each disagreement."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox, QFormLayout, QHBoxLayout, QLabel, QMainWindow, QPushButton, QSplitter, QVBoxLayout, QWidget,
)

from marginalia.core import adjudication as adj
from marginalia.core.reviewers import reviewers_of
from marginalia.ui.adjudication.passage_list import PassageList
from marginalia.ui.adjudication.passage_view import PassageView
from marginalia.ui.commands import AddClaimsCommand
from marginalia.ui.wording import arg, number


class AdjudicationWindow(QMainWindow):
    """Compares reviewers A and B on one article of the main window's session. Every
    decision is one step on the article's undo stack (the main window's too) and makes
    claims of the adjudicator, never touching A's or B's."""

    def __init__(self, main) -> None:
        super().__init__(main, Qt.WindowType.Window)
        self.setObjectName("adjudication-window")
        self.setWindowTitle(self.tr("Adjudicate — Marginalia"))
        self.main = main
        self.document = None
        self.items: list[adj.Item] = []
        self.settled: set[int] = set()
        self.current = -1
        self.article_combo, self.a_combo, self.b_combo = QComboBox(self), QComboBox(self), QComboBox(self)
        for combo, name in ((self.article_combo, self.tr("Article")), (self.a_combo, self.tr("Reviewer A")),
                            (self.b_combo, self.tr("Reviewer B"))):
            combo.setAccessibleName(name)
        self.text = PassageView(self)
        self.passages = PassageList(self)
        self.adjudicator_label = QLabel(self)
        self.adjudicator_label.setWordWrap(True)
        self.adjudicator_label.setTextFormat(Qt.TextFormat.PlainText)  # reviewers' names are never markup
        self.legend = QLabel(" ".join((
            self.tr("Green: the reviewers agree."),
            self.tr("Hatched orange: a disagreement to settle; grey once settled."),
            self.tr("A's claims are underlined (solid), B's overlined (dashed)."),
            self.tr("F8 / Shift+F8: next / previous disagreement."))), self)
        self.legend.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setAccessibleName(self.tr("Adjudication status"))
        self._make_actions()
        self._lay_out()
        self.article_combo.currentIndexChanged.connect(self._on_article_chosen)
        self.a_combo.currentIndexChanged.connect(self.refresh)
        self.b_combo.currentIndexChanged.connect(self.refresh)
        self.passages.currentRowChanged.connect(self.go_to)
        self.resize(1200, 760)

    def _make_actions(self) -> None:
        def make(text, keys, slot):
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(slot)
            self.addAction(action)
            return action

        self.keep_a = make(self.tr("Keep &A"), ["A"], lambda: self.decide("a"))
        self.keep_b = make(self.tr("Keep &B"), ["B"], lambda: self.decide("b"))
        self.keep_both = make(self.tr("&Keep Both"), ["K"], lambda: self.decide("both"))
        self.edit = make(self.tr("&Edit in the Main Window"), ["E"], self.edit_in_main)
        self.next = make(self.tr("&Next Disagreement"), ["F8"], lambda: self.step(1))
        self.previous = make(self.tr("&Previous Disagreement"), ["Shift+F8"], lambda: self.step(-1))
        self.accept = make(self.tr("Accept All A&greements"), [], self.accept_agreements)
        self.undo = make(self.tr("&Undo"), ["Ctrl+Z"], lambda: self._stack() and self._stack().undo())
        self.redo = make(self.tr("&Redo"), ["Ctrl+Shift+Z", "Ctrl+Y"], lambda: self._stack() and self._stack().redo())

    def _lay_out(self) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Article:"), self.article_combo)
        pair = QHBoxLayout()
        pair.addWidget(self.a_combo, 1)
        pair.addWidget(QLabel(self.tr("and"), self))
        pair.addWidget(self.b_combo, 1)
        label = QLabel(self.tr("&Reviewers A and B:"), self)
        label.setBuddy(self.a_combo)
        form.addRow(label, pair)
        form.addRow("", self.adjudicator_label)
        side = QWidget(self)
        column = QVBoxLayout(side)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.passages, 1)
        for actions in ((self.keep_a, self.keep_b, self.keep_both), (self.edit,), (self.previous, self.next),
                        (self.accept,)):
            row = QHBoxLayout()
            for action in actions:
                key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                button = QPushButton(action.text() + (f"  ({key})" if key else ""), side)
                button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
                button.clicked.connect(action.trigger)
                row.addWidget(button)
            column.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.text)
        splitter.addWidget(side)
        splitter.setSizes([700, 500])
        centre = QWidget(self)
        layout = QVBoxLayout(centre)
        layout.addLayout(form)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.legend)
        layout.addWidget(self.status)
        self.setCentralWidget(centre)

    # -- choosing ------------------------------------------------------------------
    def set_articles(self, paths: list[Path], names: list[str], chosen: Path | None) -> None:
        self.article_combo.blockSignals(True)
        self.article_combo.clear()
        for path, name in zip(paths, names):
            self.article_combo.addItem(name, str(path))
        index = self.article_combo.findData(str(chosen)) if chosen is not None else 0
        self.article_combo.setCurrentIndex(max(index, 0))
        self.article_combo.blockSignals(False)
        self._on_article_chosen()

    def choose(self, article: Path | None = None, a: str | None = None, b: str | None = None) -> None:
        """Choose the article and the reviewers (tests and the launcher)."""
        if article is not None:
            self.article_combo.setCurrentIndex(self.article_combo.findData(str(article)))
        for combo, name in ((self.a_combo, a), (self.b_combo, b)):
            if name is not None:
                combo.setCurrentIndex(combo.findData(name))

    def _on_article_chosen(self) -> None:
        session = self.main.session
        data = self.article_combo.currentData()
        if session is None or not data:
            return
        self.main.open_article(Path(data))  # the main window shows it too: its undo is this one's
        self.document = session.document(Path(data))
        names = reviewers_of(c for c in self.document.claims() if not c.derived_from)
        for combo, default in ((self.a_combo, 0), (self.b_combo, 1)):
            kept = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for name in names:
                combo.addItem(name or self.tr("(no reviewer)"), name)
            index = combo.findData(kept) if kept is not None else -1
            combo.setCurrentIndex(index if index >= 0 else min(default, len(names) - 1))
            combo.blockSignals(False)
        self.text.set_document(self.document, session.codebook)
        self.current = -1
        self.refresh()

    def reviewers(self) -> tuple[str, str]:
        return self.a_combo.currentData() or "", self.b_combo.currentData() or ""

    # -- showing -------------------------------------------------------------------
    def refresh(self, *_args) -> None:
        """Pair the claims again (after a choice or an edit), keeping the passage shown."""
        if self.document is None:
            return
        kept = self.items[self.current].ids() if 0 <= self.current < len(self.items) else None
        a, b = self.reviewers()
        claims = list(self.document.claims())
        self.items = adj.compare(claims, a, b) if a != b else []
        self.settled = adj.settled_items(self.items, claims)
        self.current = next((i for i, item in enumerate(self.items) if item.ids() == kept), -1)
        if self.current < 0 and self.items:
            self.current = next((i for i, it in enumerate(self.items) if not it.agrees and i not in self.settled), 0)
        name = self.main.settings.author if self.main.settings.author_set else ""
        self.adjudicator_label.setText(arg(self.tr("Decisions are saved as claims of %1, recording the claims they "
                                                   "come from."), name or self.tr("you (asked once)")))
        topic_names = {t.id: t.name for t in self.main.session.codebook}
        self.passages.show_items(self.items, self.settled, (a or "A", b or "B"), topic_names, self.current)
        self.text.set_items(self.items, self.settled, self.current)
        open_ones = sum(1 for i, it in enumerate(self.items) if not it.agrees and i not in self.settled)
        agree = sum(1 for it in self.items if it.agrees)
        if a == b:
            self.status.setText(self.tr("Choose two different reviewers."))
        else:
            self.status.setText(arg(self.tr("Agreements: %1. Disagreements left to settle: %2."),
                                    number(agree), number(open_ones)))

    def go_to(self, number: int) -> None:
        if not 0 <= number < len(self.items):
            return
        self.current = number
        self.passages.blockSignals(True)
        self.passages.setCurrentRow(number)
        self.passages.blockSignals(False)
        self.text.set_items(self.items, self.settled, number)
        item = self.items[number]
        if not self.text.shows(item.start):
            self.text.reveal(item.start)

    def step(self, direction: int) -> None:
        """F8 / Shift+F8: the next (or previous) disagreement."""
        number = self.current + direction
        while 0 <= number < len(self.items) and self.items[number].agrees:
            number += direction
        if 0 <= number < len(self.items):
            self.go_to(number)
        else:
            self.main.show_message(self.tr("No more disagreements that way."))
            self.status.setText(self.tr("No more disagreements that way."))

    # -- deciding ------------------------------------------------------------------
    def _stack(self):
        return self.main.session.undo_stack(self.document) if self.document is not None else None

    def _item(self) -> adj.Item | None:
        return self.items[self.current] if 0 <= self.current < len(self.items) else None

    def _push(self, claims, label: str) -> None:
        self._stack().push(AddClaimsCommand(self.main.session, self.document, claims, label))

    def decide(self, side: str) -> None:
        """Keep A's claims ("a"), B's ("b") or both: claims of the adjudicator, one undo step."""
        item = self._item()
        if item is None or self.document.read_only:
            return
        claims = adj.keep_side(self.document.text, item, side, self.main.reviewers.name_for_new_claim())
        if not claims:
            self.status.setText(self.tr("That reviewer coded nothing here: choose the other, or both."))
            return
        labels = {"a": self.tr("Keep A's claim"), "b": self.tr("Keep B's claim"), "both": self.tr("Keep both claims")}
        self._push(claims, labels[side])
        self._to_next_open()

    def _to_next_open(self) -> None:
        """After a decision: on to the next disagreement still to settle, if there is one."""
        for number in range(self.current + 1, len(self.items)):
            if not self.items[number].agrees and number not in self.settled:
                self.go_to(number)
                return

    def edit_in_main(self) -> None:
        """One claim over the whole passage, with every topic and note, chosen in the
        main window to be adjusted there (span keys, topic keys, N for the note)."""
        item = self._item()
        if item is None or self.document.read_only:
            return
        claim = adj.decision(self.document.text, (*item.a, *item.b), self.main.reviewers.name_for_new_claim())
        self._push([claim], self.tr("Settle by editing"))
        self.main.show_claim(self.document.article.path, claim.id)

    def accept_agreements(self) -> None:
        """Every agreement not taken yet becomes a claim of the adjudicator: one undo step."""
        if self.document is None or self.document.read_only:
            return
        who = None
        claims = []
        for number, item in enumerate(self.items):
            if item.agrees and number not in self.settled:
                who = who or self.main.reviewers.name_for_new_claim()
                claims.append(adj.agreement_decision(self.document.text, item, who))
        if claims:
            self._push(claims, self.tr("Accept all agreements"))
