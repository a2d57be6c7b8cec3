"""The actors stage: every data entry is reachable from a sentence, names follow ACLED's style."""

from __future__ import annotations

from datetime import date

import pytest

from sitrep.analyze.actors import ActorLexicon, ActorTagger
from sitrep.model import ActorMention, Analysis, Article

LEX = ActorLexicon()


def _tag_all(analyzer, texts: list[str], published: date = date(2023, 4, 11)):
    """The real spaCy model and the real actor stage over many short texts, in one batch."""
    tagger, layout = ActorTagger(LEX), analyzer.stage("layout")
    results = []
    for text, doc in zip(texts, analyzer.nlp.pipe(texts), strict=True):
        analysis = Analysis(article=Article(text=text, published=published))
        analysis.layout = layout(doc, analysis)
        results.append(tagger(doc, analysis))
    return results


def _names(mentions: list[ActorMention]) -> list[str]:
    return [m.name for m in mentions]


# -- generated over the data files ---------------------------------------------------------


def _shared_demonyms() -> set[str]:
    """Demonyms two countries share ("Congolese"): they name the later entry, by design."""
    counts: dict[str, int] = {}
    for entry in _country_entries().values():
        for word in entry.get("demonyms", []):
            counts[word.lower()] = counts.get(word.lower(), 0) + 1
    return {word for word, n in counts.items() if n > 1}


def _country_entries() -> dict[str, dict]:
    import tomllib
    from importlib import resources

    text = resources.files("sitrep.data").joinpath("actors_countries.toml").read_text("utf-8")
    return tomllib.loads(text)["countries"]


def _is_plural_noun(word: str, words: list[str]) -> bool:
    return word.endswith("s") and word[:-1] in words


def test_every_country_demonym_and_metonym_names_its_state_forces(analyzer) -> None:
    shared = _shared_demonyms()
    cases: list[tuple[str, str]] = []
    for code, entry in _country_entries().items():
        demonyms = entry.get("demonyms", [])
        expected = LEX.state_name("military", code, date(2023, 4, 11))
        for word in demonyms:
            if word.lower() in shared:
                continue
            if _is_plural_noun(word, demonyms):
                civilians = LEX.generic_name(LEX.templates["civilians"], code, date(2023, 4, 11))
                cases.append((f"Three {word} were killed in the village.", civilians))
            else:
                cases.append((f"{word} troops attacked the village.", expected))
        for word in entry.get("metonyms", []):
            cases.append((f"{word}'s troops attacked the village.", expected))
    results = _tag_all(analyzer, [text for text, _ in cases])
    missing = [
        (text, expected, _names(found))
        for (text, expected), found in zip(cases, results, strict=True)
        if expected not in _names(found)
    ]
    assert not missing, missing[:10]


def test_every_named_group_alias_is_reachable(analyzer) -> None:
    cases = []
    for group in LEX.groups:
        name, _, _ = LEX.group_name(group, 2019)
        for alias in group.aliases:
            cases.append((f"On Monday {alias} attacked the village, residents said.", name))
    results = _tag_all(analyzer, [text for text, _ in cases], published=date(2019, 6, 1))
    missing = [
        (text, expected, _names(found))
        for (text, expected), found in zip(cases, results, strict=True)
        if expected not in _names(found)
    ]
    assert not missing, missing[:10]


def test_every_generic_noun_is_reachable(analyzer) -> None:
    cases = []
    for noun, entry in LEX.generic.items():
        if entry.needs_country:
            text = f"Ukrainian {noun} hit the village."
            expected_kind = entry.kind
        elif entry.kind in {"civilians"}:
            text = f"Gunmen attacked the {noun} in the village."
            expected_kind = entry.kind
        else:
            text = f"The {noun} gathered in the village on Monday."
            expected_kind = entry.kind
        cases.append((text, noun, expected_kind))
    results = _tag_all(analyzer, [text for text, _, _ in cases])
    missing = [
        (text, [(m.text, m.kind) for m in found])
        for (text, noun, kind), found in zip(cases, results, strict=True)
        if not any(m.kind == kind and m.text.lower().endswith(noun) for m in found)
    ]
    assert not missing, missing[:10]


def test_every_ethnic_militia_is_reachable(analyzer) -> None:
    cases = [
        (f"{word.capitalize()} militants attacked the village.", name)
        for word, (name, _) in LEX.ethnic.items()
    ]
    results = _tag_all(analyzer, [text for text, _ in cases])
    missing = [
        (text, _names(found))
        for (text, expected), found in zip(cases, results, strict=True)
        if expected not in _names(found)
    ]
    assert not missing, missing


