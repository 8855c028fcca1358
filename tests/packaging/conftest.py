"""Fixtures for the packaging tests: the .deb, built once per run, unpacked and its fields."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from installer_support import PACKAGING, REPO, ensure_system_packages


@pytest.fixture(scope="session")
def deb_file() -> Path:
    """The .deb: $MARGINALIA_DEB if set, else built once per test run by build-deb.sh."""
    given = os.environ.get("MARGINALIA_DEB")
    if given:
        path = Path(given)
        if not path.is_file():
            pytest.fail(f"MARGINALIA_DEB={given} is not a file")
        return path
    if not sys.platform.startswith("linux"):
        pytest.skip("the .deb is built on Linux only")
    ensure_system_packages("dpkg", "binutils")
    # The build runs with this test run's Python, whose environment has the app's
    # dependencies; build-deb.sh installs PyInstaller into it when missing.
    env = dict(os.environ, PYTHON=sys.executable)
    result = subprocess.run(["bash", str(PACKAGING / "linux" / "build-deb.sh")], cwd=REPO, env=env,
                            capture_output=True, text=True, timeout=1800)
    if result.returncode != 0:
        pytest.fail(f"build-deb.sh failed ({result.returncode}):\n{result.stderr[-4000:]}")
    path = REPO / result.stdout.strip().splitlines()[-1]
    assert path.is_file(), result.stdout
    return path


@pytest.fixture(scope="session")
def deb_root(deb_file, tmp_path_factory) -> Path:
    """The package's files unpacked into a scratch folder (dpkg-deb -x: nothing is installed)."""
    root = tmp_path_factory.mktemp("deb-root")
    subprocess.run(["dpkg-deb", "-x", str(deb_file), str(root)], check=True)
    return root


@pytest.fixture(scope="session")
def deb_fields(deb_file) -> dict[str, str]:
    """The control file's fields."""
    out = subprocess.run(["dpkg-deb", "-f", str(deb_file)], check=True, capture_output=True,
                         text=True).stdout
    fields, key = {}, None
    for line in out.splitlines():
        if line.startswith((" ", "\t")) and key:
            fields[key] += "\n" + line.strip()
        elif ":" in line:
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields
