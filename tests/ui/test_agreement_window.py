"""Reviewers ▸ Agreement… driven as a user would: menu and shortcut, tables, heat map, exports and edits."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from marginalia.core.agreement import Figures, agreement_of_claims, corpus_agreement, gather_claims, read_article, \
    read_document
from marginalia.core.agreement.heat_map import UNDEFINED_COLOR, scale_color
from marginalia.core.agreement.table import article_rows, pooled_rows
from marginalia.core.corpus import Corpus
from marginalia.ui.agreement.figures_model import FigureTableModel
from marginalia.ui.agreement.wording import FIGURES, AgreementWords
from support import SEED_NAMES, add_claims

SVG = "{http://www.w3.org/2000/svg}"
COLUMNS = ("percent", "kappa", "alpha", "alpha_u")  # the tables' figure columns, in order
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def two_reviewers(folder: Path, first: str = "Ana", second: str = "Bao") -> Path:
    """Two reviewers coding the first two seeds, overlapping partly; "competition" is used by no one."""
    add_claims(folder, SEED_NAMES[0], (first, 0, 40, ("compute",)), (second, 10, 40, ("compute",)),
               (first, 100, 160, ("privacy",)), (second, 120, 170, ("privacy",)))
    add_claims(folder, SEED_NAMES[1], (first, 10, 90, ("compute",)), (second, 0, 80, ("compute",)))
    return folder


@pytest.fixture
def window(open_window, seed_corpus):
    return open_window(two_reviewers(seed_corpus))


def open_agreement(qtbot, window):
    """Ctrl+Shift+G in the main window, then wait until the figures are shown."""
    with qtbot.waitSignal(window.agreement.computed, timeout=10000):
        qtbot.keyClick(window, Qt.Key.Key_G, CTRL_SHIFT)
    view = window.agreement.view
    qtbot.waitExposed(view)
    return view


def recomputed(qtbot, window, action):
    with qtbot.waitSignal(window.agreement.computed, timeout=10000):
        action()


def words() -> AgreementWords:
    return AgreementWords()


def test_figure_models_pass_the_model_tester(qtmodeltester, seed_corpus):
    """Both table models are well-behaved Qt models, empty and filled, and after a refill."""
    report = corpus_agreement(Corpus(two_reviewers(seed_corpus))).report
    for with_articles, rows in ((False, pooled_rows(report)), (True, article_rows(report))):
        model = FigureTableModel(words(), with_articles)
        qtmodeltester.check(model)
        model.set_rows(rows, topic_labels={"compute": "Compute"})
        qtmodeltester.check(model)
        assert model.rowCount() == len(rows) and model.columnCount() == len(FIGURES) + 1 + with_articles
        model.set_rows(rows[:2])
        qtmodeltester.check(model)


def test_agreement_is_in_a_reviewers_menu_with_a_shortcut_no_other_action_uses(window):
    """Reviewers ▸ Agreement… sits after the place kept for the reviewer filters, with Ctrl+Shift+G,
    which no other action or shortcut of the window (the compare view's Ctrl+Shift+M included) uses."""
    action = window.actions.agreement
    assert action.shortcut() == QKeySequence("Ctrl+Shift+G")
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    reviewers = menus["&Reviewers"]
    assert reviewers is window.actions.reviewers_menu
    entries = reviewers.actions()
    assert entries.index(window.actions.reviewers_section) < entries.index(action)
    keys = [QKeySequence("Ctrl+Shift+G")]
    others = [a for a in window.findChildren(type(action)) if a is not action and any(k in a.shortcuts() for k in keys)]
    others += [s for s in window.findChildren(QShortcut) if s.key() in keys]
    assert others == []
    assert window.actions.compare.shortcut() != action.shortcut()


def test_the_menu_opens_the_window_with_the_core_figures(qtbot, window):
    """Alt+R opens the Reviewers menu and A chooses Agreement…; the pooled table shows each
    topic's four figures, equal to the core's, formatted as the locale writes them."""
    with qtbot.waitSignal(window.agreement.computed, timeout=10000):
        qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.actions.reviewers_menu, timeout=3000)
        qtbot.keyClick(window.actions.reviewers_menu, Qt.Key.Key_A)
    view = window.agreement.view
    assert view.isVisible()
    report = corpus_agreement(Corpus(window.session.corpus.root)).report
    assert report.reviewers == ("Ana", "Bao")
    model = view.pooled.model
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "compute", "privacy", "competition", "All topics (mean)"]
    expected = [report.pooled[t] for t in report.topics] + [report.overall]
    locale = QLocale()
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in range(5)] == [
        "Topic", "Percent agreement", "Cohen's κ", "Krippendorff's α", "Unitizing α_u"]
    for row, figures in enumerate(expected):
        for offset, name in enumerate(COLUMNS):
            index = model.index(row, 1 + offset)
            value = figures.value(name)
            assert index.data(model.Role.Value) == value
            if value is not None:
                shown = locale.toString(value * 100, "f", 1) + " %" if name == "percent" else \
                    locale.toString(value, "f", 3)
                assert index.data() == shown
    assert "Ana and Bao compared on 5 articles" in view.summary.text()


