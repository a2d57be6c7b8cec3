"""The store suite, run against both back ends (a DuckDB file, a PostgreSQL database on
a throwaway server), and the three exports read back by real readers."""

from __future__ import annotations

import csv
import json
import threading
import time
from datetime import date
from pathlib import Path
from typing import Any

import duckdb
import psycopg
import pyarrow.parquet as pq
import pytest

from sitrep.cluster.sync import cluster_pending
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
from sitrep.store.duckdb import DuckDBStore
from sitrep.store.pgserver import TempServer
from sitrep.store.schema import SCHEMA_VERSION, migration_sql
from sitrep.store.sql import HEADS_PER_QUERY

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
def store(store_url: str):
    with open_store(store_url, version="test") as opened:
        yield opened


def _dialect(url: str) -> str:
    return "postgresql" if url.startswith("postgresql://") else "duckdb"


def _execute(url: str, *statements: str) -> None:
    """Run SQL on the store's database behind the store's back (as a hand edit would)."""
    if _dialect(url) == "postgresql":
        with psycopg.connect(url, autocommit=True) as con:
            for sql in statements:
                con.execute(sql)
    else:
        with duckdb.connect(url) as con:
            for sql in statements:
                con.execute(sql)


def test_write_is_idempotent_and_complete(store: Store) -> None:
    assert isinstance(store, Store)  # the back end offers the whole interface
    analysis = _analysis()
    store.write([analysis])
    store.write([analysis])
    assert store.article_count() == 1
    assert len(store.events()) == 1
    assert store.check_integrity() == []
    assert store.current_ids([analysis.article.id, "other"]) == {analysis.article.id}
    assert store.current_ids([]) == set()


def test_a_batch_replaces_only_its_own_articles(store: Store) -> None:
    first, second = _analysis(), _analysis(TEXT + " More.", date(2024, 6, 1))
    store.write([first, second])
    changed = _analysis(TEXT + " More.", date(2024, 6, 1), lat=10.0)
    changed.places, changed.dates = [], []
    store.write([changed])
    assert store.article_count() == 2 and store.check_integrity() == []
    back = store.article(changed.article.id)
    assert back is not None and back.places == [] and back.events[0].location.lat == 10.0
    assert store.article(first.article.id).to_dict() == first.to_dict()


def test_new_version_is_not_current(store_url: str) -> None:
    analysis = _analysis()
    with open_store(store_url, version="1.0") as old:
        old.write([analysis])
    with open_store(store_url, version="2.0") as new:
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


def test_bbox_filter(store: Store) -> None:
    store.write([_analysis(), _analysis(TEXT + " More.", date(2024, 6, 1), lat=10.0)])

    def lats(*bbox: float, since: date | None = None) -> list[float]:
        return [e["lat"] for e in store.events(EventQuery(bbox=bbox, since=since))]

    assert lats(36, 49, 37, 50) == [49.99]
    assert sorted(lats(-180, -90, 180, 90)) == [10.0, 49.99]
    assert lats(36.23, 10.0, 36.23, 10.0) == [10.0]  # edges are inside
    assert lats(37, 0, 38, 60) == []
    assert sorted(lats(170, 0, 36.5, 60)) == [10.0, 49.99]  # across the antimeridian
    assert lats(170, 0, 36, 60) == []
    assert sorted(lats(30, 0, 40, 60, since=date(2024, 5, 25))) == [10.0, 49.99]
    assert lats(30, 0, 40, 60, since=date(2024, 5, 26)) == []


@pytest.mark.parametrize(
    "bbox", [(1, 2, 3), (0, 10, 1, 5), (-181, 0, 0, 1), (0, -91, 1, 0), (0, 0, 181, 1)]
)
def test_a_bad_bbox_is_refused(bbox: Any) -> None:
    with pytest.raises(ValueError, match="bbox"):
        EventQuery(bbox=bbox)


def _two_kinds() -> list[Analysis]:
    """The shelling in Kharkiv, and a clash elsewhere a week later with other actors."""
    other = _analysis(TEXT + " More.", date(2024, 6, 1), lat=10.0)
    clash = other.events[0]
    clash.event_type, clash.sub_event_type = "Battles", "Armed clash"
    clash.date_start = clash.date_end = "2024-06-01"
    clash.actor1, clash.actor2, clash.confidence = "Rebels (Somewhere)", None, 0.4
    clash.location.admin1, clash.location.country_code = "Elsewhere", "KE"
    start = other.article.text.index("Calm in Lviv.")
    clash.evidence = Span("Calm in Lviv.", start, start + 13)
    return [_analysis(), other]


