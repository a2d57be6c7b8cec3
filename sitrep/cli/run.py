"""`sitrep run`: a batch job over shards, in this process or on Dask; options in, the runner
(``sitrep.runner.jobs``) does the work, one progress bar and a summary out."""

from __future__ import annotations

import sys
import time
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from sitrep.cli.common import DEFAULT_DB, Db, Published, parse_day, report_failure
from sitrep.ingest import Failure
from sitrep.runner.jobs import Engine, Progress, RunSummary, default_results_dir, run
from sitrep.runner.shards import SHARD_SIZE, check_sources, count_articles
from sitrep.store import StoreError, open_store


class EngineName(StrEnum):
    local = "local"
    dask = "dask"


def run_command(
    sources: Annotated[
        list[str],
        typer.Argument(
            help="Files (JSON Lines, CSV, Parquet, any `ingest` format) and folders of them.",
            show_default=False,
        ),
    ],
    db: Db = DEFAULT_DB,
    engine: Annotated[
        EngineName,
        typer.Option(
            "--engine",
            help="local: this process, one model load. dask: Dask workers, one model load"
            " each; a LocalCluster of --workers processes (one thread each) unless --scheduler"
            " names a running cluster.",
        ),
    ] = EngineName.local,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler",
            help="A running Dask scheduler (tcp://HOST:PORT), started with `dask scheduler`,"
            " its workers with `dask worker tcp://HOST:PORT --nthreads 1` on each machine"
            " where sitrep is installed and set up. Implies --engine dask.",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers", min=1, help="Worker processes of the LocalCluster (default: the CPUs)."
        ),
    ] = None,
    results: Annotated[
        Path | None,
        typer.Option(
            "--results",
            help="Folder for the Parquet results (articles/published=YYYY-MM-DD/*.parquet) and"
            " shard manifests; default: beside the DuckDB file (X-run/), else ./sitrep-run.",
        ),
    ] = None,
    shard_size: Annotated[
        int, typer.Option("--shard-size", min=1, help="Articles per shard (one task).")
    ] = SHARD_SIZE,
    published: Published = None,
) -> None:
    """Analyse a corpus as a batch job: shards in, Parquet results out, then the store.

    The inputs are read here and cut into shards; each shard is analysed by the engine and
    its records written as Parquet partitioned by publication date; then they are loaded
    into the store (DuckDB file or PostgreSQL) in bulk and clustered into incidents.

    Resumable: run the same command again after an interruption (a killed client or
    worker). Articles already stored are skipped by id, shards already analysed are not
    analysed again, failed shards are retried. Exit status 1 if anything failed (the summary
    names each bad record by file and line), 2 if the store or the cluster cannot be used.
    """
    problems = check_sources(sources)
    if problems:
        for problem in problems:
            typer.secho(problem, fg="red", err=True)
        raise typer.Exit(2)
    if scheduler and workers:
        raise typer.BadParameter("give --scheduler or --workers, not both", param_hint="--workers")
    if workers and engine is EngineName.local:
        raise typer.BadParameter("--workers is for --engine dask", param_hint="--workers")
    day = parse_day(published, "--published")
    name = EngineName.dask if scheduler else engine
    try:
        with open_store(db) as store:
            chosen = _engine(name, scheduler, workers)
            try:
                summary = _run(
                    sources, store, chosen, results or default_results_dir(db), shard_size, day
                )
            finally:
                chosen.close()
    except (StoreError, OSError) as err:
        typer.secho(str(err), fg="red", err=True)
        raise typer.Exit(2) from None
    for line in summary.lines():
        typer.echo(line)
    raise typer.Exit(1 if summary.failed else 0)


def _engine(name: EngineName, scheduler: str | None, workers: int | None) -> Engine:
    if name is EngineName.local:
        from sitrep.runner.jobs import LocalEngine

        return LocalEngine()
    from sitrep.runner.dask import DaskEngine

    return DaskEngine(scheduler, workers, announce=lambda line: typer.echo(line, err=True))


def _run(
    sources: list[str], store: Any, engine: Engine, results: Path, shard_size: int, day: Any
) -> RunSummary:
    total = count_articles(sources, day)
    with _Bar(total) as bar:
        return run(sources, store, engine, results, shard_size, day, bar.progress())


class _Bar:
    """One bar over the job (articles analysed of those to analyse, articles/s, ETA) on a
    terminal; a line every few seconds in a log."""

    LOG_EVERY_S = 10.0

    def __init__(self, total: int) -> None:
        self.total, self.done, self.phase_name = total, 0, "analysing"
        self.bar: Any = None
        self.logged = time.monotonic()
        self.started = time.monotonic()

    def __enter__(self) -> _Bar:
        if sys.stderr.isatty():
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as RichProgress

            self.bar = RichProgress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]} articles/s"),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                TimeElapsedColumn(),
                transient=True,
            )
            self.bar.start()
            self.task = self.bar.add_task("analysing", total=self.total, rate="-")
        return self

    def progress(self) -> Progress:
        return Progress(skip=self.skip, advance=self.advance, phase=self.phase, failure=self.fail)

    def skip(self, n: int) -> None:
        self.total -= n
        if self.bar is not None:
            self.bar.update(self.task, total=self.total)

    def advance(self, n: int) -> None:
        self.done += n
        rate = self.done / max(time.monotonic() - self.started, 1e-9)
        if self.bar is not None:
            self.bar.update(self.task, advance=n, rate=f"{rate:.1f}")
        elif time.monotonic() - self.logged >= self.LOG_EVERY_S or self.done >= self.total:
            self.logged = time.monotonic()
            typer.echo(
                f"{self.phase_name} {self.done}/{self.total} ({rate:.1f} articles/s)", err=True
            )

    def phase(self, name: str, total: int) -> None:
        self.phase_name, self.total, self.done, self.started = name, total, 0, time.monotonic()
        if self.bar is not None:
            self.bar.reset(self.task, total=total, description=name, rate="-")

    def fail(self, failure: Failure) -> None:
        if self.bar is not None:
            self.bar.console.print(f"[yellow]skipped {failure.error}[/yellow]", highlight=False)
        else:
            report_failure(failure)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
