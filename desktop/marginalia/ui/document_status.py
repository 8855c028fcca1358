"""What the window says about the open article: problems in a banner, facts in the status bar."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel

from marginalia.core.corpus import ArticleEntry
from marginalia.core.document import ArticleDocument
from marginalia.core.language import describe_language
from marginalia.core.reviewers import count_by_reviewer
from marginalia.core.storage.sidecar_file import SidecarFile
from marginalia.ui.wording import plural


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentStatus", text)


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
    notices = []
    error = file.read_only_error if file is not None else None
    if error is not None and error.path == file.path:
        notices.append(_tr("Read-only: the annotation file could not be read and is left as it is — %1")
                       .replace("%1", str(error)))
    elif error is not None:
        notices.append(_tr("Read-only: the article is not to be annotated as it now reads — %1")
                       .replace("%1", str(error)))
    for bad in file.bad_records if file is not None else ():
        notices.append(_tr("An annotation record was kept unchanged but could not be read — %1")
                       .replace("%1", str(bad.error)))
    orphans = document.orphan_count
    if orphans:
        notices.append(plural(orphans, _tr("1 claim could not be placed in the current text (orphaned)"),
                              _tr("{n} claims could not be placed in the current text (orphaned)"))
                       + _tr(": select it in the notes, select its text and press Ctrl+R to re-attach it."))
    banner.setText("\n".join(notices[:6]))
    banner.setVisible(bool(notices))
    moved = {k: v for k, v in document.anchors.counts().items() if k != "exact" and v}
    parts = [describe_language(document.language).label, plural(len(document) if shown is None else shown, _tr("1 claim"), _tr("{n} claims"))]
    parts += [f"{v} {k}" for k, v in sorted(moved.items())]
    if document.article.encoding != "utf-8":
        parts.append(document.article.encoding)
    status.setText(" · ".join(parts))


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
