"""Headless commands for scripts and terminals: the parser and the run of one command. The
commands live by subject: cli_files.py (export, import, check, show), cli_agreement.py,
cli_reading.py (suggest, history, clusters, accept-decoding) and cli_team.py (git-setup,
merge-driver)."""

from __future__ import annotations

import argparse
import sys

from marginalia.cli_common import EXIT_OK, EXIT_USAGE, Parser, UsageError
from marginalia.core.errors import MarginaliaError
from marginalia.core.printable import printable
from marginalia.error_english import english


def build_parser() -> argparse.ArgumentParser:
    from marginalia.cli_agreement import add_agreement_command
    from marginalia.cli_files import add_file_commands
    from marginalia.cli_reading import add_reading_commands
    from marginalia.cli_team import add_team_commands

    parser = Parser(prog="marginalia", description="Marginalia's headless commands.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND", parser_class=Parser)
    add_file_commands(commands)
    add_agreement_command(commands)
    add_reading_commands(commands)
    add_team_commands(commands)
    return parser


def wire_services() -> None:
    """Build the core's services for one headless run (the language model, the kept
    extracted texts, the listing of unfinished writes) and install them."""
    from marginalia.core.extract.cache import ExtractCache, user_folder
    from marginalia.core.services import CoreServices, install

    install(CoreServices(extracts=ExtractCache(user_folder())))


def run_command(argv: list[str]) -> int:
    """Run one headless command; returns the exit status (0 ok, 1 problems, 2 usage)."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except UsageError as exc:
        print(printable(str(exc)), file=sys.stderr)
        return EXIT_USAGE
    except SystemExit as exc:  # --help, after printing it
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    try:
        return args.handler(args)
    except UsageError as exc:
        print(f"marginalia {args.command}: {printable(str(exc))}", file=sys.stderr)
        return EXIT_USAGE
    except (MarginaliaError, OSError) as exc:
        # One line: the core's errors name the file (and field) already.
        message = " ".join(printable(english(exc) if isinstance(exc, MarginaliaError) else str(exc)).split())
        print(f"marginalia {args.command}: {message}", file=sys.stderr)
        return EXIT_USAGE
