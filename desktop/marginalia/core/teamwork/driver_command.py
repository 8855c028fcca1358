"""The command git runs as Marginalia's merge driver: this installation, reached reliably from anywhere.

git runs the driver through a shell, in the work tree's top folder, with whatever
PATH the user's git has, so a bare `marginalia` may be another installation or
none. The command names this one absolutely:

- a frozen bundle (PyInstaller): its executable; on Windows the console one,
  `marginalia-cli.exe`, beside the windowed one, so that messages reach git;
- otherwise (a virtual environment, pipx, a system install, a source checkout):
  this interpreter, `sys.executable` as it was started (never with links
  resolved: a virtual environment's python is a link whose location is what makes
  it that environment's), running `-P -m marginalia` (-P: not a `marginalia`
  folder that happens to be in the work tree). When the package is importable only
  through PYTHONPATH (a source checkout not installed), the command sets it.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path


def driver_command(*, frozen: bool | None = None, executable: str | None = None) -> str:
    """The shell words that run this installation's `marginalia` (without the subcommand)."""
    frozen = getattr(sys, "frozen", False) if frozen is None else frozen
    executable = os.path.abspath(executable or sys.executable)
    if frozen:
        console = Path(executable).with_name("marginalia-cli.exe")
        if os.name == "nt" and console.is_file():
            executable = str(console)
        return _quoted(executable)
    words = [_quoted(executable), "-P", "-m", "marginalia"]
    extra = _path_needed(executable)
    if extra:
        words.insert(0, "PYTHONPATH=" + _quoted(extra))
    return " ".join(words)


def _path_needed(executable: str) -> str | None:
    """The folder to put on PYTHONPATH for `executable` to import this very package, or
    None when it imports it on its own. Asked of the interpreter itself, with no
    PYTHONPATH, from an empty folder."""
    import tempfile

    import marginalia

    package_root = str(Path(marginalia.__file__).resolve().parent.parent)
    environment = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    try:
        with tempfile.TemporaryDirectory() as empty:
            found = subprocess.run([executable, "-P", "-c", "import marginalia; print(marginalia.__file__)"],
                                   capture_output=True, text=True, timeout=60, env=environment, cwd=empty)
    except (OSError, subprocess.SubprocessError):
        return package_root
    if found.returncode == 0 and found.stdout.strip():
        if Path(found.stdout.strip()).resolve().parent.parent == Path(package_root):
            return None
    return package_root


def _quoted(word: str) -> str:
    """`word` for the shell git runs the driver with (POSIX sh, Git for Windows' too)."""
    return shlex.quote(word.replace("\\", "/") if os.name == "nt" else word)
