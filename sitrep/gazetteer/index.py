"""The gazetteer's read-only index: where it lives, and lookups in it.

The index is a SQLite file outside the source tree (``$SITREP_CACHE`` or
``sys.prefix/share/sitrep``) named by a fingerprint of its builder and the curated data, so a
changed builder asks for a new build. Only `sitrep setup` builds it (``sitrep.gazetteer.build``);
opening a missing index fails at once. Each thread gets its own read-only connection, and the
answers are kept for the life of the ``Gazetteer`` object.
"""

from __future__ import annotations

import functools
import hashlib
import os
import re
import sqlite3
import sys
import threading
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from sitrep.gazetteer.names import ADMIN1, ADMIN2, CITY, Candidate, Entry, normalize

BUILD_VERSION = "5"
SEATS = 5  # a unit's biggest towns searched for the one it is named after
DATA = Path(__file__).resolve().parents[1] / "data"
CURATED = DATA / "places_curated.toml"
# The builder's own sources are part of the fingerprint: a change to them asks for a new index.
_BUILDER_SOURCES = ("build.py", "names.py")


class MissingIndex(RuntimeError):
    """The gazetteer index is not built (or was built by another version of the builder)."""


def cache_dir() -> Path:
    if "SITREP_CACHE" in os.environ:
        return Path(os.environ["SITREP_CACHE"])
    return Path(sys.prefix) / "share" / "sitrep"


def _fingerprint() -> str:
    digest = hashlib.sha256(BUILD_VERSION.encode())
    here = Path(__file__).parent
    for path in [
        *(here / name for name in _BUILDER_SOURCES),
        *sorted(DATA.glob("places_curated*.toml")),
    ]:
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def index_path() -> Path:
    return cache_dir() / f"gazetteer-{_fingerprint()}.sqlite"


def open_index(path: Path | None = None) -> Gazetteer:
    """The index at ``path`` (default ``index_path()``); never builds one."""
    path = path or index_path()
    if not path.exists():
        raise MissingIndex(f"the gazetteer index {path} is missing: run `sitrep setup`")
    return Gazetteer(path)


