"""The sidecar pane: shows what will be written, follows edits, colours JSON for the palette."""

from __future__ import annotations

import json

import pytest
from PySide6.QtGui import QColor, QPalette

from marginalia.core.annotation import new_annotation
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition
from marginalia.core.storage.sidecar import encode_sidecar, sidecar_path
from marginalia.ui.session import CorpusSession
from marginalia.ui.sidecar_view import REFRESH_DELAY_MS, SidecarView
from marginalia.ui.syntax_highlight import DARK_STYLE, LIGHT_STYLE

ES = "es-microsoft-openai-relacion-tensa.txt"
VI = "vi-microsoft-openai-noi-lo-an-giau.txt"


@pytest.fixture
def session(seed_corpus) -> CorpusSession:
    session = CorpusSession(Corpus(seed_corpus))
    session.set_current(seed_corpus / ES)
    yield session
    session.close()


@pytest.fixture
def view(qtbot, session) -> SidecarView:
    widget = SidecarView(session)
    qtbot.addWidget(widget)
    widget.resize(640, 480)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def claim(session, start: int, end: int, topics=("compute",), note: str = ""):
    document = session.current
    annotation = new_annotation(document.text, TextPosition(start, end), topics=topics, note=note)
    session.add(document, annotation)
    return annotation


def expected_json(session) -> str:
    return encode_sidecar(session.file_of(session.current).snapshot(session.current).data).decode("utf-8")


def wait_coloured(qtbot, view) -> None:
    qtbot.waitUntil(lambda: not view.code.is_highlighting(), timeout=3000)


def test_view_shows_the_sidecar_that_will_be_written(view, session):
    """The pane holds encode_sidecar of the current document and names its file, not yet on disk."""
    assert view.code.accessibleName() == "Sidecar JSON"
    assert view.text() == expected_json(session)
    assert view.code.toPlainText() == view.text()
    assert view.path_label.text() == ES + ".annotations.json"
    assert view.path_label.toolTip() == str(sidecar_path(session.current.article.path))
    assert "Not on disk yet" in view.state_label.text()


def test_view_follows_a_new_claim_after_a_short_delay(qtbot, view, session):
    """A claim added through the session appears in the pane once the debounce has passed."""
    annotation = claim(session, 0, 40, note="watch this")
    quote = json.dumps(annotation.quote.exact, ensure_ascii=False)  # as the sidecar spells it
    assert quote not in view.text()  # debounced, not on every signal
    qtbot.waitUntil(lambda: quote in view.text(), timeout=REFRESH_DELAY_MS * 10)
    assert "watch this" in view.text()
    assert view.text() == expected_json(session)
    assert "saving shortly" in view.state_label.text()

    assert session.save_all()
    assert view.state_label.text() == "On disk and up to date."
    assert sidecar_path(session.current.article.path).read_bytes().decode("utf-8") == view.text()


def test_view_colours_the_json(qtbot, view, session):
    """Keys and string values carry pygments colours as layout formats on the document's blocks."""
    claim(session, 0, 12)
    view.refresh()
    wait_coloured(qtbot, view)
    text = view.text()
    key = text.index('"format"')
    value = text.index('"marginalia-sidecar"')
    key_format, value_format = view.code.format_at(key + 1), view.code.format_at(value + 1)
    assert key_format is not None and value_format is not None
    plain = view.code.palette().color(QPalette.ColorRole.Text)
    assert key_format.foreground().color() != plain
    assert key_format.foreground().color() != value_format.foreground().color()
    block = view.code.document().findBlock(key)  # the line is ASCII: code points are Qt positions
    assert any(r.start <= key - block.position() < r.start + r.length for r in block.layout().formats())


