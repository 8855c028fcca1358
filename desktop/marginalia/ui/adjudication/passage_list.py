"""The list of passages beside the adjudication's text: each agreement and disagreement in words, with its state."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from marginalia.core.adjudication import EXACT, OVERLAP, Item
from marginalia.ui.wording import arg


class PassageWords(QObject):
    """How a passage is told: kind, each side's topics, settled or not (plain text, as a screen reader reads it)."""

    def kind(self, item: Item) -> str:
        if item.kind == EXACT:
            return self.tr("Agreement (same span, same topics)")
        if item.kind == OVERLAP:
            return self.tr("Agreement (overlapping, same topics)")
        if not item.a or not item.b:
            return self.tr("Disagreement (coded by one reviewer only)")
        return self.tr("Disagreement")

    def side(self, name: str, claims, topic_names: dict[str, str]) -> str:
        if not claims:
            return arg(self.tr("%1: nothing coded"), name)
        parts = []
        for claim in claims:
            topics = ", ".join(topic_names.get(t, t) for t in claim.topics) or self.tr("no topic")
            parts.append(topics + (" — “" + claim.note.replace("\n", " ") + "”" if claim.note else ""))
        return arg(self.tr("%1: %2"), name, "; ".join(parts))

    def line(self, number: int, item: Item, names: tuple[str, str], topic_names: dict[str, str],
             settled: bool) -> str:
        state = self.tr("settled") if settled else (self.tr("to settle") if not item.agrees else "")
        head = f"{number + 1}. {self.kind(item)}" + (f" · {state}" if state else "")
        return "\n".join((head, self.side(names[0], item.a, topic_names), self.side(names[1], item.b, topic_names)))


class PassageList(QListWidget):
    """One row per passage, in reading order; the row's text says everything its shading does."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Passages compared"))
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSpacing(3)
        self.words = PassageWords(self)

    def show_items(self, items: list[Item], settled: set[int], names: tuple[str, str],
                   topic_names: dict[str, str], current: int) -> None:
        self.blockSignals(True)
        self.clear()
        for number, item in enumerate(items):
            text = self.words.line(number, item, names, topic_names, number in settled)
            row = QListWidgetItem(text, self)
            row.setData(Qt.ItemDataRole.AccessibleTextRole, text.replace("\n", ". "))
            row.setToolTip(text)
        if 0 <= current < self.count():
            self.setCurrentRow(current)
        self.blockSignals(False)
