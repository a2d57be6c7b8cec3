"""GET /incidents and /incidents/{id} over a real DuckDB store: articles written here, three
reports of one attack told in different words and one other incident, analysed by the real
analyzer and clustered by `sitrep cluster`."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from sitrep.analyze import Analyzer
from sitrep.export import INCIDENT_COLUMNS
from sitrep.model import Article
from sitrep.runner import ingest
from sitrep.store import open_store
from sitrep.web import create_app

SITREP = str(Path(sys.executable).with_name("sitrep"))

# Three outlets on one attack in Gulu, and a protest in Mombasa the same week.
SAME = [
    ("Wire North", date(2024, 5, 14), "Gunmen killed four farmers in an attack on a village "
     "near Gulu on Monday, police said."),
    ("Evening Post", date(2024, 5, 15), "Four farmers died when armed men attacked a village "
     "near Gulu on Monday, local officials said on Tuesday."),
    ("Coast Radio", date(2024, 5, 16), "Gunmen who attacked farmers near Gulu on Monday killed "
     "four of them, the district commissioner said on Wednesday."),
]  # fmt: skip
OTHER = (
    "Coast Radio",
    date(2024, 5, 14),
    "Hundreds of traders protested in Mombasa on Monday against new market fees, witnesses said.",
)

Incident = dict[str, Any]


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory, analyzer: Analyzer) -> Iterator[TestClient]:
    path = tmp_path_factory.mktemp("incidents") / "s.duckdb"
    articles = [Article(text=t, published=d, outlet=o) for o, d, t in [*SAME, OTHER]]
    with open_store(path) as store:
        summary = ingest(articles, store, analyzer)
    assert summary.stored == len(articles) and not summary.failed
    done = subprocess.run(
        [SITREP, "cluster", "--db", str(path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    with TestClient(create_app(path)) as opened:
        yield opened


@pytest.fixture(scope="module")
def every(client: TestClient) -> list[Incident]:
    answer = client.get("/incidents")
    assert answer.status_code == 200, answer.text
    return answer.json()["data"]


def _merged(every: list[Incident]) -> Incident:
    """The incident of the three reports: the one with the most articles."""
    return max(every, key=lambda i: i["n_articles"])


def test_the_reports_of_one_attack_are_one_incident(every: list[Incident]) -> None:
    merged = _merged(every)
    assert merged["n_articles"] == len(SAME) and merged["n_outlets"] == len(SAME)
    assert {m["outlet"] for m in merged["members"]} == {o for o, _, _ in SAME}
    others = [i for i in every if i["id"] != merged["id"]]
    assert others and all(i["n_articles"] == 1 for i in others)
    assert any(i["admin1"] != merged["admin1"] for i in others)


def test_one_incident_lists_every_member_report(client: TestClient, every: list[Incident]) -> None:
    merged = _merged(every)
    answer = client.get(f"/incidents/{merged['id']}")
    assert answer.status_code == 200, answer.text
    members = answer.json()["members"]
    assert len(members) == len(SAME)
    texts = {t for _, _, t in SAME}
    for member in members:
        event = member["event"]
        assert event["id"] == member["event_id"] and event["cluster_id"] == merged["id"]
        assert event["article_id"] == member["article_id"]
        assert event["outlet"] == member["outlet"]
        assert event["evidence_text"] == member["evidence"]
        assert any(event["evidence_text"] in text for text in texts)
        article = client.get(f"/articles/{member['article_id']}").json()
        assert (
            article["text"][event["evidence_start"] : event["evidence_end"]]
            == (event["evidence_text"])
        )


def test_an_unknown_incident_is_404(client: TestClient) -> None:
    answer = client.get("/incidents/no-such-incident")
    assert answer.status_code == 404 and "no-such-incident" in answer.json()["detail"]


def test_filters_keep_what_the_same_filter_by_hand_keeps(
    client: TestClient, every: list[Incident]
) -> None:
    merged = _merged(every)
    lat, lon = merged["lat"], merged["lon"]
    cases = {
        "admin1": ({"admin1": merged["admin1"]}, lambda i: i["admin1"] == merged["admin1"]),
        "event_type": (
            {"event_type": merged["event_type"]},
            lambda i: merged["event_type"] in (i["event_type"], i["sub_event_type"]),
        ),
        "bbox": (
            {"bbox": f"{lon - 0.5},{lat - 0.5},{lon + 0.5},{lat + 0.5}"},
            lambda i: i["lat"] is not None and abs(i["lat"] - lat) <= 0.5
            and abs(i["lon"] - lon) <= 0.5,
        ),
        "country": (
            {"country": merged["country_code"]},
            lambda i: i["country_code"] == merged["country_code"],
        ),
        "event_date": (
            {"event_date": f"{merged['date_start']}|{merged['date_end']}"},
            lambda i: i["date_end"] >= merged["date_start"]
            and i["date_start"] <= merged["date_end"],
        ),
    }  # fmt: skip
    filtered_out = 0
    for name, (params, keep) in cases.items():
        answer = client.get("/incidents", params=params)
        assert answer.status_code == 200, f"{name}: {answer.text}"
        expected = [i["id"] for i in every if keep(i)]
        assert merged["id"] in expected
        assert [i["id"] for i in answer.json()["data"]] == expected, name
        filtered_out += len(every) - len(expected)
    assert filtered_out, "no filter kept out any incident: the test shows nothing"


def test_pages_follow_a_stable_order(client: TestClient, every: list[Incident]) -> None:
    order = sorted(every, key=lambda i: i["id"])
    order.sort(key=lambda i: i["date_end"], reverse=True)
    assert [i["id"] for i in every] == [i["id"] for i in order]
    seen: list[str] = []
    url: str | None = "/incidents?limit=1"
    while url:
        answer = client.get(url)
        assert answer.headers["x-total-count"] == str(len(every))
        seen += [i["id"] for i in answer.json()["data"]]
        url = answer.json()["next"]
    assert seen == [i["id"] for i in every]


def test_geojson_and_csv_as_the_export_writes_them(
    client: TestClient, every: list[Incident]
) -> None:
    geo = client.get("/incidents", headers={"Accept": "application/geo+json"})
    assert geo.headers["content-type"].startswith("application/geo+json")
    features = geo.json()["features"]
    assert {f["id"] for f in features} == {i["id"] for i in every if i["lat"] is not None}
    merged = _merged(every)
    feature = next(f for f in features if f["id"] == merged["id"])
    assert feature["geometry"]["coordinates"] == [merged["lon"], merged["lat"]]
    assert len(feature["properties"]["members"]) == len(SAME)
    table = client.get("/incidents", params={"format": "csv"})
    assert table.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(table.text)))
    assert list(rows[0]) == INCIDENT_COLUMNS
    row = next(r for r in rows if r["n_articles"] == str(len(SAME)))
    assert set(row["source"].split("; ")) == {o for o, _, _ in SAME}


@pytest.mark.parametrize(
    ("params", "name"),
    [
        ({"text": "farmers"}, "text"),
        ({"min_confidence": "0.5"}, "min_confidence"),
        ({"country": "Atlantis"}, "country"),
        ({"bbox": "1,2,3"}, "bbox"),
        ({"limit": "0"}, "limit"),
        ({"format": "xml"}, "format"),
        ({"colour": "red"}, "colour"),
    ],
)
def test_bad_or_unservable_parameters_are_422_naming_them(
    client: TestClient, params: dict[str, str], name: str
) -> None:
    answer = client.get("/incidents", params=params)
    assert answer.status_code == 422, answer.text
    assert name in [error["loc"][-1] for error in answer.json()["detail"]]


def test_meta_says_incidents_are_served_and_documented(client: TestClient) -> None:
    assert client.get("/meta").json()["incidents"] is True
    paths = client.get("/openapi.json").json()["paths"]
    assert "/incidents" in paths and "/incidents/{incident_id}" in paths
