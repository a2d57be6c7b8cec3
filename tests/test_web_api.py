"""The HTTP API over a real DuckDB store filled by the real analyzer (tests/web_articles).

Each filter is checked against the same filter applied here by hand to every stored
event, with values taken from the stored events themselves.
"""

from __future__ import annotations

import csv
import io
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pycountry
import pytest
from fastapi.testclient import TestClient

from sitrep.analyze import Analyzer
from sitrep.export import ACLED_COLUMNS
from sitrep.web import create_app
from sitrep.web.limits import MAX_ARTICLES_PER_POST, MAX_PAGE_SIZE

TOKEN = "a-test-token-of-some-length"
NEW_ARTICLE = (
    "Rioters set fire to shops and cars in the town of Kisumu on Wednesday after a disputed"
    " election result, police said. Officers arrested twenty people."
)

Event = dict[str, Any]


def _app(web_store: Path, tmp: Path, analyzer: Analyzer, **options: Any) -> TestClient:
    copy = tmp / "served.duckdb"
    shutil.copy(web_store, copy)
    return TestClient(create_app(copy, analyzer=analyzer, **options))


@pytest.fixture(scope="module")
def client(
    web_store: Path, tmp_path_factory: pytest.TempPathFactory, analyzer: Analyzer
) -> Iterator[TestClient]:
    with _app(web_store, tmp_path_factory.mktemp("api"), analyzer) as opened:
        yield opened


@pytest.fixture
def writable(web_store: Path, tmp_path: Path, analyzer: Analyzer) -> Iterator[TestClient]:
    with _app(web_store, tmp_path, analyzer, token=TOKEN) as opened:
        yield opened


@pytest.fixture(scope="module")
def every(client: TestClient) -> list[Event]:
    answer = client.get("/events", params={"limit": MAX_PAGE_SIZE})
    assert answer.status_code == 200
    events = answer.json()["data"]
    assert len(events) >= 5, "the fixture articles should give an event each"
    return events


def _contains(part: str, *values: str | None) -> bool:
    return any(part.lower() in (v or "").lower() for v in values)


