"""The command line: wires ingest, analyze, store and export together."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from sitrep.ingest import Failure, iter_sources

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


@eval_app.command("events")
def eval_events(
    gold: Annotated[Path, typer.Option(help="Folder with articles/ and gold/ (events-dev shape).")],
) -> None:
    """Event precision/recall/F1 for types and sub-types; actors and fatalities on matches."""
    from sitrep.evaluate import events

    _print_figures(events.run(gold))


@eval_app.command("dates")
def eval_dates(
    gold: Annotated[Path, typer.Option(help="Folder with articles/ and gold/ (events-dev shape).")],
) -> None:
    """Share of gold date expressions found and resolved to exactly the gold range."""
    from sitrep.evaluate import dates

    _print_figures(dates.run(gold))


@eval_app.command("sources")
def eval_sources(
    gold: Annotated[Path, typer.Option(help="Folder with articles/ and gold/ (events-dev shape).")],
) -> None:
    """Quotes found with the right speaker, and social-media references found."""
    from sitrep.evaluate import sources

    _print_figures(sources.run(gold))


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