def test_the_apis_filters(store: Store) -> None:
    shelling, clash = (a.events[0].id for a in _two_kinds())
    store.write(_two_kinds())

    def ids(**filters: Any) -> list[str]:
        return [e["id"] for e in store.events(EventQuery(**filters))]

    assert ids() == [clash, shelling]  # newest first
    assert ids(admin1="kharkiv") == [shelling]
    assert ids(sub_event_type="armed clash") == [clash]
    assert ids(actor="REBELS") == [clash] and ids(actor="civilians") == [shelling]
    assert ids(actor1="rebels (somewhere)") == [clash] and ids(actor1="rebels") == []
    assert ids(actor2="Civilians (Ukraine)") == [shelling]
    assert ids(text="KILLING 3") == [shelling] and ids(text="calm in") == [clash]
    assert ids(text="100%") == [] and ids(text="_") == []  # wildcards are only themselves
    assert ids(min_confidence=0.5) == [shelling]
    assert ids(limit=1, offset=1) == [shelling] and ids(offset=1) == [shelling]
    assert ids(limit=1, offset=2) == []


def test_event_count_and_stats(store: Store) -> None:
    batch = _two_kinds()
    store.write(batch)
    shelling = store.event(batch[0].events[0].id)
    assert shelling is not None and shelling == store.events(EventQuery(country="UA"))[0]
    assert store.event("no-such-id") is None
    assert store.event_count() == 2 and store.event_count(EventQuery(limit=1, offset=1)) == 2
    assert store.event_count(EventQuery(country="KE")) == 1
    stats = store.stats()
    assert stats["total"] == 2
    assert stats["by_type"] == {"Battles": 1, "Explosions/Remote violence": 1}
    assert stats["by_country"] == {"KE": 1, "UA": 1}
    assert stats["by_week"] == [
        {"week": "2024-05-20", "event_type": "Explosions/Remote violence", "count": 1},
        {"week": "2024-05-27", "event_type": "Battles", "count": 1},
    ]
    assert store.stats(EventQuery(country="XX")) == {
        "total": 0, "by_type": {}, "by_country": {}, "by_week": []
    }  # fmt: skip


def test_a_session_reads_what_the_store_commits(store: Store) -> None:
    session = store.session()
    try:
        assert session.event_count() == 0
        store.write([_analysis()])
        assert session.event_count() == 1
    finally:
        session.close()
    assert store.event_count() == 1  # closing a session leaves the store open


def test_every_event_of_many_articles_comes_with_its_header(store: Store) -> None:
    batch = [_analysis(f"{TEXT} Report {n}.") for n in range(HEADS_PER_QUERY + 5)]
    for n, analysis in enumerate(batch):
        analysis.article.url = f"http://example.org/{n}"
    store.write(batch)
    rows = store.events()
    assert len(rows) == len(batch)
    urls = {row["article_id"]: row["article_url"] for row in rows}
    assert urls == {a.article.id: a.article.url for a in batch}
    assert {row["published"] for row in rows} == {"2024-05-26"}


def test_a_nul_in_the_text_is_stored_as_a_replacement_character(store: Store) -> None:
    analysis = _analysis(TEXT.replace("Calm", "Ca\x00m"))
    store.write([analysis])
    back = store.article(analysis.article.id)
    assert back is not None and len(back.article.text) == len(analysis.article.text)
    assert "\x00" not in back.article.text and "Ca\ufffdm" in back.article.text
    assert back.sources.quotes[0].text == "Calm"  # the layers are stored as they were


def test_failed_batch_leaves_nothing_half_written(store: Store) -> None:
    good = _analysis()
    bad = _analysis(TEXT + " Other.")
    bad.events[0].id = good.events[0].id  # same primary key as the good article's event
    with pytest.raises(Exception, match=r"(?i)constraint|duplicate"):
        store.write([good, bad])
    assert store.article_count() == 0 and store.events() == []
    store.write([good])  # the store is usable after the failed batch
    assert store.article_count() == 1


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


def test_a_peoples_name_reads_back_as_one(store: Store) -> None:
    analysis = _analysis(text="Russian shelling hit Kharkiv on Saturday, killing 3 people.")
    russian = Place("Russian", 0, 7, "Russia", 2017370, "RU", None, None, 60.0, 100.0, "PCLF", 0.9)
    russian.demonym = True
    analysis.places = [russian, *analysis.places]
    store.write([analysis])
    back = store.article(analysis.article.id)
    assert back is not None
    assert [p.demonym for p in back.places] == [True, False]
    # a record from before the field: a place named as such
    record = back.to_dict()["places"][1]
    del record["demonym"]
    assert Place(**record).demonym is False


