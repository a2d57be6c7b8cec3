"""The events stage: one event per incident, with its place, date, actors, toll and evidence.

Sentences here are invented for the tests. Triggers come only from the real typer; the tests
that need an incident first check that it finds one in a plain sentence.
"""

from __future__ import annotations

import pytest

from sitrep.analyze.event_types import EventTyper
from sitrep.analyze.events.article import _focus
from sitrep.analyze.events.drafts import Toll, _fatalities, load_assembly_lexicon
from sitrep.evaluate import haversine_km
from sitrep.gazetteer import country_centre
from sitrep.ingest import read_path
from sitrep.model import Analysis, Place


@pytest.fixture(scope="module")
def typer_ready(analyzer) -> None:
    doc = analyzer.nlp("Gunmen killed five villagers in Zamfara State on Saturday.")
    # a typer that finds nothing would make every event test below vacuous: fail, don't skip
    assert EventTyper()(doc), "the event typer finds no trigger in a plain incident"


# Coordinates of the towns the invented sentences name: gazetteer spellings vary, places don't.
TOWNS = {
    "Kharkiv": (49.99, 36.23),
    "Dnipro": (48.46, 35.04),
    "Sumy": (50.91, 34.80),
    "Kyiv": (50.45, 30.52),
    "Maiduguri": (11.85, 13.16),
    "Kaura Namoda": (12.59, 6.59),
    "Nairobi": (-1.29, 36.82),
    "Kisumu": (-0.10, 34.76),
    "Bakhmut": (48.595, 38.0),
    "Kramatorsk": (48.73, 37.57),
    "Sloviansk": (48.85, 37.60),
    "Surigao": (9.79, 125.50),
    "Izium": (49.21, 37.28),
    "Marinka": (47.942, 37.505),
    "Avdiivka": (48.139, 37.743),
    "Davao": (7.07, 125.61),
    "Irpin": (50.52, 30.25),
    "Bucha": (50.55, 30.22),
    "Djibo": (14.10, -1.63),
    "Kidal": (18.44, 1.41),
    "Goma": (-1.68, 29.23),
    "Jalalabad": (34.43, 70.45),
    "Nakuru": (-0.30, 36.07),
    "Kirawa": (11.95, 13.04),
    "Tsafe": (11.84, 6.85),
    "Dera Ismail Khan": (31.83, 70.90),
    # last: a town near one above is only read where that one is not
    "Bandiagara": (14.35, -3.61),
    "Al Hasaheisa": (14.75, 33.30),
    "Vovchansk": (50.29, 36.94),
    "Toretsk": (48.40, 37.85),
    "Beit Lahiya": (31.546, 34.495),
    "Jenin": (32.459, 35.301),
    "Khan Younis": (31.346, 34.306),
    "Rafah": (31.297, 34.245),
}


def _town_of(event, km: float = 8.0) -> str | None:
    if event.location is None:
        return None
    for name, (lat, lon) in TOWNS.items():
        if haversine_km(lat, lon, event.location.lat, event.location.lon) <= km:
            return name
    return None


def _events_at(analysis: Analysis) -> dict[str | None, list]:
    places: dict[str | None, list] = {}
    for event in analysis.events:
        places.setdefault(_town_of(event), []).append(event)
    return places


def _only_event(analysis: Analysis):
    assert len(analysis.events) == 1, [(e.sub_event_type, e.location) for e in analysis.events]
    return analysis.events[0]


def _days_of_only_event(analysis: Analysis) -> tuple[str, str]:
    event = _only_event(analysis)
    return event.date_start, event.date_end


# -- no triggers needed --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "dateline"),
    [
        ("BENI, Congo (Reuters) – Assailants killed ten people.", "BENI, Congo (Reuters) –"),
        ("Headline here\n\nGuwahati: Curfew was imposed.", "Guwahati:"),
        ("SAN PEDRO CITY — Six were killed.", "SAN PEDRO CITY —"),
        ("Lahore, March 14 (IANS) Party workers clashed.", "Lahore, March 14 (IANS)"),
        ("KYIV, Ukraine: Two civilians were killed.", "KYIV, Ukraine:"),
        ("Goma, 7 April (EFE) — Rebels shelled a camp.", "Goma, 7 April (EFE) —"),
        (
            "Khartoum/Nairobi, June 20 (AFP) — Drones hit a port.",
            "Khartoum/Nairobi, June 20 (AFP) —",
        ),
        ("Pemba, 15 Feb 2023 (Lusa) - Insurgents burned a village.", "Pemba, 15 Feb 2023 (Lusa) -"),
        ("MAPUTO, March 3, 2024 (AIM) — Troops retook a town.", "MAPUTO, March 3, 2024 (AIM) —"),
        (
            "Maiduguri (Nigeria), March 14, 2024 (AFP) - Gunmen killed nine farmers.",
            "Maiduguri (Nigeria), March 14, 2024 (AFP) -",
        ),
        ("Goma (DR Congo) (AFP) - Rebels shelled a camp.", "Goma (DR Congo) (AFP) -"),
        (
            "Lagos, Nigeria - March 14, 2024: Gunmen killed seven villagers.",
            "Lagos, Nigeria - March 14, 2024:",
        ),
        (
            "Port-au-Prince, Haiti — May 14, 2024 — Gangs burned houses.",
            "Port-au-Prince, Haiti — May 14, 2024 —",
        ),
        ("Peshawar, May 14: Militants killed three policemen.", "Peshawar, May 14:"),
        ("Abuja, Nigeria, May 14, 2024 - Bandits killed eight.", "Abuja, Nigeria, May 14, 2024 -"),
        ("Juba, South Sudan | May 14 - Clashes erupted.", "Juba, South Sudan | May 14 -"),
        ("Floods\n\nMogadishu — May 14, 2024\n\nRains hit.", "Mogadishu — May 14, 2024"),
        ("Srinagar, May 14, (KNO): Militants fired.", "Srinagar, May 14, (KNO):"),
        ("KINSHASA, May 14 (ACP).- Rebels shelled Sake.", "KINSHASA, May 14 (ACP).-"),
        ("Kabul, Afghanistan — A bomb went off.", "Kabul, Afghanistan —"),
        ("Kinshasa, 14/05/2024 (ACP).- Rebels struck.", "Kinshasa, 14/05/2024 (ACP).-"),
        ("Kano, 14/05/2024 - Gunmen struck a village.", "Kano, 14/05/2024 -"),
        (
            "Drones hit power plant\n\nBy Jane Roe\n\nMay 14, 2024 3:05 PM GMT+3\n\nSummary\n"
            "Two killed in attack\nPower cut in region\n\nKYIV, May 14 (Reuters) - Drones hit.",
            "KYIV, May 14 (Reuters) -",
        ),
        (
            "Militants storm hotel\n\nKey points\n- Siege lasted six hours\n- Five guards killed\n"
            "- Al Shabaab claimed it\n\nMOGADISHU: Gunmen stormed a hotel.",
            "MOGADISHU:",
        ),
        ("Nairobi, Kenya - Police fired tear gas.", "Nairobi, Kenya -"),
        ("Port Harcourt, Rivers State — Gunmen struck.", "Port Harcourt, Rivers State —"),
        ("Bogota, 14 May (EFE).- Guerrillas attacked a base.", "Bogota, 14 May (EFE).-"),
        ("Kathmandu, 14 May, (RSS): Police clashed.", "Kathmandu, 14 May, (RSS):"),
        (
            "Raid in Borno\n\nBy Staff Reporter\nPublished On 14 May 2024\nUpdated 15 May 2024\n\n"
            "MAIDUGURI: Troops raided a camp.",
            "MAIDUGURI:",
        ),
        (
            "Militants kill 4 soldiers\n\nNews Desk\nMay 14, 2024 10:32 AM GMT+3\n\n"
            "Peshawar, May 14: Militants attacked a post.",
            "Peshawar, May 14:",
        ),
    ],
)
def test_datelines_are_found(analyzer, text: str, dateline: str) -> None:
    ((start, end),) = analyzer.stage("layout").find(text).datelines
    assert text[start:end] == dateline


@pytest.mark.parametrize(
    "caption",
    [
        "FILE - In this May 2 file photo, soldiers patrol a market after a bombing in the town.",
        "In this image taken from video, smoke rises over the port after a drone attack.",
        "Photo: residents inspect a house destroyed by shelling.",
        "Police detain a demonstrator near the parliament. (AP Photo/John Roe)",
        "Image caption, Firefighters at the site of the strike on the market",
        "Image source, Reuters",
    ],
)
def test_wire_captions_are_captions(analyzer, caption: str) -> None:
    text = f"Shelling hit the town on Monday.\n\n{caption}\n\nOfficials said more strikes followed."
    captions = analyzer.stage("layout").find(text).captions
    (start, end) = captions[0]
    assert text[start:end] == caption
    assert len(captions) == 1


def test_caption_openers_inside_a_report_paragraph_make_no_caption(analyzer) -> None:
    text = (
        "A suicide bomber struck a checkpoint in the town on Monday. In this image taken "
        "from video, soldiers secure the area.\n\nOfficials said five died."
    )
    assert analyzer.stage("layout").find(text).captions == []


@pytest.mark.parametrize(
    "text",
    [
        "Police said on Monday that two men were arrested.",
        "Police said - May 14 - that two men were arrested.",
    ],
)
def test_no_dateline_in_a_plain_sentence(analyzer, text: str) -> None:
    assert analyzer.stage("layout").find(text).datelines == []


def test_a_paragraph_with_a_photo_credit_is_a_caption(analyzer) -> None:
    text = (
        "Shelling hit the town on Monday.\n\n"
        "A burnt car stands in a street of the town. Jane Doe/Anadolu Agency/Getty\n\n"
        "Officials said more strikes followed."
    )
    captions = analyzer.stage("layout").find(text).captions
    (start, end) = captions[0]
    assert text[start:end].startswith("A burnt car")
    assert len(captions) == 1


def test_a_credit_after_a_report_captions_only_the_sentence_before_it(analyzer, analyze) -> None:
    text = (
        "Gunmen killed four traders at a market in Kano on Sunday, police said. "
        "Residents gather at the scene of the attack. Jane Doe/AFP"
    )
    (start, end) = analyzer.stage("layout").find(text).captions[0]
    assert text[start:end] == "Residents gather at the scene of the attack. Jane Doe/AFP"
    assert [e.sub_event_type for e in analyze(text).events] == ["Attack"]


def test_a_bracketed_credit_ends_its_caption(analyzer, analyze) -> None:
    text = (
        "Soldiers display rifles laid out on a table. (Photo courtesy of the army) "
        "Troops seized the weapons from the gang near Gulu on Friday, the army said."
    )
    (start, end) = analyzer.stage("layout").find(text).captions[0]
    assert text[end:].strip().startswith("Troops seized")
    assert text[start:end].startswith("Soldiers display")
    assert [e.sub_event_type for e in analyze(text).events] == ["Disrupted weapons use"]


def test_tolls_of_both_sides_add_and_conflicting_ones_take_the_lowest() -> None:
    assert _fatalities([Toll(25, "state"), Toll(12, "armed")]) == 37
    assert _fatalities([Toll(12, "state"), Toll(15, "state")]) == 12
    assert _fatalities([Toll(6, "any"), Toll(5, "armed")]) == 6
    assert _fatalities([Toll(0, "any")]) == 0
    assert _fatalities([]) is None


def _place(name: str, code: str, feature: str, confidence: float = 0.9) -> Place:
    return Place(name, 0, len(name), name, None, code, None, None, 0.0, 0.0, feature, confidence)


def test_the_focus_country_is_where_towns_are_not_the_attackers_country() -> None:
    israel = [_place("Israel", "IL", "PCLI") for _ in range(2)]
    guessed = [_place("Mansouri", "IL", "", confidence=0.2) for _ in range(3)]
    lebanon = [_place("Lebanon", "LB", "PCLI"), _place("Tyre", "LB", "PPL")]
    assert _focus(israel + guessed + lebanon, lambda offset: False, lambda place: False) == "LB"


# -- assembly, with the real typer ---------------------------------------------------------


def test_one_sentence_listing_several_towns_gives_one_event_per_town(typer_ready, analyze) -> None:
    analysis = analyze(
        "Russian missiles struck Kharkiv, Dnipro and Sumy on Monday, Ukrainian officials said."
    )
    places = _events_at(analysis)
    assert {"Kharkiv", "Dnipro", "Sumy"} <= set(places), places
    for name in ("Kharkiv", "Dnipro", "Sumy"):
        (event,) = places[name]
        assert event.event_type == "Explosions/Remote violence"
        assert event.date_start == event.date_end == "2023-04-10"
        assert event.actor1 == "Military Forces of Russia (2000-)"


def test_sentences_about_one_incident_merge(typer_ready, analyze) -> None:
    analysis = analyze(
        "Gunmen attacked the village of Kaura Namoda in Zamfara State, Nigeria, on Saturday.\n\n"
        "Eleven villagers were killed in the attack on Kaura Namoda, police said."
    )
    event = _only_event(analysis)
    assert _town_of(event, km=25) == "Kaura Namoda"
    assert event.date_start == "2023-04-08"
    assert event.fatalities == 11
    assert event.actor1 == "Unidentified Armed Group (Nigeria)"


@pytest.mark.parametrize(
    "text",
    [
        "Russia pounded Ukraine with one of its largest air attacks of the war on Sunday, "
        "officials said.\n\nTwo people were killed in Dnipro, the regional governor said.",
        "The Russian military launched a massive air attack on Ukraine on Sunday, officials "
        "said.\n\nIn Lviv, one person was killed, the mayor said.",
    ],
)
def test_dead_counted_at_a_town_after_a_countrywide_strike_are_its_strike(
    typer_ready, analyze, text: str
) -> None:
    event = _only_event(analyze(text))
    assert event.event_type == "Explosions/Remote violence", event.sub_event_type
    assert event.actor1 == "Military Forces of Russia (2000-)"
    assert event.date_start == event.date_end == "2023-04-09"


def test_dead_killed_by_doers_of_their_own_are_no_strike_of_the_lead(typer_ready, analyze) -> None:
    analysis = analyze(
        "The Malian army carried out air strikes in the Kidal region on Sunday, the army "
        "said.\n\nIn Gao, three civilians were killed by gunmen, residents said."
    )
    kinds = {e.location.name: e.event_type for e in analysis.events if e.location}
    assert "Violence against civilians" in kinds.values(), kinds


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 12 soldiers in an attack on a post in northern Burkina Faso on Saturday."
        "\n\nThe attack took place near Djibo, a town under blockade for two years.",
        "Militants ambushed a convoy in northern Burkina Faso on Sunday, killing six soldiers."
        "\n\nThe ambush happened outside Arbinda, a town under blockade since 2022.",
    ],
)
def test_a_town_held_under_blockade_is_no_protest(typer_ready, analyze, text: str) -> None:
    event = _only_event(analyze(text))
    assert event.event_type == "Battles", event.sub_event_type


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Israeli strikes killed at least 35 people across Gaza on Sunday, health officials "
            "said.\n\nA strike on a house in Beit Lahiya killed 12 people, including women and "
            "children, the civil defence agency said.",
            "Beit Lahiya",
        ),
        (
            "Israeli forces killed two Palestinians in the occupied West Bank on Sunday, the "
            "Palestinian health ministry said.\n\nThe two men were shot dead during a raid in "
            "Jenin, the ministry said.",
            "Jenin",
        ),
        # the dead counted at a town after the territory's strikes: the strike there
        (
            "Israeli air strikes pounded the Gaza Strip on Sunday, health officials said.\n\n"
            "Five people were killed in Khan Younis, medics said.",
            "Khan Younis",
        ),
        (
            "Israeli jets bombed the Gaza Strip on Sunday, officials said.\n\n"
            "Three people were killed in Rafah, medics said.",
            "Rafah",
        ),
    ],
)
def test_a_town_detailing_a_territorys_incident_places_it(
    typer_ready, analyze, text: str, town: str
) -> None:
    # a territory ("the Gaza Strip", "the West Bank") holds its towns by distance alone
    event = _only_event(analyze(text))
    assert _town_of(event, km=5) == town, event.location


@pytest.mark.parametrize(
    "text",
    [
        "A vessel had been targeted 50 nautical miles west of Hodeidah on Monday, a security"
        " firm said. Separately, UKMTO said it had received a report of an incident at the same"
        " point, where the master of a ship reported a missile landing nearby.",
        "A tanker was attacked 40 nautical miles south of Aden on Monday, a shipping firm said."
        " Separately, the British agency said a ship had reported an explosion at the same"
        " place, with no damage to the ship.",
    ],
)
def test_two_agencies_reports_of_one_measured_point_merge(typer_ready, analyze, text) -> None:
    # the point measured off the town is lent to the second report once, not measured again
    event = _only_event(analyze(text))
    assert event.event_type == "Explosions/Remote violence"
    assert event.location is not None and event.location.name.count("nautical") == 1


@pytest.mark.parametrize(
    ("text", "published", "tolls"),
    [
        (
            "Militants ambushed an army patrol, killing five soldiers, the military said.\n\n"
            "The attackers fled into the bush after a two-hour gunfight, the statement added."
            "\n\nLast month, the governor said that nine police officers had died in a clash"
            " with the militants.",
            "2023-10-20",
            [5, 9],
        ),
        (
            "Rebels ambushed a border patrol and killed three guards, officials said.\n\n"
            "In July, state television reported that eight soldiers had been killed when the"
            " rebels stormed a barracks.",
            "2022-08-24",
            [3, 8],
        ),
    ],
)
def test_an_incident_reported_last_month_is_not_this_weeks(
    typer_ready, analyze, text: str, published: str, tolls: list[int]
) -> None:
    # neither gives its own day; the second was reported weeks before the first happened
    analysis = analyze(text, published)
    assert sorted(e.fatalities or 0 for e in analysis.events) == tolls


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Gunmen killed four farmers on Tuesday, police said.\n\nResidents said the "
            "attackers had arrived on motorcycles and had opened fire on people in the fields.",
            "2023-04-11",
        ),
        (
            "Three traders were killed on Sunday, a local official said.\n\nWitnesses said "
            "armed men had ambushed their lorry on a dirt track and shot the driver first.",
            "2023-04-09",
        ),
    ],
)
def test_an_unplaced_telling_takes_the_day_its_unplaced_lede_states(
    typer_ready, analyze, text: str, day: str
) -> None:
    # no place is named at all: the day of the general word is still the incident's
    assert _days_of_only_event(analyze(text)) == (day, day)


def test_the_place_struck_not_the_place_reported_from(typer_ready, analyze) -> None:
    analysis = analyze(
        "Russian forces launched a missile strike on Kharkiv overnight, officials said in Kyiv."
    )
    event = _only_event(analysis)
    assert _town_of(event) == "Kharkiv"
    assert event.location is not None and event.location.precision == 1


def test_the_place_of_an_office_is_not_the_scene(typer_ready, analyze) -> None:
    event = _only_event(
        analyze("Kharkiv Governor Oleh Syniehubov said Russian missiles struck Izium on Monday.")
    )
    assert _town_of(event) == "Izium"
    assert any("Syniehubov" in source for source in event.reported_by)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Police fired tear gas at lawyers protesting at the Lahore High Court on Monday.",
            "Lahore",
        ),
        (
            "Lawyers demonstrated outside the Peshawar High Court on Tuesday, demanding the "
            "release of a colleague.",
            "Peshawar",
        ),
    ],
)
def test_a_building_named_after_its_town_is_in_the_town(
    typer_ready, analyze, text: str, town: str
) -> None:
    """An office's name only gives its seat ("Kharkiv Governor ... said"), but an office done
    something at is a building that stands in its town: the town itself."""
    event = _only_event(analyze(text))
    assert event.location is not None and event.location.name == town
    assert event.location.precision == 1


def test_an_incident_near_a_town_is_less_precise(typer_ready, analyze) -> None:
    analysis = analyze("Soldiers clashed with militants near Maiduguri, Nigeria, on Sunday.")
    event = _only_event(analysis)
    assert _town_of(event) == "Maiduguri"
    assert event.location is not None and event.location.precision == 2
    assert event.time_precision == 1


def test_a_place_near_another_only_locates_it(typer_ready, analyze) -> None:
    event = _only_event(analyze("Russian shelling hit Kramatorsk near Sloviansk on Monday."))
    assert _town_of(event, km=5) == "Kramatorsk"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Jihadists ambushed an army convoy near the town of Djibo in northern Burkina Faso "
            "on Monday, killing nine soldiers.",
            "Djibo",
        ),
        (
            "Gunmen killed five farmers outside Maiduguri in northeastern Nigeria on Sunday.",
            "Maiduguri",
        ),
        (
            "Two civilians died when shells landed near Kramatorsk in eastern Ukraine on Friday.",
            "Kramatorsk",
        ),
    ],
)
def test_a_town_near_the_incident_beats_the_part_of_the_country_holding_it(
    typer_ready, analyze, text: str, town: str
) -> None:
    event = _only_event(analyze(text))
    assert _town_of(event) == town
    assert event.location is not None and event.location.precision == 2


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 11 villagers in Zamfara State on Saturday, police said.\n\n"
        "The attack took place in Kaura Namoda, a police spokesman said.",
        "Bandits abducted 30 people in Zamfara State, Nigeria, on Saturday.\n\n"
        "The abduction occurred in a village of Kaura Namoda, residents said.",
        "Gunmen killed 11 villagers in Zamfara State on Saturday. Its attack happened in "
        "Kaura Namoda, officials said.",
    ],
)
def test_a_retelling_that_the_incident_took_place_somewhere_places_it(
    typer_ready, analyze, text: str
) -> None:
    event = _only_event(analyze(text))
    assert _town_of(event, km=15) == "Kaura Namoda"


