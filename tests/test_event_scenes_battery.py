"""Where each event is placed, over wordings of our own: the scene among the places a report
names, the finer of two tellings of one incident, a village the gazetteer lacks."""

from __future__ import annotations

import pytest

from sitrep.gazetteer import distance_km

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


def _assert_every_event_at(events: list, town: str) -> None:
    assert events, "no event"
    assert [e.location.name if e.location else None for e in events] == [town] * len(events)


@pytest.mark.parametrize(("text", "town"), REGION_THEN_TOWN)
def test_a_town_told_after_its_region_places_the_incident(analyze, text: str, town: str) -> None:
    """A region told first (a headline, a lede) and then the town of that region where the
    same incident happened: the event is at the town."""
    _assert_every_event_at(analyze(text).events, town)


# (text, the town every event is placed at): the attackers' home told in a clause on them
# ("believed to be from X", "who came from X") is no scene of the raid the lede told
ATTACKERS_FROM_ELSEWHERE = [
    (
        "Gunmen killed at least 16 people in cattle raids in South Sudan's Warrap state on "
        "Monday, a state official said.\n\nThe attackers, believed to be from neighbouring "
        "Unity state, raided cattle camps near Tonj and took thousands of cows, he said.",
        "Tonj",
    ),
    (
        "Bandits killed 11 villagers in Nigeria's Katsina state on Sunday, police said.\n\nThe "
        "gunmen, who came from neighbouring Zamfara state, stormed the village of Faskari on "
        "motorcycles, a police spokesman said.",
        "Faskari",
    ),
]


@pytest.mark.parametrize(("text", "town"), ATTACKERS_FROM_ELSEWHERE)
def test_where_the_attackers_come_from_is_no_scene(analyze, text: str, town: str) -> None:
    events = analyze(text).events
    assert [e.location.name if e.location else None for e in events] == [town]


# (text, the town every event is placed at): the home of people named among the dead ("a
# soldier from X was among the dead", "students from the universities of X and Y", "three of
# the dead came from X") is where they lived, no scene of an incident of its own
VICTIMS_FROM_ELSEWHERE = [
    (
        "A suicide bomber killed 14 people at a mosque in Peshawar on Friday. A policeman from "
        "Mardan and two brothers from Nowshera were among those killed, officials said.",
        "Peshawar",
    ),
    (
        "Al-Shabaab fighters stormed a military base in Mogadishu on Saturday, killing seven "
        "soldiers, officials said. A soldier from Baidoa was among the dead, his family said.",
        "Mogadishu",
    ),
    (
        "Among the dead were two students from the universities of Maiduguri and Kano, "
        "relatives said, after a bomb exploded at a market in Konduga on Tuesday killing 11.",
        "Konduga",
    ),
    (
        "Three of the dead came from Bunia and one from Beni, a local official said, after ADF "
        "rebels killed 22 villagers in Mambasa territory on Monday.",
        "Mambasa",
    ),
]


@pytest.mark.parametrize(("text", "town"), VICTIMS_FROM_ELSEWHERE)
def test_where_the_victims_come_from_is_no_scene(analyze, text: str, town: str) -> None:
    events = analyze(text).events
    assert [e.location.name if e.location else None for e in events] == [town]


# (text, the places of the events): a launch site with the goal it was aimed at ("fired
# rockets from X towards Y") is where the rockets came from, not the scene of the strike on X
LAUNCHED_AT = [
    (
        "An Israeli air strike on a car in Khan Younis killed three people on Monday, medics "
        "said.\n\nOn Monday evening, Hamas fired a barrage of rockets from Khan Younis towards "
        "Ashkelon, the Israeli military said.",
        ["Ashkelon", "Khān Yūnis"],
    ),
    (
        "An Israeli air strike on a tent camp in Rafah killed at least 20 people on Sunday night, "
        "health officials said.\n\nEarlier on Sunday, Hamas fired a barrage of rockets from "
        "Rafah towards Tel Aviv, setting off sirens in central Israel.",
        ["Rafaḩ", "Tel Aviv"],
    ),
    # "from the direction of X" names the launch site as "from X" does
    (
        "Rebels fired mortar rounds at the airport in Aleppo from the direction of Idlib on "
        "Sunday.",
        ["Aleppo"],
    ),
    (
        "Israeli helicopters fired rockets from the direction of the occupied Golan at an army "
        "post in Daraa on Sunday.",
        ["Dar‘ā"],
    ),
    (
        "Drones launched at a fuel terminal near Novorossiysk from the direction of the Black "
        "Sea were shot down on Friday, the Russian defence ministry said.",
        ["Novorossiysk"],
    ),
]


@pytest.mark.parametrize(("text", "places"), LAUNCHED_AT)
def test_a_launch_site_aimed_elsewhere_is_no_scene(analyze, text: str, places: list) -> None:
    events = analyze(text).events
    assert sorted(e.location.name if e.location else "" for e in events) == places


# (text, the area the text puts the village in): the village is the one scene, in that area,
# not a namesake town or district elsewhere that the gazetteer knows
VILLAGE_IN_AREA = [
    (
        "Myanmar soldiers torched houses in Kyauk Sein village of Kani township in Sagaing "
        "region on Monday, killing three villagers, residents said.",
        "Sagaing region",
    ),
    (
        "An airstrike by the junta hit Hpa Yar Gyi village of Kani township in Myanmar's "
        "Sagaing region on Friday, killing seven.",
        "Sagaing region",
    ),
    (
        "Junta troops shelled Mandalay village of Pale township in Sagaing region, Myanmar, on "
        "Thursday, killing two.",
        "Sagaing region",
    ),
    (
        "Bandits killed nine people in Ningi village in the Gusau area of Zamfara state, "
        "Nigeria, on Monday.",
        "Gusau",
    ),
    (
        "Herders attacked Bakori village in the Bokkos area of Plateau state, Nigeria, killing "
        "11, police said.",
        "Bokkos",
    ),
    (
        "Gunmen killed six worshippers in Jos village in the Bama area of Borno state, Nigeria, "
        "on Friday.",
        "Bama",
    ),
    (
        "Jihadists attacked Sebba village in the Djibo area of northern Burkina Faso on "
        "Sunday, killing 15.",
        "Djibo",
    ),
    (
        "Gunmen abducted 14 farmers from Sabon Gari village in the Tsafe area of Zamfara "
        "state, Nigeria, on Wednesday.",
        "Tsafe",
    ),
    # the address told with commas alone
    (
        "Junta troops burned more than 100 houses in Nyaung Pin Thar village, Myaing township, "
        "Magway region, on Saturday, local resistance forces said.",
        "Magway region",
    ),
    (
        "A junta airstrike killed six villagers in Kyauk Sein village, Kani township, Sagaing "
        "region, on Monday.",
        "Sagaing region",
    ),
    (
        "Gunmen killed four farmers in Tudun Wada village, Zamfara state, on Friday.",
        "Zamfara state",
    ),
]

AREA_REACH_KM = 60.0


@pytest.mark.parametrize(("text", "area"), VILLAGE_IN_AREA)
def test_a_village_told_in_an_area_is_placed_there(analyze, text: str, area: str) -> None:
    """A village told as "X village of Y township in Z region" or "X village in the Y area":
    one incident, in the area named, though the gazetteer knows the village's name elsewhere."""
    analysis = analyze(text)
    held = next(p for p in analysis.places if p.text == area)
    assert len(analysis.events) == 1, [(e.location, e.evidence.text) for e in analysis.events]
    where = analysis.events[0].location
    assert where is not None
    assert (where.country_code, where.admin1) == (held.country_code, held.admin1), where
    if held.feature_code and held.feature_code.startswith("PPL"):
        assert distance_km(where.lat, where.lon, held.lat, held.lon) <= AREA_REACH_KM, where


# (text, the scene): a hospital the victims were brought to, or where attackers fled, is no
# scene; a hospital struck is
CARE_AND_FLIGHT = [
    (
        "A bomb exploded at a market in Bama on Tuesday, killing five people. Dozens of injured "
        "were rushed to hospitals in Maiduguri.",
        "Bama",
    ),
    (
        "Gunmen shot dead three traders in Kailahun on Monday. The wounded were taken to "
        "hospital in Kenema, police said.",
        "Kailahun",
    ),
    (
        "Police fired on protesters in Mandera on Friday, wounding four. Two of them later died "
        "at a clinic in Wajir.",
        "Mandera",
    ),
    (
        "Shells hit the main hospital in Kharkiv on Tuesday, killing two patients, the governor "
        "said.",
        "Kharkiv",
    ),
    # the wounded who died in a hospital died of the incident told before
    (
        "A car bomb killed nine people at a checkpoint in Tall Afar on Monday. The toll rose "
        "overnight as more wounded died in hospitals in Mosul.",
        "Tall ‘Afar",
    ),
    (
        "Gunmen killed six villagers in Kauru on Sunday. More of the wounded died overnight in "
        "hospitals in Kaduna, officials said.",
        "Kauru",
    ),
    ("An airstrike on a clinic in Sanaa killed four people on Sunday, medics said.", "Sanaa"),
    (
        "Militants attacked a police post in Tank district on Sunday night, killing two "
        "policemen. The attackers fled towards the mountains of North Waziristan after a gun "
        "battle.",
        "Tank",
    ),
    (
        'Gunmen killed eight farmers in the village of Kauru on Sunday, police said. "They shot '
        'everyone they saw," said a farmer who escaped to the town of Kafanchan.',
        "Kauru",
    ),
    (
        "Militants stormed the town of Mutarule on Saturday and killed nine civilians, "
        "according to a teacher who escaped to Bunia with his family.",
        "Mutarule",
    ),
    (
        "Bandits raided a village near Gusau on Monday, killing five, and fled into the forests "
        "of Tsafe, police said.",
        "Gusau",
    ),
]


