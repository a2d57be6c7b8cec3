"""Clusters against a gold set of incidents: ``sitrep eval clusters --gold DIR``.

``DIR`` has the events-dev layout (``articles/*.txt``, ``gold/*.json``) with an ``incident``
key on each gold event that belongs to an incident other articles report too, and an
``outlet`` per gold file. ``DIR/events-dev.json`` may add articles of the shared events-dev
set by name, mapping a gold event's index to an incident (``{"019": {"1": "moreh"}}``), so
the originals take part without their texts entering the repository; where the shared folder
is absent they are left out and the figures say so.

Every article is analysed by the real analyzer, every predicted event is clustered, and each
predicted event matched (by the event matcher of ``sitrep eval events``) to a gold event
takes that event's incident. Over the pairs of matched events: precision is the share of
pairs put in one cluster that are one gold incident, recall the share of pairs of one gold
incident that were put in one cluster. A gold event with no ``incident`` is an incident of
its own.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from itertools import combinations
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

from sitrep.analyze import Analyzer
from sitrep.cluster import Rules, cluster, load_rules, report_of
from sitrep.evaluate import GoldArticle, MissingBenchmark, load_gold_folder, prf, shared_dir
from sitrep.evaluate.events import Record, match, record_of
from sitrep.model import Event


@dataclass(slots=True)
class _Matched:
    event_id: str
    incident: str
    article: str


def _record(event: Event) -> Record:
    location = event.location
    return Record(
        event_type=event.event_type,
        sub_event_type=event.sub_event_type,
        lat=location.lat if location else None,
        lon=location.lon if location else None,
        start=date.fromisoformat(event.date_start),
        end=date.fromisoformat(event.date_end),
        actor1=event.actor1,
        actor2=event.actor2,
        fatalities=event.fatalities,
    )


def load_incident_gold(gold_dir: Path) -> tuple[list[GoldArticle], str]:
    """The gold articles of ``gold_dir`` and of the shared events-dev articles it names,
    each gold event carrying an ``incident``; and a note of what was left out."""
    items = load_gold_folder(gold_dir)
    for item in items:
        item.article.outlet = item.gold.get("outlet")
    listed = gold_dir / "events-dev.json"
    if not listed.exists():
        return items, ""
    wanted: dict[str, dict[str, str]] = json.loads(listed.read_text(encoding="utf-8"))
    try:
        shared = load_gold_folder(shared_dir() / "benchmarks" / "events-dev")
    except MissingBenchmark as missing:
        return items, f"events-dev articles left out: {missing}"
    for item in shared:
        if item.name in wanted:
            for index, incident in wanted[item.name].items():
                item.gold["events"][int(index)]["incident"] = incident
            item.article.outlet = urlparse(item.gold.get("source_url") or "").netloc or None
            items.append(item)
    return items, ""


def pairwise(matched: list[_Matched], cluster_of: dict[str, str]) -> dict[str, Any]:
    """Pairwise precision, recall and F1 of "same incident" over matched events."""
    both = predicted = gold = 0
    for a, b in combinations(matched, 2):
        same_gold = a.incident == b.incident
        same_predicted = cluster_of[a.event_id] == cluster_of[b.event_id]
        both += same_gold and same_predicted
        predicted += same_predicted
        gold += same_gold
    return {"pairs_both": both, "pairs_predicted": predicted, "pairs_gold": gold} | prf(
        both, predicted, gold
    )


def _errors(matched: list[_Matched], cluster_of: dict[str, str]) -> dict[str, list[str]]:
    """The pairs scored wrong, by article names, for reading."""
    merged_wrongly, missed = [], []
    for a, b in combinations(matched, 2):
        same_predicted = cluster_of[a.event_id] == cluster_of[b.event_id]
        if same_predicted and a.incident != b.incident:
            merged_wrongly.append(f"{a.article}:{a.incident} + {b.article}:{b.incident}")
        elif a.incident == b.incident and not same_predicted:
            missed.append(f"{a.article} / {b.article} ({a.incident})")
    return {"merged_wrongly": merged_wrongly, "missed": missed}


def run(
    gold: Path,
    analyzer_factory: Callable[[], Analyzer] = Analyzer,
    rules: Rules | None = None,
) -> dict[str, Any]:
    rules = rules or load_rules()
    items, note = load_incident_gold(Path(gold))
    analyzer = analyzer_factory()
    reports, matched = [], []
    gold_count = 0
    for item, analysis in zip(items, analyzer.analyze(i.article for i in items), strict=True):
        article = analysis.article
        published, outlet = article.published.isoformat(), article.outlet
        reports += [report_of(e, published, outlet, rules, article.id) for e in analysis.events]
        gold_events = item.gold.get("events", [])
        gold_count += len(gold_events)
        predicted = [_record(e) for e in analysis.events]
        for i, j in match(predicted, [record_of(g) for g in gold_events], sub_type=False):
            incident = gold_events[j].get("incident") or f"{item.name}#{j}"
            matched.append(_Matched(analysis.events[i].id, incident, item.name))
    cluster_of = cluster(reports, rules)
    incidents = {m.incident for m in matched}
    return {
        "articles": len(items),
        "gold_events": gold_count,
        "predicted_events": len(reports),
        "matched_events": len(matched),
        "matched_incidents": len(incidents),
        "clusters_of_matched": len({cluster_of[m.event_id] for m in matched}),
        "pairwise": pairwise(matched, cluster_of),
        "errors": _errors(matched, cluster_of),
        "note": note,
    }