# a headline is a sentence of its own: its town is its scene, and a development the body
# tells beside (troops sent) is no host for its attack
@pytest.mark.parametrize(
    ("text", "name", "event_type"),
    [
        (
            "Gunmen kill seven in raid on Bunia\n\nCongo's army said it had sent reinforcements"
            " to the area.",
            "Bunia",
            "Violence against civilians",
        ),
        (
            "Militants kill 12 in attack on Mandera\n\nKenya's army said it had deployed more"
            " troops to the area.",
            "Mandera",
            "Battles",
        ),
    ],
)
def test_a_headline_is_parsed_apart_from_the_body(typer_ready, analyze, text, name, event_type):
    events = [e for e in analyze(text, "2024-05-14").events if e.event_type == event_type]
    assert len(events) == 1
    assert events[0].location is not None and events[0].location.name == name


# a brief that is its headline alone tells its incident in the headline's present
@pytest.mark.parametrize(
    ("text", "name", "event_type"),
    [
        ("Nurses protest unpaid wages in Lagos", "Lagos", "Protests"),
        ("Traders hold protest in Peshawar over power cuts", "Peshawar", "Protests"),
        ("Farmers protest over land grab in Jos", "Jos", "Protests"),
        ("Army shells villages near Kadugli", "Kadugli", "Explosions/Remote violence"),
        # ... also with a full stop
        ("Nurses protest unpaid wages in Lagos.", "Lagos", "Protests"),
        ("Teachers march over unpaid wages in Kinshasa.", "Kinshasa", "Protests"),
        ("Doctors strike over salaries in Ibadan.", "Ibadan", "Protests"),
    ],
)
def test_a_lone_headline_tells_its_incident(typer_ready, analyze, text, name, event_type):
    event = _only_event(analyze(text, "2024-05-14"))
    assert event.event_type == event_type
    assert event.location is not None and event.location.name == name


# ... but a habit or a state told in that shape is still no incident
@pytest.mark.parametrize(
    "text",
    [
        "Militants attack villages near Djibo regularly",
        "Herders often raid farms around Jos",
        "Protests are common in Lagos",
        "Herders often raid farms around Jos.",
        "Protests are common in Lagos.",
    ],
)
def test_a_lone_line_telling_a_habit_is_no_incident(typer_ready, analyze, text):
    assert analyze(text, "2024-05-14").events == []


def test_a_headline_the_lede_retells_stays_one_incident(typer_ready, analyze) -> None:
    text = (
        "Army shells villages near Kadugli\n\nThe Sudanese army shelled three villages near"
        " Kadugli on Monday, killing four people, residents said."
    )
    event = _only_event(analyze(text, "2024-05-14"))
    assert event.fatalities == 4


# a headline's last word the tagger ran into the body's first words (one ORG over the blank
# line) is still the headline's town
@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Five killed in Russian strike on Kharkiv\n\nUkraine's emergency service said rescuers"
            " were still searching the rubble on Tuesday.",
            "Kharkiv",
        ),
        (
            "Two dead in shelling of Kherson\n\nUkraine's interior ministry said a residential"
            " building was hit.",
            "Kherson",
        ),
    ],
)
def test_a_headline_town_run_into_the_body_is_the_scene(typer_ready, analyze, text, name):
    event = _only_event(analyze(text, "2024-05-14"))
    assert event.location is not None and event.location.name == name


# "X, about 50 kilometres from Y": Y only says where X lies; the one scene is X, with its toll
@pytest.mark.parametrize(
    ("text", "name", "dead"),
    [
        (
            "Gunmen killed 12 farmers in the village of Mafa, about 50 kilometers from Maiduguri,"
            " Nigerian officials said on Tuesday.",
            "Mafa",
            12,
        ),
        (
            "A drone strike killed four people in the town of Kupiansk, some 40 kilometres from"
            " Kharkiv, Ukrainian officials said.",
            "Kupyansk",
            4,
        ),
    ],
)
def test_a_town_a_distance_from_is_no_scene(typer_ready, analyze, text, name, dead) -> None:
    event = _only_event(analyze(text, "2024-05-14"))
    assert event.location is not None and event.location.name == name
    assert event.fatalities == dead


# "the capital's X neighbourhood": the place the capital owns is the one scene, with the toll
@pytest.mark.parametrize(
    ("text", "name", "dead"),
    [
        (
            "Gang members killed at least 12 people in the Haitian capital's Carrefour"
            " neighbourhood, a rights group said.",
            "Carrefour",
            12,
        ),
        (
            "Gunmen killed 10 people in the Somali capital's Hodan district, police said.",
            "Hodan",
            10,
        ),
    ],
)
def test_a_place_a_capital_owns_is_the_one_scene(typer_ready, analyze, text, name, dead) -> None:
    event = _only_event(analyze(text, "2024-05-14"))
    assert event.location is not None and event.location.name == name
    assert event.fatalities == dead


# a fight raging at a town now is the day's news there, not a state of the war; raging over a
# whole country or region it stays no incident
@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Fierce battles are raging in Vovchansk, Ukraine's military said on Friday, as Russian"
            " troops pressed their offensive in the Kharkiv region.",
            "Vovchansk",
        ),
        (
            "Heavy fighting is under way near Toretsk in eastern Ukraine, the general staff"
            " said on Monday.",
            "Toretsk",
        ),
    ],
)
def test_a_fight_raging_at_a_town_is_news_there(typer_ready, analyze, text: str, town: str):
    event = _only_event(analyze(text, "2024-05-14"))
    assert event.event_type == "Battles"
    assert _town_of(event, km=15) == town


def test_a_fight_raging_across_a_country_is_no_incident(typer_ready, analyze) -> None:
    assert analyze("Fighting is raging across eastern Ukraine, officials said.").events == []


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen burned the market in Kankara on Wednesday, killing two people.",
        "Bandits set fire to houses in Maru on Saturday, killing four residents.",
        "Gunmen torched a church in Kafanchan on Friday, killing three worshippers.",
    ],
)
def test_property_burned_in_a_raid_that_killed_is_an_attack(typer_ready, analyze, text) -> None:
    # ACLED codes the attack on the people, not the damage done beside it
    event = _only_event(analyze(text, "2024-03-14"))
    assert (event.event_type, event.sub_event_type) == ("Violence against civilians", "Attack")
    assert event.fatalities is not None and event.fatalities > 0


@pytest.mark.parametrize(
    "text",
    [
        "A strike on a tent camp in Mawasi killed nine people on Tuesday, health officials said,"
        " as Israel's offensive continued across the Gaza Strip.",
        "Russian drones hit an apartment block in Sumy on Monday, killing two, as Russia's"
        " offensive continued in the northeast.",
        "Gunmen killed four villagers near Bunia on Sunday while fighting raged across Ituri"
        " province.",
    ],
)
def test_a_fight_going_on_as_the_backdrop_of_the_news_is_no_incident(
    typer_ready, analyze, text: str
) -> None:
    # "as the offensive continued across X": the war's backdrop, not an incident beside the news
    event = _only_event(analyze(text, "2024-07-17"))
    assert event.event_type != "Battles"


# the incident named again as the subject of any verb in the past, at a town within the region
# told before (or at the same place), is that incident: one event, at the town
@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Jihadist fighters killed at least 20 civilians in an attack in central Mali's Mopti"
            " region, local officials said. The attack hit the town of Bandiagara on Sunday night.",
            "Bandiagara",
        ),
        (
            "Paramilitary fighters attacked a village in Sudan's Gezira province, killing at least"
            " 35 people, activists said Monday. The attack on Al-Hasaheisa came as the Rapid"
            " Support Forces pressed an offensive in the region.",
            "Al Hasaheisa",
        ),
    ],
)
def test_an_incident_retold_by_its_noun_at_a_town_within_its_region_is_placed_there(
    typer_ready, analyze, text: str, town: str
) -> None:
    event = _only_event(analyze(text, "2024-05-14"))
    assert _town_of(event, km=15) == town


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "Gunmen killed 11 villagers in Zamfara State over the weekend, police said on "
            "Monday.\n\nThe attack happened late on Saturday, residents said.",
            "2024-03-04",
            2,
        ),
        (
            "Bandits killed nine farmers in Zamfara State, an official said on Wednesday. "
            "The attack took place on Monday evening.",
            "2024-03-06",
            4,
        ),
    ],
)
def test_a_retelling_that_the_incident_took_place_on_a_day_dates_it(
    typer_ready, analyze, text: str, published: str, day: int
) -> None:
    event = _only_event(analyze(text, published))
    assert event.date_start == event.date_end == f"2024-03-{day:02d}"


# "The attack took place on Sunday" points back at the incident told before it, also when
# another attack of the type its bare word suggests is told after it
@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Bandits killed nine farmers in Sokoto state, police said on Tuesday. The attack "
            "happened on Sunday evening. A separate attack in Kebbi state on Saturday left four "
            "dead.",
            "Sokoto",
        ),
        (
            "Militants killed seven civilians near Mopti, officials said on Tuesday. The attack "
            "took place on Sunday. Another attack near Segou on Saturday left three dead.",
            "Mopti",
        ),
    ],
)
def test_a_retelling_dates_the_incident_before_it_not_a_later_one(
    typer_ready, analyze, text: str, town: str
) -> None:
    events = analyze(text, "2024-06-11").events
    dated = [(e.location.name if e.location else None, e.date_start, e.date_end) for e in events]
    assert (town, "2024-06-09", "2024-06-09") in dated, dated


# "on Thursday, a day after the election": the offset dates what follows it (the election's
# Wednesday), not the incident told before it with a day of its own
@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Police arrested dozens of opposition supporters in Harare on Thursday, a day after "
            "the election.",
            "Harare",
        ),
        (
            "Gunmen abducted 20 students in Kaduna on Thursday, two days after the start of a "
            "new term.",
            "Kaduna",
        ),
        (
            "Myanmar police fired rubber bullets at protesters in Mandalay on Thursday, a day "
            "after the junta banned gatherings.",
            "Mandalay",
        ),
        (
            "Russian drones hit an apartment block in Kharkiv on Thursday, two days after a "
            "missile attack on Kyiv.",
            "Kharkiv",
        ),
    ],
)
def test_a_day_counted_after_a_noun_is_not_the_day_of_the_incident_before_it(
    typer_ready, analyze, text: str, place: str
) -> None:
    events = analyze(text, "2024-06-28").events
    dated = [(e.location.name if e.location else None, e.date_start, e.date_end) for e in events]
    assert (place, "2024-06-27", "2024-06-27") in dated, dated


# "Two days after gunmen killed 30 on Friday, soldiers killed ten": the clause the offset
# opens keeps its own day, the main clause takes the day the offset counts to
@pytest.mark.parametrize(
    ("text", "published", "days"),
    [
        (
            "Two days after gunmen killed 30 villagers in Plateau on Friday, soldiers killed 10 "
            "bandits in Bokkos.",
            "2024-07-30",
            {"2024-07-26", "2024-07-28"},
        ),
        (
            "Three days after militants ambushed an army convoy near Menaka on Monday, soldiers "
            "killed 20 fighters near Ansongo.",
            "2024-06-14",
            {"2024-06-10", "2024-06-13"},
        ),
    ],
)
def test_an_offset_opening_a_sentence_dates_both_of_its_incidents(
    typer_ready, analyze, text: str, published: str, days: set[str]
) -> None:
    events = analyze(text, published).events
    assert len(events) == 2
    assert {e.date_start for e in events} == {e.date_end for e in events} == days


# "two were killed in X and four wounded in Y on Monday": the count that leaves out "were"
# tells an incident of its own, on the sentence's day, done to men of the kind named before
@pytest.mark.parametrize(
    ("text", "towns", "victims"),
    [
        (
            "Three soldiers were killed in Dori and six wounded in Sebba on Friday, the army said.",
            ["Dori", "Sebba"],
            "Military Forces of Burkina Faso",
        ),
        (
            "Two policemen were shot dead in Kohat and four others injured in Bannu on "
            "Friday, officials said.",
            ["Kohat", "Bannu"],
            "Police Forces of Pakistan",
        ),
    ],
)
def test_a_count_sharing_the_passive_s_were_is_an_incident_of_its_own(
    typer_ready, analyze, text: str, towns: list[str], victims: str
) -> None:
    events = analyze(text, "2024-03-12").events
    told = [(e.location.name if e.location else None, e.date_start, e.date_end) for e in events]
    assert told == [(town, "2024-03-08", "2024-03-08") for town in towns]
    assert all(e.actor2 and e.actor2.startswith(victims) for e in events), events


# "the army said on Saturday it had killed 48 militants who attacked a post on Friday": the
# day after "said" is the saying's (the parser hangs it on "killed"), and the militants fell
# in the attack they made on Friday
@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "The Nigerian army said on Saturday it had killed 48 militants who attacked a base "
            "in Monguno on Friday.",
            "2024-03-08",
        ),
        (
            "Police said on Thursday they had killed six bandits who attacked travellers near "
            "Kaduna on Wednesday.",
            "2024-03-13",
        ),
        (
            "The Malian army said on Tuesday it repelled an attack on its camp in Mopti on "
            "Monday, killing 30 terrorists.",
            "2024-03-11",
        ),
    ],
)
def test_the_day_a_force_says_it_killed_attackers_is_not_the_attack_s(
    typer_ready, analyze, text: str, day: str
) -> None:
    events = analyze(text, "2024-03-14").events
    assert [(e.date_start, e.date_end) for e in events] == [(day, day)]


# "five in Gao on Monday and three in Menaka on Wednesday": each place its own day
@pytest.mark.parametrize(
    ("text", "days"),
    [
        (
            "Gunmen killed five people in Gao on Monday and three in Menaka on Wednesday.",
            {"2024-06-03", "2024-06-05"},
        ),
        (
            "Russian drones struck Odesa on Sunday and Kharkiv on Tuesday, killing seven people"
            " in all.",
            {"2024-06-02", "2024-06-04"},
        ),
        (
            "The rebels had captured Homs on Saturday and Hama on Thursday.",
            {"2024-06-01", "2024-06-06"},
        ),
        # one place holding the other: still two incidents, each with its day
        (
            "Gunmen stormed a church in Bama on Monday and another in Borno state on Wednesday.",
            {"2024-06-03", "2024-06-05"},
        ),
        (
            "Militiamen torched a market in Bunia on Monday and another in Ituri province on "
            "Wednesday.",
            {"2024-06-03", "2024-06-05"},
        ),
    ],
)
def test_places_told_each_with_a_day_of_its_own_take_their_own_days(
    typer_ready, analyze, text: str, days: set[str]
) -> None:
    events = analyze(text, "2024-06-07").events
    assert len(events) == 2
    assert {e.date_start for e in events} == {e.date_end for e in events} == days


# "while in X gunmen killed ...": the parser reads "in [X gunmen]", yet the town is the
# clause's own scene, not the armed men's home
@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (
            "Troops repelled an attack on a base near Kaya on Monday, while in Dori gunmen "
            "killed six worshippers on Tuesday.",
            {"Kaya", "Dori"},
        ),
        (
            "Militiamen burned a clinic in Beni on Monday, while in Butembo soldiers shot dead "
            "three looters on Wednesday.",
            {"Beni", "Butembo"},
        ),
    ],
)
def test_a_town_before_armed_men_after_a_bare_in_is_the_clause_scene(
    typer_ready, analyze, text: str, towns: set[str]
) -> None:
    events = analyze(text, "2024-06-07").events
    assert {e.location.name for e in events if e.location} == towns


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Two policemen died in Kidal and one soldier was wounded in Tessalit when "
            "jihadists attacked on Monday.",
            "2024-06-03",
        ),
        (
            "Three soldiers died in Diffa and four were hurt in Bosso when militants attacked "
            "the towns on Wednesday.",
            "2024-06-05",
        ),
    ],
)
def test_a_when_clause_after_tolls_told_town_by_town_dates_them_all(
    typer_ready, analyze, text: str, day: str
) -> None:
    """The attack of the "when" clause is the moment of both tolls, the first one's too."""
    events = analyze(text, "2024-06-07").events
    assert len(events) == 2
    assert {e.date_start for e in events} == {day}


# drones a sentence says were shot down over many regions are the interception, not a strike
# at the place of the story's last incident
@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "A Russian glide bomb hit an apartment block on the outskirts of Kharkiv on Monday"
            " evening, killing three people, the governor said.\n\nThe air force said separately"
            " on Tuesday that it had shot down 21 of 24 drones launched by Russia overnight over"
            " seven regions.",
            "2024-06-11",
        ),
        (
            "A Russian glide bomb struck a school in the town of Kupiansk on Thursday afternoon,"
            " killing two teachers, local officials said.\n\nThe air force said separately on"
            " Friday that it had shot down 17 of 20 drones launched by Russia overnight over six"
            " regions.",
            "2024-03-22",
        ),
    ],
)
def test_drones_shot_down_over_many_regions_strike_nowhere(
    typer_ready, analyze, text: str, published: str
) -> None:
    event = _only_event(analyze(text, published))
    assert event.fatalities in (2, 3)


# "Elsewhere, ..." with no place of its own is not at the place told before it
@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Troops clashed with rebels near the town of Kidal on Monday, the army said.\n\n"
            "Elsewhere in the country, militants set off two roadside bombs, wounding three"
            " soldiers.",
            "2024-03-19",
        ),
        (
            "An air strike hit a market in the city of Idlib on Sunday, killing nine people,"
            " rescuers said.\n\nElsewhere, artillery shelling killed two children, the rescuers"
            " added.",
            "2024-03-18",
        ),
    ],
)
def test_elsewhere_is_not_the_place_told_before(
    typer_ready, analyze, text: str, published: str
) -> None:
    event = _only_event(analyze(text, published))
    assert event.evidence.text.startswith(text[:20])


# "killed 31 people in X and 13 in Y": Y's toll is the count told before it, not the sum
@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        (
            "Gunmen killed 31 people in Bokkos and 13 in Mangu on Sunday, officials said.",
            {"Bokkos": 31, "Mangu": 13},
        ),
        (
            "Gunmen killed 25 people in Riyom and 11 in Barkin Ladi on Sunday, officials said.",
            {"Riyom": 25, "Barkin Ladi": 11},
        ),
    ],
)
def test_each_town_of_a_list_keeps_the_count_told_before_it(
    typer_ready, analyze, text: str, tolls: dict[str, int]
) -> None:
    events = analyze(text, "2024-03-06").events
    assert {e.location.name: e.fatalities for e in events if e.location} == tolls


# an incident of a month whose middle is over a month old, told at no place of its own, is
# background beside the report's own incident
@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "Gunmen killed eight villagers in an attack on the village of Tin-Akoff on Tuesday,"
            " officials said.\n\nTwenty people were killed in March when armed men on motorbikes"
            " raided four villages in the north.",
            "2024-04-18",
        ),
        (
            "Soldiers clashed with militants near the town of Djibo on Sunday, killing 12 of them,"
            " the army said.\n\nIn October, at least 30 civilians were killed in a series of raids"
            " on hamlets, a rights group said.",
            "2023-11-20",
        ),
    ],
)
def test_a_past_month_told_at_no_place_is_background(
    typer_ready, analyze, text: str, published: str
) -> None:
    event = _only_event(analyze(text, published))
    assert event.date_start == event.date_end


# a lede's general word ("killing five") states the day; the specific telling after it does not
@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "Armed men on Saturday raided a market in the town of Kidal, killing five traders, a"
            " local official said.\n\nThe attackers opened fire on shoppers and set stalls ablaze"
            " before fleeing on motorbikes.",
            "2024-02-12",
            "2024-02-10",
        ),
        (
            "Gunmen killed seven people in the town of Beni on Wednesday, the army said.\n\nThe"
            " assailants stormed a camp for displaced people and shot residents as they slept.",
            "2022-10-13",
            "2022-10-12",
        ),
        (
            "Police killed at least 20 gang members in the capital on Monday after gangs tried to"
            " invade the suburb of Delmas, a police spokesman said.\n\nOfficers fought the gunmen"
            " for hours along the main road, witnesses said.",
            "2024-11-18",
            "2024-11-18",
        ),
        # ... as does looting the lede dates, folded into the riot or attack told after it
        (
            "Dozens of settlers attacked the village of Turmus Ayya on Wednesday night, setting"
            " fire to four homes and several cars, officials said.\n\nResidents said the settlers"
            " threw stones at houses before soldiers arrived and fired tear gas at villagers who"
            " tried to confront them.",
            "2025-02-20",
            "2025-02-19",
        ),
        (
            "Armed men looted shops in the market town of Kasese on Saturday, police said.\n\nThe"
            " attackers also shot at residents who tried to stop them, wounding two.",
            "2024-05-12",
            "2024-05-11",
        ),
    ],
)
def test_the_day_a_general_word_states_dates_the_telling_it_folds_into(
    typer_ready, analyze, text: str, published: str, day: str
) -> None:
    assert _days_of_only_event(analyze(text, published)) == (day, day)


@pytest.mark.parametrize(
    "text",
    [
        "Israeli troops shot dead two men during a raid in the Jenin camp in the occupied "
        "West Bank on Tuesday, medics said.",
        "Israeli forces killed two gunmen in the Tubas area of the northern West Bank.",
    ],
)
def test_a_province_in_a_territory_is_one_place(typer_ready, analyze, text: str) -> None:
    event = _only_event(analyze(text))
    assert event.location is not None and event.location.name != "West Bank"
    assert event.location.country_code == "PS"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Soldiers shot dead a man during a raid on a house in Maiduguri on Friday.", "2023-04-07"),
        (
            "Police killed two protesters amid clashes in Nairobi on Saturday, witnesses said.",
            "2023-04-08",
        ),
    ],
)
def test_a_day_of_the_incident_an_incident_happened_during_dates_both(
    typer_ready, analyze, text: str, day: str
) -> None:
    events = analyze(text).events
    assert events and all(e.date_start == e.date_end == day for e in events)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Two soldiers were killed when their truck hit a landmine outside Kidal on Sunday, "
            "a military source in Kyiv said.",
            "ML",
        ),
        (
            "Gunmen killed four farmers in Kaura Namoda, Zamfara State, on Friday, an aid worker "
            "based in Nairobi said.",
            "NG",
        ),
    ],
)
def test_the_place_of_who_tells_it_is_not_the_scene(
    typer_ready, analyze, text: str, country: str
) -> None:
    event = _only_event(analyze(text))
    assert event.location is not None and event.location.country_code == country


