"""Store: every layer of every analysed article in a DuckDB file, one table per layer.

Writes are idempotent upserts keyed by article id, one transaction per batch:
a crash loses no committed article and leaves no half-written one. Each article
row counts its own layer rows, so a reader can check that nothing is partial.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import duckdb
import pandas as pd

from sitrep.model import Analysis

SCHEMA = """
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
"""

LAYER_TABLES = ("places", "dates", "quotes", "media", "events")


@dataclass(slots=True)
class EventQuery:
    """Filters of `sitrep events`; None means no filter."""

    country: str | None = None
    event_type: str | None = None
    since: date | None = None
    until: date | None = None
    near: tuple[float, float, float] | None = None  # lat, lon, km
    limit: int | None = None


class Store:
    """A DuckDB file holding the layers; use as a context manager."""

    def __init__(self, path: Path | str, version: str) -> None:
        self.path = Path(path)
        self.version = version
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = duckdb.connect(str(self.path))
        self.db.execute(SCHEMA)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.db.close()

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
        frames = self._frames(analyses)
        self.db.execute("BEGIN TRANSACTION")
        try:
            self.db.register("batch_ids", frames["articles"][["id"]])
            for table in LAYER_TABLES:
                self.db.execute(
                    f"DELETE FROM {table} WHERE article_id IN (SELECT id FROM batch_ids)"
                )
            self.db.execute("DELETE FROM articles WHERE id IN (SELECT id FROM batch_ids)")
            self.db.unregister("batch_ids")
            for table, frame in frames.items():
                if not frame.empty:
                    self.db.register("batch_frame", frame)
                    columns = ", ".join(f'"{c}"' for c in frame.columns)
                    self.db.execute(
                        f"INSERT INTO {table} ({columns}) SELECT {columns} FROM batch_frame"
                    )
                    self.db.unregister("batch_frame")
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise

    def _frames(self, analyses: Sequence[Analysis]) -> dict[str, pd.DataFrame]:
        analysed_at = datetime.now(UTC).replace(tzinfo=None)
        rows: dict[str, list[dict[str, Any]]] = {t: [] for t in ("articles", *LAYER_TABLES)}
        for analysis in analyses:
            record = analysis.to_dict()
            aid = analysis.article.id
            rows["articles"].append(
                record["article"]
                | {
                    "text": analysis.article.text,
                    "sitrep_version": self.version,
                    "analysed_at": analysed_at,
                }
                | {f"n_{t}": len(record[t]) for t in LAYER_TABLES}
            )
            for table in ("places", "dates", "quotes", "media"):
                for idx, item in enumerate(record[table]):
                    rows[table].append({"article_id": aid, "idx": idx} | item)
            rows["events"].extend(event_row(aid, e) for e in record["events"])
        # object dtype keeps None as NULL and ints as ints when a column is sparse
        return {table: pd.DataFrame(items, dtype=object) for table, items in rows.items()}

    def article_count(self) -> int:
        return self.db.execute("SELECT count(*) FROM articles").fetchone()[0]

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
        cursor = self.db.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [_decode_event(dict(zip(names, row, strict=True))) for row in cursor.fetchall()]

    def check_complete(self) -> list[str]:
        """Ids of articles whose layer rows do not match their own counts (should be none)."""
        checks = " OR ".join(
            f"a.n_{t} != (SELECT count(*) FROM {t} x WHERE x.article_id = a.id)"
            for t in LAYER_TABLES
        )
        rows = self.db.execute(f"SELECT a.id FROM articles a WHERE {checks}").fetchall()
        return [row[0] for row in rows]


def event_row(article_id: str, event: dict[str, Any]) -> dict[str, Any]:
    """An event of the JSON record flattened to one row of the events table."""
    location = event["location"] or {}
    evidence = event["evidence"]
    return {
        "id": event["id"],
        "article_id": article_id,
        "event_type": event["event_type"],
        "sub_event_type": event["sub_event_type"],
        "date_start": event["date_start"],
        "date_end": event["date_end"],
        "time_precision": event["time_precision"],
        "location_name": location.get("name"),
        "geonameid": location.get("geonameid"),
        "country_code": location.get("country_code"),
        "admin1": location.get("admin1"),
        "admin2": location.get("admin2"),
        "lat": location.get("lat"),
        "lon": location.get("lon"),
        "geo_precision": location.get("precision"),
        "actor1": event["actor1"],
        "actor2": event["actor2"],
        "fatalities": event["fatalities"],
        "reported_by": json.dumps(event["reported_by"], ensure_ascii=False),
        "evidence_text": evidence["text"],
        "evidence_start": evidence["start"],
        "evidence_end": evidence["end"],
        "confidence": event["confidence"],
    }


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


def _decode_event(row: dict[str, Any]) -> dict[str, Any]:
    row["reported_by"] = json.loads(row["reported_by"] or "[]")
    for key in ("date_start", "date_end", "published"):
        if isinstance(row.get(key), date):
            row[key] = row[key].isoformat()
    return row
