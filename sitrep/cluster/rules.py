"""The thresholds and tables of ``sitrep/data/clustering.toml``, read once into ``Rules``."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True)
class Rules:
    """When two reports are one incident, and how reports are blocked to find candidates."""

    max_gap_days: int
    max_span_days: int
    tight_span_days: int
    window_days: int
    town_km: float
    district_km: float
    same_district_km: float
    region_with_finer: bool
    cell_degrees: float
    km_per_day: float
    other_sub_type: float
    other_type: float
    vague_per_day: float
    same_sub_type_only: frozenset[str]
    near_pairs: frozenset[frozenset[str]]
    unspecific_actors: tuple[str, ...]
    loose_actors: tuple[tuple[re.Pattern[str], str], ...]

    def widest_km(self) -> float:
        return max(self.town_km, self.district_km, self.same_district_km)


def rules_from(data: dict[str, Any]) -> Rules:
    dates, places, types, actors = data["dates"], data["places"], data["types"], data["actors"]
    incident = data["incident"]
    rules = Rules(
        max_gap_days=int(dates["max_gap_days"]),
        max_span_days=int(dates["max_span_days"]),
        tight_span_days=int(dates["tight_span_days"]),
        window_days=int(dates["window_days"]),
        town_km=float(places["town_km"]),
        district_km=float(places["district_km"]),
        same_district_km=float(places["same_district_km"]),
        region_with_finer=bool(places["region_with_finer"]),
        cell_degrees=float(places["cell_degrees"]),
        km_per_day=float(incident["km_per_day"]),
        other_sub_type=float(incident["other_sub_type"]),
        other_type=float(incident["other_type"]),
        vague_per_day=float(incident["vague_per_day"]),
        same_sub_type_only=frozenset(types["same_sub_type_only"]),
        near_pairs=frozenset(frozenset(pair) for pair in types["near_pairs"]),
        unspecific_actors=tuple(actors["unspecific"]),
        loose_actors=tuple((re.compile(p), r) for p, r in actors["loose"]),
    )
    # Blocking finds every pair only if a cell is at least as wide as the widest match and a
    # window at least as long as the widest gap; a data file that breaks this is refused.
    if rules.cell_degrees * 111.0 < rules.widest_km():
        raise ValueError("clustering.toml: cell_degrees is narrower than the widest distance")
    if rules.window_days <= rules.max_gap_days:
        raise ValueError("clustering.toml: window_days must exceed max_gap_days")
    return rules


def load_rules(path: Path | None = None) -> Rules:
    """The rules of ``path``, or of the packaged data file."""
    if path is None:
        text = resources.files("sitrep.data").joinpath("clustering.toml").read_text("utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    return rules_from(tomllib.loads(text))
