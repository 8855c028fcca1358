"""Faults in Marginalia's own files named exactly: the file, the JSON path and the reason."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marginalia.core.annotation import new_annotation
from marginalia.core.codebook import Topic
from marginalia.core.error_codes import ErrorCode
from marginalia.core.errors import JsonDepthError, LoneSurrogateError, SidecarError, facts_beyond_place
from marginalia.core.selectors import TextPosition
from marginalia.core.storage.codebook_file import decode_codebook
from marginalia.core.storage.jsonio import Fields, dump_json_item, load_json
from marginalia.core.storage.jsonpath import list_item_spans
from marginalia.core.storage.record_file import RecordListFile
from marginalia.core.storage.sidecar import SidecarData, encode_sidecar
from marginalia.core.storage.sidecar_file import decode_sidecar

CODEBOOK = Path("corpus/codebook.marginalia.json")
TOPIC = {"id": "compute", "name": "Compute", "color": "#1F77B4", "shortcut": "1"}


def _codebook(**fields) -> bytes:
    return json.dumps({"format": "marginalia-codebook", "version": 1, "topics": [TOPIC], **fields}).encode()


def _fault(read, data: bytes) -> tuple:
    """The file, JSON path, code, other facts and English words of the SidecarError `read` raises."""
    with pytest.raises(SidecarError) as info:
        read(data)
    error = info.value
    return error.path, error.field, error.code, facts_beyond_place(error), error.reason


def _wrong_type(expected: str, found: str) -> tuple:
    return ErrorCode.FIELD_WRONG_TYPE, {"expected": (expected,), "found": found}


@pytest.mark.parametrize("fields, field, code, facts, reason", [
    ({"format": "other"}, "format", ErrorCode.WRONG_FORMAT, {"expected": "marginalia-codebook"},
     "not a 'marginalia-codebook' file"),
    ({"version": 2}, "version", ErrorCode.NEWER_VERSION, {"version": 2, "supported": 1},
     "written by a newer Marginalia (format 2; this version reads up to 1)"),
    ({"version": "1"}, "version", *_wrong_type("integer", "string"), "expected an integer, found a string"),
    ({"topics": [TOPIC, 5]}, "topics[1]", *_wrong_type("object", "number"), "expected an object, found a number"),
    ({"topics": [dict(TOPIC, name=3)]}, "topics[0].name", *_wrong_type("string", "number"),
     "expected a string, found a number"),
    ({"topics": [dict(TOPIC, color="blue")]}, "topics[0]", ErrorCode.BAD_COLOUR, {"value": "blue"},
     "colour 'blue' is not #RRGGBB"),
    ({"topics": [TOPIC, dict(TOPIC, name="Other", shortcut="2")]}, "topics[1]", ErrorCode.DUPLICATE_ID,
     {"value": "compute"}, "repeated id 'compute'"),
], ids=["format", "newer", "version-type", "not-object", "name-type", "colour", "duplicate"])
def test_codebook_faults_name_the_file_field_and_reason(fields, field, code, facts, reason):
    """Each fault of a codebook is a SidecarError with the codebook's path, the JSON path,
    its code and facts, and its English words."""
    assert _fault(lambda data: decode_codebook(data, CODEBOOK), _codebook(**fields)) == (
        CODEBOOK, field, code, facts, reason)


def test_codebook_a_root_that_is_not_an_object_is_named_as_the_root():
    """A codebook that is a list is refused at its root."""
    assert _fault(lambda data: decode_codebook(data, CODEBOOK), b"[]") == (
        CODEBOOK, "(root)", *_wrong_type("object", "list"), "expected an object, found a list")


def test_codebook_a_topic_without_a_shortcut_has_none():
    """The shortcut is optional and empty when absent."""
    topic = {k: v for k, v in TOPIC.items() if k != "shortcut"}
    assert list(decode_codebook(_codebook(topics=[topic]), CODEBOOK)) == [Topic("compute", "Compute", "#1F77B4", "")]


def _records(tmp_path) -> RecordListFile:
    return RecordListFile(tmp_path / "clusters.json", "marginalia-clusters", 1, "clusters")


@pytest.mark.parametrize("document, field, code, facts, reason", [
    ({"format": "x", "version": 1}, "format", ErrorCode.WRONG_FORMAT, {"expected": "marginalia-clusters"},
     "not a 'marginalia-clusters' file"),
    ({"format": "marginalia-clusters", "version": 3}, "version", ErrorCode.NEWER_VERSION,
     {"version": 3, "supported": 1}, "written by a newer Marginalia (format 3; this version reads up to 1)"),
    ({"format": "marginalia-clusters", "version": 1, "clusters": [{"id": "a"}, {"id": "a"}]},
     "clusters[1].id", ErrorCode.DUPLICATE_ID, {"value": "a"}, "repeated id 'a'"),
    ({"format": "marginalia-clusters", "version": 1, "clusters": [{"id": 1}]},
     "clusters[0].id", *_wrong_type("string", "number"), "expected a string, found a number"),
    ([], "(root)", *_wrong_type("object", "list"), "expected an object, found a list"),
], ids=["format", "newer", "repeated", "id-type", "root"])
def test_record_list_faults_name_the_file_field_and_reason(tmp_path, document, field, code, facts, reason):
    """Each fault of a record-list file names its path, the JSON path, its code and facts, and the reason."""
    owner = _records(tmp_path)
    assert _fault(owner.decode, json.dumps(document).encode()) == (owner.path, field, code, facts, reason)


def test_record_list_without_its_list_is_an_empty_list(tmp_path):
    """A file with no list member holds no records; the other members are kept."""
    value = _records(tmp_path).decode(b'{"format": "marginalia-clusters", "version": 1, "note": "x"}')
    assert value.records == () and value.get("note") == "x"


def test_record_list_empty_is_the_format_and_version_alone(tmp_path):
    """A new file's value is its format and version, in that order, and no records."""
    empty = _records(tmp_path).empty()
    assert empty.head == (("format", "marginalia-clusters"), ("version", 1)) and empty.records == ()
    assert json.loads(_records(tmp_path).encode(empty)) == {"format": "marginalia-clusters", "version": 1,
                                                            "clusters": []}


