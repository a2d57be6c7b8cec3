"""`sitrep extract`: analyse without storing, one JSON record per article."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING, Annotated

import typer

from sitrep.cli.common import Published, parse_day, report_failure
from sitrep.ingest import Failure, iter_located, split_long
from sitrep.model import Analysis, Article
from sitrep.runner import BATCH_SIZE, ArticleLimits, analyse_batch

if TYPE_CHECKING:
    from sitrep.analyze import Analyzer


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
    for where, item in iter_located(sources, parse_day(published, "--published")):
        if isinstance(item, Failure):
            report_failure(item)
            failed += 1
        else:
            articles.append((where, item))
    analyses, failures = _analyse_each(analyzer, articles)
    for failure in failures:
        report_failure(failure)
    failed += len(failures)
    for analysis in analyses:
        record = analysis.to_dict()
        if as_json:
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        else:
            typer.echo(json.dumps(record, ensure_ascii=False, indent=1))
    raise typer.Exit(1 if failed else 0)


def _analyse_each(
    analyzer: Analyzer, located: list[tuple[str, Article]]
) -> tuple[list[Analysis], list[Failure]]:
    """Each article on its own account, as `sitrep ingest` does: a long one in parts, one that
    raises or runs over its time budget reported, the others printed."""
    limits = ArticleLimits.load()
    parts = [(where, p) for where, a in located for p in split_long(a, limits.max_chars)]
    analyses, failures = [], []
    for start in range(0, len(parts), BATCH_SIZE):
        done, failed = analyse_batch(analyzer, parts[start : start + BATCH_SIZE], limits.seconds)
        analyses += done
        failures += failed
    return analyses, failures
