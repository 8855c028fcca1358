"""The sidecar file: deterministic encoding and strict, forgiving decoding."""

import json
import unicodedata

import pytest

from marginalia.core.error_codes import ErrorCode
from marginalia.core.annotation import new_annotation
from marginalia.core.errors import InputError, SidecarError, facts_beyond_place
from marginalia.core.selectors import TextPosition
from marginalia.core.storage.formats import SIDECAR_VERSION as FORMAT_VERSION
from marginalia.core.storage.jsonio import dump_json_item
from marginalia.core.storage.sidecar import BadRecord, SidecarData, encode_annotation, encode_sidecar, sidecar_path
from marginalia.core.storage.sidecar_file import decode_sidecar

TEXT = "Microsoft và OpenAI 🤝 tưởng như thân thiết 👩‍👩‍👧 🇻🇳 nhưng nỗi lo ẩn giấu"


def _data(annotations):
    return SidecarData("vi.txt", "abc", "vi", "detected", tuple(annotations))


def test_sidecar_path_keeps_article_extension(tmp_path):
    """Two articles differing only in extension get different sidecars."""
    assert sidecar_path(tmp_path / "a.txt") != sidecar_path(tmp_path / "a.md")
    assert sidecar_path(tmp_path / "a.txt").name == "a.txt.annotations.json"


def test_encode_sidecar_is_deterministic_and_readable_utf8(tmp_path):
    """The same annotations in any order give the same bytes, with real UTF-8 and a final newline."""
    a = new_annotation(TEXT, TextPosition(0, 9), topics=("compute",), note="ghi chú")
    b = new_annotation(TEXT, TextPosition(20, 21), topics=("privacy",))
    first, second = encode_sidecar(_data([a, b])), encode_sidecar(_data([b, a]))
    assert first == second
    assert first.endswith(b"}\n") and "ghi chú".encode() in first and b"\\u" not in first
    keys = list(json.loads(first))
    assert keys == ["format", "version", "offset_unit", "article", "annotations"]


