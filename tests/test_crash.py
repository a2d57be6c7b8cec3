"""Crash safety: `sitrep ingest`, `sitrep run` and the server's writer killed with SIGKILL at
random points.

Real processes over both back ends (a DuckDB file and the session's PostgreSQL server).
After each kill the store passes its integrity check and holds only whole articles of the
job; a rerun then completes the job with exactly the articles and events an uninterrupted
run stores, none twice. `make test` runs SITREP_CRASH_TRIALS (default 1) kill per back end
and writer; `make crash` runs 20 and prints the figures.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import httpx
import pytest

from sitrep import runner
from sitrep.analyze import Analyzer
from sitrep.model import Article
from sitrep.store import StoreNotFound, open_store

SITREP = str(Path(sys.executable).with_name("sitrep"))
TRIALS = int(os.environ.get("SITREP_CRASH_TRIALS", "1"))
TOKEN = "crash-test-token"
#: articles per job: four of the runner's batches of 16
ARTICLES = 64
#: articles per POST /articles in the server's trials
PER_POST = 8

_ACTORS = ("Russian forces", "Police", "Gunmen", "Protesters", "The army", "Militants")
_DEEDS = (
    "shelled {place}, killing {n} civilians",
    "fired tear gas at {n} hundred demonstrators in {place}",
    "attacked a checkpoint near {place}, killing {n} soldiers",
    "marched through {place} demanding higher wages",
    "abducted {n} villagers outside {place}",
)
_PLACES = ("Kharkiv", "Nairobi", "Khartoum", "Lahore", "Accra", "Mosul", "Goma", "Bogota")
_DAYS = ("on Monday", "on Tuesday", "late on Friday", "overnight", "on Sunday morning")


def _articles(job: str, n: int = ARTICLES, seed: int = 0) -> list[dict[str, str]]:
    """Small articles of our own, one incident each, distinct by their job and number."""
    pick = random.Random(f"{job}-{seed}")
    rows = []
    for i in range(n):
        deed = pick.choice(_DEEDS).format(place=pick.choice(_PLACES), n=pick.randint(2, 9))
        text = (
            f"{pick.choice(_ACTORS)} {deed} {pick.choice(_DAYS)}, officials said."
            f" Report {job}-{i} of the crash tests."
        )
        rows.append({"text": text, "title": f"{job} {i}", "published": "2024-03-07"})
    return rows


def _write_jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return path


@dataclass
class Expected:
    """What an uninterrupted run stores for a job: article ids and event ids."""

    articles: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)

    def add(self, rows: list[dict[str, str]], analyzer: Analyzer, where: Path) -> None:
        articles = [
            Article(text=r["text"], published=date.fromisoformat(r["published"]), title=r["title"])
            for r in rows
        ]
        with open_store(where / f"reference-{len(self.articles)}.duckdb") as store:
            summary = runner.ingest(articles, store, analyzer=analyzer)
            assert summary.stored == len(rows) and not summary.failed
            self.articles |= {a.id for a in articles}
            self.events |= {e["id"] for e in store.events()}


def _assert_whole(url: str, expected: Expected, complete: bool) -> int:
    """The store passes its check and holds only the job's articles and events, each once;
    if ``complete``, exactly the job's. The number of articles stored."""
    try:
        opened = open_store(url, read_only=True)
    except StoreNotFound:  # killed before it made the store: nothing stored, nothing broken
        assert not complete
        return 0
    with opened as store:
        assert store.check_integrity() == []
        count = store.article_count()
        present = {aid for aid in expected.articles if store.article(aid) is not None}
        events = [e["id"] for e in store.events()]
    assert count == len(present), "an article outside the job, or one stored twice"
    assert len(events) == len(set(events)) and set(events) <= expected.events
    if complete:
        assert present == expected.articles
        assert set(events) == expected.events
    return count


def _store_url(kind: str, tmp_path: Path, request: pytest.FixtureRequest, trial: int) -> str:
    if kind == "duckdb":
        return str(tmp_path / f"crash-{trial}.duckdb")
    return request.getfixturevalue("postgres_server").new_database("crash")