# -- the brief's examples ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Russian forces shelled the town overnight.",
        "Moscow's troops advanced on the town overnight.",
        "Kremlin forces advanced on the town overnight.",
    ],
)
def test_russian_forces_by_any_name(analyzer, text: str) -> None:
    (found,) = _tag_all(analyzer, [text])
    assert "Military Forces of Russia (2000-)" in _names(found)


def test_police_take_the_articles_focus_country(analyze) -> None:
    analysis = analyze("Police fired tear gas at protesters in Nairobi and Mombasa in Kenya.")
    names = _names(analysis.actors)
    assert "Police Forces of Kenya (2022-)" in names
    assert "Protesters (Kenya)" in names


def test_rsf_gunmen_and_victims(analyze) -> None:
    analysis = analyze(
        "The RSF killed 38 civilians in a village in North Kordofan, Sudan. "
        "In Zamfara State, Nigeria, gunmen abducted 42 villagers.",
        published="2025-10-30",
    )
    names = _names(analysis.actors)
    assert "Rapid Support Forces" in names
    assert any(n.startswith("Civilians (") for n in names)
    assert any(n.startswith("Unidentified Armed Group (") for n in names)


def test_taliban_become_afghanistans_state_forces_in_2021(analyzer) -> None:
    before, after = (
        _tag_all(analyzer, ["The Taliban attacked a checkpoint."], published=day)[0]
        for day in (date(2019, 5, 1), date(2022, 8, 13))
    )
    assert _names(before) == ["Taliban"]
    assert _names(after) == ["Military Forces of Afghanistan (2021-)"]


def test_acronyms_match_only_as_written(analyzer) -> None:
    (found,) = _tag_all(analyzer, ["It is said that aa let it go."])
    assert found == []


def test_a_modifier_noun_is_no_actor(analyzer) -> None:
    (found,) = _tag_all(analyzer, ["Protesters gathered outside the police station."])
    assert [m.kind for m in found] == ["protesters"]


def test_relocated_reanchors_only_defaulted_countries(analyzer) -> None:
    (found,) = _tag_all(analyzer, ["Gunmen and Nigerian soldiers clashed."])
    by_text = {m.text: m for m in found}
    gunmen = by_text["Gunmen"]
    soldiers = by_text["Nigerian soldiers"]
    assert LEX.relocated(gunmen, "NG", 2023) == "Unidentified Armed Group (Nigeria)"
    assert LEX.relocated(soldiers, "UA", 2023).startswith("Military Forces of Nigeria")


@pytest.mark.parametrize(
    "text",
    [
        "Congo's army shelled the hills above the lake town.",
        "Congo's troops retook the mining town at dawn.",
        "The Congo military said it had pushed the rebels back.",
    ],
)
def test_congo_named_in_a_town_of_either_congo_is_that_states(analyzer, text: str) -> None:
    """ "Congo" names both states: in a town of the Democratic Republic of Congo it is
    that state's army, in Brazzaville the Republic's."""
    (found,) = _tag_all(analyzer, [text])
    (army,) = [m for m in found if m.kind == "military"]
    assert LEX.relocated(army, "CD", 2023).startswith("Military Forces of the Democratic")
    assert LEX.relocated(army, "CG", 2023).startswith("Military Forces of the Republic of")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jaish al-Adl gunmen ambushed the border guards.", "Jaish al Adl"),
        ("Fighters of the Hafiz Gul Bahadur group stormed the post.", "Hafiz Gul Bahadur Group"),
    ],
)
def test_groups_of_the_iran_and_pakistan_borderlands_are_named(
    analyzer, text: str, name: str
) -> None:
    (found,) = _tag_all(analyzer, [text])
    assert name in _names(found), [(m.text, m.name) for m in found]


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        ("Armed separatists burned the school at night.", "CM", "Ambazonian Separatists"),
        ("Separatist fighters ambushed the gendarmes.", "CM", "Ambazonian Separatists"),
        ("Separatist fighters ambushed the convoy.", "UA", "Unidentified Armed Group (Ukraine)"),
    ],
)
def test_separatists_in_cameroon_are_the_ambazonian_separatists(
    analyzer, text: str, code: str, name: str
) -> None:
    """ACLED names unnamed separatists in Cameroon by their movement; elsewhere they stay an
    unidentified armed group."""
    (found,) = _tag_all(analyzer, [text])
    armed = [m for m in found if m.kind == "militia"]
    assert [LEX.relocated(m, code, 2023) for m in armed] == [name], [
        (m.text, m.name) for m in found
    ]


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        ("Resistance fighters overran the outpost.", "MM", "PDF: People's Defense Force"),
        ("Anti-junta forces shelled the airport.", "MM", "PDF: People's Defense Force"),
        ("Resistance fighters overran the outpost.", "PS", "Unidentified Armed Group (Palestine)"),
    ],
)
def test_resistance_fighters_in_myanmar_are_the_peoples_defense_force(
    analyzer, text: str, code: str, name: str
) -> None:
    (found,) = _tag_all(analyzer, [text])
    armed = [m for m in found if m.kind == "militia"]
    assert [LEX.relocated(m, code, 2023) for m in armed] == [name], [
        (m.text, m.name) for m in found
    ]


