"""Benchmark figures for `make bench`: the whole analyze beside the bare spaCy pass.

Both passes run in one process over the same texts (the shared example and the
events-dev articles, or the bundled examples where ../shared is absent),
repeated so that each pass lasts long enough to time.
"""

from __future__ import annotations

import time
from typing import Any

from sitrep.analyze import Analyzer
from sitrep.evaluate import MissingBenchmark, shared_dir
from sitrep.ingest import EXAMPLES, read_path
from sitrep.model import Article


def bench_articles() -> tuple[str, list[Article]]:
    try:
        shared = shared_dir()
        folders = [shared / "examples", shared / "benchmarks" / "events-dev" / "articles"]
        label = "shared examples + events-dev"
    except MissingBenchmark:
        folders, label = [EXAMPLES], "bundled examples"
    articles = [a for folder in folders for f in sorted(folder.glob("*.txt")) for a in read_path(f)]
    return label, articles


def run(repeat: int = 5) -> dict[str, Any]:
    label, articles = bench_articles()
    texts = [a.text for a in articles] * repeat
    analyzer = Analyzer()
    list(analyzer.analyze(articles[:4]))  # warm caches and lazy loads before timing
    started = time.perf_counter()
    list(analyzer.nlp.pipe(texts, batch_size=analyzer.batch_size))
    spacy_s = time.perf_counter() - started

    analyzer.seconds = dict.fromkeys(analyzer.seconds, 0.0)
    started = time.perf_counter()
    list(analyzer.analyze(articles * repeat))
    analyze_s = time.perf_counter() - started

    n = len(texts)
    stages = {k: v for k, v in analyzer.seconds.items() if k != "spacy"}
    return {
        "texts": label,
        "articles": n,
        "words_per_article": round(sum(len(t.split()) for t in texts) / n),
        "spacy_bare_s": round(spacy_s, 3),
        "spacy_bare_articles_per_s": round(n / spacy_s, 1),
        "analyze_s": round(analyze_s, 3),
        "analyze_articles_per_s": round(n / analyze_s, 1),
        "analyze_over_spacy": round(analyze_s / spacy_s, 3),
        # the same ratio from inside the analyze pass alone, steadier on a busy machine
        "analyze_over_its_spacy": round(
            (analyzer.seconds["spacy"] + sum(stages.values())) / analyzer.seconds["spacy"], 3
        ),
        "stage_s": {k: round(v, 4) for k, v in stages.items()},
        "stage_share_of_spacy": {k: round(v / spacy_s, 3) for k, v in stages.items()},
        "stage_articles_per_s": {k: round(n / v, 1) if v else None for k, v in stages.items()},
        "dates_plus_sources_over_spacy": round(
            (stages.get("dates", 0) + stages.get("sources", 0)) / spacy_s, 3
        ),
    }
