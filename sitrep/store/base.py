"""The store's seam: what the CLI, the runner and the exports may ask of any back end.

A back end keeps every layer of every analysed article. Writes are idempotent
upserts keyed by article id, one transaction per batch, so a crash loses no
committed article and leaves no half-written one. See docs/ARCHITECTURE.md.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
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
    """Filters of `sitrep events`; None means no filter."""

    country: str | None = None
    event_type: str | None = None
    since: date | None = None
    until: date | None = None
    near: tuple[float, float, float] | None = None  # lat, lon, km
    limit: int | None = None


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
        """Stored events joined with their article's header, newest first."""
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

    def check_integrity(self) -> list[str]:
        """What is wrong with the stored data, one line each; an empty list when all is well."""
        ...

    def schema_version(self) -> int: ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...
