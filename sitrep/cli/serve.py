"""`sitrep serve`: the API and the map page over a store, in one process that owns the store."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from sitrep.cli.common import DEFAULT_DB, AllowPrivate, Db, allow_private_fetching
from sitrep.store import StoreError, redact


def serve(
    db: Db = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    private: Annotated[
        bool, typer.Option("--private", help="Reads too need the bearer token SITREP_TOKEN.")
    ] = False,
    watch: Annotated[
        Path | None,
        typer.Option("--watch", help="Also watch the feeds and pages of this SOURCES.toml."),
    ] = None,
    allow_private: AllowPrivate = False,
    max_body: Annotated[
        int | None,
        typer.Option(
            "--max-body",
            envvar="SITREP_MAX_BODY",
            min=1,
            show_default="2000000",
            help="Bytes of one POST /articles body; a longer one is answered 413.",
        ),
    ] = None,
    rate_limit: Annotated[
        int | None,
        typer.Option(
            "--rate-limit",
            envvar="SITREP_RATE_LIMIT",
            min=0,
            show_default="1200",
            help="Requests a minute from one address (the page's files aside); more are"
            " answered 429 with Retry-After. 0: no limit.",
        ),
    ] = None,
) -> None:
    """Serve the API (/docs) and the map page (/) over the store.

    The server is the store's one writer: it takes articles by POST /articles when
    SITREP_TOKEN is set (reads are open unless --private), and a `sitrep ingest` aimed at
    the same DuckDB file fails at once, naming the server. With --watch it also polls the
    sources of SOURCES.toml (as `sitrep watch`), storing through the same writer.
    """
    import uvicorn

    from sitrep.web import create_app
    from sitrep.web.limits import DEFAULT_RATE_LIMIT, MAX_UPLOAD_BYTES

    token = os.environ.get("SITREP_TOKEN") or None
    allow_private_fetching(allow_private)
    watching = None
    if watch is not None:
        from sitrep.cli.watch import configure_logging, load_or_exit

        configure_logging()
        watching = load_or_exit(watch)
    try:
        app = create_app(
            db,
            token,
            address=f"{host}:{port}",
            private_reads=private,
            max_upload_bytes=max_body or MAX_UPLOAD_BYTES,
            rate_limit=DEFAULT_RATE_LIMIT if rate_limit is None else rate_limit,
            watch=watching,
        )
    except (StoreError, ValueError) as err:
        typer.secho(str(err), fg="red", err=True)
        raise typer.Exit(2) from None
    writes = "on (bearer token SITREP_TOKEN)" if token else "off (set SITREP_TOKEN to take them)"
    reads = "behind the token (open the page as /#token=...)" if private else "open"
    typer.echo(
        f"serving {redact(db)} at http://{host}:{port}/ ; writes {writes}; reads {reads}", err=True
    )
    uvicorn.run(app, host=host, port=port, log_level="warning")
