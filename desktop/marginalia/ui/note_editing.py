"""Writing a note in its card: where the editor opens from, where the keyboard goes when it closes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView


class NoteEditing:
    """For NotesPanel: the note editor of a card, opened from the text or from the
    notes, gives the keyboard back there when it closes, and its card grows with it."""

    _return_focus_to = None  # where the focus goes back when a note's editor closes

    def edit_note(self, annotation_id: str, return_focus_to=None) -> bool:
        """Open the note editor of the claim's card; Esc (or Ctrl+Enter) closes it and
        gives the focus back to `return_focus_to` (the panel itself when None)."""
        index = self.index_of(annotation_id)
        if not index.isValid() or not index.flags() & Qt.ItemFlag.ItemIsEditable:
            return False
        self.select_claim(annotation_id, scroll=False)
        self._return_focus_to = return_focus_to
        self.edit(index)
        if self.state() != QAbstractItemView.State.EditingState:
            return False
        editor = self.indexWidget(index) or self.focusWidget()
        if editor is not None:
            editor.setFocus(Qt.FocusReason.OtherFocusReason)  # what the user types goes to the note
        return True

    def closeEditor(self, editor, hint) -> None:
        """Tab and Shift+Tab leave the note for its card (QListView would open the next
        card's note: the focus could never leave the notes); Esc and Ctrl+Enter go back
        to where the note was opened from."""
        back = self._return_focus_to if hint != QAbstractItemDelegate.EndEditHint.EditNextItem \
            and hint != QAbstractItemDelegate.EndEditHint.EditPreviousItem else None
        self._return_focus_to = None
        had_focus = editor.hasFocus()
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if had_focus and back is not None and back.isVisible():
            back.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_delegate_note_editor_resized(self, annotation_id: str) -> None:
        """The note being written gained or lost a line: its card follows, at once."""
        index = self.index_of(annotation_id)
        if index.isValid() and index.row() < len(self.column):
            self._remeasure([index.row()])
            self._settle()  # the editor takes its new height before it paints
