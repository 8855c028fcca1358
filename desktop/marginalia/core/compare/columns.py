"""An article as a column of the comparison: what its header shows and its claims."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from marginalia.core.annotation import Annotation
from marginalia.core.errors import MarginaliaError
from marginalia.core.storage.documents import file_of


@dataclass(frozen=True, slots=True)
class ArticleColumn:
    """One article: `key` is its name relative to the corpus (unique there), `length`
    its canonical text's length in code points, `claims` in reading order. `problem` is
    set when its claims could not be read: the column then shows none, rather than
    passing for an article with nothing to say."""

    key: str
    path: Path
    title: str
    language: str  # BCP 47 tag; "" or "und" when unknown
    length: int
    claims: tuple[Annotation, ...] = ()
    outlet: str = ""
    published: str = ""  # ISO 8601 date, as the library entry gives it
    problem: MarginaliaError | None = None


def column_of_document(key: str, document, *, title: str | None = None, language: str | None = None,
                       outlet: str = "", published: str = "") -> ArticleColumn:
    """An ArticleDocument (open in a window, saved or not, or just read) as a column."""
    return ArticleColumn(
        key=key, path=document.article.path, title=title or document.article.title,
        language=document.language if language is None else language, length=len(document.text),
        claims=tuple(document.ordered()), outlet=outlet, published=published,
        problem=file_of(document).read_only_error)