@pytest.mark.parametrize(
    "text",
    [
        "Rebels seized an army base near Maiduguri on Sunday, residents said.",
        "Militants overran a military outpost in Zamfara State overnight, killing two soldiers.",
    ],
)
def test_a_base_taken_is_a_battle(typer_ready, analyze, text: str) -> None:
    assert [e.event_type for e in analyze(text).events] == ["Battles"]


@pytest.mark.parametrize(
    "text",
    [
        "Police fought gang members in a gun battle in Kisumu on Thursday, leaving six dead."
        "\n\nOn Friday, residents protested outside the police station in Kisumu to denounce "
        "the killings.",
        "On Monday, officers clashed with drug traffickers in a shootout in Nairobi.\n\n"
        "Relatives of the dead marched through Nairobi on Tuesday, demanding justice.",
    ],
)
def test_a_rally_does_not_swallow_the_clash_of_another_day_it_denounces(
    typer_ready, analyze, text: str
) -> None:
    kinds = sorted(e.event_type for e in analyze(text, "2023-04-11").events)
    assert kinds == ["Battles", "Protests"]


@pytest.mark.parametrize(
    "text",
    [
        "Fighting between the army and an armed youth group killed at least 14 people in "
        "South Sudan's Upper Nile state, a local official said on Tuesday.",
        "Heavy fighting broke out on Monday between rival armed groups in Libya's capital "
        "Tripoli, killing at least seven people.",
    ],
)
def test_the_dead_of_a_battle_are_not_a_side_of_it(typer_ready, analyze, text: str) -> None:
    event = _only_event(analyze(text))
    assert event.event_type == "Battles" and event.fatalities
    sides = [a for a in (event.actor1, event.actor2) if a]
    assert sides and not any(a.startswith("Civilians") for a in sides)


def test_an_address_is_one_place(typer_ready, analyze) -> None:
    analysis = analyze(
        "Soldiers clashed with NPA rebels in Sitio Bulak, Barangay Anomar, Surigao City, "
        "Surigao del Norte on Thursday."
    )
    event = _only_event(analysis)
    assert _town_of(event, km=25) == "Surigao"
    assert event.actor2 == "NPA: New People's Army"


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        ("At least 11 people were killed when gunmen attacked Maiduguri on Sunday.", 11),
        ("Gunmen attacked Maiduguri on Sunday, leaving eleven dead.", 11),
        ("More than 20 villagers were killed when gunmen attacked Maiduguri on Sunday.", 20),
        ("Gunmen attacked Maiduguri on Sunday, killing twenty-five people.", 25),
        ("Gunmen attacked Maiduguri on Sunday but no casualties were reported.", 0),
        ("Gunmen attacked Maiduguri on Sunday and wounded several people.", None),
        # counted victims joined by "and" add up
        ("Four soldiers and two policemen were killed in a bomb blast in Maiduguri on Monday.", 6),
        ("Gunmen killed three farmers and two herders in Maiduguri on Sunday.", 5),
        # a beating or a stabbing kills only "to death"
        ("A mob beat two men to death in Maiduguri on Monday.", 2),
        ("Villagers stabbed a suspected thief to death in Maiduguri on Monday.", 1),
        ("A mob beat two men in Maiduguri on Monday.", None),
        # a count of the dead "or" otherwise harmed is no death toll; "and" keeps them apart
        ("Twelve people were killed or wounded when gunmen attacked Maiduguri on Monday.", None),
        ("Gunmen attacked Maiduguri on Monday, leaving 15 people dead or missing.", None),
        ("Gunmen attacked Maiduguri on Monday, killing three and wounding 12.", 3),
        # one named victim is one death; a counted toll of the same incident holds it
        ("Trader Musa Garba was gunned down by gunmen in Maiduguri on Monday.", 1),
        ("Aid worker Grace Okon died after gunmen opened fire in Maiduguri on Friday.", 1),
        (
            "Gunmen killed four people in Maiduguri on Monday. Among the dead was the local "
            "imam, Sani Bello, who was shot dead outside the mosque.",
            4,
        ),
        # the toll a verb takes it to, however long the toll's own phrase
        ("The death toll from Sunday's suicide bombing in Maiduguri has risen to 31.", 31),
        ("The toll of the gun attack on a bar in Maiduguri climbed to 14 on Monday.", 14),
        # the dead found count as many as the people they were
        ("Police found the bodies of seven people with gunshot wounds in Maiduguri.", 7),
        ("The bodies of four men, their hands bound, were found in Maiduguri on Monday.", 4),
        # communiqués' "neutralised" counts parties, never things
        ("Troops fought jihadists in Maiduguri on Monday; 15 jihadists were neutralised.", 15),
        ("Soldiers repelled an attack in Maiduguri on Monday and eliminated six insurgents.", 6),
        # "nine of the attackers" are of the attackers' side: both sides add up
        (
            "Militants attacked a base in Maiduguri on Friday, killing seven soldiers. "
            "Troops killed nine of the attackers, the army said.",
            16,
        ),
    ],
)
def test_fatalities_forms(typer_ready, analyze, text: str, toll: int | None) -> None:
    event = _only_event(analyze(text))
    assert event.fatalities == toll


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        (
            "Gunmen attacked a market in Maiduguri on Monday, killing 14 people, police said. "
            "Earlier, a local chief had reported that six people were killed in the attack.",
            14,
        ),
        (
            "Clashes in Maiduguri left 30 dead on Sunday, officials said. Hours before, a "
            "hospital director had announced “eleven dead in the morgue”.",
            30,
        ),
        # the killing itself told in the past perfect is no earlier figure
        ("Gunmen had killed five people in Maiduguri before troops arrived on Sunday.", 5),
        ("Police said two dozen gunmen were killed in a shootout in Maiduguri on Monday.", 24),
    ],
)
def test_an_earlier_figure_gives_way_to_the_later_one(
    typer_ready, analyze, text: str, toll: int
) -> None:
    assert _only_event(analyze(text)).fatalities == toll


def test_drones_neutralised_are_no_toll(typer_ready, analyze) -> None:
    analysis = analyze("Air defences neutralised 20 drones over Kharkiv on Monday, officials said.")
    assert all(e.fatalities is None for e in analysis.events)


@pytest.mark.parametrize(
    "text",
    [
        # a people's name or an "X-backed" says whose, not where: the toll is local
        "A Nigerian army spokesman said gunmen killed five villagers in a town near Maiduguri.",
        "Iran-backed militants fired rockets at a village in Kharkiv region, killing five people.",
        # a settlement noun beside a country: one place the gazetteer does not name
        "Rockets hit a key city in Ukraine on Monday, killing five people.",
    ],
)
def test_a_local_toll_beside_a_country_name_is_kept(typer_ready, analyze, text: str) -> None:
    assert [e.fatalities for e in analyze(text).events] == [5]


def test_conflicting_tolls_take_the_lowest(typer_ready, analyze) -> None:
    analysis = analyze(
        "Militants attacked an army base in Maiduguri, Nigeria, on Sunday, killing 12 soldiers, "
        "the army said.\n\nLocal sources said 15 soldiers were killed in the attack in Maiduguri."
    )
    event = _only_event(analysis)
    assert event.fatalities == 12


def test_a_date_of_the_report_bounds_the_incident(typer_ready, analyze) -> None:
    event = _only_event(
        analyze("Gunmen attacked a village in Zamfara State, Nigeria, police said on Saturday.")
    )
    assert (event.date_start, event.date_end) == ("2023-04-05", "2023-04-08")
    assert event.time_precision == 2
    assert any("police" in source.lower() for source in event.reported_by)


@pytest.mark.parametrize(
    "second",
    [
        "At least 35 people have been killed in the state since January.",
        "The gang denied killing 12 villagers.",
    ],
)
def test_running_totals_and_denied_tolls_are_no_toll(typer_ready, analyze, second: str) -> None:
    event = _only_event(
        analyze(
            "Gunmen attacked the village of Kaura Namoda in Zamfara State, Nigeria, on Saturday. "
            + second
        )
    )
    assert event.fatalities is None


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Islamabad, Apr 11 (PTI) Militants attacked a check post on Monday, killing three "
            "soldiers, officials said.",
            "2023-04-10",
        ),
        (
            "Kano, Apr 11 (PTI) Gunmen abducted 15 students from a school on Sunday, police said.",
            "2023-04-09",
        ),
        (
            "Goma, 11 April (EFE) — Three soldiers were killed on Sunday when rebels ambushed a "
            "convoy near Rutshuru, the army said.",
            "2023-04-09",
        ),
        (
            "Bamako/Dakar, April 11 (AFP) — Two gendarmes were killed on Monday when jihadists "
            "attacked a post in the Segou region, officials said.",
            "2023-04-10",
        ),
        (
            "Maiduguri (Nigeria), April 11, 2023 (AFP) - Gunmen killed nine farmers in the "
            "village of Kirawa in Borno state on Sunday, residents said.",
            "2023-04-09",
        ),
        (
            "Lagos, Nigeria - April 11, 2023: Bandits killed seven villagers in the Tsafe area of "
            "Zamfara state on Monday, police said.",
            "2023-04-10",
        ),
    ],
)
def test_the_day_of_a_dateline_is_not_the_incidents(
    typer_ready, analyze, text: str, day: str
) -> None:
    """A wire dateline run into the lead names the day the story was filed."""
    assert _days_of_only_event(analyze(text)) == (day, day)


@pytest.mark.parametrize(
    ("text", "town", "day"),
    [
        (
            "Maiduguri (Nigeria), April 11, 2023 (AFP) - Gunmen killed nine farmers in the "
            "village of Kirawa in Borno state yesterday, residents said.",
            "Kirawa",
            "2023-04-10",
        ),
        (
            "Lagos, Nigeria - April 11, 2023: Bandits killed seven villagers in Zamfara state's "
            "Tsafe area yesterday, police said.",
            "Tsafe",
            "2023-04-10",
        ),
        (
            "Peshawar, April 11: Militants killed three policemen in Dera Ismail Khan "
            "yesterday, officials said.",
            "Dera Ismail Khan",
            "2023-04-10",
        ),
        (
            "Kabul, Afghanistan — A bomb exploded at a market in Jalalabad on Monday, killing "
            "six people, police said.",
            "Jalalabad",
            "2023-04-10",
        ),
        (
            "Nairobi, Kenya — Police shot dead two protesters in Nakuru on Monday, witnesses said.",
            "Nakuru",
            "2023-04-10",
        ),
        (
            "KINSHASA, April 11 (ACP).- Rebels ambushed an army convoy near Goma yesterday, "
            "killing four soldiers, the army said.",
            "Goma",
            "2023-04-10",
        ),
    ],
)
def test_a_datelines_town_and_day_are_not_the_incidents(
    typer_ready, analyze, text: str, town: str, day: str
) -> None:
    """A story filed on the dateline's day and published two days later: the dateline's town
    is the reporter's, and "yesterday" counts from the dateline's day."""
    event = _only_event(analyze(text, published="2023-04-13"))
    assert (_town_of(event), event.date_start, event.date_end) == (town, day, day)


@pytest.mark.parametrize(
    "text",
    [
        "Kabul, Afghanistan — A bomb exploded at a market, killing six people.",
        "Baghdad, Iraq — A roadside bomb went off near a bus, killing four passengers.",
    ],
)
def test_the_capital_of_a_dateline_is_no_state_acting(typer_ready, analyze, text: str) -> None:
    """The parser may make the dateline's capital the subject of the lead's verb."""
    event = _only_event(analyze(text))
    assert event.actor1 is not None and event.actor1.startswith("Unidentified Armed Group")


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        (
            "Suspected jihadists killed 12 soldiers in an ambush in southwest Niger on Saturday, "
            "the defence ministry said.\n\nSeven soldiers were wounded and the army killed "
            '"dozens of terrorists" in the ensuing fighting, it said.\n\nIn a separate '
            "incident on Friday, gunmen on motorbikes attacked the village of Kourkou in the "
            "same region, killing five civilians, a local official told Reuters.",
            5,
        ),
        (
            "Rebels killed six policemen in an attack on a checkpoint in eastern Congo on "
            "Tuesday, the army said.\n\nSoldiers killed three rebels in the clashes that "
            "followed.\n\nSeparately, armed men shot dead four farmers in a village of the "
            "same territory on Monday, residents said.",
            4,
        ),
    ],
)
def test_an_incident_told_as_separate_is_its_own_event(
    typer_ready, analyze, text: str, victims: int
) -> None:
    """Told as separate, an attack on the day before is not the lead-up of the battle."""
    events = analyze(text).events
    kinds = sorted(e.event_type for e in events)
    assert kinds == ["Battles", "Violence against civilians"], kinds
    attack = next(e for e in events if e.event_type == "Violence against civilians")
    assert attack.fatalities == victims


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Heavy fighting was reported on Saturday in the town of Kadugli, residents said.",
            "2023-04-08",
        ),
        (
            "On 9 April, clashes between the army and the rebels were reported in Kadugli.",
            "2023-04-09",
        ),
    ],
)
def test_the_day_an_incident_was_reported_on_is_its_own(
    typer_ready, analyze, text: str, day: str
) -> None:
    """ "Clashes were reported on ...": the incident is what was reported, on its day."""
    assert _days_of_only_event(analyze(text)) == (day, day)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Suspected jihadists killed 12 soldiers in an ambush in southwest Niger on Saturday, "
            "the deadliest attack since the army seized power in July.",
            "2023-04-08",
        ),
        (
            "Gunmen killed 30 villagers in Plateau State on Sunday, the worst massacre since the "
            "new governor took office in January.",
            "2023-04-09",
        ),
    ],
)
def test_the_day_a_comparison_counts_from_dates_no_incident(
    typer_ready, analyze, text: str, day: str
) -> None:
    """ "The deadliest attack since ... in July" describes the incident told, on its own day."""
    assert _days_of_only_event(analyze(text)) == (day, day)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Rebels of the M23 seized the town of Rubaya, in North Kivu's Masisi territory, on "
            "Monday, local officials said.",
            "2023-04-10",
        ),
        (
            "Gunmen killed five villagers in a village of Zamfara state, on Saturday, police said.",
            "2023-04-08",
        ),
    ],
)
def test_a_day_between_the_report_and_its_teller_is_the_incidents(
    typer_ready, analyze, text: str, day: str
) -> None:
    """The parser hangs "on Sunday" on "said"; set off before the teller, it dates the
    incident, where "..., police said on Saturday" dates the report."""
    assert _days_of_only_event(analyze(text)) == (day, day)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Maoist rebels killed a villager they accused of being a police informer in "
            "Chhattisgarh's Bijapur district on Sunday.",
            "2023-04-09",
        ),
        (
            "A mob lynched a man accused of blasphemy in Sialkot on Friday, police said.",
            "2023-04-07",
        ),
    ],
)
def test_a_verb_of_saying_that_describes_the_victim_dates_no_report(
    typer_ready, analyze, text: str, day: str
) -> None:
    """The parser hangs the day on "accused", a verb of saying; describing the victim, it
    reports nothing, and the day is the killing's."""
    assert _days_of_only_event(analyze(text)) == (day, day)


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "At least nine Palestinians were killed in an Israeli air strike on a house in the "
            "Bureij refugee camp in central Gaza on Monday, health officials said.\n\nMore than "
            "30,000 Palestinians have been killed in Gaza since the war began on Oct. 7, "
            "according to the Gaza health ministry.",
            9,
        ),
        (
            "Seven Palestinians were killed in an Israeli drone strike on a car in the Nuseirat "
            "camp in central Gaza on Monday, medics said.\n\nThe Gaza health ministry says more "
            "than 30,000 people have been killed in Gaza since the war began.",
            7,
        ),
    ],
)
def test_a_camp_in_central_gaza_is_one_scene_where_gaza_also_names_a_ministry(
    typer_ready, analyze, text: str, dead: int
) -> None:
    """ "The Gaza health ministry" reads Gaza as the city; the camp "in central Gaza" still lies
    in the territory, which holds it: one incident, with its toll."""
    event = _only_event(analyze(text))
    assert event.fatalities == dead and event.location.country_code == "PS"


@pytest.mark.parametrize(
    "text",
    [
        "Militants attacked the village of Kolofata on Monday, residents said. The militants "
        "attacked army posts manned by soldiers in the village and fought them for hours.",
        "Fighters of the armed group attacked Tonj village on Sunday, officials said. The "
        "fighters attacked a police post in the village and fought the officers for two hours.",
        "Gunmen attacked the village of Mangu on Sunday, residents said. The gunmen stormed an "
        "army checkpoint in the village and exchanged fire with soldiers.",
    ],
)
def test_a_fight_with_armed_men_is_no_detail_of_an_attack_on_a_village(
    typer_ready, analyze, text: str
) -> None:
    """The doers' second sentence tells whom they fought: the battle is not folded into the
    attack on the village that the first sentence made of it."""
    assert "Battles" in {e.event_type for e in analyze(text).events}


@pytest.mark.parametrize(
    "text",
    [
        "Gang members attacked a police station in Port-au-Prince on Friday, police said. "
        "Gunfire rang out across the district for several hours, residents said.",
        "Government troops fought Fano militiamen in the town of Gondar on Saturday, residents "
        'said. "There was heavy gunfire in the town all day," one resident said.',
    ],
)
def test_a_report_naming_no_one_details_the_fight_before_it(
    typer_ready, analyze, text: str
) -> None:
    """An undated sentence that names no doer and no armed target ("gunfire rang out") tells
    the scene of the incident before it, not an attack on civilians of its own; nor does it
    make the battle an attack."""
    events = analyze(text).events
    assert [e.sub_event_type for e in events] == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        "An air strike on Monday killed 20 fighters hiding in a tunnel in Khan Younis, the army "
        "said.",
        "Israeli jets struck the town of Rafah on Monday, killing 12 militants in a tunnel "
        "complex, the army said.",
    ],
)
def test_a_tunnel_where_fighters_were_struck_is_no_event_of_its_own(
    typer_ready, analyze, text: str
) -> None:
    """The tunnel the dead were in is the strike's place, not a tunnel found."""
    assert [e.sub_event_type for e in analyze(text).events] == ["Air/drone strike"]


@pytest.mark.parametrize(
    "text",
    [
        "Security forces killed at least 20 protesters in a crackdown in the town of Monywa on "
        "Friday, witnesses said. Soldiers used grenades and machine guns against the "
        "protesters, residents said.",
        "Troops killed at least 40 people in a crackdown on protesters in the city of Mandalay "
        "on Saturday, a rights group said. Soldiers turned rifle grenades and machine guns "
        "against protesters who had built barricades, residents said.",
    ],
)
def test_weapons_used_on_protesters_are_the_crackdown_told_before(
    typer_ready, analyze, text: str
) -> None:
    """An undated sentence of the weapons used on protesters tells the force of the crackdown
    told before, at its town: no strike of its own."""
    events = analyze(text).events
    assert [e.sub_event_type for e in events] == ["Excessive force against protesters"]


@pytest.mark.parametrize(
    "text",
    [
        "Al Shabaab fighters ambushed an army convoy near Jowhar on Sunday, killing four "
        "soldiers, an officer said. A roadside bomb also hit one of the trucks during the attack, "
        "he said.",
        "Militants attacked a police post in Bannu on Monday, killing two officers, police said. "
        "A hand grenade exploded near the gate during the assault, police said.",
    ],
)
def test_a_weapon_used_during_the_attack_is_part_of_it(typer_ready, analyze, text: str) -> None:
    """ "During the attack" points at the incident told: its weapon is no incident of its own
    (nor does it turn the fight into a grenade attack)."""
    events = analyze(text).events
    assert [(e.event_type, e.fatalities) for e in events] == [
        ("Battles", 2 if "Bannu" in text else 4)
    ]


@pytest.mark.parametrize(
    ("text", "dead"),
    [
        (
            "KHARTOUM, May 6 (Reuters) - Fighters of the RSF killed 30 people in an attack on a "
            "village in Sudan's White Nile state on Friday, activists said. RSF fighters shot "
            "residents and burned the market in the village of Um Kadada Wad Ajib, they said.",
            30,
        ),
        (
            "ABUJA, May 6 (Reuters) - Bandits killed 14 people in an attack on a village in "
            "Nigeria's Katsina state on Friday, police said. Bandits on motorcycles shot "
            "villagers in the village of Yar Gamji Tsauni, a resident said.",
            14,
        ),
    ],
)
def test_a_village_the_gazetteer_lacks_is_the_one_told_in_the_region(
    typer_ready, analyze, text: str, dead: int
) -> None:
    """The village is put at a guess (the dateline's city): the same doers' incident told in
    the state that holds it is the same one, with its toll."""
    events = analyze(text).events
    assert [(e.sub_event_type, e.fatalities) for e in events] == [("Attack", dead)]


