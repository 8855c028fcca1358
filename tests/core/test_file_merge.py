"""Three versions of one file merged whole (git's merge driver): by id, the same bytes whichever side merges."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from marginalia.core.error_codes import ErrorCode
from marginalia.core.annotation import Annotation
from marginalia.core.codebook import Codebook, Topic
from marginalia.core.errors import SidecarError
from marginalia.core.selectors import TextPosition, TextQuote
from marginalia.core.storage.codebook_file import decode_codebook, encode_codebook
from marginalia.core.storage.file_kinds import backed_up_kind, kind_of
from marginalia.core.storage.sidecar import BadRecord, SidecarData, decode_strictly, encode_sidecar
from marginalia.core.teamwork.merge_driver import UnmergeableError, conflict_markers, merge_versions

SIDE = Path("corpus/es.txt.annotations.json")
T0 = datetime(2024, 5, 1, 9, 0, tzinfo=timezone.utc)


def _claim(claim_id: str, note: str = "", seconds: int = 0, author: str = "ana", start: int = 0) -> Annotation:
    return Annotation(id=claim_id, position=TextPosition(start, start + 4), quote=TextQuote("Hola"),
                      topics=("compute",), note=note, author=author, created=T0,
                      modified=T0 + timedelta(seconds=seconds))


def _sidecar(*claims: Annotation, sha: str = "a" * 64, language: str = "es", bad=()) -> bytes:
    return encode_sidecar(SidecarData("es.txt", sha, language, "detected", tuple(claims), tuple(bad)))


def _merge(base: bytes | None, ours: bytes, theirs: bytes, path: Path = SIDE):
    kind = kind_of(path.as_posix()) or backed_up_kind(path.as_posix())
    return merge_versions(kind, path, base, ours, theirs)


def _both_ways(base, ours, theirs, path: Path = SIDE):
    one, losers_one, _ = _merge(base, ours, theirs, path)
    two, losers_two, _ = _merge(base, theirs, ours, path)
    assert one == two, "the merged file depends on which side merged"
    assert losers_one == losers_two  # their time too
    return one, losers_one


def _claims(data: bytes) -> dict[str, Annotation]:
    return {a.id: a for a in decode_strictly(data, SIDE).annotations}


def test_merge_versions_of_two_reviewers_keeps_every_addition_and_the_later_edit():
    """Claims added on both sides are all kept, a one-sided edit or removal is taken, an
    edit on both sides keeps the later one and hands the other over for the history."""
    base = _sidecar(_claim("c1", "base"), _claim("c2", "base"), _claim("c3", "base"))
    ours = _sidecar(_claim("c1", "ours", 20), _claim("c3", "base"), _claim("c4", "ours", 5))
    theirs = _sidecar(_claim("c1", "theirs", 10), _claim("c2", "base"), _claim("c3", "theirs", 3),
                      _claim("c5", "theirs", 4, author="bob"))
    merged, losers = _both_ways(base, ours, theirs)
    claims = _claims(merged)
    assert {k: a.note for k, a in claims.items()} == {"c1": "ours", "c3": "theirs", "c4": "ours", "c5": "theirs"}
    assert [(e.reason, e.record["id"], e.record["note"]) for e in losers] == [("conflict", "c1", "theirs")]
    assert losers[0].at == "2024-05-01T09:00:20.000Z"  # when the version kept was made


def test_merge_versions_without_a_common_version_takes_every_difference_as_a_conflict():
    """A file both sides added (git's empty %O): no claim is lost, the later version wins each."""
    ours = _sidecar(_claim("c1", "ours", 1), _claim("c2", "only ours"))
    theirs = _sidecar(_claim("c1", "theirs", 2), _claim("c3", "only theirs"))
    for base in (None, b""):
        merged, losers = _both_ways(base, ours, theirs)
        assert {k: a.note for k, a in _claims(merged).items()} == {"c1": "theirs", "c2": "only ours",
                                                                   "c3": "only theirs"}
        assert [e.record["note"] for e in losers] == ["ours"]


def test_merge_versions_of_claims_placed_in_two_texts_names_no_text():
    """Two sides that placed claims in different texts leave the hash empty, so the next
    open places every claim by its quote; the same text keeps its hash."""
    merged, _ = _both_ways(_sidecar(sha="a" * 64), _sidecar(_claim("c1"), sha="b" * 64),
                           _sidecar(_claim("c2"), sha="c" * 64))
    assert decode_strictly(merged, SIDE).sha256 == ""
    merged, _ = _both_ways(_sidecar(sha="a" * 64), _sidecar(_claim("c1"), sha="b" * 64),
                           _sidecar(_claim("c2"), sha="b" * 64))
    assert decode_strictly(merged, SIDE).sha256 == "b" * 64


def test_merge_versions_decides_every_header_member_by_value():
    """The article's file name, encoding and extractor: the side that changed one wins,
    two changes are decided by value, so either side merging writes the same header."""
    def header(**members):
        return encode_sidecar(SidecarData("es.txt", "a" * 64, "es", "detected", (_claim("c1"),), **members))

    base = header(encoding="utf-8", extractor="")
    merged, _ = _both_ways(base, header(encoding="cp1252", extractor=""), header(encoding="utf-8", extractor="x 1"))
    data = decode_strictly(merged, SIDE)
    assert (data.encoding, data.extractor) == ("cp1252", "x 1")
    merged, _ = _both_ways(base, header(encoding="cp1252"), header(encoding="latin-1"))
    assert decode_strictly(merged, SIDE).encoding == "latin-1"


def test_merge_versions_keeps_unreadable_records_unless_one_side_dealt_with_them():
    """A record neither side can read is kept byte for byte; one that a side repaired
    or removed since the common version is not brought back."""
    error = SidecarError(SIDE, "annotations[0]", ErrorCode.FIELD_MISSING)
    old, new_ours, new_theirs = (BadRecord(0, b'{"id": "old"}', error), BadRecord(1, b'{"id": "o"}', error),
                                 BadRecord(1, b'{"id": "t"}', error))
    base = _sidecar(_claim("c1"), bad=[old])
    ours = _sidecar(_claim("c1"), bad=[old, new_ours])
    theirs = _sidecar(_claim("c1"), bad=[new_theirs])  # repaired "old"
    merged, _ = _both_ways(base, ours, theirs)
    kept = {bad.data for bad in decode_strictly(merged, SIDE).bad_records}
    assert kept == {b'{"id": "o"}', b'{"id": "t"}'}


def test_merge_versions_of_codebooks_keeps_topics_added_on_both_sides():
    """Two reviewers adding a topic of the same name each keep theirs (one renamed), the
    same way whichever side merges."""
    base = Codebook((Topic("compute", "Compute", "#112233", "1"),))
    ours = base.add("Labour", "#445566")
    theirs = Codebook(base.topics + (Topic("labour-2", "Labour", "#778899", "2"),))
    merged, losers = _both_ways(encode_codebook(base), encode_codebook(ours), encode_codebook(theirs),
                                Path("corpus/codebook.marginalia.json"))
    topics = decode_codebook(merged, Path("codebook.marginalia.json"))
    assert sorted(t.name for t in topics) == ["Compute", "Labour", "Labour (2)"]
    assert losers == []


def test_merge_versions_of_manifests_merges_records_by_file_name():
    """The manifest's entries merge by file name, each side's edit taken."""
    def manifest(*entries):
        return orjson.dumps({"format": "marginalia-manifest", "version": 1, "articles": list(entries)})

    base = manifest({"file": "a.txt", "title": "A"}, {"file": "b.txt", "title": "B"})
    ours = manifest({"file": "a.txt", "title": "A, retitled"}, {"file": "b.txt", "title": "B"})
    theirs = manifest({"file": "a.txt", "title": "A"}, {"file": "b.txt", "title": "B", "language": "pl"},
                      {"file": "c.txt", "title": "C"})
    merged, losers = _both_ways(base, ours, theirs, Path("corpus/manifest.json"))
    assert orjson.loads(merged)["articles"] == [{"file": "a.txt", "title": "A, retitled"},
                                                {"file": "b.txt", "title": "B", "language": "pl"},
                                                {"file": "c.txt", "title": "C"}]
    assert losers == []


def test_merge_versions_of_histories_keeps_every_line_of_both():
    """A history appended to on both sides keeps both sides' entries, in time order."""
    def line(at, note):
        return orjson.dumps({"at": at, "reason": "replaced", "kind": "annotation", "record": {"note": note}}) + b"\n"

    base = line("2024-05-01T09:00:00.000Z", "first")
    ours = base + line("2024-05-01T09:05:00.000Z", "ours")
    theirs = base + line("2024-05-01T09:01:00.000Z", "theirs") + b'{"cut short'
    merged, losers = _both_ways(base, ours, theirs, Path("corpus/es.txt.annotations.history.jsonl"))
    assert merged.splitlines() == [base.strip(), b'{"cut short', line("2024-05-01T09:01:00.000Z", "theirs").strip(),
                                   line("2024-05-01T09:05:00.000Z", "ours").strip()]
    assert losers == []


def test_merge_versions_refuses_an_unreadable_side_naming_it():
    """A side that is not a sidecar is no merge: the error says which side and what."""
    with pytest.raises(UnmergeableError) as caught:
        _merge(_sidecar(), _sidecar(_claim("c1")), b'{"format": "marginalia-sidecar", "version": 1, "annot')
    assert caught.value.side == "theirs"
    assert "JSON" in caught.value.reason or "byte" in caught.value.reason


def test_merge_versions_with_an_unreadable_common_version_merges_two_ways_and_says_so():
    """A common version that cannot be read is merged without: nothing lost, and noted."""
    merged, losers, notes = _merge(b"not json", _sidecar(_claim("c1", "o", 1)), _sidecar(_claim("c1", "t", 2)))
    assert _claims(merged)["c1"].note == "t"
    assert [e.record["note"] for e in losers] == ["o"]
    assert notes and "common version cannot be read" in notes[0]


def test_conflict_markers_are_gits():
    """Both versions whole between git's markers, each ending its line."""
    assert conflict_markers(b"a", b"b\n") == b"<<<<<<< ours\na\n=======\nb\n>>>>>>> theirs\n"


_IDS = st.sampled_from(["c1", "c2", "c3", "c4"])
_VERSIONS = st.builds(lambda note, seconds, author: (note, seconds, author),
                      st.sampled_from(["", "x", "y"]), st.integers(0, 2), st.sampled_from(["ana", "bob"]))
_SIDES = st.dictionaries(_IDS, _VERSIONS, max_size=4)


@settings(max_examples=150, deadline=None)
@given(_SIDES, _SIDES, _SIDES, st.booleans())
def test_merge_versions_is_symmetric_and_loses_nothing(base, ours, theirs, with_base):
    """Any three versions: the same bytes either way round, and every version a side
    changed is in the result or among the losers kept for the history."""
    def encoded(side):
        return _sidecar(*(_claim(k, note, seconds, author) for k, (note, seconds, author) in sorted(side.items())))

    merged, losers = _both_ways(encoded(base) if with_base else None, encoded(ours), encoded(theirs))
    result = _claims(merged)
    lost = {(e.record["id"], e.record["note"], e.record["modified"], e.record["author"]) for e in losers}
    for side in (ours, theirs):
        for key, (note, seconds, author) in side.items():
            if with_base and base.get(key) == (note, seconds, author):
                continue  # the common version: the other side may have changed or removed it
            kept = result.get(key)
            as_kept = kept is not None and (kept.note, kept.modified, kept.author) == \
                (note, T0 + timedelta(seconds=seconds), author)
            stamp = (T0 + timedelta(seconds=seconds)).isoformat(timespec="milliseconds")[:-6] + "Z"
            assert as_kept or (key, note, stamp, author) in lost
