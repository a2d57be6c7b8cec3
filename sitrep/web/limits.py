"""The API's limits and the taxonomy its filters are checked against."""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

#: rows of one page of /events: the default and the most a client may ask for
DEFAULT_PAGE_SIZE = 500
MAX_PAGE_SIZE = 10_000
#: bytes of one POST /articles body, and articles in it (each is analysed before the answer)
MAX_UPLOAD_BYTES = 2_000_000
MAX_ARTICLES_PER_POST = 50

_TAXONOMY_FILE = Path(__file__).resolve().parent.parent / "data" / "event_triggers.toml"


@cache
def taxonomy() -> dict[str, list[str]]:
    """ACLED's event types, each with its sub-event types, as the analysis reads them."""
    with _TAXONOMY_FILE.open("rb") as handle:
        return dict(tomllib.load(handle)["taxonomy"])
