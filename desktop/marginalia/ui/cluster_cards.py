"""What a card shows of its claim's cluster: the label and the other members, made when a card first asks.

A notes panel's delegate and model ask `get(claim id)` for the CardCluster of a card
(None for a claim in no cluster). It is made on that first ask and kept: an article of
ten thousand claims in two thousand clusters is opened without making any, and its
cards' infos are made as the cards are measured (those in view first, the others while
the window is idle). A change of the clusters forgets only the claims it names
(ClusterChanges.claims) and has their cards measured and drawn again: cards cache
their heights and pictures by the identity of what they drew.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from marginalia.ui.language_names import language_name


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
        return language_name(self.language) if self.language else ""


@dataclass(frozen=True, slots=True)
class CardCluster:
    """A claim's cluster on its card: label, note, the other members, how many articles."""

    cluster_id: str
    label: str
    note: str
    others: tuple[CardMember, ...]
    articles: int


class ClusterCards:
    """The cluster infos of the cards of one notes panel (given to its delegate and model)."""

    def __init__(self, notes, title_of: Callable[[str], str]) -> None:
        self.notes = notes
        self.title_of = title_of  # relative article name → the title the library shows
        self._session = None
        self._active = False  # the corpus has clusters (or a clusters file) at all
        self._made: dict[str, CardCluster | None] = {}
        self._titles: dict[str, str] = {}
        self._names: dict[Path, str] = {}  # an open article's path → its name in the corpus (asked once)
        notes.delegate.clusters = self
        notes.source_model.clusters = self

    def get(self, claim_id: str, default=None) -> CardCluster | None:
        """The card info of `claim_id`'s cluster, made on the first ask; None for none."""
        if not self._active:
            return default
        made = self._made.get(claim_id, self)
        if made is self:
            made = self._made[claim_id] = self._card_of(claim_id)
        return made if made is not None else default

    def show(self, session, document) -> None:
        """Another document is about to be shown: what was made for the last one is
        forgotten (its cards are measured afresh anyway)."""
        self._session = session
        self._made.clear()
        self._titles.clear()
        self._names.clear()
        self._active = document is not None and session is not None and _has_clusters(session.corpus)

    def refresh(self, session, changes=None) -> None:
        """The clusters changed: the cards of the claims `changes` names (all, without
        `changes`) are made again when next asked, and measured and drawn again now."""
        self._session = session
        document = self.notes.source_model.document
        was_active = self._active
        self._active = document is not None and session is not None and _has_clusters(session.corpus)
        if changes is None or not was_active:
            self._made.clear()
            self._titles.clear()
            if document is not None and len(document):
                self.notes.source_model.claims_changed(document.ordered_ids())
            return
        for claim_id in changes.claims:
            self._made.pop(claim_id, None)
        self.notes.source_model.claims_changed(changes.claims)

    def _card_of(self, claim_id: str) -> CardCluster | None:
        session = self._session
        cluster = session.clusters.cluster_of(claim_id)
        if cluster is None:
            return None
        document = self.notes.source_model.document
        own = self._name(document) if document is not None else ""
        open_documents = session.open_documents()
        members = [self._member(m, open_documents) for m in cluster.members]
        members.sort(key=lambda m: (m.article != own, m.title.casefold(), m.article, m.claim_id))
        others = tuple(m for m in members if m.claim_id != claim_id)
        return CardCluster(cluster.id, cluster.label, cluster.note, others, len({m.article for m in members}))

    def _name(self, document) -> str:
        path = document.article.path
        name = self._names.get(path)
        if name is None:
            name = self._names[path] = self._session.corpus.relative_name(path)
        return name

    def _member(self, member, open_documents) -> CardMember:
        """The member as the card shows it: from its open document when it is open
        there (quote as it is now, unsaved edits included), else its snapshot."""
        article, language, quote = member.article, member.language, member.quote
        for document in open_documents:
            if member.claim_id in document:
                article, language = self._name(document), document.language or language
                quote = document.get(member.claim_id).quote.exact
                break
        title = self._titles.get(article)
        if title is None:
            title = self._titles[article] = self.title_of(article) or Path(article).name
        return CardMember(member.claim_id, article, title, language, quote)


def _has_clusters(corpus) -> bool:
    """Whether the corpus may have clusters: its store is in use, or its file is there.
    A corpus that never had any is not read for them (nor the clusters' code loaded)."""
    return corpus.cluster_store_if_loaded is not None or corpus.clusters_path.exists()