def test_the_start_of_a_protest_wave_dates_none_of_its_rallies(typer_ready, analyze) -> None:
    """ "The demonstrations began last week" is when the wave started: the rally told before
    it, "also" on the day of the first, keeps that day."""
    analysis = analyze(
        "Police fired tear gas at protesters in Nairobi on Monday, witnesses said. Protests also "
        "took place in Mombasa and Nakuru. The demonstrations began last week over proposed tax "
        "increases."
    )
    assert {e.date_start for e in analysis.events} == {"2023-04-10"}, [
        (e.location.name if e.location else None, e.date_start) for e in analysis.events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas at protesters in Nairobi on Monday, witnesses said. Protests also "
        "took place in Mombasa, Kisumu and Nakuru, where demonstrators lit bonfires and blocked "
        "roads.",
        "Security forces dispersed a rally in Khartoum with tear gas on Monday. Marches were "
        "also held in Atbara, Kassala and Port Sudan, where crowds chanted against the army.",
    ],
)
def test_every_town_of_a_rally_told_alongside_takes_its_day(
    typer_ready, analyze, text: str
) -> None:
    events = analyze(text).events
    assert len(events) >= 3
    assert {e.date_start for e in events} == {"2023-04-10"}, [
        (e.location.name if e.location else None, e.date_start) for e in events
    ]


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "Gunmen attacked the village of Zike in Plateau state on March 28, killing at least 51"
            " people.\n\nTroops later clashed with the attackers near Mangu, killing five of them.",
            "2025-04-10",
            "2025-03-28",
        ),
        (
            "On June 25, Kenyan police shot dead 19 protesters as crowds stormed parliament in"
            " Nairobi.\n\nIn Eldoret, protesters set fire to a police station and looted shops.",
            "2024-07-05",
            "2024-06-25",
        ),
        (
            "Rebels overran an army base near Kidal on 2 May, the army said.\n\nDrones then struck"
            " a convoy of fighters outside Tessalit, killing eight.",
            "2024-05-14",
            "2024-05-02",
        ),
        # the day told lies inside the days before the report an undated incident is guessed at
        (
            "Russian drones struck Sumy on Thursday, killing two. In Chernihiv, a missile damaged"
            " a school.",
            "2024-05-18",
            "2024-05-16",
        ),
        (
            "An Israeli drone strike killed two men in Bint Jbeil on Friday. A separate strike"
            " hit a house in Aitaroun, wounding a woman.",
            "2024-06-09",
            "2024-06-07",
        ),
    ],
)
def test_an_undated_incident_of_a_story_told_days_later_takes_the_day_told(
    typer_ready, analyze, text: str, published: str, day: str
) -> None:
    first, later = analyze(text, published).events
    assert first.date_start == day
    assert (later.date_start, later.date_end) == (day, day)


@pytest.mark.parametrize(
    ("text", "published", "day"),
    [
        (
            "Israeli strikes killed at least 30 people across Gaza on Thursday. In Jabalia, a"
            " strike on a school sheltering displaced families killed 12. In Khan Younis, a drone"
            " killed four people near a hospital.",
            "2024-08-16",
            "2024-08-15",
        ),
        (
            "Russian missiles killed 14 people across Ukraine on Monday. In Kryvyi Rih, a missile"
            " hit a hotel, killing nine. In Odesa, a drone wounded two port workers.",
            "2024-08-15",
            "2024-08-12",
        ),
    ],
)
def test_a_roundups_town_after_one_folded_into_the_lead_takes_the_leads_day(
    typer_ready, analyze, text: str, published: str, day: str
) -> None:
    # the town told before it became the dated lead's place: its day is the lead's
    events = analyze(text, published).events
    assert len(events) == 2, [(e.location.name if e.location else None) for e in events]
    assert all((e.date_start, e.date_end) == (day, day) for e in events)


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        (
            "Syrian rebels entered Damascus on Sunday, a monitor said.\n\nOn December 3, rebels"
            " pushed toward Hama. Government forces shelled their positions near Morek, killing"
            " five fighters.",
            "Mūrak",
            "2024-12-03",
        ),
        (
            "Police dispersed a rally in Khartoum with tear gas on Tuesday.\n\nOn December 2,"
            " soldiers stormed a hospital in Omdurman. Drones later hit a fuel depot in Kosti,"
            " witnesses said.",
            "Kosti",
            "2024-12-02",
        ),
    ],
)
def test_an_undated_incident_takes_the_earlier_day_its_paragraph_told(
    typer_ready, analyze, text: str, place: str, day: str
) -> None:
    events = analyze(text, "2024-12-12").events
    there = next(e for e in events if e.location is not None and e.location.name == place)
    assert (there.date_start, there.date_end) == (day, day)


def test_an_undated_incident_after_a_lead_of_today_keeps_the_days_before_publication(
    typer_ready, analyze
) -> None:
    text = (
        "Israeli forces pressed on with their raid in Jenin, the army said on Tuesday.\n\nLast"
        " Friday, a drone strike killed three militants in the city.\n\nSettlers attacked the"
        " village of Wadi Rahhal, wounding a man, the health ministry said."
    )
    events = analyze(text, "2024-09-04").events
    settlers = next(e for e in events if e.event_type == "Violence against civilians")
    assert (settlers.date_start, settlers.date_end) == ("2024-09-01", "2024-09-04")


def test_date_without_a_stated_day_is_the_days_before_publication(typer_ready, analyze) -> None:
    event = _only_event(analyze("Gunmen attacked a village in Zamfara State, Nigeria."))
    assert (event.date_start, event.date_end) == ("2023-04-08", "2023-04-11")
    assert event.time_precision in (2, 3)


@pytest.mark.parametrize(
    "text",
    [
        "The militants threatened to attack Maiduguri next week.",
        "The army denied that it had shelled Kharkiv.",
        "Police did not arrest any protesters in Nairobi on Monday.",
        "The group vowed it would retaliate against Israel.",
        "Protesters plan to march in Nairobi on Friday.",
    ],
)
def test_no_event_from_threats_plans_denials_or_negations(typer_ready, analyze, text: str) -> None:
    assert analyze(text).events == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Villagers describe dozens of mortar rounds fired by the army at their homes in Kidal.",
            "Shelling/artillery/missile attack",
        ),
        (
            "Witnesses in Gao recount the heavy shelling carried out by the rebels on Sunday.",
            "Shelling/artillery/missile attack",
        ),
    ],
)
def test_a_noun_told_in_the_past_under_a_present_verb_is_an_event(
    typer_ready, analyze, text: str, expected: str
) -> None:
    assert [e.sub_event_type for e in analyze(text).events] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "Riot police broke up a student demonstration in Nairobi on Monday, injuring dozens.",
        "Soldiers broke up a march of striking nurses in Lagos on Friday, wounding several.",
    ],
)
def test_force_that_injures_in_its_own_sentence_is_excessive(
    typer_ready, analyze, text: str
) -> None:
    assert [e.sub_event_type for e in analyze(text).events] == [
        "Excessive force against protesters"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Police fired tear gas and rubber bullets at protesters in Nairobi on Monday, injuring "
        "dozens.",
        "Riot police used water cannon to disperse marchers in Kampala on Friday, and several "
        "were wounded.",
    ],
)
def test_a_dispersal_that_injures_is_excessive_force(typer_ready, analyze, text: str) -> None:
    assert [e.sub_event_type for e in analyze(text).events] == [
        "Excessive force against protesters"
    ]


def test_tear_gas_and_rubber_bullets_fired_are_no_excessive_force(typer_ready, analyze) -> None:
    analysis = analyze(
        "Police fired tear gas and rubber bullets to disperse protesters in Nairobi on Monday."
    )
    assert [e.sub_event_type for e in analysis.events] == ["Protest with intervention"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Police arrested nine suspects in a raid on a warehouse in Mombasa on Friday.", "Arrests"),
        ("Troops detained 14 men during raids on two villages in Borno on Monday.", "Arrests"),
        (
            "Officers confiscated explosives and detonators in a raid on a house in Mombasa on "
            "Thursday.",
            "Disrupted weapons use",
        ),
    ],
)
def test_a_raid_is_the_means_of_the_arrest_or_seizure_it_made(
    typer_ready, analyze, text: str, expected: str
) -> None:
    assert [e.sub_event_type for e in analyze(text).events] == [expected]


def test_a_raid_that_killed_stays_the_incident(typer_ready, analyze) -> None:
    analysis = analyze(
        "Gunmen attacked a village near Kano on Sunday, killing four people, and looted shops."
    )
    assert [e.sub_event_type for e in analysis.events] == ["Attack"]


@pytest.mark.parametrize(
    ("text", "weapon"),
    [
        (
            "Rebels fired rocket-propelled grenades at an army helicopter during clashes with "
            "troops on Friday.",
            "Shelling/artillery/missile attack",
        ),
        (
            "A soldier was wounded by a hand grenade while his unit was exchanging fire with "
            "militants.",
            "Grenade",
        ),
    ],
)
def test_a_weapon_beside_a_battle_placed_nowhere_stays_an_event(
    typer_ready, analyze, text: str, weapon: str
) -> None:
    assert {e.sub_event_type for e in analyze(text).events} == {weapon, "Armed clash"}


def test_a_weapon_placed_nowhere_is_the_weapon_of_a_placed_battle(typer_ready, analyze) -> None:
    analysis = analyze(
        "Troops clashed with rebels in Kidal on Monday. A video showed the rebels firing "
        "rockets during the battle."
    )
    assert [e.sub_event_type for e in analysis.events] == ["Armed clash"]


@pytest.mark.parametrize(
    "text",
    [
        "Government soldiers entered a village near the capital, Bangui, on Friday and raped "
        "at least four women, officials said.",
        "Police officers entered a neighbourhood near the port of Mombasa on Tuesday and raped "
        "two women, residents said.",
    ],
)
def test_sexual_violence_names_the_incident_it_is_told_with(typer_ready, analyze, text) -> None:
    assert [e.sub_event_type for e in analyze(text).events] == ["Sexual violence"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Troops were deployed to Kisumu on Tuesday and recovered a cache of grenades from "
            "a gang.",
            "Disrupted weapons use",
        ),
        (
            "The rebels deployed fighters to Bunia on Monday and set up a new base in a school.",
            "Headquarters or base established",
        ),
    ],
)
def test_one_sentences_strategic_developments_go_by_the_surer_word(
    typer_ready, analyze, text: str, expected: str
) -> None:
    assert [e.sub_event_type for e in analyze(text).events] == [expected]


def test_no_event_from_a_photo_caption(typer_ready, analyze) -> None:
    analysis = analyze(
        "Officials in Kenya met on Monday to discuss the budget.\n\n"
        "Police fire tear gas at protesters in Nairobi on April 10, 2023. Jane Doe/AFP/Getty"
    )
    assert analysis.events == []


@pytest.mark.parametrize(
    "text",
    [
        "Sudan war: what happened on Tuesday\n\nShelling and clashes\n"
        "- Drones struck a fuel depot in Port Sudan on Tuesday, officials said.\n"
        "Aid\n- The UN said it had sent 40 trucks to Tawila.",
        "Nigeria security brief\n\nGround fighting\n"
        "- Gunmen killed 12 villagers in Zamfara state on Monday, police said.\n"
        "Politics\n- The senate passed the budget.",
    ],
)
def test_a_section_heading_of_a_round_up_tells_no_incident(typer_ready, analyze, text) -> None:
    """'Shelling and clashes' heads the points below it; only the points tell incidents."""
    events = analyze(text, published="2024-05-21").events
    assert len(events) == 1
    assert events[0].evidence.text.startswith("- ")


def test_event_record_is_complete(typer_ready, analyze) -> None:
    analysis = analyze(
        "Police fired tear gas to disperse protesters in Nairobi, Kenya, on Monday, "
        "the Kenya Red Cross said."
    )
    event = _only_event(analysis)
    assert event.event_type == "Protests"
    assert event.sub_event_type == "Protest with intervention"
    assert event.actor1 == "Protesters (Kenya)"
    assert event.actor2 == "Police Forces of Kenya (2022-)"
    assert event.id == f"{analysis.article.id}-000"
    text = analysis.article.text
    assert text[event.evidence.start : event.evidence.end] == event.evidence.text
    assert 0.0 < event.confidence <= 1.0


def test_a_strike_that_kills_is_one_event_with_its_toll(typer_ready, analyze) -> None:
    event = _only_event(analyze("An Israeli drone strike killed three people in Tyre, Lebanon."))
    assert event.sub_event_type == "Air/drone strike"
    assert event.fatalities == 3
    assert event.actor1 == "Military Forces of Israel (2022-)"
    assert event.actor2 == "Civilians (Lebanon)"


def test_a_headline_restates_the_main_incident(typer_ready, analyze) -> None:
    analysis = analyze(
        "Militants Kill Soldiers In Maiduguri\n\n"
        "Militants attacked an army base in Maiduguri, Nigeria, on Sunday, killing 12 soldiers, "
        "the army said."
    )
    event = _only_event(analysis)
    assert event.evidence.text.startswith("Militants attacked")
    assert event.reported_by and "army" in " ".join(event.reported_by)


def test_an_attack_on_soldiers_is_a_battle(typer_ready, analyze) -> None:
    event = _only_event(
        analyze(
            "Gunmen attacked an army base in Maiduguri, Nigeria, on Sunday, killing 12 soldiers."
        )
    )
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor1 == "Unidentified Armed Group (Nigeria)"
    assert event.actor2 is not None and event.actor2.startswith("Military Forces of Nigeria")
    assert event.fatalities == 12


def test_drones_shot_down_are_one_interception(typer_ready, analyze) -> None:
    event = _only_event(
        analyze(
            "Six Ukrainian drones were shot down over the Belgorod region overnight, "
            "the Russian defence ministry said."
        )
    )
    assert event.sub_event_type == "Disrupted weapons use"
    assert event.actor1 == "Military Forces of Russia (2000-)"
    assert event.actor2 == "Military Forces of Ukraine (2019-)"


def test_a_peaceful_march_has_protesters_and_no_opponent(typer_ready, analyze) -> None:
    event = _only_event(
        analyze("Thousands of protesters marched through Nairobi, Kenya, on Monday.")
    )
    assert event.sub_event_type == "Peaceful protest"
    assert (event.actor1, event.actor2) == ("Protesters (Kenya)", None)


@pytest.mark.parametrize(
    ("text", "sub_event_type", "toll"),
    [
        (
            "Police fired live ammunition at protesters in Nairobi, Kenya, on Monday, killing two.",
            "Excessive force against protesters",
            2,
        ),
        # tear gas alone disperses; a beating may injure seriously, and ACLED calls it
        # excessive force
        (
            "Police fired tear gas and water cannon at protesters in Nairobi, Kenya, on Monday.",
            "Protest with intervention",
            None,
        ),
        (
            "Police beat protesters with batons and fired tear gas in Nairobi, Kenya, on Monday.",
            "Excessive force against protesters",
            None,
        ),
        (
            "Riot police clubbed demonstrators outside parliament in Nairobi, Kenya, on Monday.",
            "Excessive force against protesters",
            None,
        ),
        (
            "Police used live fire against students marching in Nairobi, Kenya, on Monday.",
            "Excessive force against protesters",
            None,
        ),
        # force that seriously injures, or a crackdown named as such, is excessive too
        (
            "Police used excessive force against students demonstrating in Nairobi, Kenya, "
            "on Monday.",
            "Excessive force against protesters",
            None,
        ),
        (
            "Police launched a violent crackdown on a sit-in by teachers in Nairobi, Kenya, "
            "on Monday.",
            "Excessive force against protesters",
            None,
        ),
        # shooting told as the lead-in to the news is as lethal as shooting told as the news
        (
            "Police dispersed a march in Kisumu, Kenya, on Monday after opening fire on the crowd.",
            "Excessive force against protesters",
            None,
        ),
    ],
)
def test_excessive_force_is_lethal_force(
    typer_ready, analyze, text: str, sub_event_type: str, toll: int | None
) -> None:
    event = _only_event(analyze(text))
    assert (event.sub_event_type, event.fatalities) == (sub_event_type, toll)
    force, protesters = "Police Forces of Kenya (2022-)", "Protesters (Kenya)"
    lethal = sub_event_type.startswith("Excessive")
    assert (event.actor1, event.actor2) == ((force, protesters) if lethal else (protesters, force))


def test_who_takes_a_town_decides_the_territorial_sub_type(typer_ready, analyze) -> None:
    event = _only_event(
        analyze("The White Army recaptured Nasir in Upper Nile State, South Sudan, on Monday.")
    )
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor1 == "White Army (Nuer Ethnic Militia)"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "The town of Kidal in northern Mali was recaptured on Tuesday after a week of fighting",
            "Government regains territory",
        ),
        (
            "Troops said the village of Kalagam in Borno state had been recovered on Sunday.",
            "Government regains territory",
        ),
        (
            "The town of Menaka in Mali was seized on Sunday after a night of fighting.",
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_a_town_taken_by_no_named_party_keeps_the_verbs_sense(
    typer_ready, analyze, text: str, sub_event_type: str
) -> None:
    """Nobody named takes the town: "recaptured" still tells its return to the state."""
    assert _only_event(analyze(text)).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    ("text", "sub_event_type", "town"),
    [
        (
            "Jihadists seized the town of Djibo in Burkina Faso on Friday. Soldiers recaptured "
            "it on Sunday.",
            "Government regains territory",
            "Djibo",
        ),
        (
            "Islamic State fighters captured the Mozambican town of Palma on Saturday. "
            "Government troops reclaimed it on Tuesday.",
            "Government regains territory",
            "Palma",
        ),
        # a base taken back is fought for, no ground of a town changes hands
        (
            "Militants overran an army base near Kidal in Mali on Friday. Troops retook it on "
            "Saturday.",
            "Armed clash",
            "Kidal",
        ),
    ],
)
def test_a_place_taken_back_under_a_pronoun_is_the_place_told_before(
    typer_ready, analyze, text: str, sub_event_type: str, town: str
) -> None:
    """ "recaptured it": the pronoun stands for what the sentence before took."""
    events = analyze(text).events
    assert len(events) == 2, [(e.sub_event_type, e.evidence) for e in events]
    later = max(events, key=lambda e: e.date_start)
    assert later.sub_event_type == sub_event_type
    assert later.location is not None and later.location.name == town


# -- the shared example article ------------------------------------------------------------


def test_a_town_named_with_region_is_the_region(typer_ready, analyze) -> None:
    analysis = analyze(
        "Drones were shot down over the Belgorod and Kursk regions overnight, the Russian "
        "defence ministry said."
    )
    assert len(analysis.events) == 2, [e.location for e in analysis.events]
    for event in analysis.events:
        assert event.location is not None and event.location.precision == 3
        assert event.location.name not in {"Belgorod", "Kursk"}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Russian forces shelled the village of Bilozerka in Kherson region on Wednesday, "
            "killing an elderly woman.",
            "Bilozerka",
        ),
        (
            "Russian troops shelled the village of Vilkhuvatka in Kharkiv region on Sunday, "
            "killing a man.",
            "Vilkhuvatka",
        ),
    ],
)
def test_a_village_parsed_under_its_region_word_is_the_scene(
    typer_ready, analyze, text: str, town: str
) -> None:
    """ "X in Y region" is often parsed "[X in Y] region": X is still the finer place."""
    event = _only_event(analyze(text))
    assert event.location is not None and event.location.name == town
    assert event.location.precision == 1


@pytest.mark.parametrize(
    "text",
    [
        "Ukrainian drones struck the village of Glotovo in Belgorod region overnight, "
        "wounding two people.",
        "Drones hit the town of Shebekino in Belgorod region overnight, wounding two people.",
    ],
)
def test_a_name_read_as_a_language_before_region_is_the_region(analyze, text: str) -> None:
    """The small model reads "Belgorod" in these as a language; "region" after it says no."""
    regions = [p for p in analyze(text).places if p.text == "Belgorod region"]
    assert regions and regions[0].country_code == "RU" and regions[0].admin1 == "Belgorod"


def test_a_source_read_as_a_town_is_not_the_scene(typer_ready, analyze) -> None:
    event = _only_event(
        analyze("Russian missiles struck Kharkiv on Monday night, Izium reported on Tuesday.")
    )
    assert _town_of(event) == "Kharkiv"


def test_an_arrest_that_set_off_a_protest_stays_apart(typer_ready, analyze) -> None:
    analysis = analyze(
        "Police arrested two men in Maiduguri, Nigeria, on Monday.\n\n"
        "After the arrests, hundreds of protesters marched in Maiduguri on Monday."
    )
    kinds = sorted((e.event_type, e.sub_event_type) for e in analysis.events)
    assert len(kinds) == 2 and kinds[0][0] == "Protests", kinds
    assert kinds[1] == ("Strategic developments", "Arrests"), kinds


def test_no_casualty_before_while_closes_the_earlier_clash(typer_ready, analyze) -> None:
    analysis = analyze(
        "Soldiers clashed with NPA rebels in Surigao City on Thursday.\n\n"
        "The army said no casualty was recorded, while another firefight was monitored "
        "in Davao City on Friday."
    )
    places = _events_at(analysis)
    (surigao,) = places["Surigao"]
    (davao,) = places["Davao"]
    assert surigao.fatalities == 0
    assert davao.fatalities is None


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb hit an army patrol near Kandahar on Friday. None of the soldiers was "
        "killed, the army said.",
        "Militants fired rockets at a village near Kirkuk on Tuesday. None of the wounded died, "
        "officials said.",
        "A drone struck a fuel depot in Belgorod overnight. None of those injured were in "
        "serious condition and none of the workers died, the governor said.",
    ],
)
def test_none_of_a_group_harmed_is_a_toll_of_nobody(typer_ready, analyze, text: str) -> None:
    (event,) = analyze(text).events
    assert event.fatalities == 0


def test_a_state_of_affairs_in_the_present_is_no_incident(typer_ready, analyze) -> None:
    analysis = analyze(
        "Gunmen attacked Maiduguri, Nigeria, on Sunday.\n\n"
        "Boko Haram is fighting the Nigerian government to impose its rule in the northeast."
    )
    assert [e.actor1 for e in analysis.events if e.event_type == "Battles"] == [], [
        (e.sub_event_type, e.evidence.text) for e in analysis.events
    ]


@pytest.mark.parametrize(
    "state",
    [
        "The eastern half of the province is controlled by the rebels, residents say.",
        "Much of the countryside around the city is occupied by militants loyal to the group.",
    ],
)
def test_a_state_told_in_the_present_passive_is_no_incident(typer_ready, analyze, state) -> None:
    analysis = analyze(f"Gunmen attacked Maiduguri, Nigeria, on Sunday.\n\n{state}")
    assert [e.event_type for e in analysis.events] == ["Violence against civilians"], [
        (e.sub_event_type, e.evidence.text) for e in analysis.events
    ]
    # the same words in the past tell that the place changed hands
    told = state.replace(" is ", " was ").replace(" say.", " said.")
    analysis = analyze(f"Gunmen attacked Maiduguri, Nigeria, on Sunday.\n\n{told}")
    assert "Battles" in {e.event_type for e in analysis.events}


