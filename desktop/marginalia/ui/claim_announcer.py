"""Says which claim is being read when it changes, to the eye and to screen readers."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel

from marginalia.ui.wording import arg, number


class ClaimAnnouncer(QObject):
    """A status-bar label: "Claim 2 of 5" to the eye; to a screen reader its accessible
    name is the whole card as the notes speak it (quote, topics, note, cluster). When
    another claim is chosen (Tab in the text, a click, a card) assistive technology is
    told at once, since the focus stays in the text and would not say it; an edit of
    the same claim only renews the name, so typing a note is not read out at each key."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.claim_id: str | None = None
        self.label = QLabel(window)
        self.label.setObjectName("claim-announcer")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setAccessibleDescription(self.tr("The claim being read"))
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)

    def on_current_claim_changed(self, claim_id: str | None) -> None:
        changed = claim_id != self.claim_id
        self.claim_id = claim_id
        self.refresh()
        if changed and claim_id is not None and self.label.accessibleName():
            from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QAccessibleEvent  # made when first told

            # Read out now, though the label has no focus: an announcement, and the name's change.
            QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(self.label, self.label.accessibleName()))
            QAccessible.updateAccessibility(QAccessibleEvent(self.label, QAccessible.Event.NameChanged))

    def refresh(self) -> None:
        """The label for the current claim (its words may have changed); hidden with none."""
        notes = self.window.notes
        index = notes.index_of(self.claim_id) if self.claim_id is not None else None
        if index is None or not index.isValid():
            self.label.hide()
            self.label.clear()
            self.label.setAccessibleName("")
            return
        count = notes.model().rowCount()
        self.label.setText(arg(self.tr("Claim %1 of %2"), number(index.row() + 1), number(count)))
        spoken = index.data(Qt.ItemDataRole.AccessibleTextRole) or ""
        self.label.setAccessibleName(arg(self.tr("Claim %1 of %2: %3"), number(index.row() + 1), number(count),
                                         spoken))
        self.label.show()
