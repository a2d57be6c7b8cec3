"""Reports to clusters: connected components of the "same incident" relation, found by
union-find over the candidate pairs of the blocks.

A cluster's id is the ``anchor`` of its first-reported member (publication date, then event
id), so it depends on the set of members alone: a full rebuild gives the same ids as any
sequence of incremental batches, and an id changes only when an earlier report of the
incident arrives or the cluster splits.

Components only grow when reports are added, which is what makes the incremental path exact:
a new report's partners all sit in the blocks around it, so the new clusters are the
components over the new reports and the existing clusters those partners belong to.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sitrep.cluster.blocking import BlockIndex
from sitrep.cluster.rules import Rules
from sitrep.cluster.similarity import Report, same_incident


class UnionFind:
    """Disjoint sets over hashable keys, with path halving."""

    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        parent = self.parent
        root = parent.setdefault(key, key)
        while root != parent[root]:
            parent[root] = parent[parent[root]]
            root = parent[root]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # The smaller key becomes the root so the root of a set is its smallest member.
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def cluster(reports: Iterable[Report], rules: Rules) -> dict[str, str]:
    """Event id -> cluster id for a whole set of reports (the full rebuild)."""
    reports = list(reports)
    return _components(BlockIndex(rules, reports), reports, rules)


def _components(index: BlockIndex, reports: list[Report], rules: Rules) -> dict[str, str]:
    sets = UnionFind()
    for a, b in index.pairs():
        if same_incident(a, b, rules):
            sets.union(a.anchor, b.anchor)
    # Anchors sort by publication date first, so each set's root is its first report.
    return {r.event_id: sets.find(r.anchor) for r in reports}


@dataclass(slots=True)
class BatchResult:
    """What a batch changes: the clusters of its reports, and existing clusters renamed
    because they merged with one another through it (old id -> new id)."""

    assigned: dict[str, str] = field(default_factory=dict)
    renamed: dict[str, str] = field(default_factory=dict)


def link_batch(
    batch: Iterable[Report], near: Iterable[tuple[Report, str]], rules: Rules
) -> BatchResult:
    """Clusters for a batch of new reports, given the existing reports in the blocks around
    them with the id of the cluster each belongs to (``near``; more is harmless, fewer is not).

    Nodes of the union-find are the new reports' anchors and the existing cluster ids; both
    are anchors of the reports they stand for, so a merged set's smallest node is its id.
    """
    batch = list(batch)
    sets = UnionFind()
    index = BlockIndex(rules, batch)
    for a, b in index.pairs():
        if same_incident(a, b, rules):
            sets.union(a.anchor, b.anchor)
    for existing, cluster_id in near:
        for report in index.near(existing):
            if same_incident(existing, report, rules):
                sets.union(cluster_id, report.anchor)
    result = BatchResult(assigned={r.event_id: sets.find(r.anchor) for r in batch})
    batch_anchors = {r.anchor for r in batch}
    for node in sets.parent:
        root = sets.find(node)
        if node not in batch_anchors and root != node:
            result.renamed[node] = root
    return result


def split(members: Iterable[Report], rules: Rules) -> dict[str, str]:
    """Event id -> cluster id for what is left of one cluster after some members left it
    (an article analysed again replaces its events). Members had no partners outside their
    cluster, so the components among themselves are exact."""
    return cluster(members, rules)


class Clustering:
    """Clusters kept in memory and brought up to date batch by batch.

    The store does the same with its tables; this one serves the benchmark and the tests
    that hold the incremental path to the full rebuild.
    """

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.index = BlockIndex(rules)
        self.cluster_of: dict[str, str] = {}
        self.members: dict[str, list[str]] = {}

    @classmethod
    def rebuilt(cls, reports: Iterable[Report], rules: Rules) -> Clustering:
        """The clusters of a whole set at once, ready for batches to follow."""
        self = cls(rules)
        reports = list(reports)
        for report in reports:
            self.index.add(report)
        self.cluster_of = _components(self.index, reports, rules)
        for event_id, cluster_id in self.cluster_of.items():
            self.members.setdefault(cluster_id, []).append(event_id)
        return self

    def add(self, batch: Iterable[Report]) -> BatchResult:
        batch = [r for r in batch if r.event_id not in self.cluster_of]
        near: dict[str, Report] = {}
        for report in batch:
            for other in self.index.near(report):
                near[other.event_id] = other
        pairs = ((r, self.cluster_of[r.event_id]) for r in near.values())
        result = link_batch(batch, pairs, self.rules)
        for old, new in result.renamed.items():
            moved = self.members.pop(old)
            for event_id in moved:
                self.cluster_of[event_id] = new
            self.members.setdefault(new, []).extend(moved)
        for event_id, cluster_id in result.assigned.items():
            self.cluster_of[event_id] = cluster_id
            self.members.setdefault(cluster_id, []).append(event_id)
        for report in batch:
            self.index.add(report)
        return result
