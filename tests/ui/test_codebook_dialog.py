"""The codebook dialog: every edit reaches the session and the codebook file, and undoes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition
from marginalia.core.storage.codebook_file import read_codebook
from marginalia.core.storage.documents import read_sidecar
from marginalia.core.storage.sidecar import sidecar_path
from marginalia.ui.commands import AddAnnotationCommand
from marginalia.ui.dialogs.codebook_dialog import CodebookDialog
from marginalia.ui.session import CorpusSession

ES = "es-microsoft-openai-relacion-tensa.txt"


@pytest.fixture
def session(seed_corpus) -> CorpusSession:
    return CorpusSession(Corpus(seed_corpus))


@pytest.fixture
def dialog(qtbot, session) -> CodebookDialog:
    widget = CodebookDialog(session)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def names(codebook) -> list[str]:
    return [t.name for t in codebook]


def on_disk(session: CorpusSession):
    return read_codebook(session.corpus.codebook_path)


def list_names(dialog: CodebookDialog) -> list[str]:
    return [dialog.topic_list.topLevelItem(r).text(0) for r in range(dialog.topic_list.topLevelItemCount())]


def click(qtbot, button) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_dialog_lists_topics_with_keys(qtmodeltester, dialog, session):
    """Each topic shows its name, a colour swatch and its shortcut key."""
    qtmodeltester.check(dialog.topic_list.model())
    assert list_names(dialog) == names(session.codebook)
    first = dialog.topic_list.topLevelItem(0)
    assert first.text(1) == session.codebook.topics[0].shortcut
    assert not first.icon(0).isNull()


def test_add_rename_recolour_reach_session_and_disk(qtbot, monkeypatch, dialog, session):
    """Adding, renaming and recolouring change the session's codebook and the file on disk."""
    monkeypatch.setattr(dialog, "_ask_name", lambda *args: "regulation")
    click(qtbot, dialog.add_button)
    assert "regulation" in names(session.codebook)
    assert names(on_disk(session)) == names(session.codebook)
    assert list_names(dialog)[-1] == "regulation"
    assert dialog.selected_topic().name == "regulation"

    monkeypatch.setattr(dialog, "_ask_name", lambda *args: "Regulation & law")
    click(qtbot, dialog.rename_button)
    topic = dialog.selected_topic()
    assert topic.name == "Regulation & law" and topic.id == "regulation"  # ids survive renames
    assert on_disk(session).get("regulation").name == "Regulation & law"

    monkeypatch.setattr(dialog, "_choose_color", lambda initial: QColor("#112233"))
    click(qtbot, dialog.color_button)
    assert session.codebook.get("regulation").color == "#112233"
    assert on_disk(session).get("regulation").color == "#112233"
    assert not dialog.message_bar.isVisibleTo(dialog)


def test_undo_and_redo_buttons_walk_the_history(qtbot, monkeypatch, dialog, session):
    """Undo takes back the last edit in memory and on disk; Redo puts it back."""
    original = session.codebook
    monkeypatch.setattr(dialog, "_ask_name", lambda *args: "ethics")
    click(qtbot, dialog.add_button)
    monkeypatch.setattr(dialog, "_choose_color", lambda initial: QColor("#abcdef"))
    click(qtbot, dialog.color_button)
    assert session.codebook.get("ethics").color == "#ABCDEF"

    click(qtbot, dialog.undo_button)
    assert session.codebook.get("ethics").color != "#ABCDEF"
    click(qtbot, dialog.undo_button)
    assert session.codebook == original and on_disk(session) == original
    assert list_names(dialog) == names(original)
    assert not dialog.undo_button.isEnabled()

    click(qtbot, dialog.redo_button)
    click(qtbot, dialog.redo_button)
    assert session.codebook.get("ethics").color == "#ABCDEF"
    assert on_disk(session).get("ethics").color == "#ABCDEF"


