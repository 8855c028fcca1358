"""What the headless commands share: exit statuses, usage errors, progress on stderr, opening a corpus."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import datetime, timezone
from pathlib import Path

from marginalia.core.annotation import utc_now
from marginalia.core.corpus import Corpus
from marginalia.core.printable import printable

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
LISTED = 20  # unmatched records printed one by one before summarising the rest


class UsageError(Exception):
    """Bad arguments or unreadable input: one line on stderr, exit status 2."""


class Parser(argparse.ArgumentParser):
    # argparse prints the whole usage and exits; a script wants one line it can log.
    def error(self, message: str):
        raise UsageError(f"{self.prog}: {message}")


class Progress:
    """"[3/40] name" on stderr, rewritten in place; silent unless stderr is a terminal."""

    def __init__(self, stream=None) -> None:
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty()

    def __call__(self, done: int, total: int, name: str) -> None:
        if not self.enabled:
            return
        line = f"[{done}/{total}] {name}" if done < total else ""
        self.stream.write("\r\x1b[K" + line)
        self.stream.flush()


def export_time() -> datetime:
    # SOURCE_DATE_EPOCH (reproducible-builds.org) pins the timestamp, so a
    # script can produce byte-identical exports from identical annotations.
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), timezone.utc)
    return utc_now()


def open_corpus(folder: str, *, take_in: bool = True) -> Corpus:
    """The corpus at `folder`; with `take_in`, what other writers left for it (a sync
    folder's conflict copies, a git merge's pending versions) merged in first."""
    if not Path(folder).is_dir():
        raise UsageError(f"{folder}: not a folder")
    corpus = Corpus(Path(folder))
    if take_in:
        from marginalia.cli_team import take_in_team_changes

        take_in_team_changes(corpus)
    return corpus


def warn(message: str) -> None:
    print(f"warning: {printable(message)}", file=sys.stderr)
