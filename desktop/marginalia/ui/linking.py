"""Linking claims across articles in the window: Link to…, leaving and naming clusters, linked claims opened.

Every change is an undo step on the stack of the article in the main reader (see
ui.cluster_commands for why, and for steps that make claims in other articles). The
clusters' core is imported when first used: a start-up that links nothing reads none.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from marginalia.core.annotation import Annotation, new_annotation, utc_now
from marginalia.core.document import ArticleDocument
from marginalia.core.selectors import TextPosition
from marginalia.ui.claim_catalog import CatalogKeeper
from marginalia.ui.error_words import describe
from marginalia.ui.text_offsets import trim_selection
from marginalia.ui.wording import arg
from marginalia.ui.language_names import language_name

if TYPE_CHECKING:  # made when first asked for, so a start-up need not load them
    from marginalia.ui.overlay import QuickPicker, TextPrompt

QUOTE_SHOWN = 140  # characters of a quote in the picker's rows and titles


def short_quote(text: str, most: int = QUOTE_SHOWN) -> str:
    """`text` on one line, cut with an ellipsis past `most` characters."""
    text = " ".join(text.split())
    return text if len(text) <= most else text[:most - 1] + "…"


@dataclass(frozen=True, slots=True)
class Side:
    """One end of a link: a claim of `document`, or a span of it to make a claim of."""

    document: ArticleDocument
    claim: Annotation | None = None
    span: tuple[int, int] | None = None


class Linking(QObject):
    """The window's cluster actions. Owns the claim picker, the text prompt and the
    catalog of the corpus's claims they search."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.keeper = CatalogKeeper(window)
        self._picker: QuickPicker | None = None  # the boxes are made when first asked for
        self._prompt: TextPrompt | None = None
        self.keeper.updated.connect(self._on_keeper_updated)
        a = window.actions
        a.link_to.triggered.connect(lambda: self.link_to(self.chosen_side()))
        a.leave_cluster.triggered.connect(lambda: self.leave(self._chosen_claim()))
        a.rename_cluster.triggered.connect(lambda: self.rename(self._chosen_claim()))
        a.cluster_note.triggered.connect(lambda: self.edit_note(self._chosen_claim()))
        a.next_linked.triggered.connect(self.next_linked)
        window.notes.member_clicked.connect(lambda _claim, member: self.open_member(member.claim_id, member.article))
        window.notes.link_clicked.connect(self._on_notes_link_clicked)

    @property
    def picker(self) -> QuickPicker:
        if self._picker is None:
            from marginalia.ui.overlay import QuickPicker

            self._picker = QuickPicker(self.window, "claim-picker", self.tr("Search claims to link to"),
                                       self.tr("Words of a quote, a note, a cluster, an article or a language…"),
                                       self.tr("Claims to link to"))
        return self._picker

    @property
    def prompt(self) -> TextPrompt:
        if self._prompt is None:
            from marginalia.ui.overlay import TextPrompt

            self._prompt = TextPrompt(self.window)
        return self._prompt

    @property
    def session(self):
        return self.window.session

    def _say(self, text: str) -> None:
        self.window.show_message(text)

    def _clusters_writable(self) -> bool:
        error = self.session.corpus.cluster_store.error if self.session is not None else None
        if error is not None:
            self._say(arg(self.tr("The clusters file cannot be read, so links cannot be changed: %1"), describe(error)))
        return error is None and self.session is not None

    def chosen_side(self) -> Side | None:
        """The claim the user has chosen: in the reader beside when the keyboard is there,
        else in the main reader."""
        window = self.window
        if window.session is None:
            return None
        beside = getattr(window, "beside", None)
        if beside is not None and beside.has_focus():
            claim = beside.pane.current()
            return Side(beside.pane.document, claim=claim) if claim is not None else None
        document, claim = window.session.current, window.annotator.current() if window.annotator else None
        return Side(document, claim=claim) if document is not None and claim is not None else None

    def _chosen_claim(self) -> Annotation | None:
        side = self.chosen_side()
        return side.claim if side is not None else None

    def _on_notes_link_clicked(self, claim_id: str) -> None:
        window = self.window
        window.annotator.set_current(claim_id)
        self.link_to(self.chosen_side())

    def _push(self, command) -> None:
        self.session.undo_stack(self.session.current).push(command)

    def member(self, document: ArticleDocument, claim: Annotation):
        from marginalia.core.clusters import member_of

        return member_of(claim, self.session.corpus.relative_name(document.article.path), document.language)

    # -- Link to… --------------------------------------------------------------
    def link_to(self, source: Side | None) -> None:
        """Open the picker for the claim of `source`; choosing a claim links them."""
        if source is None or source.claim is None:
            self._say(self.tr("Select a claim first (click a highlight or a note), then Link to… (Ctrl+L)."))
            return
        if not self._clusters_writable():
            return
        self.keeper.refresh()
        claim = source.claim
        title = arg(self.tr("Link “%1” to…"), short_quote(claim.quote.exact, 80))
        hint = self.tr("↑ ↓ choose · Enter links · Esc cancels. Linked claims form a cluster: one fact as "
                       "several articles report it.")
        self.picker.open_with(title, hint, lambda text: self._search(text, claim.id),
                              lambda found: self._on_picked(source, found))

    def _search(self, text: str, source_id: str):
        clusters = self.session.clusters
        result = self.keeper.catalog.search(text, clusters, exclude=[source_id])
        own = clusters.cluster_id_of(source_id)
        rows = []
        # Claims linked already go last: they are listed (the user may look for one) but
        # choosing one links nothing new.
        for found in sorted(result.claims, key=lambda c: own is not None and clusters.cluster_id_of(c.claim_id) == own):
            where = [short_quote(found.title, 70), language_name(found.language) if found.language else ""]
            cluster = clusters.cluster_of(found.claim_id)
            if cluster is not None:
                where.append(arg(self.tr("already in this cluster") if cluster.id == own
                                 else self.tr("cluster “%1”"), short_quote(cluster.label, 60)))
            text_row = arg(self.tr("“%1”\n%2"), short_quote(found.quote), " · ".join(p for p in where if p))
            tooltip = found.quote + (f"\n\n{found.note}" if found.note else "")
            rows.append((text_row, tooltip, found))
        if result.more:
            status = self.tr("More than %n claims found: type more words to narrow them.", "", result.total)
        elif self.keeper.reading:
            status = self.tr("%n claim(s) found so far; still reading the other articles’ claims…", "", result.total)
        else:
            status = self.tr("%n claim(s) found", "", result.total)
        return rows, status

    def _on_keeper_updated(self) -> None:
        if self._picker is not None and self._picker.isVisible():
            self.picker.run_search()

    def _on_picked(self, source: Side, found) -> None:
        from marginalia.core.clusters import Member, snapshot_quote

        target = Member(found.claim_id, found.article, found.language, snapshot_quote(found.quote), utc_now())
        self.link_members(source, target, found.title)

    def link_members(self, source: Side, target, target_title: str) -> None:
        """Link `source`'s claim to the claim `target` (a Member), asking a label when that
        makes a cluster."""
        from marginalia.core.clusters.linking import already_linked, link_edit, needs_label

        clusters = self.session.clusters
        if already_linked(clusters, source.claim.id, target.claim_id):
            self._say(self.tr("These claims are linked already."))
            return
        mine = self.member(source.document, source.claim)

        def link(label: str) -> None:
            edit = link_edit(self.session.clusters, mine, target, label, self.window.settings.author)
            if edit is not None:
                from marginalia.ui.cluster_commands import ClusterEditCommand

                self._push(ClusterEditCommand(self.session, edit, self.tr("Link claims")))
                self._say_linked(source.claim.id, target_title)

        if needs_label(clusters, mine.claim_id, target.claim_id):
            self.ask_label(mine.quote, link)
        else:
            link("")

    def ask_label(self, quote: str, then) -> None:
        from marginalia.core.clusters.linking import default_label

        self.prompt.ask(self.tr("Name the new cluster: the fact these claims report"), default_label(quote),
                        self.tr("Cluster label"), lambda text: then(text.strip() or default_label(quote)))

    def _say_linked(self, claim_id: str, title: str) -> None:
        cluster = self.session.clusters.cluster_of(claim_id)
        if cluster is not None:
            self._say(arg(self.tr("Linked with “%1” in the cluster “%2” (Ctrl+Z undoes it)."), title, cluster.label))

    # -- links that make claims (a suggestion accepted, a selection beside) -------
    def link_sides(self, source: Side, target: Side, text: str, *, label: str | None = None,
                   on_linked=None) -> bool:
        """Link two sides, making a claim of each side given as a span (with the topics of
        the other side's claim), in one undo step. Asks a label when a cluster is made,
        unless `label` is given; `on_linked(source claim, target claim)` once linked.
        False (and says why) when it cannot be done."""
        from marginalia.core.clusters.linking import already_linked, link_edit, needs_label

        if not self._clusters_writable():
            return False
        made, ends = [], []
        for side, other in ((source, target), (target, source)):
            if side.claim is not None:
                ends.append(side.claim)
                continue
            if side.document.read_only:
                self._say(arg(self.tr("“%1” is read-only: its annotation file could not be read."),
                              side.document.article.title))
                return False
            start, end = trim_selection(side.document.text, *side.span)
            if start == end:
                self._say(self.tr("Select some text, or choose a claim, on both sides to link them."))
                return False
            topics = other.claim.topics if other.claim is not None else ()
            claim = new_annotation(side.document.text, TextPosition(start, end), topics=topics,
                                   author=self.window.settings.author)
            made.append((side.document, claim))
            ends.append(claim)
        source_member, target_member = self.member(source.document, ends[0]), self.member(target.document, ends[1])
        if not made and already_linked(self.session.clusters, ends[0].id, ends[1].id):
            self._say(self.tr("These claims are linked already."))
            return False

        def link(given: str) -> None:
            edit = link_edit(self.session.clusters, source_member, target_member, given, self.window.settings.author)
            from marginalia.ui.cluster_commands import LinkClaimsCommand

            self._push(LinkClaimsCommand(self.session, made, edit, text))
            self._say_linked(ends[0].id, target.document.article.title)
            if on_linked is not None:
                on_linked(*ends)

        if label is None and needs_label(self.session.clusters, ends[0].id, ends[1].id):
            self.ask_label(source_member.quote, link)
        else:
            link(label or "")
        return True

    # -- the chosen claim's cluster ------------------------------------------------
    def _cluster_to_edit(self, claim: Annotation | None):
        """The cluster of `claim` when it has one and the clusters can be changed; else
        None, having said why."""
        cluster = self.session.clusters.cluster_of(claim.id) if claim is not None and self.session else None
        if cluster is None:
            self._say(self.tr("The chosen claim is in no cluster."))
            return None
        return cluster if self._clusters_writable() else None

    def leave(self, claim: Annotation | None) -> None:
        from marginalia.core.clusters import LeaveCluster

        cluster = self._cluster_to_edit(claim)
        if cluster is not None:
            self._edit(LeaveCluster(claim.id), self.tr("Leave cluster"))
            self._say(arg(self.tr("The claim left the cluster “%1” (Ctrl+Z undoes it)."), cluster.label))

    def rename(self, claim: Annotation | None) -> None:
        from marginalia.core.clusters import RelabelCluster

        cluster = self._cluster_to_edit(claim)
        if cluster is not None:
            self.prompt.ask(self.tr("Rename the cluster"), cluster.label, self.tr("Cluster label"),
                            lambda text: self._edit(RelabelCluster(cluster.id, text.strip()), self.tr("Rename cluster"))
                            if text.strip() else None)

    def edit_note(self, claim: Annotation | None) -> None:
        from marginalia.core.clusters import SetClusterNote

        cluster = self._cluster_to_edit(claim)
        if cluster is not None:
            self.prompt.ask(arg(self.tr("Note on the cluster “%1”"), short_quote(cluster.label, 60)), cluster.note,
                            self.tr("Cluster note"),
                            lambda text: self._edit(SetClusterNote(cluster.id, text), self.tr("Edit cluster note")),
                            several_lines=True)

    def _edit(self, edit, text: str) -> None:
        from marginalia.ui.cluster_commands import ClusterEditCommand

        self._push(ClusterEditCommand(self.session, edit, text))

    # -- opening a linked claim --------------------------------------------------------
    def locate(self, claim_id: str, article: str) -> tuple[Path | None, str]:
        """Where claim `claim_id` (last seen in `article`) is now: its article's path, or
        None with why not (as a sentence)."""
        session = self.session
        for document in session.open_documents():
            if claim_id in document:
                return document.article.path, ""
        from marginalia.core.clusters.resolve import UNREADABLE, resolve_in_corpus

        cluster = session.clusters.cluster_of(claim_id)
        if cluster is not None:
            for resolved in resolve_in_corpus(session.corpus, [cluster], session.open_documents()):
                for member in resolved.members:
                    if member.claim_id != claim_id:
                        continue
                    if member.found:
                        return session.corpus.root / member.article, ""
                    if member.state == UNREADABLE:
                        return None, arg(self.tr("That claim’s annotation file cannot be read: %1"), member.problem)
        return None, arg(self.tr("That claim is no longer in “%1” (deleted, or its article removed)."), article)

    def next_linked(self) -> None:
        """Open the next claim of the chosen claim's cluster (members in article order, round)."""
        claim = self._chosen_claim()
        cluster = self.session.clusters.cluster_of(claim.id) if claim is not None and self.session else None
        if cluster is None or len(cluster.members) < 2:
            self._say(self.tr("The chosen claim is linked to no other claim (Ctrl+L links one)."))
            return
        members = sorted(cluster.members, key=lambda m: (m.article.casefold(), m.article, m.claim_id))
        at = next(i for i, m in enumerate(members) if m.claim_id == claim.id)
        following = members[(at + 1) % len(members)]
        self.open_member(following.claim_id, following.article)

    def open_member(self, claim_id: str, article: str) -> None:
        path, why = self.locate(claim_id, article)
        if path is None:
            self._say(why)
            return
        self.window.show_linked_claim(path, claim_id)