def test_an_undefined_figure_is_a_dash_with_its_reason(qtbot, window):
    """No one used "competition": each of its figures is a dash whose tooltip and spoken text
    say why; moving there with the arrow keys shows the reason under the table."""
    view = open_agreement(qtbot, window)
    model, table = view.pooled.model, view.pooled.table
    row = 2
    assert model.index(row, 0).data() == "competition"
    reason = words().reason("no_claims")
    for column in range(1, 5):
        index = model.index(row, column)
        assert index.data() == "–"
        assert index.data(model.Role.Reason) == "no_claims"
        assert "No chosen reviewer tagged any text with this topic" in index.data(Qt.ItemDataRole.ToolTipRole)
        assert reason in index.data(Qt.ItemDataRole.AccessibleTextRole)
    table.setFocus()
    table.setCurrentIndex(model.index(0, 2))
    qtbot.keyClick(table, Qt.Key.Key_Down)
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex() == model.index(2, 2)
    assert reason in view.pooled.details.text() and "Cohen's κ" in view.pooled.details.text()


def test_per_article_figures_are_the_cores(qtbot, window):
    """The second table lists each article's topics and their mean, with the core's figures,
    the article named once at the top of its rows and on every row when copied."""
    view = open_agreement(qtbot, window)
    report = corpus_agreement(Corpus(window.session.corpus.root)).report
    model = view.per_article.model
    assert model.rowCount() == len(report.articles) * (len(report.topics) + 1)
    row = 0
    for name in report.articles:
        for topic in (*report.topics, None):
            found = model.index(row, 0).data(model.Role.Row)
            assert (found.article, found.topic) == (name, topic)
            figures = report.by_article[name][topic] if topic else report.article_overall[name]
            for offset, figure in enumerate(COLUMNS):
                assert model.index(row, 2 + offset).data(model.Role.Value) == figures.value(figure)
            row += 1
    title = "en · " + Corpus(window.session.corpus.root).entry(window.session.corpus.root / SEED_NAMES[0]).title
    assert model.index(0, 0).data() == title and model.index(1, 0).data() == ""
    assert report.by_article[SEED_NAMES[0]]["compute"].value("kappa") is not None
    assert model.as_text().splitlines()[2].startswith(title + "\tprivacy\t")
    view.tabs.setCurrentIndex(1)
    assert view.per_article.table.isVisible()


def _pixel(canvas, cell) -> QColor:
    image = canvas.grab().toImage()
    s = canvas.scale
    return image.pixelColor(round((cell.x + 5) * s), round((cell.y + 5) * s))


