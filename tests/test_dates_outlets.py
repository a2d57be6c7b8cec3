"""The dates stage over sentences and mini-stories written in many outlets' styles: wire
datelines, live blogs with timestamps, updated stories, quotes with their own "yesterday",
statements days after the incident, anaphora ("the next day", "hours later", "that night"),
weekday names on the day of publication and after, plans, ranges, lists and vague periods.

Written for these tests (no benchmark text). The conventions are those of the events-dev gold,
written down in ``test_dates_conventions.py``; a row passes when a mention overlapping the
expression has exactly the expected range.
"""

from __future__ import annotations

import pytest

WED = "2024-06-12"
MON = "2023-10-16"
TUE = "2025-02-04"
SUN = "2022-03-13"
FRI = "2021-11-26"
JAN = "2024-01-02"
THU = "2024-06-13"


def _day(iso: str) -> tuple[str, str]:
    return (iso, iso)


SENTENCES = [
    # wire datelines: day deixis counts from the filing day, not the page's
    (
        WED,
        "GOMA, Congo, June 10 (Reuters) - Rebels shelled the airport on Sunday, witnesses said.",
        "Sunday",
        _day("2024-06-09"),
    ),
    (
        WED,
        "BAMAKO, June 11 (AFP) - Jihadists attacked an army post on Monday night.",
        "Monday night",
        _day("2024-06-10"),
    ),
    (
        WED,
        "Kabul, June 12 (Pajhwok): Two policemen were killed in a blast in the city yesterday.",
        "yesterday",
        _day("2024-06-11"),
    ),
    (
        MON,
        "LIMA, Oct 15 (EFE).- Police clashed with miners blocking the highway today.",
        "today",
        _day("2023-10-15"),
    ),
    (
        WED,
        "KHARTOUM, Sudan (AP) — Paramilitary fighters stormed a village early Wednesday.",
        "early Wednesday",
        _day(WED),
    ),
    # ... in other outlets' forms: the agency before the date, a line opening with a dated
    # date, a byline with its date (the page is dated two days later)
    (
        THU,
        "KYIV, Ukraine (AP) — June 11, 2024 — A drone hit a school yesterday.",
        "yesterday",
        _day("2024-06-10"),
    ),
    (
        THU,
        "Mogadishu (HOL) 11 June 2024 - Militants attacked a base yesterday.",
        "yesterday",
        _day("2024-06-10"),
    ),
    (THU, "June 11, 2024 — Gunmen killed ten people yesterday.", "yesterday", _day("2024-06-10")),
    (
        THU,
        "By Staff Reporter | June 11, 2024\n\nGunmen killed ten people yesterday.",
        "yesterday",
        _day("2024-06-10"),
    ),
    # ... a place with its country in brackets or before a dash, a weekday in the date, an
    # "Updated" line with its time, a date in capitals before a slash
    (
        THU,
        "Maiduguri (Nigeria), June 11, 2024 (AFP) - Gunmen killed nine farmers yesterday.",
        "yesterday",
        _day("2024-06-10"),
    ),
    (
        THU,
        "Bunia (DR Congo), 11 June (AFP) - Militiamen attacked a camp yesterday.",
        "yesterday",
        _day("2024-06-10"),
    ),
    (
        THU,
        "Lagos, Nigeria - June 11, 2024: Bandits killed seven villagers yesterday.",
        "yesterday",
        _day("2024-06-10"),
    ),
    (
        THU,
        "Port-au-Prince, Haiti — June 11, 2024 — Gangs burned houses in the capital yesterday.",
        "yesterday",
        _day("2024-06-10"),
    ),
    (
        THU,
        "Kyiv, Ukraine, Tuesday, June 11 — A missile hit an apartment block overnight.",
        "overnight",
        ("2024-06-10", "2024-06-11"),
    ),
    (
        THU,
        "Updated: 11 June 2024 09:12 GMT\n\nAn air strike hit a school yesterday.",
        "yesterday",
        _day("2024-06-10"),
    ),
    (
        THU,
        "Last updated on June 11, 2024 at 4:35 p.m.\n\nTroops shelled the town yesterday.",
        "yesterday",
        _day("2024-06-10"),
    ),
    (
        THU,
        "Srinagar, June 11, (KNO): Militants attacked a police post last night.",
        "last night",
        ("2024-06-10", "2024-06-11"),
    ),
    (
        THU,
        "Kathmandu, 11 June, (RSS): Police clashed with protesters yesterday.",
        "yesterday",
        _day("2024-06-10"),
    ),
    (
        THU,
        "Tue, 11 Jun 2024 10:32:00 +0000\n\nGunmen raided a village yesterday.",
        "yesterday",
        _day("2024-06-10"),
    ),
    (
        THU,
        "Tuesday, June 11, 2024 9:15 PM EDT\n\nRioters torched a police station yesterday.",
        "yesterday",
        _day("2024-06-10"),
    ),
    (
        THU,
        "Kinshasa, 11/06/2024 (ACP).- Rebels shelled a camp last night.",
        "last night",
        ("2024-06-10", "2024-06-11"),
    ),
    (
        THU,
        "11/06/2024\n\nPolice dispersed a march in the capital yesterday.",
        "yesterday",
        _day("2024-06-10"),
    ),
    (
        THU,
        "June 11, 2024 9:41 PM 2 min read\n\nShelling hit the port yesterday.",
        "yesterday",
        _day("2024-06-10"),
    ),
    (
        THU,
        "Last Updated: June 11, 2024, 10:32 IST\n\nMaoists ambushed a patrol yesterday.",
        "yesterday",
        _day("2024-06-10"),
    ),
    (
        THU,
        "PUBLISHED: Tue 11 Jun 2024\n\nGunmen burned a church yesterday.",
        "yesterday",
        _day("2024-06-10"),
    ),
    (
        THU,
        "2024-06-11\n\nSoldiers shot two protesters yesterday.",
        "yesterday",
        _day("2024-06-10"),
    ),
    (
        THU,
        "Published: 2024-06-11T08:15:00Z\n\nA drone struck a convoy yesterday.",
        "yesterday",
        _day("2024-06-10"),
    ),
    (
        THU,
        "JERUSALEM/CAIRO, June 11 (Reuters) - Air strikes hit a camp in Rafah yesterday.",
        "yesterday",
        _day("2024-06-10"),
    ),
    (
        THU,
        "Khartoum/Nairobi, 11 June (AFP) - Drones struck a fuel depot yesterday.",
        "yesterday",
        _day("2024-06-10"),
    ),
    (
        THU,
        "Mogadishu — June 11, 2024\n\nMilitants stormed a hotel yesterday.",
        "yesterday",
        _day("2024-06-10"),
    ),
    (
        THU,
        "Baghdad | 11 June 2024\n\nA roadside bomb hit a patrol yesterday.",
        "yesterday",
        _day("2024-06-10"),
    ),
    (
        THU,
        "JUNE 11, 2024 / 10:32 AM / UPDATED 2 DAYS AGO\n\nA car bomb exploded yesterday.",
        "yesterday",
        _day("2024-06-10"),
    ),
    (
        THU,
        "ABUJA, Nigeria, June 11, 2024 (Xinhua) -- Gunmen killed ten people this morning.",
        "this morning",
        _day("2024-06-11"),
    ),
    # live blogs and updated stories
    (
        WED,
        "Updated Tuesday, June 11, 2024 at 9:40 pm. Shelling killed three people in the town.",
        "Tuesday, June 11, 2024",
        _day("2024-06-11"),
    ),
    (
        WED,
        "14:32 GMT - Air raid sirens sounded across the capital this afternoon.",
        "this afternoon",
        _day(WED),
    ),
    # weekday names on the day of publication, the day before and a week before
    (WED, "Protesters blocked the main road on Wednesday morning.", "Wednesday morning", _day(WED)),
    (TUE, "Soldiers repelled an assault late Tuesday, the army said.", "late Tuesday", _day(TUE)),
    (TUE, "Gunmen attacked a bus on Monday evening.", "Monday evening", _day("2025-02-03")),
    (WED, "The militia withdrew last Wednesday.", "last Wednesday", _day("2024-06-05")),
    (WED, "Clashes resumed last Thursday, residents said.", "last Thursday", _day("2024-06-06")),
    (WED, "Gunmen struck on Tuesday last week.", "Tuesday last week", _day("2024-06-04")),
    (WED, "This past Sunday, protesters marched.", "This past Sunday", _day("2024-06-09")),
    (SUN, "Troops will withdraw on Friday, the minister said.", "Friday", _day("2022-03-18")),
    (WED, "Tuesday’s blast killed six.", "Tuesday’s", _day("2024-06-11")),
    (WED, "Wednesday's raid killed six.", "Wednesday's", _day(WED)),
    # a quote tells its own "yesterday" and "today" from the day of its statement
    (
        WED,
        "The governor said on Tuesday: “Yesterday they burned the market and today they came"
        " back.”",
        "Yesterday",
        _day("2024-06-10"),
    ),
    (
        WED,
        "The governor said on Tuesday: “Yesterday they burned the market and today they came"
        " back.”",
        "today",
        _day("2024-06-11"),
    ),
    # statements days after, and anaphora
    (
        MON,
        "In a statement issued on Saturday, the group claimed the ambush carried out two days"
        " earlier.",
        "two days earlier",
        _day("2023-10-12"),
    ),
    (
        MON,
        "The army said on Sunday that it had killed 12 insurgents the previous day.",
        "the previous day",
        _day("2023-10-14"),
    ),
    (
        FRI,
        "Bandits raided the village on Tuesday. The next day, they returned.",
        "The next day",
        _day("2021-11-24"),
    ),
    (
        FRI,
        "A car bomb exploded on Wednesday. Hours later, a second device went off.",
        "Hours later",
        _day("2021-11-24"),
    ),
    (
        FRI,
        "Police fired tear gas at students on Monday. That night, a curfew was imposed.",
        "That night",
        _day("2021-11-22"),
    ),
    (
        FRI,
        "Militants attacked a convoy on Thursday. On the same day, a drone hit a camp.",
        "On the same day",
        _day("2021-11-25"),
    ),
    # "hours after" with no count is the day of its clause, as "hours later" is
    (
        FRI,
        "Gunmen killed five people in Kaduna on Tuesday. The attack came hours after the"
        " governor lifted a curfew.",
        "hours after",
        _day("2021-11-23"),
    ),
    (
        FRI,
        "The strike came hours after the president visited the town on Wednesday.",
        "hours after",
        _day("2021-11-24"),
    ),
    # "very" and the other parts of the day read as the plain anaphora
    (
        FRI,
        "The rebels announced a truce on Monday. The very next day, they shelled Kidal.",
        "The very next day",
        _day("2021-11-23"),
    ),
    (
        FRI,
        "Gunmen raided the village on Tuesday. Soldiers reached it the following afternoon.",
        "the following afternoon",
        _day("2021-11-24"),
    ),
    (
        FRI,
        "A bomb hit the market on Wednesday. A second blast struck the bus station that same"
        " night.",
        "that same night",
        _day("2021-11-24"),
    ),
    (
        FRI,
        "Protesters were shot in Khartoum on Thursday. Police had arrested their leaders the"
        " previous morning.",
        "the previous morning",
        _day("2021-11-24"),
    ),
    (
        FRI,
        "Rebels seized the town on November 3; two weeks later, the army retook it.",
        "two weeks later",
        _day("2021-11-17"),
    ),
    (
        WED,
        "Rebels shelled the port on Monday. Earlier that day, a drone hit a school.",
        "Earlier that day",
        _day("2024-06-10"),
    ),
    (
        WED,
        "Police arrested the suspects on Saturday. The following morning, a mob attacked.",
        "The following morning",
        _day("2024-06-09"),
    ),
    # plans
    (WED, "Talks are scheduled to resume next Tuesday.", "next Tuesday", _day("2024-06-18")),
    (WED, "The opposition plans to march next week.", "next week", ("2024-06-17", "2024-06-23")),
    (WED, "Elections are due next month.", "next month", ("2024-07-01", "2024-07-31")),
    (JAN, "The truce expired on December 28.", "December 28", _day("2023-12-28")),
    # ranges and lists
    (
        WED,
        "Fighting raged between May 28 and June 2, the UN said.",
        "May 28 and June 2",
        ("2024-05-28", "2024-06-02"),
    ),
    (WED, "Curfew was imposed from 8-10 June.", "8-10 June", ("2024-06-08", "2024-06-10")),
    (
        WED,
        "Protests were held on Saturday and Sunday in the capital.",
        "Saturday and Sunday",
        ("2024-06-08", "2024-06-09"),
    ),
    (
        WED,
        "In the night from Saturday to Sunday, drones attacked the port.",
        "Saturday to Sunday",
        ("2024-06-08", "2024-06-09"),
    ),
    (
        TUE,
        "Airstrikes hit the city from January 28 through February 1.",
        "January 28 through February 1",
        ("2025-01-28", "2025-02-01"),
    ),
    (
        WED,
        "Strikes on May 30, June 2 and June 5 killed 20.",
        "June 5",
        _day("2024-06-05"),
    ),
    # vague periods
    (
        WED,
        "Earlier this week, gunmen kidnapped a priest.",
        "Earlier this week",
        ("2024-06-10", "2024-06-11"),
    ),
    (WED, "At least 40 died in recent days.", "in recent days", ("2024-06-05", WED)),
    (
        WED,
        "Over the past 24 hours, drones hit three plants.",
        "Over the past 24 hours",
        ("2024-06-11", WED),
    ),
    (WED, "In the past two weeks, 15 soldiers died.", "In the past two weeks", ("2024-05-29", WED)),
    (
        WED,
        "Earlier this month, militants raided a school.",
        "Earlier this month",
        ("2024-06-01", "2024-06-11"),
    ),
    (WED, "In recent weeks, the group has spread.", "In recent weeks", ("2024-05-15", WED)),
    (
        WED,
        "A few days ago, soldiers burned two villages.",
        "A few days ago",
        ("2024-06-05", "2024-06-11"),
    ),
    (
        WED,
        "Police arrested 30 people at the weekend.",
        "at the weekend",
        ("2024-06-08", "2024-06-09"),
    ),
    (
        WED,
        "Since the start of June, 50 have been killed.",
        "Since the start of June",
        ("2024-06-01", WED),
    ),
    (WED, "The town fell in mid-May.", "mid-May", ("2024-05-11", "2024-05-20")),
    (
        WED,
        "The siege was lifted at the end of May.",
        "the end of May",
        ("2024-05-21", "2024-05-31"),
    ),
    (WED, "The offensive began in December.", "December", ("2023-12-01", "2023-12-31")),
    (TUE, "Last fall, the army launched an offensive.", "Last fall", ("2024-09-01", "2024-11-30")),
    (JAN, "Militants killed nine people on New Year's Eve.", "New Year's Eve", _day("2023-12-31")),
    # the weeks of a month named by deixis, as of a named month
    (
        WED,
        "In the first week of this month, 12 people died in raids.",
        "the first week of this month",
        ("2024-06-01", "2024-06-07"),
    ),
    (
        WED,
        "Most of the killings came in the last week of last month.",
        "the last week of last month",
        ("2024-05-25", "2024-05-31"),
    ),
    (
        WED,
        "Talks are to resume in the second week of next month.",
        "the second week of next month",
        ("2024-07-08", "2024-07-14"),
    ),
    # a day, a month's name and a year joined by hyphens (releases, tables)
    (
        WED,
        "Police recorded the case on 3-Sept-2023 at the station.",
        "3-Sept-2023",
        _day("2023-09-03"),
    ),
    (WED, "Clashes on 09-Jun-2024 left two dead.", "09-Jun-2024", _day("2024-06-09")),
    # a call in the perfect or present tense "for" something "on" a day: that day is to come
    (
        TUE,
        "Opposition parties have called for a general strike on Thursday.",
        "Thursday",
        _day("2025-02-06"),
    ),
    (TUE, "Unions have called for protests on Friday.", "Friday", _day("2025-02-07")),
    (
        TUE,
        "The party is calling for mass rallies on Saturday in every city.",
        "Saturday",
        _day("2025-02-08"),
    ),
    # ... but a call told in the past tense may be dated by its own day
    (TUE, "The bishops called for calm on Sunday.", "Sunday", _day("2025-02-02")),
    # an offset before "the" and a calendar date naming an incident: the date is its own
    (
        MON,
        "Two days after the October 7 attack, the army called up reservists.",
        "October 7",
        _day("2023-10-07"),
    ),
    (
        MON,
        "Two days after the October 7 attack, the army called up reservists.",
        "Two days after",
        _day("2023-10-09"),
    ),
    (WED, "The raid came a week after the June 3 ambush.", "June 3", _day("2024-06-03")),
    (WED, "Three days after the May 28 vote, riots broke out.", "May 28", _day("2024-05-28")),
    (
        WED,
        "Three days after the May 28 vote, riots broke out.",
        "Three days after",
        _day("2024-05-31"),
    ),
]

