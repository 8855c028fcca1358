"""The export dialog: a live preview from the core renderers, and files written or failures told."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest
from PySide6.QtCore import Qt

from marginalia.core.annotation import new_annotation
from marginalia.core.codebook import Codebook
from marginalia.core.corpus import Corpus
from marginalia.core.export import collect, render
from marginalia.core.export.csv_table import COLUMNS
from marginalia.core.selectors import TextPosition
from marginalia.core.storage.sidecar import sidecar_path
from marginalia.ui.dialogs import export_job
from marginalia.ui.dialogs.export_dialog import ExportDialog
from marginalia.ui.dialogs.export_job import preview_text
from marginalia.ui.session import CorpusSession

ES = "es-microsoft-openai-relacion-tensa.txt"
PL = "pl-openai-moc-obliczeniowa.txt"
EXPORTED = datetime(2026, 3, 4, 5, 6, 7, tzinfo=timezone.utc)


@pytest.fixture
def session(seed_corpus) -> CorpusSession:
    """Three claims on two articles: compute, privacy, and compute + competition."""
    session = CorpusSession(Corpus(seed_corpus))
    for name, spans in ((ES, [(0, 30, ("compute",)), (40, 90, ("privacy",))]),
                        (PL, [(10, 60, ("compute", "competition"))])):
        document = session.set_current(seed_corpus / name)
        for start, end, topics in spans:
            session.add(document, new_annotation(document.text, TextPosition(start, end), topics=topics))
    session.save_all()
    yield session
    session.close()


@pytest.fixture
def dialog(qtbot, session, tmp_path) -> ExportDialog:
    widget = ExportDialog(session, folder=tmp_path, clock=lambda: EXPORTED)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    wait_preview(qtbot, widget)
    return widget


def wait_preview(qtbot, dialog) -> str:
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
    return dialog.preview.text()


def core_output(folder, fmt: str, **choice) -> bytes:
    """What the CLI would write for the same corpus, choice and timestamp."""
    return render(fmt, collect(Corpus(folder), **choice), exported=EXPORTED, name=folder.name)


def claim_total(dialog) -> int:
    return json.loads(dialog.preview.text())["total"]


def test_preview_is_the_core_output_of_each_format(qtbot, dialog, seed_corpus):
    """Every format's preview is the core renderer's text, coloured with a lexer for that format."""
    expected_language = {"w3c": "json", "csv": "csv", "markdown": "markdown", "html": "html",
                         "qdpx": "xml", "qdc": "xml"}
    for fmt, language in expected_language.items():
        dialog.set_format(fmt)
        text = wait_preview(qtbot, dialog)
        assert text == preview_text(fmt, core_output(seed_corpus, fmt)).replace("\r\n", "\n")
        assert dialog.preview.language == language
    assert dialog.preview.text().startswith("<?xml") and "CodeBook" in dialog.preview.text()


def test_preview_changes_with_the_format(qtbot, dialog):
    """Switching format replaces the preview: JSON-LD, then a CSV table, a report, a QDA project."""
    assert json.loads(dialog.preview.text())["type"] == "AnnotationCollection"
    assert "3 claims" in dialog.summary_label.text()
    dialog.set_format("csv")
    assert wait_preview(qtbot, dialog).split("\n")[0] == ",".join(COLUMNS)
    dialog.set_format("markdown")
    assert wait_preview(qtbot, dialog).startswith("# Marginalia report")
    dialog.set_format("qdpx")
    assert "<Project" in wait_preview(qtbot, dialog)
    assert "project.qde" in dialog.summary_label.text()


def test_topic_filter_reduces_the_claims(qtbot, dialog, seed_corpus):
    """Unchecking topics keeps only claims with a checked one, as the core's topic filter does."""
    assert claim_total(dialog) == 3
    dialog.set_topic_checked("compute", False)
    wait_preview(qtbot, dialog)
    assert claim_total(dialog) == 2  # privacy, and compute + competition
    dialog.set_topic_checked("competition", False)
    wait_preview(qtbot, dialog)
    assert claim_total(dialog) == 1
    assert dialog.preview.text() == preview_text("w3c", core_output(seed_corpus, "w3c", topics=["privacy"]))
    assert "1 claim · 1 article" in dialog.summary_label.text()


def test_no_topic_checked_means_nothing_to_export(qtbot, dialog):
    """With every topic unchecked the preview is empty and Export is disabled until one is checked."""
    qtbot.mouseClick(dialog.no_topics_button, Qt.MouseButton.LeftButton)
    wait_preview(qtbot, dialog)
    assert dialog.preview.text() == ""
    assert not dialog.export_button.isEnabled()
    qtbot.mouseClick(dialog.all_topics_button, Qt.MouseButton.LeftButton)
    wait_preview(qtbot, dialog)
    assert claim_total(dialog) == 3 and dialog.export_button.isEnabled()


def test_current_article_only(qtbot, dialog, session, seed_corpus):
    """"Current article" limits the export to the article open in the window."""
    assert session.current.article.path.name == PL
    dialog.current_article.setChecked(True)
    wait_preview(qtbot, dialog)
    assert claim_total(dialog) == 1
    assert dialog.preview.text() == preview_text("w3c", core_output(seed_corpus, "w3c", articles=[PL]))
    assert dialog.default_path().name == "pl-openai-moc-obliczeniowa-annotations.jsonld"


