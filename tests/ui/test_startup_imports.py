"""What the window's start leaves unloaded: work that only some sessions need waits until it is used."""

import subprocess
import sys
import textwrap

from support import REPO

# Each is loaded by an action (search, export, import, a dialog, an
# unidentified language), never by showing the window on the seeds.
LOADED_ON_USE = ("sqlite3", "langcodes", "pygments", "marginalia.core.export",
                 "marginalia.core.importer", "marginalia.core.search", "marginalia.ui.dialogs",
                 "marginalia.core.langid_model", "msgspec", "marginalia.core.agreement",
                 "marginalia.ui.agreement.agreement_window", "marginalia.core.clusters",
                 "marginalia.core.storage.file_kinds", "marginalia.ui.beside_pane", "marginalia.ui.overlay",
                 "marginalia.ui.cluster_commands")

# QtWidgets classes the window does not use. PySide6 creates its Python classes as
# they are first met; handing Python a C++-made widget typed as a plain QWidget makes
# it create all of them, with their enums, to find the widget's class.
NOT_IN_THE_WINDOW = ("QWizard", "QMdiArea", "QCalendarWidget", "QLCDNumber", "QDial", "QFileDialog", "QInputDialog",
                     "QMessageBox")


def test_the_window_starts_on_the_seeds_without_modules_it_does_not_need_yet(tmp_path):
    probe = textwrap.dedent(f"""
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication, QMainWindow
        from marginalia.app import run_app

        app = QApplication(sys.argv[:1])

        def report():
            import PySide6.QtWidgets
            made = [name for name in {NOT_IN_THE_WINDOW!r} if name in vars(PySide6.QtWidgets)]
            shown = [w for w in app.topLevelWidgets() if isinstance(w, QMainWindow) and w.isVisible()]
            names = {LOADED_ON_USE!r}
            loaded = sorted(m for m in sys.modules if m.startswith(names))
            print("windows", len(shown), "library rows", shown[0].library.proxy.rowCount() if shown else 0)
            print("loaded", loaded)
            print("classes made", made)
            app.exit(0)

        QTimer.singleShot(500, report)
        sys.exit(run_app([]))
    """)
    # Once to seed the library and write the language-name cache, as a first run does;
    # then the start every later session makes.
    env = {"QT_QPA_PLATFORM": "offscreen", "MARGINALIA_HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    for _ in range(2):
        done = subprocess.run([sys.executable, "-c", probe], env=env, cwd=REPO,
                              capture_output=True, text=True, timeout=120)
        assert done.returncode == 0, done.stderr
    assert "windows 1 library rows 5" in done.stdout, done.stdout
    assert "loaded []" in done.stdout, done.stdout
    assert "classes made []" in done.stdout, done.stdout
