"""One entry point for every file a user may bring: sniff what it is, then read and import it."""

from __future__ import annotations

from pathlib import Path

from marginalia.core.error_codes import ErrorCode
from marginalia.core.importer.merge import ImportReport, Progress, Skipped, import_items
from marginalia.core.importer.reader import ImportFileError, load_import_json, read_import_file, read_w3c
from marginalia.core.errors import facts_beyond_place
from marginalia.core.importer import sniff as kinds

# For file dialogs: (label, patterns), one entry per kind of file; a dialog offers
# their union first.
IMPORT_FILE_FILTERS: list[tuple[str, tuple[str, ...]]] = [
    ("W3C Web Annotations or Hypothesis export", ("*.jsonld", "*.json")),
    ("REFI-QDA project", ("*.qdpx", "*.qde")),
    ("REFI-QDA codebook", ("*.qdc",)),
    ("Codebook CSV (Taguette)", ("*.csv",)),
    ("Articles", ("*.html", "*.htm", "*.pdf", "*.docx", "*.epub", "*.txt", "*.md")),
]


def _read(path: Path) -> bytes:
    data = read_import_file(path)  # a folder, a FIFO or a device would block or mislead a read
    if data is None:
        raise ImportFileError(path, ErrorCode.NO_SUCH_FILE)
    return data


def import_file(corpus, path: Path, *, progress: Progress | None = None, reviewer: str = "") -> ImportReport:
    """Import whatever `path` holds into `corpus`: W3C Web Annotations, a Hypothesis
    export, a REFI-QDA project or codebook, a codebook CSV or Marginalia codebook
    (topics), or an article file (copied into the corpus). Claims the file names no
    author for get `reviewer`. Raises ImportFileError (UnsupportedFileError for files
    recognised but not importable) naming the file."""
    path = Path(path)
    data = _read(path)
    found = kinds.sniff(data, path)
    if found.format == kinds.UNSUPPORTED:
        raise kinds.UnsupportedFileError(path, found.kind, found.hint)
    if found.format == kinds.W3C:
        links: list = []
        try:
            items, rejected = read_w3c(data, path, links)
        except ImportFileError as exc:
            if exc.code == ErrorCode.NOT_WEB_ANNOTATIONS:
                raise kinds.UnsupportedFileError(path, "JSON that is neither W3C Web Annotations nor a "
                                                       "Hypothesis export") from exc
            raise
        return import_items(corpus, items, rejected, progress=progress, links=links, reviewer=reviewer)
    if found.format == kinds.HYPOTHESIS:
        from marginalia.core.importer.hypothesis import read_hypothesis

        items, rejected = read_hypothesis(load_import_json(data, path))
        return import_items(corpus, items, rejected, progress=progress, reviewer=reviewer)
    if found.format in (kinds.QDPX, kinds.QDE):
        from marginalia.core.importer.refi_import import import_refi_project

        return import_refi_project(corpus, data, path, progress=progress, reviewer=reviewer)
    if found.format == kinds.QDC:
        from marginalia.core.importer.refi_import import import_refi_codebook

        return import_refi_codebook(corpus, data, path)
    if found.format in (kinds.CODEBOOK_CSV, kinds.MARGINALIA_CODEBOOK):
        return _import_topics(corpus, data, path, found.format)
    return _import_article(corpus, path, progress)


def _import_topics(corpus, data: bytes, path: Path, format_name: str) -> ImportReport:
    from marginalia.core.importer.refi_import import add_topics
    from marginalia.core.importer.refi_qda import Code

    if format_name == kinds.CODEBOOK_CSV:
        from marginalia.core.importer.codebook_csv import read_codebook_csv

        codes, dropped = read_codebook_csv(data, path)
    else:
        from marginalia.core.errors import InputError
        from marginalia.core.storage.codebook_file import decode_codebook

        try:
            codebook = decode_codebook(data, path)
        except InputError as exc:  # not JSON, or not what a codebook says: where and why
            raise ImportFileError.of(path, exc) from exc
        codes, dropped = [Code(t.id, t.name, t.color, True) for t in codebook], []
    report = add_topics(corpus, codes)
    report.dropped.extend(dropped)
    return report


def _import_article(corpus, path: Path, progress: Progress | None) -> ImportReport:
    from marginalia.core.importer.articles import add_articles

    added = add_articles(corpus, [path], progress=progress)
    report = ImportReport(articles_added=list(added.added))
    report.skipped.extend(Skipped(str(p.name), why, fault=False) for p, why in added.skipped)
    for refused_path, why in added.refused:
        raise ImportFileError(refused_path, why.code, **facts_beyond_place(why))
    report.notes.extend((str(path.name), f"metadata not recorded: {problem}") for problem in added.problems)
    return report
