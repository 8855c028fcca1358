"""File ▸ Import…: a file another tool wrote comes in off the UI thread, and the window says what it brought."""

from __future__ import annotations

import os
import shutil
import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from marginalia.core.annotation import utc_now
from marginalia.core.corpus import Corpus
from marginalia.core.export import collect, render
from support import SEEDS, annotate_two_claims

VI = "vi-microsoft-openai-noi-lo-an-giau.txt"


@pytest.fixture
def w3c_file(tmp_path):
    """W3C annotations of the seeds, two claims in each article, as another copy exported them."""
    other = tmp_path / "colleague"
    shutil.copytree(SEEDS, other)
    annotate_two_claims(other, first_note="z kolegi", author="Ola")
    target = tmp_path / "from-a-colleague.jsonld"
    target.write_bytes(render("w3c", collect(Corpus(other)), exported=utc_now(), name="colleague"))
    return target


def _import(qtbot, window, monkeypatch, path):
    """Ctrl+I with `path` chosen in the file dialog; the outcome, once reported."""
    box = window.importer.message_box
    if box is not None:  # the last report: OK
        qtbot.waitExposed(box)
        qtbot.mouseClick(box.button(QMessageBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
        window.importer.message_box = None
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    monkeypatch.setattr(window.importer, "ask_file", lambda folder: path)
    with qtbot.waitSignal(window.importer.finished, timeout=20000) as done:
        qtbot.keyClick(window.reader, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)  # File ▸ Import…
    assert not window.importer.busy()
    return done.args[1]


def test_import_runs_off_the_ui_thread_and_reports_what_it_brought(qtbot, open_window, seed_corpus, w3c_file,
                                                                   monkeypatch):
    """Ctrl+I imports the file in the background behind a progress dialog; then the open
    article shows the new claims, the library counts them and a report names them."""
    import marginalia.core.importer.files as importer

    seen = []  # what the import's thread sees of the window while it works
    real = importer.import_items

    def watched(*args, **kwargs):
        dialog = window.importer._dialog
        seen.append((threading.current_thread(), dialog is not None and dialog.windowModality()))
        return real(*args, **kwargs)

    monkeypatch.setattr(importer, "import_items", watched)
    window = open_window(seed_corpus, seed_corpus / VI)
    report = _import(qtbot, window, monkeypatch, w3c_file)
    [(thread, modality)] = seen
    assert thread is not threading.main_thread()
    assert modality == Qt.WindowModality.WindowModal  # the window waits: no edit races the import's writes
    assert len(report.imported) == 10 and len(report.written) == 5
    qtbot.waitUntil(lambda: window.notes.model().rowCount() == 2, timeout=5000)
    assert {a.note for a in window.session.current.ordered()} == {"z kolegi", ""}
    library = window.library
    assert library.entry_for(seed_corpus / VI).annotation_count == 2
    text = window.importer.message_box.text()
    assert "10 new claims" in text and "in 5 articles" in text and w3c_file.name in text
    assert "Imported 10 claims" in window.statusBar().currentMessage()
    again = _import(qtbot, window, monkeypatch, w3c_file)  # a second time: nothing new, and it says so
    assert not again.imported and "10 were here already" in window.importer.message_box.text()


def test_an_import_not_newer_than_the_claims_here_says_where_its_versions_went(qtbot, open_window, seed_corpus,
                                                                                w3c_file, monkeypatch, tmp_path):
    """The same claims again with other notes but no newer time: the claims here stay,
    and the report says the incoming versions are in the history."""
    window = open_window(seed_corpus, seed_corpus / VI)
    _import(qtbot, window, monkeypatch, w3c_file)
    edited = tmp_path / "edited.jsonld"
    edited.write_bytes(w3c_file.read_bytes().replace(b"z kolegi", b"z kolegi, poprawione"))
    report = _import(qtbot, window, monkeypatch, edited)
    assert len(report.conflicts) == 5 and not report.updated
    assert "5 differ from claims here that are not older" in window.importer.message_box.text()
    assert "z kolegi" in {a.note for a in window.session.current.ordered()}


def test_unsaved_changes_are_saved_before_the_import_and_kept(qtbot, open_window, seed_corpus, w3c_file, monkeypatch):
    """A claim made just before importing (not yet autosaved) is still there after."""
    window = open_window(seed_corpus, seed_corpus / VI)
    window.reader.select_span(100, 130)
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    mine = window.annotator.current_id
    _import(qtbot, window, monkeypatch, w3c_file)
    qtbot.waitUntil(lambda: window.notes.model().rowCount() == 3, timeout=5000)
    assert mine in window.session.current
    assert mine in {a.id for a in Corpus(seed_corpus).open(seed_corpus / VI).ordered()}


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs are a POSIX thing")
def test_a_file_that_cannot_be_imported_is_named_with_its_problem(qtbot, open_window, seed_corpus, tmp_path,
                                                                 monkeypatch):
    """A file of a kind no import reads (a picture), and a FIFO (whose read would block
    forever), each give a message naming the file and the problem; nothing waits."""
    window = open_window(seed_corpus, seed_corpus / VI)
    picture = tmp_path / "figure.jsonld"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(64))
    fifo = tmp_path / "pipe.jsonld"
    os.mkfifo(fifo)
    for path, reason in ((picture, "cannot import"), (fifo, "not a regular file")):
        outcome = _import(qtbot, window, monkeypatch, path)
        assert isinstance(outcome, Exception)
        text = window.importer.message_box.text()
        assert str(path) in text and reason in text, text
    assert len(window.session.current) == 0


def test_the_import_dialog_offers_every_format_the_command_line_imports(qtbot, open_window, seed_corpus,
                                                                        monkeypatch):
    """Its filters are the core's list, so a format added there is offered here too."""
    from PySide6.QtWidgets import QFileDialog

    import marginalia.core.importer as importer

    monkeypatch.setattr(importer, "IMPORT_FILE_FILTERS",
                        [*importer.IMPORT_FILE_FILTERS, ("REFI-QDA project", ("*.qdpx",))])
    offered = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda parent, title, start, filters: offered.append(filters) or ("", "")))
    window = open_window(seed_corpus, seed_corpus / VI)
    window.actions.import_file.trigger()
    [filters] = offered
    assert "W3C Web Annotations or Hypothesis export (*.jsonld *.json)" in filters
    assert "REFI-QDA project (*.qdpx)" in filters
    assert filters.split(";;")[0].startswith("Everything Marginalia imports (") and "*.qdpx" in filters.split(";;")[0]
