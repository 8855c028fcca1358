"""The small dialog asking the reviewer's name: on the first claim made, and from Reviewers ▸ Your Reviewer Name…."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class ReviewerNameDialog(QDialog):
    """One line for the name, OK and Cancel. A blank name is not accepted: OK stays off."""

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reviewer-name-dialog")
        self.setWindowTitle(self.tr("Your Reviewer Name"))
        self.setModal(True)
        layout = QVBoxLayout(self)
        label = QLabel(self.tr("Your claims are saved under this name, so a team's claims can be "
                               "told apart, compared and merged."), self)
        label.setWordWrap(True)
        layout.addWidget(label)
        self.edit = QLineEdit(current, self)
        self.edit.setAccessibleName(self.tr("Reviewer name"))
        self.edit.setPlaceholderText(self.tr("Your name or initials"))
        self.edit.selectAll()
        label.setBuddy(self.edit)
        layout.addWidget(self.edit)
        hint = QLabel(self.tr("You can change it later in Reviewers ▸ Your Reviewer Name…."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.edit.textChanged.connect(self._on_text_changed)
        self.edit.returnPressed.connect(self._on_return_pressed)
        self._on_text_changed(current)
        self.setMinimumWidth(380)

    def _on_text_changed(self, text: str) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(text.strip()))

    def _on_return_pressed(self) -> None:
        if self.name():
            self.accept()

    def name(self) -> str:
        return " ".join(self.edit.text().split())


def ask_reviewer_name(parent: QWidget | None, current: str) -> str | None:
    """The name typed, or None when the dialog was cancelled (modal: tests replace it)."""
    dialog = ReviewerNameDialog(current, parent)
    return dialog.name() if dialog.exec() == QDialog.DialogCode.Accepted else None
