"""When two reports are one incident: type, place, dates and actors, each by a rule of the data.

``Report`` is what the rules compare: an event reduced to the fields they read, with its
article's id, publication date and outlet. ``same_incident`` is symmetric and reads nothing
but the two reports and the rules, so clusters depend only on the set of reports.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date

from sitrep.cluster.rules import Rules
from sitrep.model import Event

EARTH_KM = 6371.0088


@dataclass(slots=True)
class Report:
    """One event as clustering sees it."""

    event_id: str
    article_id: str
    published: str  # ISO date of the article
    outlet: str | None
    event_type: str
    sub_event_type: str
    start: int  # proleptic ordinal of date_start
    end: int
    lat: float | None
    lon: float | None
    precision: int
    geonameid: int | None
    country: str | None
    admin1: str | None
    admin2: str | None
    actor1: str | None  # loose identity; None when unknown or unspecific
    actor2: str | None

    # The cluster id this report gives a cluster it is the first-reported member of. The
    # publication date comes first so the smallest anchor is the earliest report: a cluster's
    # id changes only when an earlier report of it arrives. Kept, not computed on each use,
    # so that every edge and set of a million reports shares one string per report.
    anchor: str = field(init=False)

    def __post_init__(self) -> None:
        self.anchor = f"{self.published.replace('-', '')}-{self.event_id}"


def article_of(event_id: str) -> str:
    """The article id inside an event id (``model.event_id``: article id, dash, index)."""
    return event_id.rsplit("-", 1)[0]


def loose_actor(name: str | None, rules: Rules) -> str | None:
    """The identity two actor names are compared by; None for no name or an unspecific one."""
    if not name or name.startswith(rules.unspecific_actors):
        return None
    for pattern, replacement in rules.loose_actors:
        name = pattern.sub(replacement, name)
    return name.casefold()


def report_of(
    event: Event, published: str, outlet: str | None, rules: Rules, article_id: str | None = None
) -> Report:
    location = event.location
    return Report(
        event_id=event.id,
        article_id=article_id or article_of(event.id),
        published=published,
        outlet=outlet,
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        start=date.fromisoformat(event.date_start).toordinal(),
        end=date.fromisoformat(event.date_end).toordinal(),
        lat=location.lat if location else None,
        lon=location.lon if location else None,
        precision=location.precision if location else 3,
        geonameid=location.geonameid if location else None,
        country=location.country_code if location else None,
        admin1=location.admin1 if location else None,
        admin2=location.admin2 if location else None,
        actor1=loose_actor(event.actor1, rules),
        actor2=loose_actor(event.actor2, rules),
    )


def km(a: Report, b: Report) -> float:
    """Great-circle distance between two located reports."""
    p1, p2 = math.radians(a.lat), math.radians(b.lat)  # type: ignore[arg-type]
    dl = math.radians(b.lon - a.lon)  # type: ignore[operator]
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_KM * math.asin(min(1.0, math.sqrt(h)))


def types_compatible(a: Report, b: Report, rules: Rules) -> bool:
    if a.sub_event_type == b.sub_event_type:
        return True
    if a.event_type == b.event_type:
        return a.event_type not in rules.same_sub_type_only
    return frozenset((a.sub_event_type, b.sub_event_type)) in rules.near_pairs


def _same_place(a: Report, b: Report) -> bool:
    return a.geonameid is not None and a.geonameid == b.geonameid


def dates_compatible(a: Report, b: Report, rules: Rules) -> bool:
    if max(a.start - b.end, b.start - a.end) > rules.max_gap_days:
        return False
    widest = max(a.end - a.start, b.end - b.start)
    if widest > rules.max_span_days:
        return False
    # A vague range joins only the same kind of incident at the same place.
    return widest <= rules.tight_span_days or (
        a.sub_event_type == b.sub_event_type and _same_place(a, b)
    )


def _same_region(a: Report, b: Report) -> bool:
    if a.country is None or a.country != b.country:
        return False
    if a.admin1 is not None and a.admin1 == b.admin1:
        return True
    return _same_place(a, b)


def places_compatible(a: Report, b: Report, rules: Rules) -> bool:
    """The same gazetteer place at any precision; else by distance and region, by precision."""
    if a.lat is None or b.lat is None:
        return False
    if _same_place(a, b):
        return True
    coarsest = max(a.precision, b.precision)
    if coarsest >= 3:
        both_regions = min(a.precision, b.precision) >= 3
        return (both_regions or rules.region_with_finer) and _same_region(a, b)
    distance = km(a, b)
    if coarsest == 1:
        return distance <= rules.town_km
    if distance <= rules.district_km:
        return True
    same_district = a.admin2 is not None and a.admin2 == b.admin2 and _same_region(a, b)
    return same_district and distance <= rules.same_district_km


def actors_compatible(a: Report, b: Report) -> bool:
    """No contradiction: each side's known actors agree in the same roles, or swapped (who
    fired first in a clash is rarely what two outlets agree on) when the swap puts one named
    actor on both sides, not only unknowns against names."""

    def agree(x: str | None, y: str | None) -> bool:
        return x is None or y is None or x == y

    if agree(a.actor1, b.actor1) and agree(a.actor2, b.actor2):
        return True
    named = (a.actor1 is not None and a.actor1 == b.actor2) or (
        a.actor2 is not None and a.actor2 == b.actor1
    )
    return named and agree(a.actor1, b.actor2) and agree(a.actor2, b.actor1)


def same_incident(a: Report, b: Report, rules: Rules) -> bool:
    """Whether two reports from different articles tell of one incident.

    Two events of one article never are: the analyzer already merged an article's mentions of
    one incident, so what it kept apart is apart.
    """
    return (
        a.article_id != b.article_id
        and types_compatible(a, b, rules)
        and dates_compatible(a, b, rules)
        and places_compatible(a, b, rules)
        and actors_compatible(a, b)
    )


def cost(a: Report, b: Report, rules: Rules) -> float:
    """How loosely two matching reports agree: competing matches are taken cheapest first."""
    gap = max(0, a.start - b.end, b.start - a.end)
    spans = (a.end - a.start) + (b.end - b.start)
    distance = 0.0 if _same_place(a, b) else km(a, b)
    if a.event_type != b.event_type:
        kind = rules.other_type
    else:
        kind = rules.other_sub_type if a.sub_event_type != b.sub_event_type else 0.0
    return gap + spans * rules.vague_per_day + distance / rules.km_per_day + kind