@pytest.mark.parametrize(("text", "town"), CARE_AND_FLIGHT)
def test_where_victims_were_treated_or_attackers_fled_is_no_scene(
    analyze, text: str, town: str
) -> None:
    """Victims "taken to hospital in Y", "hospitals in Y received the wounded", attackers who
    "fled towards the mountains of Y": one incident, at the town it happened in."""
    events = analyze(text).events
    assert events, "no event"
    assert [e.location.name if e.location else None for e in events] == [town]


# (text, the place of its one event): a strike's participle that names where its dead fell
# puts the strike there ("shelled the outskirts of X, killing three in the Y camp")
OUTCOME_PLACED = [
    (
        "Russian forces shelled the outskirts of Kherson on Monday, killing two civilians in "
        "the village of Antonivka, the governor said.",
        "Antonivka",
    ),
    (
        "M23 rebels shelled the outskirts of Goma on Wednesday, killing at least three civilians "
        "in the Mugunga displacement camp, local officials said.",
        "Mugunga",
    ),
]


@pytest.mark.parametrize(("text", "place"), OUTCOME_PLACED)
def test_a_strikes_outcome_places_it_where_its_dead_fell(analyze, text: str, place: str) -> None:
    events = analyze(text).events
    assert [e.location.name if e.location else None for e in events] == [place]


# (text, the town struck or taken): a town the tagger reads as a person, named as the object
# of a verb of striking or taking, is the scene, not the town of whoever tells it
STRUCK_TOWNS = [
    (
        "Drone strikes hit Kadugli on Friday, killing six civilians. Hospitals in Dilling "
        "received dozens of wounded, a medic said.",
        "Kadugli",
    ),
    (
        "Drones struck Mellit on Sunday, killing four. Medics in Kutum said the wounded were "
        "brought in overnight.",
        "Mellit",
    ),
    ("Fighters stormed Tillaberi on Thursday, residents of Niamey said.", "Tillabéri"),
    (
        "Paramilitaries shelled Babanusa for a third day, witnesses in El Obeid said.",
        "Babanūsah",
    ),
]


@pytest.mark.parametrize(("text", "town"), STRUCK_TOWNS)
def test_a_town_struck_is_the_scene(analyze, text: str, town: str) -> None:
    events = analyze(text).events
    assert events, "no event"
    assert [e.location.name if e.location else None for e in events] == [town]


# (text, where the event is, its country): "X, a district of Y" tells a part of the town Y,
# not a district named Y, nor a namesake of X far from Y
PART_OF_TOWN = [
    (
        "Gunmen clashed with the army in Bab al-Tabbaneh, a district of Tripoli, on Saturday, "
        "the Lebanese army said in a statement from Beirut.",
        "Tripoli",
        "LB",
    ),
    (
        "Protesters burned tyres in San Cristobal, a district of Bogota, on Tuesday, Colombian "
        "police said.",
        "Bogotá",
        "CO",
    ),
    (
        "Protesters blocked roads in Ciudad Bolivar, a district of Bogota, on Tuesday, "
        "Colombian police said.",
        "Bogotá",
        "CO",
    ),
]


@pytest.mark.parametrize(("text", "town", "country"), PART_OF_TOWN)
def test_a_district_of_a_town_is_in_that_town(analyze, text: str, town: str, country: str) -> None:
    events = analyze(text).events
    assert events, "no event"
    assert [(e.location.name, e.location.country_code) for e in events if e.location] == [
        (town, country)
    ]


# (text, the towns of its events): a town's part the gazetteer lacks ("Kampala's Kisenyi
# slum") listed beside another town is one scene in its town, the other town a second
OWNED_PART_IN_A_LIST = [
    (
        "Police fired tear gas at protesters in Kampala's Kisenyi slum and in Jinja on Monday.",
        ["Jinja", "Kampala"],
    ),
    (
        "Riot police broke up rallies in Nairobi's Kibera slum and in the lakeside city of "
        "Kisumu on Friday.",
        ["Kisumu", "Nairobi"],
    ),
]


@pytest.mark.parametrize(("text", "towns"), OWNED_PART_IN_A_LIST)
def test_a_part_of_a_town_in_a_list_keeps_its_town(analyze, text: str, towns: list) -> None:
    events = analyze(text).events
    assert sorted(e.location.name for e in events if e.location) == towns


# (text, the places of its events): strikes told in the sides of two countries are one
# incident in each, whatever country the article is most about
SIDES_OF_TWO_COUNTRIES = [
    (
        "Iranian drones hit Kurdish opposition camps in northern Iraq and western Syria on "
        "Monday, the Revolutionary Guards said, days after unrest in Tehran.",
        ["Northern Iraq", "Western Syria"],
    ),
    (
        "Pakistani jets bombed militant hideouts in eastern Afghanistan and northwestern "
        "Pakistan on Friday.",
        ["Eastern Afghanistan", "Northwestern Pakistan"],
    ),
]


@pytest.mark.parametrize(("text", "places"), SIDES_OF_TWO_COUNTRIES)
def test_strikes_in_the_sides_of_two_countries_are_two(analyze, text: str, places) -> None:
    strikes = [e for e in analyze(text).events if e.event_type == "Explosions/Remote violence"]
    assert sorted(e.location.name for e in strikes if e.location) == places


