"""Shards: the inputs of `sitrep run` cut into runs of consecutive articles, each with a key.

The client reads every input (JSON Lines, CSV, Parquet, folders of any format `sitrep
ingest` reads) with the readers of ``sitrep.ingest``, drops a story read twice, and cuts
the stream into shards of ``size`` articles. A shard's key is a digest of the analysis
version and its article ids: the same inputs give the same shards on every run, so a rerun
knows which shards it has already analysed (see ``results``), and a changed extractor
makes new keys. Reading is cheap beside analysis, so the client reads and the workers only
analyse: a worker needs no access to the input files.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date

from sitrep.ingest import Failure, IngestError, is_url, iter_located, split_long
from sitrep.model import Article
from sitrep.runner.budget import ArticleLimits

SHARD_SIZE = 64


@dataclass(slots=True)
class Located:
    """An article and the file it was read from, to name it if its analysis fails."""

    where: str
    article: Article


@dataclass(slots=True)
class Shard:
    """Consecutive articles of the input; ``key`` names its results on disk."""

    key: str
    items: list[Located]

    @property
    def ids(self) -> list[str]:
        return [item.article.id for item in self.items]

    def span(self) -> str:
        """Where the shard's articles came from, for a message about the whole shard."""
        first, last = self.items[0].where, self.items[-1].where
        return first if first == last else f"{first} .. {last}"


@dataclass(slots=True)
class Duplicate:
    """An article already read earlier in this run (the same text, so the same id)."""

    where: str


def shard_key(version: str, ids: Iterable[str]) -> str:
    digest = hashlib.sha256(version.encode())
    for article_id in ids:
        digest.update(b"\n" + article_id.encode())
    return digest.hexdigest()[:20]


def check_sources(sources: Iterable[str]) -> list[str]:
    """Why each source cannot be a shard input (URLs and standard input are `sitrep
    ingest`'s, not a batch job's); an empty list when all can."""
    problems = []
    for source in sources:
        if source == "-" or is_url(source):
            problems.append(f"{source}: `sitrep run` reads files and folders; use `sitrep ingest`")
        elif not os.path.exists(source):
            problems.append(f"{source}: no such file or folder")
    return problems


def count_articles(sources: Iterable[str], published: date | None = None) -> int:
    """How many articles the inputs hold (duplicates included): the progress bar's total."""
    return sum(1 for _, item in iter_located(sources, published) if isinstance(item, Article))


def iter_shards(
    sources: Iterable[str],
    version: str,
    size: int = SHARD_SIZE,
    published: date | None = None,
    max_chars: int | None = None,
) -> Iterator[Shard | Failure | Duplicate]:
    """The shards of the inputs in reading order, with the bad records (as Failures, named by
    file and line) and the stories read twice (as Duplicates) as they come.

    Only the ids seen so far are kept, and one shard of articles, so memory stays flat in
    the number of inputs. An article over ``max_chars`` (by default data/article_limits.toml)
    comes as its parts, as in `sitrep ingest`.
    """
    limit = ArticleLimits.load().max_chars if max_chars is None else max_chars
    seen: set[str] = set()
    items: list[Located] = []
    for where, item in _split_articles(iter_located(sources, published), limit):
        if isinstance(item, Failure):
            yield item
        elif item.id in seen:
            yield Duplicate(where)
        else:
            seen.add(item.id)
            items.append(Located(where, item))
            if len(items) >= max(1, size):
                yield Shard(shard_key(version, (i.article.id for i in items)), items)
                items = []
    if items:
        yield Shard(shard_key(version, (i.article.id for i in items)), items)


def _split_articles(
    located: Iterable[tuple[str, Article | Failure]], max_chars: int
) -> Iterator[tuple[str, Article | Failure]]:
    for where, item in located:
        parts = [item] if isinstance(item, Failure) else split_long(item, max_chars)
        for part in parts:
            yield where, part


def failure(where: str, message: str) -> Failure:
    return Failure(IngestError(where, message))
