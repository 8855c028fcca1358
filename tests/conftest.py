"""Test configuration shared by every suite: headless Qt and isolated user folders."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# Qt must never try to reach a display in tests (CI has none).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from support import SEEDS


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory, monkeypatch):
    """Every test gets its own user data folder, so nothing touches the real one."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("MARGINALIA_HOME", str(home))
    return home


@pytest.fixture
def seed_corpus(tmp_path) -> Path:
    """A writable copy of the bundled seeds (articles and manifest)."""
    target = tmp_path / "corpus"
    shutil.copytree(SEEDS, target)
    for path in target.iterdir():
        path.chmod(0o644)
    return target
