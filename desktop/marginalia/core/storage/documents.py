"""Opening an article with its sidecar, saving it back, and taking in what changed on disk.

The functions here are the policy for an open document's files: what opening
decides (read-only or not, what to re-anchor), what a save brings back from another
writer, and what a change made on disk by another program does to the document.
Each returns the document's Changes; the caller (the window's session, or a
command) announces them.
"""

from __future__ import annotations

import codecs
import weakref
from dataclasses import dataclass

from marginalia.core.error_codes import ErrorCode
from marginalia.core.annotation import Annotation
from marginalia.core.article import Article, load_article
from marginalia.core.document import ArticleDocument, Changes
from marginalia.core.errors import DecodingChangedError, InputError, NotUtf8Error
from marginalia.core.language import describe_language, detect_language
from marginalia.core.merge import Conflict
from marginalia.core.storage.formats import sidecar_path
from marginalia.core.storage.history import CONFLICT, HistoryEntry
from marginalia.core.storage.owned_file import Refreshed, Written
from marginalia.core.storage.placement import EXACT, place_annotations
from marginalia.core.storage.sidecar import SidecarData, encode_annotation
from marginalia.core.storage.sidecar_file import NO_FILE_LANGUAGE, SidecarFile, SidecarSnapshot, read_sidecar

__all__ = ["Saved", "file_of", "follow_article", "open_document", "read_sidecar", "save_document", "stored_language",
           "take_disk_change", "take_written", "wants_saving"]


# The owner of each open document's sidecar, however many Corpus objects opened them
# (a command may open an article through one and save it through another).
_files: weakref.WeakKeyDictionary[ArticleDocument, SidecarFile] = weakref.WeakKeyDictionary()


def file_of(document: ArticleDocument) -> SidecarFile:
    """The owner of the sidecar of `document`, as opened by open_document."""
    return _files[document]


@dataclass(frozen=True, slots=True)
class Saved:
    """What a save did: whether it wrote the file, and what another writer's version,
    merged in, changed in the document."""

    wrote: bool
    changes: Changes = Changes()


def open_document(article_path, title: str | None = None, language: str | None = None, *,
                  identify_language: bool = True, accept_decoding: bool = False, tidy: bool = True,
                  ) -> tuple[ArticleDocument, SidecarFile]:
    """The article and its sidecar's owner. Raises ArticleError if the article is
    unreadable. The document opens read-only, with the reason on the owner, when the
    sidecar cannot be read, when the article is damaged UTF-8, or when it decodes into
    another text than its claims were made on in another encoding (unless
    `accept_decoding`: the user said so). `language` (e.g. from the corpus manifest) is
    used when no sidecar says it; without `identify_language` an article no one has
    named a language for stays undetermined (""). Without `tidy` nothing is removed (see
    OwnedFile.read)."""
    article = load_article(article_path, title)
    file = SidecarFile(sidecar_path(article.path))
    document = _opened(article, file, language, identify_language, accept_decoding, tidy)
    _files[document] = file
    return document, file


def _opened(article: Article, file: SidecarFile, language: str | None, identify_language: bool,
            accept_decoding: bool, tidy: bool) -> ArticleDocument:
    """The document of `article` from its sidecar, with `file` told what it read."""

    def unnamed() -> str:  # the language when no sidecar says it
        return language or (_detect(article) if identify_language else "")

    try:
        data = file.read(tidy=tidy)
    except InputError as exc:
        file.read_only_error = exc
        return ArticleDocument(article, language=unnamed(), read_only=True)
    file.read_only_error = _decoding_fault(article, data, accept_decoding)
    if data is None:
        return ArticleDocument(article, language=unnamed(), read_only=file.read_only_error is not None)
    hash_matches = data.sha256 == article.sha256
    annotations, misplaced, summary = place_annotations(article.text, data.annotations, file.path, hash_matches)
    file.misplaced = tuple(misplaced)
    tag, source = stored_language(data, article) or (unnamed(), "detected")
    document = ArticleDocument(article, annotations, language=tag, language_source=source, anchors=summary,
                               read_only=file.read_only_error is not None)
    # Positions that moved, or a new text hash, are worth writing back: the next
    # open is then exact again. The previous version goes to the backup. So is
    # another extractor (or version) of the same text: the header says what read it.
    if not hash_matches or data.extractor != article.extractor or \
            any(s != EXACT for s in summary.statuses.values()):
        file.saved_revision = -1
    return document


def _decoding_fault(article: Article, data: SidecarData | None, accepted: bool) -> InputError | None:
    if article.damaged_at is not None:
        return NotUtf8Error(article.path, "", ErrorCode.NOT_UTF8_DAMAGED, article.damaged_at)
    if data is None or accepted or not data.encoding or data.sha256 == article.sha256:
        return None
    if _codec(data.encoding) != _codec(article.encoding):
        return DecodingChangedError(article.path, data.encoding, article.encoding)
    return None