def test_integrity_check_names_what_is_wrong(store_url: str) -> None:
    analysis = _analysis()
    with open_store(store_url, version="test") as store:
        store.write([analysis])
        assert store.check_integrity() == []
    # damage the data behind the store's back, as a crash or a hand edit could
    _execute(
        store_url,
        "DELETE FROM places",
        "INSERT INTO quotes VALUES ('ghost', 0, NULL, 'x', 0, 1)",
        "INSERT INTO media SELECT * FROM media",
    )
    with open_store(store_url, read_only=True) as store:
        problems = store.check_integrity()
    aid = analysis.article.id
    assert f"article {aid}: n_places is 1 but places holds 0 rows" in problems
    assert "quotes: 1 rows of article ghost, which is not stored" in problems
    assert f"media: ({aid}, 0) stored 2 times" in problems


def test_integrity_check_names_incidents_without_members(store_url: str) -> None:
    analysis = _analysis()
    with open_store(store_url, version="test") as store:
        store.write([analysis])
        assert cluster_pending(store).incidents == 1
        [incident] = store.incidents()
        assert store.check_integrity() == []
        store.write([analysis])  # analysed again: its incident waits, dirty, to be redone
        assert store.check_integrity() == []
        cluster_pending(store)
        assert store.check_integrity() == []
    _execute(
        store_url,
        "INSERT INTO incidents (id, event_type) VALUES ('lonely', 'Battles')",
        f"UPDATE events SET cluster_id = 'gone' WHERE id = '{incident['members'][0]['event_id']}'",
    )
    with open_store(store_url, read_only=True) as store:
        problems = store.check_integrity()
    assert "incidents: lonely has no member event" in problems
    assert "events: 1 placed in incident gone, which is not stored" in problems
    assert f"incidents: {incident['id']} has no member event" in problems


def test_a_store_from_before_schema_versions_is_migrated(store_url: str) -> None:
    # the first release's tables, without the version table
    _execute(store_url, migration_sql(1, _dialect(store_url)))
    with open_store(store_url, version="test") as store:
        assert store.schema_version() == SCHEMA_VERSION
        store.write([_analysis()])
        assert len(store.events()) == 1


def test_a_read_only_open_migrates_an_older_store_first(store_url: str) -> None:
    dialect = _dialect(store_url)
    _execute(
        store_url,
        migration_sql(1, dialect),
        "CREATE TABLE schema_version (version INTEGER NOT NULL)",
        "INSERT INTO schema_version VALUES (1)",
    )
    with open_store(store_url, read_only=True) as store:
        assert store.schema_version() == SCHEMA_VERSION and store.events() == []


def test_a_store_from_a_newer_sitrep_fails_clearly(store_url: str) -> None:
    with open_store(store_url, version="test"):
        pass
    _execute(store_url, f"UPDATE schema_version SET version = {SCHEMA_VERSION + 1}")
    for read_only in (False, True):
        with pytest.raises(SchemaTooNew, match=r"upgrade sitrep"):
            open_store(store_url, read_only=read_only)


def test_read_only_store_refuses_writes_and_needs_a_store(store_url: str) -> None:
    with pytest.raises(StoreNotFound, match="sitrep ingest"):
        open_store(store_url, read_only=True)
    with open_store(store_url, version="test"):
        pass
    with open_store(store_url, read_only=True, version="test") as store:
        with pytest.raises(StoreError, match="read-only"):
            store.write([_analysis()])
        assert store.article_count() == 0


def test_both_back_ends_answer_alike(postgres_server: TempServer, tmp_path: Path) -> None:
    batch = _two_kinds()
    answers = []
    for url in (str(tmp_path / "s.duckdb"), postgres_server.new_database()):
        with open_store(url, version="test") as store:
            store.write(batch)
            answers.append(
                (store.events(), store.events(EventQuery(bbox=(36, 49, 37, 50))),
                 store.events(EventQuery(actor="e", limit=1, offset=1)), store.stats(),
                 cluster_pending(store).incidents, store.incidents(),
                 [store.article(a.article.id).to_dict() for a in batch])
            )  # fmt: skip
    assert answers[0] == answers[1]
    assert len(answers[0][0]) == 2 and answers[0][3]["total"] == 2


