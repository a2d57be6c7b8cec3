"""Shared fixtures: the real spaCy model and analyzer, loaded once per test session."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from sitrep.analyze import Analyzer
from sitrep.evaluate import MissingBenchmark, shared_dir
from sitrep.model import Analysis, Article

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="session")
def analyzer() -> Analyzer:
    return Analyzer()


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
