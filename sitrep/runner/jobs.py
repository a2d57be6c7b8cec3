"""`sitrep run`: shards in, analysed where the engine runs them, Parquet out, then the store.

Three steps, each resumable:

1. the client reads the inputs into shards (``shards``), skipping what the store already
   holds for this analysis version (by id) and shards an earlier run analysed;
2. the engine analyses the rest, this process (``LocalEngine``) or Dask workers
   (``sitrep.runner.dask``), and the client writes each shard's results as Parquet
   partitioned by publication date, then its manifest (``results``);
3. the results are loaded into the store in bulk (a transaction per ``LOAD_BATCH``
   articles, each an idempotent upsert by id), and clustered after each.

A run killed at any point (the client, or a worker) is rerun with the same command: shards
with a manifest are not analysed again, articles already stored are not written again, and a
shard that failed (its worker died too often, say) is analysed again.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from sitrep.cluster.sync import cluster_pending
from sitrep.ingest import Failure
from sitrep.model import Analysis
from sitrep.runner.budget import ArticleLimits
from sitrep.runner.results import ResultsDir, ShardResult, analyse_shard
from sitrep.runner.shards import SHARD_SIZE, Duplicate, Shard, failure, iter_shards
from sitrep.store import Store

if TYPE_CHECKING:
    from sitrep.analyze import Analyzer

#: articles written to the store in one transaction, then clustered
LOAD_BATCH = 500


@dataclass(slots=True)
class ShardFailed:
    """A shard the engine could not analyse (a rerun tries it again)."""

    shard: Shard
    reason: str


class Engine(Protocol):
    """Where shards are analysed: ``analyse`` pulls shards and yields their outcomes."""

    name: str
    #: when the engine had its models loaded (time.perf_counter()), None before
    ready_at: float | None

    @property
    def workers(self) -> int: ...

    def peak_memory_mb(self) -> list[float]:
        """The peak resident memory of each worker so far, in MB."""
        ...

    def analyse(
        self, shards: Iterator[Shard], version: str
    ) -> Iterator[ShardResult | ShardFailed]: ...

    def close(self) -> None: ...


class LocalEngine:
    """Every shard in this process, one after the other, with one model load."""

    name = "local"

    def __init__(self, analyzer: Analyzer | None = None) -> None:
        self.analyzer = analyzer
        self.ready_at: float | None = time.perf_counter() if analyzer is not None else None
        self.seconds = ArticleLimits.load().seconds  # each article's budget, read once

    @property
    def workers(self) -> int:
        return 1

    def analyse(self, shards: Iterator[Shard], version: str) -> Iterator[ShardResult | ShardFailed]:
        for shard in shards:
            if self.analyzer is None:  # built when the first shard needs it
                from sitrep.analyze import Analyzer, prepare

                self.analyzer = Analyzer(resources=prepare())
                self.ready_at = time.perf_counter()
            yield analyse_shard(self.analyzer, shard.key, shard.items, version, self.seconds)

    def peak_memory_mb(self) -> list[float]:
        return [peak_rss_mb()]

    def close(self) -> None:
        pass


def peak_rss_mb() -> float:
    """This process's peak resident memory in MB (Linux counts ru_maxrss in KiB)."""
    import resource

    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


@dataclass
class RunSummary:
    """What one run did: ``done`` articles stored by it, the rest skipped or failed."""

    engine: str = "local"
    workers: int = 1
    done: int = 0  # stored by this run
    analysed: int = 0  # analysed by this run (the rest of ``done`` by an interrupted one)
    skipped_stored: int = 0  # the store held them already (this analysis version)
    skipped_duplicates: int = 0  # read twice in this run
    failures: list[Failure] = field(default_factory=list)  # bad records, failed analyses
    failed_shards: list[tuple[str, int, str]] = field(default_factory=list)  # span, size, why
    events: int = 0
    incidents: int = 0
    start_seconds: float = 0.0  # starting the engine: workers, model loads
    analyse_seconds: float = 0.0  # the analysis step once the engine is ready, wall clock
    peak_memory_mb: list[float] = field(default_factory=list)  # of each worker
    load_seconds: float = 0.0  # loading and clustering

    @property
    def failed(self) -> int:
        return len(self.failures) + sum(size for _, size, _ in self.failed_shards)

    @property
    def rate(self) -> float:
        """Articles analysed per second of the analysis step."""
        return self.analysed / self.analyse_seconds if self.analyse_seconds else 0.0

    def lines(self) -> list[str]:
        analysed = (
            f"engine {self.engine} with {self.workers} worker(s): {self.analysed} analysed in"
            f" {self.analyse_seconds:.1f} s ({self.rate:.1f} articles/s) after"
            f" {self.start_seconds:.1f} s starting, loaded and clustered in"
            f" {self.load_seconds:.1f} s; peak memory per worker"
            f" {max(self.peak_memory_mb, default=0):.0f} MB"
        )
        out = [
            f"{self.done} articles done (stored, {self.events} events, {self.incidents}"
            f" incidents written), {self.skipped_stored + self.skipped_duplicates} skipped"
            f" ({self.skipped_stored} already stored, {self.skipped_duplicates} read twice),"
            f" {self.failed} failed",
            analysed if self.analysed or self.failed_shards else "nothing to analyse",
        ]
        if self.done > self.analysed:
            out.append(f"{self.done - self.analysed} of them analysed by an earlier run")
        out += [f"failed: {f.error}" for f in self.failures]
        out += [
            f"failed shard ({size} articles, rerun to retry): {span}: {why}"
            for span, size, why in self.failed_shards
        ]
        return out


