"""Finding which article of a corpus an imported annotation's target is about."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from marginalia.core.anchoring import AnchorStatus, anchor_quote
from marginalia.core.article import Article, load_article
from marginalia.core.errors import ArticleError
from marginalia.core.export.ids import sha256_from_iri
from marginalia.core.importer.reader import Incoming

# Statuses from best to worst, to rank the same quote found in several articles.
_RANK = {AnchorStatus.EXACT: 0, AnchorStatus.MOVED: 1, AnchorStatus.FUZZY: 2, AnchorStatus.ORPHANED: 3}


@dataclass(frozen=True, slots=True)
class Match:
    article: Article | None
    how: str  # "source", "existing id", "quote"; or why nothing matched


def _path_of(source: str) -> str:
    """The path part of a source IRI, or the source itself when it is a bare name."""
    parts = urlsplit(source)
    if parts.scheme and len(parts.scheme) > 1:  # "C:\..." is a Windows path, not a scheme
        return unquote(parts.path)
    return source.replace("\\", "/")


def _url_key(url: str) -> str:
    """An address as pages differ in writing it: no scheme, "www.", fragment or final slash."""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}" + (f"?{parts.query}" if parts.query else "")


class ArticleIndex:
    """The corpus's articles, read once, looked up by text hash, by name or by quote."""

    def __init__(self, corpus) -> None:
        self.corpus = corpus
        self.articles: list[Article] = []
        self.names: dict[Path, str] = {}  # article path → name relative to the corpus
        self.problems: list[ArticleError] = []
        for path in corpus.article_paths():
            try:
                article = load_article(path, corpus.title_for(path))
            except ArticleError as exc:
                self.problems.append(exc)
                continue
            self.articles.append(article)
            self.names[article.path] = corpus.relative_name(path)
        self.by_path = {a.path: a for a in self.articles}
        # Web addresses and titles, as the metadata (the manifest's or the file's) gives them.
        self.urls: dict[str, list[Article]] = {}
        self.titles: dict[str, list[Article]] = {}
        for article in self.articles:
            metadata = corpus.metadata_for(article)
            if metadata.url:
                self.urls.setdefault(_url_key(metadata.url), []).append(article)
            for title in {article.title, metadata.title} - {""}:
                self.titles.setdefault(title.casefold().strip(), []).append(article)

    def by_source(self, source: str) -> list[Article]:
        sha = sha256_from_iri(source)
        if sha is not None:
            return [a for a in self.articles if a.sha256 == sha]
        wanted = PurePosixPath(_path_of(source).strip())
        if not wanted.name:
            return []
        # The longest tail wins: "sub/a.txt" beats every other "a.txt", so an
        # absolute file: URI from another machine still finds its article.
        for tail in range(len(wanted.parts), 0, -1):
            key = "/".join(wanted.parts[-tail:])
            found = [a for a in self.articles if self.names[a.path] == key]
            if found:
                return found
        return []

    def by_quote(self, item: Incoming) -> list[tuple[tuple[int, float], Article]]:
        """Articles containing the quote verbatim, best placed first."""
        if item.quote is None or not item.quote.exact.strip():
            return []
        ranked = []
        for article in self.articles:
            if item.quote.exact in article.text:
                anchor = anchor_quote(article.text, item.quote, item.position, foreign=True)
                ranked.append(((_RANK[anchor.status], -anchor.score), article))
        ranked.sort(key=lambda pair: pair[0])
        return ranked

    def match(self, item: Incoming) -> Match:
        for source in item.sources:
            found = self.by_source(source)
            if found:
                # Several only when two files hold the same text: the quote cannot
                # tell them apart either, so the first in corpus order is as good.
                return Match(found[0], "source")
        for url in item.urls:
            found = self.urls.get(_url_key(url), [])
            if len(found) == 1:
                return Match(found[0], "address")
        for title in item.titles:
            found = self.titles.get(title.casefold().strip(), [])
            if len(found) == 1:
                return Match(found[0], "title")
        ranked = self.by_quote(item)
        if not ranked:
            named = ", ".join(item.sources or item.urls or item.titles) or "no source"
            reason = ("quote not found in any article" if item.quote
                      else "only a position, and its source is unknown")
            return Match(None, f"{reason} ({named})")
        if len(ranked) > 1 and ranked[0][0] == ranked[1][0]:
            return Match(None, f"quote found equally well in {len(ranked)} articles")
        return Match(ranked[0][1], "quote")
