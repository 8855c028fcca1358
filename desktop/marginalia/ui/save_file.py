"""Asking where to save a file of one kind and writing it there, a failure worded for the user."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from marginalia.ui.error_words import reason
from marginalia.ui.wording import arg


def choose_and_save(parent: QWidget, title: str, suggested: Path, file_filter: str,
                    write: Callable[[Path], None]) -> Path | None:
    """Ask for a file name, starting from `suggested` (whose suffix is added when the name
    typed lacks it), and `write` the file there; if that raises OSError, a warning names
    the file and the reason. The path written, or None."""
    name, _ = QFileDialog.getSaveFileName(parent, title, str(suggested), file_filter)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != suggested.suffix.lower():
        path = path.with_name(path.name + suggested.suffix)
    try:
        write(path)
    except OSError as exc:
        QMessageBox.warning(parent, title, arg(QCoreApplication.translate("SaveFile", "Could not save %1: %2"),
                                               path, reason(exc)))
        return None
    return path