@dataclass
class Progress:
    """The callbacks a front end passes: ``skip(n)`` takes n articles off the work still to
    do, ``advance(n)`` counts n articles analysed (or failed), ``phase(name, total)`` starts
    the next step, ``failure`` reports a bad record as it is met."""

    skip: Callable[[int], None] = lambda n: None
    advance: Callable[[int], None] = lambda n: None
    phase: Callable[[str, int], None] = lambda name, total: None
    failure: Callable[[Failure], None] = lambda f: None


def run(
    sources: Iterable[str],
    store: Store,
    engine: Engine,
    results_dir: Path | str,
    shard_size: int = SHARD_SIZE,
    published: date | None = None,
    progress: Progress | None = None,
) -> RunSummary:
    """Analyse every article of the sources not stored yet, write the results as Parquet,
    load them into the store and cluster them. Rerun the same command to resume."""
    job = _Job(store, engine, ResultsDir(results_dir), progress or Progress())
    started = time.perf_counter()
    for outcome in engine.analyse(job.to_analyse(sources, shard_size, published), store.version):
        job.take(outcome)
    ended = time.perf_counter()
    ready = engine.ready_at if engine.ready_at is not None else started
    job.summary.start_seconds = max(0.0, ready - started)
    job.summary.analyse_seconds = ended - max(started, ready)
    job.summary.workers = engine.workers
    if job.summary.analysed:
        job.summary.peak_memory_mb = engine.peak_memory_mb()
    started = time.perf_counter()
    job.load()
    job.summary.load_seconds = time.perf_counter() - started
    return job.summary


class _Job:
    """One run's state: the summary and the keys of the shards to load, in input order."""

    def __init__(self, store: Store, engine: Engine, results: ResultsDir, progress: Progress):
        self.store, self.results, self.progress = store, results, progress
        self.summary = RunSummary(engine=engine.name, workers=engine.workers)
        self.keys: list[str] = []

    def to_analyse(
        self, sources: Iterable[str], size: int, published: date | None
    ) -> Iterator[Shard]:
        """The shards with something to analyse; the rest is counted as it is met."""
        for item in iter_shards(sources, self.store.version, size, published):
            if isinstance(item, Failure):
                self._fail(item)
            elif isinstance(item, Duplicate):
                self.summary.skipped_duplicates += 1
                self.progress.skip(1)
            else:
                todo = self._not_stored(item)
                if todo is not None:
                    yield todo

    def _not_stored(self, shard: Shard) -> Shard | None:
        stored = self.store.current_ids(shard.ids)
        self.summary.skipped_stored += len(stored)
        todo = [i for i in shard.items if i.article.id not in stored]
        if not todo:
            self.progress.skip(len(stored))
            return None
        self.keys.append(shard.key)
        if self.results.manifest(shard.key) is not None:  # analysed before; loaded below
            self.progress.skip(len(shard.items))
            return None
        self.progress.skip(len(stored))
        return Shard(shard.key, todo)

    def take(self, outcome: ShardResult | ShardFailed) -> None:
        if isinstance(outcome, ShardFailed):
            self._shard_failed(outcome.shard, outcome.reason)
            return
        if outcome.version != self.store.version:
            shard_size = len(outcome.records) + len(outcome.failures)
            self.summary.failed_shards.append(
                (
                    f"shard {outcome.key} on {outcome.worker}",
                    shard_size,
                    f"the worker runs analysis version {outcome.version}, this client"
                    f" {self.store.version}: install the same sitrep everywhere",
                )
            )
            self.progress.advance(shard_size)
            return
        manifest = self.results.write(outcome)
        for where, why in manifest["failures"]:
            self._fail(failure(where, why))
        self.summary.analysed += len(outcome.records)
        self.progress.advance(len(outcome.records) + len(outcome.failures))

    def _shard_failed(self, shard: Shard, reason: str) -> None:
        self.summary.failed_shards.append((shard.span(), len(shard.items), reason))
        self.progress.advance(len(shard.items))

    def _fail(self, item: Failure) -> None:
        self.summary.failures.append(item)
        self.progress.failure(item)

    def load(self) -> None:
        """The analysed shards into the store, LOAD_BATCH articles per transaction."""
        manifests = [(k, self.results.manifest(k)) for k in self.keys]
        ready = [(k, m) for k, m in manifests if m is not None]
        self.progress.phase("loading", sum(m["articles"] for _, m in ready))
        batch: list[Analysis] = []
        for key, manifest in ready:
            try:
                batch.extend(list(self.results.load(key, manifest)))
            except Exception as err:  # a results file deleted or damaged since: redo the shard
                self.results.forget(key)
                why = f"{type(err).__name__}: {err}; a rerun analyses the shard again"
                self.summary.failed_shards.append(
                    (f"results of shard {key}", manifest["articles"], why)
                )
                continue
            if len(batch) >= LOAD_BATCH:
                self._write(batch)
                batch = []
        self._write(batch)

    def _write(self, batch: list[Analysis]) -> None:
        if not batch:
            return
        stored = self.store.current_ids(a.article.id for a in batch)
        fresh = [a for a in batch if a.article.id not in stored]
        self.store.write(fresh)
        self.summary.done += len(fresh)
        self.summary.events += sum(len(a.events) for a in fresh)
        if fresh:
            self.summary.incidents += cluster_pending(self.store).incidents
        self.progress.advance(len(batch))


def default_results_dir(db: str | Path) -> Path:
    """Where a run keeps its Parquet results: beside a DuckDB file (``X.duckdb`` ->
    ``X-run/``), else ``sitrep-run/`` in the working folder."""
    from sitrep.store import local_path

    path = local_path(db)
    if path is None:
        return Path(os.getcwd()) / "sitrep-run"
    return path.with_name(f"{path.stem}-run")
