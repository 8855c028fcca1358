"""The window around the text: first size, toolbar, library filter, topic filter state, dialogs' folders, export words."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QIcon

from marginalia.ui.window_defaults import initial_geometry

VI = "vi-microsoft-openai-noi-lo-an-giau.txt"
PL = "pl-openai-moc-obliczeniowa.txt"


def test_a_first_window_is_sized_from_the_screen_not_from_its_widgets(qtbot, seed_corpus):
    """With no saved geometry the window takes most of the screen's free area (it came
    out 950×303, from the widgets' size hints, without a window manager)."""
    from marginalia.ui.main_window import MainWindow
    from marginalia.ui.settings import Settings

    window = MainWindow(Settings())
    qtbot.addWidget(window)
    window.restore_state()
    window.open_corpus(seed_corpus)
    window.show()
    qtbot.waitExposed(window)
    available = window.screen().availableGeometry()
    assert window.size() == initial_geometry(available).size()
    assert window.width() >= min(available.width(), 1024) and window.height() >= min(available.height(), 700)
    assert available.contains(window.frameGeometry().center())


def test_initial_geometry_is_bounded_and_centred():
    """Most of a laptop screen, not all of a very large one, never more than the screen."""
    laptop = initial_geometry(QRect(0, 0, 1366, 740))
    assert laptop.size() == QSize(1161, 700) and QRect(0, 0, 1366, 740).contains(laptop)
    large = initial_geometry(QRect(0, 0, 3840, 2100))
    assert large.size() == QSize(1600, 1000) and large.center() == QRect(0, 0, 3840, 2100).center()
    small = initial_geometry(QRect(0, 0, 900, 600))
    assert small.size() == QSize(900, 600)


def test_at_1024_by_700_find_stays_on_the_toolbar_and_titles_stay_readable(qtbot, open_window, seed_corpus):
    """The toolbar keeps Find in view at 1024×700, and the library's titles keep their width
    with the search pane open beside it (they used to collapse to "…")."""
    from marginalia.ui.library_panel import TITLE_EMS
    from marginalia.ui.models.article_list_model import ArticleListModel

    window = open_window(seed_corpus, seed_corpus / VI)
    window.resize(1024, 700)
    qtbot.waitUntil(lambda: window.width() == 1024, timeout=2000)
    toolbar = window.actions.toolbar
    for action in (window.actions.find, window.actions.highlight, window.actions.delete):
        button = window.actions.toolbar_button(action)
        assert button is not None and button.isVisible(), action.text()
        assert toolbar.rect().contains(button.geometry()), action.text()
    window.search_dock.show()
    qtbot.waitUntil(window.search_dock.isVisible, timeout=2000)
    qtbot.wait(50)
    header = window.library.view.header()
    em = window.library.fontMetrics().horizontalAdvance("M")
    assert header.sectionSize(ArticleListModel.Column.Title) >= TITLE_EMS * em - 2
    assert window.reader.width() >= window.reader.minimumWidth() > 200
    assert window.width() <= 1024 + 2  # everything fits: the window did not have to grow


def test_filtering_the_library_in_the_window_keeps_the_article_open(qtbot, open_window, seed_corpus):
    """Typing a filter that hides the open article, or that matches nothing, leaves that
    article open in the reader."""
    window = open_window(seed_corpus, seed_corpus / VI)
    text = window.reader.toPlainText()
    window.library.filter_edit.setFocus()
    qtbot.keyClicks(window.library.filter_edit, "polski")
    assert window.library.proxy.rowCount() == 1
    assert window.session.current.article.path.name == VI and window.reader.toPlainText() == text
    qtbot.keyClicks(window.library.filter_edit, " zzz")
    assert window.library.proxy.rowCount() == 0 and window.session.current.article.path.name == VI
    qtbot.keyClick(window.library.filter_edit, Qt.Key.Key_Escape)  # clears the filter
    assert window.library.current_path().name == VI
    qtbot.keyClicks(window.library.filter_edit, "polski")
    qtbot.keyClick(window.library.filter_edit, Qt.Key.Key_Return)  # Enter opens what the filter shows
    assert window.session.current.article.path.name == PL


