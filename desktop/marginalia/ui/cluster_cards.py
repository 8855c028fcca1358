"""What a card shows of its claim's cluster: the label and the other members, kept in step with the clusters.

A notes panel's cards ask `by_claim` (claim id → CardCluster) for the claims in
clusters; the dict is the panel's delegate's and model's too, changed in place, so a
card's lookup is one dict access whatever else changes. Each CardCluster is a new
value only when what its card shows changed: cards cache their heights and pictures
by the identity of what they drew, so an unchanged cluster costs no measuring.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from marginalia.core.language import describe_language


@dataclass(frozen=True, slots=True)
class CardMember:
    """Another claim of the cluster, as the card lists it."""

    claim_id: str
    article: str  # relative to the corpus
    title: str
    language: str  # BCP 47 tag
    quote: str

    @property
    def language_name(self) -> str:
        return describe_language(self.language).english_name if self.language else ""


@dataclass(frozen=True, slots=True)
class CardCluster:
    """A claim's cluster on its card: label, note, the other members, how many articles."""

    cluster_id: str
    label: str
    note: str
    others: tuple[CardMember, ...]
    articles: int


class ClusterCards:
    """Keeps `by_claim` for the claims of the document a notes panel shows."""

    def __init__(self, notes, title_of: Callable[[str], str]) -> None:
        self.notes = notes
        self.title_of = title_of  # relative article name → the title the library shows
        self.by_claim: dict[str, CardCluster] = {}
        notes.delegate.clusters = self.by_claim
        notes.source_model.clusters = self.by_claim

    def refresh(self, session) -> None:
        """Bring the cards' clusters up to date with the session's clusters and open
        documents; the cards whose cluster changed are measured and drawn again."""
        document = self.notes.source_model.document
        fresh: dict[str, CardCluster] = {}
        if document is not None and session is not None and _has_clusters(session.corpus) \
                and len(session.clusters):
            fresh = self._cards_of(session, document)
        changed = [claim_id for claim_id in self.by_claim.keys() | fresh.keys()
                   if self.by_claim.get(claim_id) != fresh.get(claim_id)]
        for claim_id in changed:
            if claim_id in fresh:
                self.by_claim[claim_id] = fresh[claim_id]
            else:
                del self.by_claim[claim_id]
        if changed:
            self.notes.source_model.claims_changed(changed)

    def _cards_of(self, session, document) -> dict[str, CardCluster]:
        corpus = session.corpus
        own = corpus.relative_name(document.article.path)
        open_documents = {corpus.relative_name(d.article.path): d for d in session.open_documents()}
        cards: dict[str, CardCluster] = {}
        for cluster in session.clusters:
            mine = [m.claim_id for m in cluster.members if m.claim_id in document]
            if not mine:
                continue
            members = [self._member(m, open_documents) for m in cluster.members]
            members.sort(key=lambda m: (m.article != own, m.title.casefold(), m.article, m.claim_id))
            articles = len({m.article for m in members})
            for claim_id in mine:
                others = tuple(m for m in members if m.claim_id != claim_id)
                cards[claim_id] = CardCluster(cluster.id, cluster.label, cluster.note, others, articles)
        return cards

    def _member(self, member, open_documents) -> CardMember:
        """The member as the card shows it: from its open document when it is open
        there (quote as it is now, unsaved edits included), else its snapshot."""
        article, language, quote = member.article, member.language, member.quote
        for name, document in open_documents.items():
            if member.claim_id in document:
                article, language = name, document.language or language
                quote = document.get(member.claim_id).quote.exact
                break
        return CardMember(member.claim_id, article, self.title_of(article) or Path(article).name, language,
                          " ".join(quote.split()))


def _has_clusters(corpus) -> bool:
    """Whether the corpus may have clusters: its store is in use, or its file is there.
    A corpus that never had any is not read for them (nor the clusters' code loaded)."""
    return corpus.cluster_store_if_loaded is not None or corpus.clusters_path.exists()
