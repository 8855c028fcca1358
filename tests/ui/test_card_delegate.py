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
                    assert delegate._card_height(fonts, claim, width) == painted, (quote[:20], note[:20], width)
