"""Clustering wired to a real DuckDB store: after each ingest batch, rebuilt by `sitrep
cluster`, kept consistent when interrupted or when an article is analysed again, and shown by
`sitrep events --incidents` and `sitrep export --incidents`."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sitrep.analyze import Analyzer
from sitrep.cluster import build_incident, load_rules, report_of
from sitrep.cluster.sync import rebuild
from sitrep.model import Article
from sitrep.runner import ingest
from sitrep.store import Placed, open_store

SITREP = str(Path(sys.executable).with_name("sitrep"))

# Two outlets telling one attack, a later follow-up, and look-alikes: the same town a week
# later, the same day another town.
STORIES = [
    ("Wire A", date(2024, 3, 5), "Gunmen killed five villagers in an attack on Kutaisi on "
     "Tuesday, police said."),
    ("Daily B", date(2024, 3, 6), "Five people died when armed men attacked villagers in "
     "Kutaisi on Tuesday, officials said on Wednesday."),
    ("Weekly C", date(2024, 3, 8), "Six people were killed in Tuesday's attack by gunmen on "
     "villagers in Kutaisi, the regional governor said on Friday."),
    ("Wire A", date(2024, 3, 12), "Gunmen killed two villagers in an attack on Kutaisi on "
     "Tuesday, police said."),
    ("Daily B", date(2024, 3, 5), "Gunmen killed two villagers in an attack on Batumi on "
     "Tuesday, police said."),
]  # fmt: skip


def _articles() -> list[Article]:
    return [Article(text=t, published=d, outlet=o) for o, d, t in STORIES]


def _clusters(path: Path) -> dict[str, str | None]:
    with open_store(path, read_only=True) as store:
        return {m.event.id: m.event.cluster_id for m in store.cluster_members()}


@pytest.fixture(scope="module")
def batched(tmp_path_factory: pytest.TempPathFactory, analyzer: Analyzer) -> Path:
    """A store filled one article per batch, in an order where a later report comes first."""
    path = tmp_path_factory.mktemp("clusters") / "s.duckdb"
    articles = _articles()
    with open_store(path) as store:
        summary = ingest([articles[2], *articles[:2], *articles[3:]], store, analyzer, 1)
    assert summary.stored == len(STORIES) and summary.incidents >= len(STORIES)
    return path


def test_each_batch_clusters_its_events(batched: Path) -> None:
    clusters = _clusters(batched)
    assert len(clusters) >= len(STORIES) and None not in clusters.values()
    with open_store(batched, read_only=True) as store:
        incidents = store.incidents()
    kutaisi = [i for i in incidents if i["n_articles"] > 1]
    assert len(kutaisi) == 1
    [incident] = kutaisi
    assert incident["n_articles"] == incident["n_outlets"] == 3
    assert incident["location_name"] == "Kutaisi" and incident["date_start"] == "2024-03-05"
    assert (incident["fatalities"], incident["fatalities_low"], incident["fatalities_high"]) == (
        5,
        5,
        6,
    )
    assert incident["fatalities_high_source"] == "Weekly C"
    assert (incident["first_reported"], incident["last_reported"]) == ("2024-03-05", "2024-03-08")
    assert sum(i["n_articles"] for i in incidents) == len(clusters)


def test_rebuild_gives_the_batches_clusters_and_ids(batched: Path, tmp_path: Path) -> None:
    before = _clusters(batched)
    with open_store(batched, read_only=True) as store:
        incidents_before = store.incidents()
    copy = tmp_path / "copy.duckdb"
    copy.write_bytes(batched.read_bytes())
    with open_store(copy) as store:
        summary = rebuild(store)
        assert store.incidents() == incidents_before
    assert summary.incidents == len(incidents_before)
    assert _clusters(copy) == before


def test_an_interrupted_clustering_leaves_the_store_as_it_was(
    tmp_path: Path, analyzer: Analyzer
) -> None:
    path = tmp_path / "s.duckdb"
    with open_store(path) as store:
        ingest(_articles(), store, analyzer)
        before = store.incidents()
        members = store.cluster_members()
        incident = next(iter(before))
        # a write that fails half-way (an incident id twice breaks the key after the events
        # were updated) must leave nothing of itself behind
        rules = load_rules()
        first = members[0]
        built = build_incident(
            "x", [(first.event, report_of(first.event, first.published, None, rules))]
        )
        with pytest.raises(Exception, match=r"(?i)constraint|duplicate|key"):
            store.write_clusters({first.event.id: Placed("g", "x", None, None)}, [built, built])
        assert store.incidents() == before
        after = {m.event.id: m.event.cluster_id for m in store.cluster_members()}
        assert after == {m.event.id: m.event.cluster_id for m in members}
        assert incident["id"] in after.values()


def test_an_article_analysed_again_is_clustered_again_without_stale_incidents(
    tmp_path: Path, analyzer: Analyzer
) -> None:
    path = tmp_path / "s.duckdb"
    with open_store(path) as store:
        ingest(_articles(), store, analyzer)
        before = store.incidents()
        ingest(_articles()[1:2], store, analyzer, force=True)
        assert store.dirty_groups() == set()
        after = store.incidents()
        assert after == before
        clusters = {m.event.cluster_id for m in store.cluster_members()}
        assert {i["id"] for i in after} == clusters


def test_cli_cluster_events_and_export_incidents(batched: Path, tmp_path: Path) -> None:
    copy = tmp_path / "s.duckdb"
    copy.write_bytes(batched.read_bytes())

    def run(*args: str) -> str:
        result = subprocess.run([SITREP, *args, "--db", str(copy)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        return result.stdout

    assert "reported by more than one article" in run("cluster")
    rows = [json.loads(line) for line in run("events", "--incidents", "--json").splitlines()]
    assert max(r["n_articles"] for r in rows) == 3
    events = [json.loads(line) for line in run("events", "--json").splitlines()]
    assert {e["cluster_id"] for e in events} == {r["id"] for r in rows}
    out = tmp_path / "incidents.csv"
    assert "wrote" in run("export", "--incidents", "--format", "csv", "-o", str(out))
    with out.open(encoding="utf-8") as handle:
        table = list(csv.DictReader(handle))
    merged = next(r for r in table if r["n_articles"] == "3")
    assert set(merged["source"].split("; ")) == {"Wire A", "Daily B", "Weekly C"}
    for fmt in ("geojson", "parquet"):
        target = tmp_path / f"incidents.{fmt}"
        run("export", "--incidents", "--format", fmt, "-o", str(target))
        assert target.stat().st_size > 0
