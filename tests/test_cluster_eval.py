"""``sitrep eval clusters`` on a gold folder written here: two reports of one incident and a
look-alike the same day in another town, analysed by the real analyzer."""

from __future__ import annotations

import json
from pathlib import Path

from sitrep.evaluate.clusters import run

ARTICLES = {
    "one": (
        "2024-03-05",
        "Wire A",
        "Gunmen killed five villagers in an attack on Kutaisi on Tuesday, police said.",
        (42.27, 42.69),
        "kutaisi",
    ),
    "two": (
        "2024-03-06",
        "Daily B",
        "Five people died when armed men attacked villagers in "
        "Kutaisi on Tuesday, officials said on Wednesday.",
        (42.27, 42.69),
        "kutaisi",
    ),
    "other": (
        "2024-03-05",
        "Wire A",
        "Gunmen killed two villagers in an attack on Batumi on Tuesday, police said.",
        (41.64, 41.63),
        "batumi",
    ),
}


def _write(root: Path) -> None:
    (root / "articles").mkdir()
    (root / "gold").mkdir()
    for name, (published, outlet, text, (lat, lon), incident) in ARTICLES.items():
        (root / "articles" / f"{name}.txt").write_text(f" date {published} {text}")
        event = {
            "event_type": "Violence against civilians",
            "sub_event_type": "Attack",
            "date_start": "2024-03-05",
            "date_end": "2024-03-05",
            "location": {"name": incident, "lat": lat, "lon": lon, "precision": 1},
            "actor1": None,
            "actor2": "Civilians (Georgia)",
            "fatalities": None,
            "incident": incident,
        }
        gold = {"article": f"{name}.txt", "outlet": outlet, "events": [event]}
        (root / "gold" / f"{name}.json").write_text(json.dumps(gold))


def test_eval_clusters_scores_pairs_of_matched_events(tmp_path: Path) -> None:
    _write(tmp_path)
    result = run(tmp_path)
    assert result["matched_events"] == 3
    pairs = result["pairwise"]
    assert (pairs["pairs_gold"], pairs["pairs_predicted"], pairs["pairs_both"]) == (1, 1, 1)
    assert pairs["precision"] == pairs["recall"] == 1.0
    assert result["errors"] == {"merged_wrongly": [], "missed": []}


def test_the_repository_gold_set_meets_the_targets(shared: Path) -> None:
    """benchmarks/clusters with the events-dev originals it names (issue 12's targets)."""
    result = run(Path(__file__).resolve().parents[1] / "benchmarks" / "clusters")
    assert result["note"] == "" and result["articles"] > 60
    pairs = result["pairwise"]
    assert pairs["pairs_gold"] >= 30
    assert pairs["precision"] >= 0.90 and pairs["recall"] >= 0.85
