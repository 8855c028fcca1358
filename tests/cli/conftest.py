"""Fixtures for the command-line tests: an annotated copy of the seeds, and a runner."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from support import REPO, annotate_two_claims, copy_seeds


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """The seeds with two claims each (one with a hostile note), saved through the core."""
    return annotate_two_claims(copy_seeds(tmp_path / "corpus"), '=HYPERLINK("http://x","y")',
                               "<script>alert(1)</script>", author="Ann")


def run_marginalia(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """`python -m marginalia ARGS` in a child process, as a user's shell would run it."""
    env = dict(os.environ, PYTHONPATH=str(REPO / "desktop"))
    env.pop("SOURCE_DATE_EPOCH", None)
    return subprocess.run([sys.executable, "-m", "marginalia", *args], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=cwd, timeout=120)


@pytest.fixture
def seed_copy():
    """A function that copies the unannotated seeds into a new folder."""
    return copy_seeds


@pytest.fixture
def marginalia():
    """The child-process runner, as a fixture so test modules need not import conftest."""
    return run_marginalia