def test_export_writes_the_core_output(qtbot, monkeypatch, dialog, seed_corpus, tmp_path):
    """Export writes exactly what the core renders for the same choice and timestamp, and says so."""
    asked = []
    target = tmp_path / "out" / "claims.jsonld"
    target.parent.mkdir()
    monkeypatch.setattr(dialog, "_ask_target", lambda default: asked.append(default) or target)
    with qtbot.waitSignal(dialog.exported, timeout=5000) as signal:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert signal.args[0] == str(target) and "3 claims from 5 articles" in signal.args[1]
    assert asked == [tmp_path / "corpus-annotations.jsonld"]
    assert target.read_bytes() == core_output(seed_corpus, "w3c")
    assert str(target) in dialog.result_label.text() and "3 claims" in dialog.result_label.text()
    assert dialog.result_label.isVisible() and not dialog.message_bar.isVisible()
    assert dialog.folder == target.parent  # the next export starts there


def test_export_includes_claims_not_saved_yet(qtbot, monkeypatch, dialog, session, seed_corpus, tmp_path):
    """A claim still waiting for autosave is in the export: it comes from the window's documents."""
    document = session.current
    fresh = new_annotation(document.text, TextPosition(100, 140), topics=("privacy",), note="unsaved")
    session.add(document, fresh)
    assert session.unsaved(document)
    target = tmp_path / "claims.csv"
    dialog.set_format("csv")
    wait_preview(qtbot, dialog)
    assert "unsaved" in dialog.preview.text()
    monkeypatch.setattr(dialog, "_ask_target", lambda default: target)
    with qtbot.waitSignal(dialog.exported, timeout=5000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    session.save_all()
    assert target.read_bytes() == core_output(seed_corpus, "csv")
    assert fresh.id in target.read_text(encoding="utf-8-sig")


def test_export_failure_is_reported_and_the_dialog_goes_on(qtbot, monkeypatch, dialog, tmp_path):
    """A target whose folder is a file gives a message naming file and reason; a retry then works."""
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file, not a folder", encoding="utf-8")
    target = blocker / "claims.jsonld"
    monkeypatch.setattr(dialog, "_ask_target", lambda default: target)
    with qtbot.waitSignal(dialog.export_failed, timeout=5000) as signal:
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    message = signal.args[0]
    assert str(target) in message and "not a folder" in message  # ENOTDIR, worded by the window
    assert dialog.message_bar.isVisible() and dialog.message_bar.label.text() == message
    assert dialog.isVisible() and dialog.export_button.isEnabled()
    assert blocker.read_text(encoding="utf-8") == "a file, not a folder"

    good = tmp_path / "claims"  # no suffix: the format's is added
    monkeypatch.setattr(dialog, "_ask_target", lambda default: good)
    with qtbot.waitSignal(dialog.exported, timeout=5000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "claims.jsonld").is_file()
    assert not dialog.message_bar.isVisible()


def test_cancelled_file_dialog_writes_nothing(qtbot, monkeypatch, dialog, tmp_path):
    """Cancelling the save dialog leaves the folder as it was and shows no message."""
    before = sorted(tmp_path.rglob("*"))
    monkeypatch.setattr(dialog, "_ask_target", lambda default: None)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.wait(100)
    assert sorted(tmp_path.rglob("*")) == before
    assert not dialog.result_label.isVisible() and not dialog.message_bar.isVisible()


def test_impossible_export_is_explained_not_raised(qtbot, emoji_corpus, tmp_path):
    """A codebook export with no topic at all shows the core's reason and disables Export."""
    session = CorpusSession(Corpus(emoji_corpus))
    session.set_codebook(Codebook())
    dialog = ExportDialog(session, folder=tmp_path, clock=lambda: EXPORTED)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_format("qdc")
    wait_preview(qtbot, dialog)
    assert dialog.message_bar.isVisible()
    assert "needs at least one" in dialog.message_bar.label.text()
    assert not dialog.export_button.isEnabled()
    dialog.set_format("w3c")
    wait_preview(qtbot, dialog)
    assert claim_total(dialog) == 0
    assert dialog.export_button.isEnabled() and not dialog.message_bar.isVisible()


def test_markdown_export_into_the_corpus_warns_it_becomes_an_article(qtbot, monkeypatch, dialog, seed_corpus):
    """A .md written inside the corpus folder is exported, with a note that the library will list it."""
    target = seed_corpus / "report.md"
    dialog.set_format("markdown")
    wait_preview(qtbot, dialog)
    monkeypatch.setattr(dialog, "_ask_target", lambda default: target)
    with qtbot.waitSignal(dialog.exported, timeout=5000):
        qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert target.read_bytes().startswith(b"# Marginalia report")
    assert "list it as an article" in dialog.result_label.text()
    assert not sidecar_path(target).exists()


def test_long_preview_is_cut_at_a_line_and_says_so(qtbot, monkeypatch, dialog, seed_corpus):
    """Past the preview limit the pane shows whole lines up to it and the summary says it is cut."""
    monkeypatch.setattr(export_job, "PREVIEW_LIMIT", 500)
    dialog.set_format("html")
    shown = wait_preview(qtbot, dialog)
    full = preview_text("html", core_output(seed_corpus, "html"))
    assert 0 < len(shown) <= 500 and full.startswith(shown) and shown.endswith("\n")
    assert "preview cut" in dialog.summary_label.text()
