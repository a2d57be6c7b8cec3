"""`sitrep eval ...`: score the pipeline against annotated data, figures as JSON."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from sitrep.cli.common import print_figures

app = typer.Typer(help="Score the pipeline against annotated data.", no_args_is_help=True)


@app.command("geoparsing")
def eval_geoparsing(
    corpus: Annotated[str, typer.Option(help="lgl | geowebnews | tr-news | geovirus | events-dev")],
    limit: Annotated[int | None, typer.Option(help="Only the first N documents.")] = None,
) -> None:
    """Geoparsing on gold spans and end to end: exact id, acc@161, mean/median km, AUC."""
    from sitrep.evaluate import geoparsing

    print_figures(geoparsing.run(corpus, limit=limit))


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


@app.command("clusters")
def eval_clusters(
    gold: Annotated[
        Path | None,
        typer.Option(
            help="Folder with articles/, gold/ (default: the repo's benchmarks/clusters)."
        ),
    ] = None,
) -> None:
    """Pairwise precision/recall/F1 of "same incident" over events matched to gold."""
    from sitrep.evaluate import clusters

    folder = gold or Path(__file__).resolve().parents[2] / "benchmarks" / "clusters"
    if not folder.is_dir():
        raise typer.BadParameter(f"no gold folder at {folder}", param_hint="--gold")
    print_figures(clusters.run(folder))


@app.command("events")
def eval_events(
    gold: GoldDir = None,
    fields: Annotated[
        bool,
        typer.Option(
            "--fields",
            help="List, per article, the matched events whose actors or toll are wrong.",
        ),
    ] = False,
) -> None:
    """Event precision/recall/F1 for types and sub-types; actors and fatalities on matches."""
    from sitrep.evaluate import events

    print_figures(events.run(_gold_dir(gold), fields=fields))


@app.command("dates")
def eval_dates(gold: GoldDir = None) -> None:
    """Share of gold date expressions found and resolved to exactly the gold range."""
    from sitrep.evaluate import dates

    print_figures(dates.run(_gold_dir(gold)))


@app.command("sources")
def eval_sources(gold: GoldDir = None) -> None:
    """Quotes found with the right speaker, and social-media references found."""
    from sitrep.evaluate import sources

    print_figures(sources.run(_gold_dir(gold)))


@app.command("case2021")
def eval_case2021(
    file: Annotated[Path, typer.Argument(help="CASE 2021 task 2 TSV with labels.")],
    half: Annotated[str, typer.Option(help="even (report) | odd (tune) | all")] = "even",
) -> None:
    """Weighted F1 over the 25 ACLED sub-types on CASE 2021 task 2 snippets."""
    from sitrep.evaluate import case2021

    print_figures(case2021.run(file, half=half))