def _filters(events: list[Event]) -> dict[str, tuple[dict[str, str], Callable[[Event], bool]]]:
    """Each filter with a value from the first stored event, and what it should keep."""
    first = events[0]
    country = pycountry.countries.get(alpha_2=first["country_code"])
    word = max(first["evidence_text"].split(), key=len).strip(".,")
    actor_part = first["actor2"].split()[0]
    confidences = sorted(e["confidence"] for e in events)
    middle = confidences[len(confidences) // 2]
    days = sorted(e["date_end"] for e in events)
    since, until = days[len(days) // 2], days[len(days) // 2 + 1]
    lat, lon = first["lat"], first["lon"]
    return {
        "country by name": (
            {"country": country.name},
            lambda e: e["country_code"] == first["country_code"],
        ),
        "country by alpha-3": (
            {"country": country.alpha_3},
            lambda e: e["country_code"] == first["country_code"],
        ),
        "admin1": ({"admin1": first["admin1"].upper()}, lambda e: e["admin1"] == first["admin1"]),
        "event_type": (
            {"event_type": first["event_type"]},
            lambda e: e["event_type"] == first["event_type"],
        ),
        "sub_event_type": (
            {"sub_event_type": first["sub_event_type"]},
            lambda e: e["sub_event_type"] == first["sub_event_type"],
        ),
        "actor": ({"actor": actor_part}, lambda e: _contains(actor_part, e["actor1"], e["actor2"])),
        "actor1": ({"actor1": first["actor1"]}, lambda e: e["actor1"] == first["actor1"]),
        "actor2": ({"actor2": first["actor2"]}, lambda e: e["actor2"] == first["actor2"]),
        "text": ({"text": word.lower()}, lambda e: _contains(word, e["evidence_text"])),
        "min_confidence": (
            {"min_confidence": str(middle)},
            lambda e: e["confidence"] >= middle,
        ),
        "bbox": (
            {"bbox": f"{lon - 1},{lat - 1},{lon + 1},{lat + 1}"},
            lambda e: abs(e["lat"] - lat) <= 1 and abs(e["lon"] - lon) <= 1,
        ),
        "bbox across the antimeridian": (  # from east of the event round to west of it
            {"bbox": f"{lon + 1},-90,{lon - 1},90"},
            lambda e: e["lon"] >= lon + 1 or e["lon"] <= lon - 1,
        ),
        "since": ({"since": since}, lambda e: e["date_end"] >= since),
        "until": ({"until": until}, lambda e: e["date_start"] <= until),
        "event_date range": (
            {"event_date": f"{since}|{until}"},
            lambda e: e["date_end"] >= since and e["date_start"] <= until,
        ),
        "event_date day": (
            {"event_date": first["date_start"]},
            lambda e: e["date_end"] >= first["date_start"] >= e["date_start"],
        ),
    }


FILTERS = (
    "country by name", "country by alpha-3", "admin1", "event_type", "sub_event_type", "actor",
    "actor1", "actor2", "text", "min_confidence", "bbox", "bbox across the antimeridian", "since",
    "until", "event_date range",
    "event_date day",
)  # fmt: skip


def test_every_filter_of_the_api_is_checked(every: list[Event]) -> None:
    assert set(_filters(every)) == set(FILTERS)


@pytest.mark.parametrize("name", FILTERS)
def test_each_filter_keeps_what_the_same_filter_by_hand_keeps(
    client: TestClient, every: list[Event], name: str
) -> None:
    params, keep = _filters(every)[name]
    answer = client.get("/events", params=params)
    assert answer.status_code == 200, answer.text
    expected = [e["id"] for e in every if keep(e)]
    assert expected and len(expected) < len(every), f"{name}: the test's value filters nothing"
    assert [e["id"] for e in answer.json()["data"]] == expected
    assert answer.json()["count"] == len(expected)


def test_pages_follow_a_stable_order_and_link_to_the_next(
    client: TestClient, every: list[Event]
) -> None:
    order = sorted(every, key=lambda e: e["id"])
    order.sort(key=lambda e: e["date_end"], reverse=True)
    assert [e["id"] for e in every] == [e["id"] for e in order]
    seen: list[str] = []
    url: str | None = "/events?limit=2"
    while url:
        answer = client.get(url)
        body = answer.json()
        assert answer.headers["x-total-count"] == str(len(every)) == str(body["count"])
        assert len(body["data"]) <= 2
        seen += [e["id"] for e in body["data"]]
        url = body["next"]
        assert ("link" in answer.headers) == (url is not None)
    assert seen == [e["id"] for e in every]
    past = client.get("/events", params={"limit": 2, "page": len(every)})
    assert past.status_code == 200 and past.json()["data"] == []


def test_geojson_by_format_or_accept(client: TestClient, every: list[Event]) -> None:
    by_format = client.get("/events", params={"format": "geojson"})
    by_accept = client.get("/events", headers={"Accept": "application/geo+json"})
    assert by_format.headers["content-type"].startswith("application/geo+json")
    assert by_format.json() == by_accept.json()
    features = by_format.json()["features"]
    located = [e for e in every if e["lat"] is not None]
    assert [f["id"] for f in features] == [e["id"] for e in located]
    first, event = features[0], located[0]
    assert first["geometry"]["coordinates"] == [event["lon"], event["lat"]]
    assert first["properties"]["event_type"] == event["event_type"]


def test_csv_in_acled_columns_by_format_or_accept(client: TestClient, every: list[Event]) -> None:
    by_format = client.get("/events", params={"format": "csv"})
    by_accept = client.get("/events", headers={"Accept": "text/csv"})
    assert by_format.headers["content-type"].startswith("text/csv")
    assert by_format.text == by_accept.text
    rows = list(csv.DictReader(io.StringIO(by_format.text)))
    assert list(rows[0])[: len(ACLED_COLUMNS)] == ACLED_COLUMNS
    assert [r["event_id_cnty"].split("-", 1)[1] for r in rows] == [e["id"] for e in every]
    assert [r["notes"] for r in rows] == [e["evidence_text"] for e in every]


def test_one_event_and_its_article_with_every_layer(client: TestClient, every: list[Event]) -> None:
    for event in every:
        one = client.get(f"/events/{event['id']}")
        assert one.status_code == 200 and one.json() == event
        article = client.get(f"/articles/{event['article_id']}").json()
        text = article["text"]
        assert text[event["evidence_start"] : event["evidence_end"]] == event["evidence_text"]
        assert event["id"] in [e["id"] for e in article["events"]]
        for layer in ("places", "dates", "quotes"):
            for item in article[layer]:
                assert text[item["start"] : item["end"]] == item["text"], layer
        assert article["places"] and article["dates"]
    assert client.get("/events/nope").status_code == 404
    missing = client.get("/articles/nope")
    assert missing.status_code == 404 and "nope" in missing.json()["detail"]


def test_stats_count_by_type_country_and_week(client: TestClient, every: list[Event]) -> None:
    stats = client.get("/stats").json()
    assert stats["total"] == len(every)
    assert stats["by_type"] == Counter(e["event_type"] for e in every)
    assert stats["by_country"] == Counter(e["country_code"] for e in every)
    weeks = Counter()
    for row in stats["by_week"]:
        monday = date.fromisoformat(row["week"])
        assert monday.weekday() == 0
        weeks[(monday, row["event_type"])] += row["count"]
    for event in every:
        start = date.fromisoformat(event["date_start"])
        weeks[(start - timedelta(days=start.weekday()), event["event_type"])] -= 1
    assert not +weeks and not -weeks
    code = every[0]["country_code"]
    one = client.get("/stats", params={"country": code}).json()
    assert one["total"] == sum(e["country_code"] == code for e in every) == one["by_country"][code]


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"bbox": "1,2,3"}, "bbox"),
        ({"bbox": "10,50,20,40"}, "bbox"),
        ({"bbox": "10,40,200,50"}, "bbox"),
        ({"event_date": "2024-13-01"}, "event_date"),
        ({"event_date": "2024-06-01|2024-05-01"}, "event_date"),
        ({"event_date": "2024-06-01", "since": "2024-05-01"}, "event_date"),
        ({"since": "yesterday"}, "since"),
        ({"since": "2024-06-01", "until": "2024-05-01"}, "until"),
        ({"country": "Atlantis"}, "country"),
        ({"event_type": "Picnics"}, "event_type"),
        ({"sub_event_type": "Battles"}, "sub_event_type"),
        ({"min_confidence": "2"}, "min_confidence"),
        ({"limit": str(MAX_PAGE_SIZE + 1)}, "limit"),
        ({"limit": "0"}, "limit"),
        ({"page": "0"}, "page"),
        ({"format": "xml"}, "format"),
        ({"contry": "KE"}, "contry"),
    ],
)
def test_bad_parameters_are_422_naming_the_parameter(
    client: TestClient, params: dict[str, str], name: str
) -> None:
    answer = client.get("/events", params=params)
    assert answer.status_code == 422, answer.text
    assert name in [error["loc"][-1] for error in answer.json()["detail"]]