def test_postgres_migrations_run_once_when_two_open_at_once(postgres_server: TempServer) -> None:
    url = postgres_server.new_database()
    errors: list[BaseException] = []

    def open_and_close() -> None:
        try:
            with open_store(url, version="test"):
                pass
        except BaseException as err:  # reported below, not lost in the thread
            errors.append(err)

    threads = [threading.Thread(target=open_and_close) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with psycopg.connect(url) as con:
        assert con.execute("SELECT version FROM schema_version").fetchall() == [(SCHEMA_VERSION,)]


def test_an_unreachable_server_is_a_clear_error_without_the_password() -> None:
    with pytest.raises(StoreError, match="cannot open the store") as caught:
        open_store("postgresql://someone:s3cret@127.0.0.1:1/sitrep")
    assert "s3cret" not in str(caught.value) and "someone:***@127.0.0.1:1" in str(caught.value)


@pytest.mark.parametrize("url", ["mysql://x", "sqlite:///tmp/x.db"])
def test_unknown_store_scheme_is_a_clear_error(url: str) -> None:
    with pytest.raises(StoreError, match="no store back end for"):
        open_store(url)


def test_store_url_and_path_open_the_same_file(tmp_path: Path) -> None:
    path = tmp_path / "s.duckdb"
    with open_store(f"duckdb://{path}", version="test") as store:
        store.write([_analysis()])
    with open_store(path, read_only=True) as store:
        assert store.article_count() == 1


def test_postgres_writers_of_the_same_articles_at_once_both_succeed(
    postgres_server: TempServer,
) -> None:
    url = postgres_server.new_database()
    batch = [_analysis(), _analysis(TEXT + " More.", date(2024, 6, 1))]
    rounds, start = 10, threading.Barrier(2)
    errors: list[BaseException] = []

    def writer(order: list[Analysis]) -> None:
        with open_store(url, version="test") as store:
            for _ in range(rounds):
                start.wait()
                try:
                    store.write(order)
                except BaseException as err:  # reported below, not lost in the thread
                    errors.append(err)

    threads = [threading.Thread(target=writer, args=(order,)) for order in (batch, batch[::-1])]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with open_store(url, read_only=True) as store:
        assert store.article_count() == 2 and store.check_integrity() == []


def test_a_postgres_store_held_by_a_server_takes_other_writers(
    postgres_server: TempServer,
) -> None:
    url = postgres_server.new_database()
    with open_store(url, version="test") as served:
        served.hold_for("127.0.0.1:8765")
        with open_store(url, version="test") as other:
            other.write([_analysis()])
        assert served.article_count() == 1
        served.hold_for(None)


def test_an_article_reads_whole_while_it_is_rewritten(store: Store) -> None:
    """Each read sees one committed version of the article, never layers of two."""
    versions = {}
    for n in (1, 3):  # n places, and the event at latitude n
        analysis = _analysis(lat=float(n))
        analysis.places = analysis.places * n
        versions[n] = analysis
    store.write([versions[1]])
    aid, stop, seen = versions[1].article.id, threading.Event(), []

    def rewrite() -> None:
        while not stop.is_set():
            for n in (3, 1):
                store.write([versions[n]])

    writer = threading.Thread(target=rewrite)
    reader = store.session()
    writer.start()
    try:
        deadline = time.monotonic() + 10  # enough reads to see both versions, or give up
        while time.monotonic() < deadline and (len(seen) < 100 or len(set(seen)) < 2):
            back = reader.article(aid)
            seen.append((len(back.places), back.events[0].location.lat))
    finally:
        stop.set()
        writer.join()
        reader.close()
    assert {places for places, _ in seen} == {1, 3}, "the reads saw both versions"
    assert all(lat == places for places, lat in seen)


def test_writes_go_on_across_reconnections(tmp_path: Path) -> None:
    # a long ingest reconnects now and then to release DuckDB's memory; nothing is lost
    texts = [f"{TEXT} Report {n}." for n in range(5)]
    with DuckDBStore(tmp_path / "s.duckdb", "test", reconnect_every=2) as store:
        for text in texts:
            store.write([_analysis(text)])
        assert store.article_count() == len(texts)
        assert len(store.events()) == len(texts) and store.check_integrity() == []


def test_clusters_and_incidents(store: Store) -> None:
    batch = _two_kinds()
    store.write(batch)
    assert len(store.cluster_members(pending=True)) == 2
    cluster_pending(store)
    events = store.events()
    assert store.cluster_members(pending=True) == []
    assert {i["id"] for i in store.incidents()} == {e["cluster_id"] for e in events}
    assert [i["id"] for i in store.incidents(EventQuery(country="KE"))] == [
        e["cluster_id"] for e in events if e["country_code"] == "KE"
    ]
    store.write(batch[:1])  # analysed again: its group must be clustered again
    rewritten = {e["cluster_group"] for e in events if e["article_id"] == batch[0].article.id}
    assert rewritten and store.dirty_groups() == rewritten


def test_incidents_page_count_and_one_by_id(store: Store) -> None:
    store.write(_two_kinds())
    cluster_pending(store)
    every = store.incidents()
    assert len(every) == 2 and store.incident_count() == 2
    pages = [store.incidents(EventQuery(limit=1, offset=n)) for n in range(3)]
    assert [i["id"] for page in pages for i in page] == [i["id"] for i in every]
    assert store.incident_count(EventQuery(country="KE")) == sum(
        i["country_code"] == "KE" for i in every
    )
    one = store.incident(every[0]["id"])
    assert one is not None and one["members"] == every[0]["members"]
    assert store.incident("no-such-incident") is None