def test_every_non_state_modifier_makes_forces_an_armed_group(analyzer) -> None:
    texts = [
        f"{word.capitalize()} forces attacked the village." for word in LEX.non_state_modifiers
    ]
    results = _tag_all(analyzer, texts)
    wrong = [
        (text, [(m.text, m.kind) for m in found])
        for text, found in zip(texts, results, strict=True)
        if not any(m.kind == "militia" and m.text.endswith("forces") for m in found)
    ]
    assert not wrong, wrong


def test_a_party_noun_in_a_hyphened_modifier_is_no_party(analyzer) -> None:
    (mentions,) = _tag_all(analyzer, ["The rebel-held town hosts the army-backed council."])
    assert _names(mentions) == [], _names(mentions)


def test_a_rank_names_its_force_unless_it_is_past(analyzer) -> None:
    texts = ["Gunmen killed an army captain.", "Voters chose a former army captain."]
    serving, former = _tag_all(analyzer, texts)
    assert [m.kind for m in serving] == ["militia", "military"], _names(serving)
    assert "military" not in [m.kind for m in former], _names(former)


def test_a_capital_in_the_dateline_is_no_state_acting(analyzer) -> None:
    texts = ["MOSCOW, May 2 - Troops moved north.", "Moscow sent more troops on Monday."]
    dateline, body = _tag_all(analyzer, texts)
    assert "Military Forces of Russia (2000-)" not in [m.name for m in dateline if m.start == 0]
    assert any(m.start == 0 for m in body), _names(body)


def test_a_force_the_police_hold_is_the_police(analyzer) -> None:
    texts = [
        "Three commandos of the state police's special task force were wounded.",
        "The Federal Police Rapid Force sealed off the market.",
        "Two soldiers of the army's border force were wounded.",
    ]
    police_unit, police_named, army_unit = _tag_all(analyzer, texts)
    assert "police" in [m.kind for m in police_unit], [(m.text, m.kind) for m in police_unit]
    assert "police" in [m.kind for m in police_named], [(m.text, m.kind) for m in police_named]
    assert "police" not in [m.kind for m in army_unit]
    assert "military" in [m.kind for m in army_unit]


def test_jawans_and_worshipers_are_parties(analyzer) -> None:
    (found,) = _tag_all(analyzer, ["Rebels ambushed five jawans and shot two worshipers."])
    kinds = {m.text.split()[-1]: m.kind for m in found}
    assert kinds["jawans"] == "military" and kinds["worshipers"] == "civilians"


def test_a_transnational_group_takes_the_branch_of_the_events_country(analyzer) -> None:
    (found,) = _tag_all(analyzer, ["Islamic State fighters stormed the checkpoint."])
    (group,) = [m for m in found if m.name == "Islamic State"]
    assert LEX.relocated(group, "SY", 2019) == "Islamic State (Syria)"
    assert LEX.relocated(group, "IQ", 2019) == "Islamic State (Iraq)"
    assert LEX.relocated(group, "NE", 2019) == "Islamic State (Sahel)"
    assert LEX.relocated(group, None, 2019) == "Islamic State"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Colombian paramilitary forces shelled the market.",
            "Unidentified Armed Group (Colombia)",
        ),
        # Sudan's paramilitaries are its one paramilitary force at war
        ("Sudanese paramilitary forces shelled the market.", "Rapid Support Forces"),
        ("Syrian rebel forces entered the town at dawn.", "Unidentified Armed Group (Syria)"),
    ],
)
def test_a_non_state_modifier_beside_a_demonym_is_that_countrys_armed_group(
    analyzer, text: str, name: str
) -> None:
    (found,) = _tag_all(analyzer, [text])
    assert _names(found) == [name]


