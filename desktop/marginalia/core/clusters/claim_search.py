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

import os
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from marginalia.core.annotation import Annotation
from marginalia.core.clusters.model import EMPTY_CLUSTERS, ClusterSet
from marginalia.core.suggest.fold import fold

DEFAULT_LIMIT = 200  # more hits than anyone reads in a picker; the count says how many there were


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
    stamp: tuple[int, int] | None = None


def _spaced(text: str) -> str:
    return " " + fold(text) if text else ""


def prepare_article(article: str, title: str, language: str, claims: Iterable[Annotation],
                    stamp: tuple[int, int] | None = None) -> PreparedArticle:
    """`claims` of the article named `article` (relative to the corpus) prepared for searching."""
    from marginalia.core.language import describe_language

    info = describe_language(language)
    about = _spaced(" ".join((title, article.replace("/", " "), language, info.english_name, info.autonym)))
    entries, words = [], []
    for claim in sorted(claims, key=Annotation.sort_key):
        entries.append(CatalogClaim(article, title, language, claim.id, claim.start, claim.quote.exact, claim.note,
                                    claim.topics))
        words.append(_spaced(claim.quote.exact) + _spaced(claim.note))
    return PreparedArticle(article, title, language, tuple(entries), tuple(words), about, stamp)


@dataclass(frozen=True, slots=True)
class SearchResult:
    """The claims found (best first, at most the limit asked) and how many matched in all."""

    claims: tuple[CatalogClaim, ...]
    total: int


class ClaimCatalog:
    """The prepared claims of a corpus's articles, searchable by words. Not thread-safe:
    one thread puts and searches; others only prepare."""

    def __init__(self) -> None:
        self._articles: dict[str, PreparedArticle] = {}
        self._postings: dict[str, set[tuple[str, int]]] = {}  # folded word → (article, claim's row)
        self._where: dict[str, tuple[str, int]] = {}  # claim id → (article, row)
        self._sorted: list[str] | None = []  # the words, sorted; None until needed again

    def __len__(self) -> int:
        return sum(len(a.claims) for a in self._articles.values())

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
        key = prepared.article
        for row, words in enumerate(prepared.words):
            self._where[prepared.claims[row].claim_id] = (key, row)
            for word in set(words.split()):
                self._postings.setdefault(word, set()).add((key, row))
        self._sorted = None

    def remove(self, article: str) -> None:
        prepared = self._articles.pop(article, None)
        if prepared is None:
            return
        for row, words in enumerate(prepared.words):
            if self._where.get(prepared.claims[row].claim_id) == (article, row):
                del self._where[prepared.claims[row].claim_id]
            for word in set(words.split()):
                found = self._postings.get(word)
                if found is not None:
                    found.discard((article, row))
                    if not found:
                        del self._postings[word]
        self._sorted = None

    def search(self, query: str, clusters: ClusterSet = EMPTY_CLUSTERS, *, exclude: Iterable[str] = (),
               limit: int = DEFAULT_LIMIT) -> SearchResult:
        """The claims every term of `query` matches (see the module docstring), but those
        in `exclude` (claim ids); an empty query matches every claim. Best first: more
        terms found in the claim's own words or label, then by article and place."""
        terms = fold(query).split()
        excluded = set(exclude)
        labels = {c.id: _spaced(c.label) for c in clusters}
        hits: list[tuple[int, str, int, CatalogClaim]] = []
        for article, row in self._candidates(terms, clusters, labels):
            prepared = self._articles[article]
            claim = prepared.claims[row]
            if claim.claim_id in excluded:
                continue
            cluster_id = clusters.cluster_id_of(claim.claim_id)
            own = prepared.words[row] + (labels[cluster_id] if cluster_id is not None else "")
            found_in_own = 0
            for term in terms:
                needle = " " + term
                if needle in own:
                    found_in_own += 1
                elif needle not in prepared.about:
                    break
            else:
                hits.append((-found_in_own, claim.title.casefold(), claim.start, claim))
        hits.sort(key=lambda h: h[:3] + (h[3].article, h[3].claim_id))
        return SearchResult(tuple(h[3] for h in hits[:limit]), len(hits))

    def _candidates(self, terms: list[str], clusters: ClusterSet, labels: dict[str, str]):
        """(article, row) of the claims the most selective term matches (all when no term)."""
        if not terms:
            return ((a, row) for a, prepared in self._articles.items() for row in range(len(prepared.claims)))
        words = self._words()
        spans = {}
        for term in set(terms):
            first = bisect_left(words, term)
            last = bisect_left(words, term + "\U0010ffff", first)
            spans[term] = (first, last)
        seed = min(spans, key=lambda t: spans[t][1] - spans[t][0])
        found: set[tuple[str, int]] = set()
        first, last = spans[seed]
        for word in words[first:last]:
            found |= self._postings[word]
        needle = " " + seed
        for article, prepared in self._articles.items():
            if needle in prepared.about:  # the article itself matches: every claim of it may
                found.update((article, row) for row in range(len(prepared.claims)))
        labelled = {cluster_id for cluster_id, label in labels.items() if needle in label}
        for cluster_id in labelled:
            found.update(self._where[i] for i in clusters.get(cluster_id).claim_ids if i in self._where)
        return found

    def _words(self) -> list[str]:
        if self._sorted is None:
            self._sorted = sorted(self._postings)
        return self._sorted


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
