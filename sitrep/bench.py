"""Benchmark figures for `make bench`: the whole analyze beside the bare spaCy pass; and for
`make bench-ingest`: peak memory of a streaming `sitrep ingest` over small and large folders.

Both passes run in one process over the same texts (the shared example and the
events-dev articles, or the bundled examples where ../shared is absent),
repeated so that each pass lasts long enough to time, and taking turns so that both see the
same load. The bare pass is spaCy's pipeline as shipped, loaded for it alone; the figures are
articles/s in wall time and per core (per CPU second of this process).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import spacy

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
    texts = [a.text for a in articles]
    analyzer = Analyzer()
    list(analyzer.analyze(articles[:4]))  # warm caches and lazy loads before timing
    # the bare pass: spaCy's own full pipeline as shipped (the analyzer's has faster drop-ins)
    bare = spacy.load(analyzer.resources.model)
    list(bare.pipe(texts[:4]))
    analyzer.seconds = dict.fromkeys(analyzer.seconds, 0.0)
    # The passes take turns, one round over the texts each, so that both see the same load
    # on a machine shared with other work.
    spacy_s = spacy_cpu_s = analyze_s = analyze_cpu_s = 0.0
    for _ in range(repeat):
        wall, cpu = _timed(lambda: list(bare.pipe(texts, batch_size=analyzer.batch_size)))
        spacy_s, spacy_cpu_s = spacy_s + wall, spacy_cpu_s + cpu
        wall, cpu = _timed(lambda: list(analyzer.analyze(articles)))
        analyze_s, analyze_cpu_s = analyze_s + wall, analyze_cpu_s + cpu

    n = len(texts) * repeat
    stages = {k: v for k, v in analyzer.seconds.items() if k != "spacy"}
    return {
        "texts": label,
        "articles": n,
        "words_per_article": round(sum(len(t.split()) for t in texts) / len(texts)),
        "spacy_bare_s": round(spacy_s, 3),
        "spacy_bare_articles_per_s": round(n / spacy_s, 1),
        "analyze_s": round(analyze_s, 3),
        "analyze_articles_per_s": round(n / analyze_s, 1),
        "analyze_over_spacy": round(analyze_s / spacy_s, 3),
        # per core: articles per second of this process's CPU time (one thread does the work),
        # which a machine shared with other jobs does not slow down the way it does wall time
        "spacy_bare_articles_per_s_per_core": round(n / spacy_cpu_s, 1),
        "analyze_articles_per_s_per_core": round(n / analyze_cpu_s, 1),
        "analyze_over_spacy_cpu": round(analyze_cpu_s / spacy_cpu_s, 3),
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


def _timed(work: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds of this process spent on ``work()``."""
    started, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - started, time.process_time() - cpu


# --- memory of a streaming ingest: `sitrep bench --memory` ---------------------------------

MEMORY_SIZES = (2_000, 20_000)
# Short templated reports, so that the run measures the ingest loop rather than long analyses;
# every word comes from these lists, so spaCy's vocabulary stops growing early on.
_TOWNS = ("Kharkiv", "Nairobi", "Lahore", "Khartoum", "Mosul", "Goma", "Aleppo", "Mogadishu")
_ACTORS = ("Police", "Soldiers", "Rebels", "Gunmen", "Protesters", "Militiamen")
_DEEDS = ("arrested", "attacked", "shot", "detained", "wounded")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def synthetic_report(n: int) -> str:
    """The n-th generated report: a different sentence for every n below ~100,000."""
    n, town = divmod(n, len(_TOWNS))
    n, actor = divmod(n, len(_ACTORS))
    n, deed = divmod(n, len(_DEEDS))
    n, day = divmod(n, len(_DAYS))
    count = 2 + n % 60
    return (
        f"{_ACTORS[actor]} {_DEEDS[deed]} {count} people in {_TOWNS[town]} on {_DAYS[day]},"
        " officials said."
    )


def write_synthetic_folder(folder: Path, n: int) -> Path:
    """A folder of n small article files in the format of the bundled examples."""
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        text = f" date 2024-03-09 {synthetic_report(i)}"
        (folder / f"report-{i:06d}.txt").write_text(text, encoding="utf-8")
    return folder


def ingest_peak_rss(folder: Path, db: Path) -> dict[str, Any]:
    """Peak resident memory of one `sitrep ingest` of the folder, in its own process."""
    command = [sys.executable, "-m", "sitrep.cli", "ingest", str(folder), "--db", str(db)]
    started = time.perf_counter()
    with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL) as child:
        assert child.stdout is not None
        summary = child.stdout.read().decode().strip()
        # wait4 gives this child's own rusage, where RUSAGE_CHILDREN would mix the runs
        _, status, usage = os.wait4(child.pid, 0)
        child.returncode = os.waitstatus_to_exitcode(status)
    return {
        "files": sum(1 for _ in folder.iterdir()),
        "peak_rss_mb": round(usage.ru_maxrss / 1024, 1),  # Linux reports KiB
        "seconds": round(time.perf_counter() - started, 1),
        "summary": summary,
        "exit_status": child.returncode,
    }


def run_memory(sizes: tuple[int, ...] = MEMORY_SIZES, workdir: Path | None = None) -> dict:
    """Peak RSS of ingesting generated folders of each size into a fresh store."""
    base = Path(workdir or tempfile.mkdtemp(prefix="sitrep-bench-"))
    runs = []
    for size in sizes:
        folder = write_synthetic_folder(base / f"articles-{size}", size)
        runs.append(ingest_peak_rss(folder, base / f"store-{size}.duckdb"))
        shutil.rmtree(folder)
    peaks = [run["peak_rss_mb"] for run in runs]
    return {
        "runs": runs,
        "largest_over_smallest_peak": round(max(peaks) / min(peaks), 3),
        "within_10_percent": max(peaks) <= 1.10 * min(peaks),
        "workdir": str(base),
    }


def store_figures(n_events: int = 100_000) -> dict[str, Any]:
    """The API's bbox-and-dates events query over a generated store, on DuckDB and on
    PostgreSQL (see bench_store.py)."""
    from sitrep import bench_store

    return bench_store.run(n_events)