def test_kind_of_party_of_a_named_group_is_that_group(analyzer) -> None:
    texts = [
        "Rebels of the M23 movement seized the border post.",
        "Fighters of the Islamic State group attacked a checkpoint.",
    ]
    first, second = _tag_all(analyzer, texts)
    assert _names(first) == ["M23: March 23 Movement"]
    assert [m.kind for m in second] == ["rebel"]


def test_an_acronym_country_is_no_plural_demonym(analyzer) -> None:
    (found,) = _tag_all(analyzer, ["The strikes by the US hit depots; Americans were evacuated."])
    assert [m.kind for m in found if m.text == "US"] != ["civilians"]
    assert "Civilians (United States)" in _names(found)


def test_pirates_are_an_armed_party(analyzer) -> None:
    (found,) = _tag_all(analyzer, ["Pirates boarded the tanker off the coast."])
    assert [m.kind for m in found] == ["militia"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Air force jets pounded a convoy near the river.", "Military Forces of Sudan (2019-)"),
        ("Navy gunboats opened fire on the fishing village.", "Military Forces of Sudan (2019-)"),
        ("Two army helicopters strafed the hills at dawn.", "Military Forces of Sudan (2019-)"),
        (
            "Nigerian Air Force fighter jets struck the camp.",
            "Military Forces of Nigeria (2015-2023)",
        ),
        ("A roadside bomb hit an army patrol on the road.", "Military Forces of Sudan (2019-)"),
        ("The regime's warplanes pounded the market town.", "Military Forces of Sudan (2019-)"),
        ("The junta's jets struck a camp at night.", "Military Forces of Sudan (2019-)"),
        ("Gunmen ambushed a military patrol near the wells.", "Military Forces of Sudan (2019-)"),
    ],
)
def test_a_state_force_named_by_its_arms_is_the_force(analyzer, text: str, name: str) -> None:
    """ "Air force jets bombed": the force before the arms it fires with is the party."""
    tagger, layout = ActorTagger(LEX), analyzer.stage("layout")
    doc = analyzer.nlp(text)
    analysis = Analysis(article=Article(text=text, published=date(2023, 4, 11)))
    analysis.layout = layout(doc, analysis)
    analysis.places = []
    found = [m for m in tagger(doc, analysis) if m.kind == "military"]
    relocated = [LEX.relocated(m, "SD", 2023) for m in found]
    assert relocated == [name], [(m.text, m.name) for m in found]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Jihadists from JNIM torched the granaries.",
            "JNIM: Group for Support of Islam and Muslims",
        ),
        (
            "Gunmen thought to be from the Jalisco cartel shot the mayor.",
            "CJNG: Jalisco New Generation Cartel",
        ),
        ("Militiamen loyal to Fano raided the market.", "Fano Militia"),
        (
            "Fighters, allegedly members of the ADF, burned the clinic.",
            "ADF: Allied Democratic Forces",
        ),
        (
            "Fighters from the paramilitary Rapid Support Forces stormed the village.",
            "Rapid Support Forces",
        ),
        (
            "Gunmen from the jihadist group JNIM torched the granaries.",
            "JNIM: Group for Support of Islam and Muslims",
        ),
        ("Insurgents led by Hayat Tahrir al-Sham entered the city.", "HTS: Hayat Tahrir al-Sham"),
        ("Fighters commanded by the Arakan Army overran the outpost.", "AA: Arakan Army"),
    ],
)
def test_a_kind_of_party_tied_to_a_named_group_is_that_group(
    analyzer, text: str, name: str
) -> None:
    """ "Jihadists from JNIM": the named group is the only party, not an unidentified one."""
    (found,) = _tag_all(analyzer, [text])
    assert _names(found) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "BSF troopers fired at cattle smugglers on the border.",
            "Military Forces of India (2014-)",
        ),
        ("The Rapid Action Battalion raided a hideout.", "Police Forces of Bangladesh (2009-2024)"),
        ("Frontier Corps men came under fire in Turbat.", "Military Forces of Pakistan (2022-)"),
    ],
)
def test_a_named_paramilitary_force_is_its_states(analyzer, text: str, name: str) -> None:
    """ACLED codes a state's paramilitary and border forces as that state's forces."""
    (found,) = _tag_all(analyzer, [text])
    assert _names(found) == [name]


