"""The current article's sidecar JSON, coloured, as it is or will be written, following every edit."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from marginalia.core.errors import InputError
from marginalia.core.storage.formats import MAX_SIDECAR_BYTES
from marginalia.core.files import read_regular_file
from marginalia.core.storage.sidecar import encode_sidecar
from marginalia.ui.error_words import reason
from marginalia.ui.session import SaveState
from marginalia.ui.syntax_highlight import CodeView
from marginalia.ui.wording import arg

REFRESH_DELAY_MS = 200  # edits in quick succession (a drag, a run of keys) refresh once


class SidecarView(QWidget):
    """Shows the sidecar of the session's current document: the exact bytes the next
    save writes. A sidecar that could not be read is shown as
    it is on disk, since it is never written over."""

    def __init__(self, session=None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path_label = QLabel(self)
        self.path_label.setAccessibleName(self.tr("Sidecar file"))
        self.path_label.setAccessibleDescription(self.tr("The annotation file of the open article"))
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.path_label.font()
        font.setBold(True)
        self.path_label.setFont(font)
        self.state_label = QLabel(self)
        self.state_label.setAccessibleName(self.tr("Sidecar state"))
        self.state_label.setAccessibleDescription(self.tr("Whether the file on disk holds every change"))
        self.state_label.setWordWrap(True)
        self.code = CodeView(self)
        self.code.setAccessibleName(self.tr("Sidecar JSON"))
        self.code.setAccessibleDescription(self.tr("The annotation file as it is on disk, read-only"))
        self.code.setPlaceholderText(self.tr("No article is open."))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(2)
        layout.addWidget(self.path_label)
        layout.addWidget(self.state_label)
        layout.addSpacing(4)
        layout.addWidget(self.code, 1)
        self._timer = QTimer(self, singleShot=True, interval=REFRESH_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        self._stale = False  # a change came while hidden; refresh when shown
        self._shown = None  # the document on screen, to keep the scroll position for it
        self._view = None  # whose claims are shown (core.reviewers.ReviewerView); None: everyone's
        self.session = None
        self.set_session(session)

    # -- public ------------------------------------------------------------
    def set_session(self, session) -> None:
        """Follow another session (a newly opened corpus), or none."""
        if self.session is not None:
            for signal, slot in self._connections():
                try:
                    signal.disconnect(slot)
                except (RuntimeError, TypeError):  # the old session is already gone
                    pass
        self.session = session
        if session is not None:
            for signal, slot in self._connections():
                signal.connect(slot)
        self._shown = None
        self.refresh()

    def refresh(self) -> None:
        """Show the current document's sidecar now."""
        self._timer.stop()
        self._stale = False
        document = self.session.current if self.session is not None else None
        same = document is not None and document is self._shown
        self._shown = document
        if document is None:
            self.code.show_code("", "json", keep_scroll=False)
            self.path_label.setText(self.tr("No article open"))
            self.path_label.setToolTip("")
            self.state_label.setText("")
            return
        self.code.show_code(self._sidecar_text(document), "json", keep_scroll=same)
        self._update_header()

    def text(self) -> str:
        """The JSON on show."""
        return self.code.text()

    def set_reviewer_view(self, view) -> None:
        """Show only the records of the reviewers `view` shows (independent coding hides the
        others' claims and notes here too); the file itself keeps every record."""
        self._view = None if view is None or view.shows_everyone else view
        self.refresh()

    def _hides_others(self) -> bool:
        return self._view is not None

    # -- content -------------------------------------------------------------
    def _sidecar_text(self, document) -> str:
        file = self.session.file_of(document)
        if document.read_only:
            if self._hides_others():  # raw bytes cannot be told apart by reviewer
                return "// " + self.tr("Not shown: this file cannot be read as claims, and it may hold other "
                                       "reviewers' claims (Reviewers menu).")
            try:  # never a plain read: a FIFO in its place would block the window
                data = read_regular_file(file.path, MAX_SIDECAR_BYTES)
            except InputError as exc:
                return f"// {reason(exc)}"
            return (data or b"").decode("utf-8", errors="replace")
        data = file.snapshot(document).data
        if self._hides_others():
            # Records kept unread cannot be told apart by reviewer either: left out.
            data = replace(data, annotations=tuple(self._view.visible(data.annotations)), bad_records=())
        return encode_sidecar(data).decode("utf-8")

    def _update_header(self) -> None:
        document = self._shown
        if document is None:
            return
        path = self.session.file_of(document).path
        try:
            shown = Path(path).resolve().relative_to(self.session.corpus.root).as_posix()
        except ValueError:
            shown = path.name
        self.path_label.setText(shown)
        self.path_label.setToolTip(str(path))
        words = self._state_words(document)
        if self._hides_others():
            words += " " + self.tr("Only the claims of the reviewers shown are listed here; the file keeps "
                                   "everyone's.")
        self.state_label.setText(words)

    def _state_words(self, document) -> str:
        file = self.session.file_of(document)
        if document.read_only:
            return arg(self.tr("Read-only: the file cannot be read (%1). It is shown as it is on disk "
                               "and will not be written."), reason(file.read_only_error))
        on_disk = file.path.exists()
        dirty = self.session.unsaved(document)
        if self.session.save_state == SaveState.FAILED and dirty:
            return arg(self.tr("Not saved yet: %1. Saving will be retried."), self.session.save_message)
        if not on_disk and len(document) == 0 and not dirty:
            return self.tr("Not on disk yet: the file is written with the first claim.")
        if not on_disk:
            return self.tr("Not on disk yet: saving shortly.")
        if dirty:
            return self.tr("On disk, with unsaved changes: saving shortly.")
        return self.tr("On disk and up to date.")

    # -- session -------------------------------------------------------------
    def _connections(self):
        s = self.session
        return ((s.document_changed, self._on_session_document_changed),
                (s.current_changed, self._on_session_current_changed),
                (s.document_saved, self._on_session_document_saved),
                (s.save_state_changed, self._on_session_save_state_changed))

    def _on_session_document_changed(self, document, _changes) -> None:
        if document is self.session.current:
            self._schedule()

    def _on_session_current_changed(self, _document) -> None:
        if self.isVisible():
            self.refresh()
        else:
            self._stale = True

    def _on_session_document_saved(self, document) -> None:
        if document is self._shown:
            self._update_header()

    def _on_session_save_state_changed(self, _state: str, _message: str) -> None:
        self._update_header()

    def _schedule(self) -> None:
        # Encoding a large sidecar is not free: while the pane is hidden, only note it.
        if self.isVisible():
            self._timer.start()
        else:
            self._stale = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()
