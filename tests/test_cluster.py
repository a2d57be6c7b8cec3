"""Clustering: each rule of sitrep/data/clustering.toml merges or keeps apart, the blocks find
every pair the rules would merge, batches give what a rebuild gives, and ids are stable."""

from __future__ import annotations

import itertools
import math
import random
from dataclasses import replace
from datetime import date, timedelta

import pytest

from sitrep.cluster import (
    Clustering,
    Report,
    assign,
    build_incident,
    cluster,
    load_rules,
    report_of,
    same_incident,
)
from sitrep.cluster.bench import SyntheticReports
from sitrep.cluster.blocking import BlockIndex, place_keys
from sitrep.cluster.rules import rules_from
from sitrep.model import Event, Location, Span

RULES = load_rules()
TAXONOMY = {
    "Battles": [
        "Armed clash",
        "Government regains territory",
        "Non-state actor overtakes territory",
    ],
    "Explosions/Remote violence": [
        "Chemical weapon",
        "Air/drone strike",
        "Suicide bomb",
        "Shelling/artillery/missile attack",
        "Remote explosive/landmine/IED",
        "Grenade",
    ],
    "Violence against civilians": ["Sexual violence", "Attack", "Abduction/forced disappearance"],
    "Protests": [
        "Peaceful protest",
        "Protest with intervention",
        "Excessive force against protesters",
    ],
    "Riots": ["Violent demonstration", "Mob violence"],
    "Strategic developments": [
        "Agreement",
        "Arrests",
        "Change to group/activity",
        "Disrupted weapons use",
        "Headquarters or base established",
        "Looting/property destruction",
        "Non-violent transfer of territory",
        "Other",
    ],
}
KYIV = (50.45, 30.52)
DAY = date(2024, 3, 5)
_serial = itertools.count()


def east(point: tuple[float, float], km: float) -> tuple[float, float]:
    """A point ``km`` east of ``point``."""
    lat, lon = point
    return lat, lon + km / (111.32 * math.cos(math.radians(lat)))


def event(
    sub: str = "Air/drone strike",
    kind: str = "Explosions/Remote violence",
    at: tuple[float, float] = KYIV,
    precision: int = 1,
    geonameid: int | None = 703448,
    admin1: str | None = "Kyiv City",
    admin2: str | None = None,
    start: date = DAY,
    days: int = 0,
    actor1: str | None = "Military Forces of Russia (2000-)",
    actor2: str | None = "Civilians (Ukraine)",
    fatalities: int | None = None,
    article: str | None = None,
    index: int = 0,
) -> Event:
    """An event of its own article unless ``article`` is given."""
    article = article or f"art{next(_serial):013d}"
    location = Location("place", geonameid, "UA", admin1, admin2, at[0], at[1], precision)
    return Event(
        id=f"{article}-{index:03d}",
        event_type=kind,
        sub_event_type=sub,
        date_start=start.isoformat(),
        date_end=(start + timedelta(days=days)).isoformat(),
        time_precision=1 if days == 0 else 2,
        location=location,
        actor1=actor1,
        actor2=actor2,
        fatalities=fatalities,
        reported_by=["officials"],
        evidence=Span("text", 0, 4),
        confidence=0.9,
    )


def report(e: Event, published: date = DAY, outlet: str | None = None) -> Report:
    return report_of(e, published.isoformat(), outlet, RULES)


def merged(a: Event, b: Event) -> bool:
    """Whether the two events end up in one cluster (through blocking and linking)."""
    ids = cluster([report(a), report(b)], RULES)
    return ids[a.id] == ids[b.id]


# --- the rules, each both ways -------------------------------------------------------------


def test_one_incident_from_two_articles_merges_but_not_within_one_article() -> None:
    assert merged(event(), event())
    assert not merged(event(article="a" * 16), event(article="a" * 16, index=1))


def test_dates_merge_within_the_gap_and_not_beyond() -> None:
    gap = RULES.max_gap_days
    assert merged(event(), event(start=DAY + timedelta(days=gap)))
    assert not merged(event(), event(start=DAY + timedelta(days=gap + 1)))
    assert not merged(event(), event(start=DAY + timedelta(days=7)))  # a week later


def test_a_range_too_vague_joins_nothing() -> None:
    assert not merged(event(), event(start=DAY, days=RULES.max_span_days + 1))


