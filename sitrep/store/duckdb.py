"""The DuckDB back end: one file, one table per layer, one writer at a time.

DuckDB lets one process open a file for writing, or any number open it
read-only; so `sitrep ingest` is the single writer and the commands that only
read (`events`, `export`) open the file read-only.
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from sitrep.model import Analysis, Incident
from sitrep.store.base import EventQuery, Placed, SchemaTooNew, StoreError, StoreNotFound
from sitrep.store.clusters import ClusterTables
from sitrep.store.rows import LAYER_TABLES, batch_rows, incident_row
from sitrep.store.schema import SCHEMA_VERSION, migration_sql, too_new
from sitrep.store.sql import SqlStore, event_filters
from sitrep.store.watch import WatchTables

# DuckDB keeps what a connection has touched (blocks, undo data) until it closes, so a long
# ingest grows with the file; reconnecting after this many written articles keeps it flat.
RECONNECT_EVERY = 1000


def migrate(db: duckdb.DuckDBPyConnection, where: str) -> int:
    """Bring the file to SCHEMA_VERSION, each migration in its own transaction."""
    db.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)")
    found = _stored_version(db)
    if found > SCHEMA_VERSION:
        raise SchemaTooNew(too_new(where, found))
    for version in range(found + 1, SCHEMA_VERSION + 1):
        db.execute("BEGIN TRANSACTION")
        try:
            db.execute(migration_sql(version, "duckdb"))
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


class DuckDBStore(SqlStore, ClusterTables, WatchTables):
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
        _refuse_if_served(self.path)
        if read_only:
            self.db = _open_read_only(self.path)
        else:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.db = _connect_for_writing(self.path)
            try:
                migrate(self.db, str(self.path))
            except BaseException:
                self.db.close()
                raise
        self._shared = _Connections(self.db)  # shared with the sessions
        self._is_session = False
        self._written = 0  # articles written since the connection opened

    def close(self) -> None:
        shared = self._shared
        if self._is_session:
            shared.sessions.discard(id(self))
            self.db.close()
            return
        if self.db is not shared.root:
            self.db.close()
        shared.root.close()

    @contextmanager
    def _snapshot(self) -> Iterator[None]:
        self.db.execute("BEGIN TRANSACTION")
        try:
            yield
        finally:
            self.db.execute("ROLLBACK")  # it only read

    def session(self) -> DuckDBStore:
        """This store over a cursor of its own: DuckDB's cursors read a snapshot of committed
        data while another cursor writes, so a server's reads never wait behind a write."""
        view = copy.copy(self)
        view.db = self._shared.root.cursor()
        view._is_session, view._written = True, 0
        self._shared.sessions.add(id(view))
        return view

    def hold_for(self, address: str | None) -> None:
        """Leave (or, with None, take away) a note beside the file naming the server that
        owns it, so that `sitrep ingest` fails at once with the ways out."""
        note = _server_note(self.path)
        if address is None:
            note.unlink(missing_ok=True)
        else:
            note.write_text(json.dumps({"address": address, "pid": os.getpid()}) + "\n")

    def clustering(self) -> AbstractContextManager[None]:
        """Nothing to hold: one process writes a DuckDB file, and clusters one pass at a time."""
        return nullcontext()

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
        self.refuse_if_read_only(str(self.path))
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
        """Replace the writing connection, releasing what DuckDB kept of the batches.

        Sessions are cursors of the store's first connection: while one is open (a server's
        request) only the writer's own connection is replaced, so the read goes on; with
        none open (`sitrep ingest`) the first connection too, which releases the most.
        """
        shared = self._shared
        if self.db is not shared.root:
            self.db.close()
        if self._is_session or shared.sessions:
            self.db = shared.root.cursor()
        else:
            shared.root.close()
            self.db = shared.root = duckdb.connect(str(self.path))
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

    def _filters(self, query: EventQuery) -> tuple[list[str], list[Any]]:
        return event_filters(query)

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

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cursor = self.db.execute(sql, list(params))
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    def _tuples(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.db.execute(sql, list(params)).fetchall()


class _Connections:
    """The store's first connection, of which sessions are cursors, and the open sessions."""

    def __init__(self, root: duckdb.DuckDBPyConnection) -> None:
        self.root = root
        self.sessions: set[int] = set()


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
        raise SchemaTooNew(too_new(str(path), found))
    # An older file: migrate it once with a short writing connection, then read.
    try:
        with duckdb.connect(str(path)) as writer:
            migrate(writer, str(path))
    except duckdb.IOException as err:
        raise StoreError(f"the store {path} needs migrating but is in use: {err}") from None
    return duckdb.connect(str(path), read_only=True)


def _server_note(path: Path) -> Path:
    return path.with_name(path.name + ".server")


def _refuse_if_served(path: Path) -> None:
    """A StoreError naming the live server that owns the file, if one does."""
    try:
        note = json.loads(_server_note(path).read_text())
        address, pid = str(note["address"]), int(note["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return  # no note, or not one a server wrote
    if pid == os.getpid() or not _alive(pid):
        return
    raise StoreError(
        f"the store {path} is served by `sitrep serve` at http://{address} (pid {pid}), the one"
        f" process that may use the file. Send articles to it: POST http://{address}/articles"
        f" with the header 'Authorization: Bearer $SITREP_TOKEN'; read it: GET"
        f" http://{address}/events; or keep the store in PostgreSQL (--db postgresql://...),"
        " which takes several writers"
    )


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _connect_for_writing(path: Path) -> duckdb.DuckDBPyConnection:
    try:
        return duckdb.connect(str(path))
    except duckdb.IOException as err:
        raise StoreError(
            f"the store {path} is in use by another process, and DuckDB lets one process write"
            f" a file: wait for it, or keep the store in PostgreSQL ({err})"
        ) from None
