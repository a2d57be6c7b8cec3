"""Scoring against annotated data; ``sitrep eval`` prints what these modules return.

Benchmarks live outside the repository (their texts may not be copied here):
``../shared`` beside the checkout, or wherever ``SITREP_SHARED`` points.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sitrep.ingest import read_path
from sitrep.model import Article


class MissingBenchmark(FileNotFoundError):
    pass


def shared_dir() -> Path:
    """The shared data folder, or a clear error saying where it was looked for."""
    candidates = [Path(os.environ["SITREP_SHARED"])] if "SITREP_SHARED" in os.environ else []
    here = Path(__file__).resolve().parents[2]
    candidates += [Path.cwd() / "../shared", here / "../shared"]
    for path in candidates:
        if (path / "benchmarks").is_dir():
            return path.resolve()
    tried = ", ".join(str(p) for p in candidates)
    raise MissingBenchmark(f"no shared benchmark folder found (tried {tried}); set SITREP_SHARED")


@dataclass(slots=True)
class GoldArticle:
    """One article of an events-dev-shaped folder and its hand-made annotation."""

    name: str
    article: Article
    gold: dict[str, Any]


def load_gold_folder(gold_dir: Path) -> list[GoldArticle]:
    """Read ``DIR/gold/*.json`` with ``DIR/articles/*.txt`` beside it (the events-dev layout).

    ``gold_dir`` may be the folder that holds ``gold/`` and ``articles/``, or ``gold/`` itself.
    """
    root = gold_dir.parent if gold_dir.name == "gold" else gold_dir
    items = []
    for gold_path in sorted((root / "gold").glob("*.json")):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        article_path = root / "articles" / gold.get("article", gold_path.stem + ".txt")
        article = next(iter(read_path(article_path)))
        items.append(GoldArticle(gold_path.stem, article, gold))
    if not items:
        raise MissingBenchmark(f"no gold/*.json under {root}")
    return items


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def prf(true_positives: int, predicted: int, gold: int) -> dict[str, float]:
    """Precision, recall and F1 from counts, rounded for reading."""
    precision = true_positives / predicted if predicted else 0.0
    recall = true_positives / gold if gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}
