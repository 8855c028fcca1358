"""The clipboard, filled so that quitting never crashes: one place puts data there."""

from __future__ import annotations

import atexit

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication

_held: QMimeData | None = None  # Python-made data the clipboard holds now, if any


def put_text(text: str, extra: dict[str, bytes] | None = None) -> None:
    """Put `text` on the clipboard, with `extra` formats (a MIME type → bytes) for the
    programs that take them. Data made in Python must not outlive the interpreter: the
    clipboard would free it after Python is gone, which crashes the process as it ends.
    So such data is swapped for its plain text, made by Qt, when the application quits
    (or, where no event loop ran, as Python begins to exit)."""
    global _held
    clipboard = QGuiApplication.clipboard()
    if not extra:
        clipboard.setText(text)
        _held = None
        return
    data = QMimeData()
    data.setText(text)
    for kind, payload in extra.items():
        data.setData(kind, payload)
    clipboard.setMimeData(data)
    if _held is None:
        QCoreApplication.instance().aboutToQuit.connect(_hand_over)
        atexit.register(_hand_over)
    _held = data


def _hand_over() -> None:
    global _held
    data, _held = _held, None
    application = QCoreApplication.instance()
    if data is None or application is None:
        return
    clipboard = QGuiApplication.clipboard()
    if clipboard.mimeData() is data:  # still ours: another program has not taken the clipboard
        clipboard.setText(data.text())
    application.aboutToQuit.disconnect(_hand_over)
    atexit.unregister(_hand_over)
