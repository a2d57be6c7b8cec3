"""The offline gazetteer: built once from PyPI packages into a compact SQLite index.

``build`` writes the index (run by `sitrep setup`); ``index`` reads it, one read-only
connection per thread; ``names`` holds what both share; ``centres`` gives the point of an
event known only to its country. The names below are what the places
stage and evaluation read.
"""

from sitrep.gazetteer.centres import country_centre
from sitrep.gazetteer.index import Gazetteer, MissingIndex, cache_dir, index_path, open_index
from sitrep.gazetteer.names import (
    ABBREV_PREFIX,
    ADMIN1,
    ADMIN2,
    CITY,
    CONTINENT,
    COUNTRY,
    DEMONYM_PREFIX,
    KIND_FCODE,
    REGION,
    Candidate,
    Entry,
    abbrev_key,
    distance_km,
    is_latin,
    normalize,
)

__all__ = [
    "ABBREV_PREFIX",
    "ADMIN1",
    "ADMIN2",
    "CITY",
    "CONTINENT",
    "COUNTRY",
    "DEMONYM_PREFIX",
    "KIND_FCODE",
    "REGION",
    "Candidate",
    "Entry",
    "Gazetteer",
    "MissingIndex",
    "abbrev_key",
    "cache_dir",
    "country_centre",
    "distance_km",
    "index_path",
    "is_latin",
    "normalize",
    "open_index",
]