def test_meta_says_what_the_page_needs(client: TestClient) -> None:
    meta = client.get("/meta").json()
    assert "Battles" in meta["taxonomy"] and "Armed clash" in meta["taxonomy"]["Battles"]
    assert meta["writes"] is False and meta["max_page_size"] == MAX_PAGE_SIZE
    schema = client.get("/openapi.json").json()
    assert "/events" in schema["paths"]
    documented = set(schema["components"]["schemas"]["EventOut"]["properties"])
    assert set(client.get("/events").json()["data"][0]) == documented  # every field, no more


def test_writes_are_off_without_a_token(client: TestClient) -> None:
    answer = client.post("/articles", json={"text": NEW_ARTICLE, "published": "2024-06-12"})
    assert answer.status_code == 403 and "SITREP_TOKEN" in answer.json()["detail"]


def test_a_posted_article_needs_the_token_and_is_analysed_and_stored(writable: TestClient) -> None:
    body = {"text": NEW_ARTICLE, "published": "2024-06-12", "url": "http://example.org/riot"}
    before = writable.get("/events").json()["count"]
    missing = writable.post("/articles", json=body)
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    wrong = writable.post("/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}x"})
    assert wrong.status_code == 401
    good = {"Authorization": f"Bearer {TOKEN}"}
    posted = writable.post("/articles", json=body, headers=good)
    assert posted.status_code == 201, posted.text
    result = posted.json()
    assert result["stored"] == 1 and not result["failed"]
    [stored] = result["articles"]
    assert stored["events"], "the riot should be an event"
    article = writable.get(stored["url"]).json()
    assert article["text"] == NEW_ARTICLE and article["article"]["url"] == body["url"]
    listed = writable.get("/events").json()
    assert listed["count"] == before + len(stored["events"])
    assert set(stored["events"]) <= {e["id"] for e in listed["data"]}
    again = writable.post("/articles", json=[body], headers=good)
    assert again.status_code == 200 and again.json()["duplicates"] == 1


