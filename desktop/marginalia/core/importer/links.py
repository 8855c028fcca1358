"""Importing linking annotations as claim clusters: Marginalia's own export, or another tool's links between claims.

Runs after the claims of the same file are placed and saved, so a link can name
claims the file itself brought. Each link whose targets include claims of the
corpus becomes (or adds to) the cluster of its id:

- a new cluster keeps the link's label, note, author and times, with the targets
  found as members (their snapshots read from where the claims now are);
- an existing cluster gains the targets it lacks; its label and note are replaced
  only by a strictly newer link (a link that says no time is never newer), else the
  link's version goes to the clusters' history as an import conflict;
- a target that is a claim of another cluster stays there (the user put it there),
  and the report says so; a target that is no claim here is reported as unmatched.
"""

from __future__ import annotations

from dataclasses import replace

from marginalia.core.clusters.model import Cluster, ClusterSet, Member
from marginalia.core.clusters.operations import EditSteps, PutCluster
from marginalia.core.clusters.resolve import refreshed_snapshots, resolve_clusters
from marginalia.core.importer.merge import ImportReport, Skipped
from marginalia.core.error_codes import SkipCode
from marginalia.core.importer.reader import IncomingLink
from marginalia.core.storage.clusters_file import encode_cluster
from marginalia.core.storage.history import IMPORT_CONFLICT, HistoryEntry


def import_links(corpus, links: list[IncomingLink], report: ImportReport) -> None:
    """Make or extend the clusters `links` describe in `corpus` (a core Corpus) and save them."""
    if not links:
        return
    store = corpus.cluster_store
    if store.error is not None:
        report.skipped.extend(Skipped(link.where, SkipCode.CLUSTERS_UNREADABLE, error=store.error) for link in links)
        return
    index = corpus.claim_index
    index.refresh()  # the claims this import just saved are in the sidecars now
    clusters, puts, kept = store.clusters, [], []
    seen: set[str] = set()
    for link in links:
        if link.id in seen:
            report.skipped.append(Skipped(link.where, SkipCode.REPEATED_ID, {"id": link.id}))
            continue
        seen.add(link.id)
        cluster = _cluster_of(link, clusters, index, report)
        if cluster is None:
            continue
        existing = clusters.get(link.id)
        if existing is not None:
            cluster = _onto(existing, cluster, link, report, kept)
            if cluster == existing:
                report.skipped.append(Skipped(link.where, SkipCode.CLUSTER_UNCHANGED, fault=False))
                continue
        cluster = _with_snapshots(corpus, cluster, index)
        clusters = PutCluster(cluster, keep_times=True).apply(clusters).clusters
        puts.append(PutCluster(cluster, keep_times=True))
        report.clusters.append(cluster.id)
    if kept:
        store.file.keep(kept)
    if puts:
        store.apply(EditSteps(tuple(puts)))
        if store.save_error is not None:
            raise store.save_error


def _cluster_of(link: IncomingLink, clusters: ClusterSet, index, report: ImportReport) -> Cluster | None:
    """The link as a cluster of the claims it targets that are here (None if none is)."""
    members = []
    for claim_id in link.targets:
        article = index.article_of(claim_id)
        if article is None:
            report.unmatched.append((link.where, f"its target {claim_id} is not a claim of this corpus"))
            continue
        home = clusters.cluster_of(claim_id)
        if home is not None and home.id != link.id:
            report.notes.append((link.where, f"claim {claim_id} stays in the cluster it is in ({home.label!r})"))
            continue
        members.append(Member(claim_id, article, "", "", link.modified))
    if not members:
        report.skipped.append(Skipped(link.where, SkipCode.LINK_WITHOUT_CLAIMS))
        return None
    return Cluster(link.id, link.label, tuple(members), link.note, link.author, created=link.created,
                   modified=link.modified)


def _onto(existing: Cluster, incoming: Cluster, link: IncomingLink, report: ImportReport,
          kept: list[HistoryEntry]) -> Cluster:
    """`existing` with the members of `incoming` it lacks, and its label and note if the
    link is strictly newer (else, when they differ, the link's version kept in the history)."""
    added = [m for m in incoming.members if existing.member(m.claim_id) is None]
    result = existing
    if (incoming.label, incoming.note) != (existing.label, existing.note):
        if link.dated and incoming.modified > existing.modified:
            result = replace(result, label=incoming.label, note=incoming.note, modified=incoming.modified)
        else:
            kept.append(HistoryEntry(IMPORT_CONFLICT, "cluster", encode_cluster(incoming)))
            report.conflicts.append((link.where, link.id))
    if added:
        result = result.with_members(existing.members + tuple(added), max(result.modified, incoming.modified))
    return result


def _with_snapshots(corpus, cluster: Cluster, index) -> Cluster:
    """`cluster` with its members' article, language and quote as the sidecars now have them."""
    refreshed = refreshed_snapshots(resolve_clusters(corpus.root, [cluster], None, index))
    return refreshed[0] if refreshed else cluster
