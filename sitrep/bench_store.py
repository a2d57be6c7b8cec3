"""The store's figures for `make bench`: the API's `/events` query on both back ends.

A store of generated events (100,000 by default: clusters of events around random
centres over five years, five to an article, written batch by batch as `sitrep
ingest` writes them) answers the query the map asks: a bounding box and a date
range. The figure is the median time of ``Store.events`` over varied boxes and
ranges, rows decoded, on a DuckDB file and on a PostgreSQL database (a throwaway
local server unless ``SITREP_BENCH_POSTGRES`` names one).
"""

from __future__ import annotations

import os
import random
import statistics
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sitrep.model import Analysis, Article, Event, Location, Span, event_id
from sitrep.store import EventQuery, open_store

EVENTS_PER_ARTICLE = 5
CENTRES = 50
FIRST_DAY, DAYS = date(2020, 1, 1), 5 * 365
BATCH = 500
#: a query's box (degrees) and date range (days): a region on the map, a quarter
BOX_DEGREES, RANGE_DAYS = 10.0, 90
#: the API's page of rows
PAGE = 500


def generate(n_events: int, seed: int = 13) -> list[Analysis]:
    """Articles holding ``n_events`` events in all, the same for the same seed."""
    rng = random.Random(seed)
    spots = centres(seed)
    analyses = []
    for n in range(0, n_events, EVENTS_PER_ARTICLE):
        lat, lon = rng.choice(spots)
        day = FIRST_DAY + timedelta(days=rng.randrange(DAYS))
        text = f"Generated report {n} of fighting near ({lat:.2f}, {lon:.2f}) on {day}."
        article = Article(text=text, published=day, url=f"http://bench.invalid/{n}")
        events = [
            _event(article.id, i, rng, day, (lat, lon), text)
            for i in range(min(EVENTS_PER_ARTICLE, n_events - n))
        ]
        analyses.append(Analysis(article=article, events=events))
    return analyses


def _event(
    aid: str, i: int, rng: random.Random, day: date, centre: tuple[float, float], text: str
) -> Event:
    lat = max(-89.0, min(89.0, rng.gauss(centre[0], 3)))
    lon = (rng.gauss(centre[1], 3) + 180) % 360 - 180
    start = day - timedelta(days=rng.randrange(3))
    return Event(
        id=event_id(aid, i),
        event_type="Battles",
        sub_event_type="Armed clash",
        date_start=start.isoformat(),
        date_end=day.isoformat(),
        time_precision=1,
        location=Location(f"Place {i}", None, "UA", None, None, round(lat, 4), round(lon, 4), 1),
        actor1="Military Forces of Somewhere",
        actor2="Rebels of Elsewhere",
        fatalities=rng.randrange(10),
        reported_by=["a spokesman"],
        evidence=Span(text, 0, len(text)),
        confidence=round(rng.random(), 3),
    )


def centres(seed: int) -> list[tuple[float, float]]:
    """Where the generated events cluster (lat, lon): land and sea alike, mid-latitudes."""
    rng = random.Random(seed * 31)
    return [(rng.uniform(-40, 60), rng.uniform(-120, 140)) for _ in range(CENTRES)]


def queries(n: int, seed: int = 7, events_seed: int = 13) -> list[EventQuery]:
    """``n`` bbox-and-date queries around the centres of the events generated with
    ``events_seed``, the same for the same seeds."""
    rng = random.Random(seed)
    spots = centres(events_seed)
    found = []
    for _ in range(n):
        lat, lon = rng.choice(spots)
        west, south = lon - BOX_DEGREES / 2, lat - BOX_DEGREES / 2
        since = FIRST_DAY + timedelta(days=rng.randrange(DAYS - RANGE_DAYS))
        found.append(
            EventQuery(
                bbox=(west, south, west + BOX_DEGREES, south + BOX_DEGREES),
                since=since,
                until=since + timedelta(days=RANGE_DAYS),
            )
        )
    return found


def measure(url: str, analyses: Sequence[Analysis], n_queries: int) -> dict[str, Any]:
    """Write the generated store at ``url``, then time the queries on a read-only open:
    the rows alone, and as the API's /events answers a page (the rows and the total)."""
    started = time.perf_counter()
    with open_store(url, version="bench") as store:
        for i in range(0, len(analyses), BATCH):
            store.write(analyses[i : i + BATCH])
    write_s = time.perf_counter() - started
    n_events = sum(len(a.events) for a in analyses)
    asked = queries(n_queries)
    with open_store(url, read_only=True, version="bench") as store:
        store.events(queries(1, seed=1)[0])  # the first query pays for opening caches
        sizes = [len(store.events(query)) for query in asked]
        rows = _median_ms(asked, store.events)
        page = _median_ms(asked, lambda q: (store.events(_paged(q)), store.event_count(q)))
    return {
        "write_s": round(write_s, 2),
        "write_events_per_s": round(n_events / write_s),
        "query_median_ms": rows[0],
        "query_p90_ms": rows[1],
        "rows_median": statistics.median(sizes),
        f"page_of_{PAGE}_and_count_median_ms": page[0],
    }


def _paged(query: EventQuery) -> EventQuery:
    return EventQuery(since=query.since, until=query.until, bbox=query.bbox, limit=PAGE)


def _median_ms(asked: list[EventQuery], ask: Callable[[EventQuery], object]) -> tuple[float, float]:
    """The median and 90th percentile time of asking each query, in ms."""
    timings = []
    for query in asked:
        started = time.perf_counter()
        ask(query)
        timings.append((time.perf_counter() - started) * 1000)
    return (
        round(statistics.median(timings), 2),
        round(statistics.quantiles(timings, n=10)[-1], 2),
    )


@contextmanager
def _postgres_url() -> Iterator[str]:
    """The database to measure: SITREP_BENCH_POSTGRES, or a new one on a throwaway server."""
    given = os.environ.get("SITREP_BENCH_POSTGRES")
    if given:
        yield given
        return
    from sitrep.store.pgserver import TempServer

    with TempServer() as server:
        yield server.new_database("bench")


def run(n_events: int = 100_000, n_queries: int = 31) -> dict[str, Any]:
    """Figures for both back ends over the same generated events and queries."""
    from sitrep.store.pgserver import ServerUnavailable

    analyses = generate(n_events)
    figures: dict[str, Any] = {
        "events": n_events,
        "articles": len(analyses),
        "queries": n_queries,
        "query": f"bbox {BOX_DEGREES:g} degrees square + {RANGE_DAYS}-day range, all rows",
    }
    with tempfile.TemporaryDirectory() as folder:
        figures["duckdb"] = measure(str(Path(folder) / "bench.duckdb"), analyses, n_queries)
    try:
        with _postgres_url() as url:
            figures["postgresql"] = measure(url, analyses, n_queries)
    except ServerUnavailable as err:
        figures["postgresql"] = f"skipped: {err}"
    return figures
