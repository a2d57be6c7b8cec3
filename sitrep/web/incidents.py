"""GET /incidents and /incidents/{id}: the clustered incidents, filtered and paged like
/events, and one incident with every member report."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response

from sitrep.export import incidents_geojson, write_incidents_csv_to
from sitrep.store import EventQuery, Store
from sitrep.web.events import FORMATS, choose_format, json_response, page_response
from sitrep.web.params import Page, event_query, invalid, page
from sitrep.web.schemas import IncidentOut, IncidentPage
from sitrep.web.service import Reader

router = APIRouter(tags=["incidents"])

#: filters of /events over columns the incidents table has not (an incident has many
#: evidence sentences and no confidence of its own): refused rather than silently ignored
_EVENT_ONLY = {
    "text": "incidents have no evidence column; use /events?text= and their cluster_id",
    "min_confidence": "incidents have no confidence; use /events?min_confidence=",
}


def incident_query(query: Annotated[EventQuery, Depends(event_query)]) -> EventQuery:
    """The filters of /events that the incidents table can serve."""
    for name, why in _EVENT_ONLY.items():
        if getattr(query, name) is not None:
            invalid(name, getattr(query, name), f"not a filter of /incidents: {why}")
    return query


@router.get(
    "/incidents",
    response_model=IncidentPage,
    responses={
        200: {
            "content": {
                "application/geo+json": {"schema": {"type": "object"}},
                "text/csv": {"schema": {"type": "string"}},
            },
            "description": "JSON (default), GeoJSON or CSV (as `sitrep export --incidents`"
            " writes them); chosen by format= or the Accept header. Link and X-Total-Count"
            " headers give paging.",
        }
    },
)
def list_incidents(
    request: Request,
    store: Reader,
    query: Annotated[EventQuery, Depends(incident_query)],
    paging: Annotated[Page, Depends(page)],
    format: Annotated[str | None, Query(description="json | geojson | csv")] = None,
) -> Response:
    """Incidents matching every filter given, latest first then by id, a page at a time."""
    fmt = choose_format(format, request.headers.get("accept", ""))
    query.limit, query.offset = paging.limit, paging.offset
    rows = store.incidents(query)
    count = store.incident_count  # asked only when the page is full
    return page_response(
        request, fmt, paging, rows, lambda: count(query), write_incidents_csv_to, incidents_geojson
    )


@router.get("/incidents/{incident_id}", response_model=IncidentOut)
def get_incident(incident_id: str, store: Reader) -> Response:
    """One incident with every member report: its event row (evidence, offsets, article id,
    URL and outlet); each article's text and layers are at /articles/{article_id}."""
    found = store.incident(incident_id)
    if found is None:
        raise HTTPException(404, f"no incident {incident_id!r} in the store")
    found["members"] = [_with_event(store, member) for member in found["members"]]
    return json_response(found, FORMATS["json"], {})


def _with_event(store: Store, member: dict[str, Any]) -> dict[str, Any]:
    # a member whose event was replaced since clustering keeps what the incident recorded
    return member | {"event": store.event(member["event_id"])}
