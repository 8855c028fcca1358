"""Where the reader draws a claim: one rectangle per visual line the span covers."""

import random

from marginalia.core.article import Article
from marginalia.core.codebook import Codebook
from marginalia.core.document import ArticleDocument
from marginalia.ui.reader_view import ReaderView
from support import VI_EMOJI

# Paragraphs long enough to wrap several times, with emoji (two UTF-16 units each)
# before the spans, and short lines and an empty one between them.
TEXT = "\n".join([VI_EMOJI * 3, "Ngắn.", "", "Zdanie 🤝 " * 60, VI_EMOJI, "Koniec 👩‍🔬."])


def _reader(qtbot, tmp_path) -> ReaderView:
    article = Article(path=tmp_path / "vi.txt", title="vi", text=TEXT, sha256="", encoding="utf-8")
    reader = ReaderView()
    qtbot.addWidget(reader)
    reader.resize(520, 2400)  # all of the text in view
    reader.show()
    qtbot.waitExposed(reader)
    reader.set_document(ArticleDocument(article), Codebook())
    return reader


def _character_places(reader: ReaderView, start: int, end: int) -> list[tuple[float, float]]:
    """(x, line top) of each character of [start, end), in viewport coordinates, one
    character at a time: the block, its line and the x Qt gives each position."""
    places = []
    offset = reader.contentOffset()
    for cp in range(start, end):
        if TEXT[cp] == "\n":
            continue
        position = reader._offsets.to_qt(cp)
        block = reader.document().findBlock(position)
        line = block.layout().lineForTextPosition(position - block.position())
        top = reader.blockBoundingGeometry(block).translated(offset).top() + line.rect().top()
        places.append((line.cursorToX(position - block.position())[0], top))
    return places


def test_span_rectangles_cover_each_character_and_no_other_line(qtbot, tmp_path):
    reader = _reader(qtbot, tmp_path)
    rng = random.Random(20261122)
    spans = [(a, min(len(TEXT), a + rng.choice([1, 3, 40, 150, 600, 2500])))
             for a in (rng.randrange(len(TEXT)) for _ in range(150))]
    lines_seen = set()
    for start, end in spans:
        rects = reader._span_rects(start, end)
        places = _character_places(reader, start, end)
        tops = {round(r.top(), 3) for r in rects}
        assert len(tops) == len(rects), (start, end)  # one rectangle per line
        for x, top in places:  # every character is inside the rectangle of its line
            assert any(round(r.top(), 3) == round(top, 3) and r.left() - 0.5 <= x <= r.right() + 0.5 for r in rects), \
                (start, end, x, top)
        # No rectangle on a line without a character of the span (a span ending at a
        # line break may keep a sliver there: the break itself).
        char_tops = {round(top, 3) for _x, top in places}
        extra = [r for r in rects if round(r.top(), 3) not in char_tops]
        assert all(r.width() <= 2.0 for r in extra), (start, end, extra)
        lines_seen |= tops
    assert len(lines_seen) > 20  # the spans reached many lines, wrapped and not


def test_reader_resizing_with_its_margins_never_recurses(qtbot, open_window, seed_corpus):
    """A window grown from 1200×800 to 1800×900 on the Spanish seed: the margins the new width
    asks for made the layout resize the text again, and each new width asked for the other
    margins, until the stack overflowed. Now it settles, the column centred."""
    window = open_window(seed_corpus, seed_corpus / "es-microsoft-openai-relacion-tensa.txt")
    window.resize(1800, 900)
    qtbot.wait(50)
    margins = window.reader.viewportMargins()
    assert margins.left() == margins.right() >= 24 and window.reader.isVisible()
