"""`marginalia git-setup`: giving a repository's Marginalia files to Marginalia's merge driver.

Three things, each left alone when already so (a second run changes nothing):

- lines in the repository's `.gitattributes` giving every kind of file a corpus
  holds (core/storage/file_kinds.py) to the driver, with patterns relative to the
  repository (the corpus may be a folder inside it), and the backups too;
- lines in its `.gitignore` for what Marginalia keeps only on this machine (locks,
  writes under way, backups, conflict copies moved aside);
- the driver in the repository's own git config (`merge.marginalia.*`), the
  command naming this installation (driver_command.py).

Existing lines are never changed or removed; ours are added after them.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from marginalia.core.error_codes import ErrorCode
from marginalia.core.errors import MarginaliaError, os_facts
from marginalia.core.storage import file_kinds
from marginalia.core.storage.formats import BACKUP_SUFFIX, LOCK_SUFFIX, TEMPORARY_SUFFIX
from marginalia.core.teamwork.conflict_copies import MOVED_ASIDE

DRIVER = "marginalia"
DRIVER_NAME = "Marginalia: claims, topics and records merged by id"
HEADER = "# Marginalia's files (marginalia git-setup)"


class GitSetupError(MarginaliaError):
    """git-setup cannot be done: `path` is the folder asked for, `reason` the fact."""

    def __init__(self, path: Path, code: ErrorCode, **facts) -> None:
        super().__init__(code, file=str(path), **facts)
        self.path = Path(path)


@dataclass(slots=True)
class SetupReport:
    """What git-setup found and did."""

    top: Path  # the work tree's top folder
    attributes: Path
    ignore: Path
    attribute_lines: list[str] = field(default_factory=list)  # added
    ignore_lines: list[str] = field(default_factory=list)  # added
    config: dict[str, tuple[str | None, str]] = field(default_factory=dict)  # key → (before, now), changed only

    @property
    def changed(self) -> bool:
        return bool(self.attribute_lines or self.ignore_lines or self.config)


def git_setup(corpus: Path, command: str) -> SetupReport:
    """Set the repository holding the folder `corpus` up for Marginalia's merge driver,
    run as `command merge-driver %O %A %B %P`. Raises GitSetupError when `corpus` is
    not a folder in a git work tree (or git cannot be run)."""
    corpus = Path(corpus)
    if not corpus.is_dir():
        raise GitSetupError(corpus, ErrorCode.NOT_A_FOLDER)
    top = Path(_git(corpus, "rev-parse", "--show-toplevel")).resolve()
    relative = corpus.resolve().relative_to(top).as_posix()
    prefix = "" if relative == "." else _escaped(relative) + "/"
    report = SetupReport(top, top / ".gitattributes", top / ".gitignore")
    report.attribute_lines = _add_lines(report.attributes, attribute_lines(prefix))
    report.ignore_lines = _add_lines(report.ignore, ignore_lines(prefix))
    for key, value in (("merge.marginalia.name", DRIVER_NAME),
                       ("merge.marginalia.driver", f"{command} merge-driver %O %A %B %P")):
        before = _config(corpus, key)
        if before != value:
            _git(corpus, "config", "--local", key, value)
            report.config[key] = (before, value)
    return report


def attribute_lines(prefix: str) -> list[str]:
    """The `.gitattributes` lines for a corpus at `prefix` (its path in the repository,
    escaped, ending in "/"; "" at the top)."""
    lines = []
    for kind in file_kinds.KINDS:
        where = _anchored(prefix, kind.pattern)
        lines.append(f"{where} merge={DRIVER}")
        if not kind.journal:
            lines.append(f"{where}{BACKUP_SUFFIX} merge={DRIVER}")
    return [_quoted(line) for line in lines]


def ignore_lines(prefix: str) -> list[str]:
    """The `.gitignore` lines for what Marginalia keeps only on this machine."""
    return [_quoted(_anchored(prefix, pattern)) for pattern in
            (f"**/*.json{BACKUP_SUFFIX}", f"**/.*{LOCK_SUFFIX}", f"**/.*{TEMPORARY_SUFFIX}", f"{MOVED_ASIDE.parts[0]}/")]


def _anchored(prefix: str, pattern: str) -> str:
    # A pattern with a slash before its end counts from the file's folder; "/" anchors
    # one at the top ("**/" matches in every folder).
    return prefix + pattern if prefix or pattern.startswith("**/") else "/" + pattern


def _escaped(path: str) -> str:
    """A literal path as a gitattributes/gitignore pattern (wildcards and leading ! # escaped)."""
    escaped = re.sub(r"([*?\[\]\\])", r"\\\1", path)
    return "\\" + escaped if escaped[:1] in ("!", "#") else escaped


def _quoted(line: str) -> str:
    """A line whose pattern has spaces, as git reads it: the pattern in C-style quotes.
    (A .gitignore pattern takes no quotes; its spaces are escaped instead.)"""
    pattern, _, rest = line.partition(" merge=")
    if " " not in pattern and '"' not in pattern:
        return line
    if not rest:  # a .gitignore line
        return pattern.replace(" ", "\\ ")
    return '"' + pattern.replace("\\", "\\\\").replace('"', '\\"') + '" merge=' + rest


def _add_lines(target: Path, wanted: list[str]) -> list[str]:
    """Append to `target` the lines of `wanted` it lacks (whitespace aside); those added."""
    try:
        data = target.read_bytes() if target.exists() else b""
    except OSError as exc:
        raise GitSetupError(target, ErrorCode.CANNOT_READ, **os_facts(exc)) from exc
    text = data.decode("utf-8", errors="surrogateescape")
    present = {" ".join(line.split()) for line in text.splitlines()}
    missing = [line for line in wanted if " ".join(line.split()) not in present]
    if not missing:
        return []
    newline = "\r\n" if "\r\n" in text else "\n"
    block = ([] if HEADER in present else [HEADER]) + missing
    start = "" if not text or text.endswith(("\n", "\r")) else newline
    from marginalia.core.storage.atomic import atomic_write

    atomic_write(target, (text + start + newline.join(block) + newline).encode("utf-8", errors="surrogateescape"))
    return missing


def _config(folder: Path, key: str) -> str | None:
    try:
        return _git(folder, "config", "--local", "--get", key)
    except GitSetupError:
        return None  # not set


def _git(folder: Path, *args: str) -> str:
    try:
        done = subprocess.run(["git", *args], cwd=folder, capture_output=True, text=True, timeout=60)
    except OSError as exc:
        raise GitSetupError(folder, ErrorCode.GIT_NOT_RUNNABLE, **os_facts(exc)) from exc
    except subprocess.TimeoutExpired as exc:
        raise GitSetupError(folder, ErrorCode.GIT_NO_ANSWER) from exc
    if done.returncode != 0:
        if args[:2] == ("rev-parse", "--show-toplevel"):
            raise GitSetupError(folder, ErrorCode.NOT_A_GIT_WORK_TREE)
        raise GitSetupError(folder, ErrorCode.GIT_FAILED, command=" ".join(args[:2]), detail=done.stderr.strip())
    return done.stdout.rstrip("\n")