@pytest.mark.parametrize(
    ("text", "code", "name"),
    [
        (
            "Pro-Iranian militias fired rockets at the airport.",
            "IQ",
            "Unidentified Armed Group (Iraq)",
        ),
        (
            "Russian-backed separatists stormed the checkpoint.",
            "UA",
            "Unidentified Armed Group (Ukraine)",
        ),
        ("Pro-Turkish factions shelled two villages.", "SY", "Unidentified Armed Group (Syria)"),
    ],
)
def test_a_sponsor_named_beside_a_party_is_not_its_country(
    analyzer, text: str, code: str, name: str
) -> None:
    """ "Pro-Iranian militias" in Iraq are Iraq's armed group: Iran only backs them."""
    (found,) = _tag_all(analyzer, [text])
    assert [LEX.relocated(m, code, 2023) for m in found] == [name], [
        (m.text, m.name) for m in found
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Attackers from the Dinka community raided a cattle camp.",
            "Dinka Ethnic Militia (South Sudan)",
        ),
        (
            "Gunmen of Fulani extraction stormed the hamlet at night.",
            "Fulani Ethnic Militia (Nigeria)",
        ),
        (
            "Militiamen from the Hema tribe burned the huts.",
            "Hema Ethnic Militia (Democratic Republic of Congo)",
        ),
        # a named clan is its own clan's militia, not an unnamed one
        (
            "Gunmen from the Hawiye clan blocked the road at dawn.",
            "Hawiye Clan Militia (Somalia)",
        ),
        (
            "Fighters of the Marehan clan overran the checkpoint.",
            "Marehan Clan Militia (Somalia)",
        ),
        ("Abgal clan militiamen stormed the well.", "Abgaal Clan Militia (Somalia)"),
    ],
)
def test_an_armed_party_from_a_named_people_is_its_militia(analyzer, text: str, name: str) -> None:
    """ "Raiders from the Murle community": the people named after the noun make the militia."""
    (found,) = _tag_all(analyzer, [text])
    assert _names(found) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Suspected Fulani herdsmen raided the farming settlement at dawn.",
            "Fulani Ethnic Militia (Nigeria)",
        ),
        ("Fulani herders attacked farmers near Makurdi.", "Fulani Ethnic Militia (Nigeria)"),
        (
            "Herders from the Fulani community stormed the market.",
            "Fulani Ethnic Militia (Nigeria)",
        ),
        (
            "Gunmen suspected to be Fulani herders opened fire on worshippers.",
            "Fulani Ethnic Militia (Nigeria)",
        ),
        (
            "Raiders believed to be Murle youths drove off the cattle.",
            "Murle Ethnic Militia (South Sudan)",
        ),
        ("Bandits shot five Fulani herders near the river.", None),
    ],
)
def test_herders_or_gunmen_of_a_named_people_who_act_are_its_militia(
    analyzer, text: str, name: str | None
) -> None:
    """ "Fulani herdsmen attacked", "gunmen suspected to be Fulani herders": ACLED's Fulani
    Ethnic Militia; herders who are shot stay civilians."""
    (found,) = _tag_all(analyzer, [text])
    militias = [m.name for m in found if "Militia" in m.name]
    assert militias == ([name] if name else []), [(m.text, m.name) for m in found]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("FAMa soldiers pushed back the raid on Boni.", "Military Forces of Mali (2021-)"),
        ("KDF troops shelled a camp near the border.", "Military Forces of Kenya (2022-)"),
        ("PNP officers shot a suspect in Caloocan.", "Police Forces of the Philippines (2022-)"),
        ("Thai rangers came under fire near a school.", "Military Forces of Thailand (2019-)"),
    ],
)
def test_a_state_force_by_its_own_acronym_is_its_states(analyzer, text: str, name: str) -> None:
    """ "FAMa", "KDF", "PNP": copy names a state's forces by their own acronym."""
    (found,) = _tag_all(analyzer, [text])
    assert _names(found) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gran Grif gang members burned houses in Pont-Sonde.", "Gran Grif"),
        ("Pyu Saw Htee militia members looted the market.", "Pyu Saw Htee"),
        ("Imbonerakure youths beat an opposition supporter.", "Imbonerakure"),
    ],
)
def test_a_named_militia_with_its_kind_noun_is_one_party(analyzer, text: str, name: str) -> None:
    """ "Gran Grif gang members": the group and the noun after it are one party."""
    (found,) = _tag_all(analyzer, [text])
    assert [m.name for m in found if m.kind != "civilians"] == [name], _names(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "FACT rebels crossed the border from Libya.",
            "FACT: Front for Change and Concord in Chad",
        ),
        (
            "Fighters of the Union for Peace in the Central African Republic looted a clinic.",
            "UPC: Union for Peace in the Central African Republic",
        ),
    ],
)
def test_rebels_of_chad_and_the_central_african_republic_by_name(
    analyzer, text: str, name: str
) -> None:
    (found,) = _tag_all(analyzer, [text])
    assert _names(found) == [name]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Libyan coast guard personnel fired at a migrant boat.",
            "Military Forces of Libya (2021-)",
        ),
        ("Nigerian navy men boarded the barge at dawn.", "Military Forces of Nigeria (2015-2023)"),
        ("Two Kenyan army elements were hurt in the blast.", "Military Forces of Kenya (2022-)"),
    ],
)
def test_the_men_of_a_state_force_are_the_force(analyzer, text: str, name: str) -> None:
    """ "Coast guard personnel", "navy men": the force acts through its men."""
    (found,) = _tag_all(analyzer, [text])
    assert [m.name for m in found if m.kind == "military"] == [name], _names(found)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Forces loyal to Khalifa Haftar shelled the airport.", "LNA: Libyan National Army"),
        ("Fighters loyal to Hemedti looted the market.", "Rapid Support Forces"),
        (
            "Troops loyal to Riek Machar overran the barracks.",
            "SPLM/A-IO: Sudan People's Liberation Movement/Army-In Opposition",
        ),
    ],
)
def test_forces_loyal_to_a_leader_are_his_movement(analyzer, text: str, name: str) -> None:
    """ "Forces loyal to Khalifa Haftar": the leader's name stands for his forces."""
    (found,) = _tag_all(analyzer, [text])
    assert _names(found) == [name]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen from the Santa Rosa de Lima cartel shot the mayor.",
        "Members of the Nueva Lima gang attacked the market.",
    ],
)
def test_a_capital_inside_a_groups_name_gives_it_no_country(analyzer, text: str) -> None:
    """ "the Santa Rosa de Lima cartel" is Mexican: Lima inside its name is no tie to Peru."""
    (found,) = _tag_all(analyzer, [text])
    assert found and all(m.country_code is None for m in found), [
        (m.text, m.country_code) for m in found
    ]


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        (
            "Ukraine accused Russia of shelling a hospital in Kherson.",
            "Military Forces of Russia (2000-)",
        ),
        (
            "Kyiv accused Moscow of targeting a power plant overnight.",
            "Military Forces of Russia (2000-)",
        ),
        (
            "Lebanon blamed Israel for a drone strike on a car near Tyre.",
            "Military Forces of Israel (2022-)",
        ),
    ],
)
def test_a_state_accused_of_an_act_is_its_forces(analyzer, text: str, accused: str) -> None:
    """The object of "accused ... of", "blamed ... for" is who did it, as a subject would be."""
    (found,) = _tag_all(analyzer, [text], date(2024, 5, 14))
    assert accused in _names(found)


