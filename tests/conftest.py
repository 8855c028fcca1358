"""Test configuration shared by every suite: headless Qt and isolated user folders."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt must never try to reach a display in tests (CI has none).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from support import copy_seeds


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Every test gets its own user data folder, so nothing touches the real one."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MARGINALIA_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def _no_native_file_dialogs(monkeypatch):
    """A test that reaches a native file dialog fails at once instead of waiting forever
    for someone to answer it; tests that mean to choose a file replace the dialog."""
    import sys

    widgets = sys.modules.get("PySide6.QtWidgets")  # only where a test loaded Qt already
    if widgets is None:
        return

    def refuse(name):
        def opened(*_args, **_kwargs):
            raise AssertionError(f"QFileDialog.{name} opened in a test: replace it with the file to choose")
        return staticmethod(opened)

    for name in ("getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory"):
        monkeypatch.setattr(widgets.QFileDialog, name, refuse(name))
    from marginalia.ui.reviewers import name_dialog

    def asked(*_args, **_kwargs):
        raise AssertionError("the reviewer's name was asked in a test: set Settings.author, or replace "
                             "window._ask_reviewer_name")
    monkeypatch.setattr(name_dialog, "ask_reviewer_name", asked)


@pytest.fixture
def seed_corpus(tmp_path) -> Path:
    """A writable copy of the bundled seeds (articles and manifest)."""
    return copy_seeds(tmp_path / "corpus")
