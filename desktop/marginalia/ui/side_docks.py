"""The window's side panes: the sidecar JSON inspector and search across all articles."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDockWidget

from marginalia import paths
from marginalia.ui.panes import PaneFrame, focus
from marginalia.ui.search_panel import SearchPanel


class SideDocks(QObject):
    """Builds both docks on the window and keeps them in step with the session.
    The sidecar view is made on first show, since it brings pygments in."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.sidecar_view = None
        self.sidecar_dock = self._dock(self.tr("Sidecar JSON"), "sidecar-dock",
                                       Qt.DockWidgetArea.RightDockWidgetArea)
        self.search_panel = SearchPanel(window)
        self.search_dock = self._dock(self.tr("Search All Articles"), "search-dock",
                                      Qt.DockWidgetArea.LeftDockWidgetArea)
        search_frame = PaneFrame(self.search_panel)
        self.search_dock.setWidget(search_frame)
        window.panes.add(search_frame, lambda: focus(self.search_panel.edit))
        self.search_panel.result_chosen.connect(self._on_search_panel_result_chosen)
        self.sidecar_dock.visibilityChanged.connect(self._on_sidecar_dock_visibility_changed)
        window.actions.sidecar.toggled.connect(self._on_sidecar_action_toggled)
        window.actions.search_all.triggered.connect(self.open_search)

    def _dock(self, title: str, name: str, area) -> QDockWidget:
        dock = QDockWidget(title, self.window)
        dock.setObjectName(name)  # so saveState/restoreState keep it
        self.window.addDockWidget(area, dock)
        dock.hide()
        return dock

    def set_session(self, session) -> None:
        if self.sidecar_view is not None:
            self.sidecar_view.set_session(session)
        self.search_panel.set_corpus(session.corpus, paths.user_cache_dir())

    def open_search(self) -> None:
        self.search_dock.show()
        self.search_panel.edit.setFocus()
        self.search_panel.edit.selectAll()

    def _on_search_panel_result_chosen(self, path, query: str) -> None:
        """Open the article found and show the searched words in it."""
        self.window.open_article(path)
        self.window.find_bar.open_bar()
        self.window.find_bar.edit.setText(query.split()[0] if query.split() else "")

    def _on_sidecar_action_toggled(self, checked: bool) -> None:
        if checked and self.sidecar_view is None:
            from marginalia.ui.sidecar_view import SidecarView

            self.sidecar_view = SidecarView(self.window.session, self.window)
            self.sidecar_view.set_reviewer_view(self.window.reviewers.view)
            frame = PaneFrame(self.sidecar_view)
            self.sidecar_dock.setWidget(frame)
            self.window.panes.add(frame, lambda: focus(self.sidecar_view.code))
            self.window.focus_order.apply()
        self.sidecar_dock.setVisible(checked)

    def _on_sidecar_dock_visibility_changed(self, _visible: bool) -> None:
        # isHidden: closed by the user, not merely a hidden tab or a minimised window
        action = self.window.actions.sidecar
        action.blockSignals(True)
        action.setChecked(not self.sidecar_dock.isHidden())
        action.blockSignals(False)
