"""End to end on the real window: highlight, tag, note, undo, autosave, reopen, disk changes."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from marginalia.core.error_codes import ErrorCode
from marginalia.core.storage.sidecar import sidecar_path
from marginalia.ui.disk_watcher import SETTLE_MS
from marginalia.ui.session import SaveState
from support import VI_EMOJI, qt_position


def _select(window, start_cp: int, end_cp: int) -> None:
    """Select like a user would, with Qt cursor positions (UTF-16 units)."""
    text = window.reader.document().toPlainText()
    cursor = window.reader.textCursor()
    cursor.setPosition(qt_position(text, start_cp))
    cursor.setPosition(qt_position(text, end_cp), QTextCursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)
    window.reader.setFocus()


def _sidecar(folder, name="vi-emoji.txt"):
    return json.loads(sidecar_path(folder / name).read_text(encoding="utf-8"))


def _wait_saved(qtbot, window):
    qtbot.waitUntil(lambda: window.session.save_state == SaveState.SAVED and not window.session.has_unsaved_changes(),
                    timeout=5000)


def test_highlight_tag_note_undo_redo_and_reopen(qtbot, open_window, emoji_corpus):
    """Select a span after an emoji, press H, 1 and 3, then N and type a note: the sidecar holds
    it all; undo and redo follow on disk; a new window shows the same state."""
    from PySide6.QtWidgets import QApplication

    from marginalia.ui.card_delegate import NoteEditor

    window = open_window(emoji_corpus, emoji_corpus / "vi-emoji.txt")
    start = VI_EMOJI.index("🤝") + 2  # "tưởng như thân thiết", right after the emoji and a space
    end = VI_EMOJI.index(".")
    _select(window, start - 1, end)  # a sloppy selection: the space before is trimmed
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    assert len(window.session.current) == 1
    claim_id = window.annotator.current_id
    assert window.session.current.get(claim_id).quote.exact == "tưởng như thân thiết"
    assert QApplication.focusWidget() is window.reader  # the text keeps the keyboard: the digits tag
    qtbot.keyClick(window.reader, Qt.Key.Key_1)
    qtbot.keyClick(window.reader, Qt.Key.Key_3)
    qtbot.keyClick(window.reader, Qt.Key.Key_N)  # the note
    editor = QApplication.focusWidget()
    assert isinstance(editor, NoteEditor), "N should open the chosen claim's note"
    qtbot.keyClicks(editor, "ghi ch")
    editor.insertPlainText("ú 📝")  # as an input method commits it: QTest types only ASCII
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.reader  # Esc: back to the text
    _wait_saved(qtbot, window)
    [record] = _sidecar(emoji_corpus)["annotations"]
    assert record["quote"]["exact"] == "tưởng như thân thiết"
    assert (record["position"]["start"], record["position"]["end"]) == (start, end)
    assert record["topics"] == ["compute", "competition"]
    assert record["note"] == "ghi chú 📝"

    stack = window.session.undo_stack(window.session.current)
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the note, in one step
    _wait_saved(qtbot, window)
    assert _sidecar(emoji_corpus)["annotations"][0]["note"] == ""
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # competition off
    _wait_saved(qtbot, window)
    assert _sidecar(emoji_corpus)["annotations"][0]["topics"] == ["compute"]
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # compute off
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the claim itself
    _wait_saved(qtbot, window)
    assert _sidecar(emoji_corpus)["annotations"] == []
    qtbot.keyClick(window.reader, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)  # redo, both ways
    while stack.canRedo():
        qtbot.keyClick(window.reader, Qt.Key.Key_Z,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    _wait_saved(qtbot, window)
    [record] = _sidecar(emoji_corpus)["annotations"]
    assert record["topics"] == ["compute", "competition"] and record["note"] == "ghi chú 📝"

    window.close()
    again = open_window(emoji_corpus)
    assert again.session.current.article.path.name == "vi-emoji.txt"  # the last article reopens
    [claim] = again.session.current.ordered()
    assert (claim.quote.exact, claim.topics, claim.note) == ("tưởng như thân thiết", ("compute", "competition"), "ghi chú 📝")
    assert again.notes.model().rowCount() == 1


def test_selection_never_splits_graphemes(qtbot, open_window, emoji_corpus):
    """A selection ending inside a family emoji or a flag is widened to the whole cluster."""
    window = open_window(emoji_corpus, emoji_corpus / "vi-emoji.txt")
    family = VI_EMOJI.index("👩")
    _select(window, family - 6, family + 2)  # "Nhưng " + half the family
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    claim = window.session.current.get(window.annotator.current_id)
    assert claim.quote.exact == "Nhưng 👩‍👩‍👧"
    flag = VI_EMOJI.index("🇻🇳")
    window.notes.setFocus()
    _select(window, flag + 1, flag + 2)
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    assert window.session.current.get(window.annotator.current_id).quote.exact == "🇻🇳"


def test_delete_and_span_keys(qtbot, open_window, emoji_corpus):
    """Alt+Right extends a claim by a word, Alt+Left shrinks it, Delete removes it, undo restores it."""
    window = open_window(emoji_corpus, emoji_corpus / "vi-emoji.txt")
    start = VI_EMOJI.index("sức")
    _select(window, start, start + len("sức mạnh"))
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    claim = window.annotator.current()
    assert claim.quote.exact == "sức mạnh tính"
    qtbot.keyClick(window.reader, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window.reader, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.annotator.current().quote.exact == "sức"
    qtbot.keyClick(window.reader, Qt.Key.Key_Delete)
    assert len(window.session.current) == 0
    window._undo.trigger()
    assert [a.quote.exact for a in window.session.current.ordered()] == ["sức"]


def test_sidecar_changed_on_disk_is_followed(qtbot, open_window, emoji_corpus):
    """Another program adds a claim to the sidecar: the window reloads and shows it."""
    from marginalia.core.corpus import Corpus
    from marginalia.core.annotation import new_annotation
    from marginalia.core.selectors import TextPosition

    window = open_window(emoji_corpus, emoji_corpus / "vi-emoji.txt")
    assert window.notes.model().rowCount() == 0
    other = Corpus(emoji_corpus)
    document = other.open(emoji_corpus / "vi-emoji.txt")
    start = VI_EMOJI.index("Cạnh")
    document.add(new_annotation(document.text, TextPosition(start, start + 5), topics=("privacy",), note="từ git pull"))
    other.save(document)
    # No call into the window: the file system watcher notices the new file by itself.
    qtbot.waitUntil(lambda: window.notes.model().rowCount() == 1, timeout=5000)
    assert window.session.current.ordered()[0].note == "từ git pull"
    assert not window.session.unsaved(window.session.current)


def test_the_look_after_a_file_event_reads_the_sidecar_off_the_ui_thread(qtbot, open_window, emoji_corpus,
                                                                         monkeypatch):
    """Every autosave stirs the folder; the look that follows reads and hashes the
    sidecar (megabytes with thousands of claims) on the files' thread."""
    import threading

    from marginalia.core.corpus import Corpus
    from marginalia.core.annotation import new_annotation
    from marginalia.core.selectors import TextPosition
    from marginalia.core.storage.sidecar_file import SidecarFile

    on_ui_thread = []
    real_refresh = SidecarFile.refresh
    monkeypatch.setattr(SidecarFile, "refresh",
                        lambda self: on_ui_thread.append(threading.current_thread() is threading.main_thread())
                        or real_refresh(self))
    window = open_window(emoji_corpus, emoji_corpus / "vi-emoji.txt")
    other = Corpus(emoji_corpus)
    document = other.open(emoji_corpus / "vi-emoji.txt")
    start = VI_EMOJI.index("Cạnh")
    document.add(new_annotation(document.text, TextPosition(start, start + 5), note="từ nơi khác"))
    other.save(document)
    qtbot.waitUntil(lambda: window.notes.model().rowCount() == 1, timeout=5000)
    assert on_ui_thread and not any(on_ui_thread)


