"""The PostgreSQL back end: a team's shared server, any number of writers and readers.

The same tables, migrations (sitrep/store/schema.py, types translated) and reads
(sitrep/store/sql.py) as the DuckDB file. A batch is written in one transaction:
its articles' old rows deleted, the new ones sent with COPY. Migrations take an
advisory lock, so two sitreps opening a new database at once do not race.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

import psycopg

from sitrep.model import Analysis, Incident
from sitrep.store import redact
from sitrep.store.base import EventQuery, Placed, SchemaTooNew, StoreError, StoreNotFound
from sitrep.store.clusters import ClusterTables
from sitrep.store.rows import LAYER_TABLES, TABLES, Rows, batch_rows, incident_row
from sitrep.store.schema import SCHEMA_VERSION, migration_sql, too_new
from sitrep.store.sql import SqlStore, event_filters
from sitrep.store.watch import WatchTables

#: key of the advisory lock that serialises migrations (any fixed number; "sitrep" in hex)
MIGRATION_LOCK = 0x736974726570
#: key of the advisory lock held while a process clusters ("sitrepc")
CLUSTERING_LOCK = 0x73697472657063


def migrate(conn: psycopg.Connection, where: str) -> int:
    """Bring the database to SCHEMA_VERSION, each migration in its own transaction.

    Each step takes the lock and reads the version again, so of two processes
    migrating at once the second finds the work done.
    """
    while True:
        with conn.transaction():
            conn.execute("SELECT pg_advisory_xact_lock(%s)", [MIGRATION_LOCK])
            conn.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
            found = stored_version(conn)
            if found > SCHEMA_VERSION:
                raise SchemaTooNew(too_new(where, found))
            if found == SCHEMA_VERSION:
                return SCHEMA_VERSION
            conn.execute(migration_sql(found + 1, "postgresql"))
            conn.execute("DELETE FROM schema_version")
            conn.execute("INSERT INTO schema_version VALUES (%s)", [found + 1])


def stored_version(conn: psycopg.Connection) -> int:
    """The schema version of the database; 0 when it holds no sitrep store."""
    [(table,)] = conn.execute("SELECT to_regclass('schema_version')").fetchall()
    if table is None:
        return 0
    [(found,)] = conn.execute("SELECT max(version) FROM schema_version").fetchall()
    return int(found) if found is not None else 0


class PostgresStore(SqlStore, ClusterTables, WatchTables):
    """A PostgreSQL database holding the layers; use as a context manager."""

    def __init__(self, url: str, version: str, read_only: bool = False) -> None:
        self.url = url
        self.where = redact(url)
        self.version = version
        self.read_only = read_only
        self.conn = _connect(url, self.where)
        try:
            self._prepare()
        except BaseException:
            self.conn.close()
            raise

    def _prepare(self) -> None:
        """Migrate, or for a read-only open: find a store, migrate it if older, then read only."""
        if self.read_only:
            found = stored_version(self.conn)
            if found == 0:
                raise StoreNotFound(
                    f"no store in {self.where}: run `sitrep ingest PATH --db URL` first"
                )
            if found > SCHEMA_VERSION:
                raise SchemaTooNew(too_new(self.where, found))
            if found < SCHEMA_VERSION:  # an older store: migrated once, then read
                migrate(self.conn, self.where)
            _read_only(self.conn)
        else:
            migrate(self.conn, self.where)

    def close(self) -> None:
        self.conn.close()

    @contextmanager
    def _snapshot(self) -> Iterator[None]:
        # one snapshot for the whole transaction (READ COMMITTED takes one per statement)
        with self.conn.transaction():
            self.conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
            yield

    def session(self) -> PostgresStore:
        """This store over a connection of its own, for one thread (a server's request):
        PostgreSQL's reads see committed data and never wait behind a write."""
        view = copy.copy(self)
        view.conn = _connect(self.url, self.where)
        if self.read_only:
            _read_only(view.conn)
        return view

    def hold_for(self, address: str | None) -> None:
        """Nothing to hold: PostgreSQL takes any number of writers, so a server that owns a
        DuckDB file's writes (`sitrep serve`) leaves a PostgreSQL store open to others."""

    @contextmanager
    def clustering(self) -> Iterator[None]:
        """A session lock on the server while this process clusters: two ingests into one
        database would otherwise place the same pending events at once and the second
        would fail on the first's incidents. A killed process's lock goes with its
        connection."""
        self.conn.execute("SELECT pg_advisory_lock(%s)", [CLUSTERING_LOCK])
        try:
            yield
        finally:
            self.conn.execute("SELECT pg_advisory_unlock(%s)", [CLUSTERING_LOCK])

    def schema_version(self) -> int:
        return stored_version(self.conn)

    def current_ids(self, ids: Iterable[str]) -> set[str]:
        """The ids among these already stored by this sitrep version (nothing to redo)."""
        wanted = list(ids)
        if not wanted:
            return set()
        rows = self.conn.execute(
            "SELECT id FROM articles WHERE sitrep_version = %s AND id = ANY(%s)",
            [self.version, wanted],
        ).fetchall()
        return {row[0] for row in rows}

    def write(self, analyses: Sequence[Analysis]) -> None:
        """Replace these articles and all their layers, in one transaction."""
        self.refuse_if_read_only(self.where)
        if not analyses:
            return
        analysed_at = datetime.now(UTC).replace(tzinfo=None)
        rows = batch_rows(list(analyses), self.version, analysed_at)
        ids = [row["id"] for row in rows["articles"]]
        with self.conn.transaction(), self.conn.cursor() as cursor:
            _lock_articles(cursor, ids)
            # the groups of events about to be replaced must be clustered again (they may split)
            cursor.execute(
                "INSERT INTO dirty_groups SELECT DISTINCT cluster_group, cluster_id FROM events"
                " WHERE article_id = ANY(%s) AND cluster_group IS NOT NULL",
                [ids],
            )
            for table in LAYER_TABLES:
                cursor.execute(f"DELETE FROM {table} WHERE article_id = ANY(%s)", [ids])
            cursor.execute("DELETE FROM articles WHERE id = ANY(%s)", [ids])
            _copy(cursor, rows)

    def _filters(self, query: EventQuery) -> tuple[list[str], list[Any]]:
        return event_filters(query)

    def write_clusters(
        self,
        assigned: Mapping[str, Placed],
        incidents: Sequence[Incident],
        everything: bool = False,
    ) -> None:
        """Events' clusters and the incidents they make, in one transaction (as DuckDB's)."""
        self.refuse_if_read_only(self.where)
        placed = [(i, p.group, p.cluster, p.cell, p.region) for i, p in assigned.items()]
        with self.conn.transaction(), self.conn.cursor() as cursor:
            cursor.execute(
                "CREATE TEMP TABLE assigned (id text, cluster_group text, cluster_id text,"
                " cluster_cell text, cluster_region text) ON COMMIT DROP"
            )
            with cursor.copy("COPY assigned FROM STDIN") as copy:
                for row in placed:
                    copy.write_row(row)
            cursor.execute(
                "DELETE FROM incidents"
                if everything
                else "DELETE FROM incidents WHERE id IN (SELECT cluster_id FROM assigned)"
                " OR id IN (SELECT e.cluster_id FROM events e JOIN assigned a ON a.id = e.id)"
                " OR id IN (SELECT cluster_id FROM dirty_groups)"
            )
            cursor.execute(
                "UPDATE events SET cluster_group = a.cluster_group, cluster_id = a.cluster_id,"
                " cluster_cell = a.cluster_cell, cluster_region = a.cluster_region"
                " FROM assigned a WHERE events.id = a.id"
            )
            cursor.execute("DELETE FROM dirty_groups")
            _copy_rows(cursor, "incidents", [incident_row(i) for i in incidents])

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        with self.conn.cursor() as cursor:
            cursor.execute(_pyformat(sql), list(params))
            names = [d.name for d in cursor.description or []]
            return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.conn.execute(_pyformat(sql), list(params)).fetchall()


def _connect(url: str, where: str) -> psycopg.Connection:
    """An autocommit connection (writes open their own transactions); errors name the server."""
    try:
        return psycopg.connect(url, autocommit=True, application_name="sitrep")
    except psycopg.Error as err:
        reason = " ".join(str(err).split()) or type(err).__name__
        raise StoreError(f"cannot open the store {where}: {reason}") from None


def _read_only(conn: psycopg.Connection) -> None:
    conn.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")


def _lock_articles(cursor: psycopg.Cursor, ids: list[str]) -> None:
    """Hold each article of the batch until the transaction ends.

    Without it, two writers of one article both find nothing to delete and the
    second's COPY fails on the first's new row; with it, the second waits, then
    replaces what the first wrote. Locks are taken in one order (by key) by every
    writer, so two batches holding the same articles in any order cannot deadlock.
    """
    cursor.execute(
        "SELECT count(pg_advisory_xact_lock(k)) FROM (SELECT DISTINCT hashtextextended(id, 0)"
        " AS k FROM unnest(%s::text[]) AS id ORDER BY k) AS keys",
        [ids],
    )


def _copy(cursor: psycopg.Cursor, rows: Rows) -> None:
    """Every table's rows by COPY."""
    for table in TABLES:
        _copy_rows(cursor, table, rows[table])


def _copy_rows(cursor: psycopg.Cursor, table: str, items: list[dict[str, Any]]) -> None:
    """Rows into one table by COPY; the columns are the union of the rows' keys."""
    if not items:
        return
    columns = list(dict.fromkeys(key for item in items for key in item))
    names = ", ".join(f'"{c}"' for c in columns)
    with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
        for item in items:
            copy.write_row([item.get(c) for c in columns])


def _pyformat(sql: str) -> str:
    """The shared SQL's ``?`` marks as psycopg's ``%s`` (a literal % doubled first)."""
    return sql.replace("%", "%%").replace("?", "%s")
