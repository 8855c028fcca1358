"""The bytes Marginalia writes for JSON, and the times in them: fast, and exactly as before."""

import json
import random
from datetime import datetime, timedelta, timezone

import pytest

from marginalia.core.annotation import format_time, parse_time
from marginalia.core.storage.jsonio import dump_json, dump_json_item, dump_json_with_items

# Every kind of character a note or quote can hold: controls (escaped), quotes and
# backslashes, Polish and Vietnamese letters, combining marks, line and paragraph
# separators, a BOM, emoji sequences, the last code point.
CHARACTERS = [chr(c) for c in range(0x80)] + list("ąęłńóśźżạảấầẩẫậắằđ") + [
    "\u0301", "\u00a0", "\u0085", "\u2028", "\u2029", "\ufeff", "😀", "👩‍🔬", "🇻🇳", "\U0010ffff"]


def _value(rng: random.Random, depth: int = 0):
    kind = rng.randrange(8 if depth < 3 else 5)
    if kind == 0:
        return "".join(rng.choice(CHARACTERS) for _ in range(rng.randrange(20)))
    if kind == 1:
        return rng.randrange(-2**63, 2**63)
    if kind == 2:
        return rng.choice([True, False, None])
    if kind == 3:
        return rng.randrange(10**7)
    if kind == 4:
        return ""
    if kind == 5:
        return [_value(rng, depth + 1) for _ in range(rng.randrange(4))]
    return {"".join(rng.choice(CHARACTERS) for _ in range(rng.randrange(8))): _value(rng, depth + 1)
            for _ in range(rng.randrange(4))}


def _as_json_writes_it(value) -> bytes:
    return (json.dumps(value, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def test_dump_json_writes_the_bytes_json_dumps_writes():
    """Sidecars and codebooks keep their exact bytes (no diff in a user's git history)."""
    rng = random.Random(20261122)
    for _ in range(3000):
        value = _value(rng)
        assert dump_json(value) == _as_json_writes_it(value), value


def test_dump_json_writes_what_the_fast_encoder_refuses():
    """Integers beyond 64 bits as json writes them; half a surrogate pair, which no UTF-8
    can hold, as U+FFFD rather than a save that fails or a file no reader takes back."""
    big = {"n": 2**70, "m": -(2**64)}
    assert dump_json(big) == _as_json_writes_it(big)
    assert dump_json({"note": "a\ud800b"}) == _as_json_writes_it({"note": "a\ufffdb"})


def _strftime_format(moment: datetime) -> str:  # the formula format_time replaced
    moment = moment.astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def test_format_time_writes_what_it_wrote_before_in_utc_with_milliseconds():
    rng = random.Random(7)
    start = datetime(1970, 1, 1, tzinfo=timezone.utc)
    offsets = [timezone.utc, timezone(timedelta(hours=7)), timezone(timedelta(hours=-3, minutes=-30))]
    for _ in range(2000):
        moment = (start + timedelta(microseconds=rng.randrange(4_102_444_800 * 10**6))).astimezone(rng.choice(offsets))
        text = format_time(moment)
        assert text == _strftime_format(moment)
        assert parse_time(text) == moment.replace(microsecond=moment.microsecond // 1000 * 1000)


def test_format_time_pads_years_before_1000_as_rfc_3339_requires():
    assert format_time(datetime(999, 1, 2, 3, 4, 5, 678000, tzinfo=timezone.utc)) == "0999-01-02T03:04:05.678Z"


def test_values_encoded_one_by_one_join_into_the_bytes_of_the_whole():
    """A saved sidecar is its records' bytes, kept from earlier saves, joined: the file
    is exactly what dump_json (and so json.dumps) writes for the whole object."""
    rng = random.Random(20261123)
    for _ in range(1500):
        head = {"format": "x", "nested": _value(rng, 2), "n": rng.randrange(2**70)}
        values = [_value(rng) for _ in range(rng.randrange(5))]
        items = [dump_json_item(v) for v in values]
        assert dump_json_with_items(head, "annotations", items) == _as_json_writes_it(head | {"annotations": values}), \
            (head, values)