@pytest.mark.parametrize(
    "second",
    [
        "Hours later, another bomb exploded near the market, wounding three traders.",
        "Later that day, militants bombed the market again, wounding three traders.",
    ],
)
def test_one_more_incident_told_later_is_its_own_event(typer_ready, analyze, second) -> None:
    first = "A bomb exploded at a market in Maiduguri, Nigeria, on Monday, killing four people."
    analysis = analyze(f"{first}\n\n{second}")
    assert [e.fatalities for e in analysis.events] == [4, None], [
        (e.sub_event_type, e.evidence.text) for e in analysis.events
    ]
    # "the second blast" points back at one told before: no third incident
    told_again = f"{first}\n\n{second} Nobody was hurt in the second blast, police said."
    assert len(analyze(told_again).events) == 2


@pytest.mark.parametrize(
    "lead_up",
    [
        "Another rally had begun outside the town hall on Saturday evening.",
        "On Saturday, another march had set off from the university towards the square.",
    ],
)
def test_another_told_of_days_before_the_incident_is_its_lead_up(
    typer_ready, analyze, lead_up
) -> None:
    # the rally that the dispersal ended, told after it: one incident, not two
    first = (
        "Riot police fired tear gas to disperse protesters in Lviv, Ukraine, soon after "
        "midnight on Sunday, police said."
    )
    analysis = analyze(f"{first}\n\n{lead_up}", "2024-03-10")
    protests = [e for e in analysis.events if e.event_type in ("Protests", "Riots")]
    assert len(protests) == 1, [(e.sub_event_type, e.evidence.text) for e in analysis.events]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed five villagers in Borno State, Nigeria, on Monday, police said.\n\n"
        "On Monday night, gunmen shot dead three farmers around Konduga, another town in the "
        "state.",
        "Bandits killed four herders in Turkana County, Kenya, on Friday.\n\n"
        "On Friday evening bandits killed two traders in Lodwar, another town in the county.",
    ],
)
def test_a_scene_told_as_another_place_is_another_incident(typer_ready, analyze, text) -> None:
    # the region of the first holds the town of the second: only "another" keeps them apart
    assert len(analyze(text).events) == 2


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        (
            "Gunmen shot dead four farmers in Kaura Namoda and two in Maiduguri on Sunday.",
            {"Kaura Namoda": 4, "Maiduguri": 2},
        ),
        (
            "Air strikes killed six people in Kramatorsk, two in Sloviansk and one in Izium "
            "on Friday.",
            {"Kramatorsk": 6, "Sloviansk": 2, "Izium": 1},
        ),
    ],
)
def test_each_town_of_a_list_takes_its_own_count(typer_ready, analyze, text, tolls) -> None:
    places = _events_at(analyze(text))
    assert {town: [e.fatalities for e in places.get(town, [])] for town in tolls} == {
        town: [count] for town, count in tolls.items()
    }
    # one count told for two towns at once is the toll of neither
    shared = _events_at(analyze("Shelling killed two people in Kharkiv and Dnipro on Monday."))
    assert [e.fatalities for town in ("Kharkiv", "Dnipro") for e in shared[town]] == [None, None]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("A drone struck a car on the road between Kharkiv and Kupiansk on Monday.", "Kharkiv"),
        ("Gunmen ambushed a bus between Maiduguri and Kaura Namoda on Sunday.", "Maiduguri"),
    ],
)
def test_the_ends_of_a_stretch_are_one_scene(typer_ready, analyze, text, first) -> None:
    # "between X and Y" names where one incident was, not a list of towns each hit
    assert _town_of(_only_event(analyze(text))) == first


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (
            "Shelling killed two people in Kharkiv, three in Dnipro and one in Sumy on Monday.",
            {"Kharkiv", "Dnipro", "Sumy"},
        ),
        (
            "Russian strikes wounded five civilians in Kramatorsk, four in Bakhmut and two in "
            "Izium, the governor said.",
            {"Kramatorsk", "Bakhmut", "Izium"},
        ),
        ("Missiles struck Kharkiv as well as Dnipro on Monday.", {"Kharkiv", "Dnipro"}),
        ("Russian shells struck Sumy as well as Kharkiv on Friday.", {"Sumy", "Kharkiv"}),
        # a target "near" one town listed with a target "in" another: two scenes
        (
            "Russian missiles struck a power plant near Kharkiv and a rail depot in Dnipro "
            "overnight, officials said.",
            {"Kharkiv", "Dnipro"},
        ),
        (
            "Drones hit an oil depot near Kramatorsk and a school in Sloviansk on Monday, "
            "the governor said.",
            {"Kramatorsk", "Sloviansk"},
        ),
    ],
)
def test_towns_listed_in_other_forms_give_one_event_per_town(
    typer_ready, analyze, text, towns
) -> None:
    # "three in Dnipro" or "as well as Dnipro" hang on the town before it in the parse: a
    # list, not a description of it
    assert towns <= set(_events_at(analyze(text))), text


@pytest.mark.parametrize(
    ("text", "towns"),
    [
        (
            "Mortar fire rained on the outskirts of Kramatorsk, Ukraine, on Sunday.\n\n"
            "The bombardment killed five people in Kramatorsk and two in Sloviansk, regional "
            "officials said.",
            {"Kramatorsk", "Sloviansk"},
        ),
        (
            "Drone strikes hit the Kyiv region of Ukraine overnight, officials said.\n\n"
            "The drones killed a woman in Irpin and two men in Bucha.",
            {"Irpin", "Bucha"},
        ),
    ],
)
def test_towns_one_sentence_lists_stay_apart_beside_a_restatement(
    typer_ready, analyze, text, towns
) -> None:
    # two towns a few km apart, each given its own victims: neither folds into the other
    # through the incident told before them
    events = analyze(text).events
    placed = {town for e in events for town in towns if _town_of(e, km=3.0) == town}
    assert placed == towns, [(e.location, e.evidence.text) for e in events]


@pytest.mark.parametrize(
    "more",
    [
        "Two more villagers were killed in Kaura Namoda, residents said.",
        "In Kaura Namoda, bandits also killed another herder, residents said.",
    ],
)
def test_victims_counted_as_more_are_another_incident(typer_ready, analyze, more) -> None:
    first = "Gunmen shot dead three farmers in Kaura Namoda, Nigeria, on Monday."
    analysis = analyze(f"{first}\n\n{more}")
    assert len(analysis.events) == 2, [(e.fatalities, e.evidence.text) for e in analysis.events]
    assert analysis.events[0].fatalities == 3
    # the same victims told again, a share of them, or more of them dying of their wounds are
    # no second incident
    for again in (
        "Two villagers were killed in Kaura Namoda, residents said.",
        "More than two villagers were killed in Kaura Namoda, residents said.",
        "Two more farmers later died of their wounds in a hospital in Kaura Namoda.",
    ):
        assert len(analyze(f"{first}\n\n{again}").events) == 1, again


@pytest.mark.parametrize(
    ("first", "second", "retold"),
    [
        (
            "A drone strike hit Kharkiv, Ukraine, on Monday, killing two people.",
            "Artillery shells also landed in Kharkiv, damaging a school, the mayor said.",
            "The shelling of Kharkiv damaged a school, the mayor said.",
        ),
        (
            "A car bomb exploded at a checkpoint in Maiduguri, Nigeria, on Sunday, killing four "
            "soldiers.",
            "Mortar shells landed near a camp in Maiduguri, residents said.",
            "The shelling of Maiduguri lasted for hours, residents said.",
        ),
    ],
)
def test_an_undated_kind_of_violence_beside_a_dated_one_is_another_incident(
    typer_ready, analyze, first, second, retold
) -> None:
    # one town, one incident given a day and another kind of violence given none
    analysis = analyze(f"{first}\n\n{second}")
    assert len(analysis.events) == 2, [(e.sub_event_type, e.date_start) for e in analysis.events]
    # pointed back at ("the shelling"), it is the dated incident retold
    assert len(analyze(f"{first}\n\n{retold}").events) == 1


@pytest.mark.parametrize(
    "again",
    [
        "A suicide bombing at a market in Maiduguri killed six people, police said.",
        "An explosion set off by a suicide bomber at the Maiduguri market killed six, police said.",
    ],
)
def test_the_same_kind_told_again_undated_is_one_incident(typer_ready, analyze, again) -> None:
    first = (
        "A suicide bomber blew himself up at a market in Maiduguri, Nigeria, on Monday, "
        "killing six."
    )
    analysis = analyze(f"{first}\n\n{again}")
    assert len(analysis.events) == 1, [(e.sub_event_type, e.date_start) for e in analysis.events]


@pytest.mark.parametrize(
    "text",
    [
        "Police found the bodies of three men in Maiduguri, Nigeria, on Monday near where "
        "troops and militants had clashed.",
        "Gunmen killed four traders in Kaura Namoda, Nigeria, on Friday, in the market where "
        "soldiers had fought bandits.",
    ],
)
def test_an_incident_that_only_says_where_is_its_own(typer_ready, analyze, text) -> None:
    # the clash of the "where" clause locates the killing: two incidents, not one battle
    kinds = sorted(e.event_type for e in analyze(text).events)
    assert kinds == ["Battles", "Violence against civilians"], kinds
    # a "where" clause of no incident keeps the sentence's one incident whole
    plain = text.split(" where ")[0] + " where the attackers had arrived on motorbikes."
    assert len(analyze(plain).events) == 1, plain


@pytest.mark.parametrize(
    "text",
    [
        "Riot police dispersed students near the university in Kisumu, Kenya, where they had "
        "marched on Tuesday.",
        "Soldiers opened fire on protesters in Kisumu, Kenya, on Tuesday where a rally was held.",
    ],
)
def test_a_crowd_dispersed_where_it_gathered_is_one_demonstration(
    typer_ready, analyze, text
) -> None:
    assert len(analyze(text).events) == 1, [e.sub_event_type for e in analyze(text).events]


@pytest.mark.parametrize(
    "likened",
    [
        "Similar attacks were carried out in Kisumu on 3 March, when two officers were hurt.",
        "On 3 March an identical attack in Kisumu wounded two officers.",
    ],
)
def test_an_incident_likened_to_one_before_takes_its_type(typer_ready, analyze, likened) -> None:
    analysis = analyze(
        "A roadside bomb wounded four police officers near Nairobi, Kenya, on 1 March.\n\n"
        + likened
    )
    types = {_town_of(e): e.sub_event_type for e in analysis.events}
    assert types.get("Kisumu") == "Remote explosive/landmine/IED", types


@pytest.mark.parametrize(
    "text",
    [
        "Troops clashed with gunmen and shot two of them in the West Bank city of Nablus on "
        "Friday, the army said.",
        "Nine people were wounded during clashes with soldiers in and around the West Bank "
        "city of Hebron on Wednesday, medics said.",
    ],
)
def test_a_town_and_the_territory_around_it_are_one_scene(typer_ready, analyze, text) -> None:
    # the gazetteer puts such towns in their governorates, not in the territory's name
    events = analyze(text).events
    assert [e.location.name for e in events if e.location] in (["Nablus"], ["Hebron"]), [
        (e.location.name if e.location else None, e.evidence.text) for e in events
    ]


def test_a_clash_nobody_started_lists_state_forces_first(typer_ready, analyze) -> None:
    event = _only_event(
        analyze(
            "Six were killed in an encounter between NPA rebels and government troops in "
            "Surigao City on Thursday."
        )
    )
    assert event.actor1 is not None and event.actor1.startswith("Military Forces of the Phil")
    assert event.actor2 == "NPA: New People's Army"


def test_a_country_owning_the_town_struck_is_no_country_wide_total(typer_ready, analyze) -> None:
    event = _only_event(
        analyze(
            "Explosions shook Kyiv on Sunday.\n\n"
            "Russia targeted Ukraine's capital with drones on Sunday, killing three people."
        )
    )
    assert _town_of(event) == "Kyiv"
    assert event.fatalities == 3


@pytest.mark.parametrize(("where", "events"), [("in Nigeria", 1), ("in northern Nigeria", 2)])
def test_an_incident_placed_only_in_a_country_is_no_event(
    typer_ready, analyze, where: str, events: int
) -> None:
    analysis = analyze(
        "Gunmen attacked Maiduguri, Nigeria, on Saturday.\n\n"
        f"Soldiers clashed with Boko Haram fighters {where} on Monday."
    )
    assert len(analysis.events) == events, [(e.sub_event_type, e.location) for e in analysis.events]


def test_a_place_a_crowd_is_for_or_against_is_not_the_scene(typer_ready, analyze) -> None:
    analysis = analyze("Hundreds of anti-Kyiv protesters marched through Kharkiv on Monday.")
    assert set(_events_at(analysis)) == {"Kharkiv"}, [e.location for e in analysis.events]


def test_a_date_of_another_incident_in_the_sentence_is_not_this_ones(typer_ready, analyze) -> None:
    analysis = analyze(
        "Police arrested two men in Maiduguri, Nigeria, for the killing of a soldier in January."
    )
    arrests = [e for e in analysis.events if e.sub_event_type == "Arrests"]
    assert arrests, [(e.sub_event_type, e.date_start) for e in analysis.events]
    assert all(e.date_start >= "2023-04-01" for e in arrests), [e.date_start for e in arrests]


@pytest.mark.parametrize(
    "text",
    [
        "Police in Karachi arrested 12 people on Sunday over the killing of a cleric in March.",
        "Police detained three men in Lahore on Sunday for the murder of a journalist in February.",
    ],
)
def test_an_arrest_over_a_deed_told_before_is_the_only_event(typer_ready, analyze, text) -> None:
    # the deed is what the arrest was for: no incident of its own, and its month is not the
    # arrest's day
    event = _only_event(analyze(text))
    assert event.sub_event_type == "Arrests"
    assert event.date_start == event.date_end == "2023-04-09"


def test_an_attack_on_a_base_is_a_battle(typer_ready, analyze) -> None:
    event = _only_event(analyze("Gunmen stormed a checkpoint in Maiduguri, Nigeria, on Sunday."))
    assert (event.event_type, event.sub_event_type) == ("Battles", "Armed clash")
    assert event.actor2 is not None and event.actor2.startswith("Military Forces of Nigeria")


def test_where_a_convoy_was_heading_is_not_the_scene(typer_ready, analyze) -> None:
    analysis = analyze(
        "On Monday, aid trucks trying to reach Kharkiv were blocked by residents in Izium."
    )
    assert analysis.events, "no event"
    assert set(_events_at(analysis)) == {"Izium"}, [e.location for e in analysis.events]


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        (
            "A bomb exploded on a bus bound for Kano at a checkpoint in Maiduguri on Sunday, "
            "killing four passengers, police said.",
            "Maiduguri",
        ),
        (
            "A suicide bomber blew himself up at a railway station in Quetta on Saturday, killing "
            "20 people. The blast hit passengers waiting for a train to Peshawar.",
            "Quetta",
        ),
    ],
)
def test_where_a_bus_or_a_train_was_going_is_not_the_scene(
    typer_ready, analyze, text: str, scene: str
) -> None:
    analysis = analyze(text)
    assert {e.location.name for e in analysis.events if e.location} == {scene}


@pytest.mark.parametrize(
    ("text", "scene"),
    [
        (
            "Protesters marched through central Nairobi on Tuesday. Many walked from Kibera and "
            "Mathare, singing and waving placards.",
            "Nairobi",
        ),
        (
            "Hundreds rallied in Dhaka on Sunday. Students streamed from Chittagong and Sylhet, "
            "chanting slogans against the government.",
            "Dhaka",
        ),
        (
            "Thousands of farmers rallied in Amritsar on Friday against the new laws. They came "
            "from Ludhiana on tractors, waving flags and chanting slogans.",
            "Amritsar",
        ),
    ],
)
def test_where_a_crowd_set_out_from_is_not_the_scene(
    typer_ready, analyze, text: str, scene: str
) -> None:
    analysis = analyze(text)
    assert {e.location.name for e in analysis.events if e.location} == {scene}


@pytest.mark.parametrize(
    ("text", "scene", "toll"),
    [
        (
            "Five soldiers were killed when their vehicle hit a roadside bomb near Afgoye, about "
            "30 kilometres northwest of Mogadishu, on Thursday, a military official said.",
            "Afgooye",
            5,
        ),
        (
            "Two civilians died when a shell hit a house near Vuhledar, some 50 km southwest of "
            "Donetsk, on Monday.",
            "Vuhledar",
            2,
        ),
    ],
)
def test_near_a_town_some_km_off_another_is_one_scene(
    typer_ready, analyze, text: str, scene: str, toll: int
) -> None:
    (event,) = analyze(text).events
    assert event.location is not None and event.location.name == scene
    assert event.fatalities == toll


@pytest.mark.parametrize(
    ("text", "town", "region", "toll"),
    [
        (
            "Ukrainian shelling damaged houses in the village of Tyotkino in Russia's Kursk "
            "region, the governor said on Monday.\n\nUkraine's army said Russian forces had "
            "carried out 30 air strikes and 50 attacks with multiple rocket launchers over the "
            "past day, killing three civilians in the Zaporizhzhia region.",
            "Tëtkino",
            "UA",
            3,
        ),
        (
            "Israeli troops raided the town of Qabatiya in the West Bank on Monday, residents "
            "said.\n\nThe Palestinian health ministry said Israeli forces had fired artillery "
            "shells and sent drones over the past day, killing four people in the southern Gaza "
            "Strip.",
            "Qabāţīyah",
            "PS",
            4,
        ),
    ],
)
def test_a_trigger_far_in_the_parse_is_told_at_its_sentences_place(
    typer_ready, analyze, text: str, town: str, region: str, toll: int
) -> None:
    events = analyze(text, "2024-03-12").events
    at_town = [e for e in events if e.location and e.location.name == town]
    assert at_town and all(e.fatalities is None for e in at_town)
    assert any(
        e.fatalities == toll
        and e.location
        and (e.location.precision, e.location.country_code) == (3, region)
        for e in events
    ), [(e.location, e.fatalities) for e in events]


@pytest.mark.parametrize(
    ("text", "town", "km"),
    [
        (
            "Houthi missiles struck a cargo ship about 50 nautical miles west of Aden on Sunday, "
            "the UKMTO said.",
            "Aden",
            92.6,
        ),
        (
            "Gunmen ambushed an army convoy some 70 km north of Gao on Monday, killing four "
            "soldiers.",
            "Gao",
            70.0,
        ),
    ],
)
def test_a_scene_measured_off_a_town_is_put_that_far_off(
    typer_ready, analyze, text: str, town: str, km: float
) -> None:
    analysis = analyze(text)
    (event,) = analysis.events
    anchor = next(p for p in analysis.places if p.text == town)
    assert event.location is not None and event.location.precision == 2
    assert event.location.name.endswith(f"of {anchor.name}"), event.location.name
    off = haversine_km(event.location.lat, event.location.lon, anchor.lat, anchor.lon)
    assert abs(off - km) <= 0.05 * km, off


def test_a_named_protester_fatally_injured_is_one_death(typer_ready, analyze) -> None:
    analysis = analyze(
        "On Monday, student John Kamau was fatally injured by a tear gas canister fired by "
        "police at protesters in Nairobi, Kenya."
    )
    event = _only_event(analysis)
    assert event.fatalities == 1


def test_what_a_group_aims_at_is_no_incident(typer_ready, analyze) -> None:
    analysis = analyze(
        "Boko Haram fighters attacked Maiduguri, Nigeria, on Sunday.\n\n"
        "The group remains committed to the war in its attempt to seize control of "
        "Kaura Namoda."
    )
    assert set(_events_at(analysis)) == {"Maiduguri"}, [
        (e.sub_event_type, e.location) for e in analysis.events
    ]


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Thousands of opposition supporters defied a ban to march through Kinshasa on "
            "Saturday.",
            "Kinshasa",
        ),
        (
            "Hundreds of students flouted a ban on gatherings to protest outside parliament in "
            "Bangkok on Friday.",
            "Bangkok",
        ),
    ],
)
def test_a_protest_held_in_defiance_of_a_ban_happened(typer_ready, analyze, text, town) -> None:
    """What a ban forbade, done in defiance of it, is done: no aim."""
    event = _only_event(analyze(text))
    assert event.event_type == "Protests" and event.location is not None
    assert event.location.name == town


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # things thrown at the police by a crowd that is told: a riot, arrests or not
        (
            "Eleven people were arrested at a march in Lyon after bottles were thrown at riot "
            "police.",
            "Violent demonstration",
        ),
        (
            "Four people were detained during a protest in Santiago after bottles were hurled "
            "at police officers.",
            "Violent demonstration",
        ),
        # a crowd's street violence, even told as the lead-in to a march
        (
            "Hundreds marched in Caracas on Sunday after a week of street violence in the capital.",
            "Violent demonstration",
        ),
        # an angry crowd that burns things to protest is a demonstration turned violent
        (
            "Angry youths set vehicles ablaze in Bamako on Monday to protest the killing of a "
            "trader.",
            "Violent demonstration",
        ),
        # ... but one that lynches stays a mob, and the police's throwing or an armed group's
        # grenade is no riot
        (
            "An angry crowd lynched a suspected kidnapper in Kano on Monday to protest "
            "insecurity in the area.",
            "Mob violence",
        ),
        ("Militants threw a grenade at a police patrol in Srinagar on Monday.", "Grenade"),
        (
            "Police lobbed tear gas at students marching in Kampala on Monday.",
            "Protest with intervention",
        ),
    ],
)
def test_a_crowd_that_turns_violent_riots(typer_ready, analyze, text: str, sub_type: str) -> None:
    assert _only_event(analyze(text)).sub_event_type == sub_type


