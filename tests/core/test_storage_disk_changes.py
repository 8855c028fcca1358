"""Another program's sidecar for the same text: claims it put out of place, set aside or placed anew."""

from __future__ import annotations

import json

import pytest

from marginalia.core.annotation import new_annotation
from marginalia.core.selectors import TextPosition
from marginalia.core.storage.documents import open_document, save_document, take_disk_change

TEXT = "Microsoft và OpenAI đàm phán lại. Azure cung cấp sức mạnh tính toán cho các mô hình mới.\n"


@pytest.fixture
def opened(tmp_path):
    path = tmp_path / "vi.txt"
    path.write_text(TEXT, encoding="utf-8")
    document, file = open_document(path, identify_language=False)
    start = TEXT.index("Azure")
    claim = new_annotation(TEXT, TextPosition(start, start + 5), note="kept")
    document.add(claim)
    save_document(document, file)
    return document, file, claim


def _rewrite_position(file, start: int, end: int) -> None:
    data = json.loads(file.path.read_text(encoding="utf-8"))
    data["annotations"][0]["position"] = {"type": "TextPositionSelector", "start": start, "end": end}
    file.path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_disk_change_sets_aside_a_claim_beyond_the_same_text_naming_the_sidecar(opened):
    """Same text, an offset past its end: that is damage, so the record is set aside as
    misplaced, named by the sidecar's path, its id and the offset, and is not placed."""
    document, file, claim = opened
    _rewrite_position(file, len(TEXT) + 5, len(TEXT) + 10)
    take_disk_change(document, file, file.refresh())
    [bad] = file.misplaced
    assert bad.error.path == file.path
    assert bad.error.field == f'annotations[?(@.id=="{claim.id}")].position.end'
    assert bad.error.reason == f"offset {len(TEXT) + 10} is beyond the text ({len(TEXT)} code points)"


def test_disk_change_re_anchors_a_claim_out_of_place_in_the_same_text_and_saves_it_again(opened):
    """Same text, a position where the quote is not: the claim is placed where its quote
    is, and the file, which says otherwise, is to be written again."""
    document, file, claim = opened
    _rewrite_position(file, 0, 5)
    take_disk_change(document, file, file.refresh())
    assert document.get(claim.id).position == claim.position and file.misplaced == ()
    assert file.needs_saving(document)


def test_a_claim_set_aside_keeps_its_place_in_the_list_and_its_record(opened):
    """The misplaced record is the claim as the other program wrote it, at its index."""
    document, file, claim = opened
    _rewrite_position(file, len(TEXT) + 5, len(TEXT) + 10)
    take_disk_change(document, file, file.refresh())
    [bad] = file.misplaced
    record = json.loads(bad.data)
    assert bad.index == 0 and record["id"] == claim.id
    assert record["position"] == {"type": "TextPositionSelector", "start": len(TEXT) + 5, "end": len(TEXT) + 10}


def test_prepare_encodes_the_claims_so_the_save_encodes_none(opened, monkeypatch):
    """Claims prepared ahead of a save (off the interface's thread) are not encoded again by it."""
    from marginalia.core.storage import sidecar

    document, file, claim = opened
    document.update(document.get(claim.id).with_changes(note="changed"))
    snapshot = file.snapshot(document)
    file.prepare(list(snapshot.data.annotations))
    encoded = []
    real = sidecar.encode_annotation
    monkeypatch.setattr(sidecar, "encode_annotation", lambda a: encoded.append(a.id) or real(a))
    file.save(snapshot)
    assert encoded == []


def test_a_language_chosen_here_survives_a_sidecar_another_program_made_meanwhile(tmp_path):
    """No sidecar yet; the user names the language here, and before it is saved another
    program writes a sidecar with a detected language: the user's choice stays, as it
    would against any version the file had held."""
    path = tmp_path / "vi.txt"
    path.write_text(TEXT, encoding="utf-8")
    document, file = open_document(path, identify_language=False)
    document.set_language("vi", "user")
    other, other_file = open_document(path, identify_language=False)
    other.add(new_annotation(TEXT, TextPosition(0, 9)))
    other.set_language("en", "detected")
    save_document(other, other_file)
    take_disk_change(document, file, file.refresh())
    assert (document.language, document.language_source) == ("vi", "user")
    assert len(document) == 1 and file.needs_saving(document)


def test_a_language_detected_here_gives_way_to_the_one_a_new_sidecar_names(tmp_path):
    """No sidecar yet and no language named here: the language of the sidecar another
    program made is taken."""
    path = tmp_path / "vi.txt"
    path.write_text(TEXT, encoding="utf-8")
    document, file = open_document(path, identify_language=False)
    other, other_file = open_document(path, identify_language=False)
    other.set_language("vi-VN", "user")
    save_document(other, other_file)
    take_disk_change(document, file, file.refresh())
    assert (document.language, document.language_source) == ("vi-VN", "user")