class Gazetteer:
    """Read access to the index; answers are kept for the life of this object."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        self._entries: dict[int, Entry] = {}
        self._keys: dict[str, tuple[Candidate, ...]] = {}
        self._names_in_country: dict[str, dict[str, list[int]]] = {}
        self._names_by_initial: dict[str, dict[str, list[str]]] = {}
        self._names_folded: dict[str, dict[str, list[str]]] = {}
        self._parts: dict[tuple[str, str | None], tuple[tuple[float, float], ...]] = {}
        self._admin1: dict[tuple[str, str], Entry | None] = {}
        self._seats: dict[int, Entry | None] = {}
        self._capitals: dict[str, Entry | None] = {}

    @property
    def con(self) -> sqlite3.Connection:
        """This thread's read-only connection (a SQLite connection is not shared by threads)."""
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True)
            self._local.con = con
        return con

    def lookup(self, keys: Iterable[str]) -> dict[str, tuple[Candidate, ...]]:
        """Candidates for each normalised key (an empty tuple for a key that names nothing)."""
        wanted = {k for k in keys if k}
        missing = [k for k in wanted if k not in self._keys]
        if missing:
            self._fetch(missing)
        return {k: self._keys[k] for k in wanted}

    def _fetch(self, keys: list[str]) -> None:
        found = self._rows(keys)
        self._add_article_forms(found)
        self._add_compass_forms(found)
        self._add_joined_forms(found)
        self._load_entries({pid for hits in found.values() for pid, _ in hits})
        if len(self._keys) > 500_000:
            self._keys.clear()  # a bound on memory for very long runs
        for key, hits in found.items():
            self._keys[key] = tuple(Candidate(self._entries[p], bool(f)) for p, f in hits)

    def _add_article_forms(self, found: dict[str, list[tuple[int, int]]]) -> None:
        """ "El Gezira" where the index knows "Al Gezira" or "Gezira": a key that found nothing
        and begins with an Arabic article is looked up in the article's other forms, taking
        only places' own names ("al-Hara" is not Zawiya, once also called "el Hara") in
        countries of Arabic names ("al-Hara" is no Japanese "Hara")."""
        forms = {key: _article_forms(key) for key, hits in found.items() if not hits}
        forms = {key: other for key, other in forms.items() if other}
        if not forms:
            return
        other = self._rows(sorted({f for fs in forms.values() for f in fs}))
        self._load_entries({pid for hits in other.values() for pid, _ in hits})
        arabic = _arabic_countries()
        for key, spellings in forms.items():
            seen: set[int] = set()
            for form in spellings:
                for pid, primary in other[form]:
                    if primary and pid not in seen and self._entries[pid].country_code in arabic:
                        seen.add(pid)
                        found[key].append((pid, 0))

    def _add_compass_forms(self, found: dict[str, list[tuple[int, int]]]) -> None:
        """ "Northwest region" is also "North-West" (Cameroon's region, written apart in the
        index): a compound compass word is looked up in both writings."""
        forms = {key: _compass_forms(key) for key in found}
        forms = {key: other for key, other in forms.items() if other}
        if not forms:
            return
        other = self._rows(sorted({f for fs in forms.values() for f in fs}))
        for key, spellings in forms.items():
            seen = {pid for pid, _ in found[key]}
            for form in spellings:
                for pid, primary in other[form]:
                    if pid not in seen:
                        seen.add(pid)
                        found[key].append((pid, primary))

    def _add_joined_forms(self, found: dict[str, list[tuple[int, int]]]) -> None:
        """ "Bulo Burde", "Beled Weyne", "Mya Waddy": a name the text writes in two or three
        words and the index in one ("Buloburde") is looked up in that one word, when the
        words as written found nothing; only places' own names ("Ceel Dheere" of the
        village "Ceel Dheere Cusub" is no town once written "Ceeldheere")."""
        forms = {key: _joined_form(key) for key, hits in found.items() if not hits}
        forms = {key: joined for key, joined in forms.items() if joined}
        if not forms:
            return
        other = self._rows(sorted(set(forms.values())))
        for key, joined in forms.items():
            found[key].extend((pid, primary) for pid, primary in other[joined] if primary)

    def _rows(self, keys: list[str]) -> dict[str, list[tuple[int, int]]]:
        found: dict[str, list[tuple[int, int]]] = {k: [] for k in keys}
        for chunk in _chunks(keys, 500):
            marks = ",".join("?" * len(chunk))
            rows = self.con.execute(
                f"SELECT key, pid, primary_name FROM name WHERE key IN ({marks})", chunk
            )
            for key, pid, primary in rows:
                found[key].append((pid, primary))
        return found

    def _load_entries(self, pids: set[int]) -> None:
        todo = [p for p in pids if p not in self._entries]
        for chunk in _chunks(todo, 500):
            marks = ",".join("?" * len(chunk))
            for row in self.con.execute(f"SELECT * FROM place WHERE pid IN ({marks})", chunk):
                self._entries[row[0]] = Entry(*row)

    def names_in_country(self, cc: str) -> dict[str, list[int]]:
        """Name keys of the country's regions and towns, for misspelling search."""
        if cc not in self._names_in_country:
            names: dict[str, list[int]] = {}
            rows = self.con.execute("SELECT key, pid FROM fuzzy_name WHERE cc = ?", (cc,))
            for key, pid in rows:
                names.setdefault(key, []).append(pid)
            self._names_in_country[cc] = names
        return self._names_in_country[cc]

    def names_by_initial(self, cc: str) -> dict[str, list[str]]:
        """The country's name keys of ``names_in_country``, grouped by their first letter."""
        if cc not in self._names_by_initial:
            grouped: dict[str, list[str]] = defaultdict(list)
            for key in self.names_in_country(cc):
                grouped[key[0]].append(key)
            self._names_by_initial[cc] = dict(grouped)
        return self._names_by_initial[cc]

    def names_folded(self, cc: str, fold: Callable[[str], str]) -> dict[str, list[str]]:
        """The country's name keys of ``names_in_country`` by their folded spelling (``fold``
        is always the same one: the places stage's spelling folds)."""
        if cc not in self._names_folded:
            grouped: dict[str, list[str]] = defaultdict(list)
            for key in self.names_in_country(cc):
                grouped[fold(key)].append(key)
            self._names_folded[cc] = dict(grouped)
        return self._names_folded[cc]

    def parts_of(self, cc: str, admin1: str | None) -> tuple[tuple[float, float], ...]:
        """Points of a country's first-level regions, or of an admin1's towns: its extent."""
        if (cc, admin1) not in self._parts:
            if admin1 is None:
                rows = self.con.execute(
                    "SELECT lat, lon FROM place WHERE cc = ? AND kind = ?", (cc, ADMIN1)
                )
            else:
                rows = self.con.execute(
                    "SELECT lat, lon FROM place WHERE cc = ? AND admin1 = ? AND kind = ?",
                    (cc, admin1, CITY),
                )
            self._parts[(cc, admin1)] = tuple(rows)
        return self._parts[(cc, admin1)]

    def admin1_entry(self, cc: str, admin1: str) -> Entry | None:
        """The first-level division a town's ``admin1`` names."""
        if (cc, admin1) not in self._admin1:
            row = self.con.execute(
                "SELECT * FROM place WHERE cc = ? AND admin1 = ? AND fcode = 'ADM1' LIMIT 1",
                (cc, admin1),
            ).fetchone()
            self._admin1[(cc, admin1)] = Entry(*row) if row else None
        return self._admin1[(cc, admin1)]

    def seat_of(self, unit: Entry) -> Entry | None:
        """The town a province or district is named after, as its seat usually is ("Maru" of
        Maru district): of the unit's biggest towns, the first whose name also names the unit.
        ``None`` for other kinds, or where no such town is known."""
        if unit.kind not in (ADMIN1, ADMIN2) or not unit.country_code or not unit.admin1:
            return None
        if unit.pid not in self._seats:
            query = "SELECT * FROM place WHERE cc = ? AND kind = ? AND admin1 = ?"
            params: tuple = (unit.country_code, CITY, unit.admin1)
            if unit.kind == ADMIN2:
                query += " AND admin2 = ?"
                params += (unit.admin2,)
            rows = self.con.execute(f"{query} ORDER BY population DESC LIMIT ?", (*params, SEATS))
            towns = [Entry(*row) for row in rows]
            names = self.lookup(normalize(t.name) for t in towns)
            self._seats[unit.pid] = next(
                (
                    t
                    for t in towns
                    if any(c.entry.pid == unit.pid for c in names.get(normalize(t.name), ()))
                ),
                None,
            )
        return self._seats[unit.pid]

    def capital_of(self, cc: str) -> Entry | None:
        """The country's capital (GeoNames' PPLC), or None where the index has none."""
        if cc not in self._capitals:
            row = self.con.execute(
                "SELECT * FROM place WHERE cc = ? AND fcode = 'PPLC' "
                "ORDER BY population DESC LIMIT 1",
                (cc,),
            ).fetchone()
            self._capitals[cc] = Entry(*row) if row else None
        return self._capitals[cc]

    def entry(self, pid: int) -> Entry:
        self._load_entries({pid})
        return self._entries[pid]

    def by_geonameid(self, geonameid: int) -> Entry | None:
        row = self.con.execute(
            "SELECT * FROM place WHERE geonameid = ? ORDER BY kind LIMIT 1", (geonameid,)
        ).fetchone()
        return Entry(*row) if row else None


