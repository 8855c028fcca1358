"""Test helpers for working as a team: a git repository holding a corpus, and reviewers editing claims."""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import timedelta
from pathlib import Path

from marginalia import paths
from marginalia.core.annotation import Annotation, new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition
from support import copy_seeds

SEEDS = sorted(p.name for p in paths.seeds_dir().glob("*.txt"))


def git(repo: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess:
    """Run git in `repo` as a user would (identity and no pager set, no global config)."""
    env = {**os.environ, "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_NOSYSTEM": "1",
           "HOME": str(repo.parent), "GIT_PAGER": "cat"}
    done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True, env=env)
    if check and done.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done


def make_repository(tmp_path: Path, corpus_name: str = "corpus") -> tuple[Path, Path]:
    """A git repository with a copy of the seeds in `corpus_name`, committed on `main`."""
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    corpus = copy_seeds(repo / corpus_name)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "seeds")
    return repo, corpus


def marginalia(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The command line, as its own process."""
    return subprocess.run([sys.executable, "-m", "marginalia", *args], cwd=cwd, capture_output=True, text=True)


def add_claim(corpus: Path, article: str, start: int, end: int, *, note: str = "", author: str = "",
              topics: tuple[str, ...] = ("compute",), claim_id: str | None = None) -> Annotation:
    """Add a claim as the window would, and save it."""
    opened = Corpus(corpus)
    document = opened.open(corpus / article)
    claim = new_annotation(document.text, TextPosition(start, end), topics=topics, note=note, author=author)
    if claim_id is not None:
        claim = replace(claim, id=claim_id)
    document.add(claim)
    opened.save(document)
    return claim


def edit_claim(corpus: Path, article: str, claim_id: str, *, later: float = 0.0, **changes) -> Annotation:
    """Edit a claim as the window would (its `modified` now, plus `later` seconds), and save."""
    opened = Corpus(corpus)
    document = opened.open(corpus / article)
    old = document.get(claim_id)
    claim = old.with_changes(**changes)
    claim = replace(claim, modified=claim.modified + timedelta(seconds=later))
    document.update(claim)
    opened.save(document)
    return claim


def remove_claim(corpus: Path, article: str, claim_id: str) -> None:
    opened = Corpus(corpus)
    document = opened.open(corpus / article)
    document.remove(claim_id)
    opened.save(document)


def claims_of(corpus: Path, article: str) -> dict[str, Annotation]:
    document = Corpus(corpus).open(corpus / article)
    return {a.id: a for a in document.ordered()}
