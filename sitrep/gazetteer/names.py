"""What the gazetteer's builder and its index share: the kinds of place, the entries, and the
lookup key of a name."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

# Kinds of entry, in the order news usually means them when a name is shared.
COUNTRY, ADMIN1, ADMIN2, CITY, REGION, CONTINENT = 0, 1, 2, 3, 4, 5
KIND_FCODE = {COUNTRY: "PCLI", ADMIN1: "ADM1", ADMIN2: "ADM2", CITY: "PPL", CONTINENT: "CONT"}

_APOSTROPHES = re.compile(r"[’'`ʼʹ′‘\u02bb\u02bf\u02be]")
_NON_WORD = re.compile(r"[^\w]+")
# Names beyond Latin Extended are kept out of the index: English news writes places in Latin script.
_LATIN_MAX = 0x024F
# ... but the romanisations of Arabic, Persian and Pashto names use letters past it: "Ḩ", "ḑ",
# "ṟ" (Latin Extended Additional), the "ə" of Azerbaijani and the "ʻ" of an ayn ("Kunaṟ",
# "Tāʻizz", "Şalāḩ ad Dīn" would otherwise be known by no primary name). Vietnamese tone
# letters (U+1EA0 on) stay out.
_LATIN_MORE = ((0x0250, 0x02FF), (0x1E00, 0x1E9F))


def normalize(name: str) -> str:
    """The lookup key of a name: 'Mar'yinka' and 'Maryinka' share one, as do 'Kyïv' and 'Kyiv'."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _APOSTROPHES.sub("", text).replace(".", "")
    return _NON_WORD.sub(" ", text.casefold()).strip()


def drop_apostrophes(text: str) -> str:
    """'Ryazan’' as 'Ryazan': the apostrophes ``normalize`` drops, and nothing else."""
    return _APOSTROPHES.sub("", text)


def is_latin(name: str) -> bool:
    return all(ord(ch) <= _LATIN_MAX or not ch.isalpha() or _latin_more(ch) for ch in name)


def _latin_more(ch: str) -> bool:
    return any(low <= ord(ch) <= high for low, high in _LATIN_MORE)


@dataclass(slots=True, frozen=True)
class Entry:
    """One gazetteer place."""

    pid: int
    geonameid: int | None
    name: str
    country_code: str | None
    admin1: str | None
    admin2: str | None
    lat: float
    lon: float
    feature_code: str
    population: int
    kind: int


@dataclass(slots=True, frozen=True)
class Candidate:
    """An entry reached through one name; ``primary`` when that name is the entry's own."""

    entry: Entry
    primary: bool


ABBREV_PREFIX = "abbr:"


def abbrev_key(text: str) -> str:
    """Abbreviations keep their periods: 'La.' is Louisiana, 'L.A.' is not."""
    return ABBREV_PREFIX + re.sub(r"\s+", "", text.casefold())


DEMONYM_PREFIX = "dem:"


DEMONYM_PREFIX = "dem:"


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))
