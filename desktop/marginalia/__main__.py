"""Entry point: `marginalia [PATH]` opens the window; `marginalia COMMAND ...` runs headless."""

from __future__ import annotations

import sys

HEADLESS_COMMANDS = ("export", "import", "check", "show", "agreement", "suggest", "history", "clusters",
                     "accept-decoding", "git-setup", "merge-driver")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in HEADLESS_COMMANDS:
        from marginalia.cli import run_command, wire_services

        wire_services()
        return run_command(argv)
    from marginalia.app import run_app  # imports Qt: only for the window

    return run_app(argv)


if __name__ == "__main__":
    sys.exit(main())