@pytest.mark.parametrize(
    "text",
    [
        "The military regime shelled a monastery in Sagaing, Myanmar, killing five people.",
        "The regime launched air strikes on Lashio in Myanmar on Sunday, killing 10 civilians.",
        "Ten villagers died when the regime bombed a school near Monywa in Myanmar.",
    ],
)
def test_a_ruling_regime_at_war_is_its_states_forces(analyze, text: str) -> None:
    """ "the regime" that shells or bombs is the state's military, as "the junta" is."""
    assert "Military Forces of Myanmar (2021-)" in _names(analyze(text).actors)


@pytest.mark.parametrize(
    "text",
    [
        "Taliban militants stormed a police station in Bannu, Pakistan, on Monday, killing three"
        " officers.",
        "In Pakistan's Khyber district, the Taliban ambushed a convoy on Monday, killing four"
        " soldiers.",
    ],
)
def test_the_taliban_fighting_inside_pakistan_are_the_pakistani_taliban(analyze, text) -> None:
    analysis = analyze(text, published="2024-03-14")
    (event,) = analysis.events
    assert event.actor1 == "TTP: Tehreek-i-Taliban Pakistan"


@pytest.mark.parametrize(
    "text",
    [
        "Afghan Taliban fighters fired mortars at a Pakistani border post in Kurram on Monday.",
        "Taliban forces fired rockets at a border post in Pakistan's Kurram district on Monday.",
    ],
)
def test_the_afghan_taliban_stay_afghanistans_forces_in_pakistan(analyze, text) -> None:
    analysis = analyze(text, published="2024-03-14")
    assert any(e.actor1 == "Military Forces of Afghanistan (2021-)" for e in analysis.events)
    assert all(e.actor1 != "TTP: Tehreek-i-Taliban Pakistan" for e in analysis.events)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "A Russian missile strike on an apartment block in Dnipro killed three people.",
            "Military Forces of Russia (2000-)",
        ),
        (
            "A Malian army drone strike on a market near Kidal killed eight civilians.",
            "Military Forces of Mali (2021-)",
        ),
        (
            "A Turkish drone strike hit a car near Qamishli on Friday, killing two men.",
            "Military Forces of Turkey (2002-)",
        ),
    ],
)
def test_a_demonym_opening_a_chain_of_nouns_names_the_striker(
    analyzer, text: str, name: str
) -> None:
    """The parse hangs the demonym on "missile" or "army", not on "strike"."""
    (mentions,) = _tag_all(analyzer, [text])
    assert name in _names(mentions)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Syrian government shelling killed four civilians in Maarat al-Numan.",
            "Military Forces of Syria (2000-2024)",
        ),
        (
            "Government airstrikes killed 12 people in the Sudanese town of Nyala.",
            "Military Forces of Sudan (2019-)",
        ),
    ],
)
def test_a_government_named_by_what_it_fires_is_its_forces(analyze, text: str, name: str) -> None:
    analysis = analyze(text, published="2023-04-11")
    assert analysis.events and analysis.events[0].actor1 == name


