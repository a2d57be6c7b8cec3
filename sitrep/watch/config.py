"""SOURCES.toml: what to watch, how often, and whom to tell about what.

    [[feed]]                      # RSS or Atom
    url = "https://example.org/world.rss"
    interval = "15m"              # "30s", "15m", "2h"; default 15m
    [[page]]                      # one page, stored again whenever its text changes
    url = "https://example.org/live"
    interval = "5m"
    [[alert]]
    name = "Kharkiv"
    place = "Kharkiv"             # or bbox = [min_lon, min_lat, max_lon, max_lat],
    radius_km = 50                # or country = "UA" / admin1 = "Kharkiv"
    types = ["Explosions/Remote violence"]   # event types or sub-event types; any if absent
    min_fatalities = 1
    actors = ["Russia"]           # a part of either actor's name
    webhook = "https://hooks.example.org/sitrep"
    file = "alerts.jsonl"
    email = ["desk@example.org"]

``[settings]`` and ``[smtp]`` are optional tables (see ``Settings`` and ``Smtp``). A mistake is a
ConfigError naming the file, the table and the key.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sitrep.store import check_bbox

DEFAULT_INTERVAL_S = 15 * 60.0
_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?\s*$")
_UNITS = {"ms": 0.001, "s": 1.0, "m": 60.0, "h": 3600.0, "d": 86400.0, None: 1.0}


class ConfigError(ValueError):
    """A SOURCES.toml that cannot be used; says where and why."""


@dataclass(frozen=True, slots=True)
class Source:
    """A feed or a page to poll every ``interval`` seconds."""

    url: str
    kind: str  # "feed" or "page"
    interval: float = DEFAULT_INTERVAL_S
    fetch_links: bool = True  # fetch an item's page when the feed holds only a summary


@dataclass(frozen=True, slots=True)
class Area:
    """Where a rule looks: any of a bbox, a point with a radius, a country, an admin1."""

    bbox: tuple[float, float, float, float] | None = None
    place: str | None = None
    point: tuple[float, float] | None = None  # lat, lon of ``place``, from the gazetteer
    radius_km: float | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    admin1: str | None = None


@dataclass(frozen=True, slots=True)
class Rule:
    """An ``[[alert]]``: which incidents, and where to send them."""

    name: str
    area: Area = field(default_factory=Area)
    types: tuple[str, ...] = ()
    min_fatalities: int = 0
    actors: tuple[str, ...] = ()
    webhook: str | None = None
    file: Path | None = None
    email: tuple[str, ...] = ()

    def channels(self) -> list[str]:
        """The names under which each destination's sent alerts are kept."""
        kinds = [("webhook", self.webhook), ("file", self.file), ("email", self.email)]
        return [f"{self.name}:{kind}" for kind, target in kinds if target]


@dataclass(frozen=True, slots=True)
class Settings:
    """``[settings]``: the limits of fetching and the pace of polling."""

    max_bytes: int = 10_000_000
    timeout: float = 20.0  # one fetch, every redirect and the body included
    host_delay: float = 1.0  # the least time between two requests to one host
    max_backoff: float = 3600.0  # the longest wait after repeated errors
    min_text_chars: int = 400  # an item with less text than this is a summary
    webhook_tries: int = 4
    webhook_backoff: float = 2.0  # first wait between tries, doubled each time
    workers: int = 4  # hosts fetched at once (one request at a time per host)


@dataclass(frozen=True, slots=True)
class Smtp:
    """``[smtp]``: the mail server for email alerts; credentials come from the environment
    (SITREP_SMTP_USER, SITREP_SMTP_PASSWORD), never from the file."""

    host: str = "localhost"
    port: int = 587
    sender: str = "sitrep@localhost"
    starttls: bool = True
    ca_file: str | None = None  # a CA bundle to trust beside the system's (a private relay)
    timeout: float = 20.0


@dataclass(frozen=True, slots=True)
class WatchConfig:
    path: Path
    sources: tuple[Source, ...]
    rules: tuple[Rule, ...] = ()
    settings: Settings = field(default_factory=Settings)
    smtp: Smtp | None = None


