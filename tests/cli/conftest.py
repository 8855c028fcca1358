"""Fixtures for the command-line tests: an annotated copy of the seeds, and a runner."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition

REPO = Path(__file__).resolve().parents[2]
SEED_NAMES = sorted(p.name for p in (REPO / "seeds").glob("*.txt"))


def copy_seeds(folder: Path) -> Path:
    folder.mkdir(parents=True)
    for source in (REPO / "seeds").iterdir():
        if source.suffix in (".txt", ".json"):
            shutil.copy(source, folder / source.name)
    return folder


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    """The seeds with two claims each (one with a hostile note), saved through the core."""
    folder = copy_seeds(tmp_path / "corpus")
    corpus = Corpus(folder)
    for path in corpus.article_paths():
        document = corpus.open(path)
        document.add(new_annotation(document.text, TextPosition(0, 30), topics=("compute",),
                                    note='=HYPERLINK("http://x","y")', author="Ann"))
        document.add(new_annotation(document.text, TextPosition(40, 80), topics=("privacy",),
                                    note="<script>alert(1)</script>"))
        corpus.save(document)
    return folder


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
