"""What the SQL back ends share: the reads and the integrity check, written once.

The SQL here is the part DuckDB and PostgreSQL both accept, with ``?`` marking a
parameter (a back end whose driver marks them otherwise rewrites the mark; no
statement here holds a literal ``?``). A back end supplies how to run a statement
(``_dicts``, ``_tuples``) and how to write; the rest behaves the same on both by
construction.
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any

from sitrep.model import Analysis
from sitrep.store.base import EventQuery, StoreError
from sitrep.store.rows import INDEXED_LAYERS, LAYER_TABLES, analysis_from_rows, decode_event

EARTH_RADIUS_KM = 6371.0088
#: what ``events`` gives for each event: its row and its article's header
EVENT_ROWS = (
    "SELECT e.*, a.published, a.url AS article_url, a.outlet, a.title AS article_title"
    " FROM events e JOIN articles a ON a.id = e.article_id"
)
#: article ids per query when ``events`` fetches their headers
HEADS_PER_QUERY = 1000
#: the columns ``stats`` counts by
STATS_COLUMNS = (("by_type", "e.event_type"), ("by_country", "e.country_code"))


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

    def _snapshot(self) -> AbstractContextManager[None]:
        """A read transaction: the statements inside see one committed state, so a read of
        several queries never mixes two versions of an article written meanwhile."""
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
        """Stored events joined with their article's header, newest first (then by id)."""
        query = query or EventQuery()
        where, params = event_filters(query)
        page = "LIMIT " + str(int(query.limit)) if query.limit else ""
        if query.offset:
            page += " OFFSET " + str(int(query.offset))
        sql = f"SELECT e.* FROM events e {_where(where)} ORDER BY e.date_end DESC, e.id {page}"
        with self._snapshot():
            rows = self._dicts(sql, params)
            # The headers come by id afterwards rather than by a join: DuckDB would hash the
            # whole articles table for every query (half the time of a map's query).
            heads = self._article_heads({row["article_id"] for row in rows})
        return [decode_event(row | heads[row["article_id"]]) for row in rows
                if row["article_id"] in heads]  # fmt: skip

    def _article_heads(self, ids: set[str]) -> dict[str, dict[str, Any]]:
        """The header columns ``events`` adds, by article id, in chunks of ids."""
        ordered, heads = sorted(ids), {}
        for start in range(0, len(ordered), HEADS_PER_QUERY):
            chunk = ordered[start : start + HEADS_PER_QUERY]
            for row in self._dicts(
                "SELECT id, published, url AS article_url, outlet, title AS article_title"
                f" FROM articles WHERE id IN ({', '.join('?' * len(chunk))})",
                chunk,
            ):
                heads[row.pop("id")] = row
        return heads

    def event(self, event_id: str) -> dict[str, Any] | None:
        """One stored event as ``events`` gives it, or None."""
        found = self._dicts(f"{EVENT_ROWS} WHERE e.id = ?", [event_id])
        return decode_event(found[0]) if found else None

    def event_count(self, query: EventQuery | None = None) -> int:
        """How many events match, ignoring the query's limit and offset."""
        where, params = event_filters(query or EventQuery())
        [(count,)] = self._tuples(f"SELECT count(*) FROM events e {_where(where)}", params)
        return int(count)

    def stats(self, query: EventQuery | None = None) -> dict[str, Any]:
        """Counts of the matching events: ``total``, ``by_type``, ``by_country`` and
        ``by_week`` (rows of the week's Monday, the event type and the count)."""
        where, params = event_filters(query or EventQuery())
        with self._snapshot():
            counts = {key: self._counts(column, where, params) for key, column in STATS_COLUMNS}
            weeks = self._dicts(
                "SELECT CAST(date_trunc('week', e.date_start) AS DATE) AS week, e.event_type,"
                f" count(*) AS count FROM events e {_where(where)}"
                " GROUP BY 1, 2 ORDER BY 1, 2",
                params,
            )
        by_week = [row | {"week": row["week"].isoformat(), "count": int(row["count"])}
                   for row in weeks]  # fmt: skip
        return {"total": sum(counts["by_type"].values())} | counts | {"by_week": by_week}

    def _counts(self, column: str, where: list[str], params: list[Any]) -> dict[Any, int]:
        """Matching events by a column's value, the most frequent first."""
        return {
            name: int(n)
            for name, n in self._tuples(
                f"SELECT {column}, count(*) FROM events e {_where(where)}"
                f" GROUP BY {column} ORDER BY count(*) DESC, {column}",
                params,
            )
        }

    def article(self, article_id: str) -> Analysis | None:
        """One stored article with its places, dates, quotes, media and events."""
        with self._snapshot():
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
        rows stored twice, and clusters without members; one line each (should be none)."""
        with self._snapshot():
            return self._problems() + self._cluster_problems()

    def _problems(self) -> list[str]:
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

    def _cluster_problems(self) -> list[str]:
        """Incidents no stored event belongs to (unless a re-analysed article left them to be
        clustered again: ``dirty_groups``), events placed in an incident that is not stored,
        and incidents stored twice."""
        problems = [
            f"incidents: {iid} has no member event"
            for (iid,) in self._tuples(
                "SELECT i.id FROM incidents i WHERE NOT EXISTS (SELECT 1 FROM events e"
                " WHERE e.cluster_id = i.id) AND i.id NOT IN (SELECT cluster_id FROM dirty_groups"
                " WHERE cluster_id IS NOT NULL) ORDER BY i.id"
            )
        ]
        problems += [
            f"events: {n} placed in incident {cid}, which is not stored"
            for cid, n in self._tuples(
                "SELECT e.cluster_id, count(*) FROM events e WHERE e.cluster_id IS NOT NULL"
                " AND e.cluster_id NOT IN (SELECT id FROM incidents) GROUP BY e.cluster_id"
                " ORDER BY e.cluster_id"
            )
        ]
        problems += [
            f"incidents: {iid} stored {n} times"
            for iid, n in self._tuples(
                "SELECT id, count(*) FROM incidents GROUP BY id HAVING count(*) > 1 ORDER BY id"
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
    for conditions in (_near(query), _bbox(query), _api_filters(query)):
        where += conditions[0]
        params += conditions[1]
    return where, params


def _where(conditions: list[str]) -> str:
    return "WHERE " + " AND ".join(conditions) if conditions else ""


def _api_filters(query: EventQuery) -> tuple[list[str], list[Any]]:
    """The API's further filters: whole names without case, parts of names and of the
    evidence (strpos, not LIKE: a % or _ typed by a user is only itself)."""
    where: list[str] = []
    params: list[Any] = []
    for column in ("admin1", "sub_event_type", "actor1", "actor2"):
        value = getattr(query, column)
        if value:
            where.append(f"lower(e.{column}) = lower(?)")
            params.append(value)
    if query.actor:
        where.append(
            "(strpos(lower(e.actor1), lower(?)) > 0 OR strpos(lower(e.actor2), lower(?)) > 0)"
        )
        params += [query.actor, query.actor]
    if query.text:
        where.append("strpos(lower(e.evidence_text), lower(?)) > 0")
        params.append(query.text)
    if query.min_confidence is not None:
        where.append("e.confidence >= ?")
        params.append(float(query.min_confidence))
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