def test_topic_filters_show_their_state(qtbot, open_window, seed_corpus):
    """View ▸ Show Claims of Topics marks the topics shown (a ticked box in the topic's
    colour, where menus draw no tick beside an icon), and the status bar names them."""
    window = open_window(seed_corpus, seed_corpus / VI)
    privacy = next(a for a in window.actions.filter_actions if a.data() == "privacy")
    assert privacy.isCheckable() and not privacy.isChecked() and window.filter_label.isHidden()
    menu = window.actions.filter_menu
    menu.popup(window.mapToGlobal(window.rect().center()))  # its icons are drawn as it opens
    qtbot.waitExposed(menu)
    menu.close()
    off = privacy.icon().pixmap(16, 16, QIcon.Mode.Normal, QIcon.State.Off).toImage()
    on = privacy.icon().pixmap(16, 16, QIcon.Mode.Normal, QIcon.State.On).toImage()
    assert off != on
    assert on.pixelColor(5, 8) != off.pixelColor(5, 8)  # filled when shown
    assert privacy in window.actions.filter_menu.actions()
    privacy.trigger()
    assert privacy.isChecked() and window.filter_label.isVisible() and "privacy" in window.filter_label.text()
    qtbot.keyClick(window.reader, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)  # Show All Topics
    assert not privacy.isChecked() and window.filter_label.isHidden()
    privacy.trigger()
    window._on_session_codebook_changed(window.session.codebook)  # topics rebuilt: the choice stays
    privacy = next(a for a in window.actions.filter_actions if a.data() == "privacy")
    assert privacy.isChecked()


def test_file_dialogs_start_where_the_last_one_ended(qtbot, open_window, seed_corpus, tmp_path, monkeypatch):
    """Open Folder, Import and Export each start in the folder chosen last time (saved with
    the settings), not in the folder the app was started from."""
    from PySide6.QtWidgets import QFileDialog

    from marginalia.ui.dialogs import export_dialog

    window = open_window(seed_corpus, seed_corpus / VI)
    starts = []
    elsewhere = tmp_path / "elsewhere"
    (elsewhere / "corpus").mkdir(parents=True)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda parent, title, start: starts.append(start) or str(elsewhere / "corpus")))
    window.choose_folder()
    window.choose_folder()
    assert starts[1] == str(elsewhere)
    assert window.settings.folder("open") == elsewhere

    imports = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda parent, title, start, filters: imports.append((start, filters)) or ("", "")))
    window.importer.choose()
    window.settings.set_folder("import", tmp_path)
    window.importer.choose()
    assert imports[1][0] == str(tmp_path)
    assert "*.jsonld" in imports[0][1]

    folders = []

    def fake_exec(dialog):
        folders.append(dialog.folder)
        dialog.folder = tmp_path / "exports"
        return 0

    (tmp_path / "exports").mkdir()
    monkeypatch.setattr(export_dialog.ExportDialog, "exec", fake_exec)
    window.export_annotations()
    window.export_annotations()
    assert folders[1] == tmp_path / "exports" and window.settings.folder("export") == tmp_path / "exports"


def test_a_codebook_export_says_it_wrote_the_codebook_not_claims(qtbot, open_window, seed_corpus, tmp_path,
                                                                  monkeypatch):
    """Exporting the .qdc codebook reports its topics, in the dialog and the status bar."""
    from marginalia.ui.dialogs import export_dialog

    window = open_window(seed_corpus, seed_corpus / VI)
    target = tmp_path / "codebook.qdc"
    results = []

    def run(dialog):
        dialog.set_format("qdc")
        monkeypatch.setattr(dialog, "_ask_target", lambda default: target)
        with qtbot.waitSignal(dialog.exported, timeout=5000) as signal:
            qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
            qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
        results.append((signal.args[1], dialog.result_label.text(), dialog.summary_label.text()))
        return 0

    monkeypatch.setattr(export_dialog.ExportDialog, "exec", run)
    window.export_annotations()
    [(said, shown, summary)] = results
    assert target.exists()
    assert "codebook (3 topics)" in said and "claim" not in said and said == shown
    assert "3 topics" in summary and "claim" not in summary
    assert window.statusBar().currentMessage() == said


def test_a_topic_removed_from_the_codebook_leaves_the_filter(qtbot, open_window, seed_corpus):
    """Showing only a topic that is then deleted would hide every claim with nothing to
    untick: the filter drops it."""
    window = open_window(seed_corpus, seed_corpus / VI)
    next(a for a in window.actions.filter_actions if a.data() == "privacy").trigger()
    assert window.notes.proxy.topic_filter() == {"privacy"}
    window.session.set_codebook(window.session.codebook.remove("privacy"))
    assert window.notes.proxy.topic_filter() == frozenset() and window.filter_label.isHidden()
