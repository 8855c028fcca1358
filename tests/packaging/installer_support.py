"""Helpers for the packaging tests: the packaging scripts as modules, and system packages."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
PACKAGING = REPO / "packaging"


def load_packaging_module(relative: str):
    """Import packaging/<relative>.py by path.

    The folder is not importable as a package: its name would shadow the PyPI
    "packaging" library that pip and pytest use.
    """
    path = PACKAGING / f"{relative}.py"
    name = path.stem
    if name in sys.modules:
        return sys.modules[name]
    sys.path.insert(0, str(path.parent))  # for the module's own sibling imports
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def unavailable(reason: str):
    """Skip for a missing tool on a developer's machine; on CI the test must really run."""
    if os.environ.get("CI"):
        pytest.fail(f"{reason} (CI must run this test)")
    pytest.skip(reason)


def _installed(package: str) -> bool:
    result = subprocess.run(["dpkg-query", "-W", "-f=${Status}", package],
                            capture_output=True, text=True)
    return result.returncode == 0 and result.stdout.strip() == "install ok installed"


_apt_updated = False


def ensure_system_packages(*packages: str) -> None:
    """apt-get install what is missing; skips (fails on CI) when apt cannot be used."""
    global _apt_updated
    if shutil.which("dpkg-query") is None:
        unavailable("not a Debian-like system (no dpkg-query)")
    missing = [package for package in packages if not _installed(package)]
    if not missing:
        return
    if shutil.which("apt-get") is None:
        unavailable(f"apt-get is not available to install {' '.join(missing)}")
    if os.geteuid() == 0:
        sudo = []
    elif shutil.which("sudo") and subprocess.run(["sudo", "-n", "true"],
                                                 capture_output=True).returncode == 0:
        sudo = ["sudo", "-n"]
    else:
        unavailable(f"installing {' '.join(missing)} needs root (or password-less sudo)")
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    if not _apt_updated:
        subprocess.run([*sudo, "apt-get", "update", "-qq"], env=env, check=True,
                       capture_output=True, timeout=600)
        _apt_updated = True
    result = subprocess.run([*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends",
                             *missing], env=env, capture_output=True, text=True, timeout=900)
    if result.returncode != 0:
        pytest.fail(f"apt-get install {' '.join(missing)} failed:\n{result.stderr[-2000:]}")
