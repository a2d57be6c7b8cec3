"""The application factory: one store, opened for writing by this process, behind the API."""

from __future__ import annotations

from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.staticfiles import StaticFiles

from sitrep import __version__
from sitrep.store import open_store
from sitrep.web import articles, events, incidents, page
from sitrep.web.limits import MAX_UPLOAD_BYTES, RateLimit
from sitrep.web.service import Service, Writer

if TYPE_CHECKING:
    from sitrep.analyze import Analyzer
    from sitrep.watch import WatchConfig

ROUTERS = (events.router, incidents.router, articles.router, page.router)


def create_app(
    store_url: str | Path,
    token: str | None = None,
    *,
    analyzer: Analyzer | None = None,
    max_upload_bytes: int = MAX_UPLOAD_BYTES,
    address: str | None = None,
    private_reads: bool = False,
    watch: WatchConfig | None = None,
    rate_limit: int = 0,
) -> FastAPI:
    """The API and the page over the store at ``store_url``, which this app owns for writing.

    Without ``token`` POST /articles is off (403); reads are open unless ``private_reads``,
    which puts every read behind the same token. A body longer than ``max_upload_bytes`` is
    answered 413; more than ``rate_limit`` requests a minute from one address (0: no limit)
    are answered 429. ``analyzer`` is built at
    the first write when not given. ``address`` (host:port) is noted beside a DuckDB store
    while the app runs, so that another writer is sent here. The store is closed when the
    app shuts down.
    """
    if private_reads and not token:
        raise ValueError("private reads need a token: set SITREP_TOKEN")
    store = open_store(store_url)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        if address:
            store.hold_for(address)
        stop_watching = _start_watching(app, watch) if watch is not None else None
        try:
            yield
        finally:  # uvicorn ends a SIGTERM's graceful shutdown here, then re-raises the signal
            if stop_watching is not None:
                stop_watching()
            if address:
                store.hold_for(None)
            store.close()

    app = FastAPI(
        title="sitrep",
        version=__version__,
        summary="Conflict events from news reports, in ACLED's taxonomy, with their evidence.",
        lifespan=lifespan,
        docs_url=None,  # served by page.docs from static/vendor, not from a CDN
        redoc_url=None,
    )
    app.state.sitrep = Service(
        store, Writer(store, analyzer), token or None, max_upload_bytes, private_reads
    )
    for router in ROUTERS:
        app.include_router(router)
    app.mount("/static", StaticFiles(directory=page.STATIC, check_dir=False), name="static")
    app.add_middleware(GZipMiddleware, minimum_size=2000)
    if rate_limit > 0:
        app.add_middleware(RateLimit, per_minute=rate_limit)
    return app


def _start_watching(app: FastAPI, watch: WatchConfig) -> Callable[[], None]:
    from sitrep.watch.loop import watch_in_background

    service: Service = app.state.sitrep
    return watch_in_background(watch, service.store, service.writer.add)  # type: ignore[arg-type]
