"""The store's schema, once for every back end: the migrations, in DuckDB's SQL.

Each back end applies ``MIGRATIONS`` in order and keeps the number applied in a
``schema_version`` table. The SQL is written in the part of DuckDB's dialect that
PostgreSQL shares; the few type names the two spell differently are translated by
``migration_sql``, so a new migration is written once (in DuckDB's spelling) and
both back ends get it.
"""

from __future__ import annotations

import re

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
    # 3: the layers are found by article (replacing an article deletes its rows; reading one
    # back selects them), events by date and place (the API's filters)
    """
CREATE INDEX IF NOT EXISTS places_article ON places (article_id);
CREATE INDEX IF NOT EXISTS dates_article ON dates (article_id);
CREATE INDEX IF NOT EXISTS quotes_article ON quotes (article_id);
CREATE INDEX IF NOT EXISTS media_article ON media (article_id);
CREATE INDEX IF NOT EXISTS events_article ON events (article_id);
CREATE INDEX IF NOT EXISTS events_date ON events (date_end, date_start);
CREATE INDEX IF NOT EXISTS events_lat_lon ON events (lat, lon);
""",
    # 4: the watcher's state (issue 15): what each source answered last (for conditional
    # GET), the feed items seen, and the alerts sent per channel with the events they covered
    """
CREATE TABLE watch_sources (
    url VARCHAR PRIMARY KEY, etag VARCHAR, last_modified VARCHAR, checked_at TIMESTAMP
);
CREATE TABLE watch_items (
    source VARCHAR, item_key VARCHAR, article_id VARCHAR, seen_at TIMESTAMP,
    PRIMARY KEY (source, item_key)
);
CREATE TABLE watch_alerts (
    channel VARCHAR, incident_id VARCHAR, signature VARCHAR, delivered BOOLEAN,
    sent_at TIMESTAMP, PRIMARY KEY (channel, incident_id)
);
CREATE TABLE watch_alert_events (
    channel VARCHAR, event_id VARCHAR, incident_id VARCHAR, PRIMARY KEY (channel, event_id)
);
""",
    # a place that is a people's name standing for its country ("Russian drones")
    """
ALTER TABLE places ADD COLUMN demonym BOOLEAN DEFAULT FALSE;
""",
)
SCHEMA_VERSION = len(MIGRATIONS)

#: DuckDB type names that PostgreSQL spells otherwise (DuckDB's FLOAT is 4 bytes, as REAL)
_POSTGRES_TYPES = {
    "DOUBLE": "DOUBLE PRECISION",
    "FLOAT": "REAL",
    "TINYINT": "SMALLINT",
    "BLOB": "BYTEA",
    "HUGEINT": "NUMERIC(38)",
}
_TYPE_WORD = re.compile(r"\b(" + "|".join(_POSTGRES_TYPES) + r")\b(?!\s+PRECISION)")


def migration_sql(version: int, dialect: str) -> str:
    """The SQL of migration ``version`` (from 1) for ``duckdb`` or ``postgresql``."""
    sql = MIGRATIONS[version - 1]
    if dialect == "duckdb":
        return sql
    if dialect == "postgresql":
        return _TYPE_WORD.sub(lambda m: _POSTGRES_TYPES[m.group(1)], sql)
    raise ValueError(f"no SQL dialect {dialect!r}")


def too_new(where: str, found: int) -> str:
    """The message for a store whose schema is newer than this sitrep's."""
    return (
        f"the store {where} has schema version {found}, but this sitrep knows versions up to"
        f" {SCHEMA_VERSION}: upgrade sitrep to read it"
    )
