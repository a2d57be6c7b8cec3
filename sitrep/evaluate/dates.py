"""Dates against events-dev-shaped gold: is each gold expression found with exactly its range?

A gold date is ``{"text", "start", "end"}`` with the text an exact substring of the article
(offsets are not stored). It counts as found when one of our mentions overlaps an occurrence of
that text, and as resolved when such a mention has exactly the gold range. Precision is the
share of our mentions that overlap an occurrence of some gold date text.
"""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from sitrep.analyze.dates import DateResolver
from sitrep.analyze.pipeline import load_nlp
from sitrep.evaluate import GoldArticle, load_gold_folder
from sitrep.model import Analysis, DateMention


def _occurrences(text: str, needle: str) -> list[tuple[int, int]]:
    spans, at = [], text.find(needle)
    while needle and at >= 0:
        spans.append((at, at + len(needle)))
        at = text.find(needle, at + 1)
    return spans


def _overlaps(mention: DateMention, spans: list[tuple[int, int]]) -> bool:
    return any(mention.start < end and start < mention.end for start, end in spans)


def score_article(item: GoldArticle, mentions: list[DateMention]) -> dict[str, Any]:
    """Counts for one article, and the gold dates it missed (for reading, not for scoring)."""
    text = item.article.text
    gold = item.gold.get("dates", [])
    found = resolved = 0
    misses = []
    all_gold_spans: list[tuple[int, int]] = []
    for entry in gold:
        spans = _occurrences(text, entry["text"])
        all_gold_spans += spans
        near = [m for m in mentions if _overlaps(m, spans)]
        found += bool(near)
        exact = [m for m in near if (m.value_start, m.value_end) == (entry["start"], entry["end"])]
        resolved += bool(exact)
        if not exact:
            ours = [f"{m.text!r} {m.value_start}..{m.value_end}" for m in near]
            misses.append(
                f"{item.name}: {entry['text']!r} gold {entry['start']}..{entry['end']}"
                f" ours {'; '.join(ours) or 'none'}"
            )
    correct = sum(_overlaps(m, all_gold_spans) for m in mentions)
    return {
        "gold": len(gold),
        "found": found,
        "resolved": resolved,
        "predicted": len(mentions),
        "correct": correct,
        "misses": misses,
    }


def run(gold: Path) -> dict[str, Any]:
    """Figures for ``sitrep eval dates --gold DIR``."""
    items = load_gold_folder(gold)
    nlp = load_nlp()
    resolver = DateResolver()
    docs = list(nlp.pipe(item.article.text for item in items))
    totals = {"gold": 0, "found": 0, "resolved": 0, "predicted": 0, "correct": 0}
    misses: list[str] = []
    seconds = 0.0
    for item, doc in zip(items, docs, strict=True):
        started = time.perf_counter()
        mentions = resolver(doc, Analysis(article=item.article))
        seconds += time.perf_counter() - started
        counts = score_article(item, mentions)
        misses += counts.pop("misses")
        for key in totals:
            totals[key] += counts[key]
    return {
        "articles": len(items),
        "gold_dates": totals["gold"],
        "found": totals["found"],
        "resolved_exact": totals["resolved"],
        "exact_range_share": _share(totals["resolved"], totals["gold"]),
        "found_share": _share(totals["found"], totals["gold"]),
        "mentions": totals["predicted"],
        "precision": _share(totals["correct"], totals["predicted"]),
        "ms_per_article": round(1000 * seconds / len(items), 3),
        "misses": misses,
    }


def _share(part: int, whole: int) -> float:
    return round(part / whole, 3) if whole else 0.0