def test_heat_map_cells_show_values_in_the_scale_colours_and_hatch_undefined_ones(qtbot, window):
    """Each cell of the heat map (α_u by default) has the core's value, is painted in the
    scale's colour for it with the value written, and an undefined one is hatched; the
    arrow keys walk the cells and the line below says what the current one means."""
    view = open_agreement(qtbot, window)
    report = corpus_agreement(Corpus(window.session.corpus.root)).report
    view.tabs.setCurrentIndex(2)
    canvas = view.heat_map.canvas
    assert view.heat_map.current_figure() == "alpha_u"
    texts = [label.text for label in canvas.heat.chart.labels]
    first = next(c for c in canvas.heat.cells if (c.article, c.topic) == (SEED_NAMES[0], "compute"))
    value = report.by_article[SEED_NAMES[0]]["compute"].value("alpha_u")
    assert first.value == value and QLocale().toString(value, "f", 3) in texts
    assert _pixel(canvas, first).name().upper() == scale_color(value)
    pooled = next(c for c in canvas.heat.cells if (c.article, c.topic) == (None, "privacy"))
    assert _pixel(canvas, pooled).name().upper() == scale_color(report.pooled["privacy"].alpha_u)
    undefined = next(c for c in canvas.heat.cells if (c.article, c.topic) == (SEED_NAMES[2], "compute"))
    assert undefined.value is None and undefined.reason == "no_claims"
    image = canvas.grab().toImage()
    s = canvas.scale
    hatch = {image.pixelColor(round((undefined.x + 2 + i) * s), round((undefined.y + 4) * s)).name().upper()
             for i in range(12)}
    assert UNDEFINED_COLOR in hatch and len(hatch) > 2  # pale ground crossed by darker lines
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus, timeout=2000)
    canvas.move_to(0, 0)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert (canvas.current().article, canvas.current().topic) == (SEED_NAMES[2], "compute")
    assert words().reason("no_claims") in view.heat_map.details.text()
    assert "no_claims" not in view.heat_map.details.text()
    with qtbot.waitSignal(view.heat_map.figure_changed):
        view.heat_map.figure.setCurrentIndex(view.heat_map.figure.findData("kappa"))
    first = next(c for c in canvas.heat.cells if (c.article, c.topic) == (SEED_NAMES[0], "compute"))
    assert first.value == report.by_article[SEED_NAMES[0]]["compute"].kappa


