"""The window on a real X server (Xvfb, no window manager): sizes and keys as X11 gives them."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import pytest

from support import REPO, SEEDS

pytestmark = pytest.mark.skipif(shutil.which("xvfb-run") is None, reason="needs xvfb-run (bash .ci/dev test installs it)")


@pytest.fixture(scope="module")
def probe(tmp_path_factory):
    """What the probe saw of the window under X11, on a 1280×800 screen."""
    folder = tmp_path_factory.mktemp("x11")
    corpus = folder / "corpus"
    shutil.copytree(SEEDS, corpus)
    env = dict(os.environ, QT_QPA_PLATFORM="xcb", MARGINALIA_HOME=str(folder / "home"),
               PYTHONPATH=os.pathsep.join((str(REPO / "desktop"), str(REPO / "tests"))))
    result = subprocess.run(
        ["xvfb-run", "--auto-servernum", "--server-args=-screen 0 1280x800x24 -nolisten tcp",
         sys.executable, str(REPO / "tests" / "support" / "xvfb_probe.py"), str(corpus), str(folder / "home")],
        capture_output=True, text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr[-3000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_redo_keys_work_under_x11_and_none_is_ambiguous(probe):
    """X11's own redo binding is Ctrl+Shift+Z: given again by the window it made the key
    ambiguous (Qt then runs neither), and Ctrl+Y was not bound at all."""
    assert probe["platform"] == "xcb"
    assert probe["redo"] == {"Ctrl+Shift+Z": True, "Ctrl+Y": True}
    assert probe["ambiguous"] == []


def test_a_first_window_under_x11_without_a_window_manager_fills_most_of_the_screen(probe):
    """It came out 950×303, from the widgets' hints; now a share of the free area."""
    width, height = probe["first"]
    free_width, free_height = probe["available"]
    assert width >= min(free_width, 1024) and height >= min(free_height, 700), probe


def test_find_stays_on_the_toolbar_at_1024_by_700(probe):
    assert probe["size_at_1024"] == [1024, 700] and probe["find_shown"]
