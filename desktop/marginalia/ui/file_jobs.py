"""The jobs the session runs on its files' thread, and what each brings back to the UI thread."""

from __future__ import annotations

from dataclasses import dataclass

from marginalia.core.annotation import Annotation
from marginalia.core.document import ArticleDocument
from marginalia.core.errors import InputError, MarginaliaError
from marginalia.core.storage.owned_file import Refreshed, Written
from marginalia.core.storage.sidecar_file import SidecarFile, SidecarSnapshot


@dataclass(frozen=True, slots=True)
class FileOutcome:
    """What a job on the files' thread came back with, for the UI thread to take in."""

    document: ArticleDocument
    snapshot: SidecarSnapshot | None = None  # a save
    written: Written | None = None
    refreshed: Refreshed | None = None  # a look at the disk
    looked: bool = False
    error: MarginaliaError | None = None


def prepare_job(document: ArticleDocument, file: SidecarFile, claims: list[Annotation]) -> FileOutcome:
    """Encode a document's claims ahead of its first save, on the files' thread."""
    file.prepare(claims)
    return FileOutcome(document)


def write_job(document: ArticleDocument, file: SidecarFile, snapshot: SidecarSnapshot) -> FileOutcome:
    """A save, on the files' thread."""
    try:
        return FileOutcome(document, snapshot, file.save(snapshot))
    except MarginaliaError as exc:
        return FileOutcome(document, snapshot, error=exc)


def look_job(document: ArticleDocument, file: SidecarFile) -> FileOutcome:
    """A look at the sidecar on disk, on the files' thread."""
    try:
        return FileOutcome(document, refreshed=file.refresh(), looked=True)
    except InputError as exc:
        return FileOutcome(document, looked=True, error=exc)


@dataclass(frozen=True, slots=True)
class CopiesFound:
    """A look for a sync folder's conflict copies in `folders`: how many there are."""

    folders: tuple
    count: int


def copies_job(root, folders: tuple) -> CopiesFound:
    """List `folders` for conflict copies, on the files' thread (a folder of thousands of
    files takes a while to list; merging the rare copy is the UI thread's, whose owners
    hold the corpus's files)."""
    from marginalia.core.teamwork.conflict_copies import find_conflict_copies

    return CopiesFound(folders, len(find_conflict_copies(root, folders)))