def test_a_loose_range_joins_only_the_same_sub_type_at_the_same_place() -> None:
    days = RULES.tight_span_days + 1
    assert days <= RULES.max_span_days
    assert merged(event(), event(start=DAY - timedelta(days=2), days=days))
    shelling = "Shelling/artillery/missile attack"
    assert not merged(event(), event(sub=shelling, start=DAY - timedelta(days=2), days=days))
    elsewhere = event(geonameid=1, at=east(KYIV, RULES.town_km / 2), start=DAY, days=days)
    assert not merged(event(), elsewhere)
    # the same pair with tight dates merges: it was the vague range that kept it apart
    assert merged(event(sub=shelling), event())


def test_towns_merge_within_town_km_and_not_beyond() -> None:
    near = event(geonameid=1, at=east(KYIV, RULES.town_km * 0.6))
    far = event(geonameid=2, at=east(KYIV, RULES.town_km * 1.5))
    assert merged(event(), near)
    assert not merged(event(), far)


def test_the_same_night_in_two_cities_stays_apart() -> None:
    kharkiv = event(geonameid=706483, at=(49.99, 36.23), admin1="Kharkiv")
    assert not merged(event(), kharkiv)


def test_district_precision_merges_within_district_km_or_the_same_district() -> None:
    district = {"precision": 2, "geonameid": None, "admin2": "Raion A"}
    assert merged(event(), event(at=east(KYIV, RULES.district_km * 0.8), **district))
    between = (RULES.district_km + RULES.same_district_km) / 2
    assert merged(event(admin2="Raion A"), event(at=east(KYIV, between), **district))
    other = {"precision": 2, "geonameid": None, "admin2": "Raion B"}
    assert not merged(event(admin2="Raion A"), event(at=east(KYIV, between), **other))
    beyond = RULES.same_district_km * 1.3
    assert not merged(event(admin2="Raion A"), event(at=east(KYIV, beyond), **district))


def test_regions_merge_only_when_both_are_region_level() -> None:
    region = {"precision": 3, "geonameid": 99, "admin1": "Kyiv Oblast"}
    assert merged(event(**region), event(at=east(KYIV, 40), **region))
    other = {"precision": 3, "geonameid": 98, "admin1": "Chernihiv Oblast"}
    assert not merged(event(**region), event(at=east(KYIV, 40), **other))
    town = event(admin1="Kyiv Oblast")
    assert merged(event(**region), town) == RULES.region_with_finer


def test_types_merge_when_equal_or_a_near_pair_and_not_otherwise() -> None:
    kinds = {sub: kind for kind, subs in TAXONOMY.items() for sub in subs}
    for pair in RULES.near_pairs:
        a, b = sorted(pair)
        assert merged(event(sub=a, kind=kinds[a]), event(sub=b, kind=kinds[b])), pair
    assert not merged(event(), event(sub="Peaceful protest", kind="Protests"))
    assert merged(event(), event(sub="Shelling/artillery/missile attack"))


def test_same_sub_type_only_types_need_the_same_sub_type() -> None:
    kind = "Strategic developments"
    assert kind in RULES.same_sub_type_only
    assert merged(event(sub="Agreement", kind=kind), event(sub="Agreement", kind=kind))
    assert not merged(event(sub="Agreement", kind=kind), event(sub="Other", kind=kind))


def test_actors_merge_unless_they_contradict() -> None:
    ukraine = "Military Forces of Ukraine (2019-)"
    assert not merged(event(), event(actor1=ukraine))
    assert merged(event(), event(actor1=None))
    assert merged(event(), event(actor1=RULES.unspecific_actors[0] + " (Ukraine)"))
    # roles swapped by one outlet, and soldiers called police by another
    assert merged(event(), event(actor1="Civilians (Ukraine)", actor2=event().actor1))
    swapped = {"actor1": "Hamas", "actor2": "Military Forces of Israel (2022-)"}
    assert merged(event(actor1=swapped["actor2"], actor2="Hamas"), event(**swapped))
    # a victim left unnamed by one outlet does not let another perpetrator through a swap
    israel = swapped["actor2"]
    assert not merged(event(actor1="Hezbollah"), event(actor1=israel))
    assert merged(event(), event(actor1="Police Forces of Russia (2000-)"))