def test_heat_map_saves_as_png_and_svg(qtbot, window, tmp_path, monkeypatch):
    """The heat map's buttons write a PNG that Qt reads back at twice the layout's size and an SVG
    that parses and holds each article's values."""
    view = open_agreement(qtbot, window)
    view.tabs.setCurrentIndex(2)
    chosen = {}
    monkeypatch.setattr("marginalia.ui.save_file.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(chosen["path"]), ""))
    chart = view.heat_map.chart
    chosen["path"] = tmp_path / "heat"
    qtbot.mouseClick(chart.png_button, Qt.MouseButton.LeftButton)
    image = QImage(str(tmp_path / "heat.png"))
    layout = chart.canvas.layout_
    assert (image.width(), image.height()) == (round(layout.width * 2), round(layout.height * 2))
    assert "heat.png" in view.message.text()
    chosen["path"] = tmp_path / "heat.svg"
    qtbot.mouseClick(chart.svg_button, Qt.MouseButton.LeftButton)
    root = ET.parse(tmp_path / "heat.svg").getroot()
    texts = {t.text for t in root.iter(f"{SVG}text")}
    report = corpus_agreement(Corpus(window.session.corpus.root)).report
    assert QLocale().toString(report.overall.alpha_u, "f", 3) in texts
    assert {"compute", "privacy", "competition"} <= texts and "– no claims" in texts


def test_tables_copy_and_export_as_csv(qtbot, window, tmp_path, monkeypatch):
    """Copy Table puts the table as shown on the clipboard; Export CSV… writes the figures with a dot
    and the reasons; Ctrl+C in the table copies the selected cells."""
    view = open_agreement(qtbot, window)
    pane = view.pooled
    qtbot.mouseClick(pane.copy_button, Qt.MouseButton.LeftButton)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0].split("\t") == ["Topic", "Percent agreement", "Cohen's κ", "Krippendorff's α", "Unitizing α_u"]
    assert copied[3].split("\t") == ["competition"] + ["–"] * 4
    monkeypatch.setattr("marginalia.ui.save_file.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(tmp_path / "figures"), ""))
    qtbot.mouseClick(pane.csv_button, Qt.MouseButton.LeftButton)
    rows = list(csv.DictReader(io.StringIO((tmp_path / "figures.csv").read_text(encoding="utf-8-sig"))))
    report = corpus_agreement(Corpus(window.session.corpus.root)).report
    assert [r["topic"] for r in rows] == ["compute", "privacy", "competition", ""]
    assert float(rows[0]["kappa"]) == pytest.approx(report.pooled["compute"].kappa, abs=1e-6)
    assert rows[2]["alpha_u_reason"] == "no_claims"
    assert "figures.csv" in view.message.text()
    table = pane.table
    table.setFocus()
    table.setCurrentIndex(pane.model.index(1, 4))
    table.selectionModel().select(pane.model.index(1, 4), table.selectionModel().SelectionFlag.ClearAndSelect)
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QGuiApplication.clipboard().text() == "Unitizing α_u\n" + pane.model.index(1, 4).data() + "\n"


def test_unsaved_claims_in_an_open_document_change_the_figures(qtbot, window):
    """A claim highlighted in the main window and not yet saved reaches the open Agreement
    window: its figures become those of the documents in memory, not of the files."""
    view = open_agreement(qtbot, window)
    session = window.session
    session._save_timer.setInterval(600_000)  # keep it unsaved for the whole test
    before = view.pooled.model.index(0, 4).data(FigureTableModel.Role.Value)
    window.settings.author = "Bao"
    window.open_article(session.corpus.root / SEED_NAMES[0])
    with qtbot.waitSignal(window.agreement.computed, timeout=10000):
        window.annotator.highlight((300, 400))
        window.annotator.toggle_topic("compute")
    qtbot.waitUntil(lambda: view.pooled.model.index(0, 4).data(FigureTableModel.Role.Value) != before, timeout=5000)
    assert session.has_unsaved_changes()
    corpus = session.corpus
    read = [read_article(corpus, p) for p in corpus.article_paths()]
    on_disk = agreement_of_claims(gather_claims(read), corpus.codebook).report
    read[0] = read_document(SEED_NAMES[0], session.document(corpus.root / SEED_NAMES[0]))
    in_memory = agreement_of_claims(gather_claims(read), corpus.codebook).report
    shown = view.pooled.model.index(0, 4).data(FigureTableModel.Role.Value)
    assert shown == in_memory.pooled["compute"].alpha_u != on_disk.pooled["compute"].alpha_u
    assert view.pooled.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole).count("coded") == 2


def test_refresh_reads_files_changed_by_another_program(qtbot, window):
    """Claims written to a sidecar behind the window's back are counted after F5."""
    view = open_agreement(qtbot, window)
    add_claims(window.session.corpus.root, SEED_NAMES[3], ("Ana", 0, 50, ("competition",)),
               ("Bao", 0, 40, ("competition",)))
    assert view.pooled.model.index(2, 1).data() == "–"
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    recomputed(qtbot, window, lambda: qtbot.keyClick(view, Qt.Key.Key_F5))
    assert view.pooled.model.index(2, 1).data(FigureTableModel.Role.Value) is not None


def test_unticking_a_reviewer_leaves_one_and_is_remembered(qtbot, open_window, seed_corpus):
    """Unticking Bao with the keyboard (Space on the button, Space on the item, Escape) leaves
    one reviewer: every figure is a dash saying two are needed. A new window remembers the
    choice, its size, its tab and the heat map's figure."""
    first = open_window(two_reviewers(seed_corpus))
    view = open_agreement(qtbot, first)
    button = view.choosers["reviewers"]
    assert button.text() == "&Reviewers (all 2)"
    button.setFocus()

    def untick_second():
        qtbot.keyClick(button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is button.menu(), timeout=3000)
        qtbot.waitUntil(button.list.hasFocus, timeout=3000)
        qtbot.keyClick(button.list, Qt.Key.Key_Down)
        qtbot.keyClick(button.list, Qt.Key.Key_Space)
        qtbot.keyClick(button.list, Qt.Key.Key_Escape)

    recomputed(qtbot, first, untick_second)
    assert button.left_out() == {"Bao"} and button.text() == "&Reviewers (1 of 2)"
    assert view.pooled.model.index(0, 1).data() == "–"
    assert "two reviewers" in view.pooled.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Only Ana is chosen" in view.summary.text()
    assert first.settings.agreement_left_out(seed_corpus.parent / "another")["reviewers"] == []  # per folder
    view.resize(700, 500)  # within the offscreen screen, which clips larger windows
    view.tabs.setCurrentIndex(2)
    view.heat_map.figure.setCurrentIndex(view.heat_map.figure.findData("alpha"))
    first.close()
    second = open_window(seed_corpus)
    again = open_agreement(qtbot, second)
    assert again.choosers["reviewers"].left_out() == {"Bao"}
    assert again.size().width() == 700 and again.tabs.currentIndex() == 2
    assert again.heat_map.current_figure() == "alpha"


