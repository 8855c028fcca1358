"""The window's Tab order: the toolbar, the library, the text, the find bar, the notes, the side panes."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QToolButton, QWidget


class FocusOrder(QObject):
    """Puts every control of the main window in one Tab chain, in reading order, and the
    toolbar's buttons in it (Qt leaves them to the mouse; Space presses one with the
    focus). Applied again whenever the toolbar's topic buttons are made anew."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window

    def toolbar_buttons(self) -> list[QToolButton]:
        # Found as QToolButtons, not through widgetForAction: a widget handed to Python as
        # a plain QWidget makes PySide6 look for its class among all of QtWidgets', and
        # create their enums, a cost the start-up would pay.
        toolbar = self.window.actions.toolbar
        of_action = {b.defaultAction(): b for b in
                     toolbar.findChildren(QToolButton, "", Qt.FindChildOption.FindDirectChildrenOnly)}
        return [of_action[a] for a in toolbar.actions() if a in of_action]

    def chain(self) -> list[QWidget]:
        """The widgets in Tab order; the hidden ones (a closed find bar or side pane) are
        skipped by Tab but keep their place for when they show."""
        w = self.window
        side = [w.search_panel.edit, w.search_panel.results]
        if w.sidecar_view is not None:
            side.append(w.sidecar_view.code)
        return [*self.toolbar_buttons(), w.library.filter_edit, w.library.view, w.reader,
                *w.find_bar.tab_widgets(), w.notes, *side]

    def apply(self) -> None:
        buttons = self.toolbar_buttons()
        for button in buttons:
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            if not button.accessibleName():  # a button's text is its name; an icon alone has none
                button.setAccessibleName(button.defaultAction().iconText() if button.defaultAction() else "")
        order = self.chain()
        for first, second in zip(order, order[1:]):
            QWidget.setTabOrder(first, second)
