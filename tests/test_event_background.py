# ruff: noqa: E501 -- whole sentences read better than strings cut in pieces
"""Earlier incidents a report recounts beside its own: each gets its own days and its own dead,
and one that points at a place nobody stated stays out. The texts are written for these tests
(none from any benchmark) and read as published on Tuesday 2023-04-11."""

from __future__ import annotations

import pytest

# (text, (first day, last day, dead) of each event in order)
BACKGROUND = [
    # what a statement or a measure came after, months back, is background: not the day's
    # incident, and not one that takes the incident's days or dead
    (
        "Rebels attacked an army base near the town of Kalemie on Sunday, killing four soldiers, the army said.\n\nA state of emergency was declared in January after fighting erupted between the army and the rebels.",
        [("2023-04-09", "2023-04-09", 4)],
    ),
    (
        "Fighters from the militia took control of the town of Debre Tabor in the Amhara region on Sunday before withdrawing, two residents said.\n\nThe federal government declared a state of emergency in Amhara in January after fighting erupted between the army and the militia.",
        [("2023-04-09", "2023-04-09", None)],
    ),
    # accusations that stand against a party, told in the perfect passive, are its charge
    # sheet, not incidents of the report
    (
        "Militiamen killed six traders at a market near Bunia on Sunday, local officials said.\n\nBoth sides have been accused of abuses. The militia has been accused of ethnically targeted killings in Djugu, while the army has been accused of indiscriminate air strikes on villages.",
        [("2023-04-09", "2023-04-09", 6)],
    ),
    (
        "Paramilitary fighters shot dead three farmers outside El Obeid on Monday, a rights group said.\n\nThe paramilitaries have been accused of ethnically motivated killings in North Darfur, and the army has been accused of bombing markets.",
        [("2023-04-10", "2023-04-10", 3)],
    ),
    # ... and the dead its charges count are no toll of the report's incident
    (
        "Drones struck a fuel depot in the town of Kupiansk on Monday, the governor said. The militia has been accused of shooting dead some 300 residents in the region.",
        [("2023-04-10", "2023-04-10", None)],
    ),
    (
        "Soldiers exchanged fire with rebels near the town of Kalemie on Sunday, the army said. The rebels have been accused of killing 45 villagers in the province.",
        [("2023-04-09", "2023-04-09", None)],
    ),
    # how a long war began is its history, not the report's news, and its dead no toll
    (
        "An air strike hit a market in the town of Nyala on Monday, medics said. The war began when the paramilitary force attacked army bases in the capital, killing 300 soldiers.",
        [("2023-04-10", "2023-04-10", None)],
    ),
    (
        "Militants ambushed a convoy near the town of Gao on Sunday, the army said. The insurgency started when rebels overran the northern garrisons and executed 90 soldiers.",
        [("2023-04-09", "2023-04-09", None)],
    ),
    (
        "Drones struck a fuel depot in the town of Kupiansk on Monday, the governor said. The war started when rebel fighters stormed the northern border town and shot dead some 300 residents.",
        [("2023-04-10", "2023-04-10", None)],
    ),
    # ... told by the day or the deed it began with, in a clause on that day or deed
    (
        "M23 rebels attacked Sake on Monday, the army said. The rebellion began in 2021 when M23 fighters seized Bunagana, on the border with Uganda.",
        [("2023-04-10", "2023-04-10", None)],
    ),
    (
        "Gunmen killed five people near Mopti on Monday. The conflict started in 2012 when Tuareg rebels seized the town of Kidal.",
        [("2023-04-10", "2023-04-10", 5)],
    ),
    (
        "An air strike hit a market in the town of Nyala on Monday, medics said. The war was triggered by the attack in which paramilitary fighters stormed army bases in the capital, killing 300 soldiers.",
        [("2023-04-10", "2023-04-10", None)],
    ),
    (
        "Jihadists killed four soldiers near Djibo on Monday. The insurgency began with the 2015 attack in which gunmen stormed a hotel in Bamako, killing 20 people.",
        [("2023-04-10", "2023-04-10", 4)],
    ),
    # ... or by its launcher, of its own campaign, in answer to what it came after
    (
        "Air strikes killed 12 people in the town of Nyala on Monday, medics said. The army launched its offensive after paramilitary fighters stormed its bases in the capital, killing 300 soldiers.",
        [("2023-04-10", "2023-04-10", 12)],
    ),
    (
        "Missiles hit the town of Kupiansk on Monday, the governor said. Russia launched its full-scale invasion in February 2022, when its troops attacked Kyiv from Belarus.",
        [("2023-04-10", "2023-04-10", None)],
    ),
    # what gangs or rebels do there by habit, in verbs that share one present tense
    (
        "Gunmen shot dead two farmers in the village of Kaura on Monday, police said.\n\nKidnappings for ransom have become rampant in the northwest, where gangs known locally as bandits raid villages, steal cattle and abduct residents.",
        [("2023-04-10", "2023-04-10", 2)],
    ),
    (
        "Jihadists killed four soldiers near the town of Djibo on Monday, the army said.\n\nViolence has surged in the Sahel, where jihadists attack army posts, burn schools and kidnap teachers.",
        [("2023-04-10", "2023-04-10", 4)],
    ),
    # a verb of holding in the simple present is a state of the war, whatever a headline's
    # tense would make of it: it neither adds an event nor takes the incident's place
    (
        "Soldiers shot dead a suspected smuggler near the border town of Kidal on Sunday, residents said.\n\nRebels control two of the three roads into the city.",
        [("2023-04-09", "2023-04-09", 1)],
    ),
    (
        "Gunmen abducted a village chief near Tillaberi on Sunday, relatives said.\n\nCriminal gangs control roughly 80 percent of the region.",
        [("2023-04-09", "2023-04-09", None)],
    ),
    # a month named on the incident's noun dates the verb it does ("a January strike killed")
    (
        "An airstrike hit the Al-Amal Clinic in El Obeid on Monday, killing seven patients, medics said.\n\nA January strike on Al-Amal Clinic killed two nurses and wounded five.",
        [("2023-04-10", "2023-04-10", 7), ("2023-01-01", "2023-01-31", 2)],
    ),
    # "since June 2019" measures the attack ("the first ... since"): no date, no running total
    (
        "Gunmen killed four soldiers at a checkpoint near Diffa on Sunday, the army said.\n\nTwo more soldiers were killed in an ambush in the same area a week earlier, in the first attack on the town since June 2019.",
        [("2023-04-09", "2023-04-09", 4), ("2023-04-02", "2023-04-02", 2)],
    ),
    (
        "Militants killed three policemen in an attack near Peshawar on Sunday, the worst violence in the district since 2019.",
        [("2023-04-09", "2023-04-09", 3)],
    ),
    # a clause of the place ("the same district where ...") tells its own incident, days, dead
    (
        "Artillery fire hit a market in Donetsk on Monday, killing five people, local officials said.\n\nThe shells landed in the same district where a missile strike killed 12 people last month.",
        [("2023-04-10", "2023-04-10", 5), ("2023-03-01", "2023-03-31", 12)],
    ),
    (
        "Three rockets landed inside the Green Zone in Baghdad on Monday night, causing no casualties.\n\nThe rockets struck the same area where a rocket attack wounded two guards at a checkpoint last week.",
        [("2023-04-10", "2023-04-10", 0), ("2023-04-03", "2023-04-09", None)],
    ),
    # "Two days before," opening a sentence: two days before the incident told before it
    (
        "A car bomb exploded near a police station in Mogadishu on Monday, killing six people, police said.\n\nTwo days before, a roadside bomb killed three soldiers on the outskirts of Mogadishu.",
        [("2023-04-10", "2023-04-10", 6), ("2023-04-08", "2023-04-08", 3)],
    ),
    # a clause set days apart: its own day, counted from the incident told before
    (
        "Gunmen stormed a military base near Menaka on Sunday, killing seven soldiers, the army said.\n\nThe attack came two days after militants killed five civilians in an ambush on a bus near Gao.",
        [("2023-04-09", "2023-04-09", 7), ("2023-04-07", "2023-04-07", 5)],
    ),
    (
        "Houthi forces fired a missile at Marib city on Sunday, killing two children, officials said.\n\nThe missile hit a residential area three days after a drone attack on an army camp west of the city killed six soldiers.",
        [("2023-04-09", "2023-04-09", 2), ("2023-04-06", "2023-04-06", 6)],
    ),
    # "since October, when ...": the when-clause is an earlier incident, of that month alone
    (
        "A car bomb killed six people in Mogadishu on Monday.\n\nIt was the deadliest attack in the capital since October, when twin car bombs killed more than 100 people at the education ministry.",
        [("2023-04-10", "2023-04-10", 6), ("2022-10-01", "2022-10-31", 100)],
    ),
    (
        "Rebels shelled the port of Hodeidah on Monday, killing two dock workers.\n\nThe country has been at war since 2014, when the rebels seized the capital, Sanaa.",
        [("2023-04-10", "2023-04-10", 2), ("2014-01-01", "2014-12-31", None)],
    ),
    # a where-clause with no day of its own points back at the incident told before
    (
        "A bomb exploded in a market in Kabul on Sunday, killing five people, police said.\n\nOn Monday, a second bomb went off in the same market where the first one had exploded, wounding three.",
        [("2023-04-09", "2023-04-09", 5), ("2023-04-10", "2023-04-10", None)],
    ),
    # opening the sentence, "two days after the attack" dates what follows it
    (
        "Gunmen killed five farmers near Gusau on Sunday, police said.\n\nTwo days after the attack, soldiers arrested three suspects in the same area.",
        [("2023-04-09", "2023-04-09", 5), ("2023-04-11", "2023-04-11", None)],
    ),
    # a general word told with its own day and town is an earlier incident told in full, not
    # the toll of an undated incident told later at that town
    (
        "Militants stormed a checkpoint near Bannu on Monday, killing two policemen, officials said.\n\nThe same group attacked a police station in Bannu on March 30, officials said.\n\nPolice said the attackers used heavy weapons and fled.",
        [("2023-04-10", "2023-04-10", 2), ("2023-03-30", "2023-03-30", None)],
    ),
    (
        "Rebels stormed an army post outside Bunia on Monday, killing four soldiers, the army said.\n\nThe same rebels attacked a displacement camp in Bunia on March 20, killing 12 people.\n\nMortar shells also hit the edge of the town, residents said.",
        [("2023-04-10", "2023-04-10", 4), ("2023-03-20", "2023-03-20", 12)],
    ),
    # "the same area" after an incident placed by no name: nothing to point at, it goes
    (
        "Gunmen killed four soldiers at a checkpoint near Diffa on Sunday, the army said.\n\nA soldier and 20 militants were killed in another clash in late March in a restive lakeside area.\n\nTwo more soldiers were killed in an ambush in the same area a month earlier.",
        [("2023-04-09", "2023-04-09", 4), ("2023-03-21", "2023-03-31", 21)],
    ),
    # the day of a reaction ("on Monday condemned the attack ..., which killed two") dates
    # the condemnation; the attack keeps its own day, and is told once
    (
        "The United Nations on Monday condemned the attack on a peacekeeping convoy near Beni, which killed two Nepalese soldiers and wounded three others on Saturday.",
        [("2023-04-08", "2023-04-08", 2)],
    ),
    (
        "UN chief condemns deadly attack on peacekeepers in Mali\n\nThe UN secretary-general on Monday strongly condemned the ambush of a peacekeeping patrol near Kidal, which killed three soldiers and wounded five on Sunday.",
        [("2023-04-09", "2023-04-09", 3)],
    ),
    # a quote retelling the incident at a hamlet "in" the locality told before (both lacking
    # from the gazetteer, put at one point) with the same dead is the incident told twice
    (
        'Twelve people were hacked to death in the remote locality of Ngerenya, in the territory of Rutshuru, on Monday, officials said.\n\nA local chief said: "The militia attacked the hamlet of Kabizo in the locality of Ngerenya, territory of Rutshuru, in North Kivu province. Twelve people were hacked to death."',
        [("2023-04-10", "2023-04-10", 12)],
    ),
    (
        'Nine civilians were hacked to death in the remote groupement of Mapate, in Masisi territory, on Sunday, a local official said.\n\nA civil society leader told reporters: "The rebels raided the hamlet of Lomera in the groupement of Mapate, Masisi territory. Nine civilians were hacked to death."',
        [("2023-04-09", "2023-04-09", 9)],
    ),
    # a list of earlier attacks headed "Month YEAR:" dates each entry by its month, so none
    # takes the whole year and swallows the day's incident
    (
        "Gunmen killed seven worshippers at a mosque in Zamfara on Sunday, police said.\n\nRecent attacks in the region include:\n- January 2023: 15 travellers abducted near Gusau",
        [("2023-04-09", "2023-04-09", 7), ("2023-01-01", "2023-01-31", None)],
    ),
    (
        "A roadside bomb killed four soldiers near Mopti on Monday, the army said.\n\nEarlier attacks:\nOctober 2022: a bus hit a mine near Bandiagara, killing 11 passengers",
        [("2023-04-10", "2023-04-10", 4), ("2022-10-01", "2022-10-31", 11)],
    ),
    # the day of a funeral or a vigil is the mourners', not that of the incident they mourn:
    # undated, the incident is of the days before it
    (
        "Relatives held a funeral in Gao on Monday for five soldiers killed in an ambush.",
        [("2023-04-07", "2023-04-10", 5)],
    ),
    (
        "Relatives held a funeral in Gao on Monday for five soldiers killed in an ambush on Saturday.",
        [("2023-04-08", "2023-04-08", 5)],
    ),
    (
        "Hundreds of people attended a vigil in Quetta on Monday for the 11 miners killed by gunmen last week.",
        [("2023-04-10", "2023-04-10", None), ("2023-04-03", "2023-04-09", 11)],
    ),
    # a mission told in the present ("deployed to help police fight the gangs"): its fighting
    # is the purpose of the troops, no incident
    (
        "A roadside bomb killed two soldiers near Bol on Monday, the army said.\n\nSome 1,000 French soldiers are stationed in N'Djamena to support government troops battling the jihadists.",
        [("2023-04-10", "2023-04-10", 2)],
    ),
    (
        "A roadside bomb killed two soldiers near Menaka on Monday, the army said.\n\nHundreds of Russian instructors are based in Gao to train Malian troops fighting the jihadists.",
        [("2023-04-10", "2023-04-10", 2)],
    ),
    (
        "Gangs shot dead three police officers in Port-au-Prince on Monday, the police union said.\n\nKenyan police officers are deployed in Haiti to help local police fight the gangs.",
        [("2023-04-10", "2023-04-10", 3)],
    ),
]


