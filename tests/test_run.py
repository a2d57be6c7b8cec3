"""`sitrep run`: shards in every input format, the local and the Dask engine (on a real
LocalCluster of two worker processes), Parquet results, the store, and resuming after
SIGKILL of the client or of a worker."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from sitrep import runner
from sitrep.analyze import Analyzer
from sitrep.model import article_id
from sitrep.runner.jobs import LocalEngine, run
from sitrep.store import open_store

SITREP = str(Path(sys.executable).with_name("sitrep"))

# Short reports of our own, in four countries and three weeks.
REPORTS = [
    ("2024-02-05", "Gunmen killed four villagers in Konduga on Sunday, police said."),
    ("2024-02-05", "Protesters marched through Nairobi on Monday against new taxes."),
    ("2024-02-12", "Soldiers clashed with rebels near Goma on Saturday; two soldiers died."),
    ("2024-02-12", "A drone strike hit a market in Kharkiv on Friday, officials said."),
    ("2024-02-19", "Police arrested 30 protesters in Lahore on Tuesday."),
    ("2024-02-19", "Militiamen abducted six farmers near Mopti on Thursday, residents said."),
    ("2024-02-19", "Rioters burned cars in Nairobi on Wednesday after a disputed vote."),
]


def _inputs(folder: Path) -> list[str]:
    """The reports split over a JSON Lines file (its line 3 bad), a CSV file, a Parquet file
    (its row 2 bad) and a folder of text files (one a story read before)."""
    folder.mkdir()
    rows = [{"published": day, "text": text, "outlet": "Wire"} for day, text in REPORTS]
    lines = [json.dumps(r) for r in rows[:2]] + ['{"text": "no date here"'] + [json.dumps(rows[2])]
    (folder / "wire.jsonl").write_text("\n".join(lines) + "\n")
    with open(folder / "desk.csv", "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["published", "text", "outlet"])
        writer.writeheader()
        writer.writerows(rows[3:5])
    no_text = {"published": "2024-02-19", "text": "", "outlet": "Wire"}
    pq.write_table(pa.Table.from_pylist([*rows[5:6], no_text]), folder / "feed.parquet")
    texts = folder / "texts"
    texts.mkdir()
    day, text = REPORTS[6]
    (texts / "riot.txt").write_text(f" date {day} {text}")
    (texts / "again.txt").write_text(f" date {REPORTS[0][0]} {REPORTS[0][1]}")  # read twice
    return [
        str(folder / "wire.jsonl"),
        str(folder / "desk.csv"),
        str(folder / "feed.parquet"),
        str(texts),
    ]


def _records(db: Path | str) -> dict[str, dict]:
    """Every stored article's record, by id (None where it is missing)."""
    with open_store(db, read_only=True) as store:
        assert store.check_integrity() == []
        records = {}
        for _, text in REPORTS:
            found = store.article(article_id(text))
            records[article_id(text)] = found.to_dict() if found else None
        return records


def _rows_and_ids(db: Path) -> tuple[int, int]:
    with duckdb.connect(str(db), read_only=True) as con:
        [(rows, distinct)] = con.execute(
            "SELECT count(*), count(DISTINCT id) FROM articles"
        ).fetchall()
    return rows, distinct


@pytest.fixture(scope="module")
def cluster():
    """The Dask engine on a real LocalCluster of two worker processes of one thread each, as
    `--engine dask --workers 2` starts it."""
    from sitrep.runner.dask import DaskEngine

    engine = DaskEngine(workers=2)
    engine.start()
    yield engine
    engine.close()