def test_ctrl_z_and_ctrl_shift_z_undo_inside_the_dialog(qtbot, monkeypatch, dialog, session):
    """The keyboard shortcuts for undo and redo work while the dialog has focus."""
    dialog.activateWindow()
    dialog.topic_list.setFocus()
    qtbot.waitUntil(dialog.topic_list.hasFocus)
    monkeypatch.setattr(dialog, "_ask_name", lambda *args: "renamed")
    click(qtbot, dialog.rename_button)
    assert session.codebook.topics[0].name == "renamed"
    qtbot.keyClick(dialog.topic_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert session.codebook.topics[0].name == "compute"
    qtbot.keyClick(dialog.topic_list, Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert session.codebook.topics[0].name == "renamed"


def test_edits_go_on_the_session_codebook_stack(qtbot, monkeypatch, dialog, session):
    """The dialog shares the session's codebook history, so the main window can undo too."""
    monkeypatch.setattr(dialog, "_ask_name", lambda *args: "labour")
    click(qtbot, dialog.add_button)
    assert dialog.stack is session.codebook_stack
    assert session.codebook_stack.count() == 1
    assert "labour" in session.codebook_stack.undoText()


def test_shortcut_menu_sets_and_clears_the_key(dialog, session):
    """Choosing a free key gives it to the topic; choosing None takes it away."""
    dialog.select_topic("privacy")
    dialog.shortcut_actions["7"].trigger()
    assert session.codebook.get("privacy").shortcut == "7"
    assert on_disk(session).get("privacy").shortcut == "7"
    dialog.shortcut_actions[""].trigger()
    assert session.codebook.get("privacy").shortcut == ""


def test_taken_shortcut_is_refused_with_a_message(dialog, session):
    """A key that belongs to another topic is refused in words, and nothing changes."""
    before = session.codebook
    dialog.select_topic("privacy")
    dialog.shortcut_actions["1"].trigger()
    assert session.codebook == before
    assert dialog.message_bar.isVisibleTo(dialog)
    assert "compute" in dialog.message_label.text()


def test_duplicate_name_is_refused_with_a_message(qtbot, monkeypatch, dialog, session):
    """Adding or renaming to an existing name (any case) explains itself and changes nothing."""
    before = session.codebook
    monkeypatch.setattr(dialog, "_ask_name", lambda *args: "PRIVACY")
    click(qtbot, dialog.add_button)
    assert session.codebook == before
    assert "exists already" in dialog.message_label.text()
    dialog.select_topic("compute")
    click(qtbot, dialog.rename_button)
    assert session.codebook == before and session.codebook_stack.count() == 0
    monkeypatch.setattr(dialog, "_ask_name", lambda *args: "   ")
    click(qtbot, dialog.add_button)
    assert "needs a name" in dialog.message_label.text()


def test_remove_unused_topic_is_undoable(qtbot, dialog, session):
    """A topic on no claim is removed at once, and Undo brings it back in its place."""
    dialog.select_topic("privacy")
    click(qtbot, dialog.remove_button)
    assert session.codebook.get("privacy") is None and on_disk(session).get("privacy") is None
    click(qtbot, dialog.undo_button)
    assert session.codebook.ids() == ("compute", "privacy", "competition")


def add_claims(session: CorpusSession, topic: str, n: int) -> None:
    corpus = session.corpus
    document = corpus.open(corpus.root / ES)
    for i in range(n):
        document.add(new_annotation(document.text, TextPosition(i * 4, i * 4 + 3), topics=(topic,)))
    corpus.save(document)


def test_remove_used_topic_declined_keeps_it(qtbot, monkeypatch, dialog, session):
    """Declining the confirmation for a topic on claims leaves codebook and claims as they were."""
    add_claims(session, "privacy", 2)
    session.set_codebook(session.codebook)  # a codebook file to compare with
    file_before = session.corpus.codebook_path.read_bytes()
    asked = []
    monkeypatch.setattr(dialog, "_confirm_remove_used", lambda topic, count: asked.append((topic.id, count)) or False)
    dialog.select_topic("privacy")
    click(qtbot, dialog.remove_button)
    assert asked == [("privacy", 2)]
    assert session.codebook.get("privacy") is not None
    assert session.corpus.codebook_path.read_bytes() == file_before
    assert session.corpus.topic_usage("privacy") == 2


def test_remove_used_topic_confirmed_strips_claims(qtbot, monkeypatch, dialog, session):
    """Confirming removes the topic from the codebook and from the claims on disk, for good."""
    add_claims(session, "privacy", 2)
    monkeypatch.setattr(dialog, "_confirm_remove_used", lambda topic, count: True)
    dialog.select_topic("privacy")
    with qtbot.waitSignal(session.codebook_changed):
        click(qtbot, dialog.remove_button)
    assert session.codebook.get("privacy") is None and on_disk(session).get("privacy") is None
    data = read_sidecar(sidecar_path(session.corpus.root / ES))
    assert len(data.annotations) == 2 and all(a.topics == () for a in data.annotations)
    assert "privacy" not in list_names(dialog)
    assert not dialog.undo_button.isEnabled()  # said so in the question: not undoable


def test_unwritable_codebook_reports_instead_of_crashing(qtbot, monkeypatch, dialog, session):
    """A failed save leaves the codebook as it was and says why; the stack stays clean."""
    def refuse(_codebook):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(session.corpus, "save_codebook", refuse)
    monkeypatch.setattr(dialog, "_ask_name", lambda *args: "ethics")
    click(qtbot, dialog.add_button)
    assert session.codebook.get("ethics") is None
    assert "permission denied" in dialog.message_label.text().lower()
    assert session.codebook_stack.count() == 0


def test_remove_used_topic_strips_the_open_document_and_saves_it(qtbot, monkeypatch, dialog, session):
    """The article open in the reader loses the topic in memory too, and is queued for saving."""
    add_claims(session, "privacy", 1)
    document = session.set_current(session.corpus.root / ES)
    monkeypatch.setattr(dialog, "_confirm_remove_used", lambda topic, count: True)
    dialog.select_topic("privacy")
    with qtbot.waitSignal(session.document_changed):
        click(qtbot, dialog.remove_button)
    assert all("privacy" not in a.topics for a in document.ordered())
    assert session.save_all()
    assert all(a.topics == () for a in read_sidecar(sidecar_path(session.corpus.root / ES)).annotations)


def test_unreadable_codebook_file_disables_editing(qtbot, seed_corpus):
    """A codebook file that cannot be read is named in the dialog and left untouched."""
    broken = seed_corpus / "codebook.marginalia.json"
    broken.write_text("[]", encoding="utf-8")
    session = CorpusSession(Corpus(seed_corpus))
    dialog = CodebookDialog(session)
    qtbot.addWidget(dialog)
    assert broken.name in dialog.message_label.text()
    assert not dialog.add_button.isEnabled() and not dialog.remove_button.isEnabled()
    assert broken.read_text(encoding="utf-8") == "[]"


def test_removing_a_used_topic_reaches_every_open_article_and_cannot_be_undone_back(
        qtbot, monkeypatch, dialog, session):
    """Claims tagged in an article kept open in memory, saved or not, are counted and lose
    the topic there; their undo steps go, so no older step brings the topic back; and the
    next save writes them without it."""
    from marginalia.core.storage.sidecar import sidecar_path as side_of

    en = "en-partnership-in-danger.txt"
    session.set_current(session.corpus.root / ES)
    spanish = session.current
    claim = new_annotation(spanish.text, TextPosition(0, 9), topics=("privacy",))
    session.undo_stack(spanish).push(AddAnnotationCommand(session, spanish, claim, "Highlight"))
    session.set_current(session.corpus.root / en)
    english = session.current
    tagged = new_annotation(english.text, TextPosition(0, 5), topics=("privacy", "compute"))
    session.undo_stack(english).push(AddAnnotationCommand(session, english, tagged, "Highlight"))
    assert session.undo_stack(spanish).canUndo() and session.undo_stack(english).canUndo()
    assert session.corpus.topic_usage("privacy", session.open_documents()) == 2
    asked = []
    monkeypatch.setattr(dialog, "_confirm_remove_used", lambda topic, count: asked.append(count) or True)
    dialog.select_topic("privacy")
    click(qtbot, dialog.remove_button)
    assert asked == [2]
    assert [a.topics for a in spanish.ordered()] == [()] and [a.topics for a in english.ordered()] == [("compute",)]
    assert not session.undo_stack(spanish).canUndo() and not session.undo_stack(english).canUndo()
    assert session.save_all()
    for name in (ES, en):
        assert all("privacy" not in a.topics for a in read_sidecar(side_of(session.corpus.root / name)).annotations)