# (text, the scene): where a statement was issued, or where the wounded were flown or moved
# to, is no second scene
TOLD_OR_MOVED_ELSEWHERE = [
    (
        "Gangs attacked the main prison in Croix-des-Bouquets on Saturday, freeing hundreds of "
        "inmates, the government said in a statement issued in Port-au-Prince.",
        "Croix-des-Bouquets",
    ),
    (
        "Militants stormed a checkpoint in Bannu on Monday, killing four soldiers, the military "
        "said in a communique released in Rawalpindi.",
        "Bannu",
    ),
    (
        "Al-Shabaab fighters attacked a military base in Beledweyne on Monday. Dozens of "
        "wounded soldiers were airlifted to Mogadishu.",
        "Beledweyne",
    ),
    (
        "A roadside bomb hit a police patrol near Chaman on Friday, wounding six officers, who "
        "were later transferred to Quetta.",
        "Chaman",
    ),
]


@pytest.mark.parametrize(("text", "town"), TOLD_OR_MOVED_ELSEWHERE)
def test_where_it_was_told_or_the_wounded_went_is_no_scene(analyze, text: str, town: str) -> None:
    events = analyze(text).events
    assert events, "no event"
    assert [e.location.name if e.location else None for e in events] == [town]


@pytest.mark.parametrize(
    "text",
    [
        "Police raided a warehouse in Tsafe on Monday. But town and state police gave no toll.",
        "Fighting went on near Bama. But village elders said the road stayed open.",
    ],
)
def test_a_kind_word_after_a_common_word_names_no_place(analyze, text: str) -> None:
    """A kind word after a word ("X village", "X town") says X is a place only where X is
    a name."""
    assert "But" not in {p.text for p in analyze(text).places}


# (text, the scene, its precision): a town named as an end of a road ("the A-B highway",
# "the road from A to B") is no scene of its own; another town the sentence names is, else
# the first end, near which the incident is put
ROAD_ENDS = [
    (
        "Bandits kidnapped 18 travellers on the Kaduna-Abuja highway on Sunday, police said.",
        "Kaduna",
        2,
    ),
    (
        "Gunmen torched three lorries on the Maiduguri-Damboa road on Friday, residents said.",
        "Maiduguri",
        2,
    ),
    (
        "Cartel gunmen burned buses and blocked the Morelia-Uruapan highway near the town of "
        "Paracho on Monday, officials said.",
        "Paracho de Verduzco",
        2,
    ),
    (
        "Rebels ambushed a lorry on the road from Beni to Butembo on Wednesday, killing two "
        "drivers, the army said.",
        "Beni",
        2,
    ),
    # "cutting the road to X": the road is the verb's object, and X only where it leads
    ("M23 rebels encircled the town of Sake on Thursday, cutting the road to Goma.", "Sake", 1),
    (
        "Al-Shabaab fighters attacked a military base in Baidoa on Monday, blocking the road to "
        "Mogadishu.",
        "Baidoa",
        1,
    ),
    (
        "Gang members seized the town of Mirebalais on Monday, blocking the highway to "
        "Port-au-Prince.",
        "Mirebalais",
        1,
    ),
]


@pytest.mark.parametrize(("text", "town", "precision"), ROAD_ENDS)
def test_the_ends_of_a_road_are_no_scenes_of_their_own(
    analyze, text: str, town: str, precision: int
) -> None:
    events = analyze(text).events
    assert events, "no event"
    assert [(e.location.name, e.location.precision) for e in events if e.location] == [
        (town, precision)
    ]


# (text, the scene): who condemns an attack sits where they speak, not where it struck
CONDEMNED_FROM_AFAR = [
    (
        "The foreign ministry in Khartoum condemned a drone strike by the paramilitaries on a "
        "market in Kosti that killed 12 people.",
        "Kosti",
    ),
    (
        "Officials in Kyiv condemned a missile strike on a bus station in Kherson that killed "
        "five people.",
        "Kherson",
    ),
    (
        "The interior ministry in Islamabad denounced a suicide bombing at a market in Bannu "
        "that killed nine people.",
        "Bannu",
    ),
    (
        "Leaders in Mogadishu deplored a bombing by al-Shabaab at a restaurant in Baidoa that "
        "killed seven.",
        "Baidoa",
    ),
]


@pytest.mark.parametrize(("text", "town"), CONDEMNED_FROM_AFAR)
def test_where_an_attack_is_condemned_is_no_scene(analyze, text: str, town: str) -> None:
    events = analyze(text).events
    assert events, "no event"
    assert {e.location.name for e in events if e.location} == {town}


# (text, the town, precision): a distance before the preposition ("about 50 km from the
# state capital X") puts the incident near the town, not in it
DISTANCE_FROM = [
    (
        "Gunmen killed 11 herders in a village about 50 km from the state capital Gusau on "
        "Monday, police said.",
        "Gusau",
    ),
    (
        "The paramilitaries shelled a camp some 30 kilometres from the city of Kadugli on "
        "Friday, killing six.",
        "Kadugli",
    ),
]


