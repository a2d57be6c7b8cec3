"""`make bench-run`: `sitrep run` on one process against a Dask LocalCluster of two workers.

Over about 2,000 news articles (the 51 texts `sitrep bench` times, each copied ~40 times and
made distinct by a last line): articles/s of each engine once its models are loaded, the ratio
and the scaling efficiency (ratio / workers; targets 1.7x and 0.85), the peak memory of each
worker (target < 1.5 GB), and the machine's load while it ran, since a shared machine skews
every ratio, and the machine's own ceiling: as many plain local runs as workers, side by side
on shares of the articles, no Dask. Then the same over 2,000 generated one-sentence reports
(those of `sitrep bench --memory`, dated over three weeks), where Dask's cost per task weighs
most. The per-article costs the README's capacity plan is computed from come with them: CPU
seconds, Parquet bytes and store bytes per article. Each run is its own process, so one's
memory does not count in the other's.

    python -m sitrep.bench_run [--articles 2000] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from sitrep.bench import bench_articles, synthetic_report


def write_jsonl(path: Path, n: int) -> Path:
    """n generated reports as one JSON Lines file, their dates spread over 21 days."""
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            day = f"2024-03-{1 + i % 21:02d}"
            handle.write(json.dumps({"published": day, "text": synthetic_report(i)}) + "\n")
    return path


def write_realistic(path: Path, copies: int) -> Path:
    """The texts `sitrep bench` times, each copy made a distinct article by a last line."""
    _, articles = bench_articles()
    with open(path, "w", encoding="utf-8") as handle:
        for copy in range(copies):
            for a in articles:
                text = f"{a.text}\n\nReference {copy}."
                record = {"published": a.published.isoformat(), "text": text}
                handle.write(json.dumps(record) + "\n")
    return path


def _cpu_s() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def one_run(engine_name: str, source: Path, db: Path, workers: int) -> dict[str, Any]:
    """One `sitrep run` in this process; the figures as a dict (worker CPU after the load)."""
    from sitrep.runner.jobs import run
    from sitrep.store import open_store

    if engine_name == "local":
        from sitrep.analyze import Analyzer, prepare
        from sitrep.runner.jobs import LocalEngine

        started = time.perf_counter()
        engine: Any = LocalEngine(Analyzer(resources=prepare()))
        start_s = time.perf_counter() - started
        cpu_before = [_cpu_s()]
    else:
        from sitrep.runner.dask import DaskEngine

        started = time.perf_counter()
        engine = DaskEngine(workers=workers)
        client = engine.start()
        start_s = time.perf_counter() - started
        cpu_before = list(client.run(_cpu_s).values())
    client_before = _cpu_s()
    with open_store(db) as store:
        summary = run([str(source)], store, engine, db.with_name(db.stem + "-run"))
    client_s = _cpu_s() - client_before
    cpu_after = [_cpu_s()] if engine_name == "local" else list(engine.client.run(_cpu_s).values())
    engine.close()
    results = db.with_name(db.stem + "-run")
    parquet_bytes = sum(p.stat().st_size for p in results.rglob("*.parquet"))
    return {
        "engine": engine_name,
        "workers": summary.workers,
        "articles": summary.analysed,
        "start_s": round(start_s, 1),
        "analyse_s": round(summary.analyse_seconds, 1),
        "articles_per_s": round(summary.rate, 2),
        "load_and_cluster_s": round(summary.load_seconds, 1),
        "worker_cpu_s_per_article": round(
            (sum(cpu_after) - sum(cpu_before)) / max(summary.analysed, 1), 4
        ),
        # reading, writing Parquet, loading and clustering (and, for the local engine,
        # analysing): the client's share of the machine
        "client_cpu_s_per_article": round(client_s / max(summary.analysed, 1), 4),
        "peak_mb_per_worker": summary.peak_memory_mb,
        "client_peak_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
        "parquet_bytes_per_article": round(parquet_bytes / max(summary.analysed, 1)),
        "store_bytes_per_article": round(db.stat().st_size / max(summary.done, 1)),
        "failed": summary.failed,
    }


def _in_child(engine: str, source: Path, db: Path, workers: int) -> dict[str, Any]:
    command = [sys.executable, "-m", "sitrep.bench_run", "--one", engine, str(source), str(db)]
    command += ["--workers", str(workers)]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _split(source: Path, parts: int) -> list[Path]:
    """The lines of ``source`` dealt into ``parts`` files, in turn."""
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)
    paths = [source.with_name(f"{source.stem}-part{p}.jsonl") for p in range(parts)]
    for p, path in enumerate(paths):
        path.write_text("".join(lines[p::parts]), encoding="utf-8")
    return paths


def machine_ceiling(source: Path, base: Path, processes: int) -> dict[str, Any]:
    """What the machine gives ``processes`` plain local runs side by side, each on its share
    of the articles and with a store of its own: no Dask, nothing shared. Their summed rate
    over one process's is the most any engine can reach here (a VM's cores may be hyperthreads
    of fewer real ones)."""
    one = [sys.executable, "-m", "sitrep.bench_run", "--workers", "1", "--one", "local"]
    commands = [
        [*one, str(part), str(base / f"ceiling-{n}.duckdb")]
        for n, part in enumerate(_split(source, processes))
    ]
    children = [subprocess.Popen(c, stdout=subprocess.PIPE, text=True) for c in commands]
    runs = [json.loads(child.communicate()[0].strip().splitlines()[-1]) for child in children]
    return {
        "processes": processes,
        "articles_per_s": round(sum(r["articles_per_s"] for r in runs), 2),
        "each_articles_per_s": [r["articles_per_s"] for r in runs],
    }


def main(n: int = 2000, workers: int = 2) -> dict[str, Any]:
    base = Path(tempfile.mkdtemp(prefix="sitrep-bench-run-"))
    label, texts = bench_articles()
    copies = max(1, round(n / len(texts)))
    load_before = os.getloadavg()
    news = write_realistic(base / "news.jsonl", copies)
    local = _in_child("local", news, base / "news.duckdb", 1)
    dask = _in_child("dask", news, base / "news-dask.duckdb", workers)
    ceiling = machine_ceiling(news, base, workers)
    load_after = os.getloadavg()
    ratio = dask["articles_per_s"] / local["articles_per_s"]
    source = write_jsonl(base / "generated.jsonl", n)
    generated = _in_child("local", source, base / "local.duckdb", 1)
    generated_dask = _in_child("dask", source, base / "dask.duckdb", workers)
    generated_ratio = generated_dask["articles_per_s"] / generated["articles_per_s"]
    return {
        "news_articles": {"texts": label, "copies": copies, "articles": copies * len(texts)},
        "cpus": os.cpu_count(),
        "load_average_1_5_15_before": [round(x, 2) for x in load_before],
        "load_average_1_5_15_after": [round(x, 2) for x in load_after],
        "local": local,
        "dask": dask,
        "dask_over_local": round(ratio, 3),
        "scaling_efficiency": round(ratio / workers, 3),
        "targets": {"dask_over_local": 1.7, "scaling_efficiency": 0.85, "peak_mb_per_worker": 1500},
        "peak_mb_per_worker_within_target": max(dask["peak_mb_per_worker"]) < 1500,
        # plain processes side by side, no Dask: the most this machine gives
        "machine_ceiling": ceiling,
        "ceiling_over_local": round(ceiling["articles_per_s"] / local["articles_per_s"], 3),
        "dask_over_ceiling": round(dask["articles_per_s"] / ceiling["articles_per_s"], 3),
        "generated_reports": n,
        "generated_local": generated,
        "generated_dask": generated_dask,
        "generated_dask_over_local": round(generated_ratio, 3),
        "generated_scaling_efficiency": round(generated_ratio / workers, 3),
        "workdir": str(base),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=2000, help="of each kind")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--one", nargs=3, metavar=("ENGINE", "SOURCE", "DB"))
    args = parser.parse_args()
    if args.one:
        engine, source, db = args.one
        print(json.dumps(one_run(engine, Path(source), Path(db), args.workers)))
    else:
        print(json.dumps(main(args.articles, args.workers), indent=1))
