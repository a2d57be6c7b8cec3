"""What a running server holds: its store, its one writer and its settings.

The process owns its store (DuckDB lets one process write a file). Each request
reads through a session of its own, which sees committed data and never waits
for a write; writes go through ``Writer``, one at a time.
"""

from __future__ import annotations

import hmac
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from sitrep import runner
from sitrep.model import Article
from sitrep.runner import Summary
from sitrep.store import Store

if TYPE_CHECKING:
    from sitrep.analyze import Analyzer


class Writer:
    """The server's only path to writing: one article batch at a time, through the runner.

    Analysis happens before the write's short transaction, on the writer's own session,
    so reads on other sessions go on meanwhile; the lock keeps writes (and the analyzer,
    which is not built for concurrent use) to one at a time.
    """

    def __init__(self, store: Store, analyzer: Analyzer | None = None) -> None:
        self.store = store
        self.analyzer = analyzer
        self._lock = threading.Lock()

    def add(self, articles: Sequence[Article]) -> Summary:
        with self._lock:
            session = self.store.session()
            try:
                return runner.ingest(articles, session, analyzer=self._analyzer())
            finally:
                session.close()

    def _analyzer(self) -> Analyzer:
        if self.analyzer is None:  # loaded at the first write: a server that only reads needs none
            from sitrep.analyze import Analyzer

            self.analyzer = Analyzer()
        return self.analyzer


@dataclass
class Service:
    store: Store
    writer: Writer
    token: str | None = None
    max_upload_bytes: int = 0
    private_reads: bool = False  # reads, like writes, need the token


def service(request: Request) -> Service:
    return request.app.state.sitrep


_bearer = HTTPBearer(auto_error=False, description="The server's SITREP_TOKEN")


def reader(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> Iterator[Store]:
    """A read session for one request, closed after it; behind the token when reads are
    private."""
    if service(request).private_reads:
        _check_token(request, credentials)
    session = service(request).store.session()
    try:
        yield session
    finally:
        session.close()


def require_token(
    request: Request,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)],
) -> None:
    """Writes need the server's token; a server started without one takes no writes."""
    if not service(request).token:
        raise HTTPException(
            403, "writes are off: start the server with SITREP_TOKEN set to take POST /articles"
        )
    _check_token(request, credentials)


def _check_token(request: Request, credentials: HTTPAuthorizationCredentials | None) -> None:
    token = service(request).token or ""
    given = credentials.credentials if credentials else ""
    # compare_digest takes as long whatever the first wrong byte: the token cannot be guessed
    # a byte at a time from the answer's timing
    if not token or not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(
            401,
            "a bearer token is needed: Authorization: Bearer $SITREP_TOKEN",
            headers={"WWW-Authenticate": "Bearer"},
        )


Reader = Annotated[Store, Depends(reader)]