def parse_duration(value: Any, where: str) -> float:
    """Seconds from "30s", "15m", "2h", "1d", "500ms" or a number of seconds."""
    if isinstance(value, int | float) and not isinstance(value, bool) and value > 0:
        return float(value)
    match = _DURATION.match(str(value)) if isinstance(value, str) else None
    if not match or float(match.group(1)) <= 0:
        raise ConfigError(f'{where}: {value!r} is not a duration (like "30s", "15m", "2h")')
    return float(match.group(1)) * _UNITS[match.group(2)]


def load_config(path: str | Path, resolve_place: Any = None) -> WatchConfig:
    """Read and check SOURCES.toml. ``resolve_place(name, country)`` gives (lat, lon) for a
    rule's ``place``; by default the gazetteer's most populous place of that name."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise ConfigError(f"{path}: cannot read ({err.strerror})") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as err:
        raise ConfigError(f"{path}: not valid TOML ({err})") from None
    known = {"feed", "page", "alert", "settings", "smtp"}
    for key in data:
        if key not in known:
            raise ConfigError(f"{path}: unknown table {key!r} (known: {', '.join(sorted(known))})")
    sources = tuple(
        _source(item, kind, f"{path}: [[{kind}]] {i}")
        for kind in ("feed", "page")
        for i, item in enumerate(_tables(data, kind, path), 1)
    )
    if not sources:
        raise ConfigError(f"{path}: nothing to watch (add a [[feed]] or [[page]] with a url)")
    rules = tuple(
        _rule(item, f"{path}: [[alert]] {i}", resolve_place or gazetteer_point)
        for i, item in enumerate(_tables(data, "alert", path), 1)
    )
    names = [r.name for r in rules]
    if len(set(names)) != len(names):
        raise ConfigError(f"{path}: two [[alert]] tables share a name; each needs its own")
    smtp = _smtp(data["smtp"], f"{path}: [smtp]") if "smtp" in data else None
    if smtp is None and any(r.email for r in rules):
        raise ConfigError(f"{path}: an [[alert]] sends email but there is no [smtp] table")
    settings = _settings(data.get("settings", {}), f"{path}: [settings]")
    return WatchConfig(path, sources, rules, settings, smtp)


def _tables(data: dict[str, Any], kind: str, path: Path) -> list[dict[str, Any]]:
    items = data.get(kind, [])
    if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
        raise ConfigError(f"{path}: {kind} must be an array of tables, written [[{kind}]]")
    return items


def _check_keys(item: dict[str, Any], allowed: set[str], where: str) -> None:
    for key in item:
        if key not in allowed:
            raise ConfigError(f"{where}: unknown key {key!r} (known: {', '.join(sorted(allowed))})")


def _source(item: dict[str, Any], kind: str, where: str) -> Source:
    _check_keys(item, {"url", "interval", "fetch_links"}, where)
    url = item.get("url")
    if not isinstance(url, str) or not url.lower().startswith(("http://", "https://")):
        raise ConfigError(f"{where}: url must be an http(s) URL, not {url!r}")
    interval = parse_duration(item.get("interval", DEFAULT_INTERVAL_S), f"{where}: interval")
    return Source(url, kind, interval, bool(item.get("fetch_links", True)))


_RULE_KEYS = {
    "name", "bbox", "place", "radius_km", "country", "admin1", "types", "min_fatalities",
    "actors", "webhook", "file", "email",
}  # fmt: skip


def _rule(item: dict[str, Any], where: str, resolve_place: Any) -> Rule:
    _check_keys(item, _RULE_KEYS, where)
    name = item.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ConfigError(f"{where}: every [[alert]] needs a name")
    where = f"{where} ({name})"
    email = item.get("email") or ()
    email = (email,) if isinstance(email, str) else tuple(email)
    webhook = item.get("webhook")
    if webhook is not None and not str(webhook).lower().startswith(("http://", "https://")):
        raise ConfigError(f"{where}: webhook must be an http(s) URL, not {webhook!r}")
    rule = Rule(
        name=name.strip(),
        area=_area(item, where, resolve_place),
        types=_strings(item.get("types"), f"{where}: types"),
        min_fatalities=_count(item.get("min_fatalities", 0), f"{where}: min_fatalities"),
        actors=_strings(item.get("actors"), f"{where}: actors"),
        webhook=webhook,
        file=Path(item["file"]) if item.get("file") else None,
        email=email,
    )
    if not rule.channels():
        raise ConfigError(f"{where}: no destination (give webhook, file or email)")
    return rule


def _area(item: dict[str, Any], where: str, resolve_place: Any) -> Area:
    bbox = item.get("bbox")
    if bbox is not None:
        try:
            bbox = tuple(float(v) for v in bbox)
            check_bbox(bbox)
        except (TypeError, ValueError) as err:
            raise ConfigError(f"{where}: bbox: {err}") from None
    country = _country(item.get("country"), where) if item.get("country") else None
    place, point, radius = item.get("place"), None, item.get("radius_km")
    if place is not None:
        if not isinstance(radius, int | float) or radius <= 0:
            raise ConfigError(f"{where}: place needs radius_km, a number of kilometres above 0")
        point = resolve_place(str(place), country)
        if point is None:
            raise ConfigError(f"{where}: place {place!r} is not in the gazetteer")
    elif radius is not None:
        raise ConfigError(f"{where}: radius_km needs a place")
    admin1 = str(item["admin1"]).strip() if item.get("admin1") else None
    return Area(bbox, place, point, float(radius) if radius else None, country, admin1)


def _country(value: Any, where: str) -> str:
    """An ISO alpha-2 code from a code or a name ("UA", "UKR", "Ukraine")."""
    import pycountry

    try:
        return pycountry.countries.lookup(str(value).strip()).alpha_2
    except LookupError:
        raise ConfigError(f"{where}: country {value!r} is not a country name or code") from None


def _strings(value: Any, where: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ConfigError(f"{where}: a list of names is expected")
    return tuple(v.strip() for v in value)


def _count(value: Any, where: str) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise ConfigError(f"{where}: a whole number from 0 is expected, not {value!r}")
    return value


def _settings(item: Any, where: str) -> Settings:
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: must be a table")
    durations = {"timeout", "host_delay", "max_backoff", "webhook_backoff"}
    counts = {"max_bytes", "min_text_chars", "webhook_tries", "workers"}
    _check_keys(item, durations | counts, where)
    values: dict[str, Any] = {}
    for key, value in item.items():
        if key in durations:
            zero = value in (0, "0", "0s")
            values[key] = 0.0 if zero else parse_duration(value, f"{where} {key}")
        else:
            values[key] = _count(value, f"{where} {key}")
    return Settings(**values)


def _smtp(item: Any, where: str) -> Smtp:
    if not isinstance(item, dict):
        raise ConfigError(f"{where}: must be a table")
    _check_keys(item, {"host", "port", "from", "starttls", "ca_file", "timeout"}, where)
    if "password" in item or "user" in item:
        raise ConfigError(f"{where}: credentials come from SITREP_SMTP_USER/SITREP_SMTP_PASSWORD")
    return Smtp(
        host=str(item.get("host", "localhost")),
        port=_count(item.get("port", 587), f"{where} port"),
        sender=str(item.get("from", "sitrep@localhost")),
        starttls=bool(item.get("starttls", True)),
        ca_file=str(item["ca_file"]) if item.get("ca_file") else None,
        timeout=parse_duration(item.get("timeout", 20.0), f"{where} timeout"),
    )


def gazetteer_point(name: str, country: str | None) -> tuple[float, float] | None:
    """The most populous gazetteer town of that name (in ``country`` when given), else the
    most populous place."""
    from sitrep.gazetteer import CITY, normalize, open_index

    key = normalize(name)
    candidates = open_index().lookup([key]).get(key, ())
    entries = [c.entry for c in candidates if country is None or c.entry.country_code == country]
    if not entries:
        return None
    # a town before the province of the same name (Kharkiv the city, not the oblast)
    best = max(entries, key=lambda e: (e.kind == CITY, e.population))
    return best.lat, best.lon
