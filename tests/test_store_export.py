"""The DuckDB store and the three exports, read back by real readers."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import duckdb
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
from sitrep.store import (
    EventQuery,
    SchemaTooNew,
    Store,
    StoreError,
    StoreNotFound,
    open_store,
)
from sitrep.store.duckdb import MIGRATIONS, SCHEMA_VERSION, DuckDBStore

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
    with open_store(tmp_path / "s.duckdb", version="test") as opened:
        yield opened


def test_write_is_idempotent_and_complete(store: Store) -> None:
    assert isinstance(store, Store)  # the back end offers the whole interface
    analysis = _analysis()
    store.write([analysis])
    store.write([analysis])
    assert store.article_count() == 1
    assert len(store.events()) == 1
    assert store.check_integrity() == []
    assert store.current_ids([analysis.article.id, "other"]) == {analysis.article.id}


def test_new_version_is_not_current(tmp_path: Path) -> None:
    analysis = _analysis()
    with open_store(tmp_path / "s.duckdb", version="1.0") as old:
        old.write([analysis])
    with open_store(tmp_path / "s.duckdb", version="2.0") as new:
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


def test_article_reads_back_with_its_layers(store: Store) -> None:
    analysis = _analysis()
    store.write([analysis])
    back = store.article(analysis.article.id)
    assert back is not None
    assert back.to_dict() == analysis.to_dict()
    assert store.article("no-such-id") is None


def test_integrity_check_names_what_is_wrong(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    analysis = _analysis()
    with open_store(path, version="test") as store:
        store.write([analysis])
        assert store.check_integrity() == []
    # damage the file behind the store's back, as a crash or a hand edit could
    with duckdb.connect(str(path)) as con:
        con.execute("DELETE FROM places")
        con.execute("INSERT INTO quotes SELECT 'ghost', 0, NULL, 'x', 0, 1")
        con.execute("INSERT INTO media SELECT * FROM media")
    with open_store(path, read_only=True) as store:
        problems = store.check_integrity()
    aid = analysis.article.id
    assert f"article {aid}: n_places is 1 but places holds 0 rows" in problems
    assert "quotes: 1 rows of article ghost, which is not stored" in problems
    assert f"media: ({aid}, 0) stored 2 times" in problems


def test_a_store_from_before_schema_versions_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as con:  # the first release's file: tables, no version
        con.execute(MIGRATIONS[0])
    with open_store(path, version="test") as store:
        assert store.schema_version() == SCHEMA_VERSION
        store.write([_analysis()])
        assert len(store.events()) == 1


def test_a_read_only_open_migrates_an_older_file_first(tmp_path: Path) -> None:
    path = tmp_path / "old.duckdb"
    with duckdb.connect(str(path)) as con:
        con.execute(MIGRATIONS[0])
    with open_store(path, read_only=True) as store:
        assert store.schema_version() == SCHEMA_VERSION and store.events() == []


def test_a_store_from_a_newer_sitrep_fails_clearly(tmp_path: Path) -> None:
    path = tmp_path / "new.duckdb"
    with open_store(path, version="test"):
        pass
    with duckdb.connect(str(path)) as con:
        con.execute("UPDATE schema_version SET version = ?", [SCHEMA_VERSION + 1])
    for read_only in (False, True):
        with pytest.raises(SchemaTooNew, match=r"upgrade sitrep"):
            open_store(path, read_only=read_only)


def test_read_only_store_refuses_writes_and_needs_a_file(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with pytest.raises(StoreNotFound, match="sitrep ingest"):
        open_store(path, read_only=True)
    with open_store(path, version="test"):
        pass
    with open_store(path, read_only=True, version="test") as store, pytest.raises(Exception):  # noqa: B017
        store.write([_analysis()])


@pytest.mark.parametrize("url", ["postgresql://localhost/sitrep", "mysql://x"])
def test_unknown_store_scheme_is_a_clear_error(url: str) -> None:
    with pytest.raises(StoreError, match="no store back end for"):
        open_store(url)


def test_store_url_and_path_open_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with open_store(f"duckdb://{path}", version="test") as store:
        store.write([_analysis()])
    with open_store(path, read_only=True) as store:
        assert store.article_count() == 1


def test_writes_go_on_across_reconnections(tmp_path: Path) -> None:
    # a long ingest reconnects now and then to release DuckDB's memory; nothing is lost
    texts = [f"{TEXT} Report {n}." for n in range(5)]
    with DuckDBStore(tmp_path / "s.duckdb", "test", reconnect_every=2) as store:
        for text in texts:
            store.write([_analysis(text)])
        assert store.article_count() == len(texts)
        assert len(store.events()) == len(texts) and store.check_integrity() == []
