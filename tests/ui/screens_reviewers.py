"""Screenshots of several reviewers in the window, on a copy of the seeds with two reviewers' claims.

    python tests/ui/screens_reviewers.py OUTPUT_FOLDER

Writes independent.png (Ana's claims alone: Reviewers ▸ My Claims Only), all.png (both
reviewers' claims, each with its line pattern and initials), agreement.png (Reviewers ▸
Agreement…) and adjudication.png (Reviewers ▸ Adjudicate…, one disagreement settled),
for a person to look at.
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

EN = "en-partnership-in-danger.txt"


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
    from support.reviewer_demo import ANA, two_reviewers

    corpus = copy_seeds(work / "corpus")
    two_reviewers(corpus)
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    from marginalia.ui import i18n

    i18n.install(app, language)
    from marginalia.ui.main_window import MainWindow
    from marginalia.ui.settings import Settings

    settings = Settings()
    settings.author = ANA
    window = MainWindow(settings)
    window.resize(1500, 900)
    window.open_corpus(corpus, corpus / EN)
    window.show()
    _pump(app, 0.6)
    window.grab().save(str(out / "all.png"))
    window.reviewers.mine.trigger()
    _pump(app, 0.6)
    window.grab().save(str(out / "independent.png"))
    window.reviewers.everyone.trigger()
    _pump(app, 0.3)

    window.agreement.open()
    view = window.agreement.view
    view.resize(1100, 700)
    deadline = time.monotonic() + 30
    done = []
    window.agreement.computed.connect(lambda: done.append(True))
    while not done and time.monotonic() < deadline:
        _pump(app, 0.05)
    _pump(app, 0.5)
    view.grab().save(str(out / "agreement.png"))
    view.close()

    settings.author = "Carol Reyes"  # the adjudicator
    window.adjudication.open()
    adjudication = window.adjudication.view
    adjudication.resize(1400, 820)
    _pump(app, 0.3)
    adjudication.decide("a")
    adjudication.go_to(2)
    _pump(app, 0.5)
    adjudication.grab().save(str(out / "adjudication.png"))
    adjudication.close()
    window.session.save_all()
    window.close()
    return 0


if __name__ == "__main__":
    # python tests/ui/screens_reviewers.py [FOLDER [LANGUAGE]]
    sys.exit(main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/shots-reviewers"),
                  sys.argv[2] if len(sys.argv) > 2 else "en"))
