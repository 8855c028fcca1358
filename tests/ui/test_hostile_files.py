"""The window with hostile files and text: no wait on a dialog, no markup from notes, no claims rewritten."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument

from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition
from marginalia.core.storage.sidecar import sidecar_path
from support import REPO, VI_EMOJI

HOSTILE_NOTE = '<h1 style="color:red">Styled heading</h1><img src="file:///etc/hosts"> & more'


def _screenshot(tmp_path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "marginalia", "--screenshot", str(tmp_path / "shot.png"), *args],
        capture_output=True, text=True, timeout=60,
        env={"QT_QPA_PLATFORM": "offscreen", "MARGINALIA_HOME": str(tmp_path / "home"),
             "PYTHONPATH": str(REPO / "desktop"), "PATH": "/usr/bin:/bin"})


def test_a_screenshot_of_an_unreadable_article_says_so_and_exits_non_zero(tmp_path, emoji_corpus):
    """No one is at the screen: the message goes to stderr, never to a modal box that waits."""
    broken = emoji_corpus / "broken.txt"
    broken.write_bytes(bytes(range(256)) * 64)
    done = _screenshot(tmp_path, str(broken))
    assert done.returncode != 0 and "broken.txt" in done.stderr and "binary" in done.stderr


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX file kind")
def test_a_screenshot_with_a_fifo_for_a_sidecar_finishes(tmp_path, emoji_corpus):
    """A FIFO where the article's sidecar should be: the window opens it read-only, and the run ends."""
    os.mkfifo(sidecar_path(emoji_corpus / "vi-emoji.txt"))
    done = _screenshot(tmp_path, str(emoji_corpus / "vi-emoji.txt"))
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "shot.png").exists()


def test_card_tooltips_show_a_note_as_its_text_not_as_markup(qtbot, emoji_corpus):
    """A note that looks like HTML is shown in its card's tooltip as those very characters."""
    from marginalia.ui.models.annotation_list_model import AnnotationListModel

    corpus = Corpus(emoji_corpus)
    document = corpus.open(emoji_corpus / "vi-emoji.txt")
    document.add(new_annotation(document.text, TextPosition(0, 9), note=HOSTILE_NOTE))
    model = AnnotationListModel()
    model.set_codebook(corpus.codebook)
    model.set_document(document)
    tooltip = model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole)
    shown = QTextDocument()
    # As a tooltip decides: text that might be rich text is shown as rich text.
    shown.setHtml(tooltip) if QtGui.Qt.mightBeRichText(tooltip) else shown.setPlainText(tooltip)
    assert shown.toPlainText() == HOSTILE_NOTE


def test_the_problem_banner_shows_record_ids_as_text(qtbot, open_window, emoji_corpus):
    """A record whose id looks like markup is named in the banner as written, not rendered."""
    import json

    corpus = Corpus(emoji_corpus)
    document = corpus.open(emoji_corpus / "vi-emoji.txt")
    document.add(new_annotation(document.text, TextPosition(0, 9)))
    corpus.save(document)
    path = sidecar_path(emoji_corpus / "vi-emoji.txt")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["annotations"].append({"id": "<h1>big</h1><img src=x>", "position": "not an object"})
    path.write_text(json.dumps(data), encoding="utf-8")
    window = open_window(emoji_corpus, emoji_corpus / "vi-emoji.txt")
    assert window.banner.isVisible() and window.banner.textFormat() == Qt.TextFormat.PlainText
    assert "annotations[1].position" in window.banner.text()


def test_the_window_never_rewrites_the_claims_of_a_damaged_utf8_article(qtbot, open_window, emoji_corpus,
                                                                         monkeypatch):
    """One bad byte in the article: the window shows it read-only and the sidecar is left
    as it was (no mojibake quotes, no shifted offsets), however long it stays open."""
    from PySide6.QtWidgets import QMessageBox

    warned = []  # a modal box would wait for ever in a test: record it instead
    monkeypatch.setattr(QMessageBox, "warning", staticmethod(lambda *args, **kw: warned.append(args)))
    corpus = Corpus(emoji_corpus)
    article = emoji_corpus / "vi-emoji.txt"
    document = corpus.open(article)
    start = VI_EMOJI.index("Cạnh")
    document.add(new_annotation(document.text, TextPosition(start, start + 9), note="cạnh tranh"))
    corpus.save(document)
    before = sidecar_path(article).read_bytes()
    data = article.read_bytes()
    article.write_bytes(data[:5] + b"\xff" + data[6:])
    window = open_window(emoji_corpus, article)
    assert not warned and window.session.current.read_only
    assert "byte 5" in window.banner.text()
    qtbot.wait(1200)  # past the autosave delay
    window.session.save_all()
    assert sidecar_path(article).read_bytes() == before
