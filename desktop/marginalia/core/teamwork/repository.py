"""Finding the git repository a folder belongs to, without running git."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Repository:
    """A git work tree: its top folder, and the folder of its git data (`.git`, or for a
    linked work tree the folder `.git` names)."""

    top: Path
    git_dir: Path


def find_repository(path: Path) -> Repository | None:
    """The work tree holding `path` (a file or folder), found by looking upward for
    `.git`; None when there is none. Looked for on disk rather than asked of git:
    opening a corpus must not start a process, and git may not be installed."""
    folder = Path(os.path.abspath(path))
    if not folder.is_dir():
        folder = folder.parent
    for candidate in (folder, *folder.parents):
        marker = candidate / ".git"
        if marker.is_dir():
            return Repository(candidate, marker)
        if marker.is_file():  # a linked work tree or a submodule: "gitdir: PATH"
            git_dir = _linked_git_dir(marker)
            if git_dir is not None:
                return Repository(candidate, git_dir)
    return None


def _linked_git_dir(marker: Path) -> Path | None:
    try:
        text = marker.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    for line in text.splitlines():
        if line.startswith("gitdir:"):
            target = Path(line[len("gitdir:"):].strip())
            target = target if target.is_absolute() else marker.parent / target
            return target if target.is_dir() else None
    return None
