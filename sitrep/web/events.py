"""GET /events, /events/{id} and /stats: the stored events, filtered, paged, in three formats."""

from __future__ import annotations

import io
import json
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response

from sitrep.export import geojson, write_csv_to
from sitrep.store import EventQuery
from sitrep.web.params import Page, event_query, invalid, page
from sitrep.web.schemas import EventOut, EventPage, Stats
from sitrep.web.service import Reader

router = APIRouter(tags=["events"])

FORMATS = {"json": "application/json", "geojson": "application/geo+json", "csv": "text/csv"}

Filters = Annotated[EventQuery, Depends(event_query)]


@router.get(
    "/events",
    response_model=EventPage,
    responses={
        200: {
            "content": {
                "application/geo+json": {"schema": {"type": "object"}},
                "text/csv": {"schema": {"type": "string"}},
            },
            "description": "JSON (default), GeoJSON or CSV in ACLED's columns; chosen by"
            " format= or the Accept header. Link and X-Total-Count headers give paging.",
        }
    },
)
def list_events(
    request: Request,
    store: Reader,
    query: Filters,
    paging: Annotated[Page, Depends(page)],
    format: Annotated[str | None, Query(description="json | geojson | csv")] = None,
) -> Response:
    """Events matching every filter given, newest first then by id, one page at a time."""
    fmt = choose_format(format, request.headers.get("accept", ""))
    query.limit, query.offset = paging.limit, paging.offset
    rows = store.events(query)
    count = store.event_count  # asked only when the page is full
    return page_response(request, fmt, paging, rows, lambda: count(query), write_csv_to, geojson)


def page_response(
    request: Request,
    fmt: str,
    paging: Page,
    rows: list[dict[str, Any]],
    count: Callable[[], int],
    write_csv: Callable[[list[dict[str, Any]], io.StringIO], None],
    to_geojson: Callable[[list[dict[str, Any]]], dict[str, Any]],
) -> Response:
    """One page of rows (events or incidents) as CSV, GeoJSON or JSON, with paging headers."""
    total, next_url, headers = paged(request, paging, len(rows), count)
    if fmt == "csv":
        buffer = io.StringIO()
        write_csv(rows, buffer)
        return Response(buffer.getvalue(), media_type="text/csv; charset=utf-8", headers=headers)
    paging_fields = {"count": total, "page": paging.page, "limit": paging.limit, "next": next_url}
    if fmt == "geojson":
        body = to_geojson(rows) | paging_fields  # foreign members, as RFC 7946 allows
        return json_response(body, FORMATS["geojson"], headers)
    return json_response(paging_fields | {"data": rows}, FORMATS["json"], headers)


@router.get("/events/{event_id}", response_model=EventOut)
def get_event(event_id: str, store: Reader) -> Response:
    """One event; its article (text and layers) is at /articles/{article_id}."""
    found = store.event(event_id)
    if found is None:
        raise HTTPException(404, f"no event {event_id!r} in the store")
    return json_response(
        found, FORMATS["json"], {"Link": f'</articles/{found["article_id"]}>; rel="up"'}
    )


@router.get("/stats", response_model=Stats, tags=["stats"])
def get_stats(store: Reader, query: Filters) -> Stats:
    """Counts of the events matching the filters: by type, by country, by week and type."""
    return Stats.model_validate(store.stats(query))


def paged(
    request: Request, paging: Page, found: int, count: Callable[[], int]
) -> tuple[int, str | None, dict[str, str]]:
    """The total over all pages, the next page's URL and the paging headers of a list."""
    if found < paging.limit and (found or not paging.offset):
        total = paging.offset + found  # the last page: no second pass to count
    else:
        total = count()
    after = paging.offset + found
    next_url = (
        str(request.url.include_query_params(page=paging.page + 1)) if after < total else None
    )
    headers = {"X-Total-Count": str(total)}
    if next_url:
        headers["Link"] = f'<{next_url}>; rel="next"'
    return total, next_url, headers


def choose_format(given: str | None, accept: str) -> str:
    if given is not None:
        if given not in FORMATS:
            invalid("format", given, f"choose one of {', '.join(FORMATS)}")
        return given
    for fmt in ("geojson", "csv"):  # an Accept header naming one of them; else JSON
        if FORMATS[fmt] in accept:
            return fmt
    return "json"


def json_response(body: Any, media_type: str, headers: dict[str, str]) -> Response:
    # the rows are plain data already: skip validating up to 10,000 of them against the model
    text = json.dumps(body, ensure_ascii=False, default=str)
    return Response(text, media_type=media_type, headers=headers)