def test_colours_line_up_after_emoji(qtbot, view, session, seed_corpus):
    """On a line after an astral character the colour still starts on the right character."""
    session.set_current(seed_corpus / VI)
    claim(session, 0, 30, note="🤝 emoji 👩‍👩‍👧 in a note")
    view.refresh()
    wait_coloured(qtbot, view)
    text = view.text()
    note_key = text.index('"note"')
    author_key = text.index('"author"', note_key)
    note_value = text.index('"🤝', note_key)
    closing = text.index('",', note_value)  # the note's closing quote, after four astral characters
    string_colour = view.code.format_at(note_value).foreground()
    assert view.code.format_at(closing).foreground() == string_colour
    comma = view.code.format_at(closing + 1)
    assert comma is None or comma.foreground() != string_colour
    assert view.code.format_at(author_key).foreground() == view.code.format_at(note_key).foreground()
    assert view.code.format_at(author_key - 1) is None  # the indentation before the key is plain


def test_refresh_keeps_the_scroll_position(qtbot, view, session):
    """Adding a claim lower in the article keeps the reader where they were in the pane."""
    text = session.current.text
    for start in range(0, 400, 20):
        claim(session, start, start + 10)
    view.refresh()
    bar = view.code.verticalScrollBar()
    assert bar.maximum() > 40
    bar.setValue(40)
    late = claim(session, len(text) - 30, len(text) - 5, note="the last claim")
    qtbot.waitUntil(lambda: "the last claim" in view.text(), timeout=REFRESH_DELAY_MS * 10)
    assert late.id in view.text()
    assert bar.value() == 40


def test_switching_article_shows_its_sidecar_from_the_top(qtbot, view, session, seed_corpus):
    """Another current article replaces the pane's content and starts at its first line."""
    for start in range(0, 400, 20):
        claim(session, start, start + 10)
    view.refresh()
    view.code.verticalScrollBar().setValue(30)
    session.set_current(seed_corpus / VI)
    assert view.text() == expected_json(session)
    assert view.path_label.text() == VI + ".annotations.json"
    assert view.code.verticalScrollBar().value() == 0


def test_hidden_view_catches_up_when_shown(qtbot, view, session):
    """While hidden the pane does no work; shown again it has the latest claims."""
    view.hide()
    annotation = claim(session, 5, 25)
    qtbot.wait(REFRESH_DELAY_MS * 2)
    assert annotation.id not in view.text()
    view.show()
    assert annotation.id in view.text()


def test_unreadable_sidecar_is_shown_as_it_is_on_disk(qtbot, seed_corpus):
    """A sidecar that cannot be read is shown raw, marked read-only, never re-encoded."""
    broken = sidecar_path(seed_corpus / ES)
    broken.write_text('{"format": "marginalia-sidecar", "version": 1, oops', encoding="utf-8")
    session = CorpusSession(Corpus(seed_corpus))
    session.set_current(seed_corpus / ES)
    view = SidecarView(session)
    qtbot.addWidget(view)
    view.show()
    assert view.text() == broken.read_text(encoding="utf-8")
    assert view.state_label.text().startswith("Read-only")


def test_no_session_or_article_shows_an_empty_pane(qtbot, session):
    """Without a current article the pane is empty and says so."""
    view = SidecarView(None)
    qtbot.addWidget(view)
    view.show()
    assert view.text() == ""
    view.set_session(session)
    assert view.text() == expected_json(session)
    session.set_current(None)
    assert view.text() == ""
    assert view.code.placeholderText()


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, color in ((QPalette.ColorRole.Window, "#202124"), (QPalette.ColorRole.WindowText, "#e8eaed"),
                        (QPalette.ColorRole.Base, "#2b2c2f"), (QPalette.ColorRole.Text, "#e8eaed")):
        palette.setColor(role, QColor(color))
    return palette


def test_dark_palette_picks_a_dark_style_and_background(qtbot, view, session):
    """Under a dark palette the pane uses a dark pygments style and paints a dark background."""
    assert view.code.style_name == LIGHT_STYLE
    assert view.code.palette().color(QPalette.ColorRole.Base).lightnessF() > 0.5
    view.setPalette(dark_palette())
    assert view.code.style_name == DARK_STYLE
    assert view.code.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.2
    wait_coloured(qtbot, view)
    key = view.text().index('"format"')
    assert view.code.format_at(key + 1).foreground().color().lightnessF() > 0.5  # light text on dark
    image = view.code.viewport().grab().toImage()
    corner = image.pixelColor(image.width() - 3, image.height() - 3)  # below the last line: background
    assert corner.lightnessF() < 0.2
