"""Bringing articles into the open corpus (File ▸ Add Articles…, files dropped on the window) and editing their details."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMainWindow  # the dialogs where they open: a start-up shows none

from marginalia.core.article import ARTICLE_SUFFIXES
from marginalia.ui.wording import arg

ARTICLE_FILTER = "*" + " *".join(ARTICLE_SUFFIXES)


class ArticleAdder(QObject):
    """Owns the Add Articles and Article Details actions; copies files through the core
    (core.importer.articles) and updates the library with what came in."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.add_action = QAction(self.tr("&Add Articles…"), window)
        self.add_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.add_action.setStatusTip(self.tr("Copy web pages, PDFs, Word files, e-books or text files into the folder"))
        self.add_action.triggered.connect(self.choose_files)
        self.details_action = QAction(self.tr("Article &Details…"), window)
        self.details_action.setStatusTip(self.tr("Title, outlet, author, date and address of the article"))
        self.details_action.triggered.connect(self.edit_details)
        self.message_box = None  # the last warning shown, a QMessageBox
        menus = {action.menu().objectName() or action.text(): action.menu()
                 for action in window.menuBar().actions() if action.menu() is not None}
        file_menu = next(iter(menus.values()), None)
        if file_menu is not None:
            first = file_menu.actions()[1] if len(file_menu.actions()) > 1 else None
            file_menu.insertAction(first, self.add_action)
            edit_menu = list(menus.values())[1] if len(menus) > 1 else file_menu
            edit_menu.addAction(self.details_action)
        window.addAction(self.add_action)

    @property
    def session(self):
        return self.window.session

    # -- adding --------------------------------------------------------------
    def choose_files(self) -> None:
        if self.session is None:
            return
        from PySide6.QtWidgets import QFileDialog

        names, _ = QFileDialog.getOpenFileNames(
            self.window, arg(self.tr("Add articles to %1"), self.session.corpus.root.name),
            str(self.window.settings.folder("add") or Path.home()),
            arg(self.tr("Articles (%1)"), ARTICLE_FILTER))
        if names:
            self.window.settings.set_folder("add", Path(names[0]).parent)
            self.add([Path(name) for name in names])

    def add(self, paths: list[Path]):
        """Copy `paths` into the corpus, show them in the library and open the first one."""
        from marginalia.core.importer.articles import add_articles

        corpus = self.session.corpus
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            report = add_articles(corpus, paths)
        finally:
            QGuiApplication.restoreOverrideCursor()
        for name in report.added:
            self.window.library.update_entry(corpus.entry(corpus.root / name))
        if report.added:
            self.window.open_article(corpus.root / report.added[0])
            self.window.show_message(self.tr("Added %Ln article(s)", "", len(report.added)))
        problems = [arg(self.tr("%1: %2"), path.name, getattr(why, "reason", why)) for path, why in report.refused]
        problems += [str(problem) for problem in report.problems]
        if problems:
            # Not modal: a drop or a script must never wait on it.
            from PySide6.QtWidgets import QMessageBox

            self.message_box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Some files were not added"),
                                           "\n".join(problems), QMessageBox.StandardButton.Ok, self.window)
            self.message_box.open()
        return report

    def handle_drop(self, paths: list[Path]) -> bool:
        """Add dropped article files from outside the corpus; False to leave the drop to the window."""
        if self.session is None:
            return False
        root = self.session.corpus.root
        outside = [p for p in paths if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
                   and not p.resolve().is_relative_to(root)]
        if not outside:
            return False
        self.add(outside)
        return True

    # -- details -------------------------------------------------------------
    def edit_details(self) -> None:
        document = self.session.current if self.session is not None else None
        if document is None:
            return
        from marginalia.ui.dialogs.metadata_dialog import MetadataDialog, SetMetadataCommand

        corpus = self.session.corpus
        article = document.article
        current = corpus.metadata_for(article)
        from dataclasses import replace

        current = replace(current, title=corpus.title_for(article.path) or article.title)
        dialog = MetadataDialog(current, article.metadata, article.path.name, self.window)
        if dialog.exec() != MetadataDialog.DialogCode.Accepted or dialog.metadata() == current:
            return
        self.session.undo_stack(document).push(
            SetMetadataCommand(corpus, article.path, dialog.metadata(), self._refresh, self.tr("Edit article details")))

    def _refresh(self, path: Path) -> None:
        self.window.library.update_entry(self.session.corpus.entry(path))