def test_dask_and_local_engines_store_the_records_of_sitrep_ingest(
    tmp_path: Path, analyzer: Analyzer, cluster
) -> None:
    from sitrep.runner.dask import plugin_loads

    sources = _inputs(tmp_path / "in")
    with open_store(tmp_path / "ingest.duckdb") as store:
        reference = runner.ingest(sources, store, analyzer)
    with open_store(tmp_path / "local.duckdb") as store:
        local = run(sources, store, LocalEngine(analyzer), tmp_path / "local-run", shard_size=2)
    with open_store(tmp_path / "dask.duckdb") as store:
        dask = run(sources, store, cluster, tmp_path / "dask-run", shard_size=1)

    expected = _records(tmp_path / "ingest.duckdb")
    assert None not in expected.values()
    assert reference.stored == len(REPORTS)
    assert _records(tmp_path / "local.duckdb") == expected
    assert _records(tmp_path / "dask.duckdb") == expected
    for summary in (local, dask):
        assert (summary.done, summary.skipped_duplicates) == (len(REPORTS), 1)
        bad = [str(f.error) for f in summary.failures]
        assert len(bad) == 2
        assert bad[0].startswith(str(tmp_path / "in" / "wire.jsonl") + ":3: ")
        assert bad[1].startswith(str(tmp_path / "in" / "feed.parquet") + ":2: record has no text")
    # seven shards on two workers, and each worker loaded the model once
    assert dask.workers == 2
    assert list(cluster.client.run(plugin_loads).values()) == [1, 1]
    # the results are Parquet partitioned by publication date, the record's layers as JSON
    days = sorted(p.name for p in (tmp_path / "dask-run" / "articles").iterdir())
    assert days == [f"published={d}" for d in sorted({d for d, _ in REPORTS})]
    table = pq.read_table(tmp_path / "dask-run" / "articles" / days[0])
    assert sorted(table.column("id").to_pylist()) == sorted(
        i for i, r in expected.items() if r["article"]["published"] == REPORTS[0][0]
    )


def test_a_rerun_skips_what_is_stored_and_analyses_the_rest(
    tmp_path: Path, analyzer: Analyzer
) -> None:
    sources = _inputs(tmp_path / "in")
    db = tmp_path / "store.duckdb"
    with open_store(db) as store:
        first = run(sources[:2], store, LocalEngine(analyzer), tmp_path / "run", shard_size=2)
    with open_store(db) as store:
        second = run(sources, store, LocalEngine(analyzer), tmp_path / "run", shard_size=2)
        assert store.article_count() == len(REPORTS)
    assert first.done == 5  # three of the JSON Lines file, two of the CSV file
    assert (second.done, second.analysed, second.skipped_stored) == (2, 2, 5)


