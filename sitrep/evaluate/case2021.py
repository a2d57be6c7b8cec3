"""CASE 2021 Task 2, subtask 1: type news snippets in ACLED's 25 sub-event types.

The figure that counts is the product's: each snippet goes through the whole analysis as an
article, as ``sitrep extract`` would, and the prediction is the sub-event type of its most
confident event (the earliest on ties); a snippet that yields no event is wrong. Beside it,
labelled ``typer_only``, the typer alone: the strongest trigger, else the typer's fallback.
Only rows labelled with one of the 25 ACLED types count. The file's SOURCE.md splits it:
odd ids are for tuning, even ids only for reporting.
"""

from __future__ import annotations

import csv
import time
from collections import Counter
from datetime import date
from pathlib import Path
from typing import Any

from sitrep.analyze.event_types import EventTyper
from sitrep.model import Analysis, Article

# The task's short codes (its note on event types) -> ACLED's sub-event types.
CODES = {
    "ABDUCT_DISSAP": "Abduction/forced disappearance",
    "AGREEMENT": "Agreement",
    "AIR_STRIKE": "Air/drone strike",
    "ARMED_CLASH": "Armed clash",
    "ARREST": "Arrests",
    "ART_MISS_ATTACK": "Shelling/artillery/missile attack",
    "ATTACK": "Attack",
    "CHANGE_TO_GROUP_ACT": "Change to group/activity",
    "CHEM_WEAP": "Chemical weapon",
    "DISR_WEAP": "Disrupted weapons use",
    "FORCE_AGAINST_PROTEST": "Excessive force against protesters",
    "GOV_REGAINS_TERIT": "Government regains territory",
    "GRENADE": "Grenade",
    "HQ_ESTABLISHED": "Headquarters or base established",
    "MOB_VIOL": "Mob violence",
    "NON_STATE_ACTOR_OVERTAKES_TER": "Non-state actor overtakes territory",
    "NON_VIOL_TERRIT_TRANSFER": "Non-violent transfer of territory",
    "OTHER": "Other",
    "PEACE_PROTEST": "Peaceful protest",
    "PROPERTY_DISTRUCT": "Looting/property destruction",
    "PROTEST_WITH_INTER": "Protest with intervention",
    "REM_EXPLOS": "Remote explosive/landmine/IED",
    "SEX_VIOL": "Sexual violence",
    "SUIC_BOMB": "Suicide bomb",
    "VIOL_DEMONSTR": "Violent demonstration",
}

HALVES = ("even", "odd", "all")

# What a snippet that yields no event is scored as: a wrong answer in every class.
NO_EVENT = "(no event)"

# The snippets carry no date; one fixed day keeps the run repeatable (it only names actors).
_PUBLISHED = date(2020, 1, 1)


def load_rows(file: Path, half: str = "even", limit: int | None = None) -> list[tuple[str, str]]:
    """(snippet, ACLED sub-event type) of the ACLED-labelled rows of one half."""
    if half not in HALVES:
        raise ValueError(f"half must be one of {HALVES}, not {half!r}")
    rows = []
    with file.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            label = CODES.get((row.get("SubType") or "").strip())
            if label is None or not _in_half(int(row["id"]), half):
                continue
            rows.append((row["EventSnippet"], label))
            if limit is not None and len(rows) >= limit:
                break
    return rows


def _in_half(row_id: int, half: str) -> bool:
    return half == "all" or (row_id % 2 == 0) == (half == "even")


def predict(typer: EventTyper, doc: Any) -> str:
    """The sub-event type of the strongest trigger, the earliest on ties."""
    triggers = typer(doc)
    if not triggers:
        return typer.fallback
    return max(triggers, key=lambda t: (t.confidence, -t.start)).sub_event_type


def product(analysis: Analysis) -> str:
    """The sub-event type of the most confident event ``extract`` emits, the earliest on ties."""
    if not analysis.events:
        return NO_EVENT
    best = max(analysis.events, key=lambda e: (e.confidence, -e.evidence.start))
    return best.sub_event_type


def scores(gold: list[str], predicted: list[str]) -> dict[str, Any]:
    """Accuracy, weighted and macro F1, and per-class precision/recall/F1 with support."""
    support = Counter(gold)
    predicted_count = Counter(predicted)
    hits = Counter(g for g, p in zip(gold, predicted, strict=True) if g == p)
    per_class = {}
    for label in sorted(support):
        tp = hits[label]
        precision = tp / predicted_count[label] if predicted_count[label] else 0.0
        recall = tp / support[label]
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        per_class[label] = {
            "precision": round(precision, 3),
            "recall": round(recall, 3),
            "f1": round(f1, 3),
            "support": support[label],
            "_f1": f1,
        }
    total = len(gold)
    weighted = sum(c["_f1"] * c["support"] for c in per_class.values()) / total if total else 0.0
    macro = sum(c["_f1"] for c in per_class.values()) / len(per_class) if per_class else 0.0
    for figures in per_class.values():
        del figures["_f1"]
    return {
        "snippets": total,
        "accuracy": round(sum(hits.values()) / total, 4) if total else 0.0,
        "weighted_f1": round(weighted, 4),
        "macro_f1": round(macro, 4),
        "per_class": per_class,
    }


def run(file: Path, half: str = "even", limit: int | None = None) -> dict[str, Any]:
    from sitrep.analyze.pipeline import Analyzer, load_nlp

    rows = load_rows(Path(file), half, limit)
    nlp = load_nlp()
    typer = EventTyper()
    analyzer = Analyzer()
    gold = [g for _, g in rows]
    started = time.perf_counter()
    docs = list(nlp.pipe(text for text, _ in rows))
    parsed = time.perf_counter()
    typed = [predict(typer, doc) for doc in docs]
    typer_done = time.perf_counter()
    articles = [Article(text=text, published=_PUBLISHED) for text, _ in rows]
    emitted = [product(analyzer.analyze_doc(d, a)) for d, a in zip(docs, articles, strict=True)]
    done = time.perf_counter()
    result = {"file": str(file), "half": half, "scored": "product"} | scores(gold, emitted)
    result["no_event"] = emitted.count(NO_EVENT)
    typer_figures = scores(gold, typed)
    result["typer_only"] = {k: typer_figures[k] for k in ("accuracy", "weighted_f1", "macro_f1")}
    spacy_s, typer_s = parsed - started, typer_done - parsed
    result["seconds"] = {
        "spacy": round(spacy_s, 2),
        "typer": round(typer_s, 3),
        "analysis": round(done - typer_done, 2),
    }
    result["snippets_per_s"] = round(len(rows) / (done - started), 1) if rows else 0.0
    result["typer_share_of_spacy"] = round(typer_s / spacy_s, 3) if spacy_s else 0.0
    return result