def test_rules_refuse_blocks_narrower_than_a_match() -> None:
    import tomllib
    from importlib import resources

    data = tomllib.loads(resources.files("sitrep.data").joinpath("clustering.toml").read_text())
    data["places"]["cell_degrees"] = RULES.widest_km() / 111.0 / 2
    with pytest.raises(ValueError, match="cell_degrees"):
        rules_from(data)


def test_the_nearer_of_two_places_wins_a_report_both_could_take() -> None:
    here = event(article="d" * 16, index=0, geonameid=1)
    there = event(article="d" * 16, index=1, geonameid=2, at=east(KYIV, RULES.town_km * 0.9))
    between = event(geonameid=None, at=east(KYIV, RULES.town_km * 0.3))
    for first, second in ((here, there), (there, here)):
        ids = cluster([report(e) for e in (first, second, between)], RULES)
        assert ids[between.id] == ids[here.id] != ids[there.id]


# --- blocking, linking, ids -----------------------------------------------------------------


def _components(reports: list[Report]) -> dict[str, str]:
    """Components of the rules over every pair, without blocks: what the groups must equal."""
    root = {r.event_id: r.anchor for r in reports}
    for a, b in itertools.combinations(reports, 2):
        ra, rb = root[a.event_id], root[b.event_id]
        if ra != rb and same_incident(a, b, RULES):
            low = min(ra, rb)
            for key, value in root.items():
                if value in (ra, rb):
                    root[key] = low
    return root


def _random_reports(where: tuple[float, float], n: int, seed: int) -> list[Report]:
    rnd = random.Random(seed)
    reports = []
    for i in range(n):
        point = (where[0] + rnd.uniform(-0.5, 0.5), where[1] + rnd.uniform(-1.5, 1.5))
        point = (point[0], (point[1] + 180.0) % 360.0 - 180.0)
        e = event(
            at=point,
            geonameid=rnd.choice((None, 1, 2)),
            precision=rnd.choice((1, 1, 2, 3)),
            admin1=rnd.choice(("R1", "R2")),
            start=DAY + timedelta(days=rnd.randrange(6)),
            days=rnd.choice((0, 0, 1, 5)),
            admin2=rnd.choice(("A", "B")),
            article=f"b{i // 2:015d}",
            index=i % 2,
        )
        reports.append(report(e))
    return reports


@pytest.mark.parametrize("where", [(48.0, 35.0), (71.0, 60.0), (0.0, 179.97)])
def test_blocks_find_every_pair_the_rules_merge(where: tuple[float, float]) -> None:
    reports = _random_reports(where, 160, seed=7)
    groups = {k: v.group for k, v in assign(reports, RULES).items()}
    assert groups == _components(reports)
    assert len(set(groups.values())) < len(reports)  # the set does hold merges


@pytest.mark.parametrize("where", [(48.0, 35.0), (71.0, 60.0), (0.0, 179.97)])
def test_a_store_asked_for_the_wanted_cells_gives_every_partner(
    where: tuple[float, float],
) -> None:
    reports = _random_reports(where, 240, seed=3)
    batch, stored = reports[:40], reports[40:]
    cells, regions = BlockIndex(RULES, batch).wanted()

    def fetched(r: Report) -> bool:
        cell, region = place_keys(r, RULES)
        for key, wanted in ((cell, cells), (region, regions)):
            first, last = wanted.get(key or "", (1, 0))
            if r.end >= first and r.start <= last:
                return True
        return False

    partners = [r for r in stored if any(same_incident(r, b, RULES) for b in batch)]
    assert partners and all(fetched(r) for r in partners)
    assert not all(fetched(r) for r in _random_reports((-30.0, -60.0), 50, seed=4))


def test_clusters_keep_an_incident_whole() -> None:
    reports = _random_reports((48.0, 35.0), 300, seed=11)
    ids = cluster(reports, RULES)
    members: dict[str, list[Report]] = {}
    for r in reports:
        members.setdefault(ids[r.event_id], []).append(r)
    assert any(len(m) > 2 for m in members.values())
    for group in members.values():
        assert len({r.article_id for r in group}) == len(group)
        assert max(r.start for r in group) - min(r.end for r in group) <= RULES.max_gap_days


