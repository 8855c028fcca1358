"""The command git runs as the merge driver names this installation, whatever PATH git has."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import marginalia
from marginalia.core.teamwork.driver_command import driver_command


def test_driver_command_of_a_bundle_is_its_executable_quoted():
    """A frozen bundle runs itself; a path with a space survives the shell."""
    assert driver_command(frozen=True, executable="/opt/Marginalia/marginalia") == "/opt/Marginalia/marginalia"
    assert driver_command(frozen=True, executable="/opt/My Apps/marginalia") == "'/opt/My Apps/marginalia'"


def test_driver_command_of_this_interpreter_runs_from_any_folder(tmp_path):
    """This interpreter as started (a virtual environment's link kept, not resolved), run
    by a shell in another folder with a bare PATH, as git runs the driver."""
    command = driver_command()
    assert shlex.split(command)[-4:] == [os.path.abspath(sys.executable), "-P", "-m", "marginalia"]
    done = subprocess.run(["sh", "-c", f"{command} merge-driver --help"], cwd=tmp_path, capture_output=True,
                          text=True, env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}, timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("usage: marginalia merge-driver")


@pytest.mark.skipif(not shutil.which("python3") or os.name == "nt", reason="needs another Python")
def test_driver_command_sets_pythonpath_for_an_interpreter_that_lacks_the_package(tmp_path):
    """An interpreter that cannot import this package on its own is given its folder."""
    other = shutil.which("python3", path="/usr/bin:/bin")
    if other is None or subprocess.run([other, "-c", "import marginalia"], capture_output=True,
                                       cwd=tmp_path).returncode == 0:
        pytest.skip("no interpreter without the package")
    root = str(Path(marginalia.__file__).resolve().parent.parent)
    assert driver_command(frozen=False, executable=other).startswith(f"PYTHONPATH={root} {other} -P -m marginalia")
