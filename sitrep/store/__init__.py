"""The store: every layer of every analysed article, behind one interface.

``open_store`` picks the back end from a path or URL; everything above the store
(the CLI, the runner, the exports) speaks only to ``Store`` (see base.py and
docs/ARCHITECTURE.md). DuckDB is the back end today; the serving issue adds
``postgresql://``.
"""

from __future__ import annotations

from pathlib import Path

from sitrep.store.base import (
    ClusterMember,
    EventQuery,
    Near,
    Placed,
    SchemaTooNew,
    Store,
    StoreError,
    StoreNotFound,
)

__all__ = [
    "BACKENDS",
    "ClusterMember",
    "EventQuery",
    "Near",
    "Placed",
    "SchemaTooNew",
    "Store",
    "StoreError",
    "StoreNotFound",
    "open_store",
]

#: URL schemes with a back end; a plain path means a DuckDB file
BACKENDS = ("duckdb", "file")


def open_store(
    url_or_path: str | Path, read_only: bool = False, version: str | None = None
) -> Store:
    """Open the store at a path (a DuckDB file) or URL (``duckdb:///path``, ``file:///path``).

    ``version`` is what is written with each article (default: this build's analysis
    version). A read-only open of a missing store raises StoreNotFound.
    """
    from sitrep import analysis_version

    scheme, path = _split(str(url_or_path))
    if scheme not in BACKENDS:
        raise StoreError(
            f"no store back end for {scheme}:// (known: {', '.join(BACKENDS)}, or a plain path"
            " for a DuckDB file)"
        )
    from sitrep.store.duckdb import DuckDBStore

    return DuckDBStore(path, version or analysis_version(), read_only=read_only)


def _split(target: str) -> tuple[str, str]:
    """The scheme and the rest; a plain path is a DuckDB file."""
    scheme, sep, rest = target.partition("://")
    if not sep:
        return "duckdb", target
    return scheme.lower(), rest
