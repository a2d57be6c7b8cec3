"""The service's guards, against real `sitrep serve` processes: writes only with the token,
a bounded body, a rate limit with clear answers, and no secret in what the server prints."""

from __future__ import annotations

import shutil
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import httpx
import pytest

from sitrep.store import open_store

SITREP = str(Path(sys.executable).with_name("sitrep"))
TOKEN = "guard-test-token-5f0c2a"
ARTICLE = {
    "text": "Police fired tear gas at students protesting in Accra on Thursday, witnesses said.",
    "published": "2024-06-20",
}


@pytest.fixture
def start(serve: Callable[..., Any]) -> Callable[..., Any]:
    """conftest's `serve`, with this module's token unless told otherwise."""

    def run(db: str, *options: str, token: str | None = TOKEN) -> Any:
        return serve(db, *options, token=token)

    return run


def _copy(web_store: Path, tmp_path: Path) -> str:
    db = tmp_path / "guard.duckdb"
    shutil.copy(web_store, db)
    return str(db)


def _article_count(url: str) -> int:
    with open_store(url, read_only=True) as store:
        return store.article_count()


def test_no_write_without_the_right_token(web_store: Path, tmp_path: Path, start) -> None:
    db = _copy(web_store, tmp_path)
    before = _article_count(db)
    server = start(db)
    post = f"{server.url}/articles"
    tries = {
        "no header": {},
        "empty bearer": {"Authorization": "Bearer"},
        "wrong token": {"Authorization": "Bearer not-the-token"},
        "token's prefix": {"Authorization": f"Bearer {TOKEN[:-1]}"},
        "token and more": {"Authorization": f"Bearer {TOKEN}x"},
        "other case": {"Authorization": f"Bearer {TOKEN.upper()}"},
        "basic scheme": {"Authorization": f"Basic {TOKEN}"},
        "bare token": {"Authorization": TOKEN},
        "other header": {"X-Token": TOKEN},
    }
    for name, headers in tries.items():
        answer = httpx.post(post, json=ARTICLE, headers=headers)
        assert answer.status_code == 401, (name, answer.status_code, answer.text)
        assert answer.headers["www-authenticate"] == "Bearer"
    assert httpx.post(post, params={"token": TOKEN}, json=ARTICLE).status_code == 401
    upload = {"file": ("a.txt", f" date 2024-06-20 \n{ARTICLE['text']}\n".encode())}
    assert httpx.post(post, files=upload).status_code == 401
    # reads stay open; GET /articles/... of the article shows it was never stored
    assert httpx.get(f"{server.url}/events").status_code == 200
    server.stop()
    assert _article_count(db) == before

    # a server started without a token takes no writes, whatever a client sends
    open_server = start(db, token=None)
    for headers in ({}, {"Authorization": "Bearer"}, {"Authorization": f"Bearer {TOKEN}"}):
        answer = httpx.post(f"{open_server.url}/articles", json=ARTICLE, headers=headers)
        assert answer.status_code == 403 and "SITREP_TOKEN" in answer.text
    open_server.stop()
    assert _article_count(db) == before


def test_a_big_body_is_answered_413_and_a_burst_429(web_store: Path, tmp_path: Path, start) -> None:
    db = _copy(web_store, tmp_path)
    before = _article_count(db)
    server = start(db, "--max-body", "1000", "--rate-limit", "20")
    assert httpx.get(f"{server.url}/meta").json()["max_upload_bytes"] == 1000
    auth = {"Authorization": f"Bearer {TOKEN}"}
    big = ARTICLE | {"text": ARTICLE["text"] + " More." * 200}
    answer = httpx.post(f"{server.url}/articles", json=big, headers=auth)
    assert answer.status_code == 413 and "1000 bytes" in answer.json()["detail"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: the limit holds while reading
        yield b'{"text": "'
        for _ in range(100):
            yield b"x" * 100
        yield b'", "published": "2024-06-20"}'

    streamed = httpx.post(
        f"{server.url}/articles",
        content=chunks(),
        headers=auth | {"Content-Type": "application/json"},
    )
    assert streamed.status_code == 413

    # 20 requests a minute: what is left of the bucket passes, then 429s
    codes = [httpx.get(f"{server.url}/events", params={"limit": 1}).status_code for _ in range(30)]
    assert codes[:10] == [200] * 10 and 429 in codes
    refused = httpx.get(f"{server.url}/events")
    assert refused.status_code == 429
    assert int(refused.headers["retry-after"]) >= 1
    assert "at most 20 a minute" in refused.json()["detail"]
    # the page's own files are not counted: a page load is not cut short
    assert httpx.get(f"{server.url}/static/app.js").status_code == 200
    time.sleep(3.5)  # one more every 3 s
    assert httpx.get(f"{server.url}/meta").status_code == 200
    server.stop()
    assert _article_count(db) == before


def _with_password(url: str, password: str) -> str:
    parts = urlsplit(url)
    user = parts.username or "sitrep"
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{user}:{password}@{host}"))


def test_no_secret_in_what_the_server_and_the_cli_print(
    postgres_server, tmp_path: Path, start
) -> None:
    password = "pw-must-not-leak-91d3"
    url = _with_password(postgres_server.new_database("secrets"), password)
    server = start(url, "--rate-limit", "5")
    auth = {"Authorization": f"Bearer {TOKEN}"}
    httpx.post(f"{server.url}/articles", json=ARTICLE, headers={"Authorization": "Bearer no"})
    httpx.get(f"{server.url}/events", params={"since": "not a date"}, headers=auth)
    httpx.post(f"{server.url}/articles", content=b"{", headers=auth)
    for _ in range(8):  # into the rate limit
        httpx.get(f"{server.url}/events", headers=auth)
    printed = server.stop()
    assert "serving postgresql://" in printed  # it did print where it serves from
    # commands given the URL, failing and succeeding, print no password either
    missing = url.rsplit("/", 1)[0] + "/no_such_database"
    runs = [
        subprocess.run([SITREP, *args], capture_output=True, text=True, timeout=120)
        for args in (
            ["check", "--db", url],
            ["check", "--db", missing],
            ["events", "--db", missing],
        )
    ]
    assert runs[0].returncode == 0 and runs[1].returncode == 2
    printed += "".join(r.stdout + r.stderr for r in runs)
    assert "no_such_database" in printed
    assert password not in printed and TOKEN not in printed


def test_every_write_route_needs_the_token() -> None:
    from fastapi.routing import APIRoute

    from sitrep.web.app import ROUTERS
    from sitrep.web.service import require_token

    writes = [
        route
        for router in ROUTERS
        for route in router.routes
        if isinstance(route, APIRoute) and route.methods - {"GET", "HEAD", "OPTIONS"}
    ]
    assert [route.path for route in writes] == ["/articles"]
    for route in writes:
        guards = [d.call for d in route.dependant.dependencies]
        assert require_token in guards, f"{route.path} takes writes without the token"