@pytest.mark.parametrize(("text", "told"), BACKGROUND)
def test_earlier_incidents_keep_their_days_and_dead(analyze, text: str, told: list) -> None:
    events = analyze(text).events
    assert [(e.date_start, e.date_end, e.fatalities) for e in events] == told


# (text, published, the town): a wave's month told with no place of its own ("the protests
# started in February") gives no day to an undated incident at a stated town days later
ONSET_MONTH = [
    (
        "NAIROBI, March 5 (Reuters) - Police fired tear gas at protesters in central Nairobi, witnesses said.\n\nIn the western town of Kisumu, a crowd set fire to a police post, a police official said.\n\nThe protests started in February over rising taxes.",
        "2024-03-05",
        "Kisumu",
    ),
    (
        "Demonstrators blocked the main highway in Ica with burning tyres, police said.\n\nThe unrest began in February after Congress removed the president.",
        "2024-03-05",
        "Ica",
    ),
]


@pytest.mark.parametrize(("text", "published", "town"), ONSET_MONTH)
def test_a_waves_month_dates_no_later_incident(analyze, text: str, published: str, town: str):
    told = [e for e in analyze(text, published).events if town in e.evidence.text]
    assert told
    assert all(e.date_end >= "2024-03-02" for e in told)


# (text, the sub-event type of its one event): the age of a war told beside an incident ("as
# fighting entered its third week") is no battle of its own, nor does it make the incident one
WAR_AGE = [
    (
        "Gunmen killed four farmers in the village of Kauru on Monday, as clashes between herders and farmers in the area entered their third week.",
        "Attack",
    ),
    (
        "Police found the bodies of six men in the town of Guasave on Monday as fighting between rival gangs entered its third week.",
        "Attack",
    ),
]


