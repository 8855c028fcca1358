"""What the window says about the open article: problems in a banner, facts in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel

from marginalia.core.corpus import ArticleEntry
from marginalia.core.document import ArticleDocument
from marginalia.core.reviewers import count_by_reviewer
from marginalia.core.storage.sidecar_file import SidecarFile
from marginalia.ui.error_words import describe
from marginalia.ui.language_names import language_label
from marginalia.ui.wording import arg


class DocumentStatus(QObject):
    """The words about an article and its claims; a QObject for its translation context
    (plural forms need self.tr), made when they are said."""

    def status_words(self, status: str) -> str:
        """How a claim was placed in a changed text, as its card says it."""
        words = {"moved": self.tr("moved"), "fuzzy": self.tr("fuzzy match"),
                 "orphaned": self.tr("orphaned — select text and re-attach")}
        return words.get(status, status)

    def anchoring_words(self, status: str, count: int) -> str:
        """How many claims were placed in a changed text other than exactly, e.g. "3 moved"."""
        if status == "moved":
            return self.tr("%Ln moved", "", count)
        if status == "fuzzy":
            return self.tr("%Ln placed by fuzzy match", "", count)
        if status == "orphaned":
            return self.tr("%Ln orphaned", "", count)
        return f"{count} {status}"  # a status a newer core has: its own name

    def notices(self, document: ArticleDocument, file: SidecarFile | None = None) -> list[str]:
        """The article's problems: a sidecar that cannot be read, an article not to be
        annotated as it reads, records kept unread, orphans. `file` is the owner of the
        document's sidecar, which knows what is wrong with it."""
        notices = []
        error = file.read_only_error if file is not None else None
        if error is not None and error.path == file.path:
            notices.append(arg(self.tr("Read-only: the annotation file could not be read and is left as it is — %1"),
                               describe(error)))
        elif error is not None:
            notices.append(arg(self.tr("Read-only: the article is not to be annotated as it now reads — %1"),
                               describe(error)))
        for bad in file.bad_records if file is not None else ():
            notices.append(arg(self.tr("An annotation record was kept unchanged but could not be read — %1"),
                               describe(bad.error)))
        if document.orphan_count:
            notices.append(self.tr("%Ln claim(s) could not be placed in the current text (orphaned): select one "
                                   "in the notes, select its text and press Ctrl+R to re-attach it.", "",
                                   document.orphan_count))
        return notices

    def facts(self, document: ArticleDocument, shown: int | None = None) -> str:
        """Language, claims (`shown`: those of the reviewers shown), how claims were placed in a
        changed text, an encoding other than UTF-8."""
        moved = {k: v for k, v in document.anchors.counts().items() if k != "exact" and v}
        parts = [language_label(document.language),
                 self.tr("%Ln claim(s)", "", len(document) if shown is None else shown)]
        parts += [self.anchoring_words(k, v) for k, v in sorted(moved.items())]
        if document.article.encoding != "utf-8":
            parts.append(document.article.encoding)
        return " · ".join(parts)


def status_words(status: str) -> str:
    return DocumentStatus().status_words(status)


def show_document_state(banner: QLabel, status: QLabel, document: ArticleDocument | None,
                        file: SidecarFile | None = None, shown: int | None = None) -> None:
    """Problems (read-only sidecar, unreadable records, orphans) go in `banner`;
    language, claim count, anchoring and encoding in `status`. `file` is the owner of
    the document's sidecar, which knows what is wrong with it; `shown`, the claims the
    reviewers shown have (all of them when not given)."""
    if document is None:
        banner.hide()
        status.setText("")
        return
    words = DocumentStatus()
    notices = words.notices(document, file)
    banner.setText("\n".join(notices[:6]))
    banner.setVisible(bool(notices))
    status.setText(words.facts(document, shown))


def entry_of(document: ArticleDocument, file: SidecarFile, corpus=None) -> ArticleEntry:
    """The library row of an open document, from memory (no disk read); with the
    `corpus`, its title and metadata as the manifest now has them (the user edits them)."""
    problems = tuple(b.error for b in file.bad_records)
    if file.read_only_error is not None:
        problems += (file.read_only_error,)
    path = document.article.path
    size = path.stat().st_size if path.exists() else 0
    title = (corpus.title_for(path) if corpus is not None else None) or document.article.title
    metadata = corpus.metadata_for(document.article) if corpus is not None else document.article.metadata
    return ArticleEntry(path, title, document.language or "und", size, document.article.encoding,
                        len(document) + len(file.bad_records), dict(document.topic_counts()),
                        count_by_reviewer(document.claims()), problems, metadata=metadata)
