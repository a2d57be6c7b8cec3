"""The CLI through its real entry point (the installed `sitrep` script), in subprocesses."""

from __future__ import annotations

import csv
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pyarrow.parquet as pq
import pytest

from sitrep import __version__, analysis_version
from sitrep.ingest import EXAMPLES
from sitrep.store import open_store

SITREP = str(Path(sys.executable).with_name("sitrep"))
CONTRACT = {
    "article": {"id", "published", "title", "url", "outlet"},
    "places": {"text", "start", "end", "name", "geonameid", "country_code", "admin1", "admin2",
               "lat", "lon", "feature_code", "confidence"},
    "dates": {"text", "start", "end", "value_start", "value_end", "granularity"},
    "quotes": {"speaker", "text", "start", "end"},
    "media": {"url", "platform", "account"},
    "events": {"id", "event_type", "sub_event_type", "date_start", "date_end", "time_precision",
               "location", "actor1", "actor2", "fatalities", "reported_by", "evidence",
               "confidence", "cluster_id"},
}  # fmt: skip


def sitrep(
    *args: str, cwd: Path | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [SITREP, *args], capture_output=True, text=True, cwd=cwd, input=stdin, timeout=600
    )


def test_help_documents_every_command() -> None:
    result = sitrep("--help")
    assert result.returncode == 0
    for command in ("ingest", "extract", "events", "export", "demo", "eval", "setup", "serve"):
        assert command in result.stdout


def _check_offsets(record: dict, text: str) -> None:
    for layer in ("places", "dates", "quotes"):
        for item in record[layer]:
            assert set(item) >= CONTRACT[layer], layer
            assert text[item["start"] : item["end"]], (layer, item)
    for event in record["events"]:
        assert set(event) == CONTRACT["events"]
        span = event["evidence"]
        assert text[span["start"] : span["end"]] == span["text"]


def test_extract_json_follows_the_contract(shared: Path) -> None:
    path = shared / "examples" / "bakhmut-2023-04-11.txt"
    result = sitrep("extract", str(path), "--json")
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    record = json.loads(line)
    assert set(record) == set(CONTRACT)
    assert set(record["article"]) == CONTRACT["article"]
    assert record["article"]["published"] == "2023-04-11"
    text = path.read_text(encoding="utf-8").split(" ", 3)[3].strip()
    _check_offsets(record, text)


def test_extract_reads_stdin_in_input_order() -> None:
    lines = [
        json.dumps(
            {"text": f"Story number {n}: police arrested a man.", "published": f"2023-01-0{n}"}
        )
        for n in (3, 1, 2)
    ]
    result = sitrep("extract", "-", "--json", stdin="\n".join(lines))
    assert result.returncode == 0, result.stderr
    days = [json.loads(x)["article"]["published"] for x in result.stdout.splitlines()]
    assert days == ["2023-01-03", "2023-01-01", "2023-01-02"]


