"""``sitrep eval events``: matching rules, loose actor comparison, figures on the dev set."""

from __future__ import annotations

from datetime import date

from sitrep.evaluate import load_gold_folder
from sitrep.evaluate.events import ActorKeys, Record, field_errors, match, run

KEYS = ActorKeys()


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
    assert KEYS.key("Military Forces of Russia (2000-)") == KEYS.key("Military Forces of Russia")
    assert KEYS.key("Police Forces of Iraq (2018-)") == KEYS.key("Military Forces of Iraq (2003-)")
    assert KEYS.key("NPA: New People's Army") == KEYS.key("New People's Army")
    assert KEYS.key("Civilians (Ukraine)") != KEYS.key("Civilians (Russia)")
    assert KEYS.key("Civilians (Palestine)") == KEYS.key("Civilians (Palestinian Territory)")
    right = _record(actor1="Rapid Support Forces", actor2="Civilians (Sudan)")
    gold = _record(actor1="Rapid Support Forces", actor2="Civilians (Sudan)")
    assert KEYS.right(right, gold)
    assert not KEYS.right(_record(actor1="Rapid Support Forces"), gold)
    swapped = _record(actor1="Civilians (Sudan)", actor2="Rapid Support Forces")
    assert KEYS.right(swapped, gold)
    assert not KEYS.right(swapped, gold, in_order=True)


def test_field_errors_list_matched_events_with_wrong_actors_or_toll() -> None:
    gold = [
        _record(actor1="Rapid Support Forces", actor2="Civilians (Sudan)", fatalities=5),
        _record(lat=49.0, actor1="Rapid Support Forces", actor2="Civilians (Sudan)"),
    ]
    predicted = [
        _record(actor1="Rapid Support Forces", actor2="Civilians (Chad)", fatalities=4),
        _record(lat=49.0, actor1="Civilians (Sudan)", actor2="Rapid Support Forces"),
    ]
    (wrong,) = field_errors(predicted, gold, KEYS)
    assert wrong["gold_event"] == 0
    assert wrong["wrong"] == ["actors", "fatalities"]
    assert wrong["ours"] == ["Rapid Support Forces", "Civilians (Chad)", 4]


def test_figures_on_the_dev_set_are_well_formed(shared) -> None:
    gold = shared / "benchmarks" / "events-dev"
    figures = run(gold)
    items = load_gold_folder(gold)
    events = [e for item in items for e in item.gold.get("events", [])]
    assert figures["articles"] == len(items)
    strict, lenient = figures["strict"], figures["lenient"]
    assert strict["type"]["gold"] == len(events)
    assert lenient["type"]["gold"] == len([e for e in events if not e.get("background")])
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
    assert sum(a["gold"] for a in figures["per_article"].values()) == len(events)
