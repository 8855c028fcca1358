"""Claim clusters: one fact as several articles report it — values, operations, storage and resolution.

The façade the window, the exports and the comparison use: `model` (Cluster, Member,
ClusterSet, ClusterChanges), `operations` (edits with inverses). Storage and
resolution are imported from their modules when needed.
"""

from marginalia.core.clusters.model import (
    EMPTY_CLUSTERS, SNAPSHOT_QUOTE_LIMIT, Cluster, ClusterChanges, ClusterSet, Member, changes_between,
    snapshot_quote,
)
from marginalia.core.clusters.operations import (
    ClusterEdit, CreateCluster, DeleteCluster, Edited, EditSteps, JoinCluster, LeaveCluster, NoEdit, PutCluster,
    RelabelCluster, SetClusterNote, member_of,
)

__all__ = [
    "EMPTY_CLUSTERS", "SNAPSHOT_QUOTE_LIMIT", "Cluster", "ClusterChanges", "ClusterEdit", "ClusterSet",
    "CreateCluster", "DeleteCluster", "EditSteps", "Edited", "JoinCluster", "LeaveCluster", "Member", "NoEdit",
    "PutCluster", "RelabelCluster", "SetClusterNote", "changes_between", "member_of", "snapshot_quote",
]
