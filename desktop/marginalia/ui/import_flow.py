"""File ▸ Import…: choose a file, import it off the UI thread with progress, tell what it brought."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal

from marginalia import paths
from marginalia.ui.background import BackgroundJobs
from marginalia.ui.import_words import ImportWords
from marginalia.ui.wording import arg, number

REASONS_LISTED = 3  # reasons for left-out records named in the report; the rest are counted


class _ProgressSignal(QObject):
    """Crosses from the import's thread to the window's (a queued signal)."""

    moved = Signal(int, int, str)  # done, total, article name


class ImportFlow(QObject):
    """Runs one import at a time for the window. The window waits behind a modal
    progress dialog meanwhile: an edit made while the import rewrites that article's
    sidecar could otherwise be written over by it."""

    finished = Signal(object, object)  # (file, ImportReport | Exception)

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._jobs = BackgroundJobs("marginalia-import", self)
        self._jobs.finished.connect(self._on_jobs_finished)
        self._signal = _ProgressSignal(self)
        self._signal.moved.connect(self._on_progress_moved)
        self._dialog = None  # the progress dialog, while an import runs
        self.message_box = None  # the last report shown

    def busy(self) -> bool:
        return self._dialog is not None

    # -- what tests replace (the native file dialog) ---------------------------
    def ask_file(self, folder: Path) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        from marginalia.core.importer import IMPORT_FILE_FILTERS

        filters = [arg(self.tr("%1 (%2)"), self.filter_label(label), " ".join(patterns))
                   for label, patterns in IMPORT_FILE_FILTERS]
        every = sorted({p for _label, patterns in IMPORT_FILE_FILTERS for p in patterns})
        filters.insert(0, arg(self.tr("Everything Marginalia imports (%1)"), " ".join(every)))
        filters.append(self.tr("All files (*)"))
        path, _chosen = QFileDialog.getOpenFileName(self.window, self.tr("Import Annotations"), str(folder),
                                                    ";;".join(filters))
        return Path(path) if path else None

    def filter_label(self, label: str) -> str:
        """A file dialog's name for a kind of file the core imports (the core names it in English)."""
        return {
            "W3C Web Annotations or Hypothesis export": self.tr("W3C Web Annotations or Hypothesis export"),
            "REFI-QDA project": self.tr("REFI-QDA project"),
            "REFI-QDA codebook": self.tr("REFI-QDA codebook"),
            "Codebook CSV (Taguette)": self.tr("Codebook CSV (Taguette)"),
            "Articles": self.tr("Articles"),
        }.get(label, label)

    def choose(self) -> None:
        session = self.window.session
        if session is None or self.busy():
            return
        settings = self.window.settings
        path = self.ask_file(settings.folder("import") or session.corpus.root)
        if path is not None:
            settings.set_folder("import", path.parent)
            self.start(path)

    def start(self, path: Path) -> None:
        session = self.window.session
        session.save_all()  # the import reads the sidecars from disk: they must hold every change
        root, cache, signal = session.corpus.root, paths.user_cache_dir(), self._signal

        def job():
            from marginalia.core.corpus import Corpus
            from marginalia.core.importer import import_file

            try:  # a corpus object of its own: the window's is read by the UI thread meanwhile
                corpus = Corpus(root, cache_dir=cache)
                report = import_file(corpus, path, progress=lambda done, total, name: signal.moved.emit(done, total, name))
                return path, report, corpus.codebook
            except Exception as exc:  # noqa: BLE001 - any failure is reported; the thread must answer
                return path, exc, None

        from PySide6.QtWidgets import QProgressDialog

        dialog = QProgressDialog(arg(self.tr("Importing %1…"), path.name), "", 0, 0, self.window)
        dialog.setWindowTitle(self.tr("Import Annotations"))
        dialog.setCancelButton(None)  # each article is written whole; stopping half-way would explain nothing
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        self._dialog = dialog
        self._jobs.submit(job)

    def _on_progress_moved(self, done: int, total: int, name: str) -> None:
        if self._dialog is not None:
            self._dialog.setRange(0, max(1, total))
            self._dialog.setValue(done)
            if name:
                self._dialog.setLabelText(arg(self.tr("Importing into %1…"), name))

    def _on_jobs_finished(self, result) -> None:
        path, outcome, codebook = result
        if self._dialog is not None:
            self._dialog.reset()  # stops its timer too: a quick import must not show it afterwards
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        from PySide6.QtWidgets import QMessageBox

        window = self.window
        if isinstance(outcome, Exception):
            reason = getattr(outcome, "reason", None) or str(outcome)
            self._show(QMessageBox.Icon.Warning, arg(self.tr("Could not import %1: %2"), path, reason))
        else:
            session = window.session
            if codebook is not None and codebook != session.codebook:
                session.set_codebook(codebook)  # topics the import added
            window.refresh_articles([_article_of(sidecar) for sidecar in outcome.written])
            self._show(QMessageBox.Icon.Information, self.describe(path, outcome))
            window.show_message(self.summary(path, outcome), 10000)
        self.finished.emit(path, outcome)

    def _show(self, icon, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(icon, self.tr("Import Annotations"), text, QMessageBox.StandardButton.Ok, self.window)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()  # not exec(): nothing may wait on a dialog
        self.message_box = box

    # -- wording -------------------------------------------------------------
    def summary(self, path: Path, report) -> str:
        """One line for the status bar."""
        return arg(self.tr("Imported %1 and updated %2 from %3."),
                   self.tr("%Ln claim(s)", "imported", len(report.imported)), number(len(report.updated)), path.name)

    def describe(self, path: Path, report) -> str:
        """What the import brought, and what it left out and why."""
        lines = [arg(self.tr("From %1:"), path.name),
                 arg(self.tr("%1, %2, %3."), self.tr("%Ln new claim(s)", "", len(report.imported)),
                     self.tr("%Ln claim(s) updated", "", len(report.updated)),
                     self.tr("in %Ln article(s)", "", len(report.written)))]
        if report.orphaned:
            lines.append(self.tr("%Ln could not be placed in the text and are kept as orphans to re-attach.", "",
                                 len(report.orphaned)))
        if report.conflicts:
            lines.append(self.tr("%Ln differ(s) from claims here that are not older: the claims here are kept, "
                                 "and the incoming versions are in the articles' history.", "", len(report.conflicts)))
        if report.new_topics:
            lines.append(arg(self.tr("New topics: %1."), ", ".join(report.new_topics)))
        unchanged = [s for s in report.skipped if not s.fault]
        if unchanged:
            lines.append(self.tr("%Ln were here already.", "", len(unchanged)))
        if report.unmatched:
            lines.append(self.tr("%Ln matched no article of this folder.", "", len(report.unmatched)))
        words = ImportWords()
        faults = Counter(words.skip(s) for s in report.skipped if s.fault)
        if faults:
            lines.append(self.tr("%Ln were left out:", "", sum(faults.values())))
            lines += [arg(self.tr("  • %1 (%2)"), reason, number(count))
                      for reason, count in faults.most_common(REASONS_LISTED)]
            if len(faults) > REASONS_LISTED:
                lines.append("  • …")
        return "\n".join(lines)


def _article_of(sidecar: Path) -> Path:
    from marginalia.core.storage.formats import SIDECAR_SUFFIX

    return sidecar.with_name(sidecar.name[:-len(SIDECAR_SUFFIX)])
