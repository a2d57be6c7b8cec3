"""One writer: `sitrep serve` owns its DuckDB store; other writers are sent to it, at once.

Real processes: the installed `sitrep` script serves a copy of a store the real analyzer
filled, and `sitrep ingest` / `sitrep events` are aimed at the same file.
"""

from __future__ import annotations

import json
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx

from sitrep.store import open_store

SITREP = str(Path(sys.executable).with_name("sitrep"))
WEB_ARTICLES = Path(__file__).resolve().parent / "web_articles"

TOKEN = "serve-test-token"
ARTICLE = (
    "Police fired tear gas at hundreds of students protesting against fee rises outside the"
    " university in Accra on Thursday, witnesses said."
)


def _sitrep(*args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    started = time.monotonic()
    done = subprocess.run([SITREP, *args], capture_output=True, text=True, timeout=300)
    return done, time.monotonic() - started


def test_a_served_store_sends_other_writers_to_the_server(
    web_store: Path, tmp_path: Path, serve: Callable[..., Any]
) -> None:
    db = tmp_path / "served.duckdb"
    shutil.copy(web_store, db)
    url = serve(db, token=TOKEN).url
    address = url.removeprefix("http://")
    before = httpx.get(f"{url}/events").json()["count"]

    refused, seconds = _sitrep("ingest", str(WEB_ARTICLES), "--db", str(db))
    assert refused.returncode == 2, refused.stderr
    for needed in (address, "sitrep serve", "POST", "/articles", "SITREP_TOKEN", "PostgreSQL"):
        assert needed in refused.stderr, needed
    assert "articles stored" not in refused.stdout  # refused before reading or analysing
    assert seconds < 60
    read, _ = _sitrep("events", "--db", str(db))
    assert read.returncode == 2 and address in read.stderr
    second, _ = _sitrep("serve", "--db", str(db), "--port", "1")
    assert second.returncode == 2 and address in second.stderr

    # The way out: post to the server. Its first write loads the model (seconds), and reads
    # answer meanwhile: they never wait behind a write.
    posted: dict[str, httpx.Response] = {}
    writer = threading.Thread(
        target=lambda: posted.setdefault(
            "answer",
            httpx.post(
                f"{url}/articles",
                json={"text": ARTICLE, "published": "2024-06-14"},
                headers={"Authorization": f"Bearer {TOKEN}"},
                timeout=300,
            ),
        )
    )
    writer.start()
    time.sleep(0.5)
    started = time.monotonic()
    during = httpx.get(f"{url}/events", timeout=60)
    read_seconds = time.monotonic() - started
    assert writer.is_alive(), "the write ended before a read could overlap it"
    assert during.status_code == 200 and during.json()["count"] == before
    assert read_seconds < 2.0, read_seconds
    writer.join()
    answer = posted["answer"]
    assert answer.status_code == 201, answer.text
    new = answer.json()["articles"][0]["events"]
    assert new and httpx.get(f"{url}/events").json()["count"] == before + len(new)


def test_a_stopped_server_leaves_the_store_to_the_cli(
    web_store: Path, tmp_path: Path, serve: Callable[..., Any]
) -> None:
    db = tmp_path / "served.duckdb"
    shutil.copy(web_store, db)
    server = serve(db)
    count = httpx.get(f"{server.url}/events").json()["count"]
    note = db.with_name(db.name + ".server")
    assert server.url.removeprefix("http://") in note.read_text()
    server.stop()
    assert server.process.returncode in (0, -signal.SIGTERM)  # uvicorn re-raises the signal
    assert not note.exists()
    listed, _ = _sitrep("events", "--db", str(db), "--json")
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == count


def test_a_note_left_by_a_server_that_died_is_ignored(web_store: Path, tmp_path: Path) -> None:
    db = tmp_path / "left.duckdb"
    shutil.copy(web_store, db)
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], text=True,
                          capture_output=True, check=True)  # fmt: skip
    note = db.with_name(db.name + ".server")
    note.write_text(json.dumps({"address": "127.0.0.1:9", "pid": int(gone.stdout)}))
    listed, _ = _sitrep("events", "--db", str(db), "--json")
    assert listed.returncode == 0, listed.stderr
    with open_store(db, read_only=True) as store:
        assert len(listed.stdout.splitlines()) == store.event_count() > 0
