"""Reading W3C Web Annotation files: every spelling of a type, where each record is named, stable ids."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from marginalia.core.importer import ImportFileError, read_w3c
from marginalia.core.selectors import TextPosition, TextQuote

QUOTE = {"type": "TextQuoteSelector", "exact": "lazy dog"}
TARGET = {"source": "alpha.txt", "selector": QUOTE}
LINK = "https://example.org/annotations/page1"


def _read(node, path: Path = Path("in.jsonld")):
    return read_w3c(json.dumps(node, ensure_ascii=False).encode(), path)


def _anno(**fields):
    return {"type": "Annotation", "id": "urn:uuid:11111111-1111-4111-8111-111111111111", "target": TARGET,
            **fields}


def test_reader_types_in_at_type_lists_and_with_any_prefix():
    """`@type` alone, a list of types (other entries ignored) and a prefix of several parts all name the type."""
    page = {"@type": "AnnotationPage", "items": [_anno()]}
    assert [i.where for i in _read(page)[0]] == ["items[0]"]
    listed = {"type": ["x:y:AnnotationPage", 5], "items": [_anno()]}
    assert [i.where for i in _read(listed)[0]] == ["items[0]"]
    collection = {"@type": ["oa:AnnotationCollection"], "first": page}
    assert [i.where for i in _read(collection)[0]] == ["first.items[0]"]


def test_reader_tagging_purpose_with_a_prefix_of_several_parts():
    """A purpose is known by its last part, however it is prefixed; anything else is a note."""
    item = _read(_anno(body=[{"purpose": "a:b:tagging", "value": "compute"},
                             {"purpose": "tagging:describing", "value": "said"}]))[0][0]
    assert item.tags == ("compute",) and item.note == "said"


def test_reader_takes_a_record_with_a_target_or_the_annotation_type():
    """A record is an annotation when typed so or when it has a target; typed without one it is refused."""
    items, rejected = _read([{"target": TARGET}, {"type": "Annotation"}, {"type": "annotation", "TARGET": TARGET}])
    assert [i.where for i in items] == ["[0]"]
    assert [(r.where, r.reason) for r in rejected] == [
        ("[1]", "no target"),
        ("[2]", "not an Annotation, AnnotationPage or AnnotationCollection")]


def test_reader_names_nested_lists_and_pages_by_their_full_path():
    """Lists in lists, pages in lists and `next` pages are named from the root down."""
    page2 = {"type": "AnnotationPage", "items": [5]}
    node = [[_anno()], {"type": "AnnotationPage", "items": [{"type": "Other"}], "next": page2}]
    items, rejected = _read(node)
    assert [i.where for i in items] == ["[0][0]"]
    assert [(r.where, r.reason) for r in rejected] == [
        ("[1].items[0]", "not an Annotation, AnnotationPage or AnnotationCollection"),
        ("[1].next.items[0]", "not a JSON object")]


@pytest.mark.parametrize("wrap", [
    lambda c: [c],
    lambda c: {"type": "AnnotationPage", "items": [c]},
    lambda c: {"type": "AnnotationPage", "items": [], "next": {"type": "AnnotationPage", "items": [c]}},
    lambda c: {"type": "AnnotationCollection", "first": c},
], ids=["list", "page", "next", "first"])
def test_reader_refuses_a_linked_page_wherever_it_is_naming_the_file(wrap, tmp_path):
    """A collection whose pages are only linked is refused with the file's name, however deep it is."""
    with pytest.raises(ImportFileError) as info:
        _read(wrap({"type": "AnnotationCollection", "first": LINK}), tmp_path / "deep.jsonld")
    assert info.value.path == tmp_path / "deep.jsonld"
    assert info.value.reason == "the collection's pages are not embedded (only a link to them)"


def test_reader_refuses_a_file_of_no_annotations_with_the_reason():
    """A file of plain values or of other objects is not an import at all."""
    for node in ([5, "x"], {"type": "Other"}, 7):
        with pytest.raises(ImportFileError) as info:
            _read(node)
        assert info.value.reason == "not W3C Web Annotations (no Annotation, page or collection)"


def test_reader_refuses_nesting_deeper_than_a_record_needs(tmp_path):
    """A file nested beyond the JSON depth limit is refused with the path of the deepest level."""
    node = _anno()
    node["body"] = deep = []
    for _ in range(80):
        deep.append([])
        deep = deep[0]
    with pytest.raises(ImportFileError) as info:
        _read(node, tmp_path / "nested.jsonld")
    assert info.value.reason == "nested more than 64 levels deep"
    assert info.value.field == "body" + "[0]" * 63 and info.value.path == tmp_path / "nested.jsonld"


def test_reader_names_an_annotation_without_target_by_its_place():
    """An annotation with no target is refused at its own place in the file."""
    rejected = _read([_anno(), _anno(target=None)])[1]
    assert [(r.where, r.reason) for r in rejected] == [("[1]", "no target")]


def test_reader_reads_targets_after_a_whole_resource():
    """A whole-resource target does not stop the reading of the targets after it."""
    items, rejected = _read(_anno(target=[LINK, TARGET]))
    assert [i.where for i in items] == ["(root).target[1]"]
    assert [r.where for r in rejected] == ["(root).target[0]"]


def test_reader_ignores_position_fields_of_other_selectors():
    """Only a TextPositionSelector gives a position; start and end in another selector are ignored."""
    item = _read(_anno(target={"source": "alpha.txt", "selector": [
        {"type": "CssSelector", "start": 1, "end": 2}, QUOTE, {"type": "TextPositionSelector", "start": 3, "end": 9}]}))[0][0]
    assert item.position == TextPosition(3, 9) and item.quote == TextQuote("lazy dog")


def test_reader_ids_are_stable_across_versions():
    """Ids derived for extra targets and for records without an id never change, so re-imports
    by any version find the claims they made; an id-less record's key order does not matter."""
    items = _read(_anno(target=[TARGET, TARGET, TARGET]))[0]
    assert [i.id for i in items] == ["11111111-1111-4111-8111-111111111111",
                                     "69bff7ac-df05-56e6-a32a-a9c0c9867857",
                                     "17524313-b594-5e87-a2a3-1a694258f527"]
    anonymous = {"type": "Annotation", "bodyValue": "Zażółć", "target": TARGET}
    reordered = {"target": TARGET, "bodyValue": "Zażółć", "type": "Annotation"}
    assert _read(anonymous)[0][0].id == _read(reordered)[0][0].id == "e4876acf-21d5-5efa-902e-6d8d0769bb11"
