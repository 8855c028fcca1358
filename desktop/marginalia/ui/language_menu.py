"""View ▸ Interface Language: the language the window speaks, saved in the settings for the next start."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu  # QMessageBox where it opens: a start-up shows none

from marginalia.ui import i18n
from marginalia.ui.wording import arg

_CONTEXT = "LanguageMenu"


class LanguageMenu(QObject):
    """The submenu's actions: the system's language, then each interface language in its own
    name. Choosing one saves it; it applies when Marginalia starts again (menus, models and
    Qt's own dialogs hold their words from the moment they were made)."""

    def __init__(self, window, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.menu = menu.addMenu(self.tr("Interface &Language"))
        self.menu.setToolTipsVisible(True)
        group = QActionGroup(self)
        saved = window.settings.ui_language
        chosen = i18n.normalize(saved) if saved else ""
        system = i18n.LANGUAGES[i18n.system_language()]
        self.actions: dict[str, QAction] = {}
        for code, name in [("", arg(self.tr("System Language (%1)"), system)), *i18n.LANGUAGES.items()]:
            action = self.menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(code == (chosen or ""))
            action.setActionGroup(group)
            action.setData(code)
            action.triggered.connect(lambda _checked=False, c=code: self.choose(c))
            self.actions[code] = action
            if not code:
                self.menu.addSeparator()
        self.message_box = None  # the last QMessageBox shown

    def choose(self, code: str) -> None:
        """Save `code` ("" for the system's language) and say when it applies."""
        settings = self.window.settings
        if code == settings.ui_language:
            return
        settings.ui_language = code
        settings.sync()
        self.actions[code].setChecked(True)
        target = code or i18n.system_language()
        if target == i18n.current_language():
            self.window.show_message(arg(self.tr("The interface stays in %1."), i18n.LANGUAGES[target]))
            return
        here = arg(self.tr("Marginalia will be in %1 from its next start."), i18n.LANGUAGES[target])
        there = arg(i18n.translate_in(target, _CONTEXT, "Marginalia will be in %1 from its next start."),
                    i18n.LANGUAGES[target])
        # Said in both languages: the one now shown, and the one the user will read next.
        from PySide6.QtWidgets import QMessageBox

        self.message_box = QMessageBox(QMessageBox.Icon.Information, self.tr("Interface Language"),
                                       here if there == here else here + "\n\n" + there,
                                       QMessageBox.StandardButton.Ok, self.window)
        self.message_box.open()  # not exec(): nothing may wait on a dialog
        self.window.show_message(here, 10000)
