"""Searching the claims of a whole corpus by their words: what "Link to…" offers as the user types.

Each article's claims are prepared once (their quote and note folded into words,
accents and case ignored, see core.suggest.fold) and kept by article; a search looks
up the words that begin with the rarest term in a sorted list of every word, then
checks the other terms against each candidate's prepared text. A keystroke therefore
costs the candidates of one term, never a pass over every sidecar. Articles are
prepared off the window's thread (`prepare_article`, `read_prepared`) and put in the
catalog on it; a cluster's label is looked up at search time, since labels change
without any claim changing.

A term matches the start of a word (as a search box is expected to): "micro" finds
"Microsoft", "ty" finds "tỷ". Every term must match somewhere: the claim's quote or
note, its cluster's label, or its article's title, file name or language (its tag, its
English name or its own name).
"""

from __future__ import annotations

import heapq
import os
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from marginalia.core.annotation import Annotation
from marginalia.core.clusters.model import EMPTY_CLUSTERS, ClusterSet
from marginalia.core.suggest.fold import fold

DEFAULT_LIMIT = 200  # more hits than anyone reads in a picker; the count says how many there were
MOST_COUNTED = 2000  # matches counted before a search stops: past this, more words are the way


@dataclass(frozen=True, slots=True)
class CatalogClaim:
    """One claim as the catalog shows it: where it is and what it says."""

    article: str  # relative to the corpus, "/" separators
    title: str
    language: str  # the article's BCP 47 tag ("" when unknown)
    claim_id: str
    start: int
    quote: str
    note: str
    topics: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """An article's claims ready for the catalog: made on any thread, put in on one.
    `stamp` is its sidecar's (size, mtime) when read from disk, None when taken from
    a document open in memory."""

    article: str
    title: str
    language: str
    claims: tuple[CatalogClaim, ...]
    words: tuple[str, ...]  # per claim: " " + its folded words, each preceded by a space
    about: str  # " " + the folded title, file name and language names
    sorted_words: tuple[str, ...]  # every word of its claims, once, sorted
    rows_of: dict[str, tuple[int, ...]]  # word → the claims (rows) holding it
    stamp: tuple[int, int] | None = None
    order: str = ""  # how it sorts among articles (its title, case folded)


def _spaced(text: str) -> str:
    return " " + fold(text) if text else ""


def prepare_article(article: str, title: str, language: str, claims: Iterable[Annotation],
                    stamp: tuple[int, int] | None = None) -> PreparedArticle:
    """`claims` of the article named `article` (relative to the corpus) prepared for
    searching: the slow part of putting an article in, done on the caller's thread."""
    from marginalia.core.language import describe_language

    info = describe_language(language)
    about = _spaced(" ".join((title, article.replace("/", " "), language, info.english_name, info.autonym)))
    entries, words = [], []
    rows_of: dict[str, list[int]] = {}
    for row, claim in enumerate(sorted(claims, key=Annotation.sort_key)):
        entries.append(CatalogClaim(article, title, language, claim.id, claim.start, claim.quote.exact, claim.note,
                                    claim.topics))
        spaced = _spaced(claim.quote.exact) + _spaced(claim.note)
        words.append(spaced)
        for word in set(spaced.split()):
            rows_of.setdefault(word, []).append(row)
    return PreparedArticle(article, title, language, tuple(entries), tuple(words), about, tuple(sorted(rows_of)),
                           {word: tuple(rows) for word, rows in rows_of.items()}, stamp, title.casefold())


@dataclass(frozen=True, slots=True)
class SearchResult:
    """The claims found (best first, at most the limit asked), how many matched, and
    whether more would have (the search stops at `MOST_COUNTED`: type more words)."""

    claims: tuple[CatalogClaim, ...]
    total: int
    more: bool = False


