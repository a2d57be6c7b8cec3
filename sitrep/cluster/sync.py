"""Clustering over a store: after each ingest batch (``cluster_pending``) or over everything
(``rebuild``, ``sitrep cluster``). Speaks to the store's interface only.

A batch is the events not clustered yet plus what is left of groups an article analysed
again has left; the existing events it is compared with are those the store keeps in the
cells and regions around it (filtered to the exact blocks in memory), and only the groups it
touches are recomputed and written back, with their incidents, in one transaction: an
interrupted run leaves the store as it was, its events still waiting for the next.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sitrep.cluster.blocking import BlockIndex, place_keys
from sitrep.cluster.incidents import build_incident
from sitrep.cluster.linking import Assignment, assign, link_batch
from sitrep.cluster.rules import Rules, load_rules
from sitrep.cluster.similarity import Report, report_of
from sitrep.model import Event, Incident
from sitrep.store import ClusterMember, Near, Placed, Store


@dataclass(slots=True)
class ClusterSummary:
    """What one clustering pass did."""

    events: int = 0  # events given a group and cluster
    incidents: int = 0  # incidents written
    merged: int = 0  # of them, with more than one article

    def line(self) -> str:
        return (
            f"{self.events} events clustered into {self.incidents} incidents,"
            f" {self.merged} of them reported by more than one article"
        )


def _report(member: ClusterMember, rules: Rules) -> Report:
    return report_of(member.event, member.published, member.outlet, rules, member.article_id)


def _incidents(
    assigned: dict[str, Assignment], members: dict[str, tuple[Event, Report]]
) -> list[Incident]:
    by_cluster: defaultdict[str, list[tuple[Event, Report]]] = defaultdict(list)
    for event_id, assignment in assigned.items():
        by_cluster[assignment.cluster].append(members[event_id])
    return [build_incident(cluster_id, group) for cluster_id, group in by_cluster.items()]


def _write(
    store: Store,
    assigned: dict[str, Assignment],
    members: dict[str, tuple[Event, Report]],
    rules: Rules,
    everything: bool,
) -> ClusterSummary:
    incidents = _incidents(assigned, members)
    placed = {
        event_id: Placed(a.group, a.cluster, *place_keys(members[event_id][1], rules))
        for event_id, a in assigned.items()
    }
    store.write_clusters(placed, incidents, everything=everything)
    merged = sum(1 for i in incidents if i.n_articles > 1)
    return ClusterSummary(len(assigned), len(incidents), merged)


def rebuild(store: Store, rules: Rules | None = None) -> ClusterSummary:
    """Cluster every stored event afresh (the result any sequence of batches also gives)."""
    rules = rules or load_rules()
    with store.clustering():
        members = {m.event.id: (m.event, _report(m, rules)) for m in store.cluster_members()}
        assigned = assign((r for _, r in members.values()), rules)
        return _write(store, assigned, members, rules, everything=True)


def _near(index: BlockIndex) -> Near:
    """The cells and regions around a batch, with their days as dates."""
    cells, regions = index.wanted()

    def dated(found: dict[str, tuple[int, int]]) -> dict[str, tuple[date, date]]:
        return {k: (date.fromordinal(a), date.fromordinal(b)) for k, (a, b) in found.items()}

    return Near(dated(cells), dated(regions))


def cluster_pending(store: Store, rules: Rules | None = None) -> ClusterSummary:
    """Cluster the events not clustered yet, touching only the groups they join; one
    process at a time (``Store.clustering``), from reading the pending events to writing."""
    with store.clustering():
        return _cluster_pending(store, rules or load_rules())


def _cluster_pending(store: Store, rules: Rules) -> ClusterSummary:
    waiting = store.cluster_members(pending=True)
    dirty = store.dirty_groups()
    if dirty:
        waiting += store.cluster_members(groups=dirty)
    if not waiting:
        return ClusterSummary()
    members = {m.event.id: (m.event, _report(m, rules)) for m in waiting}
    batch = [r for _, r in members.values()]
    index = BlockIndex(rules, batch)
    near = []
    for member in store.cluster_members(near=_near(index)):
        if member.event.id in members or member.group is None:
            continue
        report = _report(member, rules)
        if index.touches(report):
            near.append((report, member.group))

    def members_of(groups: set[str]) -> list[Report]:
        found = [m for m in store.cluster_members(groups=groups) if m.event.id not in members]
        for m in found:
            members[m.event.id] = (m.event, _report(m, rules))
        return [members[m.event.id][1] for m in found]

    result = link_batch(batch, near, members_of, rules)
    return _write(store, result.assigned, members, rules, everything=False)