@pytest.mark.parametrize(
    ("code", "year", "name"),
    [
        ("NE", 2022, "Military Forces of Niger (2021-2023)"),
        ("NE", 2019, "Military Forces of Niger (2011-2021)"),
        ("BF", 2021, "Military Forces of Burkina Faso (2015-2022)"),
        ("SD", 2018, "Military Forces of Sudan (1989-2019)"),
        ("GN", 2020, "Military Forces of Guinea (2010-2021)"),
        ("GA", 2022, "Military Forces of Gabon (2009-2023)"),
        ("EC", 2022, "Military Forces of Ecuador (2021-2023)"),
        ("KE", 2021, "Military Forces of Kenya (2013-2022)"),
        ("SN", 2023, "Military Forces of Senegal (2012-2024)"),
        ("LK", 2023, "Military Forces of Sri Lanka (2022-2024)"),
        ("CD", 2018, "Military Forces of the Democratic Republic of Congo (2001-2019)"),
    ],
)
def test_state_forces_before_a_change_of_government_take_the_earlier_period(
    code: str, year: int, name: str
) -> None:
    """ACLED names a state's forces by the ruling period: an event before a coup or an
    election is the earlier government's forces."""
    assert LEX.state_name("military", code, year) == name


@pytest.mark.parametrize(
    ("text", "published", "name"),
    [
        (
            "Suspected jihadists killed eight Nigerien soldiers near Tillaberi on Monday.",
            "2022-05-10",
            "Military Forces of Niger (2021-2023)",
        ),
        (
            "Kenyan police fired tear gas at protesters in Kisumu on Tuesday.",
            "2021-06-10",
            "Police Forces of Kenya (2013-2022)",
        ),
    ],
)
def test_an_event_before_a_coup_or_an_election_names_the_earlier_forces(
    analyze, text: str, published: str, name: str
) -> None:
    analysis = analyze(text, published=published)
    assert any(name in (e.actor1, e.actor2) for e in analysis.events), [
        (e.actor1, e.actor2) for e in analysis.events
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Paramilitary Rangers detained dozens of party workers in Karachi, Pakistan, on Monday.",
        "Paramilitary troops opened fire on a crowd in Quetta, Pakistan, on Sunday, killing two.",
        "In Pakistan's Sindh province, paramilitary forces arrested three opposition leaders.",
    ],
)
def test_a_paramilitary_of_a_state_that_fields_one_is_its_forces(analyze, text: str) -> None:
    """Pakistan's paramilitaries (Rangers, Frontier Corps) are the state's, not an armed group."""
    analysis = analyze(text, published="2024-03-14")
    assert any(e.actor1 == "Military Forces of Pakistan (2022-)" for e in analysis.events)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Sudanese paramilitary forces shelled El Fasher on Monday, killing five civilians.",
            "Rapid Support Forces",
        ),
        (
            "Paramilitary fighters killed three farmers in Cauca, Colombia, on Sunday.",
            "Unidentified Armed Group (Colombia)",
        ),
    ],
)
def test_a_paramilitary_elsewhere_stays_an_armed_group(analyze, text: str, name: str) -> None:
    analysis = analyze(text, published="2024-03-14")
    assert [e.actor1 for e in analysis.events] == [name]


