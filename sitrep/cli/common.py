"""What several commands share: the store option, date parsing, failure and figure printing."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from sitrep.fetch import ALLOW_PRIVATE_ENV
from sitrep.ingest import Failure
from sitrep.store import Store, StoreError, local_path, open_store

Db = Annotated[
    str,
    typer.Option(
        "--db",
        help="The store: a DuckDB file, or a PostgreSQL URL (postgresql://user@host/db).",
        envvar="SITREP_DB",
    ),
]
DEFAULT_DB = "sitrep.duckdb"

Published = Annotated[
    str | None,
    typer.Option("--published", help="Publication date (YYYY-MM-DD) for articles that lack one."),
]

AllowPrivate = Annotated[
    bool,
    typer.Option(
        "--allow-private",
        help="Fetch from loopback and private addresses too (as SITREP_ALLOW_PRIVATE=1).",
    ),
]


def allow_private_fetching(allow: bool) -> None:
    """--allow-private: every fetch of this process may reach private addresses (it sets
    SITREP_ALLOW_PRIVATE, which sitrep.fetch reads)."""
    if allow:
        os.environ[ALLOW_PRIVATE_ENV] = "1"


def parse_day(value: str | None, option: str) -> date | None:
    """A YYYY-MM-DD option's value, or a usage error naming the option."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a YYYY-MM-DD date", param_hint=option) from None


def report_failure(failure: Failure) -> None:
    typer.secho(f"skipped {failure.error}", fg=typer.colors.YELLOW, err=True)


def require_db(db: str | Path) -> None:
    """A command that must not create a store ends with status 2 and a hint when the DuckDB
    file is not there (a database on a server is checked when opened)."""
    path = local_path(db)
    if path is not None and not path.exists():
        typer.secho(f"no store at {path}: run `sitrep ingest PATH` first", fg="red", err=True)
        raise typer.Exit(2)


def open_for_reading(db: str | Path) -> Store:
    """The store opened read-only; one that is not there or cannot be read ends with
    status 2 and why (a missing one with a hint to ingest first)."""
    try:
        return open_store(db, read_only=True)
    except StoreError as err:
        typer.secho(str(err), fg="red", err=True)
        raise typer.Exit(2) from None


def print_figures(figures: dict[str, Any]) -> None:
    typer.echo(json.dumps(figures, indent=1, ensure_ascii=False))