def test_numbers_follow_the_interface_locale(qtbot, window):
    """With a Polish interface the figures are written with a decimal comma."""
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Polish, QLocale.Country.Poland))
    try:
        view = open_agreement(qtbot, window)
        shown = view.pooled.model.index(0, 2).data()
        assert "," in shown and "." not in shown
        assert view.pooled.model.index(0, 1).data().endswith("%") and "," in view.pooled.model.index(0, 1).data()
    finally:
        QLocale.setDefault(before)


def test_hostile_reviewer_names_and_titles_are_plain_text(qtbot, open_window, seed_corpus, tmp_path, monkeypatch):
    """Markup, an ampersand, a formula and control characters in a reviewer's name and an article's
    title are shown as written, escaped in tooltips, inert in the CSV and the SVG."""
    manifest = seed_corpus / "manifest.json"
    data = json.loads(manifest.read_text(encoding="utf-8"))
    data["articles"][0]["title"] = '<img src=x onerror=alert(1)> & "=cmd|calc"\x1b[31m'
    manifest.write_text(json.dumps(data), encoding="utf-8")
    hostile = "<b>Eve</b> & =SUM(A1)"
    window = open_window(two_reviewers(seed_corpus, second=hostile))
    view = open_agreement(qtbot, window)
    assert hostile in view.summary.text() and view.summary.textFormat() == Qt.TextFormat.PlainText
    items = [view.choosers["reviewers"].list.item(i).text() for i in range(2)]
    assert hostile in items
    tooltip = view.pooled.model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "<b>Eve</b>" not in tooltip and "&lt;b&gt;Eve&lt;/b&gt; &amp; =SUM(A1)" in tooltip
    model = view.per_article.model
    shown = model.index(0, 0).data()
    assert shown.startswith("en · <img src=x onerror=alert(1)> &")
    assert "<img" not in model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    for pane in (view.pooled, view.per_article):
        for line in csv.reader(io.StringIO(pane.csv_bytes().decode("utf-8-sig"))):
            assert not any(cell.startswith(("=", "+", "@")) for cell in line)
    view.heat_map.set_figure("alpha_u")
    root = ET.fromstring(view.heat_map.chart.svg_text())
    assert any("<img src=x" in (t.text or "") for t in root.iter(f"{SVG}text"))
    assert not view.grab().isNull()


def test_progress_is_shown_while_a_large_folder_is_read(qtbot, open_window, tmp_path, monkeypatch):
    """Reading many articles shows a progress bar that counts them, hidden again once the figures are in."""
    monkeypatch.setattr("marginalia.ui.agreement.launcher.PROGRESS_DELAY_MS", 0)
    monkeypatch.setattr("marginalia.ui.agreement.launcher.PROGRESS_EVERY", 1)
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(120):
        (folder / f"a{i:03}.txt").write_text(f"Article {i}. Compute is scarce, privacy matters.\n" * 20,
                                             encoding="utf-8")
    add_claims(folder, "a000.txt", ("Ana", 0, 30, ("compute",)), ("Bao", 5, 30, ("compute",)))
    window = open_window(folder)
    seen = []
    window.agreement._progress.connect(lambda _n, done, total: seen.append((done, total)))
    window.actions.agreement.trigger()  # makes the window at once; the reading reports through the event loop
    view = window.agreement.view
    bars = []
    set_reading = view.set_reading
    view.set_reading = lambda done, total: (bars.append((view.progress.isVisible(), done, total)),
                                            set_reading(done, total))
    qtbot.waitUntil(lambda: view.pooled.model.rowCount() > 0, timeout=20000)
    assert seen[-1] == (120, 120) and len(seen) == 120
    shown = [(done, total) for _visible, done, total in bars if total]
    assert shown and shown[-1] == (120, 120)
    assert not view.progress.isVisible()


