"""The CLI words every core error code in English, naming the file and field, whatever facts the raise site knew."""

from __future__ import annotations

import pickle

import pytest

from marginalia.core.error_codes import ErrorCode
from marginalia.core.errors import InputError, MarginaliaError, SidecarError, WriteError
from marginalia.error_english import SENTENCES, english, english_reason_of

_FACTS = {"offset": 17, "size": 12345, "limit": 100, "kind": "fifo", "expected": ("integer", "string"),
          "found": "boolean", "side": "ours", "cause": "field_missing", "count": 3, "line": 4, "column": 5,
          "version": 9, "supported": 2, "start": 8, "end": 2, "length": 40, "pages": 6, "seconds": 10,
          "errno": 28, "system": "No space left on device", "choices": ("csv", "html"), "member": "ch1.xhtml",
          "value": "v", "name": "n", "target": "/t", "detail": "d", "before": "cp1250", "now": "utf-8",
          "claim": "c", "cluster": "k", "topic": "t", "hint": "h", "root": "Root", "command": "rev-parse",
          "package": "py3langid"}


@pytest.mark.parametrize("code", list(ErrorCode))
def test_english_words_every_code_with_all_its_facts_and_with_none(code):
    """Each code has an English sentence; no fact the site left out breaks it or leaves a brace."""
    assert code in SENTENCES, f"{code} has no English wording in marginalia/error_english.py"
    for facts in (_FACTS, {}):
        sentence = english_reason_of(code, facts)
        assert sentence and "{" not in sentence and "}" not in sentence and not sentence.startswith(code.value + " {")


def test_english_names_the_file_and_field_and_errors_survive_pickling(tmp_path):
    """str() of a core error is one English line with the file and field; a copy through pickle keeps code and facts."""
    error = SidecarError(tmp_path / "a.annotations.json", "annotations[3].position.start", ErrorCode.NEGATIVE_OFFSET,
                         value=-2)
    assert str(error) == f"{tmp_path / 'a.annotations.json'} (annotations[3].position.start): negative offset -2"
    assert error.facts == {"file": str(tmp_path / "a.annotations.json"), "field": "annotations[3].position.start",
                           "value": -2}
    copy = pickle.loads(pickle.dumps(error))
    assert (type(copy), copy.code, copy.facts, copy.path, copy.field) == (
        SidecarError, error.code, error.facts, error.path, error.field)
    full = WriteError(tmp_path / "x", ErrorCode.WRITE_FAILED, 28, system="No space left on device")
    assert english(full) == f"{tmp_path / 'x'}: No space left on device" and full.errno == 28


def test_core_errors_carry_codes_not_sentences(tmp_path):
    """A fault the core finds is raised with a code and facts: here a JSON syntax error's line, column and byte."""
    from marginalia.core.storage.jsonio import load_json

    with pytest.raises(InputError) as caught:
        load_json(b'{"a": [1, 2,, 3]}', tmp_path / "x.json")
    assert isinstance(caught.value, MarginaliaError) and caught.value.code == ErrorCode.JSON_SYNTAX
    assert {"line", "column", "offset"} <= set(caught.value.facts) and caught.value.offset == 12
