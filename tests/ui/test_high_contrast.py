"""The high-contrast palette: 4.5:1 for every text the window paints on its own backgrounds, topic tints included."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from marginalia.core.codebook import PALETTE
from marginalia.ui.contrast import READABLE, over, ratio, readable_tint
from marginalia.ui.high_contrast import BANNER, high_contrast_palette
from support import annotate_two_claims, copy_seeds

Role, Group = QPalette.ColorRole, QPalette.ColorGroup
# Topic colours a user may pick besides the codebook's: the palest, the darkest, pure hues.
HOSTILE = ("#FFFFFF", "#000000", "#FFFF00", "#0000FF", "#FF0000", "#00FF00", "#7F7F7F")


def test_contrast_ratio_follows_the_wcag_formula():
    """Known WCAG figures: black on white 21:1, a colour on itself 1:1, #767676 on white 4.54:1."""
    assert ratio(QColor("#000000"), QColor("#FFFFFF")) == pytest.approx(21.0)
    assert ratio(QColor("#336699"), QColor("#336699")) == pytest.approx(1.0)
    assert ratio(QColor("#767676"), QColor("#FFFFFF")) == pytest.approx(4.54, abs=0.01)


def _pairs(palette: QPalette):
    """(what, text, background) for every pair of palette roles the window's text is painted in."""
    c = palette.color
    yield "text", c(Role.Text), c(Role.Base)
    yield "alternate rows", c(Role.Text), c(Role.AlternateBase)
    yield "window text (status bar)", c(Role.WindowText), c(Role.Window)
    yield "buttons", c(Role.ButtonText), c(Role.Button)
    yield "chosen item", c(Role.HighlightedText), c(Role.Highlight)
    yield "quiet text (cards' hints, dates)", c(Role.PlaceholderText), c(Role.Base)
    yield "tooltips", c(Role.ToolTipText), c(Role.ToolTipBase)
    yield "links", c(Role.Link), c(Role.Base)
    yield "disabled text", c(Group.Disabled, Role.Text), c(Group.Disabled, Role.Base)
    yield "disabled window text", c(Group.Disabled, Role.WindowText), c(Group.Disabled, Role.Window)


def test_high_contrast_palette_keeps_every_text_pair_readable():
    """Each text role on the background it is painted on reaches 4.5:1 (7:1 in fact) in the palette."""
    palette = high_contrast_palette()
    for what, text, background in _pairs(palette):
        assert ratio(text, background) >= 7.0, what


@pytest.mark.parametrize("high", [True, False], ids=["high-contrast", "light"])
def test_topic_tints_keep_the_text_on_them_readable(high):
    """Reader highlights (plain, chosen, several topics), card chips, the chosen card's glow and
    find matches: the tint actually painted under the text keeps 4.5:1, for the codebook's
    colours and hostile ones, in the high-contrast palette and a light one."""
    from marginalia.ui.card_delegate import CHIP_ALPHA, GLOW_ALPHA
    from marginalia.ui.highlight_painter import tint_alpha
    from marginalia.ui.reader_view import FIND_COLOR

    palette = high_contrast_palette() if high else QPalette(QColor("#F0F0F0"))
    base, text = palette.color(Role.Base), palette.color(Role.Text)
    dark = base.lightness() < 128
    alphas = (tint_alpha(False, dark), tint_alpha(True, dark), CHIP_ALPHA, 200)
    for color in (*PALETTE, *HOSTILE, FIND_COLOR.name(), palette.color(Role.Highlight).name()):
        for alpha in alphas:
            seen = over(readable_tint(color, alpha, base, text), base)
            assert ratio(text, seen) >= READABLE, (color, alpha)
    glow = over(readable_tint(palette.color(Role.Highlight), GLOW_ALPHA, base, text), base)
    assert ratio(text, glow) >= READABLE


def test_notice_banner_is_readable_in_both_palettes():
    """The problems banner's own colours reach 4.5:1, normal and high contrast."""
    for background, text in BANNER.values():
        assert ratio(QColor(text), QColor(background)) >= READABLE


def test_high_contrast_is_chosen_in_the_view_menu_and_remembered(qtbot, qapp, open_window, tmp_path):
    """View ▸ High Contrast turns the application's palette to the high-contrast one and back;
    the choice is kept in the settings and a new window starts with it."""
    from marginalia.ui.main_window import MainWindow
    from marginalia.ui.settings import Settings

    folder = annotate_two_claims(copy_seeds(tmp_path / "seeds"))
    window = open_window(folder)
    before = QApplication.palette().color(Role.Base)
    action = window.high_contrast.action
    assert action in window.actions.view_menu.actions() and not action.isChecked()
    try:
        action.trigger()
        assert QApplication.palette().color(Role.Base) == QColor("#000000")
        assert QApplication.palette().color(Role.Text) == QColor("#FFFFFF")
        assert "#FFFF00" in window.banner.styleSheet()
        assert "QLineEdit" in QApplication.instance().styleSheet()  # text fields keep a visible edge
        assert Settings().high_contrast is True
        second = MainWindow(Settings())
        qtbot.addWidget(second)
        assert second.high_contrast.is_on()
        second.close()
        action.trigger()
        assert Settings().high_contrast is False
        assert QApplication.palette().color(Role.Base) == before
        assert "QLineEdit" not in QApplication.instance().styleSheet()
    finally:
        if window.high_contrast.is_on():
            window.high_contrast.apply(False)


def test_screenshot_window_looks_as_the_user_chose(qtbot, tmp_path):
    """A screenshot's scratch window keeps its own settings file but takes the user's high-contrast choice."""
    from marginalia.ui.settings import Settings
    from marginalia.ui.smoke import _scratch_window

    Settings().high_contrast = True
    window = _scratch_window(str(tmp_path))
    qtbot.addWidget(window)
    try:
        assert window.high_contrast.is_on()
        assert Settings(tmp_path / "settings.ini").high_contrast is True
    finally:
        window.high_contrast.apply(False)
        Settings().high_contrast = False
