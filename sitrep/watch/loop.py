"""The watcher: cycles of fetching what is due, storing what is new, alerting, one log line.

A cycle has two fetching rounds, each run on a few threads with one request at a time per host
(``HostGate``): the due feeds and pages (conditional GET with the ETag and Last-Modified kept
in the store), then the linked pages of new items that hold only a summary. Between and after
them the main thread reads the store: which items were seen, what to ingest (through the
runner, or the server's writer), which incidents the new articles touched, which alerts are
due. A source that fails waits twice as long each time (up to ``max_backoff``); a 429 or 503
with Retry-After waits what the server asks, and so does every other request to that host.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from sitrep.fetch import FetchError, FetchPolicy, Reply, fetch, host_of
from sitrep.ingest import IngestError
from sitrep.model import Article
from sitrep.runner import Summary
from sitrep.store.watch import WatchStore
from sitrep.watch.alerts import Alerts
from sitrep.watch.channels import Channels
from sitrep.watch.config import Source, WatchConfig
from sitrep.watch.feeds import Item, feed_items, item_article, page_article, page_key

if TYPE_CHECKING:
    from sitrep.analyze import Analyzer

log = logging.getLogger("sitrep.watch")

#: how many cycles a linked page may fail for a passing reason before the summary is stored
LINK_TRIES = 3

Ingest = Callable[[Sequence[Article]], Summary]


@dataclass
class CycleReport:
    """What one cycle did (its log line)."""

    number: int = 0
    fetched: int = 0
    not_modified: int = 0
    new_items: int = 0
    stored: int = 0
    events: int = 0
    incidents: int = 0
    alerts: int = 0
    alert_failures: int = 0
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def line(self) -> str:
        return (
            f"cycle {self.number}: {self.fetched} fetched ({self.not_modified} not modified),"
            f" {self.new_items} new items, {self.stored} articles stored, {self.events} events,"
            f" {self.incidents} incidents, {self.alerts} alerts sent"
            f" ({self.alert_failures} failed), {len(self.errors)} errors, {self.seconds:.1f} s"
        )


class HostGate:
    """One request at a time per host, ``delay`` apart, and no request before a host's
    Retry-After has passed."""

    def __init__(self, delay: float) -> None:
        self.delay = delay
        self._guard = threading.Lock()
        self._locks: dict[str, threading.Lock] = {}
        self._not_before: dict[str, float] = {}

    @contextmanager
    def turn(self, host: str) -> Iterator[None]:
        with self._guard:
            lock = self._locks.setdefault(host, threading.Lock())
        with lock:
            wait = self._not_before.get(host, 0.0) - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            try:
                yield
            finally:
                later = time.monotonic() + self.delay
                self._not_before[host] = max(self._not_before.get(host, 0.0), later)

    def held(self, host: str) -> float:
        """Seconds until ``host`` may be asked again, beyond the politeness delay (a
        Retry-After); 0 when it may be asked now."""
        left = self._not_before.get(host, 0.0) - time.monotonic()
        return left if left > self.delay else 0.0

    def hold(self, host: str, seconds: float) -> None:
        """No request to ``host`` for ``seconds`` (a Retry-After)."""
        self._not_before[host] = max(self._not_before.get(host, 0.0), time.monotonic() + seconds)


@dataclass
class _Due:
    """A source's schedule: when it is due and how many times in a row it failed."""

    at: float = 0.0
    failures: int = 0


@dataclass
class _Polled:
    """A source's fetch: its reply (None if not modified or failed) and its error."""

    source: Source
    reply: Reply | None = None
    error: FetchError | None = None


@dataclass
class _Pending:
    """A new item of a source, and the article it becomes (once its page is fetched)."""

    source: Source
    item: Item
    article: Article | None = None
    done: bool = False  # nothing more to fetch; mark seen once stored
    error: str | None = None  # why its linked page was not read


