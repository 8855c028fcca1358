"""Opening an article with its sidecar (validating and re-anchoring) and saving it back."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from marginalia.core.annotation import Annotation
from marginalia.core.article import Article, load_article
from marginalia.core.document import AnchorSummary, ArticleDocument
from marginalia.core.errors import SidecarError
from marginalia.core.language import describe_language, detect_language
from marginalia.core.storage.atomic import atomic_write
from marginalia.core.storage.sidecar import (
    BadRecord, SidecarData, decode_sidecar, encode_annotation, encode_sidecar, sidecar_path,
)


EXACT = "exact"  # AnchorStatus.EXACT, without importing the anchoring engine at start-up


def read_sidecar(path: Path) -> SidecarData | None:
    """The sidecar at `path`, None if there is none; SidecarError if it is unusable."""
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise SidecarError(path, "", exc.strerror or str(exc)) from exc
    return replace(decode_sidecar(data, Path(path)), file_sha256=hashlib.sha256(data).hexdigest())


def file_sha256(path: Path) -> str | None:
    """The SHA-256 of the bytes at `path` as they are now, None if they cannot be read:
    what `read_sidecar` records and `save_document` wrote, to tell another program's
    change of the file from our own."""
    try:
        return hashlib.sha256(Path(path).read_bytes()).hexdigest()
    except OSError:
        return None


def place_annotations(
    text: str, annotations: tuple[Annotation, ...] | list[Annotation], path: Path, hash_matches: bool,
) -> tuple[list[Annotation], list[BadRecord], AnchorSummary]:
    """Check every annotation against `text` and re-anchor those whose quote moved.

    With a matching hash an offset beyond the text is corruption (reported as a bad
    record, kept verbatim); with another text it is simply an edit, so re-anchor.
    """
    placed: list[Annotation] = []
    bad: list[BadRecord] = []
    summary = AnchorSummary()
    pending: list[Annotation] = []
    for i, a in enumerate(annotations):
        if hash_matches and not a.orphaned and a.end > len(text):
            # Named by id: the records' places in the file are not known here.
            error = SidecarError(path, f'annotations[?(@.id=="{a.id}")].position.end',
                                 f"offset {a.end} is beyond the text ({len(text)} code points)")
            bad.append(BadRecord(i, encode_annotation(a), error))
        elif not a.orphaned and text[a.start:a.end] == a.quote.exact:
            placed.append(a)
            summary.statuses[a.id] = EXACT
        else:
            pending.append(a)
    if pending:
        from marginalia.core.anchoring import reanchor_all  # only paid for when text moved

        anchors = reanchor_all(text, [(a.quote, a.position) for a in pending])
        for a, anchor in zip(pending, anchors):
            summary.statuses[a.id] = anchor.status.value
            summary.scores[a.id] = anchor.score
            if anchor.position is None:
                placed.append(a if a.orphaned else _orphaned(a))
            else:
                placed.append(a.reanchored(text, anchor.position))
    return placed, bad, summary


def _orphaned(a: Annotation) -> Annotation:
    return replace(a, orphaned=True)


def open_document(article_path: Path, title: str | None = None, language: str | None = None,
                  *, identify_language: bool = True) -> ArticleDocument:
    """Open the article and its sidecar. Raises ArticleError if the article is unreadable;
    a broken sidecar opens the document read-only with the error attached. `language`
    (e.g. from the corpus manifest) is used instead of identifying it when there is
    no sidecar to say. Without `identify_language` (a reader that never shows the
    language) an article no one has named a language for stays undetermined ("")."""
    article = load_article(article_path, title)
    path = sidecar_path(article.path)

    def unnamed() -> str:  # the language when no sidecar says it
        return language or (_detect(article) if identify_language else "")

    try:
        data = read_sidecar(path)
    except SidecarError as exc:
        return ArticleDocument(article, path, language=unnamed(), read_only_error=exc)
    if data is None:
        return ArticleDocument(article, path, language=unnamed())
    hash_matches = data.sha256 == article.sha256
    annotations, bad, summary = place_annotations(article.text, data.annotations, path, hash_matches)
    tag, source = stored_language(data, article) or (unnamed(), "detected")
    document = ArticleDocument(
        article, path, annotations,
        language=tag, language_source=source,
        bad_records=data.bad_records + tuple(bad), anchors=summary,
    )
    document.sidecar_sha256 = data.file_sha256
    # Positions that moved, or a new text hash, are worth writing back: the next
    # open is then exact again. The previous sidecar is kept as the backup.
    if not hash_matches or any(s != EXACT for s in summary.statuses.values()):
        document.revision += 1
    return document


def stored_language(data: SidecarData | None, article: Article) -> tuple[str, str] | None:
    """(language, source) the sidecar records for `article`, while it applies: the user's
    choice always, an identified language as long as the text is the one identified."""
    if data is not None and data.language and (data.language_source == "user" or data.sha256 == article.sha256):
        return data.language, data.language_source
    return None


def _detect(article: Article) -> str:
    return describe_language(detect_language(article.text)).tag if article.text.strip() else "und"


def save_document(document: ArticleDocument) -> bool:
    """Write the document's sidecar if it changed. Never writes over a sidecar that
    could not be read. Returns True when a file was written; OSError on failure."""
    if document.read_only or not document.dirty:
        return False
    revision = document.revision
    if len(document) == 0 and not document.bad_records and not document.sidecar_path.exists() \
            and document.language_source != "user":
        document.mark_saved(revision)  # nothing worth a file yet
        return False
    data = encode_sidecar(document.to_sidecar(), document.encoded_records)
    atomic_write(document.sidecar_path, data, backup=True)
    document.sidecar_sha256 = hashlib.sha256(data).hexdigest()
    document.mark_saved(revision)
    return True
