"""What several commands share: the store option, date parsing, failure and figure printing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from sitrep.ingest import Failure
from sitrep.store import Store, StoreError, open_store

Db = Annotated[Path, typer.Option("--db", help="DuckDB file of the store.")]
DEFAULT_DB = Path("sitrep.duckdb")

Published = Annotated[
    str | None,
    typer.Option("--published", help="Publication date (YYYY-MM-DD) for articles that lack one."),
]


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


def require_db(db: Path) -> None:
    """A read-only command over a store that is not there ends with status 2 and a hint."""
    if not db.exists():
        typer.secho(f"no store at {db}: run `sitrep ingest PATH` first", fg="red", err=True)
        raise typer.Exit(2)


def open_for_reading(db: Path) -> Store:
    """The store opened read-only; one that cannot be read ends with status 2 and why."""
    try:
        return open_store(db, read_only=True)
    except StoreError as err:
        typer.secho(str(err), fg="red", err=True)
        raise typer.Exit(2) from None


def print_figures(figures: dict[str, Any]) -> None:
    typer.echo(json.dumps(figures, indent=1, ensure_ascii=False))
