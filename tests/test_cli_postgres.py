"""`--db postgresql://...` through the real `sitrep` script, against the throwaway server."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

from sitrep.analyze import Analyzer
from sitrep.store import EventQuery, open_store
from sitrep.store.pgserver import TempServer

SITREP = str(Path(sys.executable).with_name("sitrep"))
REPORT = (
    "Shelling hit Kharkiv on Saturday, killing three people, the regional governor said."
    " Two more were wounded in the attack on a residential district."
)


def sitrep(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([SITREP, *args], capture_output=True, text=True, timeout=600)


def test_ingest_events_and_export_on_postgres(postgres_server: TempServer, tmp_path: Path) -> None:
    url = postgres_server.new_database()
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    ingest = sitrep(
        "ingest", str(tmp_path / "report.txt"), "--db", url, "--published", "2024-05-26"
    )
    assert ingest.returncode == 0, ingest.stderr
    with open_store(url, read_only=True) as store:
        stored = store.events()
        nearby = store.events(EventQuery(bbox=(35.0, 49.0, 37.0, 51.0)))
        assert store.article_count() == 1 and store.check_integrity() == []
    assert nearby, "the report's shelling in Kharkiv is an event there"

    events = sitrep("events", "--db", url, "--json", "--bbox", "35,49,37,51")
    assert events.returncode == 0, events.stderr
    lines = [json.loads(line) for line in events.stdout.splitlines()]
    assert [e["id"] for e in lines] == [e["id"] for e in nearby]

    out = tmp_path / "events.csv"
    exported = sitrep("export", "--db", url, "--format", "csv", "-o", str(out))
    assert exported.returncode == 0, exported.stderr
    with out.open(newline="", encoding="utf-8") as f:
        assert len(list(csv.DictReader(f))) == len(stored)

    rebuilt = sitrep("cluster", "--db", url)
    assert rebuilt.returncode == 0, rebuilt.stderr
    incidents = sitrep("events", "--db", url, "--json", "--incidents")
    assert incidents.returncode == 0, incidents.stderr
    found = {json.loads(line)["id"] for line in incidents.stdout.splitlines()}
    assert found and found == {e["cluster_id"] for e in stored}

    again = sitrep("ingest", str(tmp_path / "report.txt"), "--db", url, "--published", "2024-05-26")
    assert (
        again.returncode == 0 and "0 articles stored, 1 skipped as already stored" in again.stdout
    )


def test_reading_an_empty_database_is_a_clear_error(postgres_server: TempServer) -> None:
    result = sitrep("events", "--db", postgres_server.new_database())
    assert result.returncode == 2 and "sitrep ingest" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_unreachable_server_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    for command in (["events"], ["ingest", str(tmp_path / "report.txt")]):
        result = sitrep(*command, "--db", "postgresql://sitrep@127.0.0.1:1/none")
        assert result.returncode == 2 and "cannot open the store" in result.stderr, command
        assert "Traceback" not in result.stderr


def test_the_api_serves_a_postgres_store(postgres_server: TempServer, analyzer: Analyzer) -> None:
    from fastapi.testclient import TestClient

    from sitrep.web.app import create_app

    url = postgres_server.new_database()
    token = "a-test-token-of-some-length"
    with TestClient(create_app(url, token, analyzer=analyzer)) as client:
        posted = client.post(
            "/articles",
            json={"text": REPORT, "published": "2024-05-26"},
            headers={"Authorization": f"Bearer {token}"},
        )
        assert posted.status_code < 300, posted.text
        inside = client.get("/events", params={"bbox": "35,49,37,51"})
        outside = client.get("/events", params={"bbox": "0,0,1,1"})
        assert inside.status_code == 200 and outside.status_code == 200
        assert inside.json()["data"] and outside.json()["data"] == []
        assert client.get("/stats").status_code == 200
    with open_store(url, read_only=True) as store:
        assert [e["id"] for e in inside.json()["data"]] == [
            e["id"] for e in store.events(EventQuery(bbox=(35, 49, 37, 51)))
        ]