def _kill_ingest_at_random(command: list[str], pick: random.Random) -> tuple[int, bool]:
    """Run the command and SIGKILL it at a random point: after a random number of committed
    batches (none: while it loads or analyses the first), a random part of a batch's time
    later. The number of batches it had reported committed, and whether the kill came
    before it ended."""
    process = subprocess.Popen(command, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
    assert process.stderr is not None
    wait_for = pick.randint(0, ARTICLES // runner.BATCH_SIZE - 1)
    committed, last, batch_seconds = 0, time.monotonic(), 1.0
    if wait_for == 0:
        threading.Timer(pick.uniform(0, 8.0), _kill, [process]).start()
    while committed < wait_for:
        line = process.stderr.readline()
        if not line:
            break  # it ended first
        if line.startswith(b"stored "):
            committed += 1
            now = time.monotonic()
            batch_seconds, last = (now - last if committed > 1 else batch_seconds), now
    if wait_for:
        time.sleep(pick.uniform(0, batch_seconds))
        _kill(process)
    process.wait(timeout=300)
    process.stderr.close()
    return committed, process.returncode == -signal.SIGKILL


def _kill(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.kill(process.pid, signal.SIGKILL)


def _rerun_whole(command: list[str], url: str, expected: Expected, said: str) -> None:
    """Run the killed command again: it succeeds, says ``said`` and leaves the whole store."""
    rerun = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert said in rerun.stdout
    _assert_whole(url, expected, complete=True)


@pytest.mark.parametrize("kind", ["duckdb", "postgresql"])
def test_ingest_killed_at_random_points_leaves_a_whole_store_and_resumes(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest, analyzer: Analyzer
) -> None:
    rows = _articles("ingest")
    inputs = _write_jsonl(tmp_path / "articles.jsonl", rows)
    expected = Expected()
    expected.add(rows, analyzer, tmp_path)
    pick = random.Random(os.environ.get("SITREP_CRASH_SEED", time.time_ns()))
    landed = []
    for trial in range(3 * TRIALS):  # until TRIALS kills landed before the run's end
        url = _store_url(kind, tmp_path, request, trial)
        command = [SITREP, "ingest", str(inputs), "--db", url]
        committed, killed = _kill_ingest_at_random(command, pick)
        stored = _assert_whole(url, expected, complete=False)
        said = f"{len(rows) - stored} articles stored, {stored} skipped"
        _rerun_whole(command, url, expected, said)
        if killed:
            landed.append((committed, stored))
            _note(f"ingest/{kind}", landed)
        if len(landed) == TRIALS:
            break
    assert len(landed) == TRIALS, "the runs ended before they could be killed"
    _report(f"ingest/{kind}", landed, len(rows))


def _kill_run_at_random(command: list[str], pick: random.Random, within: float) -> bool:
    """Run `sitrep run` and SIGKILL it a random time into its expected length ``within``
    (while it loads, analyses a shard, writes Parquet or loads the store): whether the kill
    came before it ended."""
    process = subprocess.Popen(command, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    # most of a small run is loading the model: three kills in four land in its second half
    earliest = 0.0 if pick.random() < 0.25 else within / 2
    threading.Timer(pick.uniform(earliest, within), _kill, [process]).start()
    process.wait(timeout=300)
    return process.returncode == -signal.SIGKILL


@pytest.mark.parametrize("kind", ["duckdb", "postgresql"])
def test_run_killed_at_random_points_leaves_a_whole_store_and_resumes(
    kind: str, tmp_path: Path, request: pytest.FixtureRequest, analyzer: Analyzer
) -> None:
    rows = _articles("run")
    inputs = _write_jsonl(tmp_path / "articles.jsonl", rows)
    expected = Expected()
    expected.add(rows, analyzer, tmp_path)
    pick = random.Random(os.environ.get("SITREP_CRASH_SEED", time.time_ns()))
    landed, within = [], float("inf")
    # the first two runs, whole, say how long one takes: the shorter, since the first also
    # warms the disk cache and a later run may be quicker than it by most of its analysis
    for trial in range(3 * TRIALS + 2):
        url = _store_url(kind, tmp_path, request, trial)
        results = tmp_path / f"results-{trial}"
        command = [SITREP, "run", str(inputs), "--db", url, "--results", str(results)]
        command += ["--shard-size", "16"]
        if trial < 2:
            started = time.monotonic()
            subprocess.run(command, capture_output=True, timeout=300, check=True)
            within = min(within, time.monotonic() - started)
            _assert_whole(url, expected, complete=True)
            continue
        killed = _kill_run_at_random(command, pick, within)
        analysed = len(list(results.glob("shards/*.json")))  # shards whose results were whole
        stored = _assert_whole(url, expected, complete=False)
        _rerun_whole(command, url, expected, f"{len(rows) - stored} articles done")
        if killed:
            landed.append((analysed, stored))
            _note(f"run/{kind}", landed)
        if len(landed) == TRIALS:
            break
    assert len(landed) == TRIALS, "the runs ended before they could be killed"
    _report(f"run/{kind}", landed, len(rows))


def _post_all(url: str, rows: list[dict[str, str]], answered: list[float]) -> None:
    """POST the rows in groups; each answered POST's time is noted (a killed server ends it)."""
    headers = {"Authorization": f"Bearer {TOKEN}"}
    for start in range(0, len(rows), PER_POST):
        began = time.monotonic()
        try:
            answer = httpx.post(
                f"{url}/articles", json=rows[start : start + PER_POST], headers=headers,
                timeout=300,
            )  # fmt: skip
        except httpx.TransportError:
            return
        assert answer.status_code in (200, 201), answer.text
        answered.append(time.monotonic() - began)


def _served_events(url: str) -> list[str]:
    answer = httpx.get(f"{url}/events", params={"limit": 10_000}, timeout=60)
    assert answer.status_code == 200, answer.text
    return [e["id"] for e in answer.json()["data"]]


@pytest.mark.parametrize("kind", ["duckdb", "postgresql"])
def test_server_writer_killed_at_random_points_leaves_a_whole_store(
    kind: str,
    tmp_path: Path,
    request: pytest.FixtureRequest,
    analyzer: Analyzer,
    serve: Callable[..., Any],
) -> None:
    """Each trial's server first completes the job the last one was killed in (its rerun,
    checked through the API), then takes a new job and is killed at a random point of it;
    the store is checked after each kill, while no process has it open."""
    url = _store_url(kind, tmp_path, request, 0)
    pick = random.Random(os.environ.get("SITREP_CRASH_SEED", time.time_ns()))
    expected = Expected()
    landed: list[tuple[int, int]] = []
    before, job, post_seconds = 0, None, 6.0  # the first POST loads the model
    for trial in range(3 * TRIALS + 1):  # until TRIALS kills landed mid-write
        server = serve(url, token=TOKEN)
        if job is not None:  # the killed job's rerun: then the store holds the jobs so far
            answered: list[float] = []
            _post_all(server.url, job, answered)
            assert len(answered) == len(job) // PER_POST
            post_seconds = min(answered)
            events = _served_events(server.url)
            assert len(events) == len(set(events)) and set(events) == expected.events
            for aid in expected.articles:
                assert httpx.get(f"{server.url}/articles/{aid}").status_code == 200
            before = len(expected.articles)
        if len(landed) == TRIALS:
            server.stop()
            break
        job = _articles("serve", n=3 * PER_POST, seed=trial)
        expected.add(job, analyzer, tmp_path)
        answered = []
        poster = threading.Thread(target=_post_all, args=(server.url, job, answered))
        poster.start()
        wait_for = pick.randint(0, 2)
        while len(answered) < wait_for and poster.is_alive():
            time.sleep(0.02)
        time.sleep(pick.uniform(0, post_seconds))
        in_flight = poster.is_alive()
        server.process.kill()
        server.process.wait()
        poster.join()
        stored = _assert_whole(url, expected, complete=False)
        assert stored >= before + len(answered) * PER_POST  # what was answered is kept
        if in_flight:
            landed.append((len(answered), stored - before))
            _note(f"serve/{kind}", landed)
    assert len(landed) == TRIALS, "the POSTs were answered before the server could be killed"
    _assert_whole(url, expected, complete=True)
    _report(f"serve/{kind}", landed, 3 * PER_POST)


def _note(name: str, landed: list[tuple[int, int]]) -> None:
    """A line as each kill is checked (rerun to exact counts: for the server, on the next
    trial), so a long `make crash` shows its progress."""
    done, stored = landed[-1]
    print(f"{name} kill {len(landed)}: after {done} done, {stored} stored, whole", flush=True)


def _report(name: str, landed: list[tuple[int, int]], per_job: int) -> None:
    """A line for `make crash`: where the kills landed (batches or POSTs answered, articles
    of the job stored), 0 lost and 0 duplicated since every assertion held."""
    kills = ", ".join(f"{done}/{stored}" for done, stored in landed)
    print(
        f"\n{name}: {len(landed)} SIGKILL trials of {per_job} articles, 0 lost, 0 duplicated;"
        f" batches-or-posts done/articles stored at each kill: {kills}"
    )
