"""`sitrep cluster`: cluster every stored event afresh into incidents."""

from __future__ import annotations

import typer

from sitrep.cli.common import DEFAULT_DB, Db, require_db
from sitrep.store import StoreError, open_store


def cluster(db: Db = DEFAULT_DB) -> None:
    """Rebuild the incidents over the whole store (ingest keeps them up to date batch by
    batch; this gives the same clusters and ids, after the rules changed for instance)."""
    from sitrep.cluster.sync import rebuild

    require_db(db)
    try:
        store = open_store(db)
    except StoreError as err:
        typer.secho(str(err), fg="red", err=True)
        raise typer.Exit(2) from None
    with store:
        typer.echo(rebuild(store).line())
