"""The article details dialog: title, outlet, author, publication date and address, as the user corrects them."""

from __future__ import annotations

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from marginalia.core.metadata import FIELDS, ArticleMetadata, normalize_date, set_article_metadata
from marginalia.ui.wording import arg


class SetMetadataCommand(QUndoCommand):
    """Record the user's metadata for one article; undo puts back what the manifest had."""

    def __init__(self, corpus, path, metadata: ArticleMetadata, refresh, text: str) -> None:
        super().__init__(text)
        self.corpus, self.path, self.metadata, self.refresh = corpus, path, metadata, refresh
        self.previous: ArticleMetadata | None = None

    def redo(self) -> None:
        self.previous = set_article_metadata(self.corpus, self.path, self.metadata)
        self.refresh(self.path)

    def undo(self) -> None:
        set_article_metadata(self.corpus, self.path, self.previous)
        self.refresh(self.path)


class MetadataDialog(QDialog):
    """Edit what a comparison of outlets needs to know of an article. The file's own
    values show as placeholders: a field left empty falls back to them."""

    def __init__(self, current: ArticleMetadata, own: ArticleMetadata, file_name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(arg(self.tr("Article Details — %1"), file_name))
        labels = {"title": self.tr("&Title"), "outlet": self.tr("&Outlet"), "author": self.tr("&Author"),
                  "published": self.tr("&Published"), "url": self.tr("&Address (URL)")}
        descriptions = {
            "title": self.tr("The article's title, as the library shows it"),
            "outlet": self.tr("The newspaper, site or agency that published the article"),
            "author": self.tr("Who wrote the article"),
            "published": self.tr("The date of publication, written YYYY-MM-DD"),
            "url": self.tr("Where the article was published"),
        }
        form = QFormLayout()
        self.fields: dict[str, QLineEdit] = {}
        for name in FIELDS:
            edit = QLineEdit(getattr(current, name), self)
            edit.setObjectName(f"metadata-{name}")
            edit.setPlaceholderText(getattr(own, name) or (self.tr("YYYY-MM-DD") if name == "published" else ""))
            form.addRow(labels[name], edit)  # the label is the field's buddy: its accessible name
            edit.setAccessibleDescription(descriptions[name])
            self.fields[name] = edit
        self.error = QLabel(self)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.setStyleSheet("color: #B00020")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def metadata(self) -> ArticleMetadata:
        values = {name: edit.text().strip() for name, edit in self.fields.items()}
        if values["published"]:
            values["published"] = normalize_date(values["published"])
        return ArticleMetadata(**values)

    def accept(self) -> None:
        typed = self.fields["published"].text().strip()
        if typed and not normalize_date(typed):
            self.error.setText(self.tr("The date must be written as YYYY-MM-DD (for example 2024-05-06)."))
            self.error.show()
            self.fields["published"].setFocus()
            return
        super().accept()
