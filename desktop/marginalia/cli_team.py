"""Headless commands for working as a team: git-setup, merge-driver, and what opening a corpus takes in."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from marginalia.core.printable import printable

# Kinds of record, as the driver's messages count them.
_RECORD_WORDS = {"annotation": "claim", "topic": "topic"}


def add_team_commands(commands) -> None:
    """The team commands' parsers, on the `commands` of the main parser."""
    setup = commands.add_parser(
        "git-setup", help="let git merge a corpus's files by claim, topic and record id",
        description="Set up the git repository holding CORPUS so that git merges Marginalia's files "
                    "(sidecars, codebook, manifest and their histories) with Marginalia's merge driver: "
                    "lines in the repository's .gitattributes and .gitignore, and the driver in its own git "
                    "config, naming this installation. Running it again changes nothing.",
        epilog="Exit status: 0 done, 2 not a folder in a git work tree, or git cannot be run.")
    setup.add_argument("corpus", metavar="CORPUS", help="the corpus folder, inside a git work tree")
    setup.set_defaults(handler=cmd_git_setup)
    driver = commands.add_parser(
        "merge-driver", help="git's merge driver for Marginalia's files (git runs it)",
        description="Merge three versions of a Marginalia file as git's merge driver (%%O %%A %%B %%P): by id, "
                    "the result written to OURS, the versions that lose a conflict kept for the file's "
                    "history. A version that cannot be read leaves git's conflict markers in OURS.",
        epilog="Exit status: 0 merged, 1 conflict markers left (the reason on stderr), 2 bad arguments.")
    for name, text in (("base", "the common version (empty: none)"), ("ours", "our version; receives the result"),
                       ("theirs", "their version"), ("path", "the file's path in the work tree")):
        driver.add_argument(name, metavar=name.upper(), help=text)
    driver.set_defaults(handler=cmd_merge_driver)


def cmd_git_setup(args) -> int:
    from marginalia.core.teamwork.driver_command import driver_command
    from marginalia.core.teamwork.git_setup import git_setup

    report = git_setup(Path(args.corpus), driver_command())
    top = printable(str(report.top))
    if not report.changed:
        print(f"Nothing to change: the repository at {top} has Marginalia's merge driver set up already "
              f"(.gitattributes, .gitignore and merge.marginalia in its git config).")
        return 0
    print(f"Set up the repository at {top} for Marginalia's merge driver:")
    for target, lines, why in ((report.attributes, report.attribute_lines, "merged by Marginalia"),
                               (report.ignore, report.ignore_lines, "kept on this machine only")):
        if lines:
            print(f"  {printable(target.name)}: added {len(lines)} line{'s' if len(lines) != 1 else ''} ({why}):")
            for line in lines:
                print(f"    {printable(line)}")
    for key, (before, now) in report.config.items():
        was = f" (was: {printable(before)})" if before is not None else ""
        print(f"  git config --local {key} = {printable(now)}{was}")
    print("Commit .gitattributes and .gitignore so that everyone's clones merge the same way; each clone "
          "runs `marginalia git-setup` once for the driver in its own config.")
    return 0


def cmd_merge_driver(args) -> int:
    from marginalia.core.teamwork.merge_driver import run_merge_driver
    from marginalia.core.teamwork.repository import find_repository

    git_dir = os.environ.get("GIT_DIR")
    if git_dir is None:
        repository = find_repository(Path.cwd())
        git_dir = repository.git_dir if repository is not None else None
    outcome = run_merge_driver(Path(args.base), Path(args.ours), Path(args.theirs), args.path,
                               Path(git_dir) if git_dir is not None else None)
    for note in outcome.notes:
        print(f"marginalia merge-driver: {printable(note)}", file=sys.stderr)
    if not outcome.merged:
        print(f"marginalia merge-driver: {printable(outcome.problem)}; git's conflict markers are in the file",
              file=sys.stderr)
        return 1
    if outcome.losers:
        counted: dict[str, int] = {}
        for entry in outcome.losers:
            word = _RECORD_WORDS.get(entry.kind, "record")
            counted[word] = counted.get(word, 0) + 1
        what = ", ".join(f"{n} {word}{'s' if n != 1 else ''}" for word, n in counted.items())
        print(f"marginalia: {printable(args.path)}: {what} changed on both sides: the later version of each is "
              f"kept, the other goes to the file's history (marginalia history ARTICLE)", file=sys.stderr)
    return 0


def take_in_team_changes(corpus) -> None:
    """Before a command works on `corpus`: merge the sync folder's conflict copies of its
    files, and file the versions git merges left pending; say so on stderr (stdout is
    the command's own output)."""
    from marginalia.core.errors import MarginaliaError

    try:
        corpus.file_pending_losers()
    except MarginaliaError as exc:
        print(f"warning: versions a git merge kept could not reach their history yet: {printable(str(exc))}",
              file=sys.stderr)
    report = corpus.merge_conflict_copies()
    for line in describe_copies(report, corpus.root):
        print(line, file=sys.stderr)


def describe_copies(report, root: Path) -> list[str]:
    """One line per conflict copy merged or left (for the CLI)."""
    lines = []
    for merged in report.merged:
        copy = merged.copy
        both = f"; {merged.conflicts} changed in both: the later kept, the others in the history" \
            if merged.conflicts else ""
        lines.append(f"merged {_name(copy.path, root)} ({copy.client}'s conflict copy) into "
                     f"{_name(copy.original, root)}{both}; moved to {_name(merged.moved_to, root)}")
    for left in report.left:
        copy = left.copy
        why = f"left where it is: {left.error}" if left.error is not None else \
            f"a copy of {_name(copy.original, root)}, which Marginalia does not merge: compare them and keep one"
        lines.append(f"conflict copy {_name(copy.path, root)} ({copy.client}): {why}")
    return [printable(line) for line in lines]


def _name(path: Path, root: Path) -> str:
    try:
        return Path(path).relative_to(root).as_posix()
    except ValueError:
        return str(path)
