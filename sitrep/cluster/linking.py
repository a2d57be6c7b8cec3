"""Reports to clusters, in two steps.

**Groups** are the connected components of the "same incident" relation over the candidate
pairs of the blocks: everything a report could possibly be one incident with, through any
chain. They only grow as reports arrive, so a batch's groups are exactly the new reports
joined with the existing groups of their partners, all of whom sit in the blocks around them.

**Clusters** are found inside each group: matching pairs are taken cheapest first (``cost``),
and two clusters join only if the incident stays whole: no two events of one article (the
analyzer already merged what one article says of one incident) and dates that agree as a
whole (the latest start at most ``max_gap_days`` after the earliest end). A chain of daily
strikes on one town is one group but many incidents.

A group's clusters depend on its members alone, and its id and each cluster's id are the
``anchor`` of their first-reported member (publication date, then event id); so a full rebuild
gives the same groups, clusters and ids as any sequence of batches, and a batch recomputes
only the groups it touches.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sitrep.cluster.blocking import BlockIndex
from sitrep.cluster.rules import Rules
from sitrep.cluster.similarity import Report, cost, same_incident

Edge = tuple[float, str, str]  # cost, then the two anchors in order


class UnionFind:
    """Disjoint sets over string keys, with path halving; a set's root is its smallest key."""

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
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


@dataclass(slots=True)
class Assignment:
    """Where one event belongs: its group and its cluster (the incident)."""

    group: str
    cluster: str


@dataclass(slots=True)
class _Incident:
    """What a cluster being built must keep consistent."""

    articles: set[str]
    latest_start: int
    earliest_end: int


def _edges(index: BlockIndex, rules: Rules) -> list[Edge]:
    edges = []
    for a, b in index.pairs():
        if same_incident(a, b, rules):
            x, y = (a.anchor, b.anchor) if a.anchor < b.anchor else (b.anchor, a.anchor)
            edges.append((cost(a, b, rules), x, y))
    return edges


def _clusters(members: list[Report], edges: list[Edge], rules: Rules) -> dict[str, str]:
    """Anchor -> cluster id inside one group: cheapest matches first, incidents kept whole."""
    sets = UnionFind()
    state = {
        r.anchor: _Incident({r.article_id}, r.start, r.end)
        for r in members
        if r.end - r.start <= rules.max_span_days
    }
    for _, anchor_a, anchor_b in sorted(edges):
        ra, rb = sets.find(anchor_a), sets.find(anchor_b)
        if ra == rb:
            continue
        a, b = state[ra], state[rb]
        latest_start = max(a.latest_start, b.latest_start)
        earliest_end = min(a.earliest_end, b.earliest_end)
        if latest_start - earliest_end > rules.max_gap_days or not a.articles.isdisjoint(
            b.articles
        ):
            continue
        sets.union(ra, rb)
        root = sets.find(ra)
        small, large = (a, b) if len(a.articles) < len(b.articles) else (b, a)
        large.articles |= small.articles
        large.latest_start, large.earliest_end = latest_start, earliest_end
        state[root] = large
    return {r.anchor: sets.find(r.anchor) for r in members}


def _assign(reports: list[Report], index: BlockIndex, rules: Rules) -> dict[str, Assignment]:
    """Groups and clusters of a set of reports whose partners are all in the set."""
    edges = _edges(index, rules)
    groups = UnionFind()
    for _, a, b in edges:
        groups.union(a, b)
    members: defaultdict[str, list[Report]] = defaultdict(list)
    for report in reports:
        members[groups.find(report.anchor)].append(report)
    group_edges: defaultdict[str, list[Edge]] = defaultdict(list)
    for edge in edges:
        group_edges[groups.find(edge[1])].append(edge)
    assigned: dict[str, Assignment] = {}
    for group, group_members in members.items():
        if len(group_members) == 1:
            assigned[group_members[0].event_id] = Assignment(group, group)
            continue
        clusters = _clusters(group_members, group_edges[group], rules)
        for report in group_members:
            assigned[report.event_id] = Assignment(group, clusters[report.anchor])
    return assigned


