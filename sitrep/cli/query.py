"""`sitrep events` and `sitrep export`: read the store (read-only), print or write events."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from sitrep.cli.common import DEFAULT_DB, Db, open_for_reading, parse_day, require_db
from sitrep.store import EventQuery


def events(
    db: Db = DEFAULT_DB,
    country: Annotated[str | None, typer.Option(help="ISO 3166 alpha-2 code, e.g. UA.")] = None,
    event_type: Annotated[
        str | None, typer.Option("--type", help="An ACLED event type or sub-event type.")
    ] = None,
    since: Annotated[str | None, typer.Option(help="Events ending on or after YYYY-MM-DD.")] = None,
    until: Annotated[
        str | None, typer.Option(help="Events starting on or before YYYY-MM-DD.")
    ] = None,
    near: Annotated[str | None, typer.Option(help="LAT,LON,KM: within KM of a point.")] = None,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per event.")] = False,
    incidents: Annotated[
        bool, typer.Option("--incidents", help="Incidents (events of many articles) instead.")
    ] = False,
) -> None:
    """Query the stored events (or incidents): a table, or JSON lines."""
    require_db(db)
    query = EventQuery(
        country,
        event_type,
        parse_day(since, "--since"),
        parse_day(until, "--until"),
        _near(near),
        limit,
    )
    with open_for_reading(db) as store:
        rows = store.incidents(query) if incidents else store.events(query)
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    elif incidents:
        print_incidents_table(rows)
    else:
        print_events_table(rows)


def export_events(
    fmt: Annotated[str, typer.Option("--format", help="csv | geojson | parquet")] = "csv",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write.")] = None,
    db: Db = DEFAULT_DB,
    incidents: Annotated[
        bool, typer.Option("--incidents", help="One row per incident, every outlet as source.")
    ] = False,
) -> None:
    """Write every stored event (or incident) as CSV (ACLED's columns), GeoJSON or Parquet."""
    from sitrep.export import FORMATS, export, export_incidents

    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    require_db(db)
    what = "incidents" if incidents else "events"
    with open_for_reading(db) as store:
        rows = store.incidents() if incidents else store.events()
    write = export_incidents if incidents else export
    path = write(rows, fmt, output or Path(f"{what}.{fmt}"))
    typer.echo(f"wrote {len(rows)} {what} to {path}")


def _near(value: str | None) -> tuple[float, float, float] | None:
    if value is None:
        return None
    try:
        lat, lon, km = (float(part) for part in value.split(","))
    except ValueError:
        raise typer.BadParameter(
            "expected LAT,LON,KM, e.g. 48.6,38.0,50", param_hint="--near"
        ) from None
    return lat, lon, km


TABLE_COLUMNS: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
    (
        "date",
        lambda e: (
            e["date_start"]
            if e["date_start"] == e["date_end"]
            else f"{e['date_start']}..{e['date_end']}"
        ),
    ),
    ("type", lambda e: e["sub_event_type"]),
    ("place", lambda e: ", ".join(x for x in (e["location_name"], e["country_code"]) if x)),
    ("actor1", lambda e: e["actor1"] or ""),
    ("actor2", lambda e: e["actor2"] or ""),
    ("deaths", lambda e: "" if e["fatalities"] is None else str(e["fatalities"])),
    ("reported by", lambda e: "; ".join(e["reported_by"])),
]


def print_events_table(rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} events", show_lines=False)
    for name, _ in TABLE_COLUMNS:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*(cell(row) for _, cell in TABLE_COLUMNS))
    Console(width=max(120, Console().width)).print(table)


INCIDENT_COLUMNS: list[tuple[str, Callable[[dict[str, Any]], str]]] = [
    TABLE_COLUMNS[0],
    TABLE_COLUMNS[1],
    TABLE_COLUMNS[2],
    TABLE_COLUMNS[3],
    TABLE_COLUMNS[4],
    (
        "deaths",
        lambda i: (
            ""
            if i["fatalities"] is None
            else f"{i['fatalities']} ({i['fatalities_low']}-{i['fatalities_high']})"
            if i["fatalities_low"] != i["fatalities_high"]
            else str(i["fatalities"])
        ),
    ),
    ("articles", lambda i: str(i["n_articles"])),
    ("outlets", lambda i: "; ".join(dict.fromkeys(m["outlet"] or "?" for m in i["members"]))),
]


def print_incidents_table(rows: list[dict[str, Any]]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{len(rows)} incidents", show_lines=False)
    for name, _ in INCIDENT_COLUMNS:
        table.add_column(name, overflow="fold")
    for row in rows:
        table.add_row(*(cell(row) for _, cell in INCIDENT_COLUMNS))
    Console(width=max(120, Console().width)).print(table)