_ARTICLE = re.compile(r"^(?:al|el) (?=\S{3})")


JOINED_MIN_WORD = 3  # "Mya Waddy" is Myawaddy; shorter pieces join into too many chance names
# Words that qualify a name rather than spell part of it: "South Central district" is no
# "Southcentral", a "Tri-State" area no town once called "Tristate".
UNJOINED_WORDS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "central",
        "northern",
        "southern",
        "eastern",
        "western",
        "tri",
        "mid",
        "upper",
        "lower",
        "greater",
    ]
)


def _joined_form(key: str) -> str | None:
    """The one-word writing of a key of two or three words of letters, else None."""
    words = key.split()
    if not 2 <= len(words) <= 3 or not all(
        len(w) >= JOINED_MIN_WORD and w.isalpha() and w not in UNJOINED_WORDS for w in words
    ):
        return None
    return "".join(words)


def _article_forms(key: str) -> list[str]:
    """The other spellings of a key that begins with an Arabic article: "el gezira" as
    "al gezira" and "gezira" (English news writes al-, el- or none for one name); a key of
    one word without it is also looked up with it ("qamishli" as "al qamishli")."""
    if not _ARTICLE.match(key):
        return _with_article(key)
    rest = key[3:]
    return [form for form in (f"al {rest}", f"el {rest}", rest) if form != key]


_SUN_LETTERS = ("sh", "th", "dh", "t", "d", "r", "z", "s", "n")


def _with_article(key: str) -> list[str]:
    """A one-word key with the article it may have dropped: "qamishli" as "al qamishli", and
    as the article sounds before a sun letter ("nabk" as "an nabk", "shihr" as "ash shihr")."""
    if len(key) < 4 or " " in key:
        return []
    sun = next((letters for letters in _SUN_LETTERS if key.startswith(letters)), None)
    return [f"al {key}"] + ([f"a{sun} {key}"] if sun else [])


_COMPASS = re.compile(r"\b(north|south) ?(east|west)(ern)?\b")


def _compass_forms(key: str) -> list[str]:
    """The other writing of a compound compass word: "northwest" and "north west"."""
    if not _COMPASS.search(key):
        return []
    joined = _COMPASS.sub(r"\1\2\3", key)
    apart = _COMPASS.sub(r"\1 \2\3", key)
    return [form for form in (joined, apart) if form != key]


@functools.cache
def _arabic_countries() -> frozenset[str]:
    lines = (DATA / "places_arabic_countries.tsv").read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def _chunks(items: list, size: int) -> Iterator[list]:
    for i in range(0, len(items), size):
        yield items[i : i + size]
