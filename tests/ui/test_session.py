"""The window's session: saving off the UI thread, and taking in what changed on disk."""

import json
import threading

from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition
from marginalia.core.storage import sidecar
from marginalia.core.storage.sidecar_file import SidecarFile, read_sidecar
from marginalia.ui.session import PREPARE_MIN_CLAIMS, CorpusSession, SaveState


def _long_article(folder, claims: int):
    """An article of `claims` sentences, each highlighted as a claim, saved."""
    text = "".join(f"Zdanie {i}: Microsoft i OpenAI negocjują umowę 🤝 od nowa.\n" for i in range(claims))
    (folder / "long.txt").write_text(text, encoding="utf-8")
    corpus = Corpus(folder)
    document = corpus.open(folder / "long.txt")
    starts = [0] + [i + 1 for i, ch in enumerate(document.text) if ch == "\n"][:-1]
    for start in starts:
        document.add(new_annotation(document.text, TextPosition(start, document.text.index("\n", start))))
    corpus.save(document)


def test_a_long_document_is_made_ready_for_its_first_save_in_the_background(qtbot, tmp_path, monkeypatch):
    """Claims are encoded on the files' thread after the document opens, so the first
    autosave after a change encodes only that change, and writes the same bytes."""
    count = PREPARE_MIN_CLAIMS * 2 + 37
    _long_article(tmp_path, count)
    session = CorpusSession(Corpus(tmp_path))
    document = session.set_current(tmp_path / "long.txt")
    qtbot.waitUntil(lambda: not session.busy, timeout=30000)

    encoded = []
    encode = sidecar.encode_annotation
    monkeypatch.setattr(sidecar, "encode_annotation", lambda a: encoded.append(a.id) or encode(a))
    claim = document.ordered()[count // 2]
    session.update(document, claim.with_changes(note="przegląd"))
    assert session.save_all()
    assert encoded == [claim.id]
    monkeypatch.undo()
    file = session.file_of(document)
    assert file.path.read_bytes() == sidecar.encode_sidecar(file.snapshot(document).data)


def test_an_autosave_writes_off_the_ui_thread_and_counts_as_saved_only_once_it_lands(qtbot, tmp_path, monkeypatch):
    """While the write is under way the window goes on (the state says pending); the
    document is marked saved when the file is on disk, and the bytes are the edit's."""
    _long_article(tmp_path, 3)
    session = CorpusSession(Corpus(tmp_path))
    document = session.set_current(tmp_path / "long.txt")
    file = session.file_of(document)
    gate, threads = threading.Event(), []
    save = SidecarFile.save

    def held_save(self, snapshot):
        threads.append(threading.current_thread())
        assert gate.wait(10)
        return save(self, snapshot)

    monkeypatch.setattr(SidecarFile, "save", held_save)
    session.update(document, document.ordered()[0].with_changes(note="in the background"))
    session.save_in_background()
    assert session.save_state == SaveState.PENDING and session.unsaved(document)
    gate.set()
    qtbot.waitUntil(lambda: session.save_state == SaveState.SAVED, timeout=30000)
    assert threads and threads[0] is not threading.main_thread()
    assert not session.unsaved(document)
    assert read_sidecar(file.path).annotations[0].note == "in the background"


def test_switching_article_waits_for_the_write_under_way(qtbot, tmp_path, monkeypatch):
    """An article switch saves synchronously, the write already in the background included."""
    _long_article(tmp_path, 3)
    (tmp_path / "other.txt").write_text("Another article.\n", encoding="utf-8")
    session = CorpusSession(Corpus(tmp_path))
    document = session.set_current(tmp_path / "long.txt")
    session.update(document, document.ordered()[0].with_changes(note="first"))
    session.save_in_background()
    session.update(document, document.ordered()[1].with_changes(note="second"))
    session.set_current(tmp_path / "other.txt")
    assert not session.unsaved(document) and not session.busy
    notes = [a.note for a in read_sidecar(session.file_of(document).path).annotations]
    assert notes[:2] == ["first", "second"]


def _someone_else_writes(path):
    """Another program rewrites the sidecar: one claim more, in a file of its own making."""
    data = json.loads(path.read_text(encoding="utf-8"))
    extra = dict(data["annotations"][0], id="written-elsewhere", note="from another program")
    data["annotations"].append(extra)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_a_save_merges_what_another_program_wrote_since_the_file_was_read(qtbot, tmp_path):
    """Another program adds a claim after the window read the sidecar; the window's next
    save keeps both its own edit and that claim, on disk and in the document."""
    _long_article(tmp_path, 3)
    session = CorpusSession(Corpus(tmp_path))
    document = session.set_current(tmp_path / "long.txt")
    _someone_else_writes(session.file_of(document).path)
    with qtbot.waitSignal(session.document_changed) as changed:
        session.update(document, document.ordered()[0].with_changes(note="mine"))
    session.save_in_background()
    # Generous: on a loaded machine the files' thread may wait its turn for seconds.
    with qtbot.waitSignal(session.document_changed, timeout=30000) as changed:
        pass
    assert changed.args[1].merged and "written-elsewhere" in changed.args[1].added
    on_disk = {a.id: a.note for a in read_sidecar(session.file_of(document).path).annotations}
    assert on_disk["written-elsewhere"] == "from another program" and "mine" in on_disk.values()
    assert "written-elsewhere" in document and not session.unsaved(document)


def test_a_session_closed_with_work_in_the_background_delivers_nothing_later(qtbot, tmp_path):
    """Closing stops the files' thread: nothing comes back to a session that is gone."""
    _long_article(tmp_path, PREPARE_MIN_CLAIMS * 3)
    session = CorpusSession(Corpus(tmp_path))
    session.set_current(tmp_path / "long.txt")
    session.close()
    qtbot.wait(200)
    assert not session.busy