@pytest.mark.parametrize(
    ("text", "published", "name"),
    [
        (
            "Mexican soldiers clashed with cartel gunmen in Culiacan on Sunday, killing three.",
            "2024-09-16",
            "Military Forces of Mexico (2018-2024)",
        ),
        (
            "Syrian government forces shelled villages in Idlib province on Saturday, killing "
            "four civilians.",
            "2024-11-30",
            "Military Forces of Syria (2000-2024)",
        ),
        (
            "Bangladeshi police fired rubber bullets at students in Dhaka on Thursday.",
            "2024-07-19",
            "Police Forces of Bangladesh (2009-2024)",
        ),
    ],
)
def test_a_report_of_the_year_of_a_change_before_its_day_names_the_earlier_forces(
    analyze, text: str, published: str, name: str
) -> None:
    """A regime's name applies from the day it took power, not from the first of January of
    that year: a report of September 2024 from Mexico is of the forces before October's."""
    analysis = analyze(text, published=published)
    assert any(name in (e.actor1, e.actor2) for e in analysis.events), [
        (e.actor1, e.actor2) for e in analysis.events
    ]


@pytest.mark.parametrize(
    ("code", "day", "name"),
    [
        ("US", date(2025, 1, 19), "Military Forces of the United States (2021-2025)"),
        ("US", date(2025, 1, 20), "Military Forces of the United States (2025-)"),
        ("AF", date(2021, 8, 14), "Military Forces of Afghanistan (2004-2021)"),
        ("AF", date(2021, 8, 15), "Military Forces of Afghanistan (2021-)"),
    ],
)
def test_a_regime_name_applies_from_the_day_it_took_power(code: str, day: date, name: str) -> None:
    assert LEX.state_name("military", code, day) == name


# Vigilantes, hunters and self-defence groups who take on bandits or jihadists are ACLED's
# communal militias, a side of the battle; a band of vigilantes lynching a suspect stays a mob.
@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Vigilantes exchanged fire with kidnappers near Funtua on Thursday, killing three "
            "of them.",
            ("Unidentified Communal Militia (Nigeria)", "Unidentified Armed Group (Nigeria)"),
        ),
        (
            "Bandits shot dead four members of a local vigilante group in Gusau on Friday.",
            ("Unidentified Armed Group (Nigeria)", "Unidentified Communal Militia (Nigeria)"),
        ),
        (
            "Traditional hunters fought off gunmen who stormed a village in Kebbi State on Sunday.",
            ("Unidentified Communal Militia (Nigeria)", "Unidentified Armed Group (Nigeria)"),
        ),
        (
            "A self-defence militia clashed with ADF rebels near Beni on Monday.",
            ("Unidentified Communal Militia (Democratic Republic of Congo)", None),
        ),
        # hunters who bear arms are one: Mali's Dozo by their people's name
        (
            "Dozo hunters ambushed jihadists near Djenne on Wednesday, killing four.",
            ("Dozo Communal Militia (Mali)", "Unidentified Armed Group (Mali)"),
        ),
        (
            "Gunmen shot dead three hunters near Lokoja in Kogi State on Friday.",
            ("Unidentified Armed Group (Nigeria)", "Unidentified Communal Militia (Nigeria)"),
        ),
        # a "gun duel" is fire traded: a battle, not a mob's deed
        (
            "Vigilantes engaged bandits in a gun duel in Gusau on Sunday.",
            ("Unidentified Communal Militia (Nigeria)", "Unidentified Armed Group (Nigeria)"),
        ),
        (
            "Local vigilantes engaged gunmen in a gun duel near Tsafe on Monday night.",
            ("Unidentified Communal Militia (Nigeria)", "Unidentified Armed Group (Nigeria)"),
        ),
        (
            "Vigilantes lynched a suspected cattle thief in Gombe on Saturday.",
            ("Rioters (Nigeria)", "Civilians (Nigeria)"),
        ),
    ],
)
def test_vigilantes_and_self_defence_groups_are_communal_militias(
    analyze, text: str, sides: tuple[str, str | None]
) -> None:
    (event,) = analyze(text).events
    assert event.actor1 == sides[0]
    assert sides[1] is None or event.actor2 == sides[1]