def test_a_sidecar_naming_its_records_twice_keeps_the_bad_ones_the_parser_took(tmp_path):
    """Two `annotations` members: the parser takes the last, and a bad record among them is
    kept as that record's JSON, at its index, with its fault."""
    good = json.loads(encode_sidecar(SidecarData("a.txt", "", "", "detected",
                                                 (new_annotation("some text here", TextPosition(0, 4)),))))
    body = json.dumps(good)[:-1] + ', "annotations": [' + json.dumps(good["annotations"][0]) + ', {"id": "odd"}]}'
    loaded = decode_sidecar(body.encode(), tmp_path / "a.txt.annotations.json")
    [bad] = loaded.bad_records
    assert (bad.index, bad.data, bad.error.field, bad.error.reason) == (
        1, dump_json_item({"id": "odd"}), "annotations[1].position", "missing")
    assert bad.error.path == tmp_path / "a.txt.annotations.json" and len(loaded.annotations) == 1


def test_list_item_spans_of_the_first_member_and_not_of_later_lists():
    """The list can be the first member; lists of members after it are not its items."""
    data = b'{"annotations": [1, {"a": [2]}], "other": [3, 4]}'
    assert [data[s:e] for s, e in list_item_spans(data, "annotations")] == [b"1", b'{"a": [2]}']
    data = b'{"annotations": [1], "x": 5, "y": 6}'
    assert [data[s:e] for s, e in list_item_spans(data, "annotations")] == [b"1"]


def test_json_too_deep_for_the_parser_says_where_it_stopped(tmp_path):
    """Nesting past the parser's own limit: the reason and the offset name the byte it stopped at."""
    data = b'{"deep": ' + b"[" * 2000 + b"]" * 2000 + b"}"
    with pytest.raises(JsonDepthError) as info:
        load_json(data, tmp_path / "deep.json")
    assert (info.value.reason, info.value.offset) == ("nested too deeply (byte 1033)", 1033)


