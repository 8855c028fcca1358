"""`marginalia --smoke-test`, which every packaging test runs, and what it checks."""

import json
import shutil
import subprocess
import sys

from marginalia.ui.smoke import _language_problems
from support import REPO, SEEDS


def test_smoke_test_passes_from_source(tmp_path):
    """The smoke test opens the seeds, shows them, identifies their languages and exits 0."""
    env = {"QT_QPA_PLATFORM": "offscreen", "MARGINALIA_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run([sys.executable, "-m", "marginalia", "--smoke-test"], env=env, cwd=REPO,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "5 articles" in result.stdout and "languages identified" in result.stdout


def test_smoke_test_reports_a_language_it_does_not_identify(tmp_path):
    """A seed whose text is not in the language its manifest names is reported by name."""
    library = tmp_path / "seeds"
    shutil.copytree(SEEDS, library)
    manifest = json.loads((library / "manifest.json").read_text(encoding="utf-8"))
    entry = next(entry for entry in manifest["articles"] if entry["file"].startswith("pl-"))
    entry["language"] = "de"
    polish = entry["file"]
    (library / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    assert _language_problems(library) == [f"{polish} identified as 'pl', expected 'de'"]


def test_cyclic_gc_is_off_while_starting_and_back_on_once_the_window_is_up(qapp, tmp_path, monkeypatch):
    """Start-up runs without the cyclic GC; it is enabled again soon after the window shows."""
    import gc

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from marginalia import app as app_module
    from marginalia.ui.main_window import MainWindow

    monkeypatch.setenv("MARGINALIA_HOME", str(tmp_path / "home"))
    shutil.copytree(SEEDS, tmp_path / "seeds")
    seen = {}
    original_init = MainWindow.__init__

    def init(self, *args, **kwargs):
        seen["while_building"] = gc.isenabled()
        original_init(self, *args, **kwargs)
        self._confirm_discard = lambda _message: True

    def finish():
        seen["after"] = gc.isenabled()
        for window in QApplication.topLevelWidgets():
            window.close()
        QApplication.instance().exit(0)

    monkeypatch.setattr(MainWindow, "__init__", init)
    QTimer.singleShot(2500, finish)
    # Closing the last window would quit the application for good: no window of a later
    # test could become active.
    application = QApplication.instance()
    quits = application.quitOnLastWindowClosed()
    application.setQuitOnLastWindowClosed(False)
    try:
        assert app_module.run_app([str(tmp_path / "seeds")]) == 0
    finally:
        gc.enable()
        application.setQuitOnLastWindowClosed(quits)
    assert seen == {"while_building": False, "after": True}


def test_smoke_test_and_screenshot_leave_the_user_settings_alone(tmp_path):
    """Neither a smoke test nor a screenshot records its window size, folder or recent
    folders in the user's settings."""
    home = tmp_path / "home"
    env = {"QT_QPA_PLATFORM": "offscreen", "MARGINALIA_HOME": str(home), "PATH": "/usr/bin:/bin"}
    shutil.copytree(SEEDS, tmp_path / "seeds")
    for args in (["--smoke-test"], ["--screenshot", str(tmp_path / "shot.png"), str(tmp_path / "seeds")]):
        done = subprocess.run([sys.executable, "-m", "marginalia", *args], env=env, cwd=REPO,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    assert (tmp_path / "shot.png").is_file()
    settings = home / "settings.ini"
    assert not settings.exists() or settings.read_text(encoding="utf-8").strip() == ""
