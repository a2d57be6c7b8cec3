"""The choice of event type and sub-type over a battery of mini-articles of our own
(``event_type_battery.tsv``): remote weapons against armed targets, remote weapons told with
ground fighting, attacks whose weapon is named later, bombs set by hand or dropped from the air,
gunmen against villagers or soldiers, force against protesters. Each article tells one incident,
and every event it yields must carry the ACLED sub-event type of its line.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from sitrep.analyze.event_types import load_lexicon

BATTERY = Path(__file__).resolve().parent / "event_type_battery.tsv"
_DATED = re.compile(r"\s*date (\d{4}-\d\d-\d\d) (.+)", re.S)


def _cases() -> list:
    cases = []
    for number, line in enumerate(BATTERY.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        gap = line.startswith("!")
        sub_event_type, article = line.lstrip("!").split("\t")
        marks = [pytest.mark.xfail(strict=True, reason="known gap")] if gap else []
        cases.append(pytest.param(sub_event_type, article, id=f"line{number}", marks=marks))
    return cases


CASES = _cases()


def test_battery_is_well_formed() -> None:
    taxonomy = load_lexicon().taxonomy
    assert len(CASES) >= 150
    for case in CASES:
        sub_event_type, article = case.values
        assert sub_event_type in taxonomy, sub_event_type
        assert _DATED.match(article), article


@pytest.mark.parametrize(("sub_event_type", "article"), CASES)
def test_event_type(analyze, sub_event_type: str, article: str) -> None:
    match = _DATED.match(article)
    assert match is not None
    analysis = analyze(match.group(2), match.group(1))
    found = [event.sub_event_type for event in analysis.events]
    assert found, "no event"
    assert set(found) == {sub_event_type}, found


# A headline that names the weapon, a body that tells only "the blast" or "the explosion".
HEADLINED = [
    (
        "Suicide bomb",
        "Suicide bombers kill 30 at crowded market in Maiduguri\n\n"
        "MAIDUGURI, Nigeria - Traders fled after the blast on Tuesday, witnesses said.",
    ),
    (
        "Suicide bomb",
        "Suicide car bomber hits army checkpoint near Baidoa, five soldiers dead\n\n"
        "BAIDOA - The explosion on Wednesday morning destroyed the checkpoint, officials said.",
    ),
    (
        "Grenade",
        "Grenade attack on bar in Bujumbura wounds seven\n\n"
        "BUJUMBURA - The explosion tore through the bar late on Sunday, police said.",
    ),
]


@pytest.mark.parametrize(("sub_event_type", "article"), HEADLINED)
def test_headline_names_the_weapon(analyze, sub_event_type: str, article: str) -> None:
    found = [event.sub_event_type for event in analyze(article, "2024-01-19").events]
    assert found, "no event"
    assert set(found) == {sub_event_type}, found


# Articles telling two incidents of two kinds: a riot told in one paragraph does not make
# the killing or the stabbing told in another force against protesters.
MIXED = [
    (
        {"Attack", "Violent demonstration"},
        "2023-04-11",
        "A man stabbed and wounded two passers-by near the Old City of Jerusalem on Monday"
        " before police shot him, officials said.\n\nViolent protests erupted in several"
        " towns overnight, and youths clashed with troops in Hebron.",
    ),
    (
        {"Attack", "Violent demonstration"},
        "2023-04-11",
        "Gunmen shot dead a shopkeeper in the market of Srinagar on Sunday, police said.\n\n"
        "Later, stone-throwing youths clashed with police in the old city, and several were"
        " injured.",
    ),
]


@pytest.mark.parametrize(("sub_event_types", "published", "article"), MIXED)
def test_two_incidents_keep_their_kinds(
    analyze, sub_event_types: set[str], published: str, article: str
) -> None:
    found = {event.sub_event_type for event in analyze(article, published).events}
    assert found == sub_event_types


# One sentence, two incidents in two towns by two means: each town keeps its own means and
# its own clause's dead ("a roadside bomb killed two near X and a suicide bomber struck Y,
# killing five"), and the second clause's dead make no attack of their own.
TWO_TOWNS = [
    (
        {"Remote explosive/landmine/IED": 2, "Suicide bomb": 5},
        "Separately, a roadside bomb killed two soldiers near Gwoza and a suicide bomber struck"
        " a mosque in Konduga, killing five worshippers, on Monday.",
    ),
    (
        {"Attack": 2, "Suicide bomb": 3},
        "Gunmen shot dead two farmers in Bokkos on Friday, while a suicide bomber blew himself"
        " up at a checkpoint in Gwoza, killing three soldiers.",
    ),
    (
        {"Remote explosive/landmine/IED": 3, "Air/drone strike": 9},
        "A landmine killed three soldiers near Tillia on Sunday, and a drone strike hit a"
        " wedding in Menaka, killing nine guests.",
    ),
]


@pytest.mark.parametrize(("tolls", "article"), TWO_TOWNS)
def test_two_towns_keep_their_means(analyze, tolls: dict, article: str) -> None:
    events = analyze(article).events
    found = {event.sub_event_type: event.fatalities for event in events}
    assert len(events) == len(tolls), found
    assert found == tolls
