"""The application layer: what turns inputs into stored records, apart from any front end.

The CLI calls it today; a feed watcher or a web service would call the same
functions. ``local`` streams articles into the store in this process; ``jobs``
is the batch job of `sitrep run` (``shards`` in, ``results`` as Parquet, the
store in bulk) on an engine: this process, or Dask workers (``dask``, imported
only when asked for). See docs/ARCHITECTURE.md.
"""

from sitrep.runner.budget import ArticleLimits, ArticleTimeout, Deadline
from sitrep.runner.local import BATCH_SIZE, Source, Summary, analyse_batch, ingest

__all__ = [
    "BATCH_SIZE",
    "ArticleLimits",
    "ArticleTimeout",
    "Deadline",
    "Source",
    "Summary",
    "analyse_batch",
    "ingest",
]
