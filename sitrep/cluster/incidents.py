"""The record standing for one cluster: the most precise of what its members say.

Members are taken in the order of their reports' anchors (first report first), which is what
breaks every tie, so an incident is a function of its members alone.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from datetime import date

from sitrep.cluster.similarity import Report
from sitrep.model import Event, Incident, IncidentMember, Location


def _source(report: Report) -> str:
    return report.outlet or report.article_id


def _location(members: list[tuple[Event, Report]]) -> Location | None:
    """The finest precision; among those, the place most members name."""
    located = [e.location for e, _ in members if e.location is not None]
    if not located:
        return None
    finest = min(loc.precision for loc in located)
    best = [loc for loc in located if loc.precision == finest]
    counts = Counter((loc.geonameid, loc.name) for loc in best)
    return max(best, key=lambda loc: counts[(loc.geonameid, loc.name)])


def _dates(members: list[tuple[Event, Report]]) -> Event:
    """The member with the narrowest date range; among those, the range most give."""

    def width(event: Event) -> int:
        return (date.fromisoformat(event.date_end) - date.fromisoformat(event.date_start)).days

    narrowest = min(width(e) for e, _ in members)
    best = [e for e, _ in members if width(e) == narrowest]
    counts = Counter((e.date_start, e.date_end) for e in best)
    return max(best, key=lambda e: counts[(e.date_start, e.date_end)])


def _most_common(values: Iterable[str | None]) -> str | None:
    """The value most members give, first given first among equals; None when none does."""
    counts = Counter(v for v in values if v is not None)
    return max(counts, key=lambda v: counts[v]) if counts else None


def _type(members: list[tuple[Event, Report]]) -> tuple[str, str]:
    counts = Counter((e.event_type, e.sub_event_type) for e, _ in members)
    return max(counts, key=lambda t: counts[t])


def _tolls(
    members: list[tuple[Event, Report]],
) -> tuple[int | None, tuple[int, str] | None, tuple[int, str] | None]:
    """The most-cited toll (ties to the lowest), and the lowest and highest with the first
    source that gave each."""
    given = [(e.fatalities, _source(r)) for e, r in members if e.fatalities is not None]
    if not given:
        return None, None, None
    counts = Counter(toll for toll, _ in given)
    toll = min(counts, key=lambda t: (-counts[t], t))
    low = min(given, key=lambda g: g[0])
    high = max(given, key=lambda g: g[0])  # max keeps the first of equals
    return toll, low, high


def build_incident(cluster_id: str, members: Iterable[tuple[Event, Report]]) -> Incident:
    """One incident from the events of one cluster and their reports."""
    ordered = sorted(members, key=lambda m: m[1].anchor)
    if not ordered:
        raise ValueError(f"cluster {cluster_id} has no members")
    event_type, sub_event_type = _type(ordered)
    dated = _dates(ordered)
    toll, low, high = _tolls(ordered)
    published = [r.published for _, r in ordered]
    return Incident(
        id=cluster_id,
        event_type=event_type,
        sub_event_type=sub_event_type,
        date_start=dated.date_start,
        date_end=dated.date_end,
        time_precision=dated.time_precision,
        location=_location(ordered),
        actor1=_most_common(e.actor1 for e, _ in ordered),
        actor2=_most_common(e.actor2 for e, _ in ordered),
        fatalities=toll,
        fatalities_low=low[0] if low else None,
        fatalities_low_source=low[1] if low else None,
        fatalities_high=high[0] if high else None,
        fatalities_high_source=high[1] if high else None,
        n_articles=len({r.article_id for _, r in ordered}),
        n_outlets=len({_source(r) for _, r in ordered}),
        first_reported=min(published),
        last_reported=max(published),
        members=[
            IncidentMember(
                event_id=e.id,
                article_id=r.article_id,
                published=r.published,
                outlet=r.outlet,
                reported_by=list(e.reported_by),
                fatalities=e.fatalities,
                evidence=e.evidence.text,
            )
            for e, r in ordered
        ],
    )
