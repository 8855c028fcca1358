"""Note cards: the height a card asks for is the height its text needs."""

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFont

from marginalia.ui.card_delegate import CardDelegate, _Fonts

TEXTS = [
    "",
    "GPU",
    "Microsoft cung cấp cho OpenAI tài chính và sức mạnh tính toán.",
    "Twórcy GPT szukają niezależności od Microsoftu, według wewnętrznego dokumentu. " * 3,
    "underestimates exclusive distribution rights with a budget of",
    "Hợp đồng 🤝 giữa hai bên 👩‍👩‍👧 được ký lại vào năm 2025 🇻🇳 với nhiều điều khoản mới. " * 4,
    "first line\nsecond line",
    "https://example.org/" + "very-long-path-segment-without-spaces-" * 8,
    "a " * 200,
    "Wielka" + "x" * 300 + " koniec",  # one word wider than any line
]


@pytest.mark.parametrize("width", [40, 120, 240, 366, 368, 370, 600])
@pytest.mark.parametrize("max_lines", [None, 1, 3])
def test_text_height_matches_qt_layout(qapp, width, max_lines):
    """The shortcuts that skip laying the text out give the height Qt's layout gives."""
    fonts = _Fonts(QFont("DejaVu Sans", 10))
    for font in (fonts.base, fonts.quote, fonts.small):
        for text in TEXTS:
            laid_out = font.metrics.boundingRect(QRect(0, 0, max(10, width), 100000),
                                                 Qt.TextFlag.TextWordWrap, text or " ").height()
            if max_lines is not None:
                laid_out = min(laid_out, font.metrics.lineSpacing() * max_lines)
            assert CardDelegate._text_height(font, text, width, max_lines) == laid_out, (text[:30], width)


def test_text_height_matches_qt_layout_at_the_edge_of_one_line(qapp):
    """Around the width where a line just fits, the height is still the laid-out one."""
    fonts = _Fonts(QFont("DejaVu Sans", 10))
    for font in (fonts.base, fonts.quote):
        for text in TEXTS[1:6]:
            advance = font.metrics.horizontalAdvance(text)
            for width in range(advance - 3, advance + font.slack + 4):
                laid_out = font.metrics.boundingRect(QRect(0, 0, max(10, width), 100000),
                                                     Qt.TextFlag.TextWordWrap, text).height()
                assert CardDelegate._text_height(font, text, width) == laid_out, (text[:30], width)


def test_the_height_a_card_asks_for_is_the_height_it_paints(qapp):
    """sizeHint counts the card's height without making its rectangles; it must be the
    height the painted card has, for every text and width (and fonts changing between)."""
    from PySide6.QtWidgets import QStyleOptionViewItem

    from marginalia.core.annotation import new_annotation
    from marginalia.core.selectors import TextPosition

    delegate = CardDelegate()
    for size in (10, 13):
        option = QStyleOptionViewItem()
        option.font = QFont("DejaVu Sans", size)
        fonts = delegate._fonts(option)
        assert delegate._fonts(option) is fonts and fonts.base.font.pointSize() == size
        for quote in TEXTS[1:]:
            for note in ("", TEXTS[2], TEXTS[5], TEXTS[6]):
                claim = new_annotation(quote, TextPosition(0, len(quote)), note=note)
                for width in (60, 200, 330, 331, 500):
                    option.rect = QRect(0, 0, width, 40)
                    painted = delegate._layout(option, None, claim, gap=0)["card"].height()
                    assert delegate._measure_card(fonts, claim, width) == painted, (quote[:20], note[:20], width)


