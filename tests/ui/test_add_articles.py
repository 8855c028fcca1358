"""Adding articles in the window (File ▸ Add Articles…, drag and drop) and editing their details."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog, QMessageBox

from marginalia.core.corpus import read_manifest
from marginalia.ui.dialogs.metadata_dialog import MetadataDialog
from marginalia.ui.models.article_list_model import ArticleListModel
from marginalia.ui.wording import date
from support import article_files as files

Column = ArticleListModel.Column


def _row_of(window, name: str) -> int:
    model = window.library.proxy
    for row in range(model.rowCount()):
        if model.index(row, Column.Title).data(ArticleListModel.Role.Path).name == name:
            return row
    raise AssertionError(f"{name} is not in the library")


def _drop(window, paths) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(100, 100), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)


def test_add_articles_copies_files_and_shows_outlet_and_date(open_window, emoji_corpus, tmp_path, qtmodeltester):
    """Added files are copied into the folder, listed with outlet and date, and the first one opens."""
    window = open_window(emoji_corpus)
    files.write_news_page(tmp_path / "page.html")
    files.write_epub(tmp_path / "book.epub")
    window.article_adder.add([tmp_path / "page.html", tmp_path / "book.epub"])
    assert (emoji_corpus / "page.html").is_file() and (emoji_corpus / "book.epub").is_file()
    model = window.library.proxy
    row = _row_of(window, "page.html")
    assert model.index(row, Column.Outlet).data() == files.OUTLET
    assert model.index(row, Column.Published).data() == date(files.PUBLISHED)  # as the interface's locale writes it
    assert model.index(row, Column.Title).data() == files.TITLE
    assert window.session.current.article.path.name == "page.html"
    assert read_manifest(emoji_corpus)["book.epub"]["outlet"] == files.OUTLET
    # The library filter matches the new columns too.
    window.library.proxy.set_filter_text("diario prueba")
    assert window.library.proxy.rowCount() == 2
    window.library.proxy.set_filter_text("")
    window.library.proxy.sort(Column.Outlet)
    qtmodeltester.check(window.library.model)


def test_dropping_an_article_file_copies_it_into_the_corpus(open_window, emoji_corpus, tmp_path):
    """A PDF dropped on the window joins the open folder instead of replacing it."""
    window = open_window(emoji_corpus)
    files.write_pdf(tmp_path / "report.pdf")
    _drop(window, [tmp_path / "report.pdf"])
    assert (emoji_corpus / "report.pdf").is_file()
    assert window.session.corpus.root == emoji_corpus.resolve()
    assert window.session.current.article.path.name == "report.pdf"
    assert window.session.current.article.pages[0] == 0


def test_adding_a_scan_reports_it_without_blocking(open_window, emoji_corpus, tmp_path):
    """A PDF without text is not copied; a non-modal message names it and says why."""
    window = open_window(emoji_corpus)
    files.write_pdf(tmp_path / "scan.pdf", scanned=True)
    report = window.article_adder.add([tmp_path / "scan.pdf"])
    assert report.added == [] and not (emoji_corpus / "scan.pdf").exists()
    box = window.article_adder.message_box
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "scan.pdf" in box.text() and "no text layer" in box.text()
    box.close()


def test_article_details_edit_shows_in_the_library_and_undoes(open_window, emoji_corpus, tmp_path, monkeypatch):
    """Editing the outlet in the details dialog changes the library column; undo restores the page's."""
    files.write_news_page(emoji_corpus / "page.html")
    window = open_window(emoji_corpus, emoji_corpus / "page.html")

    def fill(dialog):
        dialog.fields["outlet"].setText("El Diario, edición impresa")
        dialog.fields["published"].setText("2024-05-07")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MetadataDialog, "exec", fill)
    window.article_adder.edit_details()
    model = window.library.proxy
    row = _row_of(window, "page.html")
    assert model.index(row, Column.Outlet).data() == "El Diario, edición impresa"
    assert model.index(row, Column.Published).data() == date("2024-05-07")
    assert read_manifest(emoji_corpus)["page.html"]["outlet"] == "El Diario, edición impresa"
    window.undo_group.undo()
    row = _row_of(window, "page.html")
    assert model.index(row, Column.Outlet).data() == files.OUTLET
    assert "outlet" not in read_manifest(emoji_corpus)["page.html"]


def test_metadata_dialog_refuses_a_date_it_cannot_read(qtbot):
    """A date that is not YYYY-MM-DD keeps the dialog open with a message; the file's values are hints."""
    from marginalia.core.metadata import ArticleMetadata

    dialog = MetadataDialog(ArticleMetadata(title="T"), ArticleMetadata(outlet="From the file"), "a.html")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.fields["outlet"].placeholderText() == "From the file"
    dialog.fields["published"].setText("6 de mayo")
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible()
    dialog.fields["published"].setText("2024-05-06")
    dialog.accept()
    assert not dialog.isVisible() and dialog.metadata().published == "2024-05-06"
