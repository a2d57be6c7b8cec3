"""The DuckDB back end: one file, one table per layer, one writer at a time.

DuckDB lets one process open a file for writing, or any number open it
read-only; so `sitrep ingest` is the single writer and the commands that only
read (`events`, `export`) open the file read-only.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from sitrep.model import Analysis, Incident
from sitrep.store.base import (
    EventQuery,
    Placed,
    SchemaTooNew,
    StoreError,
    StoreNotFound,
)
from sitrep.store.clusters import ClusterTables
from sitrep.store.rows import (
    INDEXED_LAYERS,
    LAYER_TABLES,
    analysis_from_rows,
    batch_rows,
    decode_event,
    incident_row,
)

# Migration 1 is the schema of the first release, written with IF NOT EXISTS so that a
# file from before the schema_version table took over counts as version 1 once opened.
# Append a migration for every change; never edit one that has shipped.
MIGRATIONS: tuple[str, ...] = (
    """
CREATE TABLE IF NOT EXISTS articles (
    id VARCHAR PRIMARY KEY, published DATE, title VARCHAR, url VARCHAR, outlet VARCHAR,
    text VARCHAR, sitrep_version VARCHAR, analysed_at TIMESTAMP,
    n_places INTEGER, n_dates INTEGER, n_quotes INTEGER, n_media INTEGER, n_events INTEGER
);
CREATE TABLE IF NOT EXISTS places (
    article_id VARCHAR, idx INTEGER, text VARCHAR, "start" INTEGER, "end" INTEGER,
    name VARCHAR, geonameid BIGINT, country_code VARCHAR, admin1 VARCHAR, admin2 VARCHAR,
    lat DOUBLE, lon DOUBLE, feature_code VARCHAR, confidence DOUBLE
);
CREATE TABLE IF NOT EXISTS dates (
    article_id VARCHAR, idx INTEGER, text VARCHAR, "start" INTEGER, "end" INTEGER,
    value_start DATE, value_end DATE, granularity VARCHAR
);
CREATE TABLE IF NOT EXISTS quotes (
    article_id VARCHAR, idx INTEGER, speaker VARCHAR, text VARCHAR, "start" INTEGER, "end" INTEGER
);
CREATE TABLE IF NOT EXISTS media (
    article_id VARCHAR, idx INTEGER, url VARCHAR, platform VARCHAR, account VARCHAR,
    posted_by VARCHAR
);
CREATE TABLE IF NOT EXISTS events (
    id VARCHAR PRIMARY KEY, article_id VARCHAR, event_type VARCHAR, sub_event_type VARCHAR,
    date_start DATE, date_end DATE, time_precision INTEGER,
    location_name VARCHAR, geonameid BIGINT, country_code VARCHAR, admin1 VARCHAR,
    admin2 VARCHAR, lat DOUBLE, lon DOUBLE, geo_precision INTEGER,
    actor1 VARCHAR, actor2 VARCHAR, fatalities INTEGER, reported_by VARCHAR,
    evidence_text VARCHAR, evidence_start INTEGER, evidence_end INTEGER, confidence DOUBLE
);
""",
    # 2: clusters (issue 12). An event's group is everything it could be one incident with;
    # its cluster is the incident; its cell and region name the blocks it was clustered in,
    # for fetching a batch's neighbours. NULL until clustered. An incident's members are JSON.
    """
