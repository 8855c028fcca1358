"""File ▸ Export…: choose a format, topics and articles, preview the output, write it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup, QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QListWidget, QListWidgetItem, QPushButton, QRadioButton, QSplitter, QVBoxLayout, QWidget,
)

from marginalia.core.annotation import utc_now
from marginalia.core.article import ARTICLE_SUFFIXES
from marginalia.core.export import FORMATS
from marginalia.core.export.qdpx import PROJECT_FILE
from marginalia.ui.background import BackgroundJobs
from marginalia.ui.dialogs.export_job import ExportOutcome, ExportRequest, SessionCorpus, run_export
from marginalia.ui.dialogs.report_words import report_words
from marginalia.ui.error_words import reason as words_of_error
from marginalia.ui.wording import arg, file_size, number
from marginalia.ui.syntax_highlight import CodeView
from marginalia.ui.widgets import MessageBar, color_swatch_icon

PREVIEW_DELAY_MS = 150  # toggling several topics in a row computes one preview
PREVIEW_LANGUAGE = {"w3c": "json", "csv": "csv", "markdown": "markdown", "html": "html", "qdpx": "xml", "qdc": "xml"}
_TOPIC_ID = Qt.ItemDataRole.UserRole + 1


# -- the dialog ---------------------------------------------------------------
class ExportDialog(QDialog):
    """Exports from the session's documents as they are in memory, so the file holds
    exactly what the window shows, including changes autosave has not written yet."""

    exported = Signal(str, str)  # (file written, what it holds, in words)
    export_failed = Signal(str)  # the message shown
    preview_updated = Signal()

    def __init__(self, session, parent: QWidget | None = None, *, folder: Path | None = None,
                 clock: Callable[[], datetime] = utc_now, reviewers: frozenset[str] | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.reviewers = reviewers  # whose claims the window shows: the export holds theirs alone
        self.folder = Path(folder) if folder else Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())
        self._clock = clock
        self._cache: dict = {}
        self._busy = self._exporting = False
        self._last_preview: ExportOutcome | None = None
        self._words = report_words()
        self.setWindowTitle(self.tr("Export Annotations"))

        labels = {
            "w3c": (self.tr("W3C Web Annotation (JSON-LD)"),
                    self.tr("The open standard for annotations: one JSON-LD file, offsets in code points.")),
            "csv": (self.tr("CSV spreadsheet"), self.tr("One row per claim, for a spreadsheet or a script.")),
            "markdown": (self.tr("Markdown report"), self.tr("A readable report of the claims, grouped by topic.")),
            "html": (self.tr("HTML report"),
                     self.tr("One self-contained page with each article's text and highlighted claims.")),
            "qdpx": (self.tr("REFI-QDA project (.qdpx)"),
                     self.tr("Texts, codes and codings for ATLAS.ti, MAXQDA, NVivo and other QDA tools. "
                             "The preview shows its project.qde.")),
            "qdc": (self.tr("REFI-QDA codebook (.qdc)"), self.tr("The topics only, for QDA tools.")),
        }
        self.format_combo = QComboBox(self)
        self.format_combo.setAccessibleName(self.tr("Format"))
        self.format_combo.setAccessibleDescription(self.tr("The kind of file to write"))
        for name in FORMATS:
            label, about = labels.get(name, (name, ""))
            self.format_combo.addItem(label, name)
            self.format_combo.setItemData(self.format_combo.count() - 1, about, Qt.ItemDataRole.ToolTipRole)
        self.format_about = QLabel(self)
        self.format_about.setAccessibleName(self.tr("About the format"))
        self.format_about.setWordWrap(True)

        self.all_articles = QRadioButton(self)
        self.current_article = QRadioButton(self)
        self.article_group = QButtonGroup(self)
        self.article_group.addButton(self.all_articles)
        self.article_group.addButton(self.current_article)
        self.all_articles.setChecked(True)
        current = session.current
        self.all_articles.setText(arg(self.tr("All articles (%1)"), number(len(session.corpus.article_paths()))))
        self.all_articles.setAccessibleDescription(self.tr("Export the claims of every article of the folder"))
        self.current_article.setText(arg(self.tr("Current article: %1"), _short(current.article.title))
                                     if current is not None else self.tr("Current article"))
        self.current_article.setAccessibleDescription(self.tr("Export the claims of the article open in the window"))
        self.current_article.setToolTip(current.article.title if current is not None else "")
        self.current_article.setEnabled(current is not None)
        self.adjudicated_only = QCheckBox(self.tr("A&djudicated claims only"), self)
        self.adjudicated_only.setToolTip(self.tr("Only the adjudicator's decisions: claims settled from "
                                                 "two reviewers' claims (Reviewers ▸ Adjudicate…)"))
        self.reviewers_label = QLabel(self)
        self.reviewers_label.setWordWrap(True)
        self.reviewers_label.setTextFormat(Qt.TextFormat.PlainText)  # reviewers' names are never markup
        if reviewers is not None:
            names = ", ".join(sorted(n or self.tr("(no reviewer)") for n in reviewers)) or self.tr("nobody")
            self.reviewers_label.setText(arg(self.tr("Claims of %1 only, as the window shows them "
                                                     "(Reviewers menu)."), names))
        self.reviewers_label.setVisible(reviewers is not None)

        self.topic_list = QListWidget(self)
        self.topic_list.setAccessibleName(self.tr("Topics to export"))
        self.topic_list.setAccessibleDescription(self.tr("Only the claims of the checked topics are exported; "
                                                         "Space checks or unchecks a topic"))
        border = self.palette().color(self.foregroundRole())
        for topic in session.codebook:
            item = QListWidgetItem(color_swatch_icon(topic.color, border=border), topic.name, self.topic_list)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(_TOPIC_ID, topic.id)
        self.all_topics_button = QPushButton(self.tr("&All"), self)
        self.all_topics_button.setAccessibleName(self.tr("Check all topics"))
        self.all_topics_button.setToolTip(self.tr("Check every topic"))
        self.no_topics_button = QPushButton(self.tr("&None"), self)
        self.no_topics_button.setAccessibleName(self.tr("Uncheck all topics"))
        self.no_topics_button.setToolTip(self.tr("Uncheck every topic"))
        self.topic_hint = QLabel(self)
        self.topic_hint.setAccessibleName(self.tr("Which claims are exported"))
        self.topic_hint.setWordWrap(True)

        self.summary_label = QLabel(self)
        self.summary_label.setAccessibleName(self.tr("Export summary"))
        self.summary_label.setWordWrap(True)
        self.preview = CodeView(self)
        self.preview.setAccessibleName(self.tr("Export preview"))
        self.preview.setAccessibleDescription(self.tr("The beginning of the file as it will be written, read-only"))
        self.preview.setMinimumWidth(420)
        self.message_bar = MessageBar(self)  # failures, in place rather than in a modal box
        self.result_label = QLabel(self)  # success: the file written
        self.result_label.setAccessibleName(self.tr("Export result"))
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()

        buttons = QDialogButtonBox(self)
        self.export_button = buttons.addButton(self.tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.setDefault(True)
        self.export_button.setToolTip(self.tr("Choose where to write the file, then write it"))
        self.close_button = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setToolTip(self.tr("Close without exporting"))
        self.export_button.clicked.connect(self._on_export_button_clicked)
        buttons.rejected.connect(self.reject)

        self._lay_out(buttons)
        self._worker = BackgroundJobs("marginalia-export", self)
        self._worker.finished.connect(self._on_worker_finished)
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self._request_preview)
        self.format_combo.currentIndexChanged.connect(self._on_choice_changed)
        self.article_group.buttonToggled.connect(self._on_choice_changed)
        self.adjudicated_only.toggled.connect(self._on_choice_changed)
        self.topic_list.itemChanged.connect(self._on_choice_changed)
        self.all_topics_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.no_topics_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self._on_choice_changed()
        self._timer.stop()  # the first preview needs no wait
        self._request_preview()

    def _lay_out(self, buttons: QDialogButtonBox) -> None:
        form = QFormLayout()
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow("", self.format_about)
        self.articles_box = QGroupBox(self.tr("Articles"), self)
        articles = QVBoxLayout(self.articles_box)
        articles.addWidget(self.all_articles)
        articles.addWidget(self.current_article)
        articles.addWidget(self.adjudicated_only)
        articles.addWidget(self.reviewers_label)
        self.topics_box = QGroupBox(self.tr("Topics"), self)
        topics = QVBoxLayout(self.topics_box)
        topics.addWidget(self.topic_list, 1)
        row = QHBoxLayout()
        row.addWidget(self.all_topics_button)
        row.addWidget(self.no_topics_button)
        row.addStretch(1)
        topics.addLayout(row)
        topics.addWidget(self.topic_hint)
        left = QWidget(self)
        choices = QVBoxLayout(left)
        choices.setContentsMargins(0, 0, 0, 0)
        choices.addLayout(form)
        choices.addWidget(self.articles_box)
        choices.addWidget(self.topics_box, 1)
        right = QWidget(self)
        preview = QVBoxLayout(right)
        preview.setContentsMargins(0, 0, 0, 0)
        preview.addWidget(self.summary_label)
        preview.addWidget(self.preview, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([340, 660])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message_bar)
        layout.addWidget(self.result_label)
        layout.addWidget(buttons)
        self.resize(1000, 640)

    # -- what tests replace (the native file dialog) -------------------------
    def _ask_target(self, default_path: Path) -> Path | None:
        chosen = FORMATS[self.format_name()]
        label = self.format_combo.currentText()
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Export Annotations"), str(default_path),
            arg(self.tr("%1 (*%2)"), label, chosen.suffix) + ";;" + self.tr("All files (*)"))
        return Path(path) if path else None

    # -- public ------------------------------------------------------------
    def format_name(self) -> str:
        return self.format_combo.currentData()

    def set_format(self, name: str) -> None:
        self.format_combo.setCurrentIndex(self.format_combo.findData(name))

    def checked_topics(self) -> tuple[str, ...]:
        items = (self.topic_list.item(row) for row in range(self.topic_list.count()))
        return tuple(i.data(_TOPIC_ID) for i in items if i.checkState() == Qt.CheckState.Checked)

    def set_topic_checked(self, topic_id: str, checked: bool) -> None:
        for row in range(self.topic_list.count()):
            item = self.topic_list.item(row)
            if item.data(_TOPIC_ID) == topic_id:
                item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)

    def is_busy(self) -> bool:
        """True while a preview or an export is being computed."""
        return self._busy or self._exporting or self._timer.isActive()

    def default_path(self) -> Path:
        corpus = self.session.corpus.root.name
        if self.format_name() == "qdc":
            stem = f"{corpus}-codebook"
        elif self.current_article.isChecked() and self.session.current is not None:
            stem = f"{self.session.current.article.path.stem}-annotations"
        else:
            stem = f"{corpus}-annotations"
        return self.folder / (stem + FORMATS[self.format_name()].suffix)

    # -- choices ---------------------------------------------------------------
    def _request(self, target: Path | None = None) -> ExportRequest:
        whole_codebook = self.format_name() == "qdc"  # the codebook export ignores the selection
        checked = self.checked_topics()
        topics = () if whole_codebook or len(checked) == self.topic_list.count() else checked
        articles = ()
        if self.current_article.isChecked() and self.session.current is not None and not whole_codebook:
            articles = (self.session.corpus.relative_name(self.session.current.article.path),)
        return ExportRequest(self.format_name(), topics, articles, self._clock(), self.session.corpus.root.name, target,
                        self._words, None if whole_codebook else self.reviewers,
                        self.adjudicated_only.isChecked() and not whole_codebook)

    def _is_current(self, request: ExportRequest) -> bool:
        now = self._request()
        return not self._nothing_chosen() and \
            (now.format, now.topics, now.articles, now.adjudicated) == \
            (request.format, request.topics, request.articles, request.adjudicated)

    def _source(self, cached: bool) -> SessionCorpus:
        # Copies the worker may read while the window goes on editing the originals.
        documents, files = {}, {}
        for document in self.session.open_documents():
            snapshot = documents[document.article.path.resolve()] = document.copy()
            files[id(snapshot)] = self.session.file_of(document)
        return SessionCorpus(self.session.corpus, self.session.codebook, documents, self._cache if cached else {},
                              files)

    def _nothing_chosen(self) -> bool:
        return self.format_name() != "qdc" and self.topic_list.count() > 0 and not self.checked_topics()

    def _check_all(self, state: Qt.CheckState) -> None:
        self.topic_list.blockSignals(True)
        for row in range(self.topic_list.count()):
            self.topic_list.item(row).setCheckState(state)
        self.topic_list.blockSignals(False)
        self._on_choice_changed()

    def _on_choice_changed(self, *_args) -> None:
        whole_codebook = self.format_name() == "qdc"
        self.format_about.setText(self.format_combo.currentData(Qt.ItemDataRole.ToolTipRole) or "")
        self.articles_box.setEnabled(not whole_codebook)
        self.topics_box.setEnabled(not whole_codebook)
        checked = len(self.checked_topics())
        if whole_codebook:
            self.topic_hint.setText(self.tr("The codebook export holds every topic."))
        elif checked == self.topic_list.count():
            self.topic_hint.setText(self.tr("Every claim, with or without a topic."))
        elif checked:
            self.topic_hint.setText(self.tr("Only claims with a checked topic; articles without one are left out."))
        else:
            self.topic_hint.setText(self.tr("Check at least one topic."))
        self.result_label.hide()
        self._last_preview = None
        self._timer.start()
        self._update_buttons()

    def _update_buttons(self) -> None:
        preview_failed = self._last_preview is not None and self._last_preview.error is not None
        self.export_button.setEnabled(not self._exporting and not self._nothing_chosen() and not preview_failed)

    # -- preview -------------------------------------------------------------
    def _request_preview(self) -> None:
        if self._nothing_chosen():
            self.preview.show_code("", "text")
            self.summary_label.setText(self.tr("Nothing to export: no topic is checked."))
            self.preview_updated.emit()
            return
        if self._busy:  # one computation at a time; when it ends, the newest choice runs
            return
        self._busy = True
        request, source = self._request(), self._source(cached=True)
        self._worker.submit(lambda: run_export(request, source))

    def _show_preview(self, outcome: ExportOutcome) -> None:
        self._last_preview = outcome
        if outcome.error is not None:
            self.preview.show_code("", "text")
            self.message_bar.show_message(arg(self.tr("This export cannot be made: %1"), _reason(outcome.error)))
            self.summary_label.setText("")
        else:
            self.message_bar.clear()
            language = PREVIEW_LANGUAGE.get(outcome.request.format, "text")
            self.preview.show_code(outcome.preview, language, keep_scroll=language == self.preview.language)
            self.summary_label.setText(self._summary(outcome))
        self._update_buttons()
        self.preview_updated.emit()

    def _summary(self, outcome: ExportOutcome) -> str:
        selection = outcome.selection
        if outcome.request.format == "qdc":  # the codebook alone
            held = [self.tr("%Ln topic(s)", "", len(self.session.codebook))]
        else:
            held = [self.tr("%Ln claim(s)", "", selection.claim_count()),
                    self.tr("%Ln article(s)", "", len(selection.articles))]
        text = " · ".join((*held, file_size(outcome.size)))
        if outcome.request.format == "qdpx":
            text += " · " + arg(self.tr("showing %1 from the archive"), PROJECT_FILE)
        if outcome.preview_total > len(outcome.preview):
            text += " · " + arg(self.tr("preview cut at %1 of %2 characters; the file has everything"),
                                number(len(outcome.preview)), number(outcome.preview_total))
        if selection.problems:
            text += "\n" + self.tr("%Ln article(s) could not be read and are left out.", "", len(selection.problems))
        return text

    # -- export --------------------------------------------------------------
    def _on_export_button_clicked(self) -> None:
        target = self._ask_target(self.default_path())
        if target is None:
            return
        if not target.suffix:
            target = target.with_suffix(FORMATS[self.format_name()].suffix)
        self.folder = target.parent
        self._exporting = True
        self._update_buttons()
        self.message_bar.clear()
        self.result_label.setText(arg(self.tr("Exporting to %1…"), target))
        self.result_label.show()
        # Not from the preview's cache: an article could have changed on disk since.
        request, source = self._request(target), self._source(cached=False)
        self._worker.submit(lambda: run_export(request, source))

    def _show_export(self, outcome: ExportOutcome) -> None:
        self._exporting = False
        self._update_buttons()
        target = outcome.request.target
        if outcome.error is not None:
            error = outcome.error
            reason = _reason(error)
            message = arg(self.tr("Could not export to %1: %2. Nothing was written; choose another "
                                  "folder or name."), target, reason)
            self.result_label.hide()
            self.message_bar.show_message(message)
            self.export_failed.emit(message)
            return
        text = self.exported_words(outcome)
        if _inside(target, self.session.corpus.root) and target.suffix.lower() in ARTICLE_SUFFIXES:
            text += " " + self.tr("It is inside the corpus folder, so the library will list it as an article.")
        self.result_label.setText(text)
        self.result_label.show()
        self.exported.emit(str(target), text)

    def exported_words(self, outcome: ExportOutcome) -> str:
        """What the file written holds: the codebook's topics, or claims from articles."""
        target = outcome.request.target
        if outcome.request.format == "qdc":  # the codebook alone: no claim is in the file
            topics = len(self.session.codebook)
            return arg(self.tr("Exported the codebook (%Ln topic(s)) to %1.", "", topics), target)
        count = outcome.selection.claim_count()
        articles = len(outcome.selection.articles)
        # Two counts in one sentence, each its own plural: "from N articles" carries its preposition,
        # so a language that declines the noun after it (Polish: genitive) can.
        return arg(self.tr("Exported %1 %2 to %3."), self.tr("%Ln claim(s)", "exported", count),
                   self.tr("from %Ln article(s)", "", articles), target)

    def _on_worker_finished(self, outcome: ExportOutcome) -> None:
        if outcome.request.target is not None:
            self._show_export(outcome)
            return
        self._busy = False
        if not self._is_current(outcome.request):  # the choice changed meanwhile: show only the newest
            self._request_preview()
            return
        self._show_preview(outcome)

    def done(self, result: int) -> None:
        self._timer.stop()
        self._worker.stop()
        super().done(result)


def _reason(error: Exception) -> str:
    return words_of_error(error)


def _short(title: str, limit: int = 36) -> str:
    return title if len(title) <= limit else title[:limit - 1] + "…"


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder)
    except ValueError:
        return False
    return True
