"""A shard's analysis and its results on disk: Parquet partitioned by publication date.

``analyse_shard`` runs where the model is (this process or a Dask worker) and returns plain
records, the JSON contract of ``Analysis.to_dict`` with the article's text. The client
writes them under ``DIR/articles/published=YYYY-MM-DD/KEY.parquet`` (one file per shard and
day, each written whole and renamed into place) and then ``DIR/shards/KEY.json``, the
shard's manifest. A shard with a manifest is analysed; a run killed before it wrote one
analyses that shard again, overwriting whatever half of it was there. ``load`` reads the
files back as Analyses for the store's bulk write.

Layers are kept as JSON text columns: the round trip is exact (the store gets the very
record the analysis made) and DuckDB or pandas read them as they are.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sitrep.model import (
    Analysis,
    Article,
    DateMention,
    Event,
    Location,
    MediaRef,
    Place,
    Quote,
    Sourcing,
    Span,
)
from sitrep.runner.local import analyse_batch
from sitrep.runner.shards import Located

if TYPE_CHECKING:
    from sitrep.analyze import Analyzer

#: the layers of the record, each a JSON column of the results
LAYERS = ("places", "dates", "quotes", "media", "events")
HEADER = ("id", "title", "url", "outlet", "text")


@dataclass
class ShardResult:
    """What analysing one shard gave: a record per article, a reason per article that failed."""

    key: str
    records: list[dict[str, Any]] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)  # (where, why)
    version: str = ""  # the analysis version of the code that ran
    seconds: float = 0.0
    worker: str = ""  # who analysed it (process id, or a Dask worker's address)


def analyse_shard(
    analyzer: Analyzer,
    key: str,
    items: list[Located],
    version: str,
    seconds: float,
    worker: str = "",
) -> ShardResult:
    """Analyse the articles as `sitrep ingest` does (``analyse_batch``): if one breaks the
    batch or runs over ``seconds`` (0: no limit), each alone, naming and skipping the one at
    fault."""
    started = time.perf_counter()
    result = ShardResult(key, version=version, worker=worker or f"pid {os.getpid()}")
    analyses, failures = analyse_batch(analyzer, [(i.where, i.article) for i in items], seconds)
    result.failures = [(f.error.where, f.error.message) for f in failures]
    result.records = [to_record(a) for a in analyses]
    result.seconds = time.perf_counter() - started
    return result


def to_record(analysis: Analysis) -> dict[str, Any]:
    record = analysis.to_dict()
    article = analysis.article
    return {
        "id": article.id,
        "published": article.published.isoformat(),
        "title": article.title,
        "url": article.url,
        "outlet": article.outlet,
        "text": article.text,
    } | {layer: json.dumps(record[layer], ensure_ascii=False) for layer in LAYERS}


def from_record(record: dict[str, Any]) -> Analysis:
    """The Analysis a record was made from (the layers the record keeps)."""
    article = Article(
        text=record["text"],
        published=date.fromisoformat(str(record["published"])),
        title=record["title"],
        url=record["url"],
        outlet=record["outlet"],
        id=record["id"],
    )
    layers = {layer: json.loads(record[layer]) for layer in LAYERS}
    return Analysis(
        article=article,
        places=[Place(**p) for p in layers["places"]],
        dates=[DateMention(**d) for d in layers["dates"]],
        sources=Sourcing(
            quotes=[Quote(**q) for q in layers["quotes"]],
            media=[MediaRef(**m) for m in layers["media"]],
        ),
        events=[_event(e) for e in layers["events"]],
    )


def _event(data: dict[str, Any]) -> Event:
    location = data["location"]
    return Event(
        **{k: v for k, v in data.items() if k not in ("location", "evidence")},
        location=Location(**location) if location else None,
        evidence=Span(**data["evidence"]),
    )


class ResultsDir:
    """The folder a run writes its results and manifests to."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)
        self.articles = self.root / "articles"
        self.shards = self.root / "shards"

    def manifest(self, key: str) -> dict[str, Any] | None:
        """The manifest of an analysed shard, or None if it is still to analyse."""
        try:
            return json.loads((self.shards / f"{key}.json").read_text())
        except (OSError, ValueError):
            return None

    def forget(self, key: str) -> None:
        """Drop a shard's manifest, so that the next run analyses it again."""
        (self.shards / f"{key}.json").unlink(missing_ok=True)

    def write(self, result: ShardResult) -> dict[str, Any]:
        """The shard's Parquet files (one per day), then its manifest, each renamed into place."""
        import pyarrow as pa
        import pyarrow.parquet as pq

        by_day: dict[str, list[dict[str, Any]]] = {}
        for record in result.records:
            by_day.setdefault(record["published"], []).append(record)
        for day, records in sorted(by_day.items()):
            folder = self.articles / f"published={day}"
            folder.mkdir(parents=True, exist_ok=True)
            columns = {name: [r[name] for r in records] for name in (*HEADER, *LAYERS)}
            table = pa.table(columns, schema=_schema())
            target = folder / f"{result.key}.parquet"
            partial = target.with_suffix(".parquet.partial")
            pq.write_table(table, partial, compression="zstd")
            os.replace(partial, target)
        manifest = {
            "key": result.key,
            "articles": len(result.records),
            "days": sorted(by_day),
            "failures": [list(f) for f in result.failures],
            "version": result.version,
        }
        self.shards.mkdir(parents=True, exist_ok=True)
        _write_atomically(self.shards / f"{result.key}.json", json.dumps(manifest) + "\n")
        return manifest

    def load(self, key: str, manifest: dict[str, Any]) -> Iterator[Analysis]:
        """The Analyses of an analysed shard, day by day."""
        import pyarrow.parquet as pq

        for day in manifest["days"]:
            table = pq.read_table(self.articles / f"published={day}" / f"{key}.parquet")
            for record in table.to_pylist():
                yield from_record(record | {"published": day})


def _schema() -> Any:
    import pyarrow as pa

    return pa.schema([(name, pa.string()) for name in (*HEADER, *LAYERS)])


def _write_atomically(path: Path, text: str) -> None:
    partial = path.with_name(path.name + ".partial")
    with open(partial, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, path)