ALTER TABLE events ADD COLUMN cluster_group VARCHAR;
ALTER TABLE events ADD COLUMN cluster_id VARCHAR;
ALTER TABLE events ADD COLUMN cluster_cell VARCHAR;
ALTER TABLE events ADD COLUMN cluster_region VARCHAR;
CREATE TABLE incidents (
    id VARCHAR PRIMARY KEY, event_type VARCHAR, sub_event_type VARCHAR,
    date_start DATE, date_end DATE, time_precision INTEGER,
    location_name VARCHAR, geonameid BIGINT, country_code VARCHAR, admin1 VARCHAR,
    admin2 VARCHAR, lat DOUBLE, lon DOUBLE, geo_precision INTEGER,
    actor1 VARCHAR, actor2 VARCHAR, fatalities INTEGER,
    fatalities_low INTEGER, fatalities_low_source VARCHAR,
    fatalities_high INTEGER, fatalities_high_source VARCHAR,
    n_articles INTEGER, n_outlets INTEGER, first_reported DATE, last_reported DATE,
    members VARCHAR
);
CREATE TABLE dirty_groups (cluster_group VARCHAR, cluster_id VARCHAR);
""",
)
SCHEMA_VERSION = len(MIGRATIONS)

# DuckDB keeps what a connection has touched (blocks, undo data) until it closes, so a long
# ingest grows with the file; reconnecting after this many written articles keeps it flat.
RECONNECT_EVERY = 1000


def migrate(db: duckdb.DuckDBPyConnection, where: str) -> int:
    """Bring the file to SCHEMA_VERSION, each migration in its own transaction."""
    db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    found = _stored_version(db)
    if found > SCHEMA_VERSION:
        raise SchemaTooNew(_too_new(where, found))
    for version in range(found + 1, SCHEMA_VERSION + 1):
        db.execute("BEGIN TRANSACTION")
        try:
            db.execute(MIGRATIONS[version - 1])
            db.execute("DELETE FROM schema_version")
            db.execute("INSERT INTO schema_version VALUES (?)", [version])
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
    return SCHEMA_VERSION


def _stored_version(db: duckdb.DuckDBPyConnection) -> int:
    tables = {row[0] for row in db.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    if "schema_version" not in tables:
        return 0
    [(found,)] = db.execute("SELECT max(version) FROM schema_version").fetchall()
    return int(found) if found is not None else 0


def _too_new(where: str, found: int) -> str:
    return (
        f"the store {where} has schema version {found}, but this sitrep knows versions up to"
        f" {SCHEMA_VERSION}: upgrade sitrep to read it"
    )


class DuckDBStore(ClusterTables):
    """A DuckDB file holding the layers; use as a context manager."""

    def __init__(
        self,
        path: Path | str,
        version: str,
        read_only: bool = False,
        reconnect_every: int = RECONNECT_EVERY,
    ) -> None:
        self.path = Path(path)
        self.reconnect_every = reconnect_every
        self.version = version
        self.read_only = read_only
        if read_only:
            self.db = _open_read_only(self.path)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = duckdb.connect(str(self.path))
            try:
                migrate(self.db, str(self.path))
            except BaseException:
                self.db.close()
                raise
        self._written = 0  # articles written since the connection opened

    def __enter__(self) -> DuckDBStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

    def schema_version(self) -> int:
        return _stored_version(self.db)

    def current_ids(self, ids: Iterable[str]) -> set[str]:
        """The ids among these already stored by this sitrep version (nothing to redo)."""
        frame = pd.DataFrame({"id": list(ids)})
        if frame.empty:
            return set()
        self.db.register("wanted_ids", frame)
        rows = self.db.execute(
            "SELECT a.id FROM articles a JOIN wanted_ids w ON a.id = w.id"
            " WHERE a.sitrep_version = ?",
            [self.version],
        ).fetchall()
        self.db.unregister("wanted_ids")
        return {row[0] for row in rows}

    def write(self, analyses: Sequence[Analysis]) -> None:
        """Replace these articles and all their layers, in one transaction."""
        if not analyses:
            return
        analysed_at = datetime.now(UTC).replace(tzinfo=None)
        rows = batch_rows(list(analyses), self.version, analysed_at)
        # object dtype keeps None as NULL and ints as ints when a column is sparse
        frames = {table: pd.DataFrame(items, dtype=object) for table, items in rows.items()}
        self.db.execute("BEGIN TRANSACTION")
        try:
            self._replace(frames)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        self._written += len(analyses)
        if self._written >= self.reconnect_every:
            self._reconnect()

    def _reconnect(self) -> None:
        """Close and reopen the writing connection, releasing what DuckDB kept of the batches."""
        self.db.close()
        self.db = duckdb.connect(str(self.path))
        self._written = 0

    def _replace(self, frames: dict[str, pd.DataFrame]) -> None:
        self.db.register("batch_ids", frames["articles"][["id"]])
        stored = self.db.execute(
            "SELECT a.id FROM articles a JOIN batch_ids b ON a.id = b.id"
        ).fetchall()
        self.db.unregister("batch_ids")
        if stored:  # a fresh article has no rows to delete: the layer tables are not scanned
            self._delete([row[0] for row in stored])
        for table, frame in frames.items():
            if not frame.empty:
                self.db.register("batch_frame", frame)
                columns = ", ".join(f'"{c}"' for c in frame.columns)
                self.db.execute(
                    f"INSERT INTO {table} ({columns}) SELECT {columns} FROM batch_frame"
                )
                self.db.unregister("batch_frame")

    def _delete(self, ids: list[str]) -> None:
        self.db.register("stored_ids", pd.DataFrame({"id": ids}))
        # The groups of events about to be replaced must be clustered again (they may split).
        self.db.execute(
            "INSERT INTO dirty_groups SELECT DISTINCT cluster_group, cluster_id FROM events"
            " WHERE article_id IN (SELECT id FROM stored_ids) AND cluster_group IS NOT NULL"
        )
        for table in LAYER_TABLES:
            self.db.execute(f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM stored_ids)")
        self.db.execute("DELETE FROM articles WHERE id IN (SELECT id FROM stored_ids)")
        self.db.unregister("stored_ids")

    def article_count(self) -> int:
        [(count,)] = self.db.execute("SELECT count(*) FROM articles").fetchall()
        return int(count)

    def events(self, query: EventQuery | None = None) -> list[dict[str, Any]]:
        """Stored events joined with their article's header, newest first."""
        query = query or EventQuery()
        where, params = _event_filters(query)
        sql = f"""
            SELECT e.*, a.published, a.url AS article_url, a.outlet, a.title AS article_title
            FROM events e JOIN articles a ON a.id = e.article_id
            {"WHERE " + " AND ".join(where) if where else ""}
            ORDER BY e.date_end DESC, e.id
            {"LIMIT " + str(int(query.limit)) if query.limit else ""}
        """
        return [decode_event(row) for row in self._dicts(sql, params)]

    def _filters(self, query: EventQuery) -> tuple[list[str], list[Any]]:
        return _event_filters(query)

    def write_clusters(
        self,
        assigned: Mapping[str, Placed],
        incidents: Sequence[Incident],
        everything: bool = False,
    ) -> None:
        ids = list(assigned)
        frame = pd.DataFrame(
            {
                "id": ids,
                "cluster_group": [assigned[i].group for i in ids],
                "cluster_id": [assigned[i].cluster for i in ids],
                "cluster_cell": [assigned[i].cell for i in ids],
                "cluster_region": [assigned[i].region for i in ids],
            },
            dtype=object,
        )
        rows = pd.DataFrame([incident_row(i) for i in incidents], dtype=object)
        self.db.execute("BEGIN TRANSACTION")
        try:
            self._write_clusters(frame, rows, everything)
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _write_clusters(self, frame: pd.DataFrame, rows: pd.DataFrame, everything: bool) -> None:
        self.db.register("assigned", frame)
        if everything:
            self.db.execute("DELETE FROM incidents")
        else:
            self.db.execute(
                "DELETE FROM incidents WHERE id IN (SELECT cluster_id FROM assigned)"
                " OR id IN (SELECT e.cluster_id FROM events e JOIN assigned a ON a.id = e.id)"
                " OR id IN (SELECT cluster_id FROM dirty_groups)"
            )
        self.db.execute(
            "UPDATE events SET cluster_group = a.cluster_group, cluster_id = a.cluster_id,"
            " cluster_cell = a.cluster_cell, cluster_region = a.cluster_region"
            " FROM assigned a WHERE events.id = a.id"
        )
        self.db.unregister("assigned")
        self.db.execute("DELETE FROM dirty_groups")
        if not rows.empty:
            self.db.register("incident_rows", rows)
            columns = ", ".join(f'"{c}"' for c in rows.columns)
            self.db.execute(
                f"INSERT INTO incidents ({columns}) SELECT {columns} FROM incident_rows"
            )
            self.db.unregister("incident_rows")

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

    def _dicts(self, sql: str, params: list[Any]) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def check_integrity(self) -> list[str]:
        """Articles whose layer rows do not match their counts, rows without their article,
        and rows stored twice; one line each (should be none)."""
        problems: list[str] = []
        for table in LAYER_TABLES:
            problems += [
                f"article {aid}: n_{table} is {n} but {table} holds {found} rows"
                for aid, n, found in self.db.execute(
                    f"SELECT a.id, a.n_{table}, count(x.article_id) FROM articles a"
                    f" LEFT JOIN {table} x ON x.article_id = a.id"
                    f" GROUP BY a.id, a.n_{table} HAVING a.n_{table} != count(x.article_id)"
                ).fetchall()
            ]
            problems += [
                f"{table}: {n} rows of article {aid}, which is not stored"
                for aid, n in self.db.execute(
                    f"SELECT article_id, count(*) FROM {table} WHERE article_id NOT IN"
                    " (SELECT id FROM articles) GROUP BY article_id"
                ).fetchall()
            ]
            key = "article_id, idx" if table in INDEXED_LAYERS else "id"
            problems += [
                f"{table}: ({', '.join(map(str, dup[:-1]))}) stored {dup[-1]} times"
                for dup in self.db.execute(
                    f"SELECT {key}, count(*) FROM {table} GROUP BY {key} HAVING count(*) > 1"
                ).fetchall()
            ]
        problems += [
            f"articles: {aid} stored {n} times"
            for aid, n in self.db.execute(
                "SELECT id, count(*) FROM articles GROUP BY id HAVING count(*) > 1"
            ).fetchall()
        ]
        return problems


