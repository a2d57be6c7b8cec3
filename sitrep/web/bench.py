"""`python -m sitrep.web.bench`: how fast GET /events answers with a bounding box and a date
filter over a store of generated events (the serving issue's target: under 100 ms at the
median over 100,000 events), through a real server on a free local port.

The events are made up (types, places and days spread evenly), not analysed: this measures
the store and the API, not the analysis. The browser test draws 10,000 of them.
"""

from __future__ import annotations

import json
import socket
import statistics
import tempfile
import threading
import time
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import httpx

from sitrep.model import Analysis, Article, Event, Location, Span, event_id
from sitrep.store import Store, open_store
from sitrep.web.limits import taxonomy

EVENTS_PER_ARTICLE = 10
FIRST_DAY = date(2024, 1, 1)
DAYS = 360


def made_up(count: int, batch: int = 1000) -> Iterator[list[Analysis]]:
    """``count`` events, ten an article, in batches of articles: every sub-event type in
    turn, places spread over Africa, Europe and Asia, days over a year."""
    kinds = [(kind, sub) for kind, subs in taxonomy().items() for sub in subs]
    analyses: list[Analysis] = []
    for a in range(count // EVENTS_PER_ARTICLE):
        sentences = [f"Incident {a * EVENTS_PER_ARTICLE + j} was reported here." for j in range(10)]
        article = Article(" ".join(sentences), FIRST_DAY + timedelta(days=a % DAYS))
        events, start = [], 0
        for j, words in enumerate(sentences):
            k = a * EVENTS_PER_ARTICLE + j
            kind, sub = kinds[k % len(kinds)]
            day = (article.published - timedelta(days=k % 3)).isoformat()
            lat, lon = -35 + 95 * ((k * 0.6180339) % 1), -20 + 150 * ((k * 0.4142135) % 1)
            place = Location(f"Place {k}", None, "XX", None, None, lat, lon, 1)
            evidence = Span(words, start, start + len(words))
            events.append(
                Event(event_id(article.id, j), kind, sub, day, day, 1, place, "Side A",
                      "Side B", None, [], evidence, 0.5)
            )  # fmt: skip
            start += len(words) + 1
        analyses.append(Analysis(article=article, events=events))
        if len(analyses) == batch:
            yield analyses
            analyses = []
    if analyses:
        yield analyses


def fill(store: Store, count: int) -> None:
    for batch in made_up(count):
        store.write(batch)


def run(count: int = 100_000, requests: int = 50, store_url: str | None = None) -> dict[str, Any]:
    """Median and 90th-percentile milliseconds of /events?bbox=..&since=..&until=.. (a box of
    20 by 15 degrees, a month), varied over ``requests`` requests."""
    with tempfile.TemporaryDirectory() as tmp:
        url = store_url or str(Path(tmp) / "bench.duckdb")
        started = time.perf_counter()
        with open_store(url) as store:
            if store.article_count() == 0:
                fill(store, count)
        filled = time.perf_counter() - started
        with _Served(url) as base, httpx.Client(base_url=base, timeout=60) as client:
            client.get("/events", params={"limit": 1})  # warm up
            timings, rows = [], []
            for i in range(requests):
                lon, lat, first = -20 + (i * 7) % 130, -30 + (i * 11) % 75, (i * 13) % 330
                since = FIRST_DAY + timedelta(days=first)
                params = {
                    "bbox": f"{lon},{lat},{lon + 20},{lat + 15}",
                    "since": since.isoformat(),
                    "until": (since + timedelta(days=30)).isoformat(),
                }
                t0 = time.perf_counter()
                answer = client.get("/events", params=params)
                timings.append((time.perf_counter() - t0) * 1000)
                answer.raise_for_status()
                rows.append(len(answer.json()["data"]))
    timings.sort()
    return {
        "events": count,
        "fill_seconds": round(filled, 1),
        "requests": requests,
        "median_ms": round(statistics.median(timings), 1),
        "p90_ms": round(timings[int(len(timings) * 0.9) - 1], 1),
        "median_rows": statistics.median(rows),
    }


class _Served:
    """The API over a store in a uvicorn server on a free local port, in a thread."""

    def __init__(self, store_url: str) -> None:
        import uvicorn

        from sitrep.web import create_app

        with socket.socket() as probe:
            probe.bind(("127.0.0.1", 0))
            self.port = int(probe.getsockname()[1])
        config = uvicorn.Config(
            create_app(store_url), host="127.0.0.1", port=self.port, log_level="warning"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> str:
        self.thread.start()
        while not self.server.started:
            time.sleep(0.05)
        return f"http://127.0.0.1:{self.port}"

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join()


if __name__ == "__main__":
    print(json.dumps(run(), indent=1))