def assign(reports: Iterable[Report], rules: Rules) -> dict[str, Assignment]:
    """Event id -> group and cluster for a whole set of reports (the full rebuild)."""
    reports = list(reports)
    return _assign(reports, BlockIndex(rules, reports), rules)


def cluster(reports: Iterable[Report], rules: Rules) -> dict[str, str]:
    """Event id -> cluster id for a whole set of reports."""
    return {k: v.cluster for k, v in assign(reports, rules).items()}


@dataclass(slots=True)
class BatchResult:
    """What a batch changes: the group and cluster of every event of the groups it touched
    (new and existing), and the ids of existing groups that are now part of another."""

    assigned: dict[str, Assignment] = field(default_factory=dict)
    retired_groups: set[str] = field(default_factory=set)


def link_batch(
    batch: Iterable[Report],
    near: Iterable[tuple[Report, str]],
    members_of: Callable[[set[str]], list[Report]],
    rules: Rules,
) -> BatchResult:
    """Groups and clusters after adding a batch of new reports.

    ``near`` gives the existing reports in the blocks around the batch with the id of the
    group each belongs to (more is harmless, fewer is not); ``members_of`` gives every
    existing report of the given groups. Only the groups the batch touches are recomputed.
    """
    batch = list(batch)
    index = BlockIndex(rules, batch)
    touched: set[str] = set()
    for existing, group in near:
        if any(same_incident(existing, r, rules) for r in index.near(existing)):
            touched.add(group)
    members = members_of(touched) + batch
    assigned = _assign(members, BlockIndex(rules, members), rules)
    kept = {a.group for a in assigned.values()}
    return BatchResult(assigned=assigned, retired_groups=touched - kept)


class Clustering:
    """Groups and clusters kept in memory and brought up to date batch by batch.

    The store does the same with its tables; this one serves the benchmark and the tests
    that hold the incremental path to the full rebuild.
    """

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self.index = BlockIndex(rules)
        self.reports: dict[str, Report] = {}
        self.assigned: dict[str, Assignment] = {}
        self.groups: defaultdict[str, set[str]] = defaultdict(set)

    @classmethod
    def rebuilt(cls, reports: Iterable[Report], rules: Rules) -> Clustering:
        """The clusters of a whole set at once, ready for batches to follow."""
        self = cls(rules)
        reports = list(reports)
        for report in reports:
            self.index.add(report)
            self.reports[report.event_id] = report
        self._apply(_assign(reports, self.index, rules), set())
        return self

    def add(self, batch: Iterable[Report]) -> BatchResult:
        batch = [r for r in batch if r.event_id not in self.reports]
        near = {o.event_id: o for r in batch for o in self.index.near(r)}
        result = link_batch(
            batch,
            ((r, self.assigned[r.event_id].group) for r in near.values()),
            self._members,
            self.rules,
        )
        for report in batch:
            self.index.add(report)
            self.reports[report.event_id] = report
        self._apply(result.assigned, result.retired_groups)
        return result

    def _members(self, groups: set[str]) -> list[Report]:
        return [self.reports[e] for g in groups for e in self.groups[g]]

    def _apply(self, assigned: dict[str, Assignment], retired: set[str]) -> None:
        for event_id, assignment in assigned.items():
            previous = self.assigned.get(event_id)
            if previous is not None and previous.group != assignment.group:
                self.groups[previous.group].discard(event_id)
            self.assigned[event_id] = assignment
            self.groups[assignment.group].add(event_id)
        for group in retired:
            if not self.groups.get(group):
                self.groups.pop(group, None)

    @property
    def cluster_of(self) -> dict[str, str]:
        return {event_id: a.cluster for event_id, a in self.assigned.items()}
