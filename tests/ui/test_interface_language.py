"""The interface in the language chosen: command line, settings, system locale and menu; numbers, dates and names."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QAccessible, QPainter, QPixmap
from PySide6.QtWidgets import QComboBox, QMessageBox, QStyleOptionViewItem, QWidget

from marginalia import app as marginalia_app
from marginalia.core.annotation import new_annotation
from marginalia.core.selectors import TextPosition
from marginalia.ui import i18n
from marginalia.ui.settings import Settings
from support import annotate_two_claims

REPO = Path(__file__).resolve().parents[2]
MENUS = {
    "en": ["&File", "&Edit", "&View", "&Reviewers", "&Help"],
    "es": ["&Archivo", "&Editar", "&Ver", "&Revisores", "Ay&uda"],
    "it": ["&File", "&Modifica", "&Visualizza", "&Revisori", "&Aiuto"],
    "pl": ["&Plik", "&Edycja", "&Widok", "&Koderzy", "Pomo&c"],
    "vi": ["&Tệp", "&Sửa", "&Xem", "&Người đánh giá", "Trợ &giúp"],
}
MOMENT = datetime(2024, 5, 6, 13, 4, tzinfo=timezone.utc)
# Names the same in English and Polish: the topics' (the user's own words) and one Polish
# spells as English does.
SAME = {"compute", "privacy", "competition", "Format"}


@pytest.fixture
def speak(qapp):
    """Starts the interface in a language as app.py does; English again afterwards."""
    def install(requested, saved=""):
        marginalia_app._set_language(qapp, requested, saved)
        return i18n.current_language()
    yield install
    i18n.install(qapp, "en")


@pytest.fixture
def corpus(seed_corpus):
    return annotate_two_claims(seed_corpus, first_note="a note", author="Ana")


def _window(qtbot, corpus, settings=None):
    from marginalia.ui.main_window import MainWindow

    window = MainWindow(settings or Settings())
    window._confirm_discard = lambda _message: True
    qtbot.addWidget(window)
    window.resize(1280, 800)
    assert window.open_corpus(corpus, corpus / "pl-openai-moc-obliczeniowa.txt")
    window.show()
    qtbot.waitExposed(window)
    return window


def _menus(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


@pytest.mark.parametrize("language", ["pl", "vi", "es", "it"])
def test_ui_language_option_translates_menus_and_counts(qtbot, speak, corpus, language):
    """`marginalia --ui-language CODE` starts the window in that language: menus, toolbar, status bar."""
    args = marginalia_app._parse(["--ui-language", language, str(corpus)])
    assert speak(args.ui_language, Settings().ui_language) == language
    window = _window(qtbot, corpus)
    assert _menus(window) == MENUS[language]
    claims = {"pl": "2 twierdzenia", "vi": "2 nhận định", "es": "2 afirmaciones", "it": "2 affermazioni"}[language]
    assert claims in window.anchor_label.text()
    assert window.actions.toolbar_button(window.actions.highlight).text() != "Highlight"


def test_unknown_ui_language_says_so_and_falls_back_to_english(tmp_path, corpus):
    """An interface language Marginalia lacks is named on stderr; the window opens in English."""
    shot = tmp_path / "shot.png"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MARGINALIA_HOME=str(tmp_path / "home"),
               PYTHONPATH=str(REPO / "desktop"))
    done = subprocess.run([sys.executable, "-m", "marginalia", "--ui-language", "klingon", "--screenshot", str(shot),
                           str(corpus)], capture_output=True, text=True, env=env, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "no language 'klingon'" in done.stderr and "en, es, it, pl, vi" in done.stderr
    assert shot.stat().st_size > 10_000


def test_screenshot_honours_ui_language(tmp_path, corpus):
    """--screenshot renders the window in the language --ui-language names (the menu bar differs)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", MARGINALIA_HOME=str(tmp_path / "home"),
               PYTHONPATH=str(REPO / "desktop"))
    shots = {}
    for language in ("en", "vi"):
        shots[language] = tmp_path / f"{language}.png"
        done = subprocess.run([sys.executable, "-m", "marginalia", "--ui-language", language, "--screenshot",
                               str(shots[language]), str(corpus)], capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0 and not done.stderr.count("no language"), done.stderr
    from PySide6.QtGui import QImage

    english, vietnamese = (QImage(str(shots[k])) for k in ("en", "vi"))
    menu_bar = QRect(0, 0, 400, 22)
    assert english.copy(menu_bar) != vietnamese.copy(menu_bar)


def test_settings_choose_the_language_of_the_next_start(qtbot, speak, corpus):
    """The language saved in the settings is the one a start uses when the command line names none."""
    settings = Settings()
    settings.ui_language = "it"
    assert speak(None, settings.ui_language) == "it"
    assert _menus(_window(qtbot, corpus, settings)) == MENUS["it"]
    assert speak("pl", settings.ui_language) == "pl"  # --ui-language wins, for this run only
    assert settings.ui_language == "it"


@pytest.mark.parametrize("system, expected", [("pl_PL.UTF-8", "pl"), ("vi_VN.UTF-8", "vi"), ("de_DE.UTF-8", "en")])
def test_interface_follows_the_system_locale(tmp_path, system, expected):
    """With nothing chosen, the system's language, where the interface has it; English otherwise."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env.update(LANG=system, LC_ALL=system, PYTHONPATH=str(REPO / "desktop"), MARGINALIA_HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", "from marginalia.ui.i18n import choose_language; "
                           "print(choose_language(None, '')[0])"], capture_output=True, text=True, env=env, timeout=60)
    assert done.stdout.strip() == expected, done.stderr


def test_language_menu_saves_the_choice_and_says_when_it_applies(qtbot, speak, corpus):
    """View ▸ Interface Language saves the language for the next start and says so in both languages."""
    speak("en")
    window = _window(qtbot, corpus)
    menu = window.language_menu
    assert [a.text() for a in menu.actions.values()][1:] == ["English", "Español", "Italiano", "Polski", "Tiếng Việt"]
    assert menu.actions[""].isChecked()
    menu.actions["vi"].trigger()
    assert Settings().ui_language == "vi" and menu.actions["vi"].isChecked()
    box = menu.message_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "Marginalia will be in Tiếng Việt from its next start." in box.text()
    assert "Marginalia sẽ dùng Tiếng Việt từ lần khởi động tới." in box.text()
    box.close()
    menu.actions[""].trigger()
    assert Settings().ui_language == ""


@pytest.mark.parametrize("language, date, number", [
    ("en", "5/6/2024", "15,000"), ("pl", "6.05.2024", "15\u00a0000"), ("vi", "6/5/2024", "15.000"),
    ("es", "6/5/2024", "15.000"), ("it", "06/05/2024", "15.000"),
])
def test_cards_dates_and_counts_follow_the_interface_locale(qtbot, speak, corpus, monkeypatch, language, date, number):
    """A card's date and a count of matches are written as the interface's locale writes them."""
    monkeypatch.setenv("TZ", "UTC")
    speak(language)
    window = _window(qtbot, corpus)
    document = window.session.current
    claim = new_annotation(document.text, TextPosition(100, 140), topics=("compute",), author="Bao")
    claim = claim.with_changes(modified=MOMENT)
    window.session.add(document, claim)
    row = window.notes.source_model.row_of(claim.id)
    index = window.notes.source_model.index(row)

    drawn = []

    class Recording(QPainter):
        def drawText(self, *args):  # noqa: N802 - Qt's name
            drawn.append(next(a for a in args if isinstance(a, str)))
            return super().drawText(*args)

    picture = QPixmap(400, 300)
    painter = Recording(picture)
    option = QStyleOptionViewItem()
    option.rect, option.font, option.palette = QRect(0, 0, 400, 300), window.notes.font(), window.notes.palette()
    window.notes.delegate._paint_card(painter, option, claim, window.session.codebook, "exact")
    painter.end()
    meta = [text for text in drawn if text.startswith("Bao · ")]
    assert meta and date in meta[0], drawn
    assert date in index.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    window.find_bar.set_text("ab " * 15000)
    window.find_bar.edit.setText("ab")
    assert window.find_bar.count.text() == f"1 / {number}"


def test_percentages_follow_the_language(speak):
    """A share is written with the language's percent sign and spacing: "12 %" in Spanish, "12%" in Polish."""
    from marginalia.ui.wording import percent

    speak("es")
    assert (percent(0.123), percent(0.004)) == ("12\u00a0%", "<1\u00a0%")
    speak("pl")
    assert (percent(0.123), percent(0.996)) == ("12%", ">99%")


def _accessible(top: QWidget) -> dict[tuple, tuple[str, str]]:
    """(name, description) of every control of `top` a keyboard reaches, keyed by its place in the widget tree."""
    found = {}
    for widget in top.findChildren(QWidget):
        if not widget.isVisibleTo(top) or widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
            continue
        key, node = [], widget
        while node is not None and node is not top:
            parent = node.parentWidget()
            siblings = parent.findChildren(type(node), options=Qt.FindChildOption.FindDirectChildrenOnly) if parent else []
            key.append((type(node).__name__, siblings.index(node) if node in siblings else 0))
            node = parent
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface.role() == QAccessible.Role.PageTabList:  # a tab bar: each tab is read out on its own
            for i in range(interface.childCount()):
                tab = interface.child(i)
                if tab.role() == QAccessible.Role.PageTab:
                    found[(*key, i)] = (tab.text(QAccessible.Text.Name), tab.text(QAccessible.Text.Description))
            continue
        # A combo box's accessible name is its current item on Linux (a label names it through a
        # relation): the name given to the control is the one to check.
        name = widget.accessibleName() if isinstance(widget, QComboBox) else interface.text(QAccessible.Text.Name)
        found[tuple(key)] = (name, interface.text(QAccessible.Text.Description))
    return found


def _all_controls(qtbot, corpus):
    """The main window with its side panes, the codebook and export dialogs, the compare and agreement windows."""
    from marginalia.ui.dialogs.codebook_dialog import CodebookDialog
    from marginalia.ui.dialogs.export_dialog import ExportDialog

    window = _window(qtbot, corpus)
    window.actions.sidecar.trigger()
    window.actions.search_all.trigger()
    found = {("main", *k): v for k, v in _accessible(window).items()}
    for name, dialog in (("codebook", CodebookDialog(window.session, window)),
                         ("export", ExportDialog(window.session, window))):
        qtbot.addWidget(dialog)
        dialog.show()
        found.update({(name, *k): v for k, v in _accessible(dialog).items()})
        dialog.close()
    window.compare.open()
    found.update({("compare", *k): v for k, v in _accessible(window.compare.view).items()})
    window.agreement.open()
    qtbot.waitUntil(lambda: window.agreement.view.pooled.model.rowCount() > 0, timeout=10000)
    for tab in range(window.agreement.view.tabs.count()):
        window.agreement.view.tabs.setCurrentIndex(tab)
        found.update({("agreement", tab, *k): v for k, v in _accessible(window.agreement.view).items()})
    cards = QAccessible.queryAccessibleInterface(window.notes)
    found.update({("card", i): (cards.child(i).text(QAccessible.Text.Name), cards.child(i).text(QAccessible.Text.Description))
                  for i in range(cards.childCount())})
    window.compare.view.close()
    window.agreement.view.close()
    window.close()
    return found


def test_every_control_and_card_has_a_translated_accessible_name(qtbot, speak, corpus):
    """Every control a keyboard reaches, and every card, has an accessible name and description, and
    both change with the interface's language (read through Qt's accessibility interface)."""
    speak("en")
    english = _all_controls(qtbot, corpus)
    speak("pl")
    polish = _all_controls(qtbot, corpus)
    assert english.keys() == polish.keys()
    assert len([k for k in english if k[0] == "card"]) >= 2
    missing = [f"{k}: {v}" for k, v in polish.items() if not v[0] or not v[1]]
    assert not missing, "no accessible name or description:\n" + "\n".join(missing)
    same = [f"{k}: {english[k]}" for k in english if english[k][0] == polish[k][0] and english[k][0] not in SAME]
    assert not same, "accessible name not translated:\n" + "\n".join(same)
    same = [f"{k}: {english[k][1]!r}" for k in english if english[k][1] == polish[k][1]]
    assert not same, "accessible description not translated:\n" + "\n".join(same)


def test_report_exported_from_the_window_takes_the_interface_language(qtbot, speak, corpus, tmp_path):
    """A Markdown or HTML report exported from the window has its headings in the interface's language;
    the command line's stays English."""
    from marginalia.core.corpus import Corpus
    from marginalia.core.export import collect, render
    from marginalia.ui.dialogs.export_dialog import ExportDialog

    speak("pl")
    window = _window(qtbot, corpus)
    dialog = ExportDialog(window.session, window, folder=tmp_path, clock=lambda: MOMENT)
    qtbot.addWidget(dialog)
    for name, heading in (("markdown", "# Raport Marginalia"), ("html", "<h2>Twierdzenia według tematów</h2>")):
        dialog.set_format(name)
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=5000)
        assert heading in dialog.preview.toPlainText()
    assert 'lang="pl"' in dialog.preview.toPlainText()
    cli = render("markdown", collect(Corpus(corpus)), exported=MOMENT).decode()
    assert cli.startswith("# Marginalia report") and "10 claims in 5 articles" in cli
    dialog.close()


def test_arg_fills_placeholders_in_one_pass():
    """A value that holds "%2" (a file name, a topic) is shown as it is, not filled in turn."""
    from marginalia.ui.wording import arg

    assert arg("Rename topic “%1” to “%2”", "50%2 off", "sale") == "Rename topic “50%2 off” to “sale”"
    assert arg("%1 of %2", 3) == "3 of %2"  # a missing value leaves its placeholder, visibly


def test_import_file_kinds_are_named_in_the_interface_language(qtbot, speak, corpus):
    """The file dialog's names for what the core imports (the core names them in English) are translated."""
    from marginalia.core.importer import IMPORT_FILE_FILTERS

    speak("vi")
    window = _window(qtbot, corpus)
    names = [window.importer.filter_label(label) for label, _patterns in IMPORT_FILE_FILTERS]
    assert all(name != label for name, (label, _patterns) in zip(names, IMPORT_FILE_FILTERS)), names
    assert "Bài báo" in names
