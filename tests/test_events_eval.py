"""``sitrep eval events``: matching rules, loose actor comparison, figures on the dev set."""

from __future__ import annotations

import json
from datetime import date

from sitrep.evaluate.events import Record, actor_key, actors_right, match, run


def _record(
    event_type: str = "Battles",
    sub: str = "Armed clash",
    lat: float = 48.6,
    lon: float = 38.0,
    start: str = "2023-04-10",
    end: str = "2023-04-10",
    **rest,
) -> Record:
    return Record(
        event_type=event_type,
        sub_event_type=sub,
        lat=lat,
        lon=lon,
        start=date.fromisoformat(start),
        end=date.fromisoformat(end),
        actor1=rest.get("actor1"),
        actor2=rest.get("actor2"),
        fatalities=rest.get("fatalities"),
        background=rest.get("background", False),
    )


def test_match_needs_type_place_and_date() -> None:
    gold = [_record()]
    assert match([_record()], gold, sub_type=False) == [(0, 0)]
    assert match([_record(event_type="Riots")], gold, sub_type=False) == []
    assert match([_record(lat=49.6)], gold, sub_type=False) == []  # about 110 km away
    assert match([_record(start="2023-04-14", end="2023-04-14")], gold, sub_type=False) == []
    assert match([_record(start="2023-04-13", end="2023-04-13")], gold, sub_type=False) == [(0, 0)]
    assert match([_record(sub="Government regains territory")], gold, sub_type=True) == []


def test_match_is_one_to_one_and_closest_first() -> None:
    gold = [_record(lat=48.6), _record(lat=48.9)]
    predicted = [_record(lat=48.85), _record(lat=48.62), _record(lat=48.61)]
    pairs = match(predicted, gold, sub_type=False)
    assert sorted(pairs) == [(0, 1), (2, 0)]


def test_actors_compare_loosely() -> None:
    assert actor_key("Military Forces of Russia (2000-)") == actor_key("Military Forces of Russia")
    assert actor_key("Police Forces of Iraq (2018-)") == actor_key(
        "Military Forces of Iraq (2003-)"
    )
    assert actor_key("NPA: New People's Army") == actor_key("New People's Army")
    assert actor_key("Civilians (Ukraine)") != actor_key("Civilians (Russia)")
    assert actor_key("Civilians (Palestine)") == actor_key("Civilians (Palestinian Territory)")
    right = _record(actor1="Rapid Support Forces", actor2="Civilians (Sudan)")
    gold = _record(actor1="Rapid Support Forces", actor2="Civilians (Sudan)")
    assert actors_right(right, gold)
    assert not actors_right(_record(actor1="Rapid Support Forces"), gold)
    swapped = _record(actor1="Civilians (Sudan)", actor2="Rapid Support Forces")
    assert actors_right(swapped, gold)
    assert not actors_right(swapped, gold, in_order=True)


def test_figures_on_the_dev_set_are_well_formed(shared) -> None:
    dev = shared / "benchmarks" / "events-dev"
    figures = run(dev)
    gold_events = [
        event
        for path in sorted((dev / "gold").glob("*.json"))
        for event in json.loads(path.read_text())["events"]
    ]
    background = sum(1 for event in gold_events if event.get("background"))
    assert figures["articles"] == len(list((dev / "gold").glob("*.json")))
    strict, lenient = figures["strict"], figures["lenient"]
    assert strict["type"]["gold"] == len(gold_events)
    assert lenient["type"]["gold"] == len(gold_events) - background
    for block in (strict["type"], strict["sub_type"], lenient["type"], lenient["sub_type"]):
        assert 0 <= block["matched"] <= min(block["predicted"], block["gold"])
        for key in ("precision", "recall", "f1"):
            assert 0.0 <= block[key] <= 1.0
    assert strict["sub_type"]["matched"] <= strict["type"]["matched"]
    arguments = figures["arguments"]
    assert arguments["matched_events"] == strict["type"]["matched"]
    for key in ("actors_right", "actors_right_in_order", "actor1_right", "fatalities_exact"):
        value = arguments[key]
        assert value is None or 0.0 <= value <= 1.0
    assert sum(a["gold"] for a in figures["per_article"].values()) == len(gold_events)