def test_words_cover_every_reason_and_figure():
    """Every NullReason has a sentence and a short form of its own, and every figure a name and a meaning."""
    from marginalia.core.agreement import NullReason

    w = words()
    for reason in NullReason:
        assert w.reason(str(reason)) != str(reason) and w.short_reason(str(reason)) != str(reason)
    assert len({w.name(f) for f in FIGURES}) == 4 and all(len(w.meaning(f)) > 40 for f in FIGURES)
    assert w.shown(Figures.none(NullReason.NO_CLAIMS), "kappa") == "–"


def test_tab_walks_the_choices_then_the_tabs_then_the_table(qtbot, window):
    """From the Reviewers button, Tab reaches Articles, Topics, Refresh, the tab bar and then the
    pooled table; Ctrl+Tab turns to the next tab."""
    view = open_agreement(qtbot, window)
    view.activateWindow()
    qtbot.waitUntil(view.isActiveWindow, timeout=2000)
    view.choosers["reviewers"].setFocus()
    qtbot.waitUntil(view.choosers["reviewers"].hasFocus, timeout=2000)
    expected = [view.choosers["articles"], view.choosers["topics"], view.refresh_button, view.tabs.tabBar(),
                view.pooled.table]
    for widget in expected:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is widget
    qtbot.keyClick(view.pooled.table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert view.tabs.currentIndex() == 1


def test_every_control_has_a_name_a_screen_reader_can_say(qtbot, window):
    """Each widget that takes focus, the choosers' lists and filters included, has an accessible name or a text."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QScrollBar, QWidget

    def in_combo_box(widget) -> bool:  # the drop-down list Qt makes for a combo box, named by the box
        parent = widget.parentWidget()
        return parent is not None and (isinstance(parent, QComboBox) or in_combo_box(parent))

    view = open_agreement(qtbot, window)
    unnamed = []
    for widget in view.findChildren(QWidget):
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or isinstance(widget, QScrollBar) or in_combo_box(widget):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if not (widget.accessibleName() or text.strip()) and widget.objectName() != "qt_scrollarea_viewport":
            unnamed.append(f"{type(widget).__name__} in {type(widget.parent()).__name__}")
    assert unnamed == [], unnamed


def test_another_folder_opened_in_the_main_window_is_measured_in_its_turn(qtbot, window, tmp_path):
    """Opening another folder while the window shows reads that folder's claims and its reviewers."""
    view = open_agreement(qtbot, window)
    other = tmp_path / "other"
    other.mkdir()
    (other / "one.txt").write_text("Compute is scarce. Privacy matters a great deal here.\n" * 5, encoding="utf-8")
    add_claims(other, "one.txt", ("Dee", 0, 30, ("privacy",)), ("Eli", 5, 30, ("privacy",)))
    recomputed(qtbot, window, lambda: window.open_corpus(other))
    assert view.per_article.model.rows[0].article == "one.txt"
    assert view.choosers["reviewers"].keys() == ["Dee", "Eli"]
    assert "Dee and Eli compared on 1 article" in view.summary.text()


def test_a_reading_that_fails_is_said_in_the_window(qtbot, window, monkeypatch):
    """An error while reading reaches the window as a message, not only a log, and Refresh tries again."""
    def broken(_corpus, _path):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("marginalia.core.agreement.read_article", broken)
    window.actions.agreement.trigger()
    view = window.agreement.view
    qtbot.waitUntil(lambda: "disk on fire" in view.message.text(), timeout=10000)
    assert "could not be computed" in view.message.text() and not view.progress.isVisible()
    monkeypatch.undo()
    recomputed(qtbot, window, view.refresh_button.click)
    assert view.pooled.model.rowCount() == 4
