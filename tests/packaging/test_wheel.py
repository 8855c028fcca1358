"""The wheel: built from the source tree, it carries the seeds and resources and runs when installed."""

from __future__ import annotations

import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest
from installer_support import REPO

pytestmark = [pytest.mark.packaging, pytest.mark.slow]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel `pip install .` would build (this environment's setuptools: no download),
    from a clean copy of the source: a build/ folder left in the checkout would lend it
    files the project no longer packages."""
    source = tmp_path_factory.mktemp("source") / "marginalia"
    shutil.copytree(REPO, source, ignore=shutil.ignore_patterns(
        ".git", ".venv", "build", "dist", "*.egg-info", "__pycache__", ".pytest_cache", ".hypothesis"))
    out = tmp_path_factory.mktemp("wheel")
    done = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
                           "--quiet", "--wheel-dir", str(out), str(source)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    [built] = out.glob("marginalia-*.whl")
    return built


def test_wheel_contains_seeds_and_resources(wheel):
    """The five seed articles, their manifest and the icons are package data of marginalia."""
    names = set(zipfile.ZipFile(wheel).namelist())
    seeds = {Path(n).name for n in names if n.startswith("marginalia/seeds/")}
    assert seeds == {p.name for p in (REPO / "seeds").iterdir() if p.is_file()}
    assert "marginalia/resources/icons/marginalia.svg" in names
    assert "marginalia/resources/icons/hicolor/256x256/apps/marginalia.png" in names
    catalogues = {Path(n).name for n in names if n.startswith("marginalia/resources/translations/")}
    assert catalogues == {f"marginalia_{code}.qm" for code in ("en", "es", "it", "pl", "vi")}  # no .ts, no glossary
    assert "marginalia/core/extract/pdf.py" in names
    assert not any(n.startswith(("tests/", "packaging/")) or "__pycache__" in n for n in names)


def test_wheel_installed_in_a_fresh_environment_passes_the_smoke_test(wheel, tmp_path):
    """Installed into a new virtual environment, `marginalia --smoke-test` opens the bundled seeds."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    done = subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps",
                           "--quiet", str(wheel)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    # The dependencies (PySide6 and the rest, hundreds of MB) come from this test run's
    # environment, added after the new environment's own packages: marginalia itself
    # can only come from the wheel.
    purelib = Path(subprocess.run([str(python), "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"],
                                  capture_output=True, text=True, check=True).stdout.strip())
    (purelib / "zz_test_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n", encoding="utf-8")
    env = {"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen", "MARGINALIA_HOME": str(tmp_path / "home"),
           "HOME": str(tmp_path)}
    where = subprocess.run([str(python), "-c", "import marginalia.paths as p; print(p.__file__); print(p.seeds_dir())"],
                           capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert where.returncode == 0, where.stderr
    module, seeds = where.stdout.split()
    assert Path(module).is_relative_to(purelib) and Path(seeds) == purelib / "marginalia" / "seeds"
    smoke = subprocess.run([str(venv / "bin" / "marginalia"), "--smoke-test"], capture_output=True, text=True,
                           env=env, cwd=tmp_path, timeout=300)
    assert smoke.returncode == 0, smoke.stdout + smoke.stderr
    headless = subprocess.run([str(venv / "bin" / "marginalia"), "check", str(seeds)], capture_output=True,
                              text=True, env=env, cwd=tmp_path, timeout=300)
    assert headless.returncode == 0, headless.stdout + headless.stderr
