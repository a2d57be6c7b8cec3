"""The store's seam: what the CLI, the runner and the exports may ask of any back end.

A back end keeps every layer of every analysed article. Writes are idempotent
upserts keyed by article id, one transaction per batch, so a crash loses no
committed article and leaves no half-written one. See docs/ARCHITECTURE.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import date
from typing import Any, Protocol, runtime_checkable

from sitrep.model import Analysis, Event, Incident


class StoreError(RuntimeError):
    """A store that cannot be opened or used as asked; the message says what to do."""


class StoreNotFound(StoreError, FileNotFoundError):
    """A read-only open of a store that does not exist."""


class SchemaTooNew(StoreError):
    """A store written by a newer sitrep, whose schema this one does not know."""


@dataclass(slots=True)
class EventQuery:
    """Filters of `sitrep events` and the API; None means no filter.

    ``bbox`` is (min_lon, min_lat, max_lon, max_lat) in degrees, in the order of
    ACLED's API and GeoJSON; a min_lon above max_lon spans the antimeridian.
    """

    country: str | None = None
    event_type: str | None = None
    since: date | None = None
    until: date | None = None
    near: tuple[float, float, float] | None = None  # lat, lon, km
    limit: int | None = None
    # min_lon, min_lat, max_lon, max_lat; min_lon > max_lon crosses the antimeridian
    bbox: tuple[float, float, float, float] | None = None
    admin1: str | None = None
    sub_event_type: str | None = None
    actor: str | None = None  # a part of either actor's name
    actor1: str | None = None  # a whole name, as ACLED's API takes it
    actor2: str | None = None
    text: str | None = None  # a part of the evidence sentence
    min_confidence: float | None = None
    offset: int = 0  # rows skipped, in the stable order of ``events``

    def __post_init__(self) -> None:
        if self.bbox is not None:
            check_bbox(self.bbox)


def check_bbox(bbox: Sequence[float]) -> None:
    """A ValueError saying what is wrong with a bounding box, if anything is."""
    if len(bbox) != 4:
        raise ValueError(f"a bbox has 4 numbers (min_lon,min_lat,max_lon,max_lat), not {len(bbox)}")
    west, south, east, north = bbox
    if not all(-180 <= lon <= 180 for lon in (west, east)):
        raise ValueError("a bbox's longitudes lie between -180 and 180")
    if not -90 <= south <= north <= 90:
        raise ValueError("a bbox's latitudes lie between -90 and 90, min_lat first")


@dataclass(slots=True)
class ClusterMember:
    """A stored event as clustering reads it: with its article's date and outlet, and the
    group it was last put in (None while it waits to be clustered)."""

    event: Event
    article_id: str
    published: str
    outlet: str | None
    group: str | None


@dataclass(slots=True)
class Placed:
    """Where clustering put an event: its group, its cluster (the incident), and the keys of
    the cell and region it was blocked in (what ``Near`` asks for)."""

    group: str
    cluster: str
    cell: str | None
    region: str | None


@dataclass(slots=True)
class Near:
    """Cells and regions, each with a first and last day: clustered events kept with one of
    these keys whose date range touches its days."""

    cells: Mapping[str, tuple[date, date]]
    regions: Mapping[str, tuple[date, date]]


@runtime_checkable
class Store(Protocol):
    """Every back end offers these; nothing above the store knows which one it talks to."""

    #: the analysis version written with each article (see ``sitrep.analysis_version``)
    version: str
    read_only: bool

    def write(self, analyses: Sequence[Analysis]) -> None:
        """Replace these articles and all their layers, in one transaction."""
        ...

    def current_ids(self, ids: Iterable[str]) -> set[str]:
        """The ids among these already stored by this version (nothing to redo)."""
        ...

    def events(self, query: EventQuery | None = None) -> list[dict[str, Any]]:
        """Stored events joined with their article's header, newest first (then by id)."""
        ...

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One stored event as ``events`` gives it, or None."""
        ...

    def event_count(self, query: EventQuery | None = None) -> int:
        """How many events match, ignoring the query's limit and offset."""
        ...

    def stats(self, query: EventQuery | None = None) -> dict[str, Any]:
        """Counts of the matching events: ``total``, ``by_type`` and ``by_country`` (name ->
        count), ``by_week`` (rows of ``week`` (the Monday of date_start), ``event_type``,
        ``count``, oldest first)."""
        ...

    def session(self) -> Store:
        """The same store for one thread at a time (a server's request): its reads see
        committed data and do not wait behind another session's write. Close it after."""
        ...

    def hold_for(self, address: str | None) -> None:
        """Note that a server at ``address`` (host:port) owns this store, so that another
        writer fails at once naming it; None withdraws the note. A no-op where the back end
        takes several writers."""
        ...

    def article(self, article_id: str) -> Analysis | None:
        """One stored article with the layers the store keeps, or None."""
        ...

    def article_count(self) -> int: ...

    def cluster_members(
        self,
        *,
        pending: bool = False,
        groups: Iterable[str] | None = None,
        near: Near | None = None,
    ) -> list[ClusterMember]:
        """Events for clustering: those not clustered yet (``pending``), those of the given
        groups, or the clustered ones ``near`` names; all without a filter."""
        ...

    def dirty_groups(self) -> set[str]:
        """Groups some events left when their article was analysed again."""
        ...

    def clustering(self) -> AbstractContextManager[None]:
        """Held while a process clusters (reads, links, writes): another process clustering
        the same store waits, so two never place the same events at once. A no-op where one
        process writes (DuckDB)."""
        ...

    def write_clusters(
        self,
        assigned: Mapping[str, Placed],
        incidents: Sequence[Incident],
        everything: bool = False,
    ) -> None:
        """In one transaction: set where events were placed, replace the incidents of every
        cluster they were or now are in (all incidents if ``everything``), and forget the
        dirty groups."""
        ...

    def incidents(self, query: EventQuery | None = None) -> list[dict[str, Any]]:
        """Stored incidents, filtered like events, newest first; ``members`` decoded."""
        ...

    def incident_count(self, query: EventQuery | None = None) -> int:
        """How many stored incidents match the filters (``limit`` and ``offset`` aside)."""
        ...

    def incident(self, incident_id: str) -> dict[str, Any] | None:
        """One stored incident, ``members`` decoded; None if there is none by that id."""
        ...

    def check_integrity(self) -> list[str]:
        """What is wrong with the stored data, one line each; an empty list when all is well."""
        ...

    def schema_version(self) -> int: ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...
