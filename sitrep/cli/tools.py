"""`sitrep setup`, `sitrep demo` and `sitrep bench`: set up, show, measure."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sitrep.cli.common import open_for_reading, print_figures
from sitrep.cli.ingest import run_ingest
from sitrep.cli.query import print_events_table
from sitrep.ingest import EXAMPLES


def setup() -> None:
    """Build the local data the pipeline needs (run once by `make`; safe to repeat)."""
    from sitrep.analyze import prepare

    prepare()
    typer.echo("sitrep is ready.")


def demo(
    out: Annotated[Path, typer.Option(help="Folder for the store and the exports.")] = Path("out"),
) -> None:
    """Ingest the bundled examples, print their events, write out/events.{csv,geojson,parquet}."""
    from sitrep.export import FORMATS, export

    if not EXAMPLES.is_dir():
        typer.secho(f"no examples folder at {EXAMPLES}", fg="red", err=True)
        raise typer.Exit(2)
    db = out / "sitrep.duckdb"
    summary = run_ingest([str(EXAMPLES)], db)
    typer.echo(summary.line())
    with open_for_reading(db) as store:
        rows = store.events()
    print_events_table(rows)
    for fmt in FORMATS:
        typer.echo(f"wrote {export(rows, fmt, out / f'events.{fmt}')}")


def bench(
    repeat: Annotated[int, typer.Option(help="Passes over the benchmark texts.")] = 5,
    memory: Annotated[
        bool,
        typer.Option(
            "--memory", help="Instead: peak memory of `sitrep ingest` over generated folders."
        ),
    ] = False,
    sizes: Annotated[
        str, typer.Option(help="Numbers of generated files for --memory, comma-separated.")
    ] = "2000,20000",
    clusters: Annotated[
        int | None,
        typer.Option(help="Instead: cluster this many synthetic events, then a batch of 1,000."),
    ] = None,
) -> None:
    """Print speed figures as one JSON object: analyze beside the bare spaCy pass."""
    from sitrep import bench as benchmark

    if clusters is not None:
        from sitrep.cluster import bench as cluster_bench

        print_figures(cluster_bench.run(clusters))
    elif memory:
        print_figures(benchmark.run_memory(_sizes(sizes)))
    else:
        print_figures(benchmark.run(repeat))


def _sizes(value: str) -> tuple[int, ...]:
    try:
        sizes = tuple(int(part) for part in value.split(","))
    except ValueError:
        raise typer.BadParameter(
            "expected numbers, e.g. 2000,20000", param_hint="--sizes"
        ) from None
    if not sizes or min(sizes) < 1:
        raise typer.BadParameter("expected positive numbers", param_hint="--sizes")
    return sizes
