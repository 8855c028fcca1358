"""Fixtures for the window tests: a corpus mixing Vietnamese and emoji, and a window factory."""

from __future__ import annotations

import pytest

from support import VI_EMOJI


@pytest.fixture(autouse=True, scope="session")
def _english_interface(qapp):
    """The window speaks English in tests, whatever the machine's language: tests read its words.
    Tests of other languages install theirs and put English back (see test_translations)."""
    from marginalia.ui import i18n

    i18n.install(qapp, "en")


@pytest.fixture
def emoji_corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    (folder / "vi-emoji.txt").write_text(VI_EMOJI, encoding="utf-8")
    (folder / "en-short.txt").write_text("Compute is scarce.\nPrivacy matters.\n", encoding="utf-8")
    return folder


@pytest.fixture
def open_window(qtbot):
    """Builds a real MainWindow on a folder, shown and active, closed after the test."""
    from marginalia.ui.main_window import MainWindow
    from marginalia.ui.settings import Settings

    windows = []

    def make(folder, article=None):
        window = MainWindow(Settings())
        window._confirm_discard = lambda _message: True  # no modal question may block a test
        window._ask_reviewer_name = lambda _current: None  # the first claim keeps the default name
        qtbot.addWidget(window)
        window.resize(1200, 800)
        assert window.open_corpus(folder, article)
        window.show()
        qtbot.waitExposed(window)
        # Shortcuts only reach an active window; the offscreen platform activates on request.
        window.windowHandle().requestActivate()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.isVisible():
            window.close()
