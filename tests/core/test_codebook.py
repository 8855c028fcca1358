"""The codebook: default topics and the operations users perform on it."""

import pytest

from marginalia.core.codebook import DEFAULT_CODEBOOK, PALETTE
from marginalia.core.errors import SidecarError
from marginalia.core.storage.codebook_file import CodebookFile, decode_codebook, encode_codebook, read_codebook


def _luminance(hex_color):
    r, g, b = (int(hex_color[i:i + 2], 16) / 255 for i in (1, 3, 5))
    lin = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (r, g, b)]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


def test_default_codebook_has_three_keyed_topics():
    """compute, privacy and competition, with shortcuts 1, 2, 3 and distinct colours."""
    assert [(t.name, t.shortcut) for t in DEFAULT_CODEBOOK] == [("compute", "1"), ("privacy", "2"), ("competition", "3")]
    assert len({t.color for t in DEFAULT_CODEBOOK}) == 3
    # Mid-luminance colours stay visible on white and on a dark background.
    for topic in DEFAULT_CODEBOOK:
        assert 0.1 < _luminance(topic.color) < 0.6, topic


def test_add_rename_recolour_remove_topic():
    """Adding picks a free colour and key; renaming keeps the id annotations refer to."""
    book = DEFAULT_CODEBOOK.add("regulation")
    topic = book.get("regulation")
    assert topic.shortcut == "4" and topic.color == PALETTE[3]
    book = book.update("regulation", name="Regulación", color="#123456")
    assert book.get("regulation").name == "Regulación" and book.get("regulation").color == "#123456"
    assert book.remove("regulation").ids() == DEFAULT_CODEBOOK.ids()


def test_codebook_refuses_duplicates():
    """Two topics cannot share a name or a shortcut."""
    with pytest.raises(ValueError):
        DEFAULT_CODEBOOK.add("Compute")
    with pytest.raises(ValueError):
        DEFAULT_CODEBOOK.update("privacy", shortcut="1")


def test_codebook_file_round_trip(tmp_path):
    """The codebook file reads back as written."""
    path = tmp_path / "codebook.marginalia.json"
    book = DEFAULT_CODEBOOK.add("régulation")
    CodebookFile(path).write(book)
    assert read_codebook(path) == book
    assert encode_codebook(book) == path.read_bytes()


def test_codebook_file_errors_name_the_field(tmp_path):
    """A malformed topic is reported with its position in the file."""
    data = encode_codebook(DEFAULT_CODEBOOK).replace(b'"#0072B2"', b'"blue"')
    with pytest.raises(SidecarError) as info:
        decode_codebook(data, tmp_path / "c.json")
    assert info.value.field == "topics[0]"


def test_topics_are_shown_in_codebook_order_with_unknown_ones_last():
    """Views list a claim's topics in the codebook's order, whatever order they were tagged in."""
    codebook = DEFAULT_CODEBOOK
    assert codebook.ids() == ("compute", "privacy", "competition")
    assert codebook.in_order(("competition", "gone", "compute")) == ["compute", "competition", "gone"]
    assert codebook.in_order(()) == []
