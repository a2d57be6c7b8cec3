"""Where each event is placed, over wordings of our own: the scene among the places a report
names, the finer of two tellings of one incident, a village the gazetteer lacks."""

from __future__ import annotations

import pytest

# (text, the name every event is placed at)
REGION_THEN_TOWN = [
    (
        "Clashes in Mexico's Michoacan state\n\nGunmen attacked the police headquarters in "
        "Apatzingan on Sunday, killing two officers, the state prosecutor said.",
        "Apatzingán",
    ),
    (
        "Fighting erupted in Kenya's Marsabit county on Tuesday.\n\nBandits attacked herders "
        "in Moyale on Tuesday, killing four, police said.",
        "Moyale",
    ),
    (
        "Fighting broke out in Syria's Idlib province on Sunday.\n\nGunmen attacked an army "
        "checkpoint in Saraqib on Sunday, killing three soldiers, a monitor said.",
        "Saraqib",
    ),
    (
        "Heavy clashes were reported in Cameroon's Northwest region on Friday.\n\nSeparatists "
        "attacked a gendarmerie post in Ndop on Friday, killing two gendarmes.",
        "Ndop",
    ),
]


@pytest.mark.parametrize(("text", "town"), REGION_THEN_TOWN)
def test_a_town_told_after_its_region_places_the_incident(analyze, text: str, town: str) -> None:
    """A region told first (a headline, a lede) and then the town of that region where the
    same incident happened: the event is at the town."""
    events = analyze(text).events
    assert events, "no event"
    assert [e.location.name if e.location else None for e in events] == [town] * len(events)
