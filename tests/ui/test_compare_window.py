"""The Compare view driven as a user would: its shortcut, arrows, Enter, clicks, filters and chart export."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence

from marginalia.core.annotation import new_annotation
from marginalia.core.codebook import DEFAULT_CODEBOOK
from marginalia.core.compare import TopicRows, build_matrix, read_columns
from marginalia.core.corpus import Corpus
from marginalia.core.selectors import TextPosition
from marginalia.ui.compare.compare_model import CompareTableModel, percent
from support import REPO, SEED_NAMES

NOTES = {"en": "Analysts doubt it", "es": "Tensión en Azure", "it": "Nuova direzione",
         "pl": "Moc obliczeniowa — źródło sporu", "vi": "Nỗi lo ẩn giấu về điện toán"}


def annotate(folder: Path) -> Path:
    """Two claims in each seed (compute, then privacy with a note in the article's language);
    the Vietnamese article has a second compute claim, so one cell holds two."""
    corpus = Corpus(folder)
    for path in corpus.article_paths():
        document = corpus.open(path)
        language = path.name[:2]
        document.add(new_annotation(document.text, TextPosition(0, 40), topics=("compute",)))
        document.add(new_annotation(document.text, TextPosition(60, 120), topics=("privacy",), note=NOTES[language]))
        if language == "vi":
            document.add(new_annotation(document.text, TextPosition(200, 260), topics=("compute",), note="thứ hai"))
        corpus.save(document)
    return folder


@pytest.fixture
def compare(open_window, seed_corpus):
    """The main window on the annotated seeds with the Compare view opened by its shortcut."""
    window = open_window(annotate(seed_corpus))
    window.setFocus()
    return window


def open_compare(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    view = window.compare.view
    assert view is not None, "Ctrl+Shift+M did not open the Compare view"
    qtbot.waitExposed(view)
    view.windowHandle().requestActivate()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    qtbot.waitUntil(view.table.hasFocus, timeout=2000)
    return view


def index_of(view, language: str, row_id: str):
    model = view.table.source
    column = next(i for i, c in enumerate(model.matrix.columns) if c.key.startswith(language + "-"))
    row = next(i for i, r in enumerate(model.matrix.rows) if r.id == row_id)
    return model.index(row, column)


def test_compare_model_passes_the_model_tester(qtmodeltester, seed_corpus):
    """The table model is a well-behaved Qt model before and after its matrix is replaced."""
    corpus = Corpus(annotate(seed_corpus))
    columns = read_columns(corpus).columns
    model = CompareTableModel()
    qtmodeltester.check(model)
    model.set_matrix(build_matrix(columns, TopicRows(DEFAULT_CODEBOOK)))
    qtmodeltester.check(model)
    assert (model.rowCount(), model.columnCount()) == (3, 5)
    model.set_matrix(build_matrix(columns[:2], TopicRows(DEFAULT_CODEBOOK)))
    qtmodeltester.check(model)


def test_compare_is_a_view_menu_action_with_a_shortcut_of_its_own(open_window, seed_corpus):
    """View ▸ Compare Articles has Ctrl+Shift+M, and no other action of the window uses it."""
    window = open_window(seed_corpus)
    action = window.actions.compare
    assert action.shortcut() == QKeySequence("Ctrl+Shift+M")
    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert action in view_menu.actions()
    others = [a for a in window.findChildren(type(action)) if a is not action
              and QKeySequence("Ctrl+Shift+M") in a.shortcuts()]
    assert others == []


def test_the_shortcut_opens_the_view_with_every_article_and_topic(qtbot, compare):
    """Ctrl+Shift+M in the main window shows the articles as columns and the topics as rows, the table focused."""
    view = open_compare(qtbot, compare)
    model = view.table.source
    assert [c.key for c in model.matrix.columns] == SEED_NAMES
    assert [r.id for r in model.matrix.rows] == ["compute", "privacy", "competition"]
    vi = index_of(view, "vi", "compute")
    assert model.cell(vi).count == 2
    assert "2 claims" in vi.data()
    header = model.headerData(vi.column(), Qt.Orientation.Horizontal)
    assert "Tiếng Việt (vi)" in header and "Microsoft và OpenAI" in header
    assert view.table.accessibleName() and view.rows_button.accessibleName() and view.languages_button.accessibleName()


def test_arrows_move_between_cells_and_enter_opens_the_claim_in_the_main_window(qtbot, compare):
    """Right, Right, Down moves to the Italian article's privacy cell; Enter opens that article
    in the main window with that claim chosen and the text focused."""
    view = open_compare(qtbot, compare)
    table = view.table
    assert table.currentIndex() == table.source.index(0, 0)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down):
        qtbot.keyClick(table, key)
    assert table.currentIndex() == index_of(view, "it", "privacy")
    expected = table.source.cell(table.currentIndex()).claims[0]
    with qtbot.waitSignal(table.claim_activated, timeout=2000):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    current = compare.session.current
    assert current.article.path.name == SEED_NAMES[2]
    assert compare.annotator.current_id == expected.id
    qtbot.waitUntil(compare.reader.hasFocus, timeout=2000)  # the main window comes forward
    assert compare.notes.currentIndex().data(compare.notes.source_model.Role.Id) == expected.id


def test_alt_down_chooses_the_next_claim_of_a_cell(qtbot, compare):
    """In a cell of two claims, Alt+Down chooses the second; Enter opens that one; Alt+Up goes back."""
    view = open_compare(qtbot, compare)
    table = view.table
    target = index_of(view, "vi", "compute")
    while table.currentIndex().column() < target.column():
        qtbot.keyClick(table, Qt.Key.Key_Right)
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    claims = table.source.cell(target).claims
    assert table.current_claim() is claims[1]
    qtbot.keyClick(table, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)  # past the last: stays
    assert table.current_claim() is claims[1]
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert compare.session.current.article.path.name == SEED_NAMES[4]
    assert compare.annotator.current_id == claims[1].id


def test_clicking_a_quote_opens_that_claim(qtbot, compare):
    """A click on the second quote of a cell opens the article at that claim, not the first."""
    view = open_compare(qtbot, compare)
    table = view.table
    target = index_of(view, "vi", "compute")
    table.scrollTo(target)
    rect = table.visualRect(target)
    point = table.cells.geometry.block_rect(rect, 1).center()
    with qtbot.waitSignal(table.claim_activated, timeout=2000) as signal:
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    second = table.source.cell(target).claims[1]
    assert signal.args[1] == second.id
    assert compare.session.current.article.path.name == SEED_NAMES[4]
    assert compare.annotator.current_id == second.id


def test_enter_on_a_cell_without_claims_opens_nothing(qtbot, compare):
    """The competition row is empty: Enter there leaves the main window on the article it showed."""
    view = open_compare(qtbot, compare)
    table = view.table
    before = compare.session.current.article.path
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.source.cell(table.currentIndex()).count == 0
    with qtbot.assertNotEmitted(table.claim_activated):
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert compare.session.current.article.path == before


def menu_action(button, text: str):
    return next(a for a in button.menu().actions() if a.text().startswith(text))


def test_filters_by_topic_and_language_and_articles_with_claims(qtbot, compare):
    """Unticking a language or a topic removes its columns or row; Show All brings them back;
    the check box leaves out articles with no claim in the rows shown."""
    view = open_compare(qtbot, compare)
    model = view.table.source
    menu_action(view.languages_button, "Tiếng Việt").trigger()
    assert [c.language for c in model.matrix.columns] == ["en", "es", "it", "pl"]
    assert view.languages_button.text() == "Languages: 4 of 5"
    menu_action(view.rows_button, "privacy").trigger()
    assert [r.id for r in model.matrix.rows] == ["compute", "competition"]
    menu_action(view.rows_button, "Show All").trigger()
    menu_action(view.languages_button, "Show All").trigger()
    assert (model.rowCount(), model.columnCount()) == (3, 5)
    menu_action(view.rows_button, "compute").trigger()
    menu_action(view.rows_button, "privacy").trigger()
    qtbot.mouseClick(view.only_with_claims, Qt.MouseButton.LeftButton)
    assert view.only_with_claims.isChecked()
    assert model.columnCount() == 0  # only competition is shown and no article has a claim there
    assert "0 of 5 articles shown" in view.counts.text()


def test_chart_saves_as_png_and_svg_from_its_buttons(qtbot, compare, tmp_path, monkeypatch):
    """The two buttons write a PNG that Qt reads back at twice the chart's size and an SVG that parses,
    naming every article's language and each topic."""
    view = open_compare(qtbot, compare)
    chosen = {}
    monkeypatch.setattr("marginalia.ui.save_file.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(chosen["path"]), ""))
    chosen["path"] = tmp_path / "chart"  # no suffix: the button's format adds it
    qtbot.mouseClick(view.chart.png_button, Qt.MouseButton.LeftButton)
    png = tmp_path / "chart.png"
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(png))
    layout = view.chart.canvas.layout_
    assert (image.width(), image.height()) == (round(layout.width * 2), round(layout.height * 2))
    assert "chart.png" in view.message.text()
    chosen["path"] = tmp_path / "chart.svg"
    qtbot.mouseClick(view.chart.svg_button, Qt.MouseButton.LeftButton)
    root = ET.parse(tmp_path / "chart.svg").getroot()
    texts = {t.text for t in root.iter("{http://www.w3.org/2000/svg}text")}
    assert {"en", "es", "it", "pl", "vi", "compute", "privacy", "competition"} <= texts
    assert "2" in texts  # the Vietnamese article's compute claims


def test_a_claim_added_in_the_main_window_reaches_the_open_view(qtbot, compare):
    """Highlighting in the main window updates the Compare view's counts without reopening it."""
    view = open_compare(qtbot, compare)
    assert view.table.source.cell(index_of(view, "pl", "competition")).count == 0
    compare.open_article(compare.session.corpus.root / SEED_NAMES[3])
    compare.annotator.highlight((300, 340))
    compare.annotator.toggle_topic("competition")
    qtbot.waitUntil(lambda: view.table.source.cell(index_of(view, "pl", "competition")).count == 1, timeout=3000)
    added = view.table.source.cell(index_of(view, "pl", "competition")).claims[0]
    assert added.id == compare.annotator.current_id and 300 <= added.start < added.end <= 340


def test_show_claim_of_a_deleted_claim_says_so(qtbot, compare):
    """A claim removed since the view was built: the main window opens the article and says the claim is gone."""
    compare.show_claim(compare.session.corpus.root / SEED_NAMES[0], "no-such-claim")
    assert compare.session.current.article.path.name == SEED_NAMES[0]
    assert "no longer" in compare.statusBar().currentMessage()


def test_hostile_quotes_and_notes_are_plain_text_in_tooltips_and_paint(qtbot, open_window, tmp_path):
    """Markup, control characters and right-to-left text in a quote or a note are escaped in the
    tooltip, spoken as text, and painted without error."""
    folder = tmp_path / "hostile"
    folder.mkdir()
    (folder / "he.txt").write_text("<script>alert(1)</script> שלום עולם\t\x1b[31m <b>x</b> " * 5, encoding="utf-8")
    corpus = Corpus(folder)
    document = corpus.open(folder / "he.txt")
    document.add(new_annotation(document.text, TextPosition(0, 60), topics=("compute",),
                                note="<img src=x onerror=alert(1)> \x00 שלום <b>bold</b>\n" * 20))
    corpus.save(document)
    window = open_window(folder)
    window.actions.compare.trigger()
    view = window.compare.view
    qtbot.waitExposed(view)
    index = view.table.source.index(0, 0)
    tooltip = index.data(Qt.ItemDataRole.ToolTipRole)
    for raw in ("<img", "<script>", "<b>bold", "<b>x", "\x00", "\x1b"):
        assert raw not in tooltip
    assert "&lt;img" in tooltip and "&lt;script&gt;" in tooltip
    assert "<script>alert(1)</script>" in index.data(Qt.ItemDataRole.AccessibleTextRole)  # spoken as written
    assert not view.grab().isNull()


def test_percent_never_rounds_coverage_to_nothing_or_everything():
    """A covered text reads "<1%", a partial one ">99%"."""
    assert (percent(0), percent(0.004), percent(0.126), percent(0.995), percent(1)) == ("0%", "<1%", "13%", ">99%",
                                                                                       "100%")


def test_start_up_leaves_the_compare_view_unloaded(tmp_path):
    """The main window is built without importing the Compare window or the comparison core."""
    probe = textwrap.dedent("""
        import sys
        from PySide6.QtWidgets import QApplication
        app = QApplication(sys.argv[:1])
        from marginalia.ui.main_window import MainWindow
        window = MainWindow()
        print(sorted(m for m in sys.modules if m.startswith(("marginalia.core.compare",
                                                             "marginalia.ui.compare.compare_window"))))
    """)
    done = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, timeout=120,
                          env={"QT_QPA_PLATFORM": "offscreen", "MARGINALIA_HOME": str(tmp_path),
                               "PYTHONPATH": str(REPO / "desktop"), "PATH": "/usr/bin:/bin"})
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_the_view_starts_on_the_first_cell_with_claims_and_fits_five_articles_side_by_side(qtbot, open_window,
                                                                                            seed_corpus):
    """A newcomer lands on a claim, not an empty cell; five articles share a wide window's width,
    while more than fit keep their readable width and scroll."""
    corpus = Corpus(seed_corpus)
    document = corpus.open(seed_corpus / SEED_NAMES[3])
    document.add(new_annotation(document.text, TextPosition(0, 40), topics=("privacy",)))
    corpus.save(document)
    window = open_window(seed_corpus)
    window.actions.compare.trigger()
    view = window.compare.view
    view.resize(1440, 900)
    qtbot.waitExposed(view)
    table = view.table
    assert table.currentIndex() == index_of(view, "pl", "privacy")
    header = table.horizontalHeader()
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width(), timeout=2000)
    assert min(header.sectionSize(c) for c in range(5)) >= 220
    view.resize(700, 600)
    qtbot.waitUntil(lambda: header.sectionSize(0) == 290, timeout=2000)
    assert header.length() > table.viewport().width()
    for language in ("English", "español", "italiano"):  # two articles left: they fit again
        menu_action(view.languages_button, language).trigger()
    qtbot.waitUntil(lambda: header.length() <= table.viewport().width(), timeout=2000)
