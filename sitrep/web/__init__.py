"""The web layer: an HTTP API and the map page over the store, served by one process.

As in Datasette, the web layer stands apart from the database layer: it speaks only
to the ``Store`` interface (sitrep/store/base.py), so DuckDB and PostgreSQL serve
alike. ``create_app`` builds the application; `sitrep serve` runs it with uvicorn.
"""

from sitrep.web.app import create_app

__all__ = ["create_app"]
