"""The core stays free of Qt, so it can serve the CLI, the tests and other front ends."""

import subprocess
import sys

from support import REPO


def test_core_imports_no_qt():
    """Importing every core module must not load PySide6 or shiboken6."""
    code = (
        "import pkgutil, sys, importlib, marginalia.core as c\n"
        "for m in pkgutil.walk_packages(c.__path__, 'marginalia.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "import marginalia.cli\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "print(len([m for m in sys.modules if m.startswith('marginalia.core')]))\n"
        "sys.exit(1 if bad else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True,
                            env={"PYTHONPATH": str(REPO / "desktop"), "PATH": ""})
    assert result.returncode == 0, result.stderr
    assert int(result.stdout.strip()) >= 10  # the walk really imported the core