@pytest.mark.parametrize(("text", "town"), DISTANCE_FROM)
def test_a_distance_from_a_town_is_near_it(analyze, text: str, town: str) -> None:
    events = analyze(text).events
    assert events, "no event"
    assert [(e.location.name, e.location.precision) for e in events if e.location] == [(town, 2)]


# (text, the place): "near X, 50 km north of Y" names Y only as the point X lies off; the
# incident is at X, one event, not a second one at Y
OFF_A_TOWN = [
    (
        "At least seven soldiers were killed when militants ambushed a convoy near Kelbo, about "
        "50 km north of Djibo, the army said on Friday.",
        "Kelbo",
    ),
    (
        "A roadside bomb killed three soldiers near Wadi Tabbak, 30 miles south of Mosul, on "
        "Friday.",
        "Wadi Tabbak",
    ),
    (
        "Gunmen ambushed a police patrol near Kadamti, some 40 kilometres west of Gao, on "
        "Monday, killing four officers.",
        "Kadamti",
    ),
]


@pytest.mark.parametrize(("text", "place"), OFF_A_TOWN)
def test_the_town_a_place_lies_off_is_no_second_scene(analyze, text: str, place: str) -> None:
    events = analyze(text).events
    assert [e.location.name for e in events if e.location] == [place]


# (text, the town): near a town in a territory that is no administrative unit (the West
# Bank holds the places within some distance of its point), the town is the closer statement
NEAR_A_TOWN_IN_A_TERRITORY = [
    (
        "Israeli forces killed three Palestinians during a raid on a refugee camp near Jenin"
        " in the occupied West Bank on Saturday.",
        "Janīn",
    ),
    (
        "Israeli troops shot dead two men during a raid on a village near Nablus in the "
        "occupied West Bank on Saturday.",
        "Nablus",
    ),
]


@pytest.mark.parametrize(("text", "town"), NEAR_A_TOWN_IN_A_TERRITORY)
def test_near_a_town_in_a_territory_is_near_the_town(analyze, text: str, town: str) -> None:
    events = analyze(text, "2024-03-02").events
    assert events, "no event"
    assert [(e.location.name, e.location.precision) for e in events if e.location] == [(town, 2)]


# (text, the province): "the X countryside" is the province's country around the town X,
# not the town; "the eastern X countryside", that side of the province
COUNTRYSIDE = [
    (
        "Islamic State militants killed four Syrian soldiers in an attack in the eastern Homs "
        "countryside on Thursday.",
        "Eastern Ḩimş",
    ),
    (
        "Government shelling killed three civilians in the southern Idlib countryside on "
        "Monday, a monitor said.",
        "Southern Idlib",
    ),
    (
        "A car bomb exploded in the northern Aleppo countryside on Saturday, killing five people.",
        "Ḩalab",
    ),
]


@pytest.mark.parametrize(("text", "province"), COUNTRYSIDE)
def test_a_towns_countryside_is_its_province(analyze, text: str, province: str) -> None:
    events = analyze(text).events
    assert events, "no event"
    assert [(e.location.name, e.location.precision) for e in events if e.location] == [
        (province, 3)
    ]


# (text, the scene, its precision): a sentence right after that only says where it happened
# ("It happened near X") places the incident told before it
LOCATED_AFTER = [
    (
        "Separatist fighters have stepped up attacks in Cameroon's English-speaking regions.\n\n"
        "On Thursday, they killed four gendarmes in an ambush. It happened near Batibo, in the "
        "Northwest region, a military source said.",
        "Batibo",
        2,
    ),
    (
        "Violence has flared in eastern Congo.\n\nMilitiamen killed nine displaced people "
        "overnight. The incident occurred in Djugu territory, in Ituri province, officials said.",
        "Djugu",
        2,
    ),
    (
        "Bandits have terrorised the northwest for years.\n\nOn Monday they abducted 25 "
        "schoolchildren. It took place in Kankara, in Katsina state, police said.",
        "Kankara",
        2,
    ),
]


@pytest.mark.parametrize(("text", "town", "precision"), LOCATED_AFTER)
def test_a_sentence_that_only_says_where_places_the_incident_before_it(
    analyze, text: str, town: str, precision: int
) -> None:
    events = analyze(text).events
    assert events, "no event"
    assert [(e.location.name, e.location.precision) for e in events if e.location] == [
        (town, precision)
    ]


# (text, the place): a name the gazetteer lacks, put at the middle of its country, says no
# more than a region of it (precision 3), however near the text puts the incident to it
UNKNOWN_IN_A_COUNTRY = [
    (
        "An airstrike hit a market in the Kordofan region of Sudan on Tuesday, killing 14.",
        "Kordofan",
    ),
    (
        "Jihadists killed seven herders near Tinzawatene-Wabaria in Mali on Friday.",
        "Tinzawatene-Wabaria",
    ),
]


@pytest.mark.parametrize(("text", "name"), UNKNOWN_IN_A_COUNTRY)
def test_a_name_put_at_its_countrys_middle_is_no_town(analyze, text: str, name: str) -> None:
    events = analyze(text).events
    assert events, "no event"
    assert [(e.location.name, e.location.precision) for e in events if e.location] == [(name, 3)]