def test_a_look_while_a_save_is_under_way_finds_the_windows_own_write(qtbot, open_window, emoji_corpus,
                                                                     monkeypatch):
    """A look asked for while the window's save is being written waits for it, and takes
    the file it finds for the window's own: nothing is reloaded or reported."""
    import threading

    from marginalia.core.storage.sidecar_file import SidecarFile

    go_on, started = threading.Event(), threading.Event()
    real_save = SidecarFile.save

    def held_save(self, snapshot):
        started.set()
        go_on.wait(10)
        return real_save(self, snapshot)

    window = open_window(emoji_corpus, emoji_corpus / "vi-emoji.txt")
    monkeypatch.setattr(SidecarFile, "save", held_save)
    messages, changes = [], []
    window.session.message.connect(messages.append)
    window.session.document_changed.connect(lambda _d, c: changes.append(c))
    _select(window, 0, 9)
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    qtbot.waitUntil(started.is_set, timeout=5000)  # the autosave is being written
    window.session.look_at_sidecar(window.session.current)
    go_on.set()
    qtbot.waitUntil(lambda: window.session.save_state == SaveState.SAVED and not window.session.busy,
                    timeout=5000)
    qtbot.wait(2 * SETTLE_MS + 300)
    assert messages == [] and not any(c.merged for c in changes)
    assert len(window.session.current) == 1 and len(_sidecar(emoji_corpus)["annotations"]) == 1


