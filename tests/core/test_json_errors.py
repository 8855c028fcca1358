"""Faults in JSON input: typed errors that name the file, the JSON path and the byte."""

from __future__ import annotations

import pytest

from marginalia.core.errors import JsonDepthError, JsonSyntaxError, LoneSurrogateError, NotUtf8Error
from marginalia.core.storage.jsonio import load_json
from marginalia.core.storage.jsonpath import json_path_at, list_item_spans


@pytest.mark.parametrize("data, offset, path", [
    (b'{"a": 1}', 0, ""),
    (b'{"a": {"b": [10, 20, {"c": "x"}]}}', 28, "a.b[2].c"),
    (b'{"a": [1, 2], "b": [3, 4]}', 22, "b[1]"),
    (b'{"a": {"b": 1}, "c": 2}', 21, "c"),
    (b'[{"x": 1}, {"y": "a,b]"}]', 18, "[1].y"),
    (b'{"odd key": [0]}', 14, "['odd key'][0]"),
    (b'{"a": "x\\"y", "b": 1}', 19, "b"),
])
def test_json_path_at_names_the_value_holding_a_byte(data, offset, path):
    """Keys, indexes, strings with commas, brackets and escapes: the path of the value at a byte."""
    assert json_path_at(data, offset) == path


def test_json_path_at_cuts_a_path_thousands_deep_in_the_middle():
    """A path thousands of levels deep is shown by its ends and how many levels between."""
    data = b'{"deep": ' + b"[" * 3000
    shown = json_path_at(data, len(data))
    assert shown.startswith("deep[0]") and shown.endswith("[0]") and "more levels" in shown and len(shown) < 200


def test_list_item_spans_gives_each_items_bytes():
    """The bytes of each item of the named top-level list, blanks around them left out."""
    data = b'{"other": [9], "items": [ {"a": [1, 2]} ,\n  "s,]" , 3 ], "z": [4]}'
    assert [data[s:e] for s, e in list_item_spans(data, "items")] == [b'{"a": [1, 2]}', b'"s,]"', b"3"]
    assert list_item_spans(b'{"items": []}', "items") == []
    assert list_item_spans(b'{"x": {"items": [1]}}', "items") == []


@pytest.mark.parametrize("data, kind, field, offset", [
    (b'{"a": [1, 2, }', JsonSyntaxError, "a[2]", 13),
    (b'{"note": "caf\xe9"}', NotUtf8Error, "note", 13),
    (b'{"list": ["x", "\\ud800"]}', LoneSurrogateError, "list[1]", 16),
    (b'{"deep": ' + b"[" * 2000 + b"]" * 2000 + b"}", JsonDepthError, None, None),
])
def test_load_json_raises_typed_errors_with_file_path_and_byte(tmp_path, data, kind, field, offset):
    """Each fault has its type, names the file, the JSON path and (where known) the byte."""
    path = tmp_path / "input.json"
    with pytest.raises(kind) as info:
        load_json(data, path)
    assert info.value.path == path
    if field is not None:
        assert info.value.field == field and info.value.offset == offset
    else:
        assert info.value.field.startswith("deep[0]")


def test_load_json_counts_bytes_where_the_parser_counts_characters(tmp_path):
    """Before a fault, multi-byte characters move the byte offset further than the character count."""
    with pytest.raises(JsonSyntaxError) as info:
        load_json('{"tên": "Việt", "x": }'.encode(), tmp_path / "v.json")
    assert info.value.offset == len('{"tên": "Việt", "x": '.encode()) and info.value.field == "x"


def test_load_json_refuses_nesting_beyond_a_readers_limit(tmp_path):
    """A reader that walks the value recursively sets a depth, and is told where it is passed."""
    value = {"a": [[[{"b": 1}]]]}
    assert load_json(b'{"a": [[[{"b": 1}]]]}', tmp_path / "x.json", max_depth=5) == value
    with pytest.raises(JsonDepthError) as info:
        load_json(b'{"a": [[[{"b": [1]}]]]}', tmp_path / "x.json", max_depth=5)
    assert info.value.field == "a[0][0][0].b" and "more than 5 levels" in info.value.reason


def test_load_json_takes_a_byte_order_mark(tmp_path):
    """A UTF-8 BOM before the JSON is allowed."""
    assert load_json(b'\xef\xbb\xbf{"a": 1}', tmp_path / "x.json") == {"a": 1}


@pytest.mark.parametrize("value, kind, reason", [
    ({"x": 1}, str, "expected a string, found a number"),
    ({"x": 1.5}, int, "expected an integer, found a number"),
    ({"x": True}, int, "expected an integer, found true or false"),
    ({"x": None}, bool, "expected true or false, found null"),
    ({"x": "s"}, list, "expected a list, found a string"),
    ({"x": []}, dict, "expected an object, found a list"),
    ({"x": {}}, (str, int), "expected a string or an integer, found an object"),
    ({"x": 1}, float, "expected float, found a number"),
])
def test_a_field_of_the_wrong_kind_is_named_with_what_was_expected_and_found(tmp_path, value, kind, reason):
    """Field by field reading says what the field should hold and what it holds."""
    from marginalia.core.errors import SidecarError
    from marginalia.core.storage.jsonio import Fields

    if kind is float:  # found a number where a float is wanted: a float is fine, an int is not
        assert Fields({"x": 1.5}, tmp_path, "r").get("x", float) == 1.5
        return
    with pytest.raises(SidecarError) as info:
        Fields(value, tmp_path / "f.json", "records[2]").get("x", kind)
    assert info.value.reason == reason and info.value.field == "records[2].x"


def test_fields_name_what_is_missing_and_what_is_not_an_object(tmp_path):
    """A missing field without a default, an item of a list, or a value that is no object, by JSON path."""
    from marginalia.core.errors import SidecarError
    from marginalia.core.storage.jsonio import Fields

    fields = Fields({"list": ["a", 3], "set": Ellipsis}, tmp_path, "")
    assert fields.get("absent", str, "default") == "default"
    with pytest.raises(SidecarError, match="missing") as info:
        fields.get("absent", str)
    assert info.value.field == "absent"
    with pytest.raises(SidecarError) as info:
        fields.str_list("list")
    assert (info.value.field, info.value.reason) == ("list[1]", "expected a string, found a number")
    with pytest.raises(SidecarError) as info:
        Fields([1], tmp_path, "")
    assert (info.value.field, info.value.reason) == ("(root)", "expected an object, found a list")
    with pytest.raises(SidecarError) as info:
        fields.get("set", str)
    assert info.value.reason == "expected a string, found ellipsis"
