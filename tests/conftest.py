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