# What a deed done "in protest at" is against befell others before (the parser hangs that
# "at" on the verb): a protest, no intervention in it.
@pytest.mark.parametrize(
    "text",
    [
        "Lawyers in Lahore boycotted the courts on Thursday in protest at a colleague's arrest.",
        "Shopkeepers downed shutters in Srinagar on Monday in protest at the arrest of a trader.",
    ],
)
def test_a_deed_in_protest_at_an_arrest_is_a_protest(typer_ready, analyze, text: str) -> None:
    assert _only_event(analyze(text)).sub_event_type == "Peaceful protest"


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a truce set to take effect, told alone, is the news of the truce agreed
        (
            "The truce between the army and the RSF in Khartoum is due to take effect at "
            "midnight on Saturday.",
            1,
        ),
        (
            "The ceasefire agreement in Idlib province is set to take effect on Wednesday, "
            "Turkish officials said.",
            1,
        ),
        # ... told beside its signing, it adds no second agreement
        (
            "The two sides signed a ceasefire in Juba on Friday, mediators said.\n\n"
            "The truce is set to take effect on Monday.",
            1,
        ),
        # ... and a rally or talks still to come are no event
        ("A march against the new tax is scheduled to take place in Accra on Friday.", 0),
        ("Peace talks between the army and the rebels are due to open in Nairobi next week.", 0),
    ],
)
def test_a_truce_to_take_effect_tells_its_agreement(
    typer_ready, analyze, text: str, count: int
) -> None:
    events = analyze(text).events
    assert [e.sub_event_type for e in events] == ["Agreement"] * count


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of lawyers marched in Lahore on Tuesday over the arrest of a colleague.",
        "The rallies in Kampala on Friday were over the abduction of an opposition activist.",
        "Hundreds protested in Nairobi on Monday over the detention of an opposition senator.",
    ],
)
def test_what_a_protest_is_over_is_its_grievance(typer_ready, analyze, text: str) -> None:
    """The arrest a crowd protests "over" is told as known: the protest is the news."""
    assert [e.event_type for e in analyze(text).events] == ["Protests"]


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        (
            "Residents of Beni threw stones at a police station on Friday in anger over the "
            "killings of nine villagers in Mamove, local officials said.",
            "Riots",
        ),
        (
            "Hundreds of women marched in Jos on Monday in anger over the abduction of 20 pupils "
            "in Bokkos.",
            "Protests",
        ),
        (
            "Angry youths set tyres ablaze in Bamenda on Thursday in outrage at the kidnapping of "
            "a priest near Bali.",
            "Riots",
        ),
    ],
)
def test_what_a_crowd_acts_in_anger_over_is_its_grievance(
    typer_ready, analyze, text: str, event_type: str
) -> None:
    """The killing a crowd acts "in anger over" is told as known, as one it protests "over":
    the crowd is the news, and it takes no one's dead."""
    events = analyze(text).events
    assert [(e.event_type, e.fatalities) for e in events] == [(event_type, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Russian troops pushed into the outskirts of Vovchansk, where residents reported heavy "
        "shelling.",
        "Israeli tanks pushed deeper into the Shejaiya neighbourhood of Gaza City, where "
        "residents reported heavy gunfire.",
        "M23 rebels advanced into the outskirts of Sake, where residents reported heavy fighting.",
    ],
)
def test_who_tells_of_a_push_is_not_its_target(typer_ready, analyze, text: str) -> None:
    """A relative clause on the place a force pushed into, telling what others did or saw
    there, names no one the push struck: the residents are no victims of an attack."""
    events = analyze(text).events
    assert events, "no event"
    assert all(e.event_type != "Violence against civilians" for e in events), events


@pytest.mark.parametrize(
    "text",
    [
        "Israeli tanks pushed deeper into the Shejaiya neighbourhood of Gaza City on Friday, "
        "where residents reported heavy gunfire.",
        "Russian troops pushed into the outskirts of Vovchansk on Friday, where residents "
        "reported fierce fighting.",
    ],
)
def test_fighting_where_forces_pushed_is_their_battle(typer_ready, analyze, text: str) -> None:
    """Fighting told in a where-clause of the place forces pushed into is the same battle,
    not a second one there."""
    assert [e.event_type for e in analyze(text).events] == ["Battles"]


def test_example_article(typer_ready, analyzer, shared) -> None:
    article = next(iter(read_path(shared / "examples" / "bakhmut-2023-04-11.txt")))
    analysis = analyzer.analyze_one(article)
    places = _events_at(analysis)
    assert "Bakhmut" in places, places
    battles = [e for e in places["Bakhmut"] if e.event_type == "Battles"]
    assert len(battles) == 1, battles
    (battle,) = battles
    assert battle.actor1 == "Military Forces of Russia (2000-)"
    assert battle.actor2 == "Military Forces of Ukraine (2019-)"
    assert battle.date_end <= "2023-04-11" and battle.date_start >= "2023-04-01"
    assert any("NEXTA" in s.upper() for s in battle.reported_by), battle.reported_by
    assert any("State Border Service" in s for s in battle.reported_by), battle.reported_by
    caption_start = article.text.index("A damaged car")
    caption_end = article.text.index("Getty") + len("Getty")
    assert not [e for e in analysis.events if caption_start <= e.evidence.start < caption_end]


def test_example_article_marinka_and_avdiivka(typer_ready, analyzer, shared) -> None:
    article = next(iter(read_path(shared / "examples" / "bakhmut-2023-04-11.txt")))
    places = _events_at(analyzer.analyze_one(article))
    assert {"Marinka", "Avdiivka"} <= set(places), places
    for name in ("Marinka", "Avdiivka"):
        assert any("Defen" in s for e in places[name] for s in e.reported_by)


def test_a_town_taken_after_its_defenders_left_under_fire_is_one_takeover(
    typer_ready, analyze
) -> None:
    event = _only_event(
        analyze(
            "Russian troops seized the town of Izium in the Kharkiv region on Friday after "
            "Ukrainian units pulled out, ending weeks of heavy fighting."
        )
    )
    assert event.sub_event_type == "Non-state actor overtakes territory"
    assert event.actor1 == "Military Forces of Russia (2000-)"


def test_a_capital_in_the_dateline_is_not_the_state_acting(typer_ready, analyze) -> None:
    event = _only_event(
        analyze(
            "KYIV, May 3 - Russian troops seized the town of Izium in the Kharkiv region on "
            "Friday after weeks of heavy fighting."
        )
    )
    assert event.actor1 == "Military Forces of Russia (2000-)"


def test_a_lead_that_names_no_place_is_at_the_dateline(typer_ready, analyze) -> None:
    analysis = analyze(
        "NAIROBI, May 3 - Police arrested an opposition leader at his home on Wednesday.\n\n"
        "Later, his supporters clashed with police in Kisumu, Kenya."
    )
    arrests = [e for e in analysis.events if e.sub_event_type == "Arrests"]
    assert [_town_of(e) for e in arrests] == ["Nairobi"], [
        (e.sub_event_type, e.location) for e in analysis.events
    ]


@pytest.mark.parametrize(
    ("how", "expected"),
    [
        ("ending a long siege", "Non-state actor overtakes territory"),
        ("without a fight", "Non-violent transfer of territory"),
    ],
)
def test_a_takeover_after_a_withdrawal_is_a_handover_only_without_a_fight(
    typer_ready, analyze, how: str, expected: str
) -> None:
    event = _only_event(
        analyze(
            "Rebels took control of the town of Izium in the Kharkiv region on Friday after "
            f"the garrison withdrew, {how}."
        )
    )
    assert event.sub_event_type == expected


def test_territory_words_are_each_reachable(analyzer) -> None:
    from sitrep.analyze.events.sentences import _fought_over, _settle_territory

    lex = load_assembly_lexicon().territory
    for word in lex.fought_over:
        doc = analyzer.nlp(f"They spoke of the {word} there.")
        assert _fought_over(doc[:], lex), word
    for word in lex.not_fought:
        doc = analyzer.nlp(f"They took it {word} fighting there.")
        assert not _fought_over(doc[:], lex), word
    moved = {"takeovers": "Non-state actor overtakes territory"}
    moved["withdrawals"] = "Change to group/activity"
    for name, expected in moved.items():
        for lemma in getattr(lex, name):
            doc = analyzer.nlp("Troops left after the battle.")
            head = doc[1]
            head.lemma_ = lemma  # the rule reads the trigger word's lemma only
            settled = _settle_territory("Non-violent transfer of territory", head, doc[:], lex)
            assert settled == expected, (name, lemma)
    for verb in lex.bare_moves:
        for thing in lex.conveyances:
            doc = analyzer.nlp(f"Guards {verb} him into the {thing}.")
            doc[1].lemma_ = verb
            settled = _settle_territory("Government regains territory", doc[1], doc[:], lex)
            assert settled is None, (verb, thing)


def test_a_detainee_pushed_into_a_vehicle_takes_no_territory(typer_ready, analyze) -> None:
    analysis = analyze(
        "Guards pushed the opposition leader into an armoured car outside a court in "
        "Nairobi, Kenya, on Tuesday, and his allies urged people to take to the streets."
    )
    assert not [e for e in analysis.events if e.event_type == "Battles"], [
        (e.sub_event_type, e.evidence.text) for e in analysis.events
    ]


def test_the_place_an_incident_was_reported_in_is_its_scene(typer_ready, analyze) -> None:
    analysis = analyze(
        "NAIROBI, May 3 - Crowds rallied in Nairobi, Kenya, on Monday.\n\n"
        "Protests were also reported in Kisumu on Monday, a radio station said."
    )
    assert "Kisumu" in _events_at(analysis), [e.location for e in analysis.events]


EFFECTS = {
    "displace": "families displaced",
    "uproot": "families uprooted",
    "ravage": "villages ravaged",
    "devastate": "villages devastated",
    "scar": "villages scarred",
    "ruin": "villages ruined",
    "flatten": "villages flattened",
}


def test_every_effect_verb_has_a_case() -> None:
    assert set(EFFECTS) == load_assembly_lexicon().effect_verbs


@pytest.mark.parametrize("phrase", sorted(EFFECTS.values()))
def test_people_or_places_marked_by_fighting_tell_no_incident(
    typer_ready, analyze, phrase: str
) -> None:
    analysis = analyze(
        "Gunmen attacked Maiduguri, Nigeria, on Sunday.\n\n"
        f"Aid reached the {phrase} by the fighting in Kaura Namoda."
    )
    assert "Kaura Namoda" not in _events_at(analysis), [
        (e.sub_event_type, e.location) for e in analysis.events
    ]


# the doers of an incident named by a noun of attack ("the attackers") as the subject of its
# verb: who did it, no clash of their own with the forces the article names elsewhere
DOERS = [
    "Gunmen killed 12 villagers in Zamfara state on Saturday, police said.\n\nThe attackers "
    "arrived on motorcycles and opened fire on residents of Kaura Namoda, a police spokesman "
    "said.\n\nPolice said security forces had been deployed to the area.",
    "Gunmen killed nine worshippers in Kaduna state on Friday, police said.\n\nThe attackers "
    "came on motorbikes and opened fire on a mosque in Zaria, a resident said.\n\nTroops have "
    "been deployed to the town.",
]


@pytest.mark.parametrize("text", DOERS)
def test_the_attackers_as_doers_tell_no_clash(typer_ready, analyze, text: str) -> None:
    told = [(e.event_type, e.location) for e in analyze(text).events]
    assert [t for t, _ in told].count("Violence against civilians") == 1, told
    assert "Battles" not in [t for t, _ in told], told


# a mass grave where people mourn was found long before: no news of its own, unlike one
# found or dug up
MOURNED_GRAVES = [
    "Residents laid flowers at a mass grave in Bucha on Saturday.",
    "Mourners gathered at a mass grave in Izium on Sunday to remember the victims.",
]


@pytest.mark.parametrize("text", MOURNED_GRAVES)
def test_a_mass_grave_mourned_at_is_no_event(typer_ready, analyze, text: str) -> None:
    assert [e.sub_event_type for e in analyze(text).events] == []


def test_a_mass_grave_dug_up_is_news(typer_ready, analyze) -> None:
    told = analyze("Investigators exhumed bodies from a mass grave in Izium on Friday.").events
    assert [e.sub_event_type for e in told] == ["Other"]


# a grave told by what it holds, in the present: the find is the news
GRAVES_THAT_HOLD = [
    "According to local officials, the mass grave contains the bodies of 200 villagers "
    "killed by the militia near Bunia.",
    "The mass graves hold the remains of dozens of men executed by Islamic State fighters "
    "outside Sinjar, a security source said.",
]


@pytest.mark.parametrize("text", GRAVES_THAT_HOLD)
def test_a_mass_grave_told_by_what_it_holds_is_news(typer_ready, analyze, text: str) -> None:
    assert "Other" in [e.sub_event_type for e in analyze(text).events]


# an incident told, with no day of its own, in a relative clause on a place the sentence
# honours is recalled: no event, and its dead no toll of the day's incident
HONOURED_PLACES = [
    "Hamas fired rockets at Tel Aviv on Monday, the military said.\n\nAt the Nova festival "
    "site near Re'im, where 364 people were killed, families lit candles.",
    "Russian missiles hit Kharkiv on Friday, the governor said.\n\nIn Izium, where Russian "
    "troops killed hundreds of civilians, residents laid wreaths at a memorial.",
]


@pytest.mark.parametrize("text", HONOURED_PLACES)
def test_a_past_told_at_an_honoured_place_is_recalled(typer_ready, analyze, text: str) -> None:
    told = [(e.sub_event_type, e.fatalities) for e in analyze(text).events]
    assert told == [("Shelling/artillery/missile attack", None)], told


def test_the_attackers_of_a_mere_development_still_name_their_attack(typer_ready, analyze) -> None:
    # lines apart, as a page's text comes
    told = analyze(
        "Moscow concert hall attack: what we know\nGunmen opened fire at the Crocus City Hall "
        "concert venue near Moscow on Friday evening, killing at least 133 people.\nThe "
        "attackers then set fire to the building.\nIslamic State claimed responsibility for "
        "the attack.\nRussian authorities said they had detained 11 people, including four "
        "suspected gunmen."
    ).events
    assert any(e.event_type != "Strategic developments" for e in told), [
        e.sub_event_type for e in told
    ]


# ... and so are those counted in the perfect, the gerund bare or not
DRIVEN_OUT = [
    "More than 7 million people have been displaced by fighting in Kaura Namoda, the UN says.",
    "Tens of thousands of families have been uprooted by fighting in Kaura Namoda, aid groups say.",
]


@pytest.mark.parametrize("sentence", DRIVEN_OUT)
def test_people_driven_out_in_the_perfect_tell_no_incident(
    typer_ready, analyze, sentence: str
) -> None:
    analysis = analyze(f"Gunmen attacked Maiduguri, Nigeria, on Sunday.\n\n{sentence}")
    assert "Kaura Namoda" not in _events_at(analysis), [
        (e.sub_event_type, e.location) for e in analysis.events
    ]


@pytest.mark.parametrize(
    ("weapon", "expected"),
    [("Warplanes", "Air/drone strike"), ("Rockets", "Shelling/artillery/missile attack")],
)
def test_a_weapon_that_struck_types_the_attack_words_beside_it(
    typer_ready, analyze, weapon: str, expected: str
) -> None:
    analysis = analyze(
        f"{weapon} hit a market in Maiduguri, Nigeria, on Sunday, the second attack on the "
        "city this month."
    )
    assert [e.sub_event_type for e in analysis.events] == [expected]


def test_every_weapon_subject_is_reachable(analyzer) -> None:
    from sitrep.analyze.events.sentences import _weapon_strike
    from sitrep.model import Trigger

    lex = load_assembly_lexicon()
    attack = Trigger("Battles", "Armed clash", "attack", 0, 6, 0, 0, 0.5)
    past = {"strike": "struck", "hit": "hit", "pound": "pounded", "slam": "slammed into"}
    past["target"] = "targeted"
    assert set(past) == lex.strike_verbs
    for verb in past.values():
        for weapon, sub in lex.weapon_subjects.items():
            doc = analyzer.nlp(f"The {weapon} {verb} the market.")
            struck = _weapon_strike(attack, "Armed clash", doc[:], lex)
            assert struck is not None and struck.sub_event_type == sub, (verb, weapon)


def test_an_arrest_by_no_named_force_is_by_the_police(typer_ready, analyze) -> None:
    analysis = analyze("Two journalists were arrested in Maiduguri, Nigeria, on Monday.")
    arrests = [e for e in analysis.events if e.sub_event_type == "Arrests"]
    assert arrests, [(e.sub_event_type, e.location) for e in analysis.events]
    assert all((e.actor1 or "").startswith("Police Forces of Nigeria") for e in arrests), [
        e.actor1 for e in arrests
    ]


def test_a_place_put_at_a_town_is_in_that_town(typer_ready, analyze) -> None:
    # The park is in no gazetteer: it is put at Lahore's point, and one clash is one event.
    analysis = analyze(
        "Supporters of the opposition clashed with police in Lahore on Monday. Police fired "
        "tear gas at protesters who had gathered in Shalimar Park, officials said.",
        published="2024-01-02",
    )
    assert len(analysis.events) == 1, [(e.sub_event_type, e.location) for e in analysis.events]


def test_arms_seized_after_a_clash_do_not_host_its_dead(analyze, typer_ready) -> None:
    text = (
        "Gunmen attacked a police post in Wum on Sunday and two officers were killed. "
        "Several of their rifles were also seized, the army said."
    )
    events = analyze(text, published="2024-01-09").events
    assert [e.sub_event_type for e in events] == ["Armed clash"]
    assert events[0].fatalities == 2


def test_a_town_read_as_a_people_after_in_is_the_place(analyze, typer_ready) -> None:
    text = "Rebels attacked an army base in Kidal on Monday, killing three soldiers."
    events = analyze(text, published="2024-01-09").events
    assert [(e.sub_event_type, e.location.name) for e in events] == [("Armed clash", "Kidal")]


@pytest.mark.parametrize(
    "text",
    [
        "Masked gunmen kidnapped two aid workers on Friday, their employer said.",
        "Soldiers shot dead three smugglers at a remote crossing overnight.",
    ],
)
def test_an_incident_told_with_no_known_place_is_still_an_event(
    typer_ready, analyze, text: str
) -> None:
    # a brief that places its one incident nowhere we know still reports it
    event = _only_event(analyze(text))
    assert event.location is None
    assert event.event_type in {"Violence against civilians", "Battles"}


def test_an_unplaced_echo_beside_a_placed_incident_is_dropped(typer_ready, analyze) -> None:
    analysis = analyze(
        "Rebels ambushed an army convoy near Maiduguri on Sunday, killing four soldiers.\n\n"
        "Elsewhere, residents said they feared more attacks after a kidnapping last month."
    )
    assert analysis.events and all(e.location is not None for e in analysis.events)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "In the restive Borno State, Maiduguri has long been a target of insurgents.\n\n"
            "On Monday, gunmen killed five traders at the main market, police said.",
            "Maiduguri",
        ),
        (
            "Donetsk Oblast has seen little respite, and Kramatorsk is now near the front.\n\n"
            "A missile strike destroyed a school on Sunday, officials said.",
            "Kramatorsk",
        ),
    ],
)
def test_an_unplaced_incident_falls_back_to_the_town_not_its_region(
    typer_ready, analyze, text: str, town: str
) -> None:
    # the town and its region are each named once: the town says more
    event = _only_event(analyze(text))
    assert _town_of(event, km=25) == town


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Gunmen killed six villagers in Kaura Namoda on Saturday, police said.\n\n"
            "The governor of Zamfara State condemned the attack in a statement from Nairobi.",
            "Kaura Namoda",
        ),
        (
            "Rebels shelled the town of Bakhmut on Monday, killing two.\n\n"
            "Officials in Kyiv expressed concern about the shelling.",
            "Bakhmut",
        ),
    ],
)
def test_a_reaction_to_an_incident_is_no_second_incident(
    typer_ready, analyze, text: str, town: str
) -> None:
    event = _only_event(analyze(text))
    assert _town_of(event, km=25) == town


@pytest.mark.parametrize(
    "text",
    [
        "Nine people were wounded in a hand grenade blast at a market in Davao on Friday.",
        "A grenade exploded outside a bar in Davao on Saturday, wounding four, police said.",
    ],
)
def test_a_named_grenade_is_the_weapon_of_its_blast(typer_ready, analyze, text: str) -> None:
    event = _only_event(analyze(text))
    assert event.sub_event_type == "Grenade"


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Rebel fighters from Borno State killed nine traders in Kaura Namoda on Monday.", None),
        ("Drones launched from Kursk struck a depot in Sumy overnight.", "Sumy"),
        ("On Monday, rockets launched from Donetsk struck a market in Kramatorsk.", "Kramatorsk"),
    ],
)
def test_where_attackers_or_weapons_come_from_is_no_scene(
    typer_ready, analyze, text: str, town: str | None
) -> None:
    event = _only_event(analyze(text))
    assert event.location is not None
    assert "Borno" not in event.location.name and "Kursk" not in event.location.name
    assert "Donetsk" not in event.location.name
    if town is not None:
        assert _town_of(event, km=25) == town


@pytest.mark.parametrize(
    ("text", "country"),
    [
        (
            "Three jihadist groups in Mali announced on Thursday that they had merged into "
            "a single alliance.",
            "ML",
        ),
        ("Six soldiers were killed in Myanmar on Monday, state media said.", "MM"),
    ],
)
def test_an_article_placing_its_incident_only_in_a_country_keeps_it_there(
    typer_ready, analyze, text: str, country: str
) -> None:
    analysis = analyze(text)
    event = _only_event(analysis)
    assert event.location is not None
    assert (event.location.country_code, event.location.precision) == (country, 3)
    # at the country's centre, while the name's toponym keeps the gazetteer's point
    centre = country_centre(country)
    assert centre is not None and (event.location.lat, event.location.lon) == centre
    named = [p for p in analysis.places if p.country_code == country and p.lat is not None]
    assert named and all((p.lat, p.lon) != centre for p in named)


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Ukraine said on Saturday it had pulled its troops out of the town of Avdiivka.\n\n"
            "Russia's defence ministry said its forces had taken full control of the town "
            "after months of fighting.",
            "Avdiivka",
        ),
        (
            "Heavy fighting was reported around the town of Bakhmut on Monday.\n\n"
            "Russia's defence ministry said on Sunday that its troops had taken control of "
            "the town.",
            "Bakhmut",
        ),
    ],
)
def test_the_tellers_country_does_not_place_the_incident(
    typer_ready, analyze, text: str, town: str
) -> None:
    """A country that only owns the teller ("Russia's defence ministry said") is no scene:
    the town told before places the taking."""
    taken = {"Non-state actor overtakes territory", "Government regains territory"}
    events = [e for e in analyze(text).events if e.sub_event_type in taken]
    assert events and all(_town_of(e, km=25) == town for e in events)


