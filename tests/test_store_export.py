"""The DuckDB store and the three exports, read back by real readers."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from sitrep.export import ACLED_COLUMNS, export
from sitrep.model import (
    Analysis,
    Article,
    DateMention,
    Event,
    Location,
    MediaRef,
    Place,
    Quote,
    Sourcing,
    Span,
    event_id,
)
from sitrep.store import EventQuery, Store

TEXT = "Shelling hit Kharkiv on Saturday, killing 3 people, the governor said. Calm in Lviv."


def _analysis(text: str = TEXT, day: date = date(2024, 5, 26), lat: float = 49.99) -> Analysis:
    article = Article(text=text, published=day, url="http://example.org/a")
    place = Place(
        "Kharkiv", 13, 20, "Kharkiv", 706483, "UA", "Kharkiv", None, lat, 36.23, "PPLA", 0.9
    )
    location = Location("Kharkiv", 706483, "UA", "Kharkiv", None, lat, 36.23, 1)
    event = Event(
        id=event_id(article.id, 0),
        event_type="Explosions/Remote violence",
        sub_event_type="Shelling/artillery/missile attack",
        date_start="2024-05-25",
        date_end="2024-05-25",
        time_precision=1,
        location=location,
        actor1="Military Forces of Russia (2000-)",
        actor2="Civilians (Ukraine)",
        fatalities=3,
        reported_by=["Governor of Kharkiv"],
        evidence=Span(text[:70], 0, 70),
        confidence=0.8,
    )
    return Analysis(
        article=article,
        places=[place],
        dates=[DateMention("Saturday", 24, 32, "2024-05-25", "2024-05-25", "day")],
        sources=Sourcing(
            quotes=[Quote("the governor", "Calm", 72, 76)], media=[MediaRef(None, "telegram", None)]
        ),
        events=[event],
    )


@pytest.fixture
def store(tmp_path: Path):
    with Store(tmp_path / "s.duckdb", "test") as opened:
        yield opened


def test_write_is_idempotent_and_complete(store: Store) -> None:
    analysis = _analysis()
    store.write([analysis])
    store.write([analysis])
    assert store.article_count() == 1
    assert len(store.events()) == 1
    assert store.check_complete() == []
    assert store.current_ids([analysis.article.id, "other"]) == {analysis.article.id}


def test_new_version_is_not_current(tmp_path: Path) -> None:
    analysis = _analysis()
    with Store(tmp_path / "s.duckdb", "1.0") as old:
        old.write([analysis])
    with Store(tmp_path / "s.duckdb", "2.0") as new:
        assert new.current_ids([analysis.article.id]) == set()


def test_event_filters(store: Store) -> None:
    store.write([_analysis(), _analysis(TEXT + " More.", date(2024, 6, 1), lat=10.0)])
    assert len(store.events()) == 2
    assert len(store.events(EventQuery(country="ua"))) == 2
    assert store.events(EventQuery(country="KE")) == []
    assert len(store.events(EventQuery(event_type="Shelling/artillery/missile attack"))) == 2
    assert store.events(EventQuery(since=date(2024, 5, 26))) == []
    assert len(store.events(EventQuery(until=date(2024, 5, 25)))) == 2
    assert len(store.events(EventQuery(near=(50.0, 36.2, 20)))) == 1
    assert len(store.events(EventQuery(limit=1))) == 1
    assert store.events()[0]["reported_by"] == ["Governor of Kharkiv"]


def test_failed_batch_leaves_nothing_half_written(store: Store) -> None:
    good = _analysis()
    bad = _analysis(TEXT + " Other.")
    bad.events[0].id = good.events[0].id  # same primary key as the good article's event
    with pytest.raises(Exception, match=r"(?i)constraint|duplicate"):
        store.write([good, bad])
    assert store.article_count() == 0 and store.events() == []


def test_exports_read_back(store: Store, tmp_path: Path) -> None:
    store.write([_analysis()])
    rows = store.events()
    with export(rows, "csv", tmp_path / "e.csv").open(newline="", encoding="utf-8") as f:
        [record] = list(csv.DictReader(f))
    assert list(record)[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert record["iso"] == "804" and record["country"] == "Ukraine"
    assert record["event_date"] == "2024-05-25" and record["fatalities"] == "3"
    assert record["event_id_cnty"].startswith("UKR-")
    geo = json.loads(export(rows, "geojson", tmp_path / "e.geojson").read_text())
    [feature] = geo["features"]
    assert feature["geometry"]["coordinates"] == [36.23, 49.99]
    assert feature["properties"]["sub_event_type"] == "Shelling/artillery/missile attack"
    table = pq.read_table(export(rows, "parquet", tmp_path / "e.parquet"))
    assert table.num_rows == 1
    assert table.column("reported_by").to_pylist() == [["Governor of Kharkiv"]]
    assert table.column("fatalities").to_pylist() == [3]
