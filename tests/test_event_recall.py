"""Recall of the events stage: every incident told gets an event, and what tells none gets
none. The sentences are in ``recall_battery.py``, written for these tests; the whole battery
is analyzed once, in one batch."""

from __future__ import annotations

from datetime import date

import pytest
from recall_battery import INCIDENTS, NON_INCIDENTS, SEVERAL

from sitrep.analyze import Analyzer
from sitrep.model import Analysis, Article

PUBLISHED = date(2023, 4, 11)


@pytest.fixture(scope="module")
def read(analyzer: Analyzer) -> dict[str, Analysis]:
    texts = [text for _, text in INCIDENTS] + NON_INCIDENTS + [text for _, text in SEVERAL]
    texts = list(dict.fromkeys(texts))
    articles = (Article(text=text, published=PUBLISHED) for text in texts)
    return dict(zip(texts, analyzer.analyze(articles), strict=True))


def _told(analysis: Analysis) -> list[str]:
    return [f"{e.event_type}/{e.sub_event_type}" for e in analysis.events]


@pytest.mark.parametrize(("sub_event_type", "text"), INCIDENTS)
def test_an_incident_gets_an_event(read, sub_event_type: str, text: str) -> None:
    assert read[text].events, f"no event for a {sub_event_type}: {text}"


@pytest.mark.parametrize("text", NON_INCIDENTS)
def test_what_tells_no_incident_gets_no_event(read, text: str) -> None:
    assert _told(read[text]) == []


@pytest.mark.parametrize(("count", "text"), SEVERAL)
def test_an_article_gets_one_event_per_incident(read, count: int, text: str) -> None:
    assert len(read[text].events) == count, _told(read[text])