def _codec(name: str) -> str:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return name.casefold()


def stored_language(data: SidecarData | None, article: Article) -> tuple[str, str] | None:
    """(language, source) the sidecar records for `article`, while it applies: the user's
    choice always, an identified language as long as the text is the one identified."""
    if data is not None and data.language and (data.language_source == "user" or data.sha256 == article.sha256):
        return data.language, data.language_source
    return None


def _detect(article: Article) -> str:
    return describe_language(detect_language(article.text)).tag if article.text.strip() else "und"


def save_document(document: ArticleDocument, file: SidecarFile) -> Saved:
    """Write the document's sidecar now, if it changed, merging first what another writer
    wrote since it was read (taken into the document too). Never writes a read-only
    document's file. Raises WriteError (or InputError: the file on disk became
    unreadable, and is left alone) when it cannot be written."""
    if not wants_saving(document, file):
        return Saved(False)
    snapshot = file.snapshot(document)
    written = file.save(snapshot)
    return Saved(written.wrote, take_written(document, file, snapshot, written))


def wants_saving(document: ArticleDocument, file: SidecarFile) -> bool:
    """Whether a save would write: changed, writable, and worth a file (a document with
    nothing in it needs none until the user sets its language)."""
    if not file.needs_saving(document):
        return False
    if len(document) == 0 and not file.bad_records and not file.had_file \
            and document.language_source != "user":
        file.saved_revision = document.revision
        return False
    return True


def take_written(document: ArticleDocument, file: SidecarFile, snapshot: SidecarSnapshot,
                 written: Written[SidecarData]) -> Changes:
    """After `snapshot` of `document` was written: mark it saved, and if another writer's
    version was merged into the file, take that into the document too, keeping what
    changed in it since the snapshot."""
    if written.theirs is None:
        file.saved_revision = snapshot.revision
        return Changes()
    unchanged_since = document.revision == snapshot.revision
    value = written.value
    changes, conflicts = document.merge(snapshot.data.annotations, value.annotations,
                                        ((snapshot.data.language, snapshot.data.language_source),
                                         (value.language, value.language_source)))
    _keep_losers(file, conflicts)
    file.saved_revision = document.revision if unchanged_since else snapshot.revision
    if written.conflicts:
        changes = changes | Changes(merged=True, conflicts=tuple(c.id for c in written.conflicts))
    return changes


def take_disk_change(document: ArticleDocument, file: SidecarFile, change: Refreshed[SidecarData] | None) -> Changes:
    """Another program changed the sidecar (`change`, from file.refresh()): take its
    version in, merged with the changes here not yet saved (three-way, the version last
    read as the base). A sidecar removed on disk is written again at the next save."""
    if change is None:
        return Changes()
    clean = not file.needs_saving(document)
    now = change.now
    if now is None:
        file.saved_revision = -1
        return Changes()
    hash_matches = now.sha256 == document.article.sha256
    placed, misplaced, summary = place_annotations(document.text, now.annotations, file.path, hash_matches)
    file.misplaced = tuple(misplaced)
    before = change.before
    base: tuple[Annotation, ...] = before.annotations if before is not None else ()
    # No file before: its language was none, so a language named here since is not
    # overwritten by the one the new file names unless that is a stronger choice.
    base_language = (before.language, before.language_source) if before is not None else NO_FILE_LANGUAGE
    changes, conflicts = document.merge(base, placed, (base_language, (now.language, now.language_source)),
                                        summary.statuses)
    _keep_losers(file, conflicts)
    reanchored = any(s != EXACT for s in summary.statuses.values()) or not hash_matches
    file.saved_revision = document.revision if clean and not conflicts and not reanchored else -1
    return changes


def follow_article(document: ArticleDocument, file: SidecarFile) -> Changes:
    """The article's file changed on disk: read it again and, if its text changed,
    re-anchor the claims to the new text. Raises ArticleError if it cannot be read."""
    article = load_article(document.article.path, document.article.title)
    if article.sha256 == document.article.sha256:
        return Changes()
    placed, _misplaced, summary = place_annotations(article.text, document.ordered(), file.path, False)
    changes = document.replace_article(article, placed, summary)
    if article.damaged_at is not None and file.read_only_error is None:
        file.read_only_error = _decoding_fault(article, None, False)
        document.read_only = True
    return changes


def _keep_losers(file: SidecarFile, conflicts: tuple[Conflict, ...]) -> None:
    """Versions that lost a conflict while only in memory go to the history at once."""
    entries = [HistoryEntry(CONFLICT, file.kind_name, encode_annotation(c.lost)) for c in conflicts if c.lost]
    if entries and file.read_only_error is None:
        file.keep(entries)
