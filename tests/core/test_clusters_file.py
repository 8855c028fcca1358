"""The clusters file and its store: stable bytes, faults named, two writers (and two processes) merged."""

from __future__ import annotations

import subprocess
import sys
from datetime import datetime, timedelta, timezone

import pytest

from marginalia.core.error_codes import ErrorCode
from marginalia.core.clusters import (
    CreateCluster, JoinCluster, LeaveCluster, Member, RelabelCluster,
)
from marginalia.core.clusters.store import ClusterStore
from marginalia.core.errors import InputError, SidecarError
from marginalia.core.storage.clusters_file import ClustersFile, decode_clusters, encode_clusters
from marginalia.core.storage.formats import CLUSTERS_FILE_NAME
from marginalia.core.storage.history import read_history
from support import REPO

T0 = datetime(2026, 1, 1, tzinfo=timezone.utc)


def _at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def _member(claim_id: str, minutes: int = 0) -> Member:
    return Member(claim_id, "es/a.txt", "es", f"cita «{claim_id}» \"x\"\n", _at(minutes))


def _store_with_two(root) -> ClusterStore:
    store = ClusterStore(root)
    store.apply(CreateCluster("Diez mil millones", (_member("c2"), _member("c1")), cluster_id="k1"), _at(1))
    store.apply(CreateCluster("Multa", (_member("c3"),), cluster_id="k2"), _at(2))
    return store


def test_encode_clusters_is_sorted_and_stable(tmp_path):
    """The file lists clusters by id and members by claim id, whatever order they were made in."""
    store = _store_with_two(tmp_path)
    data = (tmp_path / CLUSTERS_FILE_NAME).read_bytes()
    assert data == encode_clusters(store.clusters)
    assert data.index(b'"k1"') < data.index(b'"k2"') and data.index(b'"c1"') < data.index(b'"c2"')
    assert decode_clusters(data, tmp_path / "x") == store.clusters
    assert b'"claim": "c1"' in data and data.endswith(b"\n")


@pytest.mark.parametrize("mutate, field", [
    (lambda d: d.replace(b'"label": "Multa"', b'"label": 7'), "clusters[1].label"),
    (lambda d: d.replace(b'"claim": "c3"', b'"claim": "c1"'), "clusters[1].members"),
    (lambda d: d.replace(b'"id": "k2"', b'"id": "k1"'), "clusters[1].id"),
    (lambda d: d.replace(b'"added": "2026-01-01T00:00:00.000Z"', b'"added": "yesterday"', 1),
     "clusters[0].members[0].added"),
    (lambda d: d.replace(b'"version": 1', b'"version": 9'), "version"),
])
def test_decode_clusters_names_the_field_at_fault(tmp_path, mutate, field):
    """A damaged file is refused with the JSON path of the fault, never half read."""
    _store_with_two(tmp_path)
    data = mutate((tmp_path / CLUSTERS_FILE_NAME).read_bytes())
    with pytest.raises(SidecarError) as caught:
        decode_clusters(data, tmp_path / "f")
    assert caught.value.field == field


def test_store_refuses_to_write_over_an_unreadable_file(tmp_path):
    """A clusters file that cannot be read is reported and never replaced by an edit."""
    path = tmp_path / CLUSTERS_FILE_NAME
    path.write_bytes(b'{"format": "marginalia-clusters", "version": 1, "clusters": [ \xff')
    store = ClusterStore(tmp_path)
    assert isinstance(store.error, InputError) and len(store.clusters) == 0
    with pytest.raises(InputError):
        store.apply(CreateCluster("x", (_member("c1"),)))
    assert path.read_bytes().endswith(b"\xff")


def test_two_stores_editing_the_same_cluster_keep_both_members(tmp_path):
    """Two windows add different claims to one cluster and save in turn: both members are in the file."""
    _store_with_two(tmp_path)
    first, second = ClusterStore(tmp_path), ClusterStore(tmp_path)
    first.apply(JoinCluster("k1", _member("c7", 5)), _at(5))
    edited = second.apply(JoinCluster("k1", _member("c8", 6)), _at(6))
    assert edited.clusters.get("k1").claim_ids == ("c1", "c2", "c7", "c8")
    assert edited.changes.merged and "c7" in edited.changes.claims
    assert ClusterStore(tmp_path).clusters == edited.clusters


