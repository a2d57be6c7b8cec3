"""`sitrep check`: the store's integrity check, for an operator after a crash or a restore."""

from __future__ import annotations

import typer

from sitrep.cli.common import DEFAULT_DB, Db, open_for_reading, require_db


def check(db: Db = DEFAULT_DB) -> None:
    """Check the store: every article has all its layers, every layer row and event its
    article, every incident its members, nothing is stored twice. Prints each problem and
    exits 1 if there is any, 0 when all is well, 2 if the store cannot be opened."""
    require_db(db)
    with open_for_reading(db) as store:
        problems = store.check_integrity()
        articles = store.article_count()
    for problem in problems:
        typer.secho(problem, fg="red", err=True)
    if problems:
        typer.echo(f"{len(problems)} problems in a store of {articles} articles")
        raise typer.Exit(1)
    typer.echo(f"the store is whole: {articles} articles, no problem found")
