"""`sitrep watch SOURCES.toml`: poll feeds and pages into the store, send alerts; one log
line per cycle. `--once` runs one cycle (every source) and exits, for cron and tests."""

from __future__ import annotations

import logging
import signal
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from sitrep.cli.common import DEFAULT_DB, AllowPrivate, Db, allow_private_fetching
from sitrep.store import StoreError, open_store

if TYPE_CHECKING:
    from sitrep.watch import WatchConfig


def configure_logging() -> None:
    """The watcher's lines on standard error, stamped (a service's journal reads them)."""
    logger = logging.getLogger("sitrep.watch")
    if not logger.handlers:
        handler = _Stderr()
        handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(logging.INFO)


class _Stderr(logging.StreamHandler):
    """A handler writing to whatever sys.stderr is when a line is written."""

    @property  # type: ignore[override]
    def stream(self) -> object:
        return sys.stderr

    @stream.setter
    def stream(self, _value: object) -> None:
        pass


def load_or_exit(sources: Path) -> WatchConfig:
    from sitrep.watch import ConfigError, load_config

    try:
        return load_config(sources)
    except ConfigError as err:
        typer.secho(str(err), fg="red", err=True)
        raise typer.Exit(2) from None


def watch(
    sources: Annotated[
        Path, typer.Argument(help="SOURCES.toml: the feeds, pages and alert rules.")
    ],
    db: Db = DEFAULT_DB,
    once: Annotated[
        bool, typer.Option("--once", help="One cycle over every source, then exit (cron).")
    ] = False,
    allow_private: AllowPrivate = False,
) -> None:
    """Watch feeds and pages: store new articles, cluster them, alert on matching incidents.

    Runs until stopped (SIGINT or SIGTERM end it after the current cycle). Exits 2 when the
    file or the store cannot be used; with --once, 1 when the cycle had errors.
    """
    from sitrep.watch import Watcher

    configure_logging()
    allow_private_fetching(allow_private)
    config = load_or_exit(sources)
    stop = threading.Event()
    errors: list[int] = []
    try:
        with open_store(db) as store:
            watcher = Watcher(config, store)  # type: ignore[arg-type]
            _stop_on_signals(stop)
            try:
                watcher.run(once=once, stop=stop, on_cycle=lambda r: errors.append(len(r.errors)))
            finally:
                watcher.close()
    except StoreError as err:
        typer.secho(str(err), fg="red", err=True)
        raise typer.Exit(2) from None
    raise typer.Exit(1 if once and any(errors) else 0)


def _stop_on_signals(stop: threading.Event) -> None:
    if threading.current_thread() is not threading.main_thread():
        return
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