# (text, the scene): a lead filed from a capital, with no place of its own, is told where
# the story then places it, not in the capital's newsroom
CAPITAL_DATELINE = [
    (
        "KYIV, Ukraine (AP) - Russian missiles killed five people overnight, officials said."
        "\n\nThe strikes hit the southern city of Zaporizhzhia, the regional governor said.",
        "Zaporizhzhya",  # the city's own name in GeoNames
    ),
    (
        "NAIROBI, Kenya (AP) - Suspected al-Shabaab militants killed seven people in an "
        "overnight raid, police said on Tuesday.\n\nThe attackers stormed a village in Lamu "
        "county near the Somali border, police said.",
        "Lamu",
    ),
    (
        "BAMAKO, Mali - At least 20 civilians were killed when a bus hit a landmine on "
        "Thursday, officials said.\n\nThe bus was travelling between two villages in the Mopti "
        "region.",
        "Mopti",
    ),
]


@pytest.mark.parametrize(("text", "town"), CAPITAL_DATELINE)
def test_a_capitals_dateline_is_no_scene_of_a_lead_placed_later(
    analyze, text: str, town: str
) -> None:
    events = analyze(text).events
    assert events, "no event"
    assert {e.location.name for e in events if e.location} == {town}


# (text): an interception counted out of all that was launched, naming no place, is the
# country's tally of the night, not one over the town of the strike told before
NATIONAL_TALLIES = [
    "Russian shelling killed two civilians in Nikopol on Tuesday, the governor said. Air "
    "defences intercepted 22 of 27 Shahed drones launched overnight, the military said.",
    "A Ukrainian drone hit an oil depot in Novorossiysk on Wednesday, officials said. Russian "
    "air defences destroyed 40 Ukrainian drones launched overnight, the defence ministry said.",
    "A Russian missile struck an apartment block in Dnipro on Sunday, killing three people. "
    "The air force said Russia launched 20 drones and two missiles at Ukraine overnight, and "
    "that air defences destroyed 18 of the drones.",
]


@pytest.mark.parametrize("text", NATIONAL_TALLIES)
def test_a_national_interception_tally_is_not_put_at_the_last_town(analyze, text: str) -> None:
    events = analyze(text).events
    assert events, "no event"
    downed = [e for e in events if e.sub_event_type == "Disrupted weapons use"]
    assert all(e.location is None or e.location.precision == 3 for e in downed), downed


def test_an_interception_over_the_region_stays_there(analyze) -> None:
    text = (
        "Russian missiles and drones hit Odesa overnight, killing two people, the governor said "
        "on Monday. Air defences shot down 15 of the 20 drones over the region, he said."
    )
    downed = [e for e in analyze(text).events if e.sub_event_type == "Disrupted weapons use"]
    assert [e.location.name for e in downed if e.location] == ["Odesa"]


# (text, the place): "in X, 40 km south of Y, killing six": one incident at X, though the
# parse hangs Y on another word than X's
IN_A_PLACE_OFF_A_TOWN = [
    (
        "Fighting broke out in Gourma Tindi, 40 km south of Gao, on Sunday, killing six "
        "soldiers, the army said.",
        "Gourma Tindi",
    ),
    (
        "Gunmen attacked a market in Tashan Bature, 30 km north of Katsina, on Monday, killing "
        "nine traders.",
        "Tashan Bature",
    ),
    (
        "Soldiers clashed with rebels at Mbandaka Sud, about 35 miles east of Bunia, on "
        "Friday, leaving four dead.",
        "Mbandaka Sud",
    ),
]


@pytest.mark.parametrize(("text", "place"), IN_A_PLACE_OFF_A_TOWN)
def test_an_incident_off_a_town_is_at_the_place_told(analyze, text: str, place: str) -> None:
    events = analyze(text).events
    assert [e.location.name for e in events if e.location] == [place]


# (text, the place of the second incident): local tellers ("Residents of X said", "Villagers
# in X said") live where what they tell happened, not at the town of the incident before
TOLD_BY_ITS_RESIDENTS = [
    (
        "Israeli strikes killed 12 people in Rafah on Monday, medics said. Residents of Beit "
        "Lahiya said an air strike destroyed a house there on Tuesday, killing five.",
        "Bayt Lāhyā",
    ),
    (
        "Russian shelling killed a man in Kherson on Sunday, officials said. Villagers in "
        "Velyka Pysarivka said a drone struck a shop on Monday, wounding two.",
        "Velyka Pysarivka",
    ),
]


@pytest.mark.parametrize(("text", "place"), TOLD_BY_ITS_RESIDENTS)
def test_local_tellers_say_where_it_happened(analyze, text: str, place: str) -> None:
    events = analyze(text).events
    assert len(events) == 2
    assert events[1].location is not None and events[1].location.name == place


def test_residents_elsewhere_do_not_move_an_incident_told_with_its_place(analyze) -> None:
    text = (
        "Residents of Sumy said Russian drones struck a power plant in Shostka on Monday, "
        "cutting electricity to thousands."
    )
    events = analyze(text).events
    assert [e.location.name for e in events if e.location] == ["Shostka"]


