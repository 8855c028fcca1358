"""View ▸ High Contrast: a palette whose every text and background keep 7:1, remembered or the system's."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel

Role, Group = QPalette.ColorRole, QPalette.ColorGroup

# White on black with yellow for what is chosen, as the platforms' own high-contrast
# themes do; the quiet and disabled greys still read at 7:1 (WCAG's enhanced level).
HIGH_CONTRAST = {
    Role.Window: "#000000", Role.WindowText: "#FFFFFF", Role.Base: "#000000", Role.AlternateBase: "#1C1C1C",
    Role.Text: "#FFFFFF", Role.Button: "#000000", Role.ButtonText: "#FFFFFF", Role.BrightText: "#FFFF00",
    Role.Highlight: "#FFFF00", Role.HighlightedText: "#000000", Role.PlaceholderText: "#C8C8C8",
    Role.ToolTipBase: "#000000", Role.ToolTipText: "#FFFFFF", Role.Link: "#9CC7FF", Role.LinkVisited: "#E0B0FF",
    Role.Light: "#FFFFFF", Role.Midlight: "#C8C8C8", Role.Mid: "#C8C8C8", Role.Dark: "#C8C8C8",
    Role.Shadow: "#FFFFFF",
}
DISABLED_TEXT = "#A8A8A8"  # 8.6:1 on black
BANNER = {False: ("#FFF4CE", "#3B2F00"), True: ("#000000", "#FFFF00")}  # (background, text) of a notice
# The styles draw a text field's edge a shade darker than the window: none on black.
FIELD_EDGES = "QLineEdit { border: 1px solid #C8C8C8; border-radius: 2px; padding: 1px 2px; }"


def high_contrast_palette() -> QPalette:
    palette = QPalette()
    for role, color in HIGH_CONTRAST.items():
        palette.setColor(role, QColor(color))
    for role in (Role.WindowText, Role.Text, Role.ButtonText, Role.PlaceholderText):
        palette.setColor(Group.Disabled, role, QColor(DISABLED_TEXT))
    return palette


def system_wants_high_contrast() -> bool:
    """The platform's high-contrast setting, where Qt reads one (Windows, macOS, GNOME)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)  # Qt 6.10 and later
    if accessibility is None:
        return False
    return accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


class HighContrast(QObject):
    """The View menu's High Contrast toggle. The choice is kept in the settings; until one
    is made the window follows the system's setting, as it changes too."""

    def __init__(self, window, view_menu, banner: QLabel) -> None:
        super().__init__(window)
        self.window, self.banner = window, banner
        self._normal: QPalette | None = None  # the application's palette before high contrast
        self.action = QAction(self.tr("&High Contrast"), window)
        self.action.setCheckable(True)
        self.action.setStatusTip(self.tr("White text on black, the chosen item in yellow, for low vision"))
        view_menu.addSeparator()
        view_menu.addAction(self.action)
        window.addAction(self.action)
        self.apply(self.wanted())
        self.action.toggled.connect(self._on_action_toggled)
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "accessibility"):
            hints.accessibility().contrastPreferenceChanged.connect(self._on_system_changed)

    def wanted(self) -> bool:
        chosen = self.window.settings.high_contrast
        return system_wants_high_contrast() if chosen is None else chosen

    def is_on(self) -> bool:
        return self.action.isChecked()

    def apply(self, on: bool) -> None:
        app = QApplication.instance()
        showing = app.palette() == high_contrast_palette()  # another window may have turned it on
        if on and not showing:
            self._normal = QPalette(app.palette())
            app.setPalette(high_contrast_palette())
            app.setStyleSheet(app.styleSheet() + FIELD_EDGES)
        elif not on and showing:
            app.setPalette(self._normal if self._normal is not None else app.style().standardPalette())
            app.setStyleSheet(app.styleSheet().replace(FIELD_EDGES, ""))
            self._normal = None
        background, text = BANNER[on]
        self.banner.setStyleSheet(f"QLabel {{ background: {background}; color: {text}; padding: 6px 10px; }}")
        self.action.blockSignals(True)
        self.action.setChecked(on)
        self.action.blockSignals(False)
        self.window.notes.delegate.invalidate()  # the cards are kept as pictures in the old colours
        self.window.notes.viewport().update()

    def _on_action_toggled(self, on: bool) -> None:
        self.window.settings.high_contrast = on
        self.apply(on)

    def _on_system_changed(self, _preference) -> None:
        if self.window.settings.high_contrast is None:
            self.apply(system_wants_high_contrast())
