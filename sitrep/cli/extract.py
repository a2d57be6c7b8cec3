"""`sitrep extract`: analyse without storing, one JSON record per article."""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer

from sitrep.cli.common import Published, parse_day, report_failure
from sitrep.ingest import Failure, iter_sources


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
    for item in iter_sources(sources, parse_day(published, "--published")):
        if isinstance(item, Failure):
            report_failure(item)
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
