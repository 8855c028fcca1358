"""The clipboard: data with several formats, and a process that quits with data on it."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication

REPO = Path(__file__).resolve().parents[2]


def test_put_text_offers_the_text_and_each_extra_format(qapp):
    """Pasting as text gives the text; a program asking for CSV gets the CSV bytes."""
    from marginalia.ui.clipboard import put_text

    put_text("a\tb", {"text/csv": b"a,b\r\n"})
    data = QApplication.clipboard().mimeData()
    assert data.text() == "a\tb" and bytes(data.data("text/csv")) == b"a,b\r\n"
    put_text("plain")
    assert QApplication.clipboard().text() == "plain"


@pytest.mark.parametrize("quit_through_event_loop", [False, True])
def test_a_process_that_copied_a_table_quits_with_status_0(tmp_path, quit_through_event_loop):
    """Data made in Python left on the clipboard must not crash the process as it ends,
    whether the event loop quit or the script simply ran out; the text stays copied."""
    probe = textwrap.dedent(f"""
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        app = QApplication(sys.argv[:1])
        from marginalia.ui.clipboard import put_text
        put_text("x\\ty", {{"text/csv": b"x,y"}})
        if {quit_through_event_loop}:
            QTimer.singleShot(0, app.quit)
            app.exec()
        print(repr(app.clipboard().text()))
    """)
    done = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "MARGINALIA_HOME": str(tmp_path),
                               "PYTHONPATH": str(REPO / "desktop"), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert done.stdout.strip() == repr("x\ty")
