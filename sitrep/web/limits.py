"""The API's limits (page sizes, body size, requests per minute) and the taxonomy its filters
are checked against."""

from __future__ import annotations

import math
import time
import tomllib
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from fastapi.responses import JSONResponse

#: rows of one page of /events: the default and the most a client may ask for
DEFAULT_PAGE_SIZE = 500
MAX_PAGE_SIZE = 10_000
#: bytes of one POST /articles body, and articles in it (each is analysed before the answer)
MAX_UPLOAD_BYTES = 2_000_000
MAX_ARTICLES_PER_POST = 50

_TAXONOMY_FILE = Path(__file__).resolve().parent.parent / "data" / "event_triggers.toml"


@cache
def taxonomy() -> dict[str, list[str]]:
    """ACLED's event types, each with its sub-event types, as the analysis reads them."""
    with _TAXONOMY_FILE.open("rb") as handle:
        return dict(tomllib.load(handle)["taxonomy"])


#: requests per minute from one client address to `sitrep serve` (0: no limit); the page's
#: own files (/static) are not counted
DEFAULT_RATE_LIMIT = 1200


class RateLimit:
    """An ASGI middleware: each client address gets a bucket of ``per_minute`` requests that
    refills continuously; a request finding it empty is answered 429 with Retry-After.

    Runs on the server's event loop (one thread), so the buckets need no lock; a bucket left
    full is forgotten, so the table stays as small as the set of busy clients.
    """

    def __init__(self, app: Any, per_minute: int, clock: Callable[[], float] = time.monotonic):
        self.app, self.per_minute, self.clock = app, per_minute, clock
        self.buckets: dict[str, tuple[float, float]] = {}  # address -> (tokens, when)

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http" or scope["path"].startswith("/static/"):
            return await self.app(scope, receive, send)
        client = (scope.get("client") or ("?", 0))[0]
        wait = self._take(client)
        if wait <= 0:
            return await self.app(scope, receive, send)
        answer = JSONResponse(
            {"detail": f"too many requests: at most {self.per_minute} a minute from one address,"
             f" try again in {math.ceil(wait)} s"},
            status_code=429,
            headers={"Retry-After": str(math.ceil(wait))},
        )  # fmt: skip
        await answer(scope, receive, send)

    def _take(self, client: str) -> float:
        """Take one request from the client's bucket: 0 if it had one, else seconds to wait."""
        now, rate = self.clock(), self.per_minute / 60.0
        tokens, when = self.buckets.get(client, (float(self.per_minute), now))
        tokens = min(float(self.per_minute), tokens + (now - when) * rate)
        if tokens < 1:
            self.buckets[client] = (tokens, now)
            return (1 - tokens) / rate
        self.buckets[client] = (tokens - 1, now)
        if len(self.buckets) > 10_000:  # forget the clients whose buckets are full again
            self.buckets = {
                k: (t, w)
                for k, (t, w) in self.buckets.items()
                if t + (now - w) * rate < self.per_minute
            }
        return 0.0
