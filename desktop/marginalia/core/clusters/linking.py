"""Linking two claims: which cluster edit it takes, and the label a new cluster is offered.

Linking claim `source` to claim `target` (the one the user picked) puts them in one
cluster, with as little disturbance as can be:

- the target is in a cluster: the source joins it (leaving its own, if it had one —
  the user picked the target, so the target's cluster is the fact they mean);
- only the source is in a cluster: the target joins the source's;
- neither is: a new cluster of both, under a label the user gives (needs_label);
- both are in the same cluster already: nothing to do (no edit).
"""

from __future__ import annotations

import re

from marginalia.core.clusters.model import ClusterSet, Member
from marginalia.core.clusters.operations import ClusterEdit, CreateCluster, JoinCluster

# A label is read on a card's line and in the Compare window's row headers: a few words.
LABEL_WORDS = 8
LABEL_CHARS = 60
_SPACE = re.compile(r"\s+")


def needs_label(clusters: ClusterSet, source: str, target: str) -> bool:
    """Whether linking these claims (by id) makes a new cluster, which needs a label."""
    return clusters.cluster_of(source) is None and clusters.cluster_of(target) is None


def already_linked(clusters: ClusterSet, source: str, target: str) -> bool:
    found = clusters.cluster_id_of(source)
    return found is not None and found == clusters.cluster_id_of(target)


def link_edit(clusters: ClusterSet, source: Member, target: Member, label: str = "",
              author: str = "") -> ClusterEdit | None:
    """The edit that links `source` to `target` (see the module docstring); None when
    they are in one cluster already. `label` names a new cluster (when one is made)."""
    if already_linked(clusters, source.claim_id, target.claim_id):
        return None
    target_cluster = clusters.cluster_of(target.claim_id)
    if target_cluster is not None:
        return JoinCluster(target_cluster.id, source)
    source_cluster = clusters.cluster_of(source.claim_id)
    if source_cluster is not None:
        return JoinCluster(source_cluster.id, target)
    return CreateCluster(label.strip() or default_label(source.quote), (source, target), author=author)


def default_label(quote: str) -> str:
    """A label to offer for a new cluster: the quote's first words, on one line, cut at a
    word with an ellipsis when longer than a few words."""
    words = _SPACE.sub(" ", quote).strip().strip("“”\"'«»„").split(" ")
    label = " ".join(words[:LABEL_WORDS])
    if len(label) > LABEL_CHARS:
        label = label[:LABEL_CHARS].rsplit(" ", 1)[0] if " " in label[:LABEL_CHARS] else label[:LABEL_CHARS]
    return label + "…" if label != " ".join(words) else label
