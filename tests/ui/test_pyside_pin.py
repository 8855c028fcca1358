"""Guards against the PySide6 6.12.0 / Python 3.11 None-refcount abort."""

import subprocess
import sys
import tomllib

from packaging.requirements import Requirement
from packaging.version import Version

from support import REPO

_STRESS = """
import sys
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtCore import QObject
app = QGuiApplication([])
doc = QTextDocument()
doc.setPlainText("Tiếng Việt 👩‍👩‍👧 " * 20)
cursor = QTextCursor(doc)
fmt = QTextCharFormat()
obj = QObject()
before = sys.getrefcount(None)
for i in range(30000):  # the abort came after a few thousand such calls
    cursor.setPosition(i % 300)
    cursor.setPosition((i % 300) + 3, QTextCursor.MoveMode.KeepAnchor)
    fmt.setBackground(QBrush(QColor(i % 255, 114, 178)))
    cursor.mergeCharFormat(fmt)
    obj.setObjectName("claim")
print("ok", sys.getrefcount(None) - before)
"""


def test_many_void_calls_do_not_corrupt_none():
    """Tens of thousands of calls to methods returning nothing leave None's refcount sane."""
    result = subprocess.run([sys.executable, "-c", _STRESS], capture_output=True, text=True, timeout=300,
                            env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-2000:]
    status, drift = result.stdout.split()
    assert status == "ok"
    # On an affected build None loses a reference per call; 30,000 calls would show.
    assert int(drift) > -1000


def test_dependency_pin_excludes_the_broken_combination():
    """No install on Python 3.11 can resolve PySide6 6.12.0."""
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    pyside = [Requirement(r) for r in project["dependencies"] if r.lower().startswith("pyside6")]
    assert pyside
    on_311 = [r for r in pyside if r.marker is None or r.marker.evaluate({"python_version": "3.11"})]
    assert on_311 and all(not r.specifier.contains(Version("6.12.0")) for r in on_311)
    on_312 = [r for r in pyside if r.marker is None or r.marker.evaluate({"python_version": "3.12"})]
    assert on_312 and all(r.specifier.contains(Version("6.12.0")) for r in on_312)
