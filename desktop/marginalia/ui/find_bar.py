"""Find in the article (Ctrl+F): every match painted, Enter / Shift+Enter to step."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from marginalia.ui.wording import arg, number


def _fold_char(ch: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
    folded = bare.casefold()
    return folded[:1] or ch  # one character for one, so offsets stay the same


def fold_for_search(text: str) -> str:
    """`text` without case and diacritics, character for character ("Tiềm" → "tiem")."""
    return text.translate({ord(ch): _fold_char(ch) for ch in set(text)})


def find_all(text: str, query: str, limit: int = 100_000, folded_text: str | None = None) -> list[tuple[int, int]]:
    """Matches of `query` in `text` ignoring case and diacritics, as code-point spans."""
    needle = fold_for_search(query)
    if not needle:
        return []
    haystack = folded_text if folded_text is not None else fold_for_search(text)
    found, at = [], haystack.find(needle)
    while at >= 0 and len(found) < limit:
        found.append((at, at + len(needle)))
        at = haystack.find(needle, at + 1)
    return found


class FindBar(QWidget):
    """Emits the matches and the current one; the reader paints them."""

    matches_changed = Signal(list, int)  # [(start, end)], current index
    closed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._text = ""
        self._folded: str | None = None
        self._matches: list[tuple[int, int]] = []
        self._current = -1
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Find in article"))
        self.edit.setAccessibleName(self.tr("Find in article"))
        self.edit.setAccessibleDescription(self.tr("Every match is painted in the text; Enter goes to the next, "
                                                   "Shift+Enter to the previous, Esc closes"))
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setAccessibleName(self.tr("Matches"))
        previous = QToolButton(self, text="↑", toolTip=self.tr("Previous match (Shift+Enter)"))
        previous.setAccessibleName(self.tr("Previous match"))
        following = QToolButton(self, text="↓", toolTip=self.tr("Next match (Enter)"))
        following.setAccessibleName(self.tr("Next match"))
        close = QToolButton(self, text="✕", toolTip=self.tr("Close (Esc)"))
        close.setAccessibleName(self.tr("Close the find bar"))
        self._buttons = (previous, following, close)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        for widget in (self.edit, self.count, previous, following, close):
            layout.addWidget(widget)
        self.edit.textChanged.connect(self._search)
        self.edit.returnPressed.connect(self.next)
        previous.clicked.connect(self.previous)
        following.clicked.connect(self.next)
        close.clicked.connect(self.close_bar)
        QShortcut(QKeySequence("Shift+Return"), self.edit, self.previous)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close_bar)

    def tab_widgets(self) -> list[QWidget]:
        """What Tab reaches in the bar, in order: the field, then its buttons."""
        return [self.edit, *self._buttons]

    def set_text(self, text: str) -> None:
        self._text = text
        self._folded = None  # folded on the first search, not on every article switch
        self._search(self.edit.text())

    def open_bar(self) -> None:
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self._matches, self._current = [], -1
        self.matches_changed.emit([], -1)
        self.closed.emit()

    def _search(self, query: str) -> None:
        if query and self._folded is None:
            self._folded = fold_for_search(self._text)
        self._matches = find_all(self._text, query, folded_text=self._folded) if query else []
        self._current = 0 if self._matches else -1
        self._announce()

    def next(self) -> None:
        if self._matches:
            self._current = (self._current + 1) % len(self._matches)
            self._announce()

    def previous(self) -> None:
        if self._matches:
            self._current = (self._current - 1) % len(self._matches)
            self._announce()

    def _announce(self) -> None:
        if self.edit.text():
            self.count.setText(self.tr("%Ln match(es)", "", len(self._matches)) if self._current < 0
                               else arg(self.tr("%1 / %2"), number(self._current + 1), number(len(self._matches))))
        else:
            self.count.setText("")
        self.matches_changed.emit(self._matches, self._current)
