"""The corpus's claim clusters file (`clusters.marginalia.json`), its schema and its owner.

One stable layout, for git: clusters sorted by id, each with its members sorted by
claim id, every key in a fixed order, times in UTC with milliseconds:

    {"format": "marginalia-clusters", "version": 1, "clusters": [
      {"id": UUID, "label": str, "note": str, "author": str, "created": time, "modified": time,
       "members": [{"claim": id, "article": "es/a.txt", "language": "es", "quote": str, "added": time}]}]}

Two writers merge member by member (core.clusters.merge), so two researchers adding
different claims to one cluster both keep theirs.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from marginalia.core.error_codes import ErrorCode
from marginalia.core.annotation import format_time, parse_time
from marginalia.core.clusters.merge import merge_clusters
from marginalia.core.clusters.model import Cluster, ClusterSet, Member
from marginalia.core.errors import SidecarError
from marginalia.core.merge import Conflict
from marginalia.core.storage.formats import CLUSTERS_FORMAT, CLUSTERS_VERSION, MAX_CLUSTERS_BYTES
from marginalia.core.storage.jsonio import Fields, dump_json, load_json
from marginalia.core.storage.owned_file import OwnedFile


def encode_member(member: Member) -> dict[str, Any]:
    return {"claim": member.claim_id, "article": member.article, "language": member.language,
            "quote": member.quote, "added": format_time(member.added)}


def encode_cluster(cluster: Cluster) -> dict[str, Any]:
    return {"id": cluster.id, "label": cluster.label, "note": cluster.note, "author": cluster.author,
            "created": format_time(cluster.created), "modified": format_time(cluster.modified),
            "members": [encode_member(m) for m in cluster.members]}


def cluster_content(cluster: Cluster) -> bytes:
    """A cluster's canonical bytes: what the merge's last tie rule compares."""
    return dump_json(encode_cluster(cluster))


def encode_clusters(clusters: ClusterSet) -> bytes:
    """Deterministic bytes: the same clusters always give the same file."""
    return dump_json({"format": CLUSTERS_FORMAT, "version": CLUSTERS_VERSION,
                      "clusters": [encode_cluster(c) for c in clusters]})


def decode_clusters(data: bytes, path: Path) -> ClusterSet:
    """The clusters in `data`. Raises SidecarError naming the field at fault (a wrong
    type, a claim listed in two clusters, a repeated id) and InputError for bytes that
    are not JSON: the file is then left as it is and not written over."""
    root = Fields(load_json(data, path), path, "")
    if root.get("format", str) != CLUSTERS_FORMAT:
        raise SidecarError(path, "format", ErrorCode.WRONG_FORMAT, expected=CLUSTERS_FORMAT)
    version = root.get("version", int)
    if version > CLUSTERS_VERSION:
        raise SidecarError(path, "version", ErrorCode.NEWER_VERSION, version=version, supported=CLUSTERS_VERSION)
    times: dict[str, Any] = {}
    records = root.get("clusters", list, [])
    quick = _read_quickly(records, times)
    if quick is not None:
        try:
            return ClusterSet(quick)
        except ValueError:
            pass  # a claim in two clusters, an id twice: the reading below says where
    clusters: list[Cluster] = []
    homes: dict[str, str] = {}
    ids: set[str] = set()
    for i, raw in enumerate(records):
        where = f"clusters[{i}]"
        cluster = _decode_cluster(Fields(raw, path, where), path, where, times)
        if cluster.id in ids:
            raise SidecarError(path, f"{where}.id", ErrorCode.DUPLICATE_ID, value=cluster.id)
        ids.add(cluster.id)
        for member in cluster.members:
            other = homes.setdefault(member.claim_id, cluster.id)
            if other != cluster.id:
                raise SidecarError(path, f"{where}.members", ErrorCode.CLAIM_IN_TWO_CLUSTERS,
                                  claim=member.claim_id, cluster=other)
        clusters.append(cluster)
    return ClusterSet(clusters)


_MEMBER_KEYS = ("claim", "article", "language", "quote", "added")


def _read_quickly(records: list, times: dict[str, Any]) -> list[Cluster] | None:
    """The clusters of a well-formed file, read without naming fields (None at the first
    thing out of the ordinary: the strict reading then finds and names it). A file of
    thousands of clusters is read when the Compare view first shows them."""
    out = []
    try:
        for record in records:
            members = []
            for m in record["members"]:
                values = [m[k] for k in _MEMBER_KEYS]
                if any(type(v) is not str for v in values) or len(m) != len(_MEMBER_KEYS):
                    return None
                added = times.get(values[4]) or times.setdefault(values[4], parse_time(values[4]))
                members.append(Member(values[0], values[1], values[2], values[3], added))
            fields = [record[k] for k in ("id", "label", "note", "author", "created", "modified")]
            if any(type(v) is not str for v in fields) or type(record["members"]) is not list:
                return None
            created = times.get(fields[4]) or times.setdefault(fields[4], parse_time(fields[4]))
            modified = times.get(fields[5]) or times.setdefault(fields[5], parse_time(fields[5]))
            out.append(Cluster(fields[0], fields[1], tuple(members), fields[2], fields[3], created=created,
                               modified=modified))
    except (KeyError, TypeError, ValueError):
        return None
    return out


def _time(record: Fields, key: str, path: Path, where: str, times: dict[str, Any]) -> Any:
    text = record.get(key, str)
    found = times.get(text)
    if found is None:
        try:
            # Members of one cluster often joined at one moment: each time is parsed once.
            found = times[text] = parse_time(text)
        except ValueError as exc:
            raise SidecarError(path, f"{where}.{key}", ErrorCode.BAD_TIME, value=text, detail=str(exc)) from exc
    return found


def _decode_cluster(record: Fields, path: Path, where: str, times: dict[str, Any]) -> Cluster:
    members = []
    seen: set[str] = set()
    for j, raw in enumerate(record.get("members", list, [])):
        here = f"{where}.members[{j}]"
        member = Fields(raw, path, here)
        claim = member.get("claim", str)
        if not claim.strip():
            raise SidecarError(path, f"{here}.claim", ErrorCode.FIELD_EMPTY)
        if claim in seen:
            raise SidecarError(path, f"{here}.claim", ErrorCode.DUPLICATE_ID, value=claim)
        seen.add(claim)
        members.append(Member(claim, member.get("article", str, ""), member.get("language", str, ""),
                              member.get("quote", str, ""), _time(member, "added", path, here, times)))
    cluster_id = record.get("id", str)
    if not cluster_id.strip():
        raise SidecarError(path, f"{where}.id", ErrorCode.FIELD_EMPTY)
    return Cluster(cluster_id, record.get("label", str, ""), tuple(members), record.get("note", str, ""),
                   record.get("author", str, ""), created=_time(record, "created", path, where, times),
                   modified=_time(record, "modified", path, where, times))


def merge_cluster_files(base: bytes | None, ours: bytes, theirs: bytes, path: Path
                        ) -> tuple[bytes, tuple[Conflict, ...]]:
    """Three versions of a clusters file merged into the bytes to write (what a git merge
    driver needs: the same bytes whichever side is "ours"), with the true conflicts, whose
    left-out versions the caller keeps. Raises SidecarError (or InputError) naming `path`
    when a version cannot be read."""
    merged, conflicts = merge_clusters(decode_clusters(base, path) if base is not None else None,
                                       decode_clusters(ours, path), decode_clusters(theirs, path), cluster_content)
    return encode_clusters(merged), conflicts


class ClustersFile(OwnedFile[ClusterSet]):
    """The owner of a corpus's `clusters.marginalia.json`."""

    limit = MAX_CLUSTERS_BYTES
    kind_name = "cluster"

    def decode(self, data: bytes) -> ClusterSet:
        return decode_clusters(data, self.path)

    def encode(self, value: ClusterSet) -> bytes:
        return encode_clusters(value)

    def merge(self, base: ClusterSet | None, ours: ClusterSet, theirs: ClusterSet
              ) -> tuple[ClusterSet, tuple[Conflict, ...]]:
        return merge_clusters(base, ours, theirs, cluster_content)

    def records(self, value: ClusterSet) -> Mapping[str, Cluster]:
        return {c.id: c for c in value}

    def record_json(self, record: Cluster) -> dict:
        return encode_cluster(record)

    def value_of(self, records: tuple[Cluster, ...]) -> ClusterSet:
        try:
            return ClusterSet(records)
        except ValueError:
            # Versions from the history that put one claim in two clusters make no
            # base: the copies are then merged without one.
            raise NotImplementedError from None
