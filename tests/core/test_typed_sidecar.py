"""The typed reader of larger sidecars gives exactly what the strict reader gives, or gives up."""

import hashlib
import json
from datetime import timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from marginalia.core.annotation import new_annotation
from marginalia.core.selectors import TextPosition
from marginalia.core.storage import sidecar_file
from marginalia.core.storage.sidecar import SidecarData, decode_strictly, encode_sidecar
from marginalia.core.storage.sidecar_file import TYPED_READ_MIN_BYTES, decode_sidecar
from marginalia.core.storage.typed_sidecar import read_typed

TEXT = "Microsoft i OpenAI negocjują 🤝 umowę od nowa, a Azure dostarcza moc obliczeniową. " * 40

# Times as Marginalia writes them and as others might: offsets, lower case, a space,
# fewer decimals, no offset (refused), forms only one of the readers knows.
TIMES = ["2026-03-02T09:00:00.000Z", "2026-03-02T09:00:00Z", "2026-03-02T09:00:00.5Z", "2026-03-02t09:00:00.000z",
         "2026-03-02 09:00:00.000Z", "2026-03-02T09:00:00.000+07:00", "2026-03-02T09:00:00.123456-03:30",
         "2026-03-02T09:00:00.000+00:00", "2026-03-02T09:00:00", "2026-03-02T09:00Z", "20260302T090000Z",
         "2026-03-02T09:00:00,5Z", "2026-03-02T24:00:00Z", "yesterday", ""]


VALID_TIMES = TIMES[:8]
UNUSUAL_TIMES = TIMES[8:]


def _rarely(draw, usual, *unusual):
    """`usual` nineteen times in twenty, else one of `unusual`."""
    return usual if draw(st.integers(0, 19)) else draw(st.sampled_from(unusual))


def _record(draw, index: int) -> dict:
    start = draw(st.integers(0, len(TEXT) - 30))
    length = draw(st.integers(0, 25))
    record = {
        "id": _rarely(draw, f"claim-{index}", "", "  ", "claim-0"),
        "position": {"type": "TextPositionSelector", "start": start, "end": start + length},
        "quote": {"type": "TextQuoteSelector", "exact": TEXT[start:start + length],
                  "prefix": TEXT[max(0, start - 8):start], "suffix": TEXT[start + length:start + length + 8]},
        "topics": draw(st.lists(st.sampled_from(["compute", "privacy", "competition", "Ω"]), max_size=4)),
        "note": draw(st.text(max_size=12)),
        "author": draw(st.sampled_from(["", "Ana", "Łucja"])),
        "created": _rarely(draw, draw(st.sampled_from(VALID_TIMES)), *UNUSUAL_TIMES),
        "modified": _rarely(draw, draw(st.sampled_from(VALID_TIMES)), *UNUSUAL_TIMES),
        "orphaned": draw(st.booleans()),
    }
    for optional in ("topics", "note", "author", "orphaned", "prefix", "suffix"):  # all have defaults
        if not draw(st.integers(0, 9)):
            (record["quote"] if optional in ("prefix", "suffix") else record).pop(optional)
    # Now and then something unusual in one field: missing, another type, out of range.
    if not draw(st.integers(0, 14)):
        where = draw(st.sampled_from(["id", "position", "quote", "topics", "note", "author", "created",
                                      "modified", "orphaned", "start", "end", "exact", "prefix", "extra"]))
        value = draw(st.sampled_from([None, 1, 1.0, True, "x", [], {}, -1, 2**64, 2**64 + 5, "missing"]))
        holder = record["position"] if where in ("start", "end") else record["quote"] \
            if where in ("exact", "prefix") else record
        if value == "missing":
            holder.pop(where, None)
        else:
            holder[where] = value
    return record


