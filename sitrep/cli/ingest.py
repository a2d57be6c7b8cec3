"""`sitrep ingest`: options in, the runner does the work, a summary and a progress bar out."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from sitrep import runner
from sitrep.cli.common import (
    DEFAULT_DB,
    AllowPrivate,
    Db,
    Published,
    allow_private_fetching,
    parse_day,
    report_failure,
)
from sitrep.ingest import IngestError
from sitrep.runner import ArticleLimits, Summary
from sitrep.store import StoreError, open_store


def ingest(
    sources: Annotated[list[str], typer.Argument(help="Files, folders, http(s) URLs, or -.")],
    db: Db = DEFAULT_DB,
    published: Published = None,
    force: Annotated[
        bool, typer.Option("--force", help="Re-analyse articles already stored.")
    ] = False,
    allow_private: AllowPrivate = False,
    max_chars: Annotated[
        int | None,
        typer.Option(
            "--max-chars",
            min=1000,
            max=1_000_000,
            help="Split a longer article into parts of at most this many characters, each "
            "stored as an article of its own (default 100000, set in data/article_limits.toml).",
        ),
    ] = None,
    article_seconds: Annotated[
        float | None,
        typer.Option(
            "--article-seconds",
            min=0,
            help="Seconds of analysis one article may take before it is reported as failed "
            "(0: no limit) (default 120, set in data/article_limits.toml).",
        ),
    ] = None,
) -> None:
    """Ingest and analyze articles into the store; exits 1 if any input failed, 2 if the
    store cannot be opened.

    Each article stands alone: one that cannot be read, breaks the analysis or runs over its
    time budget is named (file:line) and skipped, and every other one is stored."""
    allow_private_fetching(allow_private)
    limits = ArticleLimits.load(max_chars, article_seconds)
    try:
        summary = run_ingest(sources, db, parse_day(published, "--published"), force, limits)
    except StoreError as err:  # cannot open (a server owns the file, ...): say why, at once
        typer.secho(str(err), fg="red", err=True)
        raise typer.Exit(2) from None
    typer.echo(summary.line())
    raise typer.Exit(1 if summary.failed else 0)


def run_ingest(
    sources: Sequence[str],
    db: str | Path,
    published: date | None = None,
    force: bool = False,
    limits: ArticleLimits | None = None,
) -> Summary:
    """Read, analyze and store; one transaction per batch, so a rerun resumes where it stopped."""
    with open_store(db) as store, Progress() as progress:
        return runner.ingest(
            sources,
            store,
            on_progress=progress,
            on_failure=report_failure,
            published=published,
            force=force,
            limits=limits,
            on_split=report_split,
        )


def report_split(note: IngestError) -> None:
    typer.secho(f"note: {note}", fg=typer.colors.CYAN, err=True)


class Progress:
    """A progress bar on a terminal; a line per committed batch in a log."""

    def __init__(self) -> None:
        self.bar: Any = None

    def __enter__(self) -> Progress:
        if sys.stderr.isatty():
            from rich.progress import BarColumn, TextColumn, TimeElapsedColumn
            from rich.progress import Progress as Bar

            self.bar = Bar(
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
        """Called by the runner after each committed batch."""
        if self.bar is not None:
            self.bar.update(self.task, completed=summary.stored, events=summary.events)
        else:
            rate = summary.stored / max(summary.seconds, 1e-9)
            typer.echo(f"stored {summary.stored} articles ({rate:.1f}/s)", err=True)

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()
