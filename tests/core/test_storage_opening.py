"""Opening an article with its sidecar: read-only reasons, the language it gets, what is worth saving."""

from __future__ import annotations

import json

from marginalia.core.annotation import new_annotation
from marginalia.core.errors import NotUtf8Error
from marginalia.core.selectors import TextPosition
from marginalia.core.storage.documents import open_document, save_document

TEXT = "Microsoft và OpenAI đàm phán lại. Azure cung cấp sức mạnh tính toán cho các mô hình mới.\n"


def _saved(tmp_path, edit=None):
    path = tmp_path / "vi.txt"
    path.write_text(TEXT, encoding="utf-8")
    document, file = open_document(path, identify_language=False)
    start = TEXT.index("Azure")
    document.add(new_annotation(TEXT, TextPosition(start, start + 5)))
    save_document(document, file)
    if edit is not None:
        data = json.loads(file.path.read_text(encoding="utf-8"))
        edit(data)
        file.path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_open_damaged_utf8_is_read_only_naming_the_byte(tmp_path):
    """One bad byte in UTF-8: read-only, with a NotUtf8Error on the article, no field, the byte."""
    path = tmp_path / "pl.txt"
    data = "Zażółć gęślą jaźń. ".encode() * 3 + b"\xff" + " Dalej.".encode()
    path.write_bytes(data)
    document, file = open_document(path, identify_language=False)
    error = file.read_only_error
    at = data.index(b"\xff")
    assert isinstance(error, NotUtf8Error) and document.read_only
    assert (error.path, error.field, error.reason, error.offset) == (
        path, "", f"not UTF-8 at byte {at} (damaged); opened read-only", at)


def test_open_identifies_the_language_by_default_and_calls_blank_text_undetermined(tmp_path):
    """By default a text's language is identified; a text of blanks is "und"; without
    identification a language no one named stays empty."""
    path = tmp_path / "vi.txt"
    path.write_text(TEXT * 3, encoding="utf-8")
    assert open_document(path)[0].language == "vi"
    blank = tmp_path / "blank.txt"
    blank.write_text("  \n\n ", encoding="utf-8")
    assert open_document(blank)[0].language == "und"
    assert open_document(blank, identify_language=False)[0].language == ""


def test_open_with_an_unreadable_sidecar_takes_the_language_given(tmp_path):
    """The sidecar cannot be read: read-only, and the language from the corpus is used."""
    path = _saved(tmp_path)
    (tmp_path / "vi.txt.annotations.json").write_text("{ broken", encoding="utf-8")
    document, file = open_document(path, language="vi-VN", identify_language=False)
    assert document.read_only and file.read_only_error is not None and document.language == "vi-VN"


def test_open_keeps_the_stored_language_source_or_counts_it_detected(tmp_path):
    """A language the user named stays the user's; a sidecar naming none gives a detected one."""
    path = _saved(tmp_path, lambda d: d["article"].update(language="vi", language_source="user"))
    document, _file = open_document(path, identify_language=False)
    assert (document.language, document.language_source) == ("vi", "user")
    path = _saved(tmp_path, lambda d: d["article"].pop("language"))
    document, _file = open_document(path, language="vi-VN", identify_language=False)
    assert (document.language, document.language_source) == ("vi-VN", "detected")


def test_open_with_a_sidecar_of_another_hash_is_worth_saving_even_after_edits(tmp_path):
    """The claims are all in place but the sidecar names another text hash: the new hash is
    worth writing, before and after the document changes."""
    path = _saved(tmp_path, lambda d: d["article"].update(sha256="0" * 64))
    document, file = open_document(path, identify_language=False)
    assert file.needs_saving(document)
    document.add(new_annotation(TEXT, TextPosition(0, 9)))
    assert file.needs_saving(document)
