"""The record: every type that flows between stages, in one place.

Each arrow of the flow in DESIGN.md is one of these plain dataclasses.
``Analysis.to_dict`` is the JSON contract of ``sitrep extract --json``:
every key is always present, lists may be empty, nothing is a placeholder.
This module imports nothing of sitrep.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, fields
from datetime import date
from typing import Any

_SPACE = re.compile(r"\s+")


#: The publication years the analysis can date from: near year 1 or 9999 its date arithmetic
#: (the weekday nearest the story's day, "last year", a month's span) leaves the calendar.
PUBLISHED_YEARS = range(1000, 9001)


def check_published(day: date) -> str | None:
    """Why a publication date cannot be analyzed (outside PUBLISHED_YEARS), or None."""
    if day.year in PUBLISHED_YEARS:
        return None
    first, last = PUBLISHED_YEARS[0], PUBLISHED_YEARS[-1]
    return f"publication date {day.isoformat()} is outside the years {first}-{last}"


def normalize_text(text: str) -> str:
    """NFC with whitespace folded: the form an article's id is computed from."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def article_id(text: str) -> str:
    """A stable id from the normalised text, so the same story from any reader is one article."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()[:16]


@dataclass(slots=True)
class Article:
    text: str
    published: date
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    id: str = ""

    def __post_init__(self) -> None:
        if not self.id:
            self.id = article_id(self.text)

    def header(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "published": self.published.isoformat(),
            "title": self.title,
            "url": self.url,
            "outlet": self.outlet,
        }


@dataclass(slots=True)
class Span:
    """A stretch of the article text, by character offsets."""

    text: str
    start: int
    end: int


@dataclass(slots=True)
class Place:
    text: str
    start: int
    end: int
    name: str
    geonameid: int | None
    country_code: str | None
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    feature_code: str | None
    confidence: float
    # A people's name read as its country ("Russian drones", "Palestinians"), or a country's
    # name that only says whose ("Iran-backed militias", "a US base", "the U.S. military"): a
    # mention of the country for geoparsing, never where an incident happened. Absent in older
    # records: False.
    demonym: bool = False


@dataclass(slots=True)
class DateMention:
    text: str
    start: int
    end: int
    value_start: str  # ISO YYYY-MM-DD
    value_end: str
    granularity: str  # day | week | month | year | vaguer


@dataclass(slots=True)
class Quote:
    speaker: str | None
    text: str
    start: int
    end: int


@dataclass(slots=True)
class MediaRef:
    url: str | None
    platform: str | None
    account: str | None
    posted_by: str | None = None  # who put the post out, as the article names them


@dataclass(slots=True)
class ActorMention:
    """A mention of an armed, state or civilian party, normalised to an ACLED-style name."""

    text: str
    start: int
    end: int
    name: str
    kind: str  # military | police | rebel | militia | civilians | protesters | rioters | other
    country_code: str | None = None


@dataclass(slots=True)
class Attribution:
    """Who the article attributes one sentence to; the chain runs from origin to relay."""

    start: int
    end: int
    sources: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Sourcing:
    """The layer of the sources stage."""

    quotes: list[Quote] = field(default_factory=list)
    media: list[MediaRef] = field(default_factory=list)
    attributions: list[Attribution] = field(default_factory=list)
    credits: list[Span] = field(default_factory=list)  # photo credits: never sources of the story


@dataclass(slots=True)
class Trigger:
    """A word or phrase in one sentence that reports an incident of an ACLED sub-event type.

    Only asserted incidents become triggers: negated, hypothetical, planned, threatened
    or denied ones are dropped by the typer.
    """

    event_type: str
    sub_event_type: str
    text: str
    start: int
    end: int
    sent_start: int
    sent_end: int
    confidence: float


@dataclass(slots=True)
class Location:
    name: str
    geonameid: int | None
    country_code: str | None
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    precision: int  # ACLED: 1 the town, 2 near a town or a district, 3 only a region


@dataclass(slots=True)
class Event:
    id: str
    event_type: str
    sub_event_type: str
    date_start: str
    date_end: str
    time_precision: int  # 1 the day, 2 the week, 3 the month or vaguer
    location: Location | None
    actor1: str | None
    actor2: str | None
    fatalities: int | None
    reported_by: list[str]
    evidence: Span
    confidence: float
    cluster_id: str | None = None  # the incident it reports, once clustered across articles


@dataclass(slots=True)
class Layout:
    """The layer of the layout stage: where the article's parts stand, by character offsets.

    Each kind of part is found once, here, and read by the stages after it. Datelines come in
    two readings that the stages have always told apart: ``datelines`` (a place and an agency
    or a dash heading one of the first paragraphs: the reporter's place, not the incident's)
    and ``wire_datelines`` (the agency's dateline opening a paragraph: no source of a claim).
    """

    headline_end: int = 0  # 0 without a headline
    paragraphs: list[tuple[int, int]] = field(default_factory=list)  # split at blank lines
    datelines: list[tuple[int, int]] = field(default_factory=list)
    wire_datelines: list[tuple[int, int]] = field(default_factory=list)
    dateline_zone: int = 0  # how far into the text a dateline in capitals may start
    # lines that tell no incident: those with a photo credit, teasers, section headings
    captions: list[tuple[int, int]] = field(default_factory=list)
    credits: list[tuple[int, int]] = field(default_factory=list)  # the photo credits themselves

    def in_caption(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.captions)

    def in_dateline(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.datelines)

    def in_dateline_zone(self, offset: int) -> bool:
        return offset < self.dateline_zone


@dataclass(slots=True)
class Analysis:
    """One article and every layer the analyze stages found in it.

    ``layout`` and ``triggers`` are working layers that later stages read; ``to_dict`` (the
    record) leaves them out.
    """

    article: Article
    layout: Layout = field(default_factory=Layout)
    triggers: list[Trigger] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    actors: list[ActorMention] = field(default_factory=list)
    sources: Sourcing = field(default_factory=Sourcing)
    events: list[Event] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "article": self.article.header(),
            "places": [plain(p) for p in self.places],
            "dates": [plain(d) for d in self.dates],
            "quotes": [plain(q) for q in self.sources.quotes],
            "media": [plain(m) for m in self.sources.media],
            "events": [plain(e) for e in self.events],
        }


def plain(value: Any) -> Any:
    """``dataclasses.asdict`` for the record's types (dataclasses, lists, tuples, dicts and
    immutable values), without its deep copy of every value: a fifth of its time."""
    if hasattr(type(value), "__dataclass_fields__"):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, list | tuple):
        return type(value)(plain(v) for v in value)
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    return value


def event_id(article_id: str, index: int) -> str:
    return f"{article_id}-{index:03d}"


@dataclass(slots=True)
class IncidentMember:
    """One event of an incident: the report, who it cites and what toll it gives."""

    event_id: str
    article_id: str
    published: str  # ISO date of the article
    outlet: str | None
    reported_by: list[str]
    fatalities: int | None
    evidence: str  # the sentence of the member's article that reports it


@dataclass(slots=True)
class Incident:
    """Events of many articles that report one incident, and the record standing for them.

    ``fatalities`` is the toll most members give (ties to the lowest); ``fatalities_low`` and
    ``fatalities_high`` bound what they give, each with the source (outlet, else article) that
    gave it.
    """

    id: str
    event_type: str
    sub_event_type: str
    date_start: str
    date_end: str
    time_precision: int
    location: Location | None
    actor1: str | None
    actor2: str | None
    fatalities: int | None
    fatalities_low: int | None
    fatalities_low_source: str | None
    fatalities_high: int | None
    fatalities_high_source: str | None
    n_articles: int
    n_outlets: int
    first_reported: str
    last_reported: str
    members: list[IncidentMember] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return plain(self)
