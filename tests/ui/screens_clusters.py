"""Screenshots of claim clusters in the window, on a copy of the seeds with clusters in all five languages.

    python tests/ui/screens_clusters.py OUTPUT_FOLDER

Writes card.png (a Spanish claim's card with its cluster), picker.png (Link to… open),
suggestions.png (Find in Other Articles on a Spanish claim) and beside.png (the Spanish
and Vietnamese articles side by side, a linked pair chosen), for a person to look at.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE.parent), str(HERE.parents[1] / "desktop")]

ES = "es-microsoft-openai-relacion-tensa.txt"
VI = "vi-microsoft-openai-noi-lo-an-giau.txt"


def _pump(app, seconds: float) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def main(out: Path, language: str = "en") -> int:
    out.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix="marginalia-shots-"))
    os.environ["MARGINALIA_HOME"] = str(work / "home")
    from support import copy_seeds
    from support.cluster_demo import demo_clusters

    corpus = copy_seeds(work / "corpus")
    made = demo_clusters(corpus)
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from marginalia.ui import i18n

    i18n.install(app, language)
    from marginalia.ui.main_window import MainWindow
    from marginalia.ui.settings import Settings

    window = MainWindow(Settings())
    window.resize(1680, 960)
    window.open_corpus(corpus, corpus / ES)
    window.show()
    _pump(app, 0.5)
    tense = dict(made["strained-relations"])
    window.show_claim(corpus / ES, tense[ES])
    _pump(app, 0.5)
    window.grab().save(str(out / "card.png"))

    window.reader.setFocus()
    window.actions.link_to.trigger()
    picker = window.linking.picker
    picker.edit.setText("openai")
    deadline = time.monotonic() + 20
    while window.linking.keeper.reading and time.monotonic() < deadline:
        _pump(app, 0.05)
    picker.run_search()
    _pump(app, 0.3)
    window.grab().save(str(out / "picker.png"))
    picker.close_box()

    profit = dict(made["not-yet-profitable"])
    window.show_claim(corpus / ES, profit[ES])
    window.reader.setFocus()
    window.actions.find_elsewhere.trigger()
    panel = window.suggestions.panel
    deadline = time.monotonic() + 60
    while panel.tree.topLevelItemCount() == 0 and time.monotonic() < deadline:
        _pump(app, 0.05)
    window.suggestions.dock.resize(620, window.height())
    window.resizeDocks([window.suggestions.dock], [620], window.suggestions.dock.widget().parent().orientation()
                       if hasattr(window.suggestions.dock.widget().parent(), "orientation") else
                       __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal)
    _pump(app, 0.5)
    window.grab().save(str(out / "suggestions.png"))
    window.suggestions.dock.hide()

    window.resize(1920, 1000)
    window.beside.open(corpus / VI)
    window.show_claim(corpus / ES, tense[ES])
    _pump(app, 0.8)
    window.grab().save(str(out / "beside.png"))
    window.close()
    return 0


if __name__ == "__main__":
    # python tests/ui/screens_clusters.py [FOLDER [LANGUAGE]]
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots-clusters"),
                  sys.argv[2] if len(sys.argv) > 2 else "en"))
