"""Export stored events: CSV in ACLED's column layout, GeoJSON points, Parquet.

Takes the rows that ``Store.events`` returns (sitrep/store/base.py); knows nothing of
analysis or of the back end.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any, TextIO

import pyarrow as pa
import pyarrow.parquet as pq
import pycountry

FORMATS = ("csv", "geojson", "parquet")

# ACLED's layout first, then what sitrep adds: the evidence and where it was read.
ACLED_COLUMNS = [
    "event_id_cnty", "event_date", "year", "time_precision", "event_type", "sub_event_type",
    "actor1", "actor2", "iso", "country", "admin1", "admin2", "location", "latitude",
    "longitude", "geo_precision", "source", "notes", "fatalities",
]  # fmt: skip
SITREP_COLUMNS = [
    "date_start", "date_end", "country_code", "geonameid", "confidence", "evidence_text",
    "evidence_start", "evidence_end", "article_id", "article_url", "outlet", "published",
    "cluster_id",
]  # fmt: skip
COLUMNS = ACLED_COLUMNS + SITREP_COLUMNS


def _country(code: str | None) -> tuple[str | None, int | None, str]:
    """Name, ISO numeric code and alpha-3 of an alpha-2 code (ACLED's iso is numeric)."""
    found = pycountry.countries.get(alpha_2=code.upper()) if code else None
    if found is None:
        return None, None, "XXX"
    return found.name, int(found.numeric), found.alpha_3


def _midpoint(start: str, end: str) -> str:
    first, last = date.fromisoformat(start), date.fromisoformat(end)
    return (first + (last - first) / 2).isoformat()


def acled_row(event: dict[str, Any]) -> dict[str, Any]:
    """One stored event in ACLED's columns (event_date is the middle of the date range)."""
    country, iso, alpha3 = _country(event.get("country_code"))
    event_date = _midpoint(event["date_start"], event["date_end"])
    return {
        "event_id_cnty": f"{alpha3}-{event['id']}",
        "event_date": event_date,
        "year": int(event_date[:4]),
        "time_precision": event["time_precision"],
        "event_type": event["event_type"],
        "sub_event_type": event["sub_event_type"],
        "actor1": event["actor1"],
        "actor2": event["actor2"],
        "iso": iso,
        "country": country,
        "admin1": event["admin1"],
        "admin2": event["admin2"],
        "location": event["location_name"],
        "latitude": event["lat"],
        "longitude": event["lon"],
        "geo_precision": event["geo_precision"],
        "source": "; ".join(event["reported_by"] or [s for s in [event.get("outlet")] if s]),
        "notes": event["evidence_text"],
        "fatalities": event["fatalities"],
    } | {key: event.get(key) for key in SITREP_COLUMNS}


def write_csv(events: Sequence[dict[str, Any]], path: Path) -> None:
    with path.open("w", newline="", encoding="utf-8") as out:
        write_csv_to(events, out)


def write_csv_to(events: Sequence[dict[str, Any]], out: TextIO) -> None:
    """CSV in ACLED's layout to an open text stream (a file, or an HTTP answer's buffer)."""
    writer = csv.DictWriter(out, fieldnames=COLUMNS)
    writer.writeheader()
    writer.writerows(acled_row(e) for e in events)


def write_geojson(events: Sequence[dict[str, Any]], path: Path) -> None:
    path.write_text(json.dumps(geojson(events), ensure_ascii=False, indent=1), encoding="utf-8")


def geojson(events: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Points for the events that have coordinates; every field is a property."""
    features = [
        {
            "type": "Feature",
            "id": e["id"],
            "geometry": {"type": "Point", "coordinates": [e["lon"], e["lat"]]},
            "properties": acled_row(e) | {"reported_by": e["reported_by"]},
        }
        for e in events
        if e.get("lat") is not None and e.get("lon") is not None
    ]
    return {"type": "FeatureCollection", "features": features}


def write_parquet(events: Sequence[dict[str, Any]], path: Path) -> None:
    rows = [acled_row(e) | {"reported_by": e["reported_by"]} for e in events]
    schema = pa.schema(
        [(c, pa.string()) for c in COLUMNS] + [("reported_by", pa.list_(pa.string()))]
    )
    typed = {
        "year": pa.int32(), "time_precision": pa.int8(), "iso": pa.int32(),
        "latitude": pa.float64(), "longitude": pa.float64(), "geo_precision": pa.int8(),
        "fatalities": pa.int32(), "geonameid": pa.int64(), "confidence": pa.float64(),
        "evidence_start": pa.int32(), "evidence_end": pa.int32(),
    }  # fmt: skip
    schema = pa.schema([pa.field(f.name, typed.get(f.name, f.type)) for f in schema])
    table = pa.Table.from_pylist(rows, schema=schema)
    pq.write_table(table, path)


WRITERS = {"csv": write_csv, "geojson": write_geojson, "parquet": write_parquet}


def export(events: Sequence[dict[str, Any]], fmt: str, path: Path) -> Path:
    if fmt not in WRITERS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    WRITERS[fmt](events, path)
    return path


# Incidents (issue 12): one row per incident, ACLED's layout with ``source`` naming every
# outlet that reported it and ``notes`` the first report's sentence; then the toll range
# with who gave each bound, the counts, and every member's event and article.
INCIDENT_COLUMNS = [
    *ACLED_COLUMNS, "date_start", "date_end", "country_code", "geonameid", "fatalities_low",
    "fatalities_low_source", "fatalities_high", "fatalities_high_source", "n_articles",
    "n_outlets", "first_reported", "last_reported", "event_ids", "article_ids",
]  # fmt: skip


def incident_acled_row(incident: dict[str, Any]) -> dict[str, Any]:
    """One stored incident (``Store.incidents``) in ACLED's columns and sitrep's."""
    members = incident["members"]
    outlets = dict.fromkeys(m["outlet"] or m["article_id"] for m in members)
    as_event = incident | {"id": incident["id"], "reported_by": [], "outlet": None}
    as_event["evidence_text"] = members[0]["evidence"] if members else None
    row = {key: acled_row(as_event)[key] for key in ACLED_COLUMNS}
    row["source"] = "; ".join(outlets)
    return (
        row
        | {key: incident.get(key) for key in INCIDENT_COLUMNS if key not in row}
        | {
            "event_ids": "; ".join(m["event_id"] for m in members),
            "article_ids": "; ".join(dict.fromkeys(m["article_id"] for m in members)),
        }
    )


def export_incidents(incidents: Sequence[dict[str, Any]], fmt: str, path: Path) -> Path:
    """Incidents as CSV, GeoJSON points (members as a property) or Parquet."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "csv":
        with path.open("w", newline="", encoding="utf-8") as out:
            write_incidents_csv_to(incidents, out)
    elif fmt == "geojson":
        collection = incidents_geojson(incidents)
        path.write_text(json.dumps(collection, ensure_ascii=False, indent=1), encoding="utf-8")
    else:
        pq.write_table(pa.Table.from_pylist([incident_acled_row(i) for i in incidents]), path)
    return path


def write_incidents_csv_to(incidents: Sequence[dict[str, Any]], out: TextIO) -> None:
    """Incidents as CSV to an open text stream (a file, or an HTTP answer's buffer)."""
    writer = csv.DictWriter(out, fieldnames=INCIDENT_COLUMNS)
    writer.writeheader()
    writer.writerows(incident_acled_row(i) for i in incidents)


def incidents_geojson(incidents: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """Points for the incidents that have coordinates; their members as a property."""
    features = [
        {
            "type": "Feature",
            "id": i["id"],
            "geometry": {"type": "Point", "coordinates": [i["lon"], i["lat"]]},
            "properties": incident_acled_row(i) | {"members": i["members"]},
        }
        for i in incidents
        if i.get("lat") is not None and i.get("lon") is not None
    ]
    return {"type": "FeatureCollection", "features": features}