def test_a_file_upload_is_read_as_ingest_reads_files(writable: TestClient) -> None:
    good = {"Authorization": f"Bearer {TOKEN}"}
    posted = writable.post(
        "/articles",
        files={"file": ("riot.txt", NEW_ARTICLE.encode(), "text/plain")},
        data={"published": "2024-06-12"},
        headers=good,
    )
    assert posted.status_code == 201, posted.text
    [stored] = posted.json()["articles"]
    assert writable.get(f"/articles/{stored['id']}").json()["article"]["published"] == "2024-06-12"
    undated = writable.post(
        "/articles", files={"file": ("riot.txt", NEW_ARTICLE.encode())}, headers=good
    )
    assert undated.status_code == 422 and "date" in undated.json()["detail"][0]


def test_bad_posts_are_4xx_before_any_analysis(
    web_store: Path, tmp_path: Path, analyzer: Analyzer
) -> None:
    good = {"Authorization": f"Bearer {TOKEN}"}
    with _app(web_store, tmp_path, analyzer, token=TOKEN, max_upload_bytes=4000) as small:
        big = small.post(
            "/articles", json={"text": "x" * 5000, "published": "2024-06-01"}, headers=good
        )
        assert big.status_code == 413
        many = [
            {"text": f"Item {i}.", "published": "2024-06-01"}
            for i in range(MAX_ARTICLES_PER_POST + 1)
        ]
        too_many = small.post("/articles", json=many, headers=good)
        assert too_many.status_code == 413
        plain = small.post(
            "/articles", content=NEW_ARTICLE, headers=good | {"Content-Type": "text/plain"}
        )
        assert plain.status_code == 415
        empty = small.post("/articles", json={"published": "2024-06-01"}, headers=good)
        assert empty.status_code == 422 and "no text" in empty.text
        assert small.get("/events").json()["count"] == small.get("/stats").json()["total"]


def test_private_reads_need_the_token(web_store: Path, tmp_path: Path, analyzer: Analyzer) -> None:
    with _app(web_store, tmp_path, analyzer, token=TOKEN, private_reads=True) as private:
        for path in ("/events", "/stats", "/incidents"):
            assert private.get(path).status_code == 401
            wrong = private.get(path, headers={"Authorization": f"Bearer {TOKEN}x"})
            assert wrong.status_code == 401
            good = private.get(path, headers={"Authorization": f"Bearer {TOKEN}"})
            assert good.status_code == 200, good.text


def test_private_reads_without_a_token_are_refused(web_store: Path, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="SITREP_TOKEN"):
        create_app(tmp_path / "none.duckdb", private_reads=True)