def _open_read_only(path: Path) -> duckdb.DuckDBPyConnection:
    """A read-only connection to a file at the current schema (migrated first if older)."""
    if not path.is_file():
        raise StoreNotFound(f"no store at {path}: run `sitrep ingest PATH` first")
    db = duckdb.connect(str(path), read_only=True)
    found = _stored_version(db)
    if found == SCHEMA_VERSION:
        return db
    db.close()
    if found > SCHEMA_VERSION:
        raise SchemaTooNew(_too_new(str(path), found))
    # An older file: migrate it once with a short writing connection, then read.
    try:
        with duckdb.connect(str(path)) as writer:
            migrate(writer, str(path))
    except duckdb.IOException as err:
        raise StoreError(f"the store {path} needs migrating but is in use: {err}") from None
    return duckdb.connect(str(path), read_only=True)


def _event_filters(query: EventQuery) -> tuple[list[str], list[Any]]:
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
    if query.near:
        lat, lon, km = query.near
        where.append(
            "e.lat IS NOT NULL AND 2 * 6371.0088 * asin(sqrt("
            "pow(sin(radians(e.lat - ?) / 2), 2) + cos(radians(?)) * cos(radians(e.lat))"
            " * pow(sin(radians(e.lon - ?) / 2), 2))) <= ?"
        )
        params += [lat, lat, lon, km]
    return where, params