@pytest.mark.parametrize(("text", "sub_event_type"), WAR_AGE)
def test_the_age_of_a_war_is_no_incident(analyze, text: str, sub_event_type: str) -> None:
    assert [e.sub_event_type for e in analyze(text).events] == [sub_event_type]


# an agreement word that is the backdrop of other news ("despite truce talks", "in spite of a
# ceasefire agreed in May") or talks that ended in nothing is no agreement of its own
NO_AGREEMENT = [
    (
        "Government troops shelled rebel positions near Kalemie on Monday despite ceasefire talks in Nairobi.",
        "Shelling/artillery/missile attack",
    ),
    (
        "Warplanes bombed a market in the town of Nyala on Monday amid truce negotiations in Geneva.",
        "Air/drone strike",
    ),
    (
        "Militias traded fire in the town of Zawiya on Monday in spite of a truce agreed in January.",
        "Armed clash",
    ),
    (
        "Gunmen killed five villagers near Bunia on Monday as peace talks in Luanda ended without a deal.",
        "Attack",
    ),
    # talks still going on in a clause beside the news, and the agreement they are about
    (
        "Russian shelling killed three people in Kherson on Monday as officials held talks on "
        "a prisoner exchange.",
        "Shelling/artillery/missile attack",
    ),
    (
        "Air strikes killed 12 people in Idlib on Monday, while envoys continued negotiations "
        "over a truce.",
        "Air/drone strike",
    ),
    (
        "Rebels stormed an army post near Sake on Monday as mediators pressed on with talks "
        "about a ceasefire.",
        "Armed clash",
    ),
]


