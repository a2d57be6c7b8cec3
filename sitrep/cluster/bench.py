"""Clustering at scale on synthetic reports: ``python -m sitrep.cluster.bench [N] [BATCH]``.

Incidents are scattered round a few hundred hotspots over three years, each told by one to
four articles whose dates, places and types drift the way outlets' do; then the whole set is
clustered at once (the rebuild) and a further batch of new reports is added to it (the
incremental path). Prints one JSON object: wall and CPU seconds, peak memory.
"""

from __future__ import annotations

import json
import random
import resource
import sys
import time
from datetime import date
from typing import Any

from sitrep.cluster.linking import Clustering
from sitrep.cluster.rules import Rules, load_rules
from sitrep.cluster.similarity import Report

_TYPES = [
    ("Battles", "Armed clash"),
    ("Explosions/Remote violence", "Air/drone strike"),
    ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    ("Explosions/Remote violence", "Remote explosive/landmine/IED"),
    ("Violence against civilians", "Attack"),
    ("Violence against civilians", "Abduction/forced disappearance"),
    ("Protests", "Peaceful protest"),
    ("Protests", "Protest with intervention"),
    ("Riots", "Violent demonstration"),
    ("Strategic developments", "Arrests"),
]
_FIRST_DAY = date(2022, 1, 1).toordinal()
_DAYS = 3 * 365


class SyntheticReports:
    """Synthetic reports, reproducible from a seed."""

    def __init__(self, seed: int, hotspots: int = 300) -> None:
        self.random = random.Random(seed)
        rnd = self.random
        self.hotspots = [(rnd.uniform(-35, 60), rnd.uniform(-120, 140)) for _ in range(hotspots)]
        self.outlets = [f"outlet-{i}" for i in range(60)]
        self.serial = 0

    def incident(self) -> list[Report]:
        rnd = self.random
        lat0, lon0 = rnd.choice(self.hotspots)
        lat = round(lat0 + rnd.gauss(0, 1.5), 2)
        lon = round(lon0 + rnd.gauss(0, 1.5), 2)
        day = _FIRST_DAY + rnd.randrange(_DAYS)
        kind = rnd.choice(_TYPES)
        precision = rnd.choices((1, 2, 3), weights=(7, 2, 1))[0]
        return [self._report(lat, lon, day, kind, precision) for _ in range(rnd.randint(1, 4))]

    def _report(
        self, lat: float, lon: float, day: int, kind: tuple[str, str], precision: int
    ) -> Report:
        rnd = self.random
        self.serial += 1
        article = f"{self.serial:016x}"
        start = day - (rnd.random() < 0.2)
        span = rnd.choices((0, 1, 6, 30), weights=(80, 10, 7, 3))[0]
        town = int((lat + 90) * 20) * 10000 + int((lon + 180) * 20)
        published = date.fromordinal(day + rnd.randint(0, 3)).isoformat()
        return Report(
            event_id=f"{article}-000",
            article_id=article,
            published=published,
            outlet=rnd.choice(self.outlets),
            event_type=kind[0],
            sub_event_type=kind[1],
            start=start,
            end=start + span,
            lat=lat + rnd.uniform(-0.02, 0.02),
            lon=lon + rnd.uniform(-0.02, 0.02),
            precision=precision,
            geonameid=town if precision < 3 else int(lat) * 1000 + int(lon),
            country=f"C{int(lat) // 5}{int(lon) // 5}",
            admin1=f"R{int(lat)}{int(lon)}",
            admin2=None,
            actor1=rnd.choice((None, "state:a", "group b")),
            actor2=None,
        )

    def reports(self, n: int) -> list[Report]:
        """The next ``n`` reports, whole incidents at a time (the last may be cut short)."""
        out: list[Report] = []
        while len(out) < n:
            out.extend(self.incident())
        return out[:n]


def _peak_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def run(n: int = 1_000_000, batch: int = 1000, rules: Rules | None = None) -> dict[str, Any]:
    rules = rules or load_rules()
    generator = SyntheticReports(seed=12)
    reports = generator.reports(n)
    extra = generator.reports(batch)
    started, cpu = time.perf_counter(), time.process_time()
    clustering = Clustering.rebuilt(reports, rules)
    rebuild_s, rebuild_cpu = time.perf_counter() - started, time.process_time() - cpu
    started, cpu = time.perf_counter(), time.process_time()
    clustering.add(extra)
    batch_s, batch_cpu = time.perf_counter() - started, time.process_time() - cpu
    return {
        "reports": n,
        "clusters": len({a.cluster for a in clustering.assigned.values()}),
        "groups": len(clustering.groups),
        "rebuild_s": round(rebuild_s, 2),
        # CPU seconds of the one core used: the wall clock of a shared machine overstates
        "rebuild_cpu_s": round(rebuild_cpu, 2),
        "rebuild_reports_per_cpu_s": round(n / rebuild_cpu),
        "batch": batch,
        "batch_s": round(batch_s, 3),
        "batch_cpu_s": round(batch_cpu, 3),
        "peak_rss_mb": _peak_mb(),
    }


if __name__ == "__main__":
    args = [int(a) for a in sys.argv[1:]]
    print(json.dumps(run(*args)))
