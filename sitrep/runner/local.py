"""The local runner: articles stream from the readers through analysis into the store.

One batch at a time: read until a batch of articles not yet stored is full,
analyse it, write it in one transaction, report progress, go on. Nothing holds
more than a batch of articles, so memory stays flat in the number of inputs;
only the ids seen in this run are kept, to skip a story read twice. A failure
while reading or analysing one article is reported as it happens, by name, and
the run goes on. See docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sitrep.cluster.sync import cluster_pending
from sitrep.ingest import Failure, IngestError, iter_located, split_long
from sitrep.model import Analysis, Article
from sitrep.runner.budget import ArticleLimits, ArticleTimeout, Deadline
from sitrep.store import Store

if TYPE_CHECKING:
    from sitrep.analyze import Analyzer

BATCH_SIZE = 16

#: what ``ingest`` reads: paths, folders, URLs or "-" (as ``sitrep ingest`` takes them),
#: or Articles made elsewhere (a feed watcher, a web request, a test)
Source = str | Path | Article


@dataclass
class Summary:
    """What one run did; ``failures`` say which input failed and why."""

    stored: int = 0
    duplicates: int = 0
    events: int = 0
    incidents: int = 0  # incidents written or rewritten by the clustering after each batch
    failures: list[Failure] = field(default_factory=list)
    split: list[IngestError] = field(default_factory=list)  # articles split into parts: notes
    seconds: float = 0.0  # analysing and writing, not reading or loading the model

    @property
    def failed(self) -> int:
        return len(self.failures)

    def line(self) -> str:
        parts = f", {len(self.split)} too long and split into parts" if self.split else ""
        return (
            f"{self.stored} articles stored, {self.duplicates} skipped as already stored, "
            f"{self.failed} failed, {self.events} events found{parts}"
        )


@dataclass
class _Located:
    """An article and where it was read, to name it if its analysis fails."""

    where: str
    article: Article


def ingest(
    sources: Iterable[Source],
    store: Store,
    analyzer: Analyzer | None = None,
    batch_size: int = BATCH_SIZE,
    on_progress: Callable[[Summary], None] | None = None,
    on_failure: Callable[[Failure], None] | None = None,
    published: date | None = None,
    force: bool = False,
    limits: ArticleLimits | None = None,
    on_split: Callable[[IngestError], None] | None = None,
) -> Summary:
    """Read, analyse and store every article of the sources; one transaction per batch.

    A rerun resumes where a killed one stopped: what this analysis version stored
    is skipped (unless ``force``). ``on_progress`` is called after each committed
    batch, ``on_failure`` as each failure comes. Without an analyzer one is built
    when the first batch needs it, so a run with nothing new loads no model.

    Each article stands on its own (``limits``, by default data/article_limits.toml): one
    longer than ``max_chars`` is split into parts (``on_split`` is told, naming it), and one
    whose analysis raises or runs over ``seconds`` is a failure named by file and line, while
    every other article of its batch is still stored.
    """
    limits = limits if limits is not None else ArticleLimits.load()
    run = _Run(store, analyzer, batch_size, on_progress, on_failure, force, limits, on_split)
    for item in _items(sources, published):
        run.take(item)
    run.finish()
    return run.summary


def analyse_batch(
    analyzer: Analyzer, batch: list[tuple[str, Article]], seconds: float
) -> tuple[list[Analysis], list[Failure]]:
    """The analyses of a batch of (where, article), in order, and a failure for each article
    that raised or ran over ``seconds`` (0: no limit), named by where it was read.

    The batch runs at once under one budget; if it breaks or runs over, each article runs
    alone with the whole budget, so only the one at fault is lost.
    """
    try:
        with Deadline(seconds):
            return list(analyzer.analyze([article for _, article in batch])), []
    except (Exception, ArticleTimeout):  # find the article at fault below, and name it
        pass
    analyses, failures = [], []
    for where, article in batch:
        try:
            with Deadline(seconds):
                analyses.append(analyzer.analyze_one(article))
        except ArticleTimeout:
            failures.append(_analysis_failure(where, article, f"took longer than {seconds:g} s"))
        except Exception as err:
            failures.append(_analysis_failure(where, article, f"{type(err).__name__}: {err}"))
    return analyses, failures


def _analysis_failure(where: str, article: Article, why: str) -> Failure:
    return Failure(IngestError(where, f"analysis failed on article {article.id}: {why}"))


def _items(sources: Iterable[Source], published: date | None) -> Iterator[_Located | Failure]:
    for source in sources:
        if isinstance(source, Article):
            yield _Located(_name(source), source)
            continue
        for where, item in iter_located([str(source)], published):
            yield item if isinstance(item, Failure) else _Located(where, item)


def _name(article: Article) -> str:
    return article.url or article.title or f"article {article.id}"


class _Run:
    """The state of one ingest: the batch being filled and the ids seen so far."""

    def __init__(
        self,
        store: Store,
        analyzer: Analyzer | None,
        batch_size: int,
        on_progress: Callable[[Summary], None] | None,
        on_failure: Callable[[Failure], None] | None,
        force: bool,
        limits: ArticleLimits,
        on_split: Callable[[IngestError], None] | None,
    ) -> None:
        self.store, self.analyzer, self.batch_size = store, analyzer, max(1, batch_size)
        self.on_progress, self.on_failure, self.force = on_progress, on_failure, force
        self.limits, self.on_split = limits, on_split
        self.summary = Summary()
        self.seen: set[str] = set()
        self.unchecked: list[_Located] = []  # not yet looked up in the store
        self.pending: list[_Located] = []  # to analyse

    def take(self, item: _Located | Failure) -> None:
        if isinstance(item, Failure):
            self._fail(item)
            return
        parts = split_long(item.article, self.limits.max_chars)
        if len(parts) > 1:
            self._note_split(item, len(parts))
        for part in parts:
            self._take_one(_Located(item.where, part))

    def _note_split(self, item: _Located, parts: int) -> None:
        note = IngestError(
            item.where,
            f"article of {len(item.article.text):,} characters split into {parts} parts "
            f'of at most {self.limits.max_chars:,} (stored as "... (part N of {parts})")',
        )
        self.summary.split.append(note)
        if self.on_split is not None:
            self.on_split(note)

    def _take_one(self, item: _Located) -> None:
        if item.article.id in self.seen:
            self.summary.duplicates += 1
        else:
            self.seen.add(item.article.id)
            self.unchecked.append(item)
            if len(self.unchecked) >= self.batch_size:
                self._check()
            while len(self.pending) >= self.batch_size:
                self._process(self.pending[: self.batch_size])
                self.pending = self.pending[self.batch_size :]

    def finish(self) -> None:
        self._check()
        while self.pending:
            self._process(self.pending[: self.batch_size])
            self.pending = self.pending[self.batch_size :]

    def _check(self) -> None:
        """Move the articles the store does not hold yet (for this version) to pending."""
        items, self.unchecked = self.unchecked, []
        done = set() if self.force else self.store.current_ids(i.article.id for i in items)
        self.summary.duplicates += len(done)
        self.pending += [i for i in items if i.article.id not in done]

    def _process(self, batch: list[_Located]) -> None:
        analyzer = self._analyzer()
        started = time.perf_counter()
        analyses = self._analyse(analyzer, batch)
        self.store.write(analyses)
        if analyses:
            # Clusters follow each batch, touching only the groups its events join; a run
            # killed in between leaves those events waiting for the next pass.
            self.summary.incidents += cluster_pending(self.store).incidents
        self.summary.seconds += time.perf_counter() - started
        if not analyses:
            return
        self.summary.stored += len(analyses)
        self.summary.events += sum(len(a.events) for a in analyses)
        if self.on_progress is not None:
            self.on_progress(self.summary)

    def _analyse(self, analyzer: Analyzer, batch: list[_Located]) -> list[Analysis]:
        analyses, failures = analyse_batch(
            analyzer, [(i.where, i.article) for i in batch], self.limits.seconds
        )
        for failure in failures:
            self._fail(failure)
        return analyses

    def _analyzer(self) -> Analyzer:
        if self.analyzer is None:
            from sitrep.analyze import Analyzer

            self.analyzer = Analyzer()
        return self.analyzer

    def _fail(self, failure: Failure) -> None:
        self.summary.failures.append(failure)
        if self.on_failure is not None:
            self.on_failure(failure)