def test_unsaved_changes_merge_with_disk_changes(qtbot, open_window, emoji_corpus, monkeypatch):
    """A claim made here and one written by another program at the same time both survive."""
    from marginalia.core.corpus import Corpus
    from marginalia.core.annotation import new_annotation
    from marginalia.core.selectors import TextPosition

    window = open_window(emoji_corpus, emoji_corpus / "vi-emoji.txt")
    monkeypatch.setattr(window.session, "save_all", lambda: False)  # keep ours unsaved
    monkeypatch.setattr(window.session, "save_in_background", lambda: None)
    _select(window, 0, 9)
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    other = Corpus(emoji_corpus).open(emoji_corpus / "vi-emoji.txt")
    start = VI_EMOJI.index("Cạnh")
    other.add(new_annotation(other.text, TextPosition(start, start + 5)))
    Corpus(emoji_corpus).save(other)
    window.watcher.check_now()
    assert sorted(a.quote.exact for a in window.session.current.ordered()) == ["Cạnh ", "Microsoft"]
    assert window.session.unsaved(window.session.current)  # the merge is still to be written


def test_failed_save_keeps_changes_and_says_so(qtbot, open_window, emoji_corpus, monkeypatch):
    """When the disk is full a save fails: the claim stays in memory, the window says so,
    quitting asks first, and the retry writes it once the disk has room again."""
    from marginalia.core.errors import WriteError
    from marginalia.core.storage.sidecar_file import SidecarFile

    window = open_window(emoji_corpus, emoji_corpus / "vi-emoji.txt")
    real_save = SidecarFile.save

    def disk_full(self, _snapshot):
        raise WriteError(self.path, ErrorCode.WRITE_FAILED, 28, system="No space left on device")

    monkeypatch.setattr(SidecarFile, "save", disk_full)
    _select(window, 0, 9)
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: window.session.save_state == SaveState.FAILED, timeout=5000)
    assert "retrying" in window.save_label.text()
    assert "no space left" in window.save_label.toolTip()
    assert len(window.session.current) == 1 and window.session.has_unsaved_changes()
    asked = []
    monkeypatch.setattr(window, "_confirm_discard", lambda message: asked.append(message) or False)
    window.close()
    assert asked and window.isVisible()  # the user was warned and chose to stay
    monkeypatch.setattr(SidecarFile, "save", real_save)
    qtbot.waitUntil(lambda: window.session.save_state == SaveState.SAVED, timeout=8000)  # the retry
    assert _sidecar(emoji_corpus)["annotations"][0]["quote"]["exact"] == "Microsoft"


