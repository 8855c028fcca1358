"""Finding a corpus's articles on disk: regular files, and links that stay inside the corpus."""

from __future__ import annotations

import os
from collections.abc import Iterator
from operator import itemgetter
from pathlib import Path

from marginalia.core.article import ARTICLE_SUFFIXES
from marginalia.core.error_codes import ErrorCode
from marginalia.core.errors import ArticleError
from marginalia.core.teamwork.conflict_names import conflict_name

_name_order = itemgetter(0, 1)


def scan_articles(root: Path) -> tuple[list[tuple[str, os.DirEntry]], list[ArticleError]]:
    """(path relative to `root`, directory entry) of each article under `root`, ordered
    by relative name ignoring case, and the article files refused: links to files
    outside `root` (a corpus handed on must not carry, or export, what is not in it)
    and files that are not regular files (a FIFO would block its reader for ever).
    Sync clients' conflict copies of articles are no articles (check reports them)."""
    found: list[tuple[str, str, os.DirEntry]] = []  # (sort key, relative path, entry)
    refused: list[ArticleError] = []
    for prefix, child in visible_files(str(root)):
        name = child.name
        if not name.lower().endswith(ARTICLE_SUFFIXES) or conflict_name(name) is not None:
            continue
        try:
            refusal = _refusal(child, root)
        except OSError:
            continue
        if refusal is None:
            relative = prefix + name
            found.append((relative.casefold(), relative, child))
        elif refusal:
            code, facts = refusal
            refused.append(ArticleError(Path(child.path), code, **facts))
    found.sort(key=_name_order)  # ignoring case; names differing only in case in a fixed order
    refused.sort(key=lambda e: str(e.path).casefold())
    return [(relative, child) for _, relative, child in found], refused


def visible_files(root: str, *, deep: bool = True) -> Iterator[tuple[str, os.DirEntry]]:
    """(folder relative to `root` with a trailing separator, or "", entry) of each file in
    `root`, and in the folders below it when `deep`. Hidden files and folders (a name
    starting with ".") are skipped, and links to folders are not followed. os.scandir
    on strings rather than Path.rglob: a library of thousands of files spends most of
    its listing time building Path objects otherwise, and the entries carry the stat
    the entry cache needs."""
    folders = [(root, "")]
    while folders:
        folder, prefix = folders.pop()
        try:
            with os.scandir(folder) as listing:
                children = list(listing)
        except OSError:
            continue  # unreadable or gone: its files cannot be listed anyway
        for child in children:
            name = child.name
            if name.startswith("."):
                continue  # hidden, and so is everything inside a hidden folder
            try:
                if child.is_dir(follow_symlinks=False):
                    if deep:
                        folders.append((child.path, prefix + name + os.sep))
                    continue
            except OSError:
                continue
            yield prefix, child


def _refusal(child: os.DirEntry, root: Path) -> tuple[ErrorCode, dict] | tuple[()] | None:
    """Why an article file is not listed, as a code and facts (None: it is; (): silently,
    a link to a folder)."""
    not_regular = (ErrorCode.NOT_A_REGULAR_FILE, {})
    if not child.is_symlink():
        return None if child.is_file(follow_symlinks=False) else not_regular
    if child.is_dir():
        return ()
    target = Path(os.path.realpath(child.path))
    if not target.is_relative_to(root):
        return ErrorCode.LINK_OUTSIDE_CORPUS, {"target": str(target)}
    return None if child.is_file() else not_regular


def inside(root: Path, path: Path) -> bool:
    """Whether `path`, links followed, is within `root` (itself resolved)."""
    try:
        return Path(os.path.realpath(path)).is_relative_to(root)
    except OSError:
        return False
