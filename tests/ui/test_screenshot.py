"""`marginalia --screenshot` renders the real window to a PNG with claims on screen."""

import shutil
import subprocess
import sys

from PySide6.QtGui import QColor, QImage

from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition
from support import REPO, SEEDS


def test_screenshot_shows_highlights_in_topic_colours(tmp_path):
    """The PNG has the window's size and pixels tinted in the topics' colours."""
    corpus_dir = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus_dir)
    corpus = Corpus(corpus_dir)
    article = corpus_dir / "vi-microsoft-openai-noi-lo-an-giau.txt"
    document = corpus.open(article)
    for phrase, topics in (("sức mạnh tính toán", ("compute",)), ("Microsoft có thể cung cấp", ("competition",))):
        start = document.text.index(phrase)
        document.add(new_annotation(document.text, TextPosition(start, start + len(phrase)), topics=topics))
    corpus.save(document)
    target = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, "-m", "marginalia", "--screenshot", str(target), str(article)],
        capture_output=True, text=True, timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "MARGINALIA_HOME": str(tmp_path / "home"),
             "PYTHONPATH": str(REPO / "desktop"), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1440, 900)
    colours = {QColor(c).name().upper() for c in corpus.codebook.ids() for c in [corpus.codebook.get(c).color]}
    found = set()
    for y in range(0, image.height(), 2):
        for x in range(300, 1100, 2):
            name = image.pixelColor(x, y).name().upper()
            if name in colours:
                found.add(name)
    # The topic bars under the highlighted text are drawn in the topics' exact colours.
    assert {"#0072B2", "#CC79A7"} <= found


def test_first_run_opens_a_writable_copy_of_the_seeds(tmp_path):
    """With no folder given and no previous session, the seeds are copied into the user
    library and that copy is what opens (the installed seeds stay untouched)."""
    home = tmp_path / "home"
    result = subprocess.run(
        [sys.executable, "-m", "marginalia", "--screenshot", str(tmp_path / "first.png")],
        capture_output=True, text=True, timeout=120,
        env={"QT_QPA_PLATFORM": "offscreen", "MARGINALIA_HOME": str(home),
             "PYTHONPATH": str(REPO / "desktop"), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    library = home / "Library"
    assert sorted(p.name for p in library.glob("*.txt")) == sorted(p.name for p in SEEDS.glob("*.txt"))
    assert (library / "manifest.json").exists()
    assert not list(SEEDS.glob("*.annotations.json"))
