"""An open article's sidecar owner, and the policy for what a save or a change on disk brings in."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import timedelta

import pytest

from marginalia.core.annotation import new_annotation
from marginalia.core.errors import DecodingChangedError, NotUtf8Error
from marginalia.core.selectors import TextPosition
from marginalia.core.storage.documents import (
    follow_article, open_document, save_document, take_disk_change, take_written, wants_saving,
)
from marginalia.core.storage.history import read_history
from marginalia.core.storage.sidecar_file import SidecarFile, read_sidecar

TEXT = "Microsoft và OpenAI đàm phán lại. Azure cung cấp sức mạnh tính toán cho các mô hình mới.\n"


@pytest.fixture
def article(tmp_path):
    path = tmp_path / "vi.txt"
    path.write_text(TEXT, encoding="utf-8")
    return path


def _claim(document, phrase: str, note: str = ""):
    start = document.text.index(phrase)
    return new_annotation(document.text, TextPosition(start, start + len(phrase)), note=note)


def _saved_with(article, *phrases):
    document, file = open_document(article, identify_language=False)
    claims = [_claim(document, p, note=p) for p in phrases]
    for claim in claims:
        document.add(claim)
    save_document(document, file)
    return claims


def test_an_empty_document_needs_no_file_until_the_user_names_its_language(article):
    """Nothing to save: no file is made; a language the user chose is worth one."""
    document, file = open_document(article, language="vi")
    document.set_language("vi", "detected")
    assert not wants_saving(document, file) and not file.needs_saving(document)
    assert not file.path.exists()
    document.set_language("vi", "user")
    assert save_document(document, file).wrote and read_sidecar(file.path).language_source == "user"


def test_a_snapshot_is_what_a_save_writes_and_does_not_move_with_the_document(article):
    """A snapshot keeps the claims, language, encoding and text of its revision."""
    [claim] = _saved_with(article, "Azure")
    document, file = open_document(article, identify_language=False)
    snapshot = file.snapshot(document)
    document.remove(claim.id)
    assert snapshot.revision == 0 and [a.id for a in snapshot.data.annotations] == [claim.id]
    assert snapshot.text == TEXT and snapshot.data.encoding == "utf-8" and snapshot.data.article_file == "vi.txt"


def test_a_write_merges_another_writers_claims_into_the_document_keeping_later_edits(article):
    """While a save was written, the document changed again and another writer added a
    claim: the document takes the claim in and keeps its own later edit, still to save."""
    [claim] = _saved_with(article, "Azure")
    document, file = open_document(article, identify_language=False)
    other, other_file = open_document(article, identify_language=False)
    added = _claim(other, "OpenAI", "from the other writer")
    other.add(added)
    save_document(other, other_file)
    document.update(document.get(claim.id).with_changes(note="saved now"))
    snapshot = file.snapshot(document)
    written = file.save(snapshot)
    document.update(document.get(claim.id).with_changes(note="typed meanwhile"))
    changes = take_written(document, file, snapshot, written)
    assert changes.merged and changes.added == (added.id,)
    assert document.get(claim.id).note == "typed meanwhile" and added.id in document
    assert file.needs_saving(document)
    save_document(document, file)
    assert {a.note for a in read_sidecar(file.path).annotations} == {"typed meanwhile", "from the other writer"}
    assert not file.needs_saving(document)


def test_a_version_only_memory_had_that_loses_a_conflict_goes_to_the_history(article):
    """Another writer's later edit wins over an edit made here after the snapshot: the
    edit made here is kept in the history, though it never reached the file."""
    [claim] = _saved_with(article, "Azure")
    document, file = open_document(article, identify_language=False)
    snapshot = file.snapshot(document)
    other, other_file = open_document(article, identify_language=False)
    other.update(other.get(claim.id).with_changes(note="later, elsewhere",
                                                  modified=claim.modified + timedelta(hours=1)))
    save_document(other, other_file)
    written = file.save(snapshot)
    document.update(document.get(claim.id).with_changes(note="here, earlier",
                                                        modified=claim.modified + timedelta(minutes=1)))
    changes = take_written(document, file, snapshot, written)
    assert changes.conflicts == (claim.id,) and document.get(claim.id).note == "later, elsewhere"
    assert any((e.reason, e.kind, e.record["note"]) == ("conflict", "annotation", "here, earlier")
               for e in read_history(file.path))


def test_a_change_on_disk_is_taken_in_whole_when_nothing_here_is_unsaved(article):
    """Another program rewrote the sidecar: a document with nothing unsaved becomes what
    the file says, language included, and counts as saved."""
    [claim] = _saved_with(article, "Azure")
    document, file = open_document(article, identify_language=False)
    other, other_file = open_document(article, identify_language=False)
    other.update(other.get(claim.id).with_changes(note="edited elsewhere"))
    other.set_language("vi-VN", "user")
    save_document(other, other_file)
    changes = take_disk_change(document, file, file.refresh())
    assert changes.updated == (claim.id,) and changes.language and changes.merged
    assert document.get(claim.id).note == "edited elsewhere" and document.language == "vi-VN"
    assert not file.needs_saving(document)
    assert take_disk_change(document, file, file.refresh()) == take_disk_change(document, file, None)


def test_a_change_on_disk_merges_with_what_is_not_saved_here(article):
    """Unsaved claims here and another program's on disk: both in the document, to be saved."""
    _saved_with(article, "Azure")
    document, file = open_document(article, identify_language=False)
    mine = _claim(document, "OpenAI", "mine")
    document.add(mine)
    other, other_file = open_document(article, identify_language=False)
    theirs = _claim(other, "Microsoft", "theirs")
    other.add(theirs)
    save_document(other, other_file)
    take_disk_change(document, file, file.refresh())
    assert {mine.id, theirs.id} <= {a.id for a in document.ordered()} and file.needs_saving(document)