def test_card_pictures_are_kept_within_their_memory_budget_and_leave_out_the_gap(qapp, monkeypatch):
    """Pictures of cards are reused while they fit the budget, the least recently used
    dropped first; a card's picture is the card alone, whatever gap sits above it."""
    from PySide6.QtCore import QAbstractListModel, QModelIndex
    from PySide6.QtWidgets import QStyleOptionViewItem

    from marginalia.core.annotation import new_annotation
    from marginalia.core.codebook import Codebook
    from marginalia.core.selectors import TextPosition
    from marginalia.ui import card_delegate
    from marginalia.ui.models.annotation_list_model import AnnotationListModel

    claims = [new_annotation(TEXTS[3], TextPosition(0, 40 + i % 30), note=TEXTS[i % 6]) for i in range(60)]
    codebook = Codebook()

    class Model(QAbstractListModel):
        def rowCount(self, parent=QModelIndex()):
            return len(claims)

        def data(self, index, role=Qt.ItemDataRole.DisplayRole):
            return {AnnotationListModel.Role.Annotation: claims[index.row()],
                    AnnotationListModel.Role.Codebook: codebook,
                    AnnotationListModel.Role.Status: "exact"}.get(role)

    model = Model()
    monkeypatch.setattr(card_delegate, "PICTURE_BYTES", 2_000_000)
    delegate = CardDelegate()
    delegate.gaps = {claim.id: 500 for claim in claims[::2]}
    option = QStyleOptionViewItem()
    option.font = QFont("DejaVu Sans", 10)
    option.rect = QRect(0, 0, 700, 0)
    pictures = [delegate.picture(option, model.index(row, 0), 1.0) for row in range(len(claims))]
    for row, picture in enumerate(pictures):  # the card's own height: no gap in it
        assert picture.height() == delegate.card_height(option, claims[row])
    kept = [value[2] for value in delegate._pictures.values()]
    assert delegate._picture_bytes == sum(p.width() * p.height() * 4 for p in kept) <= 2_000_000
    assert 1 < len(kept) < len(claims)
    last = delegate.picture(option, model.index(len(claims) - 1, 0), 1.0)
    assert last is pictures[-1]  # the last drawn is still kept, and reused


@pytest.mark.parametrize("width", [120, 200, 260, 333, 420])
def test_a_long_quote_ends_in_an_ellipsis_on_its_last_line(qapp, width):
    """A quote longer than its three lines shows what fits and ends in "…”" inside the
    card (at some widths it used to be cut off with no ellipsis); a short one is whole."""
    from marginalia.ui.card_delegate import QUOTE_LINES, elide_lines

    fonts = _Fonts(QFont("DejaVu Sans", 10))
    for text in TEXTS[2:]:
        quoted = f"“{text.replace(chr(10), ' ')}”"
        lines = elide_lines(quoted, fonts.quote, width, QUOTE_LINES)
        assert 1 <= len(lines) <= QUOTE_LINES
        assert all(fonts.quote.metrics.horizontalAdvance(line.rstrip()) <= width for line in lines), (text[:20], lines)
        shown = "".join(lines)
        if shown == quoted:
            continue
        assert lines[-1].endswith("…”"), (text[:20], lines[-1])
        assert quoted.startswith(("".join(lines[:-1]) + lines[-1][:-2]).rstrip())  # what shows is the quote's start


def test_a_card_paints_its_quote_inside_the_card(qapp, monkeypatch):
    """Every piece of text a card paints fits where it is painted: nothing is cut by the card's edge."""
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QPainter, QPixmap
    from PySide6.QtWidgets import QStyleOptionViewItem

    from marginalia.core.annotation import new_annotation
    from marginalia.core.codebook import Codebook
    from marginalia.core.selectors import TextPosition

    text = TEXTS[5] + TEXTS[3]
    claim = new_annotation(text, TextPosition(0, len(text)), note="")
    delegate = CardDelegate()
    option = QStyleOptionViewItem()
    option.font = QFont("DejaVu Sans", 10)
    drawn = []
    original = QPainter.drawText

    def record(painter, *args):
        drawn.append(args)
        return original(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", record)
    for width in (230, 300, 377):
        option.rect = QRect(0, 0, width, 0)
        height = delegate.card_height(option, claim)
        picture = QPixmap(width, height)
        painter = QPainter(picture)
        option.rect = QRect(0, 0, width, height)
        delegate._paint_card(painter, option, claim, Codebook(), "exact")
        painter.end()
        fonts = delegate._fonts(option)
        for args in drawn:
            if isinstance(args[0], QRect) and isinstance(args[-1], str) and args[-1].startswith("“"):
                needed = fonts.quote.metrics.boundingRect(args[0], int(args[1]), args[-1]).height()
                assert needed <= args[0].height(), ("the quote is cut", width)
            if isinstance(args[0], QPointF) and args[-1].endswith("”"):
                assert args[0].x() + fonts.quote.metrics.horizontalAdvance(args[-1]) <= width
        quote_lines = [a[-1] for a in drawn if isinstance(a[0], QPointF)]
        assert quote_lines and quote_lines[-1].endswith("…”"), quote_lines
        drawn.clear()