@pytest.mark.parametrize(
    "text",
    [
        "Syrian rebels swept into Aleppo on Saturday, pushing government forces out of the "
        "city, a war monitor said.\n\n"
        "The fighters took control of most of the city, including the airport, after "
        "government troops withdrew, the monitor said.",
        "Al-Shabaab fighters stormed the town of Mahas in central Somalia on Tuesday and drove "
        "out the army after hours of fighting, residents said.\n\n"
        "The militants seized the town after Somali troops pulled out, a local elder said.",
    ],
)
def test_a_town_taken_in_a_fight_then_said_left_is_one_takeover(typer_ready, analyze, text):
    """The withdrawal a later sentence tells is part of the fight told first: one takeover by
    the group, with the state's forces on the other side."""
    events = analyze(text, published="2024-12-01").events
    assert [e.sub_event_type for e in events] == ["Non-state actor overtakes territory"]
    assert not events[0].actor1.startswith("Military Forces")
    assert events[0].actor2 is not None and events[0].actor2.startswith("Military Forces")


def test_a_country_only_incident_beside_a_placed_one_is_dropped(typer_ready, analyze) -> None:
    analysis = analyze(
        "Gunmen killed five villagers in Kaura Namoda on Saturday, police said.\n\n"
        "Elsewhere in Nigeria, six soldiers were killed on Sunday, officials said."
    )
    assert all(e.location is not None and e.location.precision < 3 for e in analysis.events)
    assert {_town_of(e, km=25) for e in analysis.events} == {"Kaura Namoda"}


@pytest.mark.parametrize(
    "text",
    [
        "Two suspects were taken from their cell in Kisumu by an angry mob on Monday before "
        "beating them up.",
        "An angry crowd pulled a suspected thief out of a shop in Kisumu on Monday before "
        "beating him up.",
    ],
)
def test_one_sentence_telling_one_attack_in_two_words_is_one_event(
    typer_ready, analyze, text: str
) -> None:
    event = _only_event(analyze(text))
    assert event.sub_event_type == "Mob violence"
    assert event.actor2 == "Civilians (Kenya)"


@pytest.mark.parametrize(
    ("text", "sub_event_type"),
    [
        (
            "Gunmen stormed the village of Kaura Namoda in Zamfara State on Sunday, killing 12 "
            "people.\n\nThe attackers arrived on motorbikes and opened fire on residents, a "
            "police spokesman said.",
            "Attack",
        ),
        (
            "Bandits raided a market in Maiduguri on Sunday, killing nine traders.\n\n"
            "Police said the attackers came from a nearby forest and escaped with cattle.",
            "Attack",
        ),
        (
            "A suicide bomber struck a mosque in Maiduguri on Friday, killing eight worshippers."
            "\n\nWitnesses said the attacker wore a vest packed with explosives.",
            "Suicide bomb",
        ),
    ],
)
def test_the_attackers_named_again_are_the_same_incident(
    typer_ready, analyze, text: str, sub_event_type: str
) -> None:
    assert _only_event(analyze(text)).sub_event_type == sub_event_type


@pytest.mark.parametrize(
    "text",
    [
        "Israeli air strikes hit a house in Khan Younis on Monday, killing six people.\n\n"
        "The bombardment destroyed the building and damaged nearby homes, witnesses said.",
        "Warplanes bombed the town of Kidal on Sunday, killing four civilians.\n\n"
        "Residents said the bombardment lasted two hours.",
    ],
)
def test_a_bombardment_told_after_an_air_strike_stays_an_air_strike(
    typer_ready, analyze, text: str
) -> None:
    assert _only_event(analyze(text)).sub_event_type == "Air/drone strike"


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb wounded five policemen in Maiduguri on Monday who were setting up "
        "a checkpoint near the market.",
        "A landmine hit soldiers who were setting up a new outpost near Kidal on Friday.",
    ],
)
def test_what_the_victims_were_doing_is_no_event(typer_ready, analyze, text: str) -> None:
    assert [e.sub_event_type for e in analyze(text).events] == ["Remote explosive/landmine/IED"]


def test_a_far_namesake_in_a_country_named_nowhere_else_is_no_scene(typer_ready, analyze) -> None:
    analysis = analyze(
        "Gunmen killed five villagers near Maiduguri in Borno State on Saturday, police said.\n\n"
        "On Sunday, gunmen attacked a checkpoint in Suva, killing two soldiers, police said."
    )
    assert analysis.events
    assert {e.location.country_code for e in analysis.events if e.location} == {"NG"}


@pytest.mark.parametrize(
    "text",
    [
        # named twice, the namesake is no likelier: repeats are one place, not two
        "Gunmen killed five villagers near Maiduguri in Borno State on Saturday, police said."
        "\n\nOn Sunday, gunmen attacked a checkpoint in Suva, killing two soldiers. Residents "
        "of Suva fled after the attack, police said.",
        # nor is it where a later sentence that names no place happened
        "Gunmen killed five villagers near Maiduguri in Borno State on Saturday, police said."
        "\n\nResidents of Suva said the gunmen came on motorbikes. On Sunday, a bomb exploded "
        "at a market, wounding seven traders.",
    ],
)
def test_a_far_namesake_named_again_is_still_no_scene(typer_ready, analyze, text: str) -> None:
    analysis = analyze(text)
    assert analysis.events
    assert {e.location.country_code for e in analysis.events if e.location} == {"NG"}


def test_a_neighbours_city_named_once_is_still_a_scene(typer_ready, analyze) -> None:
    analysis = analyze(
        "Israeli jets struck the southern suburbs of Beirut on Monday, Lebanese officials said."
        "\n\nOn Tuesday, a drone strike hit a car in Damascus, killing a commander."
    )
    assert {e.location.country_code for e in analysis.events if e.location} == {"LB", "SY"}


@pytest.mark.parametrize(
    ("text", "target"),
    [
        (
            "Three policemen were wounded when an improvised explosive device went off under "
            "their vehicle in Maiduguri, Nigeria, on Sunday.",
            "Police Forces of Nigeria",
        ),
        (
            "A landmine blast tore through an army truck near Maiduguri, Nigeria, on Monday, "
            "and two soldiers died.",
            "Military Forces of Nigeria",
        ),
    ],
)
def test_an_unnamed_bomber_is_an_unidentified_group(
    typer_ready, analyze, text: str, target: str
) -> None:
    event = _only_event(analyze(text))
    assert event.event_type == "Explosions/Remote violence"
    assert event.actor1 == "Unidentified Armed Group (Nigeria)"
    assert event.actor2 is not None and event.actor2.startswith(target)


@pytest.mark.parametrize(
    "text",
    [
        "Several bombs went off in Maiduguri, Nigeria, late on Friday, police said.",
        "An explosive device detonated outside a school in Kisumu, Kenya, on Thursday.",
    ],
)
def test_a_bombing_without_a_named_party_has_an_unidentified_perpetrator(
    typer_ready, analyze, text: str
) -> None:
    event = _only_event(analyze(text))
    assert event.event_type == "Explosions/Remote violence"
    assert event.actor1 is not None and event.actor1.startswith("Unidentified Armed Group (")


@pytest.mark.parametrize(
    "text",
    [
        "A roadside bomb exploded in Maiduguri, Nigeria, on Tuesday, killing a farmer. "
        "Security forces attacked a rebel camp outside Maiduguri on Tuesday.",
        "A village chief was gunned down in Kisumu, Kenya, on Monday. "
        "Police attacked a hideout outside Kisumu on Monday.",
        "A teacher was shot dead on her way home in Kisumu, Kenya, on Monday. "
        "Kenyan troops raided a militant camp near Kisumu on Monday.",
        "A grenade hurled into a bar in Kisumu, Kenya, wounded six people on Friday. "
        "Police raided a gang hideout in Kisumu on Friday.",
    ],
)
def test_forces_named_in_another_sentence_do_not_become_the_attackers(
    typer_ready, analyze, text: str
) -> None:
    attacks = [e for e in analyze(text).events if e.event_type != "Battles"]
    assert len(attacks) == 1
    assert attacks[0].actor1 is not None
    assert attacks[0].actor1.startswith("Unidentified Armed Group (")
    assert attacks[0].actor2 is not None and attacks[0].actor2.startswith("Civilians (")


@pytest.mark.parametrize(
    "text",
    [
        "An air strike hit a school in Kramatorsk, Ukraine, on Tuesday, killing two people. "
        "Russian forces have pressed their offensive in the region for weeks.",
        "A drone strike on a market in Sumy, Ukraine, killed three civilians on Tuesday, local "
        "officials said. Moscow says its army targets only military sites.",
    ],
)
def test_an_unnamed_air_strike_is_by_the_foreign_forces_named(
    typer_ready, analyze, text: str
) -> None:
    strikes = [e for e in analyze(text).events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1
    assert strikes[0].actor1 is not None
    assert strikes[0].actor1.startswith("Military Forces of Russia")
    assert strikes[0].actor2 is not None and strikes[0].actor2.startswith("Civilians (Ukraine")


def test_an_unnamed_air_strike_is_not_put_on_a_local_group(typer_ready, analyze) -> None:
    event = _only_event(
        analyze(
            "An airstrike on a house in Maiduguri, Nigeria, killed four people on Monday. "
            "Boko Haram fighters operate in the area."
        )
    )
    assert event.sub_event_type == "Air/drone strike"
    assert event.actor1 is None or "Boko Haram" not in event.actor1


@pytest.mark.parametrize(
    "text",
    [
        "A suicide bomber detonated his vest at a military base in Maiduguri, Nigeria, on Monday.",
        "A car bomb exploded at a checkpoint outside Maiduguri, Nigeria, on Thursday.",
    ],
)
def test_a_bomb_at_a_post_strikes_the_forces_there(typer_ready, analyze, text: str) -> None:
    event = _only_event(analyze(text))
    assert event.event_type == "Explosions/Remote violence"
    assert event.actor1 == "Unidentified Armed Group (Nigeria)"
    assert event.actor2 is not None and event.actor2.startswith("Military Forces of Nigeria")


@pytest.mark.parametrize(
    ("text", "launcher", "target"),
    [
        (
            "American troops have trained local forces for years. On Tuesday a drone strike hit "
            "a vehicle near Kismayo, Somalia, killing a man who had led an al-Shabaab unit.",
            "United States",
            "Al Shabaab",
        ),
        (
            "Saudi forces have bombed the province for months. An air strike hit a truck near "
            "Saada, Yemen, on Monday, killing a driver who worked for the Houthis.",
            "Saudi Arabia",
            "Houthis",
        ),
    ],
)
def test_a_group_named_beside_an_air_strike_is_its_target(
    typer_ready, analyze, text: str, launcher: str, target: str
) -> None:
    strikes = [e for e in analyze(text).events if e.sub_event_type == "Air/drone strike"]
    assert len(strikes) == 1
    assert strikes[0].actor1 is not None and strikes[0].actor1.startswith("Military Forces of")
    assert launcher in strikes[0].actor1
    assert strikes[0].actor2 is not None and target in strikes[0].actor2


@pytest.mark.parametrize(
    "text",
    [
        "A Ukrainian official said two civilians were killed in a drone strike on Tuesday.",
        "Two civilians were killed when Russian shells hit a market on Tuesday.",
    ],
)
def test_a_peoples_name_makes_no_country_wide_total(typer_ready, analyze, text: str) -> None:
    # "Ukrainian", "Russian" are mentions of a country for geoparsing, not where a toll is
    # counted: the sentence keeps its toll and its event is not put at the country
    event = _only_event(analyze(text))
    assert event.fatalities == 2
    assert event.location is None or event.location.precision < 3


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Russian drones struck a fuel depot in Sumy on Monday, killing two people.", "Sumy"),
        (
            "Russian artillery shelled Kramatorsk on Friday, killing three residents.",
            "Kramatorsk",
        ),
    ],
)
def test_a_peoples_name_is_never_the_scene(typer_ready, analyze, text: str, town: str) -> None:
    event = _only_event(analyze(text))
    assert _town_of(event) == town
    assert event.location is not None and event.location.precision == 1


def test_a_peoples_name_alone_places_no_incident_in_its_country(typer_ready, analyze) -> None:
    analysis = analyze(
        "Sudanese paramilitaries shelled a market on Sunday, killing 12 people, "
        "a Sudanese doctors group said."
    )
    assert any(p.demonym and p.country_code == "SD" for p in analysis.places)
    event = _only_event(analysis)
    assert event.location is None or event.location.precision < 3
    assert event.fatalities == 12


@pytest.mark.parametrize(
    ("text", "sub_type"),
    [
        # force on protesters short of harm ACLED calls excessive is an intervention
        (
            "Police fired tear gas to disperse a march in the capital on Friday.",
            "Protest with intervention",
        ),
        (
            "Police arrested a dozen students at a rally outside parliament on Monday.",
            "Protest with intervention",
        ),
        # no force told: the protest stays peaceful
        (
            "Hundreds protested in the capital on Monday against the arrest of two activists.",
            "Peaceful protest",
        ),
    ],
)
def test_force_on_protesters_without_harm_is_an_intervention(
    typer_ready, analyze, text: str, sub_type: str
) -> None:
    assert _only_event(analyze(text)).sub_event_type == sub_type


@pytest.mark.parametrize(
    "text",
    [
        "Soldiers beat marchers with sticks during a demonstration in the capital on Friday.",
        "An officer hits a student with his baton during a rally outside parliament on Monday.",
        "Riot police beat an opposition supporter at a rally in the capital on Saturday.",
        "Police bludgeoned protesters outside the ministry in the capital on Tuesday.",
    ],
)
def test_protesters_beaten_met_excessive_force(typer_ready, analyze, text: str) -> None:
    """ACLED's excessive force is violence that may injure seriously: a beating, not tear gas."""
    assert _only_event(analyze(text)).sub_event_type == "Excessive force against protesters"


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Two soldiers killed in ambush in northern Mali\n\n"
            "Two Malian soldiers died on Friday when their patrol came under fire near Gao, "
            "the army said in a statement.",
            "2023-04-07",
        ),
        (
            "Jihadists take hostage 5 soldiers in Niger's Tillaberi\n\n"
            "Five soldiers were seized on Thursday by suspected militants near a checkpoint "
            "in the Tillaberi region, the defence ministry said.",
            "2023-04-06",
        ),
        (
            "Villagers hacked to death in Ituri raid\n\n"
            "BUNIA, Congo (Reuters) - Nine villagers lost their lives late on Thursday as "
            "militiamen swept through a hamlet in Djugu territory, a local leader said.",
            "2023-04-06",
        ),
    ],
)
def test_an_undated_headline_takes_the_day_of_its_lede(
    typer_ready, analyze, text: str, day: str
) -> None:
    events = analyze(text).events
    # the headline's incident, told again in full by a lede that folds the headline in
    headline = [e for e in events if e.evidence.start < text.index("\n")] or events
    assert headline, "the headline tells an incident"
    assert all(str(e.date_start) == day for e in headline), [e.date_start for e in headline]


@pytest.mark.parametrize(
    "text",
    [
        "Colombia: rebels kidnap two police officers in Arauca\n\n"
        "Two police officers were abducted on Sunday by suspected guerrillas in the "
        "department of Arauca, the national police said.",
        "Bandits kidnap four policemen in Zamfara\n\n"
        "Four policemen were abducted by bandits on a highway in Zamfara state on Saturday, "
        "a police spokesman told reporters.",
    ],
)
def test_a_headline_worded_as_another_kind_folds_into_the_lede_at_its_place(
    typer_ready, analyze, text: str
) -> None:
    event = _only_event(analyze(text))
    assert event.evidence.start > text.index("\n"), "the body's report is the record"


def test_a_headline_at_another_place_stays_its_own_incident(typer_ready, analyze) -> None:
    text = (
        "Rebels kidnap two aid workers in Ituri\n\n"
        "Soldiers fought insurgents near Gusau in Zamfara state on Sunday, the army said."
    )
    assert len(analyze(text).events) == 2


@pytest.mark.parametrize(
    ("text", "town"),
    [
        ("Boko Haram fighters killed five farmers near Bama, Borno State, on Monday.", "Bama"),
        ("Gunmen shot dead three traders in Gwoza, Borno State, late on Sunday.", "Gwoza"),
    ],
)
def test_an_address_of_town_and_state_is_the_town(
    typer_ready, analyze, text: str, town: str
) -> None:
    event = _only_event(analyze(text))
    assert event.location is not None and event.location.name == town
    assert event.location.precision in (1, 2)


@pytest.mark.parametrize(
    "text",
    [
        "The army executed six rebels who had surrendered near Beni on Sunday, a rights group "
        "said.",
        "Gunmen killed four prisoners who had surrendered after the jail break in Kano on Monday.",
    ],
)
def test_a_surrender_told_of_the_victims_is_no_agreement(typer_ready, analyze, text) -> None:
    """ "rebels who had surrendered": what the victims had done before, no incident."""
    types = [e.sub_event_type for e in analyze(text).events]
    assert types and "Agreement" not in types, types


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed two farmers in a village that had been attacked by bandits last year, "
        "residents said on Sunday.",
        "Bandits abducted 20 people on Sunday from a town that had been raided twice in "
        "2021, residents of Katsina said.",
    ],
)
def test_a_place_that_had_been_attacked_before_is_background(typer_ready, analyze, text) -> None:
    """The earlier raid of the place is told only to describe it: one incident, this year."""
    events = analyze(text, "2023-04-11").events
    assert len(events) == 1, [(e.sub_event_type, e.date_start) for e in events]
    assert events[0].date_start.startswith("2023"), events[0].date_start


@pytest.mark.parametrize(
    ("text", "neighbour"),
    [
        (
            "Militants ambushed a patrol near the border with Afghanistan on Sunday, killing "
            "four soldiers, the army said.",
            "AF",
        ),
        (
            "Jihadists attacked a military camp in Chinagodrar, near the border with Mali, on "
            "Thursday, killing 25 soldiers.",
            "ML",
        ),
    ],
)
def test_the_land_across_a_border_is_not_the_scene(typer_ready, analyze, text, neighbour) -> None:
    """ "near the border with Mali": Mali is the neighbour across it."""
    event = _only_event(analyze(text))
    assert event.location is None or event.location.country_code != neighbour


@pytest.mark.parametrize(
    ("text", "village", "seat"),
    [
        (
            "Bandits kidnapped 23 travellers on Sunday at Tungar Kanwa village, in the Tsafe "
            "Local Government Area of Zamfara State, a police spokesman said.",
            "Tungar Kanwa",
            (11.96, 6.92),  # Tsafe town; the district's own point lies 14 km away
        ),
        (
            "Jihadists killed 11 civilians in Tondikoirey, a village of the Tillaberi region, "
            "on Saturday evening, a local official said.",
            "Tondikoirey",
            (14.21, 1.45),  # Tillaberi town; the region's point lies 70 km east
        ),
        (
            "Armed men killed nine people in the village of Tungan Bakoshi in Zurmi LGA of "
            "Zamfara state on Sunday, police said.",
            "Tungan Bakoshi",
            (12.78, 6.78),  # Zurmi town
        ),
        (
            "Gunmen stormed Kwanan Dutse village in Shiroro LGA of Niger state on Tuesday and "
            "abducted 20 people, police said.",
            "Kwanan Dutse",
            (9.87, 6.71),  # Shiroro's seat
        ),
    ],
)
def test_an_incident_in_a_village_the_gazetteer_lacks_is_at_its_units_seat(
    analyze, typer_ready, text: str, village: str, seat: tuple[float, float]
) -> None:
    """Put at the point of what holds it, the village is only near there: ACLED's 2."""
    event = _only_event(analyze(text))
    assert event.location is not None and event.location.name == village
    assert haversine_km(*seat, event.location.lat, event.location.lon) <= 5
    assert event.location.precision == 2


@pytest.mark.parametrize(
    ("text", "village", "town"),
    [
        (
            "Rebels seized Kitshanga, a town 90 km west of Goma, on Sunday after heavy fighting "
            "with the army, residents said.",
            "Kitshanga",
            (-1.68, 29.23),  # Goma
        ),
        (
            "Clashes between two clans killed eight people in Shangil Tobaya, a market town "
            "about 60 km south of El Fasher, on Monday, witnesses said.",
            "Shangil Tobaya",
            (13.63, 25.35),  # El Fasher
        ),
    ],
)
def test_an_incident_some_km_off_a_town_is_at_the_place_not_the_town(
    analyze, typer_ready, text: str, village: str, town: tuple[float, float]
) -> None:
    event = _only_event(analyze(text))
    assert event.location is not None and event.location.name == village
    assert haversine_km(*town, event.location.lat, event.location.lon) >= 40


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen kill 30 at market in northeast Nigeria\n\nMAIDUGURI, Nigeria (AP) — Suspected "
        "Boko Haram fighters killed 30 people who were shopping at a market in northeastern "
        "Nigeria, a local official said Sunday.",
        "Militants kill 12 in raid on Burkina village\n\nOUAGADOUGOU — Jihadists killed 12 "
        "villagers who were gathered for a wedding in northern Burkina Faso, local sources "
        "said on Wednesday.",
    ],
)
def test_a_headline_clash_with_no_other_side_is_the_ledes_attack(
    typer_ready, analyze, text
) -> None:
    """ "Gunmen kill 30": a headline that names no side against its attackers retells the
    lede's attack on civilians, not a battle."""
    event = _only_event(analyze(text, "2023-03-02"))
    assert event.sub_event_type == "Attack", event.sub_event_type
    assert (event.actor2 or "").startswith("Civilians"), event.actor2


