"""The shapes of the API's answers and of a posted article, for validation and the OpenAPI
schema (/docs). Field names are the store's (sitrep/store/rows.py)."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, Field


class EventOut(BaseModel):
    id: str
    article_id: str
    event_type: str
    sub_event_type: str
    date_start: str
    date_end: str
    time_precision: int
    location_name: str | None
    geonameid: int | None
    country_code: str | None
    admin1: str | None
    admin2: str | None
    lat: float | None
    lon: float | None
    geo_precision: int | None
    actor1: str | None
    actor2: str | None
    fatalities: int | None
    reported_by: list[str]
    evidence_text: str
    evidence_start: int
    evidence_end: int
    confidence: float
    published: str | None
    article_url: str | None
    outlet: str | None
    article_title: str | None
    cluster_id: str | None = Field(None, description="The incident it belongs to, once clustered")
    cluster_group: str | None = None
    cluster_cell: str | None = None
    cluster_region: str | None = None


class EventPage(BaseModel):
    """One page of events, newest first, then by id (a stable order)."""

    count: int = Field(description="Events matching the filters, over all pages")
    page: int
    limit: int
    next: str | None = Field(description="The next page's URL, or null on the last")
    data: list[EventOut]


class ArticleOut(BaseModel):
    """An article's text and every stored layer; offsets index ``text``."""

    article: dict[str, Any]
    text: str
    places: list[dict[str, Any]]
    dates: list[dict[str, Any]]
    quotes: list[dict[str, Any]]
    media: list[dict[str, Any]]
    events: list[dict[str, Any]]


class WeekCount(BaseModel):
    week: str = Field(description="The Monday of the week of date_start")
    event_type: str
    count: int


class Stats(BaseModel):
    total: int
    by_type: dict[str, int]
    by_country: dict[str | None, int]
    by_week: list[WeekCount]


class ArticleIn(BaseModel):
    """An article to analyse and store (the keys of `sitrep ingest`'s JSON records)."""

    text: str = Field(min_length=1)
    published: date
    title: str | None = None
    url: str | None = None
    outlet: str | None = None


class Stored(BaseModel):
    id: str
    events: list[str]
    url: str


class PostResult(BaseModel):
    stored: int
    duplicates: int = Field(description="Articles this analysis version had already stored")
    failed: list[str]
    articles: list[Stored]


class Meta(BaseModel):
    """What the page needs to draw its filters and what this server allows."""

    version: str
    taxonomy: dict[str, list[str]]
    writes: bool = Field(description="Whether POST /articles is on (a token is set)")
    max_page_size: int
    max_upload_bytes: int
    incidents: bool = Field(description="Whether /incidents is served (the clustering issue)")


class IncidentOut(BaseModel):
    """Events of many articles that report one incident, and the record standing for them."""

    id: str
    event_type: str
    sub_event_type: str
    date_start: str
    date_end: str
    location_name: str | None
    country_code: str | None
    admin1: str | None
    lat: float | None
    lon: float | None
    actor1: str | None
    actor2: str | None
    fatalities: int | None
    fatalities_low: int | None
    fatalities_high: int | None
    n_articles: int
    n_outlets: int
    first_reported: str | None
    last_reported: str | None
    members: list[dict[str, Any]] = Field(
        description="Each report: event_id, article_id, published, outlet, fatalities,"
        " evidence; GET /incidents/{id} adds the member's event row as ``event``"
    )


class IncidentPage(BaseModel):
    """One page of incidents, latest end date first, then by id (a stable order)."""

    count: int = Field(description="Incidents matching the filters, over all pages")
    page: int
    limit: int
    next: str | None = Field(description="The next page's URL, or null on the last")
    data: list[IncidentOut]