class Watcher:
    """Runs cycles over a store; ``ingest`` stores articles (default: the local runner)."""

    def __init__(
        self,
        config: WatchConfig,
        store: WatchStore,
        *,
        ingest: Ingest | None = None,
        allow_private: bool | None = None,
        analyzer: Analyzer | None = None,
    ) -> None:
        self.config, self.store = config, store
        settings = config.settings
        self.policy = FetchPolicy(
            max_bytes=settings.max_bytes, timeout_s=settings.timeout, allow_private=allow_private
        )
        self.analyzer = analyzer
        self.ingest = ingest or self._ingest_locally
        self.gate = HostGate(settings.host_delay)
        self.alerts = Alerts(config.rules, Channels(settings, self.policy, config.smtp))
        self.due = {s.url: _Due() for s in config.sources}
        self.link_failures: dict[str, int] = {}
        self.cycles = 0
        self.pool = ThreadPoolExecutor(max(1, settings.workers), thread_name_prefix="sitrep-watch")

    def close(self) -> None:
        self.pool.shutdown(wait=True)

    def run(
        self,
        once: bool = False,
        stop: threading.Event | None = None,
        on_cycle: Callable[[CycleReport], None] | None = None,
    ) -> None:
        """Cycles until ``stop`` is set (or one, with ``once``: every source fetched)."""
        stop = stop or threading.Event()
        while not stop.is_set():
            report = self.cycle(everything=once)
            if on_cycle is not None:
                on_cycle(report)
            if once:
                return
            stop.wait(max(0.05, self.next_due() - time.monotonic()))

    def next_due(self) -> float:
        return min(d.at for d in self.due.values())

    def cycle(self, everything: bool = False) -> CycleReport:
        """Fetch the due sources, store what is new, send the alerts due; log one line."""
        started = time.monotonic()
        self.cycles += 1
        report = CycleReport(number=self.cycles)
        due = [s for s in self.config.sources if everything or self.due[s.url].at <= started]
        known = {s.url: self.store.watch_source(s.url) for s in due}
        pending: list[_Pending] = []
        validators: dict[str, tuple[str | None, str | None]] = {}
        for polled in self.pool.map(lambda s: self._poll(s, known[s.url]), due):
            pending += self._take(polled, report, validators)
        list(self.pool.map(self._complete, [p for p in pending if not p.done]))
        report.errors += [p.error for p in pending if p.error]
        stored = self._store(pending, report)
        if stored is not None:
            self._keep_validators(validators, pending)
        try:
            report.alerts, report.alert_failures = self.alerts.check(
                self.store, self._touched(stored or [])
            )
        except Exception as err:  # an alert's bug must not stop the watching
            report.errors.append(f"alerts: {type(err).__name__}: {err}")
        report.seconds = time.monotonic() - started
        for error in report.errors:
            log.warning("%s", error)
        log.info("%s", report.line())
        return report

    # -- the first round: the sources themselves ------------------------------------------

    def _poll(self, source: Source, known: dict | None) -> _Polled:
        """Fetch one source, conditionally on what it answered last (worker thread)."""
        headers = {}
        if known:
            if known.get("etag"):
                headers["if-none-match"] = known["etag"]
            if known.get("last_modified"):
                headers["if-modified-since"] = known["last_modified"]
        host = host_of(source.url)
        try:
            self._not_held(source.url, host)
            with self.gate.turn(host):
                reply = fetch(source.url, self.policy, headers)
            return _Polled(source, reply)
        except FetchError as err:
            if err.retry_after is not None and err.status in (429, 503):
                self.gate.hold(host, err.retry_after)
            return _Polled(source, error=err)

    def _take(
        self,
        polled: _Polled,
        report: CycleReport,
        validators: dict[str, tuple[str | None, str | None]],
    ) -> list[_Pending]:
        """Schedule the source again; the new items of its answer (main thread)."""
        source, due, now = polled.source, self.due[polled.source.url], time.monotonic()
        if polled.error is not None:
            due.failures += 1
            backoff = min(source.interval * 2**due.failures, self.config.settings.max_backoff)
            due.at = now + max(backoff, polled.error.retry_after or 0.0)
            report.errors.append(f"{source.url}: {polled.error.message}")
            return []
        due.failures, due.at = 0, now + source.interval
        reply = polled.reply
        assert reply is not None
        report.fetched += 1
        if reply.status == 304:
            report.not_modified += 1
            return []
        try:
            fresh = self._fresh(source, reply)
        except IngestError as err:
            report.errors.append(str(err))
            return []
        validators[source.url] = (reply.headers.get("etag"), reply.headers.get("last-modified"))
        report.new_items += len(fresh)
        return fresh

    def _fresh(self, source: Source, reply: Reply) -> list[_Pending]:
        today = date.today()
        if source.kind == "page":
            article = page_article(reply.body, source.url, None, today)
            key = page_key(article)
            if self.store.seen_items(source.url, [key]):
                return []
            item = Item(key, source.url, article.title, article.text, True, None, article.outlet)
            return [_Pending(source, item, article, done=True)]
        items = feed_items(reply.body, source.url, self.config.settings.min_text_chars)
        seen = self.store.seen_items(source.url, [i.key for i in items])
        fresh = [_Pending(source, i) for i in items if i.key not in seen]
        for pending in fresh:
            if pending.item.full or not pending.item.link or not source.fetch_links:
                pending.article, pending.done = item_article(pending.item, today), True
        return fresh

    def _not_held(self, url: str, host: str) -> None:
        """A FetchError, without asking, while the host's Retry-After runs (a cycle never
        sleeps through one: the source is due again when it ends)."""
        left = self.gate.held(host)
        if left:
            message = f"{host} asked to wait (Retry-After): {left:.0f} s left, not asked"
            raise FetchError(url, message, retry_after=left, passing=True)

    # -- the second round: linked pages of summary-only items -------------------------------

    def _complete(self, pending: _Pending) -> None:
        """Fetch the page an item links to (worker thread); its summary if the page fails
        for good (or too many times)."""
        link = pending.item.link
        assert link is not None
        host = host_of(link)
        try:
            self._not_held(link, host)
            with self.gate.turn(host):
                reply = fetch(link, self.policy)
            pending.article = page_article(reply.body, link, pending.item, date.today())
            pending.done = True
        except (FetchError, IngestError) as err:
            passing = isinstance(err, FetchError) and err.passing
            if isinstance(err, FetchError) and err.status in (429, 503) and err.retry_after:
                self.gate.hold(host, err.retry_after)
            tries = self.link_failures[link] = self.link_failures.get(link, 0) + 1
            if not passing or tries >= LINK_TRIES:  # for good: the feed's summary is stored
                self.link_failures.pop(link, None)
                pending.article = item_article(pending.item, date.today())
                pending.done = True
            pending.error = f"{link}: linked page not read ({getattr(err, 'message', err)})"

    # -- storing and alerting ---------------------------------------------------------------

    def _keep_validators(
        self, validators: dict[str, tuple[str | None, str | None]], pending: list[_Pending]
    ) -> None:
        """Keep what each source answered, for the next conditional GET; not for a source with
        items still waiting for their page (a 304 would hide them next time)."""
        waiting = {p.source.url for p in pending if not p.done}
        for url, (etag, modified) in validators.items():
            if url not in waiting:
                self.store.save_watch_source(url, etag, modified)

    def _store(self, pending: list[_Pending], report: CycleReport) -> list[str] | None:
        """Ingest the finished items' articles, then mark those items seen; the stored ids
        (None when storing failed: everything is tried again next cycle)."""
        done = [p for p in pending if p.done]
        articles = [p.article for p in done if p.article is not None]
        if articles:
            try:
                summary = self.ingest(articles)
            except Exception as err:  # the store or the model failed: try again next cycle
                why = f"{type(err).__name__}: {err}"
                report.errors.append(f"storing {len(articles)} articles: {why}")
                return None
            report.stored += summary.stored
            report.events += summary.events
            report.incidents += summary.incidents
            report.errors += [str(f.error) for f in summary.failures]
        by_source: dict[str, list[tuple[str, str | None]]] = {}
        for p in done:
            by_source.setdefault(p.source.url, []).append(
                (p.item.key, p.article.id if p.article else None)
            )
        for url, items in by_source.items():
            self.store.mark_seen(url, items)
        return [a.id for a in articles]

    def _touched(self, article_ids: list[str]) -> list[str]:
        """The incidents the events of these articles belong to."""
        incidents: dict[str, None] = {}
        for article_id in article_ids:
            analysis = self.store.article(article_id)
            for event in analysis.events if analysis else []:
                row = self.store.event(event.id)
                if row and row.get("cluster_id"):
                    incidents[row["cluster_id"]] = None
        return list(incidents)

    def _ingest_locally(self, articles: Sequence[Article]) -> Summary:
        from sitrep import runner

        if self.analyzer is None:
            from sitrep.analyze import Analyzer

            self.analyzer = Analyzer()
        return runner.ingest(articles, self.store, analyzer=self.analyzer)


def watch_in_background(
    config: WatchConfig, store: WatchStore, ingest: Ingest, allow_private: bool | None = None
) -> Callable[[], None]:
    """Run a watcher on a thread of its own over a session of ``store`` (a server's), storing
    through ``ingest`` (the server's one writer); returns the function that stops it."""
    session = store.session()
    watcher = Watcher(config, session, ingest=ingest, allow_private=allow_private)  # type: ignore[arg-type]
    stop = threading.Event()

    def run() -> None:
        try:
            watcher.run(stop=stop)
        except Exception:  # said in the log: the server goes on answering
            log.exception("the watcher stopped")

    thread = threading.Thread(target=run, name="sitrep-watch", daemon=True)
    thread.start()

    def finish() -> None:
        stop.set()
        thread.join(timeout=60)
        watcher.close()
        session.close()

    return finish