def test_reloading_a_changed_sidecar_keeps_its_unreadable_records(qtbot, open_window, emoji_corpus):
    """When another program rewrites the sidecar with a record this version cannot read,
    the window reloads the rest and the next save writes that record back unchanged."""
    import json

    from marginalia.core.corpus import Corpus
    from marginalia.core.annotation import new_annotation
    from marginalia.core.selectors import TextPosition
    from marginalia.core.storage.sidecar import sidecar_path

    window = open_window(emoji_corpus, emoji_corpus / "vi-emoji.txt")
    other = Corpus(emoji_corpus).open(emoji_corpus / "vi-emoji.txt")
    start = VI_EMOJI.index("Cạnh")
    other.add(new_annotation(other.text, TextPosition(start, start + 5)))
    Corpus(emoji_corpus).save(other)
    path = sidecar_path(emoji_corpus / "vi-emoji.txt")
    data = json.loads(path.read_text(encoding="utf-8"))
    strange = {"id": "from-a-newer-tool", "position": {"start": "three"}, "kept": ["as", "written"]}
    data["annotations"].append(strange)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    window.watcher.check_now()
    assert [a.quote.exact for a in window.session.current.ordered()] == ["Cạnh "]
    _select(window, 0, 9)
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: not window.session.has_unsaved_changes(), timeout=5000)
    written = json.loads(path.read_text(encoding="utf-8"))["annotations"]
    assert strange in written and len(written) == 3


def test_changes_made_while_another_article_was_shown_are_picked_up(qtbot, open_window, emoji_corpus):
    """A claim another program adds to an article's sidecar while a different article is
    shown appears when the user comes back, and a later edit keeps it."""
    from marginalia.core.corpus import Corpus
    from marginalia.core.annotation import new_annotation
    from marginalia.core.selectors import TextPosition

    window = open_window(emoji_corpus, emoji_corpus / "vi-emoji.txt")
    window.open_article(emoji_corpus / "en-short.txt")
    qtbot.wait(SETTLE_MS + 200)  # the switch's own file events are over
    other = Corpus(emoji_corpus).open(emoji_corpus / "vi-emoji.txt")
    start = VI_EMOJI.index("Cạnh")
    other.add(new_annotation(other.text, TextPosition(start, start + 5), note="từ nơi khác"))
    Corpus(emoji_corpus).save(other)
    window.open_article(emoji_corpus / "vi-emoji.txt")
    qtbot.waitUntil(lambda: window.notes.model().rowCount() == 1, timeout=5000)
    _select(window, 0, 9)
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    qtbot.waitUntil(lambda: not window.session.has_unsaved_changes(), timeout=5000)
    again = Corpus(emoji_corpus).open(emoji_corpus / "vi-emoji.txt")
    assert sorted(a.note for a in again.ordered()) == ["", "từ nơi khác"]


def test_saving_claims_does_not_read_the_article_again(qtbot, open_window, emoji_corpus, monkeypatch):
    """The folder changes at every autosave; the watcher reads the article again only when
    the article file itself changed."""
    from marginalia.core.storage import documents

    window = open_window(emoji_corpus, emoji_corpus / "vi-emoji.txt")
    reads = []
    real_load = documents.load_article
    monkeypatch.setattr(documents, "load_article", lambda *a, **k: reads.append(a[0]) or real_load(*a, **k))
    _select(window, 0, 9)
    qtbot.keyClick(window.reader, Qt.Key.Key_H)
    _wait_saved(qtbot, window)
    window.watcher.check_now()
    assert reads == []
    article = emoji_corpus / "vi-emoji.txt"
    article.write_text(VI_EMOJI + "\nMột dòng mới.\n", encoding="utf-8")
    window.watcher.check_now()
    assert reads == [article] and window.session.current.text.endswith("Một dòng mới.\n")