@pytest.mark.parametrize(("text", "sub_event_type"), NO_AGREEMENT)
def test_an_agreement_talked_of_is_no_agreement(analyze, text: str, sub_event_type: str) -> None:
    assert [e.sub_event_type for e in analyze(text).events] == [sub_event_type]


def test_an_agreement_signed_is_still_one(analyze) -> None:
    told = analyze("The government and the rebels signed a ceasefire in Nairobi on Monday.").events
    assert [e.sub_event_type for e in told] == ["Agreement"]


# a crisis said to erupt after a deed told with its own day: that deed is the news that set it
# off, not the war's history
DATED_CAUSES = [
    "The crisis erupted after police shot a student in Dhaka on Monday, witnesses said.",
    "The conflict erupted after soldiers shot dead a village chief in Batibo on Sunday, residents said.",
]


@pytest.mark.parametrize("text", DATED_CAUSES)
def test_a_dated_cause_of_a_crisis_is_news(analyze, text: str) -> None:
    assert [e.event_type for e in analyze(text).events] == ["Violence against civilians"]


# a day of an older incident told in a relative clause on a party the strike killed ("a
# commander who led the Oct. 7 attack") is that incident's, not a second strike's
PARTY_PAST = [
    "An Israeli air strike on Tuesday hit a house in Khan Younis, killing 12 people. The military said the strike had killed a Hamas commander who led the Oct. 7 attack.",
    "An Israeli air strike on Tuesday hit a house in Khan Younis, killing 12 people. The army said the strike had killed a Hamas commander it said was responsible for the Oct. 7 attack.",
]


@pytest.mark.parametrize("text", PARTY_PAST)
def test_a_partys_past_attack_dates_no_second_strike(analyze, text: str) -> None:
    events = analyze(text).events
    assert [(e.sub_event_type, e.date_start) for e in events] == [
        ("Air/drone strike", "2023-04-11")
    ]
