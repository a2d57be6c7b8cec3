"""Shared fixtures: the real spaCy model and analyzer, loaded once per test session."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import httpx
import pytest

from sitrep import runner
from sitrep.analyze import Analyzer
from sitrep.analyze.dates import DateResolver
from sitrep.evaluate import MissingBenchmark, shared_dir
from sitrep.model import Analysis, Article, DateMention
from sitrep.store import open_store

REPO = Path(__file__).resolve().parents[1]
#: short articles of our own, one event each, in six countries and six weeks
WEB_ARTICLES = Path(__file__).resolve().parent / "web_articles"
SITREP = str(Path(sys.executable).with_name("sitrep"))


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer()


@pytest.fixture(scope="session")
def mentions_in(analyzer: Analyzer) -> Callable[[str, str], list[DateMention]]:
    """The date mentions the real resolver finds in a text published on a day (ISO)."""
    resolver = DateResolver()

    def run(text: str, published: str) -> list[DateMention]:
        article = Article(text=text, published=date.fromisoformat(published))
        return resolver(analyzer.nlp(text), Analysis(article=article))

    return run


@pytest.fixture(scope="session")
def ranges_over(mentions_in) -> Callable[[str, str, str], list[tuple[str, str, str]]]:
    """(text, start, end) of each date mention that overlaps an expression of a text published
    on a day: what a table of date wordings checks against."""

    def run(text: str, published: str, expression: str) -> list[tuple[str, str, str]]:
        start = text.index(expression)
        end = start + len(expression)
        return [
            (m.text, m.value_start, m.value_end)
            for m in mentions_in(text, published)
            if m.start < end and start < m.end
        ]

    return run


@pytest.fixture(scope="session")
def shared() -> Path:
    try:
        return shared_dir()
    except MissingBenchmark as err:
        pytest.skip(f"needs the shared benchmark folder: {err}")


@pytest.fixture
def analyze(analyzer: Analyzer):
    """Analyze one text published on the given day (default a Tuesday, 2023-04-11)."""

    def run(text: str, published: str = "2023-04-11") -> Analysis:
        return analyzer.analyze_one(Article(text=text, published=date.fromisoformat(published)))

    return run


@pytest.fixture(scope="session")
def postgres_server():
    """A throwaway PostgreSQL server for the whole session, on a free local port; the tests
    that need it skip, saying why, where Debian's server binaries are not installed."""
    from sitrep.store.pgserver import ServerUnavailable, TempServer

    try:
        server = TempServer()
    except ServerUnavailable as err:
        pytest.skip(f"PostgreSQL tests need a server: {err}")
    yield server
    server.stop()


@pytest.fixture(params=["duckdb", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """Where a new, empty store opens: a DuckDB file, or a new database on the test server."""
    if request.param == "duckdb":
        return str(tmp_path / "s.duckdb")
    return request.getfixturevalue("postgres_server").new_database()


@pytest.fixture(scope="session")
def web_store(tmp_path_factory: pytest.TempPathFactory, analyzer: Analyzer) -> Path:
    """A DuckDB store filled by the real analyzer from WEB_ARTICLES; copy it before serving."""
    path = tmp_path_factory.mktemp("web") / "events.duckdb"
    with open_store(path) as store:
        summary = runner.ingest([str(WEB_ARTICLES)], store, analyzer=analyzer)
    assert summary.stored == len(list(WEB_ARTICLES.iterdir())) and not summary.failed
    return path


@dataclass
class Server:
    """A `sitrep serve` process, where it answers, and the file its output goes to."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def stop(self) -> str:
        """SIGTERM, as an operator would stop it (the server withdraws its note and closes);
        then everything it printed."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        return self.log.read_text(errors="replace")


@pytest.fixture
def serve(tmp_path: Path) -> Iterator[Callable[..., Server]]:
    """Start `sitrep serve` (the installed script) on a free local port over a store, with
    extra options, no SITREP_* setting but the token, and its output kept in a file.

    Every server started is stopped when the test ends.
    """
    started: list[Server] = []

    def start(db: Path | str, *options: str, token: str | None = None) -> Server:
        port = _free_port()
        env = {k: v for k, v in os.environ.items() if not k.startswith("SITREP_")}
        env |= {"SITREP_TOKEN": token} if token else {}
        log = tmp_path / f"serve-{port}.log"
        command = [SITREP, "serve", "--db", str(db), "--port", str(port), *options]
        with log.open("wb") as out:
            process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT)
        server = Server(f"http://127.0.0.1:{port}", process, log)
        started.append(server)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline:
            if server.process.poll() is not None:
                raise RuntimeError(f"sitrep serve ended: {server.stop()}")
            try:
                if httpx.get(f"{server.url}/meta", timeout=2).status_code == 200:
                    return server
            except httpx.TransportError:
                time.sleep(0.2)
        raise RuntimeError(f"sitrep serve did not answer on {server.url}")

    yield start
    for server in started:
        server.stop()


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter) -> None:
    """The fuzz cases run (tests/fuzzing.py), per property and in all, when any ran."""
    import sys

    fuzzing = sys.modules.get("fuzzing")
    if fuzzing is None or not fuzzing.CASES:
        return
    counts = fuzzing.CASES
    terminalreporter.write_sep("-", f"fuzz cases: {sum(counts.values())} in all")
    for name, count in sorted(counts.items()):
        terminalreporter.write_line(f"{name:>20} {count}")
