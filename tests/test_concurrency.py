"""Concurrency: reads go on while the store is written, on one DuckDB file and through the
server; two `sitrep ingest` into one PostgreSQL database at once store each article once."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import httpx

from sitrep import runner
from sitrep.analyze import Analyzer
from sitrep.cluster.sync import cluster_pending
from sitrep.model import Article
from sitrep.store import open_store
from sitrep.store.duckdb import DuckDBStore

SITREP = str(Path(sys.executable).with_name("sitrep"))
TOKEN = "concurrency-test-token"
_PLACES = ("Kharkiv", "Nairobi", "Khartoum", "Lahore", "Accra", "Mosul", "Goma", "Bogota")


def _rows(n: int, tag: str) -> list[dict[str, str]]:
    return [
        {
            "text": f"Gunmen attacked a police post in {_PLACES[i % len(_PLACES)]} on Monday,"
            f" killing {i % 7 + 2} officers, officials said. Note {tag}-{i}.",
            "published": "2024-05-13",
        }
        for i in range(n)
    ]


def _articles(rows: list[dict[str, str]]) -> list[Article]:
    return [Article(text=r["text"], published=date.fromisoformat(r["published"])) for r in rows]


def test_read_sessions_outlive_the_writers_reconnections(
    tmp_path: Path, analyzer: Analyzer
) -> None:
    analyses = list(analyzer.analyze(_articles(_rows(6, "reconnect"))))
    with DuckDBStore(tmp_path / "s.duckdb", "test", reconnect_every=2) as store:
        reader = store.session()  # a server's request, open across the writer's reconnections
        writer = store.session()
        writer.reconnect_every = 2
        for i, analysis in enumerate(analyses):
            (store if i % 2 else writer).write([analysis])  # both reconnect every 2 articles
            assert reader.article_count() == i + 1
            assert reader.article(analysis.article.id) is not None
        assert reader.check_integrity() == []
        reader.close()
        writer.close()
        assert store.article_count() == len(analyses)


def test_the_server_answers_reads_while_it_writes(
    web_store: Path, tmp_path: Path, serve: Callable[..., Any]
) -> None:
    db = tmp_path / "busy.duckdb"
    db.write_bytes(web_store.read_bytes())
    url = serve(db, token=TOKEN).url
    before = httpx.get(f"{url}/events").json()["count"]
    done: list[httpx.Response] = []

    def post() -> None:  # the first write loads the model, then analyses: seconds
        auth = {"Authorization": f"Bearer {TOKEN}"}
        done.append(
            httpx.post(f"{url}/articles", json=_rows(24, "busy"), headers=auth, timeout=300)
        )

    writer = threading.Thread(target=post)
    writer.start()
    answered, slowest = 0, 0.0
    while writer.is_alive():
        started = time.monotonic()
        read = httpx.get(f"{url}/events", params={"limit": 5}, timeout=60)
        slowest = max(slowest, time.monotonic() - started)
        assert read.status_code == 200 and read.json()["count"] >= before
        answered += writer.is_alive()
    writer.join()
    assert done[0].status_code == 201 and done[0].json()["stored"] == 24
    assert answered >= 3, "the reads waited for the write"
    assert slowest < 10, f"a read waited {slowest:.1f} s behind the write"
    assert httpx.get(f"{url}/events").json()["count"] > before


def test_two_ingests_into_one_postgresql_store_each_article_once(
    postgres_server: Any, tmp_path: Path, analyzer: Analyzer
) -> None:
    rows = _rows(48, "twice")
    inputs = tmp_path / "articles.jsonl"
    inputs.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    with open_store(tmp_path / "reference.duckdb") as reference:
        assert runner.ingest(_articles(rows), reference, analyzer=analyzer).stored == len(rows)
        expected = sorted(e["id"] for e in reference.events())
    url = postgres_server.new_database("twice")
    command = [SITREP, "ingest", str(inputs), "--db", url]
    both = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
            for _ in range(2)]  # fmt: skip
    outputs = [process.communicate(timeout=600) for process in both]
    for process, (_, err) in zip(both, outputs, strict=True):
        assert process.returncode == 0, err
    with open_store(url, read_only=True) as store:
        assert store.article_count() == len(rows)
        assert sorted(e["id"] for e in store.events()) == expected
        assert store.check_integrity() == []
        members = [m for i in store.incidents() for m in i["members"]]
        assert len(members) == len({m["event_id"] for m in members}) == len(expected)


def test_two_processes_clustering_one_postgresql_store_take_turns(
    postgres_server: Any, analyzer: Analyzer
) -> None:
    # Without the lock half of such races failed on the first's incidents (duplicate key).
    analyses = list(analyzer.analyze(_articles(_rows(32, "race"))))
    for _ in range(6):
        url = postgres_server.new_database("race")
        with open_store(url) as store:
            store.write(analyses)
        failures: list[BaseException] = []

        def cluster(url: str = url, failures: list[BaseException] = failures) -> None:
            try:
                with open_store(url) as store:
                    cluster_pending(store)
            except Exception as err:
                failures.append(err)

        both = [threading.Thread(target=cluster) for _ in range(2)]
        for thread in both:
            thread.start()
        for thread in both:
            thread.join()
        assert failures == []
        with open_store(url, read_only=True) as store:
            assert store.check_integrity() == []
            assert store.cluster_members(pending=True) == []
