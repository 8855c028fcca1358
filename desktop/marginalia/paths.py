"""Where resources, the bundled seeds and user data live: source tree, wheel or frozen."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Marginalia"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _candidates(name: str) -> list[Path]:
    found = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:  # a PyInstaller bundle
        found.append(Path(frozen_root) / name)
    found.append(_PACKAGE_DIR / name)  # an installed wheel (package data)
    found.append(_PACKAGE_DIR.parents[1] / name)  # the source tree: desktop/marginalia → repo
    return found


def _first_existing(name: str) -> Path:
    for path in _candidates(name):
        if path.is_dir():
            return path
    raise FileNotFoundError(f"the {name!r} folder is missing from this installation")


def resources_dir() -> Path:
    return _first_existing("resources")


def seeds_dir() -> Path:
    return _first_existing("seeds")


def user_data_dir() -> Path:
    """Per-user data; MARGINALIA_HOME moves it (tests, portable installs)."""
    override = os.environ.get("MARGINALIA_HOME")
    if override:
        return Path(override)
    import platformdirs

    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def user_library_dir() -> Path:
    """The corpus a first run opens: a writable copy of the bundled seeds."""
    return user_data_dir() / "Library"


def user_cache_dir() -> Path:
    override = os.environ.get("MARGINALIA_HOME")
    if override:
        return Path(override) / "cache"
    import platformdirs

    return platformdirs.user_cache_path(APP_NAME, appauthor=False)