class ClaimCatalog:
    """The prepared claims of a corpus's articles, searchable by words. Not thread-safe:
    one thread puts and searches; others only prepare. Each article keeps its own sorted
    words, so putting one in or taking it out costs nothing like re-indexing the others:
    a search looks a term up in each article's list (a binary search apiece), articles in
    title order, and stops once MOST_COUNTED claims match (a word as common as "the"
    would otherwise list a corpus)."""

    def __init__(self) -> None:
        self._articles: dict[str, PreparedArticle] = {}
        self._where: dict[str, tuple[str, int]] = {}  # claim id → (article, row)
        self._order: list[str] | None = []  # the articles by title; None until needed again

    def __len__(self) -> int:
        return len(self._where)

    def __contains__(self, article: str) -> bool:
        return article in self._articles

    def stamp(self, article: str) -> tuple[int, int] | None:
        prepared = self._articles.get(article)
        return prepared.stamp if prepared is not None else None

    def articles(self) -> list[str]:
        return list(self._articles)

    def put(self, prepared: PreparedArticle) -> None:
        """Put an article's claims in, replacing what the catalog held for it."""
        self.remove(prepared.article)
        self._articles[prepared.article] = prepared
        for row, claim in enumerate(prepared.claims):
            self._where[claim.claim_id] = (prepared.article, row)
        self._order = None

    def remove(self, article: str) -> None:
        prepared = self._articles.pop(article, None)
        if prepared is None:
            return
        for row, claim in enumerate(prepared.claims):
            if self._where.get(claim.claim_id) == (article, row):
                del self._where[claim.claim_id]
        self._order = None

    def search(self, query: str, clusters: ClusterSet = EMPTY_CLUSTERS, *, exclude: Iterable[str] = (),
               limit: int = DEFAULT_LIMIT) -> SearchResult:
        """The claims every term of `query` matches (see the module docstring), but those
        in `exclude` (claim ids); an empty query matches every claim. Best first: more
        terms found in the claim's own words or label, then by article and place."""
        terms = fold(query).split()
        excluded = set(exclude)
        labels = {c.id: _spaced(c.label) for c in clusters} if len(clusters) else {}
        needles = [" " + term for term in terms]
        hits: list[tuple[int, str, int, str, str, CatalogClaim]] = []
        more = False
        for article, rows in self._candidates(terms, clusters, labels):
            prepared = self._articles[article]
            own_words, about = prepared.words, prepared.about
            for row in rows:
                claim = prepared.claims[row]
                if claim.claim_id in excluded:
                    continue
                cluster_id = clusters.cluster_id_of(claim.claim_id) if labels else None
                label = labels[cluster_id] if cluster_id is not None else ""
                own, found_in_own = own_words[row], 0
                for needle in needles:
                    if needle in own or (label and needle in label):
                        found_in_own += 1
                    elif needle not in about:
                        break
                else:
                    hits.append((-found_in_own, prepared.order, claim.start, article, claim.claim_id, claim))
            if len(hits) >= MOST_COUNTED:
                more = True
                break
        best = heapq.nsmallest(limit, hits, key=lambda h: h[:5])
        return SearchResult(tuple(h[5] for h in best), len(hits), more)

    def _candidates(self, terms: list[str], clusters: ClusterSet, labels: dict[str, str]):
        """(article, its rows) that the seed term (the longest: likely the rarest) may
        match, article by article in title order; every claim when there is no term."""
        by_label: dict[str, set[int]] = {}
        if terms:
            seed = max(terms, key=len)
            needle, after = " " + seed, seed + "\U0010ffff"
            for cluster_id, label in labels.items():
                if needle in label:
                    for claim_id in clusters.get(cluster_id).claim_ids:
                        if claim_id in self._where:
                            article, row = self._where[claim_id]
                            by_label.setdefault(article, set()).add(row)
        for article in self._ordered():
            prepared = self._articles[article]
            if not terms or needle in prepared.about:  # the article itself matches: every claim of it may
                yield article, range(len(prepared.claims))
                continue
            words = prepared.sorted_words
            first = bisect_left(words, seed)
            last = bisect_left(words, after, first)
            rows = set(by_label.get(article, ()))
            for word in words[first:last]:
                rows.update(prepared.rows_of[word])
            if rows:
                yield article, sorted(rows)

    def _ordered(self) -> list[str]:
        if self._order is None:
            self._order = sorted(self._articles, key=lambda a: (self._articles[a].order, a))
        return self._order


def read_prepared(root: Path, articles: Iterable[tuple[str, str, str]], known: dict[str, tuple[int, int] | None],
                  ) -> tuple[list[PreparedArticle], list[str], dict[str, Exception]]:
    """Prepare, from their sidecars, the articles of `articles` ((name relative to `root`,
    title, language) each) whose sidecar's stamp differs from `known[name]`. Returns the
    prepared articles, the names whose sidecar is gone (nothing to search: no claims),
    and the sidecars that could not be read (by name), each left as the catalog had it."""
    from marginalia.core.entry_cache import stamp
    from marginalia.core.errors import InputError
    from marginalia.core.storage.formats import sidecar_path
    from marginalia.core.storage.sidecar_file import read_sidecar

    prepared, empty, problems = [], [], {}
    for name, title, language in articles:
        path = sidecar_path(Path(root) / name)
        seen = stamp(os.fspath(path))
        seen = tuple(seen) if seen is not None else None
        if seen is None:
            empty.append(name)
            continue
        if name in known and known[name] == seen:
            continue
        try:
            data = read_sidecar(path)
        except InputError as exc:
            problems[name] = exc
            continue
        claims = data.annotations if data is not None else ()
        prepared.append(prepare_article(name, title, language or (data.language if data else ""), claims, seen))
    return prepared, empty, problems