def test_the_sidecar_is_its_records_in_order_as_json_writes_them(tmp_path):
    """Claims sorted by position, each unreadable record back at its place in the list as
    the bytes it had, in the bytes json.dumps(indent=2) writes: the file a user's git
    history has always had."""
    a = new_annotation(TEXT, TextPosition(20, 21), topics=("privacy",), note="dòng 1\ndòng 2 \"trích\" 🤝")
    b = new_annotation(TEXT, TextPosition(0, 9), topics=("compute",))
    odd = {"id": "x", "position": {"start": "ba"}, "kept": [1, {"y": None}]}
    bad = [BadRecord(3, dump_json_item(odd), SidecarError(tmp_path, "", ErrorCode.FIELD_MISSING)),
           BadRecord(1, dump_json_item("not even an object"), SidecarError(tmp_path, "", ErrorCode.FIELD_MISSING))]
    data = SidecarData("vi.txt", "abc", "vi", "user", (a, b), tuple(bad))
    whole = {"format": "marginalia-sidecar", "version": FORMAT_VERSION, "offset_unit": "unicode-code-point",
             "article": {"file": "vi.txt", "sha256": "abc", "language": "vi", "language_source": "user"},
             "annotations": [encode_annotation(b), "not even an object", encode_annotation(a), odd]}
    expected = (json.dumps(whole, ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    assert encode_sidecar(data) == expected
    assert encode_sidecar(data, {}) == expected
    assert encode_sidecar(_data([])) == (json.dumps(whole | {
        "annotations": [], "article": whole["article"] | {"language_source": "detected"}},
        ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def test_the_sidecar_records_how_its_article_was_decoded(tmp_path):
    """The encoding the article was decoded with is written beside its hash, and read back."""
    data = SidecarData("pl.txt", "abc", "pl", "detected", (new_annotation(TEXT, TextPosition(0, 3)),),
                       encoding="cp1250")
    encoded = encode_sidecar(data)
    assert json.loads(encoded)["article"]["encoding"] == "cp1250"
    assert decode_sidecar(encoded, tmp_path / "x.json") == data


def test_sidecar_round_trip_keeps_exact_quotes(tmp_path):
    """Emoji, ZWJ sequences and flags survive a save and load with identical quotes and offsets."""
    start = TEXT.index("👩")
    a = new_annotation(TEXT, TextPosition(start, start + 5))
    loaded = decode_sidecar(encode_sidecar(_data([a])), tmp_path / "x.json")
    assert loaded.annotations == (a,)
    assert loaded.annotations[0].quote.exact == "👩‍👩‍👧"


@pytest.mark.parametrize("mutate, field", [
    (lambda d: d.update(version=FORMAT_VERSION + 1), "version"),
    (lambda d: d.update(format="something-else"), "format"),
    (lambda d: d.pop("article"), "article"),
    (lambda d: d["article"].update(file=3), "article.file"),
    (lambda d: d.update(annotations={}), "annotations"),
])
def test_decode_sidecar_names_the_field_of_a_fatal_error(tmp_path, mutate, field):
    """A sidecar unusable as a whole raises an error naming the file and the field."""
    doc = json.loads(encode_sidecar(_data([new_annotation(TEXT, TextPosition(0, 3))])))
    mutate(doc)
    path = tmp_path / "bad.json"
    with pytest.raises(SidecarError) as info:
        decode_sidecar(json.dumps(doc).encode(), path)
    assert info.value.field == field and info.value.path == path


def test_decode_sidecar_reports_invalid_json_position(tmp_path):
    """Invalid JSON is reported with its line and column."""
    with pytest.raises(InputError) as info:
        decode_sidecar(b'{"format": \n oops}', tmp_path / "x.json")
    assert "line 2" in info.value.reason


@pytest.mark.parametrize("mutate, field", [
    (lambda r: r["position"].update(start="0"), "annotations[0].position.start"),
    (lambda r: r["position"].update(start=-1), "annotations[0].position.start"),
    (lambda r: r["position"].update(end=True), "annotations[0].position.end"),
    (lambda r: r.update(topics=["compute", 7]), "annotations[0].topics[1]"),
    (lambda r: r.update(created="yesterday"), "annotations[0].created"),
    (lambda r: r.update(modified=["2026-01-02T03:04:05.678Z"]), "annotations[0].modified"),
    (lambda r: r.pop("quote"), "annotations[0].quote"),
])
def test_one_bad_record_does_not_hide_the_others(tmp_path, mutate, field):
    """A wrong record is reported by field and kept verbatim; the valid ones still load."""
    good = new_annotation(TEXT, TextPosition(30, 40))
    bad = new_annotation(TEXT, TextPosition(0, 3))
    doc = json.loads(encode_sidecar(_data([bad, good])))
    mutate(doc["annotations"][0])
    raw = json.loads(json.dumps(doc["annotations"][0]))
    loaded = decode_sidecar(json.dumps(doc).encode(), tmp_path / "x.json")
    assert loaded.annotations == (good,)
    assert [b.error.field for b in loaded.bad_records] == [field]
    # Written back, the bad record is unchanged: nothing the user wrote is lost.
    again = json.loads(encode_sidecar(loaded))
    assert raw in again["annotations"]


def test_decode_sidecar_keeps_nfd_note_as_written(tmp_path):
    """Notes are stored as typed; only the article text is normalised."""
    note = unicodedata.normalize("NFD", "ghi chú")
    a = new_annotation(TEXT, TextPosition(0, 3), note=note)
    assert decode_sidecar(encode_sidecar(_data([a])), tmp_path / "x").annotations[0].note == note


def test_times_with_an_offset_are_read_as_utc(tmp_path):
    """A record written elsewhere with a local offset reads as the same moment in UTC."""
    a = new_annotation(TEXT, TextPosition(0, 3))
    doc = json.loads(encode_sidecar(_data([a])))
    doc["annotations"][0]["created"] = "2026-03-02T11:00:00.000+02:00"
    doc["annotations"][0]["modified"] = "2026-03-02T09:00:00.000z"
    loaded = decode_sidecar(json.dumps(doc).encode(), tmp_path / "x.json").annotations[0]
    assert loaded.created.isoformat() == loaded.modified.isoformat() == "2026-03-02T09:00:00+00:00"


def test_decode_sidecar_names_the_first_byte_that_is_not_utf8(tmp_path):
    """A sidecar with a byte that is not UTF-8 is refused, naming where the byte is."""
    good = encode_sidecar(_data([new_annotation(TEXT, TextPosition(0, 3))]))
    broken = good.replace(b"OpenAI", b"Open\xffAI", 1)
    assert broken != good
    with pytest.raises(InputError) as info:
        decode_sidecar(broken, tmp_path / "x.json")
    where = broken.index(b"\xff")
    assert info.value.reason == f"not UTF-8 (byte {where})" and info.value.offset == where


def test_an_offset_beyond_an_unchanged_text_is_a_bad_record_named_by_id(tmp_path):
    """With the text's hash unchanged, a span past its end is corruption: the record is kept
    verbatim as unreadable, named by its id (its place among the file's records is not
    known once the readable ones are decoded), and the other claims open."""
    from marginalia.core.storage.documents import open_document

    article = tmp_path / "vi.txt"
    article.write_text(TEXT, encoding="utf-8")
    document, file = open_document(article)
    good = new_annotation(TEXT, TextPosition(0, 9))
    broken = new_annotation(TEXT, TextPosition(10, 14))
    document.add(good)
    document.add(broken)
    data = json.loads(encode_sidecar(file.snapshot(document).data))
    data["annotations"].insert(0, {"id": "unreadable", "position": "?"})
    record = next(r for r in data["annotations"] if r.get("id") == broken.id)
    record["position"]["end"] = len(TEXT) + 5
    sidecar_path(article).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    reopened, file = open_document(article)
    assert [a.id for a in reopened.ordered()] == [good.id]
    fields = sorted(b.error.field for b in file.bad_records)
    assert fields == sorted(["annotations[0].position", f'annotations[?(@.id=="{broken.id}")].position.end'])


def test_encoding_with_a_record_cache_gives_the_same_bytes_through_every_kind_of_change(tmp_path):
    """A document keeps the records of its last save; each change (new, edited, removed
    claim) still writes exactly what encoding from scratch writes, and the cache
    follows the claims that exist."""
    first = new_annotation(TEXT, TextPosition(0, 9), topics=("compute",))
    second = new_annotation(TEXT, TextPosition(12, 17), note="ghi chú")
    third = new_annotation(TEXT, TextPosition(20, 24))
    cache = {}
    states = [
        [first, second],
        [first, second, third],                                      # added
        [first, second.with_changes(note="ghi chú mới"), third],     # edited: a new object
        [first.with_changes(topics=("privacy",)), third],             # edited and removed
        [],
    ]
    for claims in states:
        data = _data(claims)
        assert encode_sidecar(data, cache) == encode_sidecar(data)
        assert {a.id: a for a, _key, _record in cache.values()} == {a.id: a for a in claims}
    again = _data([first])
    encode_sidecar(again, cache)
    assert json.loads(encode_sidecar(again, cache))["annotations"][0]["topics"] == ["compute"]


@pytest.mark.parametrize("mutate, field, code, facts, reason", [
    (lambda d: d.update(format="other"), "format", ErrorCode.WRONG_FORMAT, {"expected": "marginalia-sidecar"},
     "not a 'marginalia-sidecar' file"),
    (lambda d: d.update(version=FORMAT_VERSION + 1), "version", ErrorCode.NEWER_VERSION,
     {"version": FORMAT_VERSION + 1, "supported": FORMAT_VERSION},
     f"written by a newer Marginalia (format {FORMAT_VERSION + 1}; this version reads up to {FORMAT_VERSION})"),
    (lambda d: d.update(version=0), "version", ErrorCode.UNKNOWN_VERSION, {"version": 0}, "unknown format version 0"),
    (lambda d: d.update(offset_unit="utf-16-code-unit"), "offset_unit", ErrorCode.UNSUPPORTED_OFFSET_UNIT,
     {"value": "utf-16-code-unit"}, "unsupported offset unit 'utf-16-code-unit'"),
    (lambda d: d["article"].pop("file"), "article.file", ErrorCode.FIELD_MISSING, {}, "missing"),
])
def test_a_sidecar_unusable_as_a_whole_says_exactly_why(tmp_path, mutate, field, code, facts, reason):
    """Each fault of the file as a whole has its own code and facts, its field, and its English words."""
    doc = json.loads(encode_sidecar(_data([new_annotation(TEXT, TextPosition(0, 3))])))
    mutate(doc)
    with pytest.raises(SidecarError) as info:
        decode_sidecar(json.dumps(doc).encode(), tmp_path / "x.json")
    error = info.value
    assert (error.path, error.field, error.code, facts_beyond_place(error), error.reason) == (
        tmp_path / "x.json", field, code, facts, reason)


@pytest.mark.parametrize("mutate, field, code, facts, reason", [
    (lambda r: r["position"].update(start=-2), "annotations[0].position.start", ErrorCode.NEGATIVE_OFFSET,
     {"value": -2}, "negative offset -2"),
    (lambda r: r["position"].update(start=5, end=4), "annotations[0].position.end", ErrorCode.END_BEFORE_START,
     {"start": 5, "end": 4}, "end 4 is before start 5"),
    (lambda r: r.update(id="  "), "annotations[0].id", ErrorCode.FIELD_EMPTY, {}, "empty"),
    (lambda r: r.update(modified="2026-03-02T09:00:00"), "annotations[0].modified", ErrorCode.BAD_TIME,
     {"value": "2026-03-02T09:00:00", "detail": "time '2026-03-02T09:00:00' has no UTC offset"},
     "'2026-03-02T09:00:00' is not an ISO 8601 time with offset"),
    (lambda r: r["quote"].update(prefix=3), "annotations[0].quote.prefix", ErrorCode.FIELD_WRONG_TYPE,
     {"expected": ("string",), "found": "number"}, "expected a string, found a number"),
    (lambda r: r.update(orphaned="yes"), "annotations[0].orphaned", ErrorCode.FIELD_WRONG_TYPE,
     {"expected": ("boolean",), "found": "string"}, "expected true or false, found a string"),
])
def test_an_unreadable_record_says_exactly_why(tmp_path, mutate, field, code, facts, reason):
    """Each fault of one record has its own code and facts, its JSON path, its English
    words, and the record's bytes kept."""
    doc = json.loads(encode_sidecar(_data([new_annotation(TEXT, TextPosition(0, 3))])))
    mutate(doc["annotations"][0])
    data = json.dumps(doc).encode()
    loaded = decode_sidecar(data, tmp_path / "x.json")
    [bad] = loaded.bad_records
    assert (bad.index, bad.error.field, bad.error.code, facts_beyond_place(bad.error), bad.error.reason) == (
        0, field, code, facts, reason)
    assert json.loads(bad.data) == doc["annotations"][0] and bad.data in data


def test_a_repeated_id_keeps_the_first_record_and_sets_the_second_aside(tmp_path):
    """Two records with one id: the first is the claim, the second an unreadable record named by its place."""
    a = new_annotation(TEXT, TextPosition(0, 3))
    doc = json.loads(encode_sidecar(_data([a])))
    doc["annotations"].append(dict(doc["annotations"][0], note="again"))
    loaded = decode_sidecar(json.dumps(doc).encode(), tmp_path / "x.json")
    assert loaded.annotations == (a,)
    [bad] = loaded.bad_records
    assert (bad.index, bad.error.field, bad.error.code, facts_beyond_place(bad.error), bad.error.reason) == (
        1, "annotations[1].id", ErrorCode.DUPLICATE_ID, {"value": a.id}, f"repeated id {a.id!r}")


def test_optional_fields_of_a_record_take_their_defaults(tmp_path):
    """A record with only what must be there: no topics, note, author, context; not orphaned."""
    a = new_annotation(TEXT, TextPosition(0, 3))
    doc = json.loads(encode_sidecar(_data([a])))
    record = doc["annotations"][0]
    for key in ("topics", "note", "author", "orphaned"):
        record.pop(key)
    record["quote"] = {"exact": record["quote"]["exact"]}
    doc["article"] = {"file": "vi.txt"}
    loaded = decode_sidecar(json.dumps(doc).encode(), tmp_path / "x.json")
    [claim] = loaded.annotations
    assert (claim.topics, claim.note, claim.author, claim.orphaned, claim.quote.prefix, claim.quote.suffix) == \
        ((), "", "", False, "", "")
    assert (loaded.sha256, loaded.language, loaded.language_source, loaded.encoding) == ("", "", "detected", "")


def test_a_claims_record_is_the_w3c_selectors_and_its_fields(tmp_path):
    """Each claim is written as W3C position and quote selectors with its other fields, in this order."""
    a = new_annotation(TEXT, TextPosition(0, 9), topics=("compute",), note="n", author="Lan")
    assert list(encode_annotation(a).items())[:3] == [
        ("id", a.id),
        ("position", {"type": "TextPositionSelector", "start": 0, "end": 9}),
        ("quote", {"type": "TextQuoteSelector", "exact": TEXT[:9], "prefix": "", "suffix": TEXT[9:41]}),
    ]
    assert list(encode_annotation(a))[3:] == ["topics", "note", "author", "created", "modified", "orphaned"]


def test_a_record_cache_encodes_each_claim_once(monkeypatch):
    """Saving the same claims again encodes none of them; an edited one alone is encoded."""
    from marginalia.core.storage import sidecar

    claims = [new_annotation(TEXT, TextPosition(i, i + 3)) for i in range(5)]
    cache: dict = {}
    encode_sidecar(_data(claims), cache)
    encoded = []
    real = sidecar.encode_annotation
    monkeypatch.setattr(sidecar, "encode_annotation", lambda a: encoded.append(a.id) or real(a))
    encode_sidecar(_data(claims), cache)
    assert encoded == []
    claims[2] = claims[2].with_changes(note="edited")
    encode_sidecar(_data(claims), cache)
    assert encoded == [claims[2].id]


def test_an_unreadable_record_keeps_its_bytes_in_a_file_that_starts_with_a_bom(tmp_path):
    """The byte-order mark before the JSON does not shift the bytes kept of a bad record."""
    doc = json.loads(encode_sidecar(_data([new_annotation(TEXT, TextPosition(0, 3))])))
    doc["annotations"].append({"id": "odd", "position": "?"})
    data = b"\xef\xbb\xbf" + json.dumps(doc).encode()
    [bad] = decode_sidecar(data, tmp_path / "x.json").bad_records
    assert json.loads(bad.data) == {"id": "odd", "position": "?"}