# (text, the places of its events): a dated toll "across the country" or "nationwide" names
# no town; it is no incident at the town told before
COUNTRY_WIDE = [
    (
        "Police fired tear gas at protesters in Dhaka on Monday. On Sunday, at least 90 people "
        "were killed around the country as protesters clashed with police.",
        ["Dhaka"],
    ),
    (
        "Police fired tear gas at students in Nairobi on Tuesday. Later that day, at least 23 "
        "people were shot dead across the country, rights groups said.",
        ["Nairobi"],
    ),
    (
        "Police used water cannon on a rally in Tbilisi on Friday. Police detained 300 people "
        "nationwide on Saturday, the ministry said.",
        ["Tbilisi"],
    ),
]


@pytest.mark.parametrize(("text", "towns"), COUNTRY_WIDE)
def test_a_country_wide_toll_is_no_incident_at_the_town_before(
    analyze, text: str, towns: list[str]
) -> None:
    """Deaths told "across the country" beside a placed incident: no second event there."""
    events = analyze(text).events
    assert [e.location.name if e.location else None for e in events] == towns


# (text, the places of its events): a weapon's fire "from" a country is where it came from;
# the town it hit across the border is the scene
FIRE_FROM_ABROAD = [
    (
        "Warplanes bombed the town of Kafranbel on Sunday, killing four civilians. Turkey's "
        "Defence Ministry said mortar fire from Syria had killed a civilian in the Turkish "
        "border town of Akcakale.",
        ["Kafranbel", "Akçakale"],
    ),
    (
        "Airstrikes hit the town of Saraqib on Sunday, killing three. Mortar fire from Syria "
        "killed a civilian in the Turkish town of Reyhanli on Monday.",
        ["Saraqib", "Reyhanlı"],
    ),
]


@pytest.mark.parametrize(("text", "towns"), FIRE_FROM_ABROAD)
def test_fire_from_a_country_strikes_the_town_across_the_border(
    analyze, text: str, towns: list[str]
) -> None:
    """The country the fire came from does not pull its town back to the story's country."""
    events = analyze(text).events
    assert [e.location.name if e.location else None for e in events] == towns


# (text, the town every event is placed at): a fronted "In X," names the region that a
# capital of the same name heads, when the sentence then names a town of that region
FRONTED_REGION = [
    (
        "In Kaduna, bandits raided the town of Zaria on Friday and abducted 15 people, a "
        "resident said.",
        "Zaria",
    ),
    (
        "In Mopti, gunmen killed 12 civilians in the village of Bankass on Sunday, officials said.",
        "Bankass",
    ),
]


@pytest.mark.parametrize(("text", "town"), FRONTED_REGION)
def test_a_fronted_region_named_like_its_capital_is_no_second_scene(
    analyze, text: str, town: str
) -> None:
    _assert_every_event_at(analyze(text).events, town)


# (text, the village every event is placed at, its country): a headline's village, then the
# governor who told of it; the body's "the village" is the headline's village
VILLAGE_THEN_GOVERNOR = [
    (
        "Drone attack kills woman in Zhuravlevka, Belgorod governor says\n\nA Ukrainian drone "
        "struck a car in the village on Monday, killing a woman, the governor said.",
        "Zhuravlevka",
        "RU",
    ),
    (
        "Shelling wounds two in Zhuravlevka, Belgorod governor says\n\nUkrainian artillery hit "
        "two houses in the village overnight, wounding an elderly couple.",
        "Zhuravlevka",
        "RU",
    ),
]


@pytest.mark.parametrize(("text", "village", "country"), VILLAGE_THEN_GOVERNOR)
def test_a_village_before_a_governor_is_the_scene_not_his_region(
    analyze, text: str, village: str, country: str
) -> None:
    """'X, Belgorod governor says': the governor's region holds X, and a later sentence that
    names no place is at X, not at the governor's region named last."""
    events = analyze(text).events
    assert events, "no event"
    for e in events:
        assert e.location is not None
        assert (e.location.name, e.location.country_code) == (village, country)


# (text, the village every event is placed at): a village the gazetteer lacks, put at the town
# it is said to lie some distance from, then the part of the country it lies in
VILLAGE_SOME_KM_FROM_A_TOWN = [
    (
        "Jihadists killed 14 civilians in Sabce, 30 km from Kaya, in north-central Burkina Faso, "
        "local sources said.",
        "Sabce",
    ),
    (
        "Armed men killed six traders in Dar Salam, 20 km from Nyala, in southern Darfur, "
        "witnesses said.",
        "Dar Salam",
    ),
]


@pytest.mark.parametrize(("text", "village"), VILLAGE_SOME_KM_FROM_A_TOWN)
def test_a_village_some_km_from_a_town_is_the_scene_not_the_side_of_the_country(
    analyze, text: str, village: str
) -> None:
    """'X, 30 km from Y, in northern Z': X, put by Y, is the scene; the side of the country
    named after it only says where both lie."""
    events = analyze(text).events
    assert events, "no event"
    assert [e.location.name if e.location else None for e in events] == [village] * len(events)


