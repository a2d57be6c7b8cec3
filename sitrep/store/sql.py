"""What the SQL back ends share: the reads and the integrity check, written once.

The SQL here is the part DuckDB and PostgreSQL both accept, with ``?`` marking a
parameter (a back end whose driver marks them otherwise rewrites the mark; no
statement here holds a literal ``?``). A back end supplies how to run a statement
(``_dicts``, ``_tuples``) and how to write; the rest behaves the same on both by
construction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sitrep.model import Analysis
from sitrep.store.base import EventQuery, StoreError
from sitrep.store.rows import INDEXED_LAYERS, LAYER_TABLES, analysis_from_rows, decode_event

EARTH_RADIUS_KM = 6371.0088


class SqlStore:
    """Reads common to the SQL back ends; a subclass opens the connection and writes."""

    version: str
    read_only: bool

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        """Run a query, rows as dicts by column name."""
        raise NotImplementedError

    def _tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run a query, rows as tuples."""
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> SqlStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def refuse_if_read_only(self, where: str) -> None:
        """Writing through a read-only open is a caller's mistake; say so before the driver."""
        if self.read_only:
            raise StoreError(f"the store {where} was opened read-only: open it to write")

    def article_count(self) -> int:
        [(count,)] = self._tuples("SELECT count(*) FROM articles")
        return int(count)

    def events(self, query: EventQuery | None = None) -> list[dict[str, Any]]:
        """Stored events joined with their article's header, newest first."""
        query = query or EventQuery()
        where, params = event_filters(query)
        sql = f"""
            SELECT e.*, a.published, a.url AS article_url, a.outlet, a.title AS article_title
            FROM events e JOIN articles a ON a.id = e.article_id
            {"WHERE " + " AND ".join(where) if where else ""}
            ORDER BY e.date_end DESC, e.id
            {"LIMIT " + str(int(query.limit)) if query.limit else ""}
        """
        return [decode_event(row) for row in self._dicts(sql, params)]

    def article(self, article_id: str) -> Analysis | None:
        """One stored article with its places, dates, quotes, media and events."""
        found = self._dicts("SELECT * FROM articles WHERE id = ?", [article_id])
        if not found:
            return None
        layers = {
            table: self._dicts(
                f"SELECT * FROM {table} WHERE article_id = ? ORDER BY "
                + ("idx" if table in INDEXED_LAYERS else "id"),
                [article_id],
            )
            for table in LAYER_TABLES
        }
        return analysis_from_rows(found[0], layers)

    def check_integrity(self) -> list[str]:
        """Articles whose layer rows do not match their counts, rows without their article,
        and rows stored twice; one line each (should be none)."""
        problems: list[str] = []
        for table in LAYER_TABLES:
            problems += [
                f"article {aid}: n_{table} is {n} but {table} holds {found} rows"
                for aid, n, found in self._tuples(
                    f"SELECT a.id, a.n_{table}, count(x.article_id) FROM articles a"
                    f" LEFT JOIN {table} x ON x.article_id = a.id"
                    f" GROUP BY a.id, a.n_{table} HAVING a.n_{table} != count(x.article_id)"
                    " ORDER BY a.id"
                )
            ]
            problems += [
                f"{table}: {n} rows of article {aid}, which is not stored"
                for aid, n in self._tuples(
                    f"SELECT article_id, count(*) FROM {table} WHERE article_id NOT IN"
                    " (SELECT id FROM articles) GROUP BY article_id ORDER BY article_id"
                )
            ]
            key = "article_id, idx" if table in INDEXED_LAYERS else "id"
            problems += [
                f"{table}: ({', '.join(map(str, dup[:-1]))}) stored {dup[-1]} times"
                for dup in self._tuples(
                    f"SELECT {key}, count(*) FROM {table} GROUP BY {key}"
                    f" HAVING count(*) > 1 ORDER BY {key}"
                )
            ]
        problems += [
            f"articles: {aid} stored {n} times"
            for aid, n in self._tuples(
                "SELECT id, count(*) FROM articles GROUP BY id HAVING count(*) > 1 ORDER BY id"
            )
        ]
        return problems


def event_filters(query: EventQuery) -> tuple[list[str], list[Any]]:
    """The WHERE conditions (over ``events e``) of a query, and their parameters."""
    where: list[str] = []
    params: list[Any] = []
    if query.country:
        where.append("upper(e.country_code) = upper(?)")
        params.append(query.country)
    if query.event_type:
        where.append("(lower(e.event_type) = lower(?) OR lower(e.sub_event_type) = lower(?))")
        params += [query.event_type, query.event_type]
    if query.since:
        where.append("e.date_end >= ?")
        params.append(query.since)
    if query.until:
        where.append("e.date_start <= ?")
        params.append(query.until)
    for conditions in (_near(query), _bbox(query)):
        where += conditions[0]
        params += conditions[1]
    return where, params


def _near(query: EventQuery) -> tuple[list[str], list[Any]]:
    """Within km of a point by the haversine distance; least() keeps rounding from putting
    asin's argument past 1 (PostgreSQL raises there, DuckDB answers NaN)."""
    if not query.near:
        return [], []
    lat, lon, km = query.near
    return [
        f"e.lat IS NOT NULL AND 2 * {EARTH_RADIUS_KM} * asin(least(1, sqrt("
        "pow(sin(radians(e.lat - ?) / 2), 2) + cos(radians(?)) * cos(radians(e.lat))"
        " * pow(sin(radians(e.lon - ?) / 2), 2)))) <= ?"
    ], [float(lat), float(lat), float(lon), float(km)]


def _bbox(query: EventQuery) -> tuple[list[str], list[Any]]:
    """Inside a box of degrees, edges included; a box whose west edge lies east of its east
    edge spans the antimeridian (170,-20,-170,20 is the 20 degrees around 180)."""
    if not query.bbox:
        return [], []
    west, south, east, north = (float(v) for v in query.bbox)
    lon = "e.lon BETWEEN ? AND ?" if west <= east else "(e.lon >= ? OR e.lon <= ?)"
    return [f"e.lat BETWEEN ? AND ? AND {lon}"], [south, north, west, east]
