"""A corpus's clusters in memory with their file's owner: edits applied and saved, changes on disk taken in.

The window holds one ClusterStore per corpus (Corpus.cluster_store) and sends every
cluster edit through `apply`; the store alone writes its `clusters`. A save merges
first what another writer put in the file since it was last read (member by member,
see core.clusters.merge), so what comes back may hold more than the edit made; the
returned changes say all of it. The file is small (a few kilobytes for hundreds of
clusters), so a save is quick enough for the caller's thread, as the codebook's is.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from marginalia.core.clusters.merge import merge_clusters
from marginalia.core.clusters.model import EMPTY_CLUSTERS, Cluster, ClusterChanges, ClusterSet, changes_between
from marginalia.core.clusters.operations import ClusterEdit, Edited
from marginalia.core.errors import InputError, MarginaliaError, WriteError
from marginalia.core.storage.clusters_file import ClustersFile, cluster_content, encode_cluster
from marginalia.core.storage.formats import CLUSTERS_FILE_NAME
from marginalia.core.storage.history import CONFLICT, HistoryEntry


class ClusterStore:
    """The clusters of the corpus at `root`. When the file cannot be read, `error` says
    why, the clusters are empty and every save is refused (raising that error), so the
    file is never written over until the user has dealt with it."""

    def __init__(self, root: Path, *, tidy: bool = True) -> None:
        self.file = ClustersFile(Path(root) / CLUSTERS_FILE_NAME)
        self.error: InputError | None = None
        self.save_error: MarginaliaError | None = None  # why the last save failed, until one succeeds
        self._clusters = EMPTY_CLUSTERS
        self._unsaved = False
        try:
            self._clusters = self.file.read(tidy=tidy) or EMPTY_CLUSTERS
        except InputError as exc:
            self.error = exc

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def clusters(self) -> ClusterSet:
        return self._clusters

    @property
    def unsaved(self) -> bool:
        """Whether an edit is in memory only (its save failed; `save()` tries again)."""
        return self._unsaved

    def apply(self, edit: ClusterEdit, now: datetime | None = None) -> Edited:
        """Apply `edit` and save. Returns the clusters as the file now holds them (another
        writer's work merged in), what changed (the edit's, and the merge's, with
        `merged` and `conflicts` set) and the edit's inverse. Raises the read error when
        the file is unreadable (nothing is applied). When the save fails the edit stays
        applied in memory: `save_error` says why, and `save()` tries again."""
        if self.error is not None:
            raise self.error
        edited = edit.apply(self._clusters, now)
        if not edited.changes:
            return edited
        self._clusters, self._unsaved = edited.clusters, True
        try:
            merged = self.save()
        except WriteError as exc:
            self.save_error = exc
            return edited
        return Edited(self._clusters, edited.changes | merged, edited.undo)

    def refresh_snapshots(self, clusters: Iterable[Cluster]) -> ClusterChanges:
        """Save `clusters` (from resolve.refreshed_snapshots: members' article, language and
        quote as now found) over their versions here: no undo step, no new `modified`.
        A cluster edited here or gone meanwhile is left alone: the next refresh sees it."""
        if self.error is not None:
            raise self.error
        current = self._clusters
        fresh = [c for c in clusters if (here := current.get(c.id)) is not None
                 and here.claim_ids == c.claim_ids and here.modified == c.modified]
        if not fresh:
            return ClusterChanges()
        self._clusters, self._unsaved = current.replaced(fresh), True
        return changes_between(current, self._clusters) | self.save()

    def save(self) -> ClusterChanges:
        """Write the clusters in memory if they have changes not on disk, merged with
        another writer's; returns what the merge changed here. Raises WriteError (the
        clusters stay in memory) or InputError (the file became unreadable: not replaced)."""
        if self.error is not None:
            raise self.error
        if not self._unsaved:
            return ClusterChanges()
        before = self._clusters
        written = self.file.write(before)
        self._clusters, self._unsaved, self.save_error = written.value, False, None
        if written.theirs is None:
            return ClusterChanges()
        return _merged(before, written.value, written.conflicts)

    def look(self) -> ClusterChanges:
        """Another program may have changed the file: take its version in (merged with an
        edit not yet saved). A file that became unreadable leaves the clusters as they
        are, sets `error` and is not written over."""
        try:
            refreshed = self.file.refresh()
        except InputError as exc:
            self.error = exc
            return ClusterChanges()
        self.error = None
        if refreshed is None:
            return ClusterChanges()
        now = refreshed.now or EMPTY_CLUSTERS
        if not self._unsaved:
            before, self._clusters = self._clusters, now
            return _merged(before, now, ())
        result, conflicts = merge_clusters(refreshed.before, self._clusters, now, cluster_content)
        # Versions that lost while only in memory go to the history at once.
        losers = [HistoryEntry(CONFLICT, self.file.kind_name, encode_cluster(c.lost))
                  for c in conflicts if c.lost is not None]
        if losers:
            self.file.keep(losers)
        before, self._clusters = self._clusters, result
        return _merged(before, result, conflicts)


def _merged(before: ClusterSet, after: ClusterSet, conflicts) -> ClusterChanges:
    changes = changes_between(before, after)
    return ClusterChanges(changes.added, changes.removed, changes.updated, changes.claims, merged=True,
                          conflicts=tuple(c.id for c in conflicts))