# (text, the places of the events): an unknown village put in a part of the country named by
# its direction ("in southeastern Sudan") is better placed by the province a lede gave the
# same killing ("a village in Sennar state"), and that province holds no town of another one
PROVINCE_OVER_DIRECTION = [
    (
        "A rights group has accused the Janjaweed militia of killing 24 civilians in a village "
        "in Sennar state.\n\nThe group said on Thursday that the villagers were shot dead by "
        "the militiamen on Wednesday in Wad Kabosh in southeastern Sudan.\n\nSeparately, "
        "fighters attacked a market in Nyala on Tuesday, killing five traders, witnesses said.",
        ["Nyala", "Sennar"],
    ),
    (
        "Activists accused soldiers of killing 15 villagers in a hamlet in Mopti region.\n\n"
        "The villagers were executed by soldiers on Tuesday in Tinkarfa in central Mali, the "
        "activists said.\n\nIn a separate incident, jihadists ambushed an army convoy near Gao "
        "on Monday, killing seven soldiers.",
        ["Gao", "Mopti"],
    ),
]


# (text, town, its latitude, its longitude): a town told as lying in a region the gazetteer
# knows only as a district or a city of that name ("Jammu region", "Timbuktu region")
TOWN_IN_A_REGION_NAMED_AFTER_ITS_SEAT = [
    (
        "Militants ambushed an army vehicle in the Poonch area of Jammu region on Thursday, "
        "killing five soldiers.",
        "Poonch",
        33.77,
        74.09,
    ),
    (
        "Gunmen shot dead a shopkeeper in the Kathua area of Jammu region on Tuesday.",
        "Kathua",
        32.37,
        75.53,
    ),
    (
        "Gunmen killed three traders near the town of Goundam in Timbuktu region on Sunday.",
        "Goundam",
        16.41,
        -3.67,
    ),
]


@pytest.mark.parametrize(("text", "places"), PROVINCE_OVER_DIRECTION)
def test_a_province_is_finer_than_a_direction(analyze, text: str, places: list) -> None:
    events = analyze(text).events
    assert sorted(e.location.name if e.location else "" for e in events) == places


@pytest.mark.parametrize(("text", "town", "lat", "lon"), TOWN_IN_A_REGION_NAMED_AFTER_ITS_SEAT)
def test_a_town_in_a_region_named_after_its_seat_is_the_scene(
    analyze, text: str, town: str, lat: float, lon: float
) -> None:
    """The region holds what its province holds: the town is no namesake to drop for lying
    far from the seat, and it is the scene, not the district's middle."""
    events = analyze(text).events
    assert events, "no event"
    for event in events:
        assert event.location is not None and event.location.lat is not None
        assert distance_km(event.location.lat, event.location.lon, lat, lon) < 20


# (text, the town every event is placed at): where envoys meet while the war goes on
# elsewhere is no evidence of the story's country; the town of the fighting is the scene
WHILE_ENVOYS_MEET = [
    (
        "As Ukrainian and Russian delegations met in Istanbul on Friday, Russian drones "
        "attacked the city of Sumy, killing two people, the regional administration said.",
        "Sumy",
    ),
    (
        "Speaking at a summit in Brussels on Thursday, President Volodymyr Zelenskiy said "
        "Russian shelling had killed four people in Kherson overnight.",
        "Kherson",
    ),
    (
        "As mediators gathered in Jeddah on Sunday, the Rapid Support Forces shelled El "
        "Fasher, killing nine people, residents said.",
        "El Fasher",
    ),
]


@pytest.mark.parametrize(("text", "town"), WHILE_ENVOYS_MEET)
def test_where_envoys_meet_is_no_scene(analyze, text: str, town: str) -> None:
    _assert_every_event_at(analyze(text).events, town)


# (text, the town every event is placed at): a body named after a town ("Damascus
# University", "the Kabul Bank") is no scene when the sentence names another place
NAMED_AFTER_A_TOWN = [
    (
        "A lecturer at Damascus University was shot dead by unknown gunmen in Homs on Monday, "
        "state media said.",
        "Homs",
    ),
    (
        "Gunmen robbed a branch of the New Kabul Bank in Jalalabad on Sunday and killed a "
        "guard, police said.",
        "Jalālābād",
    ),
    (
        "A Mogadishu University student was killed when a roadside bomb exploded in Baidoa "
        "on Thursday, police said.",
        "Baidoa",
    ),
    (
        "A Mogadishu-based businessman was shot dead by gunmen in Beledweyne on Sunday, "
        "witnesses said.",
        "Beledweyne",
    ),
    (
        "Gunmen ambushed the convoy of a Kabul-based aid group in Ghazni province on Monday, "
        "killing two drivers.",
        "Ghaznī",
    ),
]


@pytest.mark.parametrize(("text", "town"), NAMED_AFTER_A_TOWN)
def test_a_body_named_after_a_town_is_no_scene(analyze, text: str, town: str) -> None:
    _assert_every_event_at(analyze(text).events, town)
