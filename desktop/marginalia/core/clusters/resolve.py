"""Finding each member's claim in the corpus: the one lookup the window, the exports and `check` share.

A member is looked for, in order:
1. among the claims the caller holds in memory (`known`: the window's open documents,
   unsaved claims included, or an export's articles) — by claim id, wherever it is;
2. in the sidecar of the article it was last seen in;
3. through the ClaimIndex (every sidecar, cached by stamp), for an article renamed.

Its state then says what can be shown: FOUND (in its article), MOVED (found in another
article: renamed or moved; its snapshot may be refreshed), UNREADABLE (not found,
and a sidecar that may hold it cannot be read: the snapshot is shown, nothing is
changed), GONE (no readable sidecar holds it: the claim was deleted). A gone member
stays in its cluster, shown as gone, until the user takes it out: undoing the
deletion, or importing the claim again, brings it back where it was.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path

from marginalia.core.annotation import Annotation
from marginalia.core.clusters.claim_index import ClaimIndex
from marginalia.core.clusters.model import Cluster, Member
from marginalia.core.errors import InputError, MarginaliaError
from marginalia.core.listing import inside
from marginalia.core.storage.formats import sidecar_path

FOUND, MOVED, UNREADABLE, GONE = "found", "moved", "unreadable", "gone"


@dataclass(frozen=True, slots=True)
class Located:
    """Where a claim is now: its article (relative to the corpus, "/" separators), the
    article's language, and the claim itself."""

    article: str
    language: str
    claim: Annotation


@dataclass(frozen=True, slots=True)
class ResolvedMember:
    """A member and what was found of it. `article`, `language` and `quote` are the
    claim's as found, else the snapshot's; `problem` is why it could not be looked for
    (an unreadable sidecar), if that is why it was not found."""

    member: Member
    state: str
    article: str
    language: str
    quote: str
    claim: Annotation | None = None
    problem: MarginaliaError | None = None

    @property
    def claim_id(self) -> str:
        return self.member.claim_id

    @property
    def found(self) -> bool:
        return self.state in (FOUND, MOVED)


@dataclass(frozen=True, slots=True)
class ResolvedCluster:
    """A cluster with its members resolved, ordered by article then place in it."""

    cluster: Cluster
    members: tuple[ResolvedMember, ...]

    @property
    def id(self) -> str:
        return self.cluster.id

    def missing(self) -> tuple[ResolvedMember, ...]:
        """The members whose claim was not found (unreadable or gone)."""
        return tuple(m for m in self.members if not m.found)


def known_claims(documents: Iterable, relative_name) -> dict[str, Located]:
    """The claims of `documents` (ArticleDocuments: open in the window, saved or not) by
    id; `relative_name(path)` names an article relative to the corpus."""
    known: dict[str, Located] = {}
    for document in documents:
        name = relative_name(document.article.path)
        for claim in document.claims():
            known[claim.id] = Located(name, document.language, claim)
    return known


def resolve_clusters(root: Path, clusters: Iterable[Cluster], known: Mapping[str, Located] | None = None,
                     index: ClaimIndex | None = None) -> tuple[ResolvedCluster, ...]:
    """Each of `clusters` with its members found in the corpus at `root` (see the module
    docstring). `index` is asked only for members not found otherwise (made when first
    needed if not given, and brought up to date once). Reads each sidecar at most once."""
    lookup = _Lookup(Path(root), known or {}, index)
    out = []
    for cluster in clusters:
        members = [lookup.resolve(m) for m in cluster.members]
        members.sort(key=lambda r: (r.article.casefold(), r.article,
                                    r.claim.start if r.claim is not None else -1, r.claim_id))
        out.append(ResolvedCluster(cluster, tuple(members)))
    return tuple(out)


class _Lookup:
    """One resolution's reads: each sidecar read once, the index made once."""

    def __init__(self, root: Path, known: Mapping[str, Located], index: ClaimIndex | None) -> None:
        self.root, self.known, self.index = root.resolve(), known, index
        self._looked = False  # the index looks at the sidecars once per resolution, when first asked
        self._sidecars: dict[str, dict[str, Located] | MarginaliaError] = {}

    def resolve(self, member: Member) -> ResolvedMember:
        located = self.known.get(member.claim_id)
        if located is not None:
            return _found(member, located)
        here = self._claims_of(member.article)
        if isinstance(here, dict) and member.claim_id in here:
            return _found(member, here[member.claim_id])
        if self.index is None:
            self.index = ClaimIndex(self.root)
        if not self._looked:
            self.index.refresh()
            self._looked = True
        elsewhere = self.index.article_of(member.claim_id)
        if elsewhere is not None and elsewhere != member.article:
            there = self._claims_of(elsewhere)
            if isinstance(there, dict) and member.claim_id in there:
                return _found(member, there[member.claim_id])
        problem = here if isinstance(here, MarginaliaError) else next(iter(self.index.problems), None)
        state = UNREADABLE if problem is not None else GONE
        return ResolvedMember(member, state, member.article, member.language, member.quote, problem=problem)

    def _claims_of(self, article: str) -> dict[str, Located] | MarginaliaError:
        if article not in self._sidecars:
            self._sidecars[article] = self._read(article)
        return self._sidecars[article]

    def _read(self, article: str) -> dict[str, Located] | MarginaliaError:
        from marginalia.core.storage.sidecar_file import read_sidecar

        path = self.root / article
        if not article or not inside(self.root, path):
            return {}  # a hand-edited name, or a link, leading out of the corpus is never followed
        try:
            data = read_sidecar(sidecar_path(path))
        except InputError as exc:
            return exc
        if data is None:
            return {}
        return {a.id: Located(article, data.language, a) for a in data.annotations}


def _found(member: Member, located: Located) -> ResolvedMember:
    state = FOUND if located.article == member.article else MOVED
    return ResolvedMember(member, state, located.article, located.language or member.language,
                          located.claim.quote.exact, located.claim)


def resolve_in_corpus(corpus, clusters: Iterable[Cluster] | None = None,
                      open_documents: Iterable = ()) -> tuple[ResolvedCluster, ...]:
    """resolve_clusters for a core Corpus: its clusters (or those given), the claims of
    `open_documents` as they are in memory, and its claim index."""
    if clusters is None:
        clusters = corpus.cluster_store.clusters
    return resolve_clusters(corpus.root, clusters, known_claims(open_documents, corpus.relative_name),
                            corpus.claim_index)


def refreshed_snapshots(resolved: Iterable[ResolvedCluster]) -> tuple[Cluster, ...]:
    """The clusters whose members were found with another article, language or quote
    than their snapshot says, with the snapshots brought up to date. `modified` stays:
    a refreshed snapshot is no one's edit (a merge lets a deletion stand against it)."""
    from dataclasses import replace

    from marginalia.core.clusters.model import snapshot_quote

    out = []
    for item in resolved:
        members, changed = [], False
        for r in item.members:
            member = r.member
            if r.found:
                fresh = replace(member, article=r.article, language=r.language, quote=snapshot_quote(r.quote))
                changed |= fresh != member
                member = fresh
            members.append(member)
        if changed:
            out.append(item.cluster.with_members(members, item.cluster.modified))
    return tuple(out)
