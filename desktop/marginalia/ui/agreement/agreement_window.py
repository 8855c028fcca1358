"""The Agreement window: who and what to compare, the figures pooled and per article, and the heat map."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout, QLabel, QProgressBar, QPushButton, QTabWidget, QTextBrowser, QVBoxLayout, QWidget,
)

from marginalia.core.agreement import CorpusAgreement
from marginalia.core.agreement.table import article_rows, pooled_rows
from marginalia.core.compare.display import one_line
from marginalia.ui.agreement.checklist import ChecklistButton
from marginalia.ui.agreement.figure_table import FigureTablePane
from marginalia.ui.agreement.heat_map_view import HeatMapPanel
from marginalia.ui.agreement.wording import AgreementWords
from marginalia.ui.wording import arg, number

KINDS = ("reviewers", "articles", "topics")


class AgreementWindow(QWidget):
    """Shows one CorpusAgreement. `refresh_requested` asks for every article to be read
    again; `choices_changed` for the figures to be measured with the new choice."""

    refresh_requested = Signal()
    choices_changed = Signal()

    def __init__(self, settings, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.settings = settings
        self.setWindowTitle(self.tr("Agreement between Reviewers — Marginalia"))
        self.words = AgreementWords(self)
        self.intro = QLabel(self.tr(
            "How far the reviewers agree on where each topic applies, character by character. Choose who and what "
            "to compare; the figures follow your edits, unsaved ones included."), self)
        self.intro.setWordWrap(True)
        self.intro.setAccessibleName(self.tr("What the window measures"))
        self.choosers = {"reviewers": ChecklistButton(self.tr("&Reviewers"), self),
                         "articles": ChecklistButton(self.tr("&Articles"), self),
                         "topics": ChecklistButton(self.tr("&Topics"), self)}
        self.corpus: Path | None = None  # whose choices the choosers hold
        for kind, button in self.choosers.items():
            button.changed.connect(lambda k=kind: self._on_chooser_changed(k))
        self.refresh_button = QPushButton(self.tr("R&efresh"), self)
        self.refresh_button.setAccessibleDescription(self.tr("Read every article's claims again"))
        self.refresh_button.setToolTip(self.tr("Read every article's claims again, e.g. after another program "
                                               "changed them (F5)"))
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(280)
        self.progress.setAccessibleName(self.tr("Progress"))
        self.progress.hide()
        self.summary = self._plain_label(self.tr("Compared"))
        self.problems = self._plain_label(self.tr("Not counted"))
        self.problems.setStyleSheet("QLabel { color: #8C1D18; }")
        self.problems.hide()
        self.pooled = FigureTablePane(self.words, False, self.tr("Figures pooled over the articles"),
                                      "agreement-pooled", self)
        self.explanation = QTextBrowser(self)
        self.explanation.setAccessibleName(self.tr("What the figures mean"))
        self.explanation.setAccessibleDescription(self.tr("What each figure says and when to rely on it"))
        self.explanation.setHtml(self.words.explanation_html())
        pooled_tab = QWidget(self)
        pooled_column = QVBoxLayout(pooled_tab)
        pooled_column.addWidget(self.pooled)
        pooled_column.addWidget(self.explanation, 1)
        self.pooled.table.fit_height = True  # a few rows: the key below gets the rest
        self.per_article = FigureTablePane(self.words, True, self.tr("Figures article by article"),
                                           "agreement-by-article", self)
        per_article_tab = QWidget(self)
        QVBoxLayout(per_article_tab).addWidget(self.per_article)
        self.heat_map = HeatMapPanel(self.words, self)
        self.heat_map.set_figure(settings.agreement_figure)
        heat_tab = QWidget(self)
        QVBoxLayout(heat_tab).addWidget(self.heat_map)
        self.tabs = QTabWidget(self)
        self.tabs.addTab(pooled_tab, self.tr("P&ooled"))
        self.tabs.setTabToolTip(0, self.tr("The figures of each topic over all the chosen articles together"))
        self.tabs.addTab(per_article_tab, self.tr("Article &by Article"))
        self.tabs.setTabToolTip(1, self.tr("The figures of each topic in each article"))
        self.tabs.addTab(heat_tab, self.tr("&Heat Map"))
        self.tabs.setTabToolTip(2, self.tr("One figure for each article and topic, as colours"))
        self.tabs.setCurrentIndex(min(max(settings.agreement_tab, 0), self.tabs.count() - 1))
        self.tabs.setAccessibleName(self.tr("Views of the figures"))
        self.tabs.setAccessibleDescription(self.tr("The figures pooled over the articles, article by article, "
                                                   "or as a heat map"))
        self.tabs.tabBar().setAccessibleName(self.tr("Views of the figures"))
        self.message = self._plain_label(self.tr("Messages"))
        bar = QHBoxLayout()
        for kind in KINDS:
            bar.addWidget(self.choosers[kind])
        bar.addStretch(1)
        bar.addWidget(self.progress)
        bar.addWidget(self.refresh_button)
        column = QVBoxLayout(self)
        column.addWidget(self.intro)
        column.addLayout(bar)
        column.addWidget(self.summary)
        column.addWidget(self.problems)
        column.addWidget(self.tabs, 1)
        column.addWidget(self.message)
        self.refresh_button.clicked.connect(self.refresh_requested)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, self.refresh_requested.emit)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Close), self, self.close)
        self.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.heat_map.figure_changed.connect(self._on_heat_map_figure_changed)
        for pane in (self.pooled, self.per_article):
            pane.saved.connect(self._on_saved)
            pane.copied.connect(lambda: self.message.setText(self.tr("Table copied.")))
        self.heat_map.chart.saved.connect(self._on_saved)
        # Tab: the choices, Refresh, the tabs, then what the current tab holds (hidden tabs are skipped).
        chain = [*self.choosers.values(), self.refresh_button, self.tabs, self.pooled.table, self.pooled.copy_button,
                 self.pooled.csv_button, self.explanation, self.per_article.table, self.per_article.copy_button,
                 self.per_article.csv_button, self.heat_map.figure, self.heat_map.canvas,
                 self.heat_map.chart.png_button, self.heat_map.chart.svg_button]
        for before, after in zip(chain, chain[1:]):
            self.setTabOrder(before, after)
        geometry = settings.agreement_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1120, 780)

    def _plain_label(self, name: str) -> QLabel:
        label = QLabel(self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # names from files are shown as written, never as markup
        label.setWordWrap(True)
        label.setAccessibleName(name)
        return label

    # -- choices -----------------------------------------------------------------
    def set_corpus(self, root: Path) -> None:
        """Take the choices remembered for the folder at `root` (nothing left out at first)."""
        if root == self.corpus:
            return
        self.corpus = root
        left_out = self.settings.agreement_left_out(root)
        for kind, button in self.choosers.items():
            button.set_items([], left_out[kind])

    def left_out(self, kind: str) -> set[str]:
        return self.choosers[kind].left_out()

    def _on_chooser_changed(self, kind: str) -> None:
        if self.corpus is not None:
            self.settings.set_agreement_left_out(self.corpus, kind, sorted(self.choosers[kind].left_out()))
        self.choices_changed.emit()

    # -- state ---------------------------------------------------------------------
    def set_reading(self, done: int, total: int) -> None:
        """Show how far the reading has come (total 0: hide the bar)."""
        self.progress.setVisible(total > 0)
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        self.progress.setFormat(arg(self.tr("Reading articles… %1 of %2"), number(done), number(total)))

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def show_result(self, result: CorpusAgreement, articles: Sequence[tuple[str, str]],
                    titles: Mapping[str, str], languages: Mapping[str, str], topic_names: Mapping[str, str]) -> None:
        """Show `result`; `articles` are every article (name, label) the chooser offers."""
        report = result.report
        self.choosers["reviewers"].set_items([(r, r) for r in result.reviewers_found])
        self.choosers["articles"].set_items(articles)
        self.choosers["topics"].set_items([(t, topic_names.get(t) or t) for t in result.topics_found])
        self.pooled.model.set_rows(pooled_rows(report), topic_labels=topic_names, coded=report.coded,
                                   units=report.units)
        # Language, then title: the language tells apart the articles that report one story in several.
        headed = {name: " · ".join(p for p in (languages.get(name, ""), one_line(titles.get(name) or name)) if p)
                  for name in report.articles}
        self.per_article.model.set_rows(article_rows(report), article_labels=headed, topic_labels=topic_names)
        self.heat_map.set_report(report, self._compared(report), headed, languages, topic_names)
        if not result.reviewers_found:
            self.summary.setText(self.tr(
                "No claim in the chosen articles has a reviewer's name yet. Agreement compares the claims of two or "
                "more reviewers; each claim records who made it."))
        else:
            unsaved = self.tr("Unsaved changes are included.") if len(report.reviewers) > 1 else ""
            self.summary.setText(arg(self.tr("%1 %2"), self._compared(report), unsaved).strip())
        notes = self._not_counted(result)
        self.problems.setText("\n".join(notes))
        self.problems.setVisible(bool(notes))

    def _compared(self, report) -> str:
        """Who was compared on what, in a sentence (also the heat map's subtitle)."""
        names = [one_line(r, 80) or self.tr("(no name)") for r in report.reviewers]
        if not names:
            return self.tr("No reviewer is chosen: agreement needs at least two. Tick them under Reviewers.")
        if len(names) == 1:
            return arg(self.tr("Only %1 is chosen: agreement needs at least two reviewers. Tick another under "
                               "Reviewers."), names[0])
        who = arg(self.tr("%1 and %2 compared"), ", ".join(names[:-1]), names[-1])
        # Each count its own plural, with the preposition it takes, for languages that decline after it.
        return arg(self.tr("%1 %2 (%3) and %4."), who, self.tr("on %Ln article(s)", "", len(report.articles)),
                   self.tr("%Ln character(s)", "", report.units), self.tr("%Ln topic(s)", "", len(report.topics)))

    def _not_counted(self, result: CorpusAgreement) -> list[str]:
        notes = [arg(self.tr("Left out: %1"), one_line(str(p), 300)) for p in result.problems[:5]]
        if len(result.problems) > 5:
            notes.append(self.tr("… and %Ln more problem(s)", "", len(result.problems) - 5))
        if result.orphaned:
            notes.append(self.tr("%Ln claim(s) could not be placed in the article's text and are not counted.", "",
                                 result.orphaned))
        if result.unattributed:
            notes.append(self.tr("%Ln claim(s) have no reviewer name and are not counted.", "", result.unattributed))
        return notes

    # -- remembered -----------------------------------------------------------------
    def _on_tabs_current_changed(self, index: int) -> None:
        self.settings.agreement_tab = index

    def _on_heat_map_figure_changed(self, name: str) -> None:
        self.settings.agreement_figure = name

    def _on_saved(self, path) -> None:
        self.message.setText(arg(self.tr("Saved to %1"), path))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.settings.agreement_geometry = self.saveGeometry()

    def moveEvent(self, event) -> None:
        super().moveEvent(event)
        self.settings.agreement_geometry = self.saveGeometry()
