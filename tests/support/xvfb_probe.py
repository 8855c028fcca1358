"""Run the real window on a real X server (python xvfb_probe.py CORPUS HOME) and print what a user would meet, as JSON.

Under X11 Qt takes its key bindings and window sizes from the platform (no window
manager, here), which the offscreen platform of the other tests does not imitate.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from PySide6.QtCore import QtMsgType, Qt, qInstallMessageHandler
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

MESSAGES: list[str] = []


def _collect(kind, _context, message) -> None:
    if kind != QtMsgType.QtDebugMsg:
        MESSAGES.append(message)


def _redo_keys(window) -> dict[str, bool]:
    """Whether each redo key, pressed in the text after Ctrl+Z, redoes the topic undone."""
    document = window.session.current
    stack = window.session.undo_stack(document)
    claim_id = window.annotator.current_id

    def topics():
        return document.get(claim_id).topics if claim_id in document else None

    tagged = topics()
    results = {}
    for name, key, modifiers in (("Ctrl+Shift+Z", Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                                  | Qt.KeyboardModifier.ShiftModifier),
                                 ("Ctrl+Y", Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)):
        while topics() != tagged and stack.canRedo():  # back where the last try began
            stack.redo()
        QTest.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        QTest.keyClick(window.reader, key, modifiers)
        QTest.qWait(50)
        results[name] = topics() == tagged
    return results


def main(corpus: Path, home: Path) -> int:
    qInstallMessageHandler(_collect)
    app = QApplication([sys.argv[0]])
    from marginalia.ui.main_window import MainWindow
    from marginalia.ui.settings import Settings

    window = MainWindow(Settings(home / "settings.ini"))
    window._confirm_discard = lambda _message: True
    window._ask_reviewer_name = lambda _current: None
    window.restore_state()
    window.open_corpus(corpus)
    window.show()
    QTest.qWaitForWindowExposed(window)
    QTest.qWait(300)
    first = window.frameGeometry()
    available = window.screen().availableGeometry()
    window.activateWindow()
    QTest.qWait(200)
    window.reader.setFocus()
    window.reader.select_span(0, 9)
    QTest.keyClick(window.reader, Qt.Key.Key_H)
    window.reader.setFocus()
    window.annotator.toggle_topic("compute")  # something to undo and redo, whatever H left focused
    redo = _redo_keys(window)
    window.resize(1024, 700)
    QTest.qWait(300)
    button = window.actions.toolbar.widgetForAction(window.actions.find)
    find_shown = bool(button and button.isVisible()
                      and window.actions.toolbar.rect().contains(button.geometry()))
    window.session.save_all()
    window.close()
    print(json.dumps({
        "platform": app.platformName(), "first": [first.width(), first.height()],
        "available": [available.width(), available.height()], "redo": redo,
        "size_at_1024": [window.width(), window.height()], "find_shown": find_shown,
        "ambiguous": [m for m in MESSAGES if "mbiguous" in m],
    }))
    return 0


if __name__ == "__main__":
    sys.exit(main(Path(sys.argv[1]), Path(sys.argv[2])))