@pytest.mark.parametrize(
    ("text", "country", "town"),
    [
        (
            "ADDIS ABABA, May 14 (Reuters) - Fighting between the army and the RSF in El "
            "Fasher killed 15 civilians on Tuesday, a medical charity said.",
            "SD",
            "El Fasher",
        ),
        (
            "DAKAR, May 14 (Reuters) - Jihadists attacked an army post in Djibo on Tuesday, "
            "killing 12 soldiers, security sources said.",
            "BF",
            "Djibo",
        ),
        (
            "JOHANNESBURG, May 14 (Reuters) - Insurgents beheaded five villagers in Macomia "
            "on Tuesday, a local official said.",
            "MZ",
            "Macomia",
        ),
    ],
)
def test_a_foreign_newsrooms_dateline_loses_to_the_town_the_lede_names(
    analyze, text: str, country: str, town: str
) -> None:
    # the newsroom's town and the scene's are named once each: the scene is the lede's
    event = _only_event(analyze(text, "2024-05-14"))
    assert event.location is not None and event.location.country_code == country
    assert event.location.name == town


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed 14 worshippers in an attack on a mosque in the village of Tillia in "
        "western Niger on Monday, security sources said.\n\n"
        "The army said it had killed 30 militants in air strikes on Tuesday.",
        "Gunmen killed six villagers in an attack on Banibangou in western Niger on Monday, "
        "local officials said.\n\n"
        "The army said on Tuesday that it had killed 40 militants in air strikes.",
    ],
)
def test_strikes_on_the_killers_do_not_swallow_the_killing(analyze, text: str) -> None:
    # the answer hits the doers: the villagers' deaths stay an attack of their own
    events = analyze(text, "2024-05-14").events
    attacks = [e for e in events if e.sub_event_type == "Attack"]
    assert len(attacks) == 1, [(e.sub_event_type, e.fatalities) for e in events]
    assert attacks[0].actor2 is not None and attacks[0].actor2.startswith("Civilians")


@pytest.mark.parametrize(
    ("text", "dead", "struck"),
    [
        (
            "Bandits killed 11 villagers in Zamfara state on Saturday, residents said. "
            "The air force said it killed 25 bandits in air strikes on Sunday.",
            11,
            25,
        ),
        (
            "Bandits killed 11 villagers in Zamfara state on Saturday, residents said. "
            "On Sunday, air force jets bombed the bandits' hideouts in the state, killing 25 "
            "of them, the military said.",
            11,
            25,
        ),
        (
            "Jihadists killed 15 civilians in an attack on a village in northern Burkina Faso "
            "on Friday, security sources said. The army said air strikes on Saturday killed "
            "about 40 militants in the region.",
            15,
            40,
        ),
    ],
)
def test_a_killing_told_in_full_is_no_toll_of_the_next_days_strikes(
    analyze, text: str, dead: int, struck: int
) -> None:
    # each sentence gives its own day: the villagers' deaths are not the strikes' dead
    events = analyze(text, "2024-05-20").events
    tolls = sorted((e.event_type, e.fatalities) for e in events)
    assert tolls == sorted(
        [("Violence against civilians", dead), ("Explosions/Remote violence", struck)]
    ), tolls


@pytest.mark.parametrize(
    ("text", "tolls"),
    [
        (
            "Israeli air strikes killed 12 people in Rafah on Tuesday. An Israeli drone strike "
            "killed three people in Deir al-Balah on Tuesday, medics said.",
            [3, 12],
        ),
        (
            "Israeli strikes killed 9 people in Gaza City on Sunday, medics said. An Israeli "
            "air strike killed four people in Jabalia on Sunday.",
            [4, 9],
        ),
    ],
)
def test_a_strikes_dead_are_its_own_not_those_of_a_strike_nearby(
    analyze, text: str, tolls: list[int]
) -> None:
    # the second sentence's killing is its own strike's, not the town's close by told first
    events = analyze(text, "2024-05-22").events
    assert sorted(e.fatalities or 0 for e in events) == tolls, [
        (e.location and e.location.name, e.fatalities) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Bandits killed 11 villagers in Zamfara state on Saturday. The air force said it killed "
        "25 bandits in air strikes in the state the same day.",
        "Gunmen killed 14 worshippers at a mosque in Kunduz province on Friday. The air force "
        "said it killed 30 of the militants in the province on Friday.",
        "Jihadists killed 20 villagers in the Mopti region on Monday. The Malian air force said "
        "it killed dozens of terrorists in the region on Monday.",
    ],
)
def test_the_air_forces_own_telling_of_a_strike_on_the_killers_is_no_host(
    analyze, text: str
) -> None:
    # "the air force said it killed": the speaker's word tells the strike, another word of
    # its sentence whom it struck; the villagers' killing the same day stays an attack
    events = analyze(text, "2024-05-22").events
    kinds = sorted(e.event_type for e in events)
    assert kinds == ["Explosions/Remote violence", "Violence against civilians"], [
        (e.event_type, e.fatalities) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Militants shelled a village in Aleppo province on Sunday, killing four civilians, a "
        "monitor said. Russian warplanes later struck militant positions in the province, "
        "killing 10 fighters.",
        "Houthi rebels shelled a village in Taiz province on Tuesday, killing three civilians. "
        "Coalition aircraft struck Houthi sites in the province on Tuesday, killing eight "
        "fighters.",
    ],
)
def test_each_sides_strike_on_the_other_is_its_own_event(analyze, text: str) -> None:
    # one region, one day, but the shelling's doers are whom the aircraft struck
    events = analyze(text, "2024-05-22").events
    strikes = sorted(
        (e.sub_event_type, e.fatalities) for e in events if e.event_type.startswith("Explosions")
    )
    assert [s for s, _ in strikes] == ["Air/drone strike", "Shelling/artillery/missile attack"]
    shelling = [e for e in events if e.sub_event_type.startswith("Shelling")]
    assert shelling[0].actor2 is not None and shelling[0].actor2.startswith("Civilians")


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        (
            "Israeli troops shot dead a Palestinian in Jenin on Thursday. In a separate "
            "incident, settlers attacked Palestinian farmers on Friday, the ministry said.",
            "Settlers",
        ),
        (
            "Russian missiles hit Odesa on Monday, killing four people. Separately, Russian "
            "troops attacked Ukrainian positions on Tuesday, the general staff said.",
            "Military Forces of Russia",
        ),
    ],
)
def test_a_general_word_told_as_a_separate_incident_is_kept(analyze, text: str, doer: str) -> None:
    # "in a separate incident" with its own day and its own doer: no vague echo to drop
    events = analyze(text, "2024-05-22").events
    assert len(events) == 2, [(e.event_type, e.evidence.text[:40]) for e in events]
    assert (events[1].actor1 or "").startswith(doer)


@pytest.mark.parametrize(
    "text",
    [
        "Militants killed nine farmers on Tuesday, residents said. On Wednesday, soldiers were "
        "ambushed near Maiduguri, losing three men, the army said.",
        "Al-Shabaab militants killed seven civilians on Monday, officials said. On Tuesday, a "
        "car bomb exploded near a police station in Mogadishu.",
    ],
)
def test_a_killing_by_its_doers_on_its_own_day_needs_no_place_to_stay_apart(
    analyze, text: str
) -> None:
    # no place of its own, but its doers, its day and its dead: no toll of the next day's
    events = analyze(text, "2024-05-22").events
    assert sorted(e.event_type for e in events)[-1] == "Violence against civilians"
    assert len(events) == 2, [(e.event_type, e.fatalities) for e in events]


@pytest.mark.parametrize(
    ("text", "published"),
    [
        (
            "MOGADISHU, Nov 5 (Reuters) - Somali government forces recaptured the town of Adan "
            "Yabaal from al Shabaab militants on Friday, officials said.\n\nThe town had been "
            'held by the militants for years.\n\n"Our forces entered the town this morning '
            'after the militants fled," a regional official told Reuters by phone.',
            "2022-11-05",
        ),
        (
            "GOMA, Congo, Nov 2 (AP) - M23 rebels captured the town of Kitshanga on Tuesday, "
            'residents said.\n\nThe group has seized several towns in recent weeks.\n\n"They '
            'took control of Kitshanga early today after the soldiers left," a local official '
            "said by phone.",
            "2022-11-02",
        ),
    ],
)
def test_a_town_taken_is_one_takeover_told_on_two_days(analyze, text: str, published: str) -> None:
    events = analyze(text, published).events
    assert len(events) == 1, [(e.sub_event_type, e.date_start) for e in events]
    assert events[0].event_type == "Battles"


@pytest.mark.parametrize(
    "text",
    [
        "Russian shelling killed two people in Kherson on Monday. Russian shelling killed "
        "another person in Kherson on Tuesday, the governor said.",
        "Israeli strikes killed 20 people in Gaza on Saturday. On Sunday, Israeli strikes "
        "killed 15 more people in the enclave, health officials said.",
        "Russian drones struck Kharkiv overnight on Saturday, wounding five people. On Sunday, "
        "a Russian missile hit the city, killing two.",
    ],
)
def test_one_doers_strikes_on_two_days_are_two_events(analyze, text: str) -> None:
    # each sentence states a day of its own: no night joins them across midnight
    events = analyze(text, "2024-05-23").events
    assert len(events) == 2, [(e.date_start, e.fatalities) for e in events]
    assert events[0].date_end < events[1].date_start


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen killed five villagers in Kankara on Tuesday. The attackers returned the next "
        "evening and shot dead two farmers.",
        "Militants attacked a police post in Bannu on Thursday, killing three officers. They "
        "came back the following evening and attacked a checkpoint, killing two policemen.",
    ],
)
def test_doers_back_on_the_night_after_their_attack_are_a_second_event(analyze, text: str) -> None:
    # a night runs into the next day, not back into the day before it
    events = analyze(text, "2024-03-17").events
    assert len(events) == 2, [(e.date_start, e.fatalities) for e in events]
    assert events[0].date_end < events[1].date_start


@pytest.mark.parametrize(
    "text",
    [
        "JNIM fighters killed 15 soldiers in an attack on an army post in northern Burkina Faso "
        "on Thursday. The army said its drones struck the attackers on Friday, killing dozens.",
        "JNIM fighters killed 15 soldiers in an attack on an army post in northern Burkina Faso "
        "on Tuesday. The army said its jets bombed the attackers on Wednesday, killing dozens.",
    ],
)
def test_a_killing_dated_by_its_sentence_is_no_toll_of_the_next_days_strike(
    analyze, text: str
) -> None:
    # "killed" took no day of its own, but its sentence's "attack" states one
    events = analyze(text, "2024-05-25").events
    assert [e.fatalities for e in events] == [15, None], [
        (e.event_type, e.fatalities) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "On Sunday, separatists attacked a gendarmerie post in Bali, Cameroon, killing two "
        "gendarmes. The separatists have imposed school boycotts in the Anglophone regions.",
        "Militants stormed a police station in Tillaberi, Niger, on Sunday, killing three "
        "officers. The jihadists have imposed a boycott of markets across the area.",
    ],
)
def test_a_boycott_imposed_on_others_is_no_protest(typer_ready, analyze, text: str) -> None:
    """What armed men impose on a population is a rule of theirs, not a demonstration."""
    types = [e.event_type for e in analyze(text, "2018-11-06").events]
    assert types and "Protests" not in types, types


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen abducted 79 students from a school in Bamenda, Cameroon, on Monday. On Sunday, "
        "separatists attacked a gendarmerie post in Bali, killing two gendarmes, a source said. "
        "Soldiers killed six of the attackers, the source added.",
        "Gunmen kidnapped 20 travellers near Buea, Cameroon, on Monday. On Sunday, separatists "
        "raided an army post in Muyuka, killing a soldier, an official said. Troops killed four "
        "of the assailants, he added.",
    ],
)
def test_a_fight_of_the_forces_is_no_toll_of_a_kidnapping(typer_ready, analyze, text) -> None:
    """The state's forces killing attackers in a sentence of their own fought a battle: the
    abduction told nearby stays an abduction with no dead."""
    events = analyze(text, "2018-11-06").events
    abductions = [e for e in events if e.sub_event_type == "Abduction/forced disappearance"]
    assert len(abductions) == 1 and abductions[0].fatalities is None, [
        (e.sub_event_type, e.fatalities) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Clashes between rival armed groups in Tripoli killed six people on Sunday. Heavy "
        "gunfire and explosions were heard until late at night.",
        "Fighting erupted in Khartoum on Saturday between the army and the RSF. Witnesses "
        "reported hearing explosions near the airport.",
        "Fighting between the army and the RSF raged in Khartoum on Monday. Explosions and "
        "gunfire rocked the capital, a Reuters reporter said.",
        "Rebels and soldiers clashed in Goma on Sunday. Gunshots and explosions were reported "
        "near the airport.",
    ],
)
def test_blasts_only_heard_are_the_fight_told_beside_them(typer_ready, analyze, text) -> None:
    """Explosions heard during a fight are its sound, not a bombing of their own."""
    events = analyze(text, "2025-01-27").events
    assert [e.event_type for e in events] == ["Battles"], [e.sub_event_type for e in events]


@pytest.mark.parametrize(
    ("text", "village"),
    [
        (
            "Gunmen attacked villages near Jos on Wednesday. The attackers struck the village "
            "of Hukke in Bassa local government area late on Wednesday, shooting residents. "
            "Youths later blocked the main road to Jos in protest, and police fired tear gas "
            "to disperse them.",
            "Hukke",
        ),
        (
            "Bandits struck the village of Kwall in Bassa area on Wednesday night, shooting "
            "residents. Youths later blocked the main road to Jos in protest, and police fired "
            "tear gas to disperse them.",
            "Kwall",
        ),
    ],
)
def test_an_armed_raid_is_no_toll_of_the_protest_after_it(
    typer_ready, analyze, text: str, village: str
) -> None:
    """Armed men's raid on a village, told with its own place and day, stays an attack when
    a crowd protests it on a road nearby."""
    events = analyze(text, "2020-05-28").events
    attacks = [e for e in events if e.sub_event_type == "Attack"]
    assert [e.location.name if e.location else None for e in attacks] == [village], [
        (e.sub_event_type, e.location.name if e.location else None) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hundreds of people protested in Titao on Monday against insecurity. The protest came "
        "after suspected jihadists on Sunday attacked the village of Ouindigui, killing 12 "
        "civilians, local sources said.",
        "Thousands marched in Bunia on Tuesday to denounce the killings. The demonstrations "
        "came after militiamen attacked a camp in Djugu on Sunday, killing 20 people.",
    ],
)
def test_the_attack_a_protest_came_after_is_an_incident(typer_ready, analyze, text) -> None:
    """ "The protest came after X attacked Y": the protest is the one told; the attack is
    news of its own, not the protest's place and day."""
    types = [e.sub_event_type for e in analyze(text, "2021-07-06").events]
    assert "Attack" in types and types.count("Peaceful protest") == 1, types


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Clashes broke out in Gondar on Monday between the army and Fano, a local militia "
            "that fought alongside federal forces in the war in the Tigray region.",
            "Gonder",
        ),
        (
            "Fighting erupted in Kidal on Sunday between the army and the CMA, a rebel alliance "
            "that controlled the town of Aguelhok until 2023.",
            "Kidal",
        ),
    ],
)
def test_what_describes_a_group_is_no_incident_nor_scene(
    typer_ready, analyze, text: str, town: str
) -> None:
    """ "X, a militia that fought in Y": the clause tells what the group is; neither its
    verbs nor its places make another incident."""
    events = analyze(text, "2023-08-09").events
    assert [(e.sub_event_type, e.location.name if e.location else None) for e in events] == [
        ("Armed clash", town)
    ]


@pytest.mark.parametrize(
    ("text", "scenes"),
    [
        (
            "Soldiers killed 20 militants in clashes near Beni on Friday, the army said. The "
            "operation began after rebels attacked a village in Djugu on Wednesday. Two "
            "soldiers died in the fighting.",
            {("Armed clash", "Beni"), ("Attack", "Djugu")},
        ),
        (
            "Troops killed 15 insurgents in fighting near Monguno on Saturday, the army said. "
            "The operation began after jihadists killed nine villagers in Kukawa on "
            "Thursday. Three soldiers were wounded in the fighting.",
            {("Armed clash", "Monguno"), ("Attack", "Kukawa")},
        ),
    ],
)
def test_a_placed_dated_attack_is_not_lost_in_a_vague_fight(
    typer_ready, analyze, text: str, scenes: set
) -> None:
    """An attack with its own place and day stays itself beside "the fighting" told later
    with neither: the vague report only borrowed the attack's scene."""
    events = analyze(text, "2022-01-22").events
    found = {(e.sub_event_type, e.location.name if e.location else None) for e in events}
    assert scenes <= found, found


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Fighting raged in Khartoum on Monday. In North Darfur, RSF fighters attacked the "
            "town of Kabkabiya on Sunday and looted the market, residents said. At least 10 "
            "people were killed.",
            "Kabkābīyah",
        ),
        (
            "Clashes continued in Omdurman on Monday. Gunmen raided the town of Mellit on "
            "Sunday and looted shops, a local official said. Seven people were killed.",
            "Mellit",
        ),
    ],
)
def test_looting_told_with_its_town_places_the_killing_after_it(
    typer_ready, analyze, text: str, town: str
) -> None:
    """The looting of a named town on a named day, then "at least 10 were killed": one
    incident at that town, not a vague killing dropped for want of a place."""
    events = analyze(text, "2023-04-17").events
    places = [e.location.name for e in events if e.location and e.fatalities]
    assert town in places, [
        (e.sub_event_type, e.location.name if e.location else None) for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Police freed 15 hostages held by gunmen in Zamfara on Sunday.",
        "Troops freed 20 kidnapped students in Kaduna state on Monday.",
    ],
)
def test_freeing_people_takes_no_territory(typer_ready, analyze, text: str) -> None:
    """Freeing a town takes it back; freeing hostages takes no ground."""
    events = analyze(text, "2024-06-12").events
    assert all("territory" not in e.sub_event_type for e in events), [
        e.sub_event_type for e in events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces pressed their offensive in eastern Ukraine on Tuesday, shelling "
        "Kramatorsk and Sloviansk, officials said.",
        "Russia kept up its offensive in the Kharkiv region on Tuesday, striking Vovchansk "
        "and Lyptsi with glide bombs.",
        "Israel pressed its offensive in southern Lebanon on Tuesday, striking Tyre and Nabatieh.",
    ],
)
def test_a_campaign_carried_out_in_strikes_is_the_strikes(typer_ready, analyze, text) -> None:
    """An offensive told with the strikes that carried it is those strikes, one per town,
    not a clash of its own beside them."""
    events = analyze(text, "2024-11-13").events
    kinds = [(e.event_type, e.location.name if e.location else None) for e in events]
    assert len(events) == 2, kinds
    assert all(e.event_type == "Explosions/Remote violence" for e in events), kinds


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "Israeli troops pushed deeper into Rafah on Tuesday as fighting raged in the "
            "southern Gaza city.",
            "Rafah",
        ),
        (
            "Israeli tanks pushed deeper into Rafah on Tuesday as fighting with Hamas militants "
            "intensified in the southern Gaza city, residents said.",
            "Rafah",
        ),
        (
            "Israeli airstrikes hit Khan Younis on Monday, killing 12 people in the southern "
            "Gaza city, medics said.",
            "Khan Younis",
        ),
    ],
)
def test_a_town_retold_by_its_epithet_is_no_scene(typer_ready, analyze, text, town) -> None:
    """ "the southern Gaza city" retells the town just named: Gaza City is no second scene."""
    event = _only_event(analyze(text, "2024-05-15"))
    assert _town_of(event) == town, event.location


@pytest.mark.parametrize(
    "text",
    [
        "Protesters burned tyres and threw rocks at police in Port-au-Prince on Monday. Two "
        "people were shot dead in the clashes, a rights group said.",
        "Police used water cannon against protesters who hurled stones in Nairobi on Tuesday. "
        "One man was gunned down during the clashes, a hospital official said.",
    ],
)
def test_the_clashes_a_crowd_story_counts_dead_in_are_the_crowds(analyze, text: str) -> None:
    """'Two were shot dead in the clashes' after a riot: the riot's dead, not a battle with
    unknown gunmen."""
    events = analyze(text, published="2024-03-14").events
    assert len(events) == 1 and events[0].event_type in {"Riots", "Protests"}
    assert events[0].fatalities is not None and events[0].fatalities >= 1


@pytest.mark.parametrize(
    "text",
    [
        "Thousands protested in Lagos on Monday. Gunmen clashed with vigilantes in Zamfara on "
        "Monday; 12 vigilantes were killed in the clashes between the two sides.",
        "Demonstrators rallied in Bamako on Friday. Soldiers and jihadists fought near Gao the "
        "same day. Three soldiers were killed in the clashes, the army said.",
    ],
)
def test_clashes_beside_a_fight_told_stay_a_battle(analyze, text: str) -> None:
    events = analyze(text, published="2024-03-14").events
    assert sorted(e.event_type for e in events) == ["Battles", "Protests"]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Gunmen attacked Dange in Sokoto state on Sunday, killing nine villagers. Troops "
            "regained control of the village on Monday.",
            "Dange",
        ),
        (
            "Militants overran Mansila in Yagha province, Sahel region, on Monday, killing 10 "
            "soldiers. The army retook the town on Wednesday.",
            "Mansila",
        ),
        (
            "Armed men attacked Kadugli in South Kordofan state on Saturday, killing four "
            "people. The next day the army shelled the area, killing two more civilians.",
            "Kadugli",
        ),
        # the sentence points at the region itself, or the region holds towns told together
        (
            "Gunmen attacked Dange in Sokoto state on Sunday, killing nine villagers. Across "
            "the state, troops arrested 40 suspected bandits on Monday.",
            "Sokoto",
        ),
        (
            "Gunmen attacked Dange and Gusau in Sokoto state on Sunday, killing nine "
            "villagers. Troops regained control of the area on Monday.",
            "Sokoto",
        ),
    ],
)
def test_a_sentence_told_on_takes_the_town_its_region_framed(
    typer_ready, analyze, text: str, place: str
) -> None:
    """ "X in Y state", then a sentence naming no place: the incident told on is at the town,
    not the region named last."""
    event = analyze(text).events[-1]
    assert event.location is not None and event.location.name == place