def test_a_vague_report_joins_one_incident_and_does_not_glue_two() -> None:
    monday = [event(), event()]
    thursday = [event(start=DAY + timedelta(days=3)) for _ in range(2)]
    week = event(start=DAY - timedelta(days=1), days=6)  # "last week", covering both
    reports = [report(e) for e in [*monday, *thursday, week]]
    ids = cluster(reports, RULES)
    assert ids[monday[0].id] == ids[monday[1].id]
    assert ids[thursday[0].id] == ids[thursday[1].id]
    assert ids[monday[0].id] != ids[thursday[0].id]
    assert ids[week.id] in (ids[monday[0].id], ids[thursday[0].id])
    # daily strikes on one town: one group (each day matches the next), one incident a day
    daily = [event(start=DAY + timedelta(days=d)) for d in range(6) for _ in range(2)]
    found = assign([report(e) for e in daily], RULES)
    assert len({a.group for a in found.values()}) == 1
    assert len({a.cluster for a in found.values()}) >= 3


def test_two_events_of_one_article_stay_apart_even_through_a_third() -> None:
    drone = event(article="c" * 16, index=0)
    shelling = event(sub="Shelling/artillery/missile attack", article="c" * 16, index=1)
    shelling.date_start = shelling.date_end = (DAY - timedelta(days=1)).isoformat()
    retold = event()  # matches both
    ids = cluster([report(e) for e in (drone, shelling, retold)], RULES)
    assert ids[drone.id] != ids[shelling.id]
    assert ids[retold.id] == ids[drone.id]  # the closer match: same type, same day


def test_cluster_id_is_the_first_reports_anchor_and_stable_under_order() -> None:
    reports = SyntheticReports(seed=3).reports(3000)
    ids = cluster(reports, RULES)
    shuffled = list(reports)
    random.Random(1).shuffle(shuffled)
    assert cluster(shuffled, RULES) == ids
    members: dict[str, list[Report]] = {}
    for r in reports:
        members.setdefault(ids[r.event_id], []).append(r)
    assert any(len(m) > 1 for m in members.values())
    for cluster_id, group in members.items():
        assert cluster_id == min(r.anchor for r in group)


def test_batches_give_what_a_rebuild_gives() -> None:
    reports = SyntheticReports(seed=5).reports(4000)
    shuffled = list(reports)
    random.Random(2).shuffle(shuffled)  # later reports arrive first: groups get renamed
    clustering = Clustering(RULES)
    retired = 0
    for start in range(0, len(shuffled), 500):
        retired += len(clustering.add(shuffled[start : start + 500]).retired_groups)
    assert retired > 0
    assert clustering.assigned == assign(reports, RULES)
    rebuilt = Clustering.rebuilt(reports[:3000], RULES)
    rebuilt.add(reports[3000:])
    assert rebuilt.assigned == clustering.assigned
    assert rebuilt.groups == clustering.groups


# --- the incident record --------------------------------------------------------------------


def test_incident_takes_the_most_precise_of_its_members() -> None:
    vague = event(precision=2, geonameid=None, days=1, fatalities=5)
    exact = event(fatalities=3, actor1=None)
    third = event(fatalities=5, start=DAY + timedelta(days=1))
    fourth = event(fatalities=3)
    members = [
        (vague, report(vague, DAY, "Wire")),
        (exact, report(exact, DAY + timedelta(days=1), "Daily")),
        (third, report(third, DAY + timedelta(days=2), "Weekly")),
        (fourth, report(fourth, DAY + timedelta(days=2), "Wire")),
    ]
    ids = cluster([r for _, r in members], RULES)
    assert len(set(ids.values())) == 1
    incident = build_incident(ids[vague.id], members)
    assert incident.location is not None and incident.location.precision == 1
    assert incident.date_end == incident.date_start
    assert incident.fatalities == 3  # 3 and 5 are cited twice each: the lower wins
    assert (incident.fatalities_low, incident.fatalities_low_source) == (3, "Daily")
    assert (incident.fatalities_high, incident.fatalities_high_source) == (5, "Wire")
    assert (incident.n_articles, incident.n_outlets) == (4, 3)
    assert incident.first_reported == DAY.isoformat()
    assert incident.last_reported == (DAY + timedelta(days=2)).isoformat()
    assert incident.actor1 == vague.actor1
    assert incident.members[0].event_id == vague.id
    assert incident.to_dict()["members"][1]["outlet"] == "Daily"


def test_event_record_shows_its_cluster_id() -> None:
    from dataclasses import asdict

    e = event()
    assert asdict(e)["cluster_id"] is None
    assert asdict(replace(e, cluster_id="x"))["cluster_id"] == "x"