def test_a_sidecar_removed_on_disk_is_written_again(article):
    """The sidecar was deleted by another program: the claims in memory stay, and are saved again."""
    _saved_with(article, "Azure")
    document, file = open_document(article, identify_language=False)
    file.path.unlink()
    assert take_disk_change(document, file, file.refresh()) == take_disk_change(document, file, None)
    assert len(document) == 1 and file.needs_saving(document)
    save_document(document, file)
    assert len(read_sidecar(file.path).annotations) == 1


def test_claims_another_writer_placed_in_another_text_are_placed_in_this_one(article):
    """The other writer's copy counts in an older text: its claims are re-anchored to the
    text here before they are merged and written."""
    document, file = open_document(article, identify_language=False)
    old_text = "Lời mở đầu.\n" + TEXT
    foreign = new_annotation(old_text, TextPosition(old_text.index("Azure"), old_text.index("Azure") + 5))
    data = json.loads(file.encode(replace(file.snapshot(document).data, sha256="0" * 64, annotations=(foreign,))))
    file.path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    mine = _claim(document, "OpenAI")
    document.add(mine)
    save_document(document, file)
    placed = {a.id: a for a in read_sidecar(file.path).annotations}
    assert TEXT[placed[foreign.id].start:placed[foreign.id].end] == "Azure"
    assert read_sidecar(file.path).sha256 == document.article.sha256


def test_the_language_merges_with_the_users_choice_over_an_identified_one(article):
    """Both sides set a language: the user's choice wins over an identification."""
    _saved_with(article, "Azure")
    document, file = open_document(article, identify_language=False)
    document.set_language("vi-VN", "user")
    other, other_file = open_document(article, identify_language=False)
    other.set_language("en", "detected")
    save_document(other, other_file)
    save_document(document, file)
    data = read_sidecar(file.path)
    assert (data.language, data.language_source) == ("vi-VN", "user")


def test_re_anchoring_alone_puts_nothing_in_the_history(article):
    """A claim placed anew in an edited text is no one's edit: its old position is not
    kept; an edit of the note is."""
    [claim] = _saved_with(article, "Azure")
    article.write_text("Tin mới.\n" + TEXT, encoding="utf-8")
    document, file = open_document(article, identify_language=False)
    assert file.needs_saving(document)
    save_document(document, file)
    assert read_history(file.path) == []
    document.update(document.get(claim.id).with_changes(note="edited"))
    save_document(document, file)
    assert [e.record["note"] for e in read_history(file.path)] == ["Azure"]


def test_an_article_edited_on_disk_re_anchors_its_claims(article):
    """follow_article reads the new text and places the claims in it; the same text changes nothing."""
    [claim] = _saved_with(article, "Azure")
    document, file = open_document(article, identify_language=False)
    assert not follow_article(document, file)
    article.write_text("Tin mới.\n" + TEXT, encoding="utf-8")
    changes = follow_article(document, file)
    assert changes.text and changes.reloaded
    placed = document.get(claim.id)
    assert document.text[placed.start:placed.end] == "Azure" and document.anchors.statuses[claim.id] == "moved"


def test_an_article_damaged_on_disk_makes_the_document_read_only(article):
    """A byte that is not UTF-8 appears in the article while it is open: read-only, named."""
    _saved_with(article, "Azure")
    document, file = open_document(article, identify_language=False)
    data = article.read_bytes()
    article.write_bytes(data[:3] + b"\xff" + data[4:])
    follow_article(document, file)
    assert document.read_only and isinstance(file.read_only_error, NotUtf8Error)
    assert file.read_only_error.offset == 3 and not file.needs_saving(document)


def test_an_article_that_decodes_otherwise_than_its_claims_were_made_on_opens_read_only(tmp_path):
    """The sidecar says the claims were made on the text decoded as cp1250; it now decodes
    as UTF-8 into another text: read-only, naming both, unless the user accepts it."""
    path = tmp_path / "pl.txt"
    text = "Zażółć gęślą jaźń. Nieustannie rosnący apetyt AI na energię i moc obliczeniową. " * 5
    path.write_bytes(text.encode("cp1250"))
    _saved_with(path, "apetyt")
    assert read_sidecar(SidecarFile(path.with_name("pl.txt.annotations.json")).path).encoding.lower() in (
        "cp1250", "windows-1250", "iso8859_2")
    path.write_bytes(("Inny tekst. " + text).encode("utf-8"))
    document, file = open_document(path, identify_language=False)
    assert document.read_only and isinstance(file.read_only_error, DecodingChangedError)
    assert file.read_only_error.now == "utf-8"
    accepted, accepted_file = open_document(path, identify_language=False, accept_decoding=True)
    assert not accepted.read_only and accepted_file.needs_saving(accepted)
