"""Pure conversions between the record (``sitrep.model``) and the rows of the store's tables.

No database here: every back end writes these rows and reads them back through
these functions, so the table layout is defined once.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from typing import Any

from sitrep.model import (
    Analysis,
    Article,
    DateMention,
    Event,
    Incident,
    Location,
    MediaRef,
    Place,
    Quote,
    Sourcing,
    Span,
)

#: the layer tables, each keyed by article_id; ``articles`` keeps a count of each
LAYER_TABLES = ("places", "dates", "quotes", "media", "events")
#: layers stored as (article_id, idx, fields of the record)
INDEXED_LAYERS = ("places", "dates", "quotes", "media")
TABLES = ("articles", *LAYER_TABLES)

Rows = dict[str, list[dict[str, Any]]]


def analysis_rows(analysis: Analysis, version: str, analysed_at: datetime) -> Rows:
    """One analysed article as rows of every table, its own counts included."""
    record = analysis.to_dict()
    aid = analysis.article.id
    rows: Rows = {
        "articles": [
            record["article"]
            | {"text": analysis.article.text, "sitrep_version": version, "analysed_at": analysed_at}
            | {f"n_{t}": len(record[t]) for t in LAYER_TABLES}
        ]
    }
    for table in INDEXED_LAYERS:
        rows[table] = [{"article_id": aid, "idx": i} | item for i, item in enumerate(record[table])]
    rows["events"] = [event_row(aid, e) for e in record["events"]]
    return rows


def batch_rows(analyses: list[Analysis], version: str, analysed_at: datetime) -> Rows:
    """Rows of every table for a batch, in input order."""
    merged: Rows = {table: [] for table in TABLES}
    for analysis in analyses:
        for table, rows in analysis_rows(analysis, version, analysed_at).items():
            merged[table].extend(rows)
    return merged


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


def decode_event(row: dict[str, Any]) -> dict[str, Any]:
    """A row of the events query as the exports and `sitrep events --json` read it."""
    row["reported_by"] = json.loads(row["reported_by"] or "[]")
    for key in ("date_start", "date_end", "published"):
        row[key] = _iso(row.get(key))
    return row


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def _fields(row: dict[str, Any], drop: tuple[str, ...] = ("article_id", "idx")) -> dict[str, Any]:
    return {k: _iso(v) for k, v in row.items() if k not in drop}


def event_from_row(row: dict[str, Any]) -> Event:
    """The record's Event from a row of the events table."""
    location = None
    if row["location_name"] is not None:
        location = Location(
            row["location_name"], row["geonameid"], row["country_code"], row["admin1"],
            row["admin2"], row["lat"], row["lon"], row["geo_precision"],
        )  # fmt: skip
    return Event(
        id=row["id"],
        event_type=row["event_type"],
        sub_event_type=row["sub_event_type"],
        date_start=_iso(row["date_start"]),
        date_end=_iso(row["date_end"]),
        time_precision=row["time_precision"],
        location=location,
        actor1=row["actor1"],
        actor2=row["actor2"],
        fatalities=row["fatalities"],
        reported_by=json.loads(row["reported_by"] or "[]"),
        evidence=Span(row["evidence_text"], row["evidence_start"], row["evidence_end"]),
        confidence=row["confidence"],
        cluster_id=row.get("cluster_id"),
    )


def incident_row(incident: Incident) -> dict[str, Any]:
    """An incident as one row of the incidents table (its members as JSON)."""
    record = incident.to_dict()
    location = record.pop("location") or {}
    return (
        {k: v for k, v in record.items() if k != "members"}
        | {
            "location_name": location.get("name"),
            "geonameid": location.get("geonameid"),
            "country_code": location.get("country_code"),
            "admin1": location.get("admin1"),
            "admin2": location.get("admin2"),
            "lat": location.get("lat"),
            "lon": location.get("lon"),
            "geo_precision": location.get("precision"),
        }
        | {"members": json.dumps(record["members"], ensure_ascii=False)}
    )


def decode_incident(row: dict[str, Any]) -> dict[str, Any]:
    """A row of the incidents table as `sitrep events --incidents` and the exports read it."""
    row["members"] = json.loads(row["members"] or "[]")
    for key in ("date_start", "date_end", "first_reported", "last_reported"):
        row[key] = _iso(row.get(key))
    return row


def analysis_from_rows(article: dict[str, Any], layers: Rows) -> Analysis:
    """An Analysis from an article row and its layer rows (ordered by idx).

    Only the layers the store keeps come back: actors, attributions and credits
    are working layers of the analysis, not part of the stored record.
    """
    published = article["published"]
    if isinstance(published, str):
        published = date.fromisoformat(published)
    head = Article(
        text=article["text"], published=published, title=article["title"],
        url=article["url"], outlet=article["outlet"], id=article["id"],
    )  # fmt: skip
    return Analysis(
        article=head,
        places=[Place(**_fields(r)) for r in layers.get("places", [])],
        dates=[DateMention(**_fields(r)) for r in layers.get("dates", [])],
        sources=Sourcing(
            quotes=[Quote(**_fields(r)) for r in layers.get("quotes", [])],
            media=[MediaRef(**_fields(r)) for r in layers.get("media", [])],
        ),
        events=[event_from_row(r) for r in layers.get("events", [])],
    )
