"""The window's panes: a frame that shows which one has the keyboard, and F6 to move between them."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

FRAME = 2  # pixels around a pane, drawn in the highlight colour while it has the focus


class PaneFrame(QWidget):
    """Holds one pane's widget, with a thin frame drawn while the focus is inside it."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.content = content
        self.focused = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(FRAME, FRAME, FRAME, FRAME)
        layout.setSpacing(0)
        layout.addWidget(content)

    def set_focused(self, focused: bool) -> None:
        if focused != self.focused:
            self.focused = focused
            self.update()

    def paintEvent(self, event) -> None:
        # Only the margin around the pane shows: the pane covers the rest.
        if not self.focused:
            return
        painter = QPainter(self)
        color = self.palette().color(QPalette.ColorRole.Highlight)
        width, height = self.width(), self.height()
        for x, y, w, h in ((0, 0, width, FRAME), (0, height - FRAME, width, FRAME),
                           (0, 0, FRAME, height), (width - FRAME, 0, FRAME, height)):
            painter.fillRect(x, y, w, h, color)
        painter.end()


class Pane(NamedTuple):
    frame: PaneFrame
    enter: Callable[[], None]  # gives the pane the focus, where the keyboard is most use


class Panes(QObject):
    """The panes in F6 order; follows the focus to frame the pane that has it."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._panes: list[Pane] = []
        QApplication.instance().focusChanged.connect(self._on_application_focus_changed)

    def add(self, frame: PaneFrame, enter: Callable[[], None]) -> None:
        self._panes.append(Pane(frame, enter))

    def frames(self) -> list[PaneFrame]:
        return [pane.frame for pane in self._panes]

    def current(self) -> int:
        """The index of the pane holding the focus; -1 when none does."""
        focus = QApplication.focusWidget()
        for i, pane in enumerate(self._panes):
            if focus is not None and pane.frame.isAncestorOf(focus):
                return i
        return -1

    def cycle(self, step: int) -> None:
        """Give the focus to the next (step 1) or previous (-1) pane that is shown."""
        shown = [i for i, pane in enumerate(self._panes) if pane.frame.isVisible()]
        if not shown:
            return
        current = self.current()
        if current in shown:
            target = shown[(shown.index(current) + step) % len(shown)]
        else:
            target = shown[0] if step > 0 else shown[-1]
        self._panes[target].enter()

    def _on_application_focus_changed(self, _old, new) -> None:
        for pane in self._panes:
            pane.frame.set_focused(new is not None and pane.frame.isAncestorOf(new))


def focus(widget: QWidget) -> None:
    """Give `widget` the keyboard, as a pane switch does (a focus frame shows where)."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
