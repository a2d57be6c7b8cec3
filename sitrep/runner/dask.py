"""The Dask engine of `sitrep run`: shards analysed on the workers of a Dask cluster.

Each worker loads the model and the gazetteer once, when it starts (``AnalyzerPlugin``, a
Dask worker plugin, so a worker that joins late or is restarted loads its own), and every
shard it is given runs on that analyzer. Without a scheduler address a ``LocalCluster`` is
started: processes with one thread each, since spaCy and our stages hold the GIL. The
client keeps a few shards per worker in flight, no more, so its memory stays flat however
many shards the inputs make; outcomes come back as they finish, in any order.
"""

from __future__ import annotations

import itertools
import logging
import os
import time
from collections.abc import Callable, Iterator
from typing import Any

import dask
from distributed import Client, LocalCluster, WorkerPlugin, as_completed, get_worker

from sitrep.runner.budget import ArticleLimits
from sitrep.runner.jobs import ShardFailed, peak_rss_mb
from sitrep.runner.results import ShardResult, analyse_shard
from sitrep.runner.shards import Located, Shard

PLUGIN = "sitrep-analyzer"
#: shards in flight per worker thread: one running, one waiting, so no worker idles
IN_FLIGHT = 2


class AnalyzerPlugin(WorkerPlugin):
    """One Analyzer per worker process, built when the worker starts."""

    name = PLUGIN
    # a cluster that kept its workers from an earlier run (a killed client) keeps their models
    idempotent = True

    def __init__(self) -> None:
        self.analyzer: Any = None
        self.version = ""
        self.seconds = 0.0  # each article's budget, read once per worker
        self.loads = 0  # how often this worker loaded the model (the tests read it)

    def setup(self, worker: Any) -> None:
        from sitrep import analysis_version
        from sitrep.analyze import Analyzer, prepare

        self.analyzer = Analyzer(resources=prepare())
        self.version = analysis_version()
        self.seconds = ArticleLimits.load().seconds
        self.loads += 1


def analyse_on_worker(key: str, items: list[Located]) -> ShardResult:
    """A shard on the worker that runs this task, with the worker's own analyzer; the result
    carries the worker's analysis version, which the client checks against its own."""
    worker = get_worker()
    plugin = worker.plugins[PLUGIN]
    return analyse_shard(
        plugin.analyzer, key, items, plugin.version, plugin.seconds, worker.address
    )


def plugin_loads(dask_worker: Any) -> int:
    """How often a worker loaded its analyzer (for ``Client.run``)."""
    return dask_worker.plugins[PLUGIN].loads


class DaskEngine:
    """Shards on a Dask cluster: the one at ``scheduler``, or a LocalCluster of ``workers``."""

    name = "dask"

    def __init__(
        self,
        scheduler: str | None = None,
        workers: int | None = None,
        announce: Callable[[str], None] | None = None,
    ) -> None:
        self.scheduler, self.n_workers, self.announce = scheduler, workers, announce
        self.cluster: LocalCluster | None = None
        self.client: Client | None = None
        self.ready_at: float | None = None

    def start(self) -> Client:
        """Connect (or start the LocalCluster) and have every worker load its analyzer; done
        when the first shard needs it, so a rerun with nothing new starts nothing."""
        if self.client is not None:
            return self.client
        if self.announce is not None:
            self.announce(
                f"connecting to the Dask scheduler at {self.scheduler}" if self.scheduler
                else "starting a Dask LocalCluster (each worker loads the model once)"
            )  # fmt: skip
        if self.scheduler:
            self.client = Client(self.scheduler, timeout="30s")
        else:
            # no dashboard, so nobody reads the workers' statistical profile: sampling every
            # task's stack each 10 ms costs CPU and the GIL for nothing
            with dask.config.set({"distributed.worker.profile.enabled": False}):
                self.cluster = LocalCluster(
                    n_workers=self.n_workers or os.cpu_count() or 1,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,
                )
            self.client = Client(self.cluster)
        try:
            self.client.register_plugin(AnalyzerPlugin(), name=PLUGIN)
        except BaseException:
            self.close()
            raise
        self.ready_at = time.perf_counter()
        return self.client

    @property
    def workers(self) -> int:
        """Worker threads in the cluster now (each analyses one shard at a time)."""
        if self.client is None:
            return 0
        # asked of the scheduler now: the client's cached scheduler_info() may not list the
        # workers yet right after the cluster starts
        return sum(self.client.nthreads().values())

    def analyse(self, shards: Iterator[Shard], version: str) -> Iterator[ShardResult | ShardFailed]:
        first = next(shards, None)
        if first is None:
            return
        client = self.start()
        shards = itertools.chain([first], shards)
        running: dict[str, Shard] = {}
        done = as_completed()

        def submit_next() -> bool:
            shard = next(shards, None)
            if shard is None:
                return False
            future = client.submit(
                analyse_on_worker, shard.key, shard.items, key=f"sitrep-{shard.key}"
            )
            running[future.key] = shard
            done.add(future)
            return True

        for _ in range(IN_FLIGHT * max(1, self.workers)):
            if not submit_next():
                break
        for future in done:
            shard = running.pop(future.key)
            try:
                yield future.result()
            except Exception as err:  # the task raised, or its workers kept dying
                yield ShardFailed(shard, f"{type(err).__name__}: {err}")
            finally:
                future.release()
            submit_next()

    def peak_memory_mb(self) -> list[float]:
        if self.client is None:
            return []
        return list(self.client.run(peak_rss_mb).values())

    def close(self) -> None:
        if self.client is not None:
            self.client.close()
        if self.cluster is not None:
            self.cluster.close()