def _wait_for(predicate, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def _many(folder: Path, n: int) -> Path:
    from sitrep.bench import synthetic_report

    folder.mkdir()
    lines = [json.dumps({"published": f"2024-03-{1 + i % 9:02d}", "text": synthetic_report(i)})
             for i in range(n)]  # fmt: skip
    (folder / "many.jsonl").write_text("\n".join(lines) + "\n")
    return folder / "many.jsonl"


def test_sigkill_of_the_client_then_a_rerun_stores_each_article_once(
    tmp_path: Path, cluster
) -> None:
    source, db = _many(tmp_path / "in", 90), tmp_path / "store.duckdb"
    command = [SITREP, "run", str(source), "--db", str(db), "--shard-size", "3"]
    address = cluster.cluster.scheduler_address  # a cluster that outlives its client
    child = subprocess.Popen([*command, "--scheduler", address], stderr=subprocess.DEVNULL)
    shards = tmp_path / "store-run" / "shards"
    try:
        _wait_for(lambda: len(list(shards.glob("*.json"))) >= 3, 180)
    finally:
        os.kill(child.pid, signal.SIGKILL)  # mid-run
        child.wait()
    killed_at = len(list(shards.glob("*.json")))
    assert killed_at < 30, "the run ended before it was killed"

    rerun = subprocess.run(command, capture_output=True, text=True)  # on the local engine
    assert rerun.returncode == 0, rerun.stderr
    assert "90 articles done" in rerun.stdout
    assert f"{3 * killed_at} of them analysed by an earlier run" in rerun.stdout
    with open_store(db, read_only=True) as store:
        assert store.article_count() == 90
        assert store.check_integrity() == []
    assert _rows_and_ids(db) == (90, 90)


def test_sigkill_of_a_worker_mid_run_loses_and_doubles_nothing(tmp_path: Path, cluster) -> None:
    from sitrep.runner.dask import plugin_loads

    source, db = _many(tmp_path / "in", 80), tmp_path / "store.duckdb"
    pids = cluster.client.run(os.getpid)
    victim = sorted(pids)[0]
    results = tmp_path / "run"
    outcome = {}

    def job() -> None:
        with open_store(db) as store:
            outcome["summary"] = run([str(source)], store, cluster, results, shard_size=2)

    thread = threading.Thread(target=job)
    thread.start()
    _wait_for(lambda: len(list((results / "shards").glob("*.json"))) >= 2, 120)
    os.kill(pids[victim], signal.SIGKILL)  # its nanny starts a new worker process
    assert len(list((results / "shards").glob("*.json"))) < 40, "killed after the end"
    thread.join(300)
    summary = outcome["summary"]
    # Dask gave the dead worker's shards to a live one; nothing failed, nothing twice
    assert (summary.failed_shards, summary.done, summary.analysed) == ([], 80, 80)
    with open_store(db, read_only=True) as store:
        assert store.check_integrity() == []
    assert _rows_and_ids(db) == (80, 80)
    # the restarted worker loaded its own model, once
    cluster.client.wait_for_workers(2, timeout=120)
    assert list(cluster.client.run(plugin_loads).values()) == [1, 1]
    assert sorted(cluster.client.run(os.getpid).values()) != sorted(pids.values())


def test_run_loads_postgresql_as_it_loads_duckdb(
    tmp_path: Path, analyzer: Analyzer, postgres_server
) -> None:
    sources = _inputs(tmp_path / "in")
    url = postgres_server.new_database()
    with open_store(tmp_path / "local.duckdb") as store:
        run(sources, store, LocalEngine(analyzer), tmp_path / "duck-run", shard_size=3)
    with open_store(url) as store:
        summary = run(sources, store, LocalEngine(analyzer), tmp_path / "pg-run", shard_size=3)
    assert summary.done == len(REPORTS)
    assert _records(url) == _records(tmp_path / "local.duckdb")


def test_run_refuses_what_it_cannot_run_before_starting_anything(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from sitrep.cli import app

    db = tmp_path / "store.duckdb"
    cli = CliRunner()
    fetched = cli.invoke(app, ["run", "https://example.org/feed", "--db", str(db)])
    assert fetched.exit_code == 2
    assert "use `sitrep ingest`" in fetched.output
    missing = cli.invoke(app, ["run", str(tmp_path / "nothing.jsonl"), "--db", str(db)])
    assert (missing.exit_code, "no such file or folder" in missing.output) == (2, True)
    local = cli.invoke(app, ["run", str(tmp_path), "--workers", "2", "--db", str(db)])
    assert local.exit_code == 2
    assert not db.exists()
    helped = cli.invoke(app, ["run", "--help"], env={"COLUMNS": "200"})
    assert "--engine" in helped.output and "LocalCluster" in helped.output
    assert "--scheduler" in helped.output and "dask worker" in helped.output


def test_a_lost_results_file_fails_its_shard_and_the_next_run_redoes_it(
    tmp_path: Path, analyzer: Analyzer
) -> None:
    sources, results = _inputs(tmp_path / "in"), tmp_path / "run"
    with open_store(tmp_path / "first.duckdb") as store:
        run(sources, store, LocalEngine(analyzer), results, shard_size=2)
    lost = sorted((results / "articles").glob("*/*.parquet"))[0]
    lost.unlink()
    with open_store(tmp_path / "second.duckdb") as store:
        second = run(sources, store, LocalEngine(analyzer), results, shard_size=2)
    [(where, size, why)] = second.failed_shards
    assert lost.stem in where and "a rerun analyses the shard again" in why
    assert second.analysed == 0 and second.done == len(REPORTS) - size
    with open_store(tmp_path / "second.duckdb") as store:
        third = run(sources, store, LocalEngine(analyzer), results, shard_size=2)
        assert store.article_count() == len(REPORTS)
    assert (third.analysed, third.done, third.failed_shards) == (size, size, [])
