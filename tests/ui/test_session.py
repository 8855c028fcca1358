"""The window's session: preparing a document for its saves, and knowing what the disk holds."""

import json

from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition
from marginalia.core.storage import documents, sidecar
from marginalia.ui.session import PREPARE_SLICE, CorpusSession


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


def test_a_long_document_is_made_ready_for_its_first_save_while_the_window_is_idle(qtbot, tmp_path, monkeypatch):
    """Claims are encoded a slice at a time after the document opens, so the first
    autosave after a change encodes only that change, and writes the same bytes."""
    count = PREPARE_SLICE * 2 + 37
    _long_article(tmp_path, count)
    session = CorpusSession(Corpus(tmp_path))
    document = session.set_current(tmp_path / "long.txt")
    assert len(document) == count and not document.encoded_records  # opening does not wait for it
    qtbot.waitUntil(lambda: len(document.encoded_records) == count, timeout=5000)

    encoded = []
    encode = sidecar.encode_annotation
    monkeypatch.setattr(sidecar, "encode_annotation", lambda a: encoded.append(a.id) or encode(a))
    claim = document.ordered()[count // 2]
    session.update(document, claim.with_changes(note="przegląd"))
    assert session.save_all()
    assert encoded == [claim.id]
    monkeypatch.undo()
    assert document.sidecar_path.read_bytes() == sidecar.encode_sidecar(document.to_sidecar())


def test_a_session_closed_while_preparing_stops(qtbot, tmp_path):
    _long_article(tmp_path, PREPARE_SLICE * 3)
    session = CorpusSession(Corpus(tmp_path))
    document = session.set_current(tmp_path / "long.txt")
    session.close()
    qtbot.wait(200)
    assert not document.encoded_records


def _someone_else_writes(path):
    """Another program rewrites the sidecar: one claim more, in a file of its own making."""
    data = json.loads(path.read_text(encoding="utf-8"))
    extra = dict(data["annotations"][0], id="written-elsewhere", note="from another program")
    data["annotations"].append(extra)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_a_sidecar_rewritten_just_after_it_was_read_counts_as_changed(qtbot, tmp_path, monkeypatch):
    """The session remembers the bytes the document was read from, not a second reading
    of the file: a change made in between is seen (and merged), never lost."""
    _long_article(tmp_path, 3)
    read = documents.read_sidecar

    def read_then_changed(path):
        data = read(path)
        _someone_else_writes(path)
        return data

    monkeypatch.setattr(documents, "read_sidecar", read_then_changed)
    session = CorpusSession(Corpus(tmp_path))
    document = session.set_current(tmp_path / "long.txt")
    assert len(document) == 3
    assert session.sidecar_changed_on_disk(document)


def test_a_sidecar_rewritten_just_after_a_save_counts_as_changed(qtbot, tmp_path, monkeypatch):
    """The same after a save: the session remembers the bytes it wrote."""
    _long_article(tmp_path, 3)
    session = CorpusSession(Corpus(tmp_path))
    document = session.set_current(tmp_path / "long.txt")
    assert not session.sidecar_changed_on_disk(document)
    write = documents.atomic_write

    def write_then_changed(path, data, **options):
        write(path, data, **options)
        _someone_else_writes(path)

    monkeypatch.setattr(documents, "atomic_write", write_then_changed)
    session.update(document, document.ordered()[0].with_changes(note="mine"))
    assert session.save_all()
    assert session.sidecar_changed_on_disk(document)
    monkeypatch.undo()
    session.update(document, document.ordered()[1].with_changes(note="mine too"))
    assert session.save_all() and not session.sidecar_changed_on_disk(document)