def test_store_conflict_loser_goes_to_the_history(tmp_path):
    """Both relabel one cluster: the later wins, the other label is in the clusters' history."""
    _store_with_two(tmp_path)
    first, second = ClusterStore(tmp_path), ClusterStore(tmp_path)
    first.apply(RelabelCluster("k1", "Later"), _at(9))
    edited = second.apply(RelabelCluster("k1", "Earlier"), _at(5))
    assert edited.clusters.get("k1").label == "Later" and edited.changes.conflicts == ("k1",)
    labels = [e.record["label"] for e in read_history(tmp_path / CLUSTERS_FILE_NAME)]
    assert "Earlier" in labels


def test_store_look_takes_in_another_writers_change(tmp_path):
    """A change made on disk by another program is taken in, merged with an edit not yet saved."""
    store = _store_with_two(tmp_path)
    ClusterStore(tmp_path).apply(LeaveCluster("c3"), _at(4))
    changes = store.look()
    assert changes.merged and changes.updated == ("k2",) and store.clusters.get("k2").members == ()
    assert not store.look()


def test_store_keeps_an_edit_whose_save_failed_and_saves_it_later(tmp_path):
    """A save that fails keeps the edit in memory; the next save writes it."""
    from marginalia.core.errors import WriteError

    store = _store_with_two(tmp_path)
    original = ClustersFile.write

    def failing(self, value):
        raise WriteError(self.path, ErrorCode.WRITE_FAILED, 28, system="disk full")

    ClustersFile.write = failing
    try:
        edited = store.apply(JoinCluster("k2", _member("c9", 7)), _at(7))
        with pytest.raises(WriteError):
            store.save()
    finally:
        ClustersFile.write = original
    assert edited.changes.updated == ("k2",) and isinstance(store.save_error, WriteError)
    assert store.unsaved and store.clusters.get("k2").claim_ids == ("c3", "c9")
    store.save()
    assert store.save_error is None and not store.unsaved
    assert ClusterStore(tmp_path).clusters.get("k2").claim_ids == ("c3", "c9")


# A process holding one store, as a window would, applying one edit a line: `join
# CLUSTER CLAIM` or `label CLUSTER TEXT`, answering "done" once saved.
_EDITOR = """
import sys
sys.path.insert(0, {desktop!r})
from pathlib import Path
from marginalia.core.clusters import JoinCluster, Member, RelabelCluster
from marginalia.core.clusters.store import ClusterStore
from marginalia.core.annotation import utc_now
store = ClusterStore(Path(sys.argv[1]))
for line in sys.stdin:
    command, cluster_id, value = line.split()
    if command == "join":
        store.apply(JoinCluster(cluster_id, Member(value, "a.txt", "en", value, utc_now())))
    else:
        store.apply(RelabelCluster(cluster_id, value))
    print("done", flush=True)
"""


@pytest.mark.slow
def test_two_processes_editing_clusters_at_once_lose_nothing(tmp_path):
    """Two real processes, each holding the clusters like an open window, edit at the same
    moment, round after round — one its own cluster, both a shared one: every label and
    every member either added is in the file after each round."""
    _store_with_two(tmp_path)
    editors = [subprocess.Popen([sys.executable, "-c", _EDITOR.format(desktop=str(REPO / "desktop")),
                                 str(tmp_path)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
               for _ in range(2)]
    expected = {"k1": {"c1", "c2"}, "k2": {"c3"}}
    try:
        for round_ in range(40):
            commands = [("join", "k1", f"a{round_}"), ("join", "k1", f"b{round_}")] if round_ % 2 else \
                [("label", "k1", f"first-{round_}"), ("join", "k2", f"b{round_}")]
            for editor, command in zip(editors, commands):
                editor.stdin.write(" ".join(command) + "\n")
                editor.stdin.flush()
            for editor in editors:
                assert editor.stdout.readline().strip() == "done"
            for kind, cluster_id, value in commands:
                if kind == "join":
                    expected[cluster_id].add(value)
            clusters = ClusterStore(tmp_path).clusters
            assert {k: set(clusters.get(k).claim_ids) for k in expected} == expected, f"round {round_}"
            if round_ % 2 == 0:
                assert clusters.get("k1").label == f"first-{round_}"
    finally:
        for editor in editors:
            editor.stdin.close()
            editor.wait(timeout=30)