def test_json_lone_surrogate_is_named_with_its_byte(tmp_path):
    """Half a surrogate pair: the reason says what and at which byte."""
    with pytest.raises(LoneSurrogateError) as info:
        load_json(b'{"list": ["x", "\\ud800"]}', tmp_path / "s.json")
    assert info.value.reason == "a lone UTF-16 surrogate escape (byte 16)"


@pytest.mark.parametrize("value, code, facts, reason", [
    ({"b": 1}, ErrorCode.FIELD_MISSING, {}, "missing"),
    ({"a": None}, *_wrong_type("string", "null"), "expected a string, found null"),
    ({"a": True}, *_wrong_type("string", "boolean"), "expected a string, found true or false"),
    ({"a": 1.5}, *_wrong_type("string", "number"), "expected a string, found a number"),
])
def test_fields_say_what_was_expected_and_what_was_found(value, code, facts, reason):
    """A missing or mistyped field is named with its full path and what it held."""
    with pytest.raises(SidecarError) as info:
        Fields({"x": value}, Path("f.json"), "root").obj("x").get("a", str)
    error = info.value
    assert (error.path, error.field, error.code, facts_beyond_place(error), error.reason) == (
        Path("f.json"), "root.x.a", code, facts, reason)


def test_fields_of_a_value_that_is_not_an_object_name_it_or_the_root():
    """A value that should be an object is named by its place, or as the root."""
    for where, shown in (("", "(root)"), ("items[2]", "items[2]")):
        with pytest.raises(SidecarError) as info:
            Fields([1], Path("f.json"), where)
        assert (info.value.field, info.value.reason) == (shown, "expected an object, found a list")


def test_fields_string_lists_name_the_item_that_is_not_a_string():
    """A list of strings with a number in it: the item's index and what it is."""
    with pytest.raises(SidecarError) as info:
        Fields({"topics": ["a", 7]}, Path("f.json"), "r").str_list("topics")
    assert (info.value.field, info.value.reason) == ("r.topics[1]", "expected a string, found a number")
    assert Fields({}, Path("f.json"), "").str_list("topics", []) == []


def test_fields_of_several_kinds_list_them_all():
    """A field that may be of two kinds says both; a kind without a word is named by its type."""
    with pytest.raises(SidecarError) as info:
        Fields({"a": "x"}, Path("f.json"), "").get("a", (int, bool))
    assert (info.value.code, facts_beyond_place(info.value), info.value.reason) == (
        ErrorCode.FIELD_WRONG_TYPE, {"expected": ("integer", "boolean"), "found": "string"},
        "expected an integer or true or false, found a string")
    with pytest.raises(SidecarError) as info:
        Fields({"a": "x"}, Path("f.json"), "").get("a", float)
    assert facts_beyond_place(info.value) == {"expected": ("number",), "found": "string"}
    with pytest.raises(SidecarError) as info:
        Fields({"a": "x"}, Path("f.json"), "").get("a", bytes)
    assert (facts_beyond_place(info.value), info.value.reason) == (
        {"expected": ("bytes",), "found": "string"}, "expected bytes, found a string")


def test_codebook_that_is_not_json_names_the_codebook(tmp_path):
    """Broken JSON in the codebook, read directly or by its owner: the error names the codebook."""
    from marginalia.core.errors import JsonSyntaxError
    from marginalia.core.storage.codebook_file import CodebookFile

    with pytest.raises(JsonSyntaxError) as info:
        decode_codebook(b'{"format": ', CODEBOOK)
    assert info.value.path == CODEBOOK
    owner = CodebookFile(tmp_path / "codebook.marginalia.json")
    with pytest.raises(SidecarError) as info:
        owner.decode(_codebook(version=9))
    assert (info.value.path, info.value.field) == (owner.path, "version")
