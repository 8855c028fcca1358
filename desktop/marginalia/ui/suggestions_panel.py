"""Find in Other Articles: passages of the other articles that likely report the chosen claim, to preview and accept.

For each other article, its passages best first with a plain-language strength. Enter
(or a click) previews a passage in the reader beside; Accept (Ctrl+Enter, or the
button) makes it a claim of that article with the source claim's topics, in the
source claim's cluster (a new one when it has none) — one undo step (ui.linking).
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget,
)

from marginalia.core.suggest.strength import LIKELY, POSSIBLE, STRONG, strengths
from marginalia.ui.linking import Side, short_quote
from marginalia.ui.wording import arg, number
from marginalia.ui.language_names import language_name

QUOTE_SHOWN = 220
SUGGESTION = Qt.ItemDataRole.UserRole


class _Tree(QTreeWidget):
    """Enter previews the passage chosen, Ctrl+Enter accepts it."""

    def __init__(self, panel) -> None:
        super().__init__(panel)
        self.panel = panel

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                self.panel.accept_current()
            else:
                self.panel.preview_current()
            return
        super().keyPressEvent(event)


class SuggestionsPanel(QWidget):
    """The pane's content: what is looked for, the passages found, Preview and Accept."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.source: Side | None = None
        self.keep: tuple[str, int] | None = None  # (article, offset) in the passage to choose again
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.tree = _Tree(self)
        self.tree.setAccessibleName(self.tr("Passages found in the other articles"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels([self.tr("Passage"), self.tr("Same fact?")])
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the quote takes the room
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setWordWrap(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.itemActivated.connect(lambda item, _column: self.preview(item))
        self.tree.itemClicked.connect(lambda item, _column: self.preview(item))
        self.tree.currentItemChanged.connect(self._on_tree_current_item_changed)
        self.preview_button = QPushButton(self.tr("&Preview"), self)
        self.preview_button.setToolTip(self.tr("Show the passage in the reader beside (Enter)"))
        self.accept_button = QPushButton(self.tr("&Accept"), self)
        self.accept_button.setToolTip(self.tr("Make the passage a claim of its article, linked with this claim "
                                              "(Ctrl+Enter)"))
        self.preview_button.clicked.connect(self.preview_current)
        self.accept_button.clicked.connect(self.accept_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addWidget(self.accept_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.heading)
        layout.addWidget(self.status)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)
        self._on_tree_current_item_changed(None, None)
        self.show_empty()

    def show_empty(self) -> None:
        self.source = None
        self.tree.clear()
        self.heading.setText(self.tr("Choose a claim (or select text) and press Ctrl+Shift+O to find the same "
                                     "fact in the other articles."))
        self.status.setText("")

    def show_source(self, source: Side, quote: str) -> None:
        self.source = source
        self.tree.clear()
        language = language_name(source.document.language)
        self.heading.setText(arg(self.tr("Passages of the other articles like “%1” (%2, %3)"),
                                 short_quote(quote, 160), short_quote(source.document.article.title, 80), language))
        self.status.setText(self.tr("Looking in the other articles…"))

    def show_answer(self, answer, title_of, linked_spans) -> None:
        """Fill the tree from an Answer: the articles by title, their passages best first."""
        self.tree.clear()
        if answer.error:
            self.status.setText(arg(self.tr("Suggestions could not be made: %1"), answer.error))
            return
        first = None
        articles = sorted(answer.found, key=lambda name: (title_of(name).casefold(), name))
        for name in articles:
            found = answer.found[name]
            if not found:
                continue
            words = strengths([s.score for s in found])
            language = self._language_of(name)
            top = QTreeWidgetItem([" · ".join(p for p in (language, short_quote(title_of(name), 90)) if p),
                                   self._word(words[0])])
            top.setToolTip(0, QtGui.Qt.convertFromPlainText(name))
            self.tree.addTopLevelItem(top)
            for suggestion, word in zip(found, words):
                linked = linked_spans(name, suggestion.start, suggestion.end)
                quote = arg(self.tr("“%1”"), short_quote(suggestion.quote, QUOTE_SHOWN))
                match = self.tr("linked") if linked else self._word(word)
                item = QTreeWidgetItem([quote, match])
                item.setData(0, SUGGESTION, suggestion)
                item.setToolTip(0, QtGui.Qt.convertFromPlainText(suggestion.quote))
                item.setToolTip(1, arg(self.tr("score %1"), number(suggestion.score, 2)))
                top.addChild(item)
                first = first or item
                if self.keep is not None and self.keep[0] == name and \
                        suggestion.start <= self.keep[1] < suggestion.end:
                    first = item
            top.setExpanded(True)
        count = sum(1 for name in articles if answer.found[name])
        said = self.tr("%n article(s) searched. Enter previews a passage beside; Ctrl+Enter accepts it as a "
                       "linked claim.", "", count) if count else self.tr("No other article to search.")
        left_out = sorted(answer.problems)
        if left_out:
            said = arg(self.tr("%1\nLeft out, as they cannot be read: %2"), said, ", ".join(left_out))
        self.status.setText(said)
        self.keep = None
        if first is not None:
            self.tree.setCurrentItem(first)

    def _language_of(self, name: str) -> str:
        entry = self.window.library.entry_for(self.window.session.corpus.root / name)
        return language_name(entry.language) if entry is not None and entry.language else ""

    def _word(self, strength: str) -> str:
        return {STRONG: self.tr("strong"), LIKELY: self.tr("likely"), POSSIBLE: self.tr("possible")}.get(
            strength, self.tr("weak"))

    def current_suggestion(self):
        item = self.tree.currentItem()
        return item.data(0, SUGGESTION) if item is not None else None

    def _on_tree_current_item_changed(self, current, _previous) -> None:
        chosen = current is not None and current.data(0, SUGGESTION) is not None
        self.preview_button.setEnabled(chosen)
        self.accept_button.setEnabled(chosen)

    def preview(self, item) -> None:
        if item is not None and item.data(0, SUGGESTION) is not None:
            self.window.suggestions.preview(item.data(0, SUGGESTION))

    def preview_current(self) -> None:
        self.preview(self.tree.currentItem())

    def accept_current(self) -> None:
        suggestion = self.current_suggestion()
        if suggestion is not None:
            self.window.suggestions.accept(suggestion)
