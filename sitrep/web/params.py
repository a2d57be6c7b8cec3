"""Query parameters of /events and /stats, checked and turned into an EventQuery.

Names follow ACLED's API where it has one (country, admin1, event_type,
sub_event_type, actor1, actor2, event_date with ``FROM|TO`` for a range, limit,
page); a bad value or an unknown name is a 422 naming the parameter.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, NoReturn

import pycountry
from fastapi import Query, Request
from fastapi.exceptions import RequestValidationError

from sitrep.store import EventQuery
from sitrep.web.limits import DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, taxonomy

#: parameters every list endpoint takes besides the filters
_COMMON = {"format", "limit", "page"}


def invalid(name: str, value: Any, message: str) -> NoReturn:
    """A 422 in FastAPI's own shape, so clients read every bad parameter alike."""
    raise RequestValidationError(
        [{"type": "value_error", "loc": ("query", name), "msg": message, "input": value}]
    )


def event_query(
    request: Request,
    bbox: Annotated[
        str | None,
        Query(description="min_lon,min_lat,max_lon,max_lat (degrees)", examples=["22,44,41,53"]),
    ] = None,
    event_date: Annotated[
        str | None,
        Query(description="YYYY-MM-DD, or FROM|TO for a range (as ACLED's API takes it)"),
    ] = None,
    since: Annotated[date | None, Query(description="Events ending on or after")] = None,
    until: Annotated[date | None, Query(description="Events starting on or before")] = None,
    country: Annotated[
        str | None, Query(description="A country's name or ISO code (UA, UKR, Ukraine)")
    ] = None,
    admin1: Annotated[str | None, Query(description="First-level region, whole name")] = None,
    event_type: Annotated[str | None, Query(description="An ACLED event type")] = None,
    sub_event_type: Annotated[str | None, Query(description="An ACLED sub-event type")] = None,
    actor: Annotated[str | None, Query(description="A part of either actor's name")] = None,
    actor1: Annotated[str | None, Query(description="Actor 1, whole name")] = None,
    actor2: Annotated[str | None, Query(description="Actor 2, whole name")] = None,
    text: Annotated[str | None, Query(description="Words in the evidence sentence")] = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1)] = None,
) -> EventQuery:
    """The filters of a list request as the store takes them."""
    _refuse_unknown(request)
    first, last = _dates(event_date, since, until)
    box = _bbox(bbox)
    try:
        return EventQuery(
            country=_country(country),
            event_type=_known_type(event_type),
            since=first,
            until=last,
            bbox=box,
            admin1=admin1,
            sub_event_type=_known_sub_type(sub_event_type),
            actor=actor,
            actor1=actor1,
            actor2=actor2,
            text=text,
            min_confidence=min_confidence,
        )
    except ValueError as err:  # a check of the store's own, e.g. a box it cannot take
        invalid("bbox", bbox, str(err))


@dataclass(frozen=True, slots=True)
class Page:
    limit: int
    page: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.limit


def page(
    limit: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Rows per page")] = (
        DEFAULT_PAGE_SIZE
    ),
    page: Annotated[int, Query(ge=1, le=1_000_000, description="Page number, from 1")] = 1,
) -> Page:
    return Page(limit, page)


def _refuse_unknown(request: Request) -> None:
    known = _COMMON | set(event_query.__annotations__) - {"request", "return"}
    unknown = sorted(set(request.query_params) - known)
    if unknown:
        invalid(unknown[0], request.query_params[unknown[0]], _unknown_message(known))


def _unknown_message(known: set[str]) -> str:
    return f"unknown parameter; this endpoint takes {', '.join(sorted(known))}"


def _bbox(value: str | None) -> tuple[float, float, float, float] | None:
    if value is None:
        return None
    try:
        min_lon, min_lat, max_lon, max_lat = (float(part) for part in value.split(","))
    except ValueError:
        invalid("bbox", value, "expected four numbers min_lon,min_lat,max_lon,max_lat")
    if not all(-180 <= lon <= 180 for lon in (min_lon, max_lon)):
        invalid("bbox", value, "longitudes must lie between -180 and 180")
    if not -90 <= min_lat <= max_lat <= 90:
        invalid("bbox", value, "latitudes must lie between -90 and 90, the smaller first")
    return min_lon, min_lat, max_lon, max_lat


def _dates(
    event_date: str | None, since: date | None, until: date | None
) -> tuple[date | None, date | None]:
    if event_date is not None:
        if since or until:
            invalid("event_date", event_date, "give event_date or since/until, not both")
        since, until = _date_range(event_date)
    if since and until and since > until:
        invalid("until", until.isoformat(), "until is before since")
    return since, until


def _date_range(value: str) -> tuple[date, date]:
    parts = value.split("|")
    try:
        days = [date.fromisoformat(part.strip()) for part in parts]
    except ValueError:
        invalid("event_date", value, "expected YYYY-MM-DD or YYYY-MM-DD|YYYY-MM-DD")
    if len(days) not in (1, 2) or days[0] > days[-1]:
        invalid("event_date", value, "expected one day, or FROM|TO with FROM not after TO")
    return days[0], days[-1]


def _country(value: str | None) -> str | None:
    """An ISO alpha-2 code from a code or a name, as the store keeps countries."""
    if value is None:
        return None
    try:
        return str(pycountry.countries.lookup(value.strip()).alpha_2)
    except LookupError:
        invalid("country", value, "not a country name or ISO 3166 code")


def _known_type(value: str | None) -> str | None:
    """An event type; a sub-event type is taken too, as `sitrep events --type` takes it."""
    names = {n.lower() for t, subs in taxonomy().items() for n in (t, *subs)}
    if value is not None and value.lower() not in names:
        invalid("event_type", value, f"not an ACLED event type: {', '.join(taxonomy())}")
    return value


def _known_sub_type(value: str | None) -> str | None:
    names = {sub.lower() for subs in taxonomy().values() for sub in subs}
    if value is not None and value.lower() not in names:
        invalid("sub_event_type", value, "not an ACLED sub-event type (see GET /meta)")
    return value