# mini-stories: (published, text, [(expression, start, end), ...]); each expression is the
# first of its wording in the story
STORIES = [
    (
        WED,
        "MAIDUGURI, Nigeria, June 11 (Reuters) - Suspected jihadists killed at least 14 farmers"
        " on Sunday, a local official and residents said on Tuesday.\n\nThe attackers arrived on"
        ' motorcycles late on Sunday, said a local official. "We buried 14 bodies yesterday," he'
        " said by phone.\n\nLast month, a similar raid killed eight people in the district.",
        [
            ("Sunday", "2024-06-09", "2024-06-09"),
            ("late on Sunday", "2024-06-09", "2024-06-09"),
            ("yesterday", "2024-06-10", "2024-06-10"),
            ("Last month", "2024-05-01", "2024-05-31"),
        ],
    ),
    (
        TUE,
        "(Updated Tuesday) Police fired tear gas at thousands of protesters on Monday, the third"
        " day of demonstrations against a new tax law.\n\nThe protests began on Saturday, when"
        " students marched to parliament. On Sunday, the unrest spread to two other cities.\n\n"
        "The interior minister said on Monday evening that 120 people had been arrested since"
        " the weekend.",
        [
            ("Tuesday", TUE, TUE),
            ("Monday", "2025-02-03", "2025-02-03"),
            ("Saturday", "2025-02-01", "2025-02-01"),
            ("On Sunday", "2025-02-02", "2025-02-02"),
            ("since the weekend", "2025-02-01", "2025-02-02"),
        ],
    ),
    (
        FRI,
        "The United Nations mission said in a statement on Friday that peacekeepers came under"
        " fire in the east of the country on Wednesday.\n\nThe patrol was ambushed near a river"
        " crossing. The next day, a second patrol found the road mined.\n\nThe mission recorded"
        " 30 attacks on civilians in the province in the past month.",
        [
            ("Wednesday", "2021-11-24", "2021-11-24"),
            ("The next day", "2021-11-25", "2021-11-25"),
            ("in the past month", "2021-10-26", FRI),
        ],
    ),
    (
        SUN,
        "Gunmen stormed a church during Sunday mass, killing five worshippers, police said.\n\n"
        '"The gunmen escaped, but we arrested two suspects hours later," a police spokesman'
        " said.\n\nSunday's attack was the second on a place of worship in the state this month."
        " On March 2, gunmen abducted a priest.",
        [
            ("hours later", SUN, SUN),
            ("Sunday's", SUN, SUN),
            ("this month", "2022-03-01", "2022-03-31"),
            ("March 2", "2022-03-02", "2022-03-02"),
        ],
    ),
    (
        JAN,
        "An air strike on a market killed at least 23 people on Saturday, a rights group said on"
        " Monday, in the deadliest such incident since October.\n\nWitnesses said the jet struck"
        " at around noon. That night, residents buried the dead.\n\nOn December 20, a drone"
        " strike on a wedding killed 11 people in the same region.",
        [
            ("Saturday", "2023-12-30", "2023-12-30"),
            ("since October", "2023-10-01", "2023-10-31"),
            ("That night", "2023-12-30", "2023-12-30"),
            ("December 20", "2023-12-20", "2023-12-20"),
        ],
    ),
    (
        "2019-03-23",
        "MANILA (PNA) -- Soldiers clashed with rebels in two provinces on Thursday and Friday,"
        " the military said on Saturday.\n\nThe first encounter took place on Thursday morning."
        " On the same day, troops seized a rebel camp. A third firefight broke out on Friday"
        " afternoon.",
        [
            ("Thursday and Friday", "2019-03-21", "2019-03-22"),
            ("Thursday morning", "2019-03-21", "2019-03-21"),
            ("the same day", "2019-03-21", "2019-03-21"),
            ("Friday afternoon", "2019-03-22", "2019-03-22"),
        ],
    ),
    (
        "2023-08-16",
        "Armed men attacked a police station on Monday night, killing three officers, the"
        ' government said on Tuesday.\n\n"Yesterday evening, terrorists attacked our positions,"'
        ' a colonel said in a video posted online. "Today the situation is under control."',
        [
            ("Monday night", "2023-08-14", "2023-08-14"),
            ("Yesterday evening", "2023-08-14", "2023-08-14"),
            ("Today", "2023-08-15", "2023-08-15"),
        ],
    ),
    (
        "2024-03-06",
        "Guayaquil, March 5 (EFE) .- Armed men killed four people at a pool hall on Monday night,"
        " the National Police reported this Tuesday.\n\nSince the beginning of 2024, more than"
        " 600 violent deaths have been recorded in the province.",
        [
            ("Monday night", "2024-03-04", "2024-03-04"),
            ("this Tuesday", "2024-03-05", "2024-03-05"),
        ],
    ),
    (
        "2019-06-21",
        "JUBA - Gunmen ambushed a convoy of aid workers on Wednesday, killing two drivers, the UN"
        " said on Thursday.\n\nIt was the second attack on aid workers this week. On Monday, a"
        " truck was looted on the same road.\n\nPeace talks are due to resume next Monday.",
        [
            ("Wednesday", "2019-06-19", "2019-06-19"),
            ("this week", "2019-06-17", "2019-06-23"),
            ("On Monday", "2019-06-17", "2019-06-17"),
            ("next Monday", "2019-06-24", "2019-06-24"),
        ],
    ),
    # a past "the following day" never passes the story's day: it follows the incident's
    # day when the last day told (a quote's "this morning") is the story's eve or day
    (
        WED,
        "Villagers buried 19 people on Tuesday, two days after gunmen attacked their village."
        '\n\nThe attack began at 5 p.m. on Sunday. "They came back this morning to burn the'
        ' granaries," a survivor added on Tuesday.\n\nThe army said it sent reinforcements the'
        " following day.",
        [
            ("two days after", "2024-06-09", "2024-06-09"),
            ("this morning", "2024-06-11", "2024-06-11"),
            ("following day", "2024-06-10", "2024-06-10"),
        ],
    ),
    (
        "2023-03-01",
        'Gunmen kidnapped 20 students on Monday, police said on Wednesday.\n\n"We found the'
        ' abandoned bus this morning," a police spokesman said. Soldiers began searching the'
        " forest the next day.",
        [
            ("Monday", "2023-02-27", "2023-02-27"),
            ("this morning", "2023-03-01", "2023-03-01"),
            ("the next day", "2023-02-28", "2023-02-28"),
        ],
    ),
    (
        "2020-09-21",
        "Bandits abducted 42 people from a village on Saturday, police said on Sunday.\n\n"
        '"The bandits came on Saturday night," a police spokesman told reporters on Sunday.'
        ' "We deployed our tactical teams to the area yesterday."',
        [
            ("Saturday night", "2020-09-19", "2020-09-19"),
            ("yesterday", "2020-09-19", "2020-09-19"),
        ],
    ),
]


@pytest.mark.parametrize(("published", "text", "expression", "expected"), SENTENCES)
def test_outlet_wording_gets_its_range(
    ranges_over, published: str, text: str, expression: str, expected: tuple[str, str]
) -> None:
    got = ranges_over(text, published, expression)
    assert expected in {(start, end) for _, start, end in got}, got


@pytest.mark.parametrize(("published", "text", "expected"), STORIES)
def test_story_gets_each_range(
    ranges_over, published: str, text: str, expected: list[tuple[str, str, str]]
) -> None:
    wrong = []
    for expression, start, end in expected:
        got = ranges_over(text, published, expression)
        if (start, end) not in {(s, e) for _, s, e in got}:
            wrong.append((expression, start, end, got))
    assert not wrong, wrong
