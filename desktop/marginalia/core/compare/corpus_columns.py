"""The comparison's columns read from a corpus: the one place it touches storage."""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from marginalia.core.compare.columns import ArticleColumn, column_of_document
from marginalia.core.errors import ArticleError, MarginaliaError
from marginalia.core.storage.documents import file_of, open_document


@dataclass(frozen=True, slots=True)
class CorpusColumns:
    """Every article as a column, and what could not be read (the column of an article
    whose claims are unreadable is kept, with its problem and no claims)."""

    columns: tuple[ArticleColumn, ...]
    problems: tuple[MarginaliaError, ...]


def _header_fields(entry) -> tuple[str, str]:
    # Outlet and date are read where the library entry has them (newer entries carry
    # article metadata); an entry without them leaves the header's line blank.
    return str(getattr(entry, "outlet", "") or ""), str(getattr(entry, "published", "") or "")


def read_columns(corpus, entries: Sequence | None = None, open_documents: Iterable = ()) -> CorpusColumns:
    """Columns of `corpus` (a core Corpus) in the order of their names: `open_documents`
    as they are in memory, saved or not; the other articles with claims opened from
    their files (claims placed in the current text, as the window would); articles
    without claims from their library `entries` alone (read when not given).
    A column's `length` is only read for articles with claims: the others cover nothing."""
    entries = corpus.entries() if entries is None else entries
    in_memory = {d.article.path: d for d in open_documents}
    columns: list[ArticleColumn] = []
    problems: list[MarginaliaError] = []
    root = os.path.join(os.fspath(corpus.root), "")
    for entry in entries:
        location = os.fspath(entry.path)
        # The name relative to the root by slicing when the entry is under it as listed
        # (Path arithmetic for 5,000 names costs more than reading a sidecar).
        key = location[len(root):].replace(os.sep, "/") if location.startswith(root) else \
            corpus.relative_name(entry.path)
        outlet, published = _header_fields(entry)
        document = in_memory.get(entry.path)
        language = document.language if document is not None else entry.language  # the user may have changed it
        if document is None and entry.error is None and (entry.annotation_count or entry.problems):
            try:  # the entry's title and language are what Corpus.open would look up again
                document, _file = open_document(entry.path, entry.title, entry.language, identify_language=False)
            except ArticleError as exc:  # gone or unreadable since the library listed it
                problems.append(exc)
                columns.append(ArticleColumn(key, entry.path, entry.title, language, 0, problem=exc))
                continue
        if document is None:
            if entry.error is not None:
                problems.append(entry.error)
            columns.append(ArticleColumn(key, entry.path, entry.title, language, 0,
                                         outlet=outlet, published=published, problem=entry.error))
            continue
        file = file_of(document)
        if file.read_only_error is not None:
            problems.append(file.read_only_error)
        problems.extend(bad.error for bad in file.bad_records)
        columns.append(column_of_document(key, document, title=entry.title, language=language,
                                          outlet=outlet, published=published))
    columns.sort(key=lambda c: (c.key.casefold(), c.key))
    return CorpusColumns(tuple(columns), tuple(problems))