def test_ingest_reports_bad_files_stores_the_rest_and_is_idempotent(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for example in EXAMPLES.glob("*.txt"):
        (inputs / example.name).write_bytes(example.read_bytes())
    (inputs / "junk.txt").write_bytes(b"\x00\xff" * 50)
    (inputs / "bad.jsonl").write_text('{"text": "x", "published": "2023-01-01"}\n{broken\n')
    db = tmp_path / "s.duckdb"
    first = sitrep("ingest", str(inputs), "--db", str(db))
    assert first.returncode == 1  # something failed, and the status says so
    assert "junk.txt" in first.stderr and "bad.jsonl:2" in first.stderr
    stored = len(list(EXAMPLES.glob("*.txt"))) + 1
    assert f"{stored} articles stored" in first.stdout and "2 failed" in first.stdout
    again = sitrep("ingest", str(inputs), "--db", str(db))
    assert f"0 articles stored, {stored} skipped" in again.stdout
    # Articles analysed by another build of the extractor (same release, other code) are redone.
    with duckdb.connect(str(db)) as con:
        versions = con.execute("SELECT DISTINCT sitrep_version FROM articles").fetchall()
        assert versions == [(analysis_version(),)]
        con.execute(
            "UPDATE articles SET sitrep_version = ? WHERE id IN (SELECT id FROM articles LIMIT 1)",
            [__version__ + "+0000000000"],
        )
    redone = sitrep("ingest", str(inputs), "--db", str(db))
    assert f"1 articles stored, {stored - 1} skipped" in redone.stdout
    with duckdb.connect(str(db), read_only=True) as con:
        assert con.execute("SELECT count(*), count(DISTINCT id) FROM articles").fetchone() == (
            stored,
            stored,
        )


def _many_articles(folder: Path, n: int) -> None:
    folder.mkdir()
    stories = [p.read_text(encoding="utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]
    with (folder / "many.jsonl").open("w", encoding="utf-8") as out:
        for i in range(n):
            body = stories[i % len(stories)].split(" ", 3)[3]
            out.write(json.dumps({"text": f"Report {i}. {body}", "published": "2024-01-01"}) + "\n")


def test_killed_ingest_leaves_no_half_article_and_resumes(tmp_path: Path) -> None:
    inputs, db, total = tmp_path / "in", tmp_path / "s.duckdb", 160
    _many_articles(inputs, total)
    process = subprocess.Popen(
        [SITREP, "ingest", str(inputs), "--db", str(db)],
        stderr=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        text=True,
    )
    assert process.stderr is not None
    # kill it hard once at least two batches are committed, mid-way through the next
    committed = 0
    deadline = time.monotonic() + 300
    while committed < 32 and time.monotonic() < deadline:
        line = process.stderr.readline()
        if line.startswith("stored "):
            committed = int(line.split()[1].split("/")[0])
    os.kill(process.pid, signal.SIGKILL)
    process.wait()
    assert 32 <= committed < total, "the ingest ended before it could be interrupted"
    with open_store(db) as store:
        assert committed <= store.article_count() < total
        assert store.check_integrity() == []
    resumed = sitrep("ingest", str(inputs), "--db", str(db))
    assert resumed.returncode == 0, resumed.stderr
    with open_store(db) as store:
        assert store.article_count() == total
        assert store.check_integrity() == []


def test_demo_writes_three_exports_that_read_back(tmp_path: Path) -> None:
    result = sitrep("demo", "--out", str(tmp_path / "out"))
    assert result.returncode == 0, result.stderr
    assert "articles stored" in result.stdout and "events" in result.stdout
    out = tmp_path / "out"
    with (out / "events.csv").open(newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    geo = json.loads((out / "events.geojson").read_text(encoding="utf-8"))
    table = pq.read_table(out / "events.parquet")
    assert geo["type"] == "FeatureCollection"
    assert table.num_rows == len(rows)
    assert len(geo["features"]) == sum(1 for r in rows if r["latitude"])
    events = sitrep("events", "--db", str(out / "sitrep.duckdb"), "--json")
    assert events.returncode == 0
    assert len(events.stdout.splitlines()) == len(rows)


def test_events_without_a_store_is_a_clear_error(tmp_path: Path) -> None:
    result = sitrep("events", "--db", str(tmp_path / "none.duckdb"))
    assert result.returncode == 2 and "sitrep ingest" in result.stderr


@pytest.mark.parametrize(
    "args",
    [["--since", "April"], ["--near", "1,2"], ["--bbox", "1,2,3"], ["--bbox", "0,10,1,5"]],
)
def test_events_rejects_bad_filters(tmp_path: Path, args: list[str]) -> None:
    result = sitrep("events", "--db", str(tmp_path / "x.duckdb"), *args)
    assert result.returncode == 2 and args[0] in result.stderr


def test_a_store_from_a_newer_sitrep_is_refused_clearly(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    with open_store(db):
        pass
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE schema_version SET version = version + 1")
    for command in (["ingest", str(tmp_path / "none.txt")], ["events"], ["export"]):
        result = sitrep(*command, "--db", str(db), cwd=tmp_path)
        assert result.returncode == 2 and "upgrade sitrep" in result.stderr, command
        assert "Traceback" not in result.stderr


def test_check_says_whether_the_store_is_whole(tmp_path: Path) -> None:
    db = tmp_path / "s.duckdb"
    missing = sitrep("check", "--db", str(db))
    assert missing.returncode == 2 and "no store" in missing.stderr
    open_store(db).close()  # an empty store is whole
    whole = sitrep("check", "--db", str(db))
    assert whole.returncode == 0 and "no problem found" in whole.stdout
    with duckdb.connect(str(db)) as con:  # a quote left behind by its article
        con.execute("INSERT INTO quotes VALUES ('ghost', 0, NULL, 'x', 0, 1)")
    broken = sitrep("check", "--db", str(db))
    assert broken.returncode == 1
    assert "quotes: 1 rows of article ghost, which is not stored" in broken.stderr
    assert "1 problems" in broken.stdout
