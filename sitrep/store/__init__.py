"""The store: every layer of every analysed article, behind one interface.

``open_store`` picks the back end from a path or URL; everything above the store
(the CLI, the runner, the exports) speaks only to ``Store`` (see base.py and
docs/ARCHITECTURE.md): a DuckDB file for one machine (duckdb.py), a PostgreSQL
database for a team's server (postgres.py), with one schema (schema.py) and the
same reads (sql.py).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from sitrep.store.base import (
    ClusterMember,
    EventQuery,
    Near,
    Placed,
    SchemaTooNew,
    Store,
    StoreError,
    StoreNotFound,
    check_bbox,
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
    "check_bbox",
    "local_path",
    "open_store",
    "redact",
]

#: URL schemes with a back end; a plain path means a DuckDB file
BACKENDS = ("duckdb", "file", "postgresql", "postgres")
POSTGRES_SCHEMES = ("postgresql", "postgres")


def open_store(
    url_or_path: str | Path, read_only: bool = False, version: str | None = None
) -> Store:
    """Open the store at a path (a DuckDB file) or URL (``duckdb:///path``, ``file:///path``,
    ``postgresql://user:password@host:port/database``).

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
    if scheme in POSTGRES_SCHEMES:
        from sitrep.store.postgres import PostgresStore

        return PostgresStore(str(url_or_path), version or analysis_version(), read_only=read_only)
    from sitrep.store.duckdb import DuckDBStore

    return DuckDBStore(path, version or analysis_version(), read_only=read_only)


def local_path(url_or_path: str | Path) -> Path | None:
    """The file of a DuckDB store; None for a store on a server (PostgreSQL)."""
    scheme, path = _split(str(url_or_path))
    return Path(path) if scheme in ("duckdb", "file") else None


def _split(target: str) -> tuple[str, str]:
    """The scheme and the rest; a plain path is a DuckDB file."""
    scheme, sep, rest = target.partition("://")
    if not sep:
        return "duckdb", target
    return scheme.lower(), rest


def redact(url_or_path: str | Path) -> str:
    """The store's address without its password, for messages and logs."""
    target = str(url_or_path)
    if "://" not in target:
        return target
    parts = urlsplit(target)
    if parts.password is None:
        return target
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(parts._replace(netloc=f"{parts.username}:***@{host}"))