@st.composite
def sidecar_files(draw) -> bytes:
    records = [_record(draw, i) for i in range(draw(st.integers(0, 8)))]
    root = {"format": _rarely(draw, "marginalia-sidecar", "other", 1),
            "version": _rarely(draw, 1, 2, 0, True, 1.0),
            "offset_unit": _rarely(draw, "unicode-code-point", "utf-16", None),
            "article": {"file": _rarely(draw, "pl.txt", None, 3), "sha256": "ab",
                        "language": draw(st.sampled_from(["", "pl"])),
                        "language_source": draw(st.sampled_from(["detected", "user"]))},
            "annotations": records}
    if not draw(st.integers(0, 19)):
        del root[draw(st.sampled_from(["offset_unit", "article", "annotations", "version", "format"]))]
    return json.dumps(root, ensure_ascii=draw(st.booleans()), indent=draw(st.sampled_from([None, 2]))).encode()


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sidecar_files())
def test_the_typed_reader_reads_what_the_tolerant_one_reads_or_gives_up(tmp_path_factory, data):
    typed = read_typed(data)
    if typed is None:
        return
    tolerant = decode_strictly(data, tmp_path_factory.getbasetemp() / "x.json")
    assert tolerant.bad_records == () and typed.bad_records == ()
    assert typed == tolerant
    for claim in typed.annotations:  # the same values, down to the time zone object
        assert claim.created.tzinfo is timezone.utc and claim.modified.tzinfo is timezone.utc
        assert type(claim.topics) is tuple and len(set(claim.topics)) == len(claim.topics)


def _large_sidecar(claims: int = 400) -> tuple[bytes, SidecarData]:
    made = [new_annotation(TEXT, TextPosition(i * 7, i * 7 + 20), topics=("compute", "privacy")[: i % 3],
                           note=f"ghi chú {i}", author="Ana") for i in range(claims)]
    data = SidecarData("pl.txt", hashlib.sha256(TEXT.encode()).hexdigest(), "pl", "detected", tuple(made))
    encoded = encode_sidecar(data)
    assert len(encoded) >= TYPED_READ_MIN_BYTES
    return encoded, data


def test_a_large_sidecar_as_marginalia_writes_it_is_read_by_the_typed_reader(tmp_path, monkeypatch):
    encoded, data = _large_sidecar()
    monkeypatch.setattr(sidecar_file, "decode_strictly", lambda *_: pytest.fail("the strict reader was used"))
    assert decode_sidecar(encoded, tmp_path / "pl.txt.annotations.json") == data
    assert decode_sidecar(b"\xef\xbb\xbf" + encoded, tmp_path / "pl.txt.annotations.json") == data


@pytest.mark.parametrize("mutate, field", [
    (lambda r: r["position"].update(start=-1), "annotations[3].position.start"),
    (lambda r: r.pop("created"), "annotations[3].created"),
    (lambda r: r.update(modified="2026-03-02T09:00:00"), "annotations[3].modified"),
    (lambda r: r.update(id=" "), "annotations[3].id"),
    (lambda r: r.update(topics=["compute", 7]), "annotations[3].topics[1]"),
])
def test_one_bad_record_in_a_large_sidecar_is_reported_and_the_rest_read(tmp_path, mutate, field):
    encoded, data = _large_sidecar()
    root = json.loads(encoded)
    mutate(root["annotations"][3])
    loaded = decode_sidecar(json.dumps(root).encode(), tmp_path / "pl.txt.annotations.json")
    assert [bad.error.field for bad in loaded.bad_records] == [field]
    assert loaded.annotations == data.annotations[:3] + data.annotations[4:]


def test_times_beyond_the_microsecond_are_rounded_not_cut():
    """The one difference from the strict reader (see typed_sidecar's docstring)."""
    encoded, _data = _large_sidecar()
    root = json.loads(encoded)
    root["annotations"][0]["created"] = "2026-03-02T09:00:00.1234567Z"
    typed = read_typed(json.dumps(root).encode())
    tolerant = decode_strictly(json.dumps(root).encode(), Path("pl.txt.annotations.json"))
    difference = typed.annotations[0].created - tolerant.annotations[0].created
    assert timedelta(0) < difference <= timedelta(microseconds=1)
    assert typed.annotations[1:] == tolerant.annotations[1:]


@pytest.mark.parametrize("end, typed_reads_it", [(2**64 - 1, True), (2**64, False), (2**70, False)])
def test_offsets_too_large_for_the_tolerant_reader_are_left_to_it(end, typed_reads_it):
    """Its JSON parser reads an integer beyond 64 bits as a float, which it refuses."""
    encoded, _data = _large_sidecar()
    root = json.loads(encoded)
    root["annotations"][0]["position"]["end"] = end
    data = json.dumps(root).encode()
    typed = read_typed(data)
    tolerant = decode_strictly(data, Path("pl.txt.annotations.json"))
    assert (typed is not None) == typed_reads_it == (tolerant.bad_records == ())
    if typed is not None:
        assert typed == tolerant
