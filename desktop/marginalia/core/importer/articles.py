"""Adding article files to a corpus: a copy in the folder, with the metadata the file carries."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from marginalia.core.error_codes import ErrorCode, SkipCode
from marginalia.core.article import ARTICLE_SUFFIXES, load_article
from marginalia.core.errors import ArticleError, MarginaliaError, os_facts, read_error_code
from marginalia.core.metadata import update_manifest


@dataclass(slots=True)
class AddReport:
    """What adding files did: names written into the corpus, and what was not added with why."""

    added: list[str] = field(default_factory=list)  # names relative to the corpus
    skipped: list[tuple[Path, SkipCode]] = field(default_factory=list)  # nothing wrong (already there)
    refused: list[tuple[Path, MarginaliaError | str]] = field(default_factory=list)  # cannot be an article
    problems: list[MarginaliaError] = field(default_factory=list)  # added, but its metadata was not recorded


def add_articles(corpus, paths: Iterable[Path], *, progress: Callable[[int, int, str], None] | None = None
                 ) -> AddReport:
    """Copy each file into `corpus`'s folder (a free name if taken by another file, never
    over it) once it has been read as an article, and record its metadata in the
    manifest. A file whose copy is already there is skipped; one that is no article (or
    a scan without text) is refused with the reason, and nothing of it is written."""
    from marginalia.core.storage.atomic import write_new_file

    paths = list(paths)
    report = AddReport()
    for done, path in enumerate(paths):
        path = Path(path)
        if progress is not None:
            progress(done, len(paths), path.name)
        if path.suffix.lower() not in ARTICLE_SUFFIXES:
            report.refused.append((path, f"{path.suffix or 'no suffix'}: not an article format"))
            continue
        if not path.is_file():  # a FIFO or a device would block the read
            report.refused.append((path, ArticleError(path, ErrorCode.NOT_A_REGULAR_FILE)))
            continue
        try:
            data = path.read_bytes()
            article = load_article(path)  # refuses what has no text before anything is written
        except OSError as exc:
            report.refused.append((path, ArticleError(path, read_error_code(exc), **os_facts(exc))))
            continue
        except ArticleError as exc:
            report.refused.append((path, exc))
            continue
        try:
            inside = path.resolve().relative_to(corpus.root)
        except ValueError:
            inside = None
        existing = corpus.root / path.name
        if inside is not None or (existing.is_file() and existing.read_bytes() == data):
            report.skipped.append((path, SkipCode.ALREADY_IN_CORPUS))
            continue
        name = write_new_file(corpus.root, path.name, data)
        report.added.append(name)
        if article.metadata:
            try:
                update_manifest(corpus.root, name, article.metadata)
            except MarginaliaError as exc:
                report.problems.append(exc)
    if progress is not None:
        progress(len(paths), len(paths), "")
    if report.added:
        from marginalia.core.storage.manifest_file import read_manifest

        corpus.manifest = read_manifest(corpus.root)
    return report
