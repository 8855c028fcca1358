"""The window words every core error code, translated, and shows no English reason in another language."""

from __future__ import annotations

import re

import pytest

from marginalia.core.error_codes import ErrorCode
from marginalia.core.errors import SidecarError, WriteError
from marginalia.core.storage.sidecar import sidecar_path
from marginalia.ui import i18n
from marginalia.ui.error_words import ErrorWords

_PLACEHOLDER = re.compile(r"%(\d)")


def _sample_facts(names) -> dict:
    values = {"offset": 17, "size": 12345, "limit": 100, "kind": "fifo", "expected": ("integer",), "found": "string",
              "side": "ours", "cause": ErrorCode.FIELD_MISSING.value, "count": 3, "line": 4, "column": 5,
              "version": 9, "supported": 2, "start": 8, "end": 2, "length": 40, "pages": 6, "seconds": 10,
              "errno": 28, "choices": ("csv", "html")}
    return {name: values.get(name, "x-" + name) for name in names}


@pytest.mark.parametrize("code", list(ErrorCode))
def test_error_words_word_every_code_with_each_fact_once(qapp, code):
    """Each code has a sentence in the window, with one placeholder per fact it names, all filled."""
    words = ErrorWords()
    forms = words.forms(code)
    assert forms, f"{code} has no wording in ui/error_words.py"
    for text, names in forms:
        assert sorted({int(n) for n in _PLACEHOLDER.findall(text)}) == list(range(1, len(names) + 1)), text
        filled = words.sentence(code, _sample_facts(names))
        assert not _PLACEHOLDER.search(filled) and filled


@pytest.mark.parametrize("language", ["es", "it", "pl", "vi"])
def test_error_words_are_translated_for_every_code(qapp, language):
    """In each interface language, no code's sentence is left as the English source."""
    english = {code: ErrorWords().forms(code) for code in ErrorCode}
    i18n.install(qapp, language)
    try:
        words = ErrorWords()
        same = [code for code in ErrorCode if [t for t, _ in words.forms(code)] == [t for t, _ in english[code]]]
    finally:
        i18n.install(qapp, "en")
    assert not same


def test_error_words_describe_names_the_file_and_field_and_words_system_errors(qapp):
    """describe() gives the file's name, the JSON path and the fault; a full disk is said in Polish."""
    error = SidecarError("/tmp/a/x.annotations.json", "annotations[2].id", ErrorCode.DUPLICATE_ID, value="c1")
    assert ErrorWords().describe(error) == "x.annotations.json, at annotations[2].id: repeated id “c1”"
    i18n.install(qapp, "pl")
    try:
        full = WriteError("/tmp/a/x.annotations.json", ErrorCode.WRITE_FAILED, 28, system="No space left on device")
        text = ErrorWords().describe(full)
    finally:
        i18n.install(qapp, "en")
    assert "brak miejsca na dysku" in text and "No space" not in text


@pytest.mark.parametrize("language, expected", [("pl", "nowszą wersję programu Marginalia"),
                                                ("es", "un Marginalia más reciente")])
def test_unreadable_sidecar_banner_in_another_language_has_no_english_reason(qtbot, open_window, emoji_corpus,
                                                                             language, expected):
    """A sidecar from a newer Marginalia: the banner says why in the interface's language, numbers filled in."""
    broken = b'{"format": "marginalia-sidecar", "version": 99, "article": {}, "annotations": []}'
    sidecar_path(emoji_corpus / "vi-emoji.txt").write_bytes(broken)
    from PySide6.QtWidgets import QApplication

    i18n.install(QApplication.instance(), language)
    try:
        window = open_window(emoji_corpus, emoji_corpus / "vi-emoji.txt")
        text = window.banner.text()
    finally:
        i18n.install(QApplication.instance(), "en")
    assert window.banner.isVisible() and "vi-emoji.txt.annotations.json" in text
    assert expected in text and "99" in text
    assert "written by a newer" not in text and "Read-only" not in text


def test_import_words_word_every_skip_code_and_the_report_lists_them_translated(qapp, tmp_path):
    """Every reason an import leaves a record out has words in the window; in Italian the
    report's list of faults carries none of the English reasons."""
    from marginalia.core.error_codes import SkipCode
    from marginalia.core.errors import ArticleError
    from marginalia.core.importer.merge import ImportReport, Skipped
    from marginalia.ui.import_flow import ImportFlow
    from marginalia.ui.import_words import ImportWords

    assert ImportWords().worded() == set(SkipCode)
    report = ImportReport(skipped=[
        Skipped("items[0]", SkipCode.NO_TARGET), Skipped("items[1]", SkipCode.REPEATED_ID, {"id": "a1"}),
        Skipped("items[2]", SkipCode.ARTICLE_UNREADABLE, error=ArticleError(tmp_path / "x.txt", ErrorCode.BINARY_DATA)),
        Skipped("items[3]", SkipCode.UNCHANGED, fault=False)])
    i18n.install(qapp, "it")
    try:
        text = ImportFlow(None).describe(tmp_path / "in.jsonld", report)
        shown = [ImportWords().skip(s) for s in report.skipped]
    finally:
        i18n.install(qapp, "en")
    english = [s.reason for s in report.skipped]
    assert all(line not in text for line in english) and "a1" in text
    assert all(worded != reason for worded, reason in zip(shown, english))
