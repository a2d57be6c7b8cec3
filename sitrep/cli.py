"""The command line: wires ingest, analyze, store and export together."""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from sitrep import runner
from sitrep.ingest import Failure, iter_sources
from sitrep.runner import Summary
from sitrep.store import EventQuery, open_store

app = typer.Typer(help="sitrep: news reports in, conflict-event records out.", no_args_is_help=True)
eval_app = typer.Typer(help="Score the pipeline against annotated data.", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

Published = Annotated[
    str | None,
    typer.Option("--published", help="Publication date (YYYY-MM-DD) for articles that lack one."),
]


def _published(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(
            f"{value!r} is not a YYYY-MM-DD date", param_hint="--published"
        ) from None


def _report(failure: Failure) -> None:
    typer.secho(f"skipped {failure.error}", fg=typer.colors.YELLOW, err=True)


Db = Annotated[Path, typer.Option("--db", help="DuckDB file of the store.")]
DEFAULT_DB = Path("sitrep.duckdb")


def run_ingest(
    sources: Sequence[str], db: Path, published: date | None = None, force: bool = False
) -> Summary:
    """Read, analyze and store; one transaction per batch, so a rerun resumes where it stopped."""
    with open_store(db) as store, _progress() as progress:
        return runner.ingest(
            sources,
            store,
            on_progress=progress,
            on_failure=_report,
            published=published,
            force=force,
        )


class _progress:
    """A progress bar on a terminal; a line per committed batch in a log."""

    def __init__(self) -> None:
        self.bar: Any = None
        self.started = time.perf_counter()

    def __enter__(self) -> _progress:
        if sys.stderr.isatty():
            from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

            self.bar = Progress(
                TextColumn("analysing"),
                BarColumn(),
                TextColumn("{task.completed} stored"),
                TextColumn("{task.fields[events]} events"),
                TimeElapsedColumn(),
                transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task("analysing", total=None, events=0)
        return self

    def __call__(self, summary: Summary) -> None:
        if self.bar is not None:
            self.bar.update(self.task, completed=summary.stored, events=summary.events)
        else:
            rate = summary.stored / max(time.perf_counter() - self.started, 1e-9)
            typer.echo(f"stored {summary.stored} articles ({rate:.1f}/s)", err=True)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()


@app.command()
def ingest(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, http(s) URLs, or -.")],
    db: Db = DEFAULT_DB,
    published: Published = None,
    force: Annotated[
        bool, typer.Option("--force", help="Re-analyse articles already stored.")
    ] = False,
) -> None:
    """Ingest and analyze articles into the store; exits 1 if any input failed."""
    summary = run_ingest(sources, db, _published(published), force)
    typer.echo(summary.line())
    raise typer.Exit(1 if summary.failed else 0)


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


TABLE_COLUMNS = [
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


@app.command()
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
) -> None:
    """Query the stored events: a table, or JSON lines."""
    _require_db(db)
    query = EventQuery(
        country, event_type, _day(since, "--since"), _day(until, "--until"), _near(near), limit
    )
    with open_store(db, read_only=True) as store:
        rows = store.events(query)
    if as_json:
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    else:
        print_events_table(rows)


def _day(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a YYYY-MM-DD date", param_hint=option) from None


def _require_db(db: Path) -> None:
    if not db.exists():
        typer.secho(f"no store at {db}: run `sitrep ingest PATH` first", fg="red", err=True)
        raise typer.Exit(2)


@app.command("export")
def export_events(
    fmt: Annotated[str, typer.Option("--format", help="csv | geojson | parquet")] = "csv",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="File to write.")] = None,
    db: Db = DEFAULT_DB,
) -> None:
    """Write every stored event as CSV (ACLED's columns), GeoJSON or Parquet."""
    from sitrep.export import FORMATS, export

    if fmt not in FORMATS:
        raise typer.BadParameter(f"choose one of {', '.join(FORMATS)}", param_hint="--format")
    _require_db(db)
    with open_store(db, read_only=True) as store:
        rows = store.events()
    path = export(rows, fmt, output or Path(f"events.{fmt}"))
    typer.echo(f"wrote {len(rows)} events to {path}")


@app.command()
def demo(
    out: Annotated[Path, typer.Option(help="Folder for the store and the exports.")] = Path("out"),
) -> None:
    """Ingest the bundled examples, print their events, write out/events.{csv,geojson,parquet}."""
    from sitrep.export import FORMATS, export

    examples = Path(__file__).resolve().parent.parent / "examples"
    if not examples.is_dir():
        typer.secho(f"no examples folder at {examples}", fg="red", err=True)
        raise typer.Exit(2)
    db = out / "sitrep.duckdb"
    summary = run_ingest([str(examples)], db)
    typer.echo(summary.line())
    with open_store(db, read_only=True) as store:
        rows = store.events()
    print_events_table(rows)
    for fmt in FORMATS:
        typer.echo(f"wrote {export(rows, fmt, out / f'events.{fmt}')}")


@app.command()
def setup() -> None:
    """Build the local data the pipeline needs (run once by `make`; safe to repeat)."""
    from sitrep.analyze import prepare

    prepare()
    typer.echo("sitrep is ready.")


@app.command()
def extract(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, URLs, or - for stdin.")],
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per article.")] = False,
    published: Published = None,
) -> None:
    """Analyze articles without storing them; one JSON object per article, in input order."""
    from sitrep.analyze import Analyzer

    analyzer = Analyzer()
    failed = 0
    articles = []
    for item in iter_sources(sources, _published(published)):
        if isinstance(item, Failure):
            _report(item)
            failed += 1
        else:
            articles.append(item)
    for analysis in analyzer.analyze(articles):
        record = analysis.to_dict()
        if as_json:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            typer.echo(json.dumps(record, ensure_ascii=False, indent=1))
    raise typer.Exit(1 if failed else 0)


@app.command()
def bench(
    repeat: Annotated[int, typer.Option(help="Passes over the benchmark texts.")] = 5,
) -> None:
    """Print speed figures as one JSON object: analyze beside the bare spaCy pass."""
    from sitrep import bench as benchmark

    _print_figures(benchmark.run(repeat))


def _print_figures(figures: dict) -> None:
    typer.echo(json.dumps(figures, indent=1, ensure_ascii=False))


@eval_app.command("geoparsing")
def eval_geoparsing(
    corpus: Annotated[str, typer.Option(help="lgl | geowebnews | tr-news | geovirus | events-dev")],
    limit: Annotated[int | None, typer.Option(help="Only the first N documents.")] = None,
) -> None:
    """Geoparsing on gold spans and end to end: exact id, acc@161, mean/median km, AUC."""
    from sitrep.evaluate import geoparsing

    _print_figures(geoparsing.run(corpus, limit=limit))


GoldDir = Annotated[
    Path | None,
    typer.Option(help="Folder with articles/ and gold/ (default: the shared events-dev set)."),
]


def _gold_dir(gold: Path | None) -> Path:
    from sitrep.evaluate import MissingBenchmark, shared_dir

    if gold is not None:
        return gold
    try:
        return shared_dir() / "benchmarks" / "events-dev"
    except MissingBenchmark as err:
        raise typer.BadParameter(str(err), param_hint="--gold") from None


@eval_app.command("events")
def eval_events(gold: GoldDir = None) -> None:
    """Event precision/recall/F1 for types and sub-types; actors and fatalities on matches."""
    from sitrep.evaluate import events

    _print_figures(events.run(_gold_dir(gold)))


@eval_app.command("dates")
def eval_dates(gold: GoldDir = None) -> None:
    """Share of gold date expressions found and resolved to exactly the gold range."""
    from sitrep.evaluate import dates

    _print_figures(dates.run(_gold_dir(gold)))


@eval_app.command("sources")
def eval_sources(gold: GoldDir = None) -> None:
    """Quotes found with the right speaker, and social-media references found."""
    from sitrep.evaluate import sources

    _print_figures(sources.run(_gold_dir(gold)))


@eval_app.command("case2021")
def eval_case2021(
    file: Annotated[Path, typer.Argument(help="CASE 2021 task 2 TSV with labels.")],
    half: Annotated[str, typer.Option(help="even (report) | odd (tune) | all")] = "even",
) -> None:
    """Weighted F1 over the 25 ACLED sub-types on CASE 2021 task 2 snippets."""
    from sitrep.evaluate import case2021

    _print_figures(case2021.run(file, half=half))


if __name__ == "__main__":
    app()
