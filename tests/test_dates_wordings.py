"""The dates stage over more invented wordings: other date formats, parts of months, weekends,
feasts, spans back from the story's day, anaphora counted in hours, ranges of two days.

Same convention and the same test as ``test_dates_battery.py`` (the events-dev gold's reading):
a row passes when a mention overlapping the expression has exactly the expected range.
"""

from __future__ import annotations

import pytest

WED = "2024-06-12"
MON = "2023-10-16"
SUN = "2022-03-13"
JAN = "2024-01-02"
FRI = "2021-11-26"


DATES = [
    (
        WED,
        "Militants attacked a checkpoint on 14.05.2024 in the north.",
        "14.05.2024",
        ("2024-05-14", "2024-05-14"),
    ),
    (
        WED,
        "Fighting broke out on 2024-06-08 near the border, the ministry said.",
        "2024-06-08",
        ("2024-06-08", "2024-06-08"),
    ),
    (WED, "On June 10th, gunmen killed five villagers.", "June 10th", ("2024-06-10", "2024-06-10")),
    (
        WED,
        "On the 10th of June, gunmen killed five villagers.",
        "the 10th of June",
        ("2024-06-10", "2024-06-10"),
    ),
    (
        WED,
        "Troops were deployed to the district on Jun. 10, residents said.",
        "Jun. 10",
        ("2024-06-10", "2024-06-10"),
    ),
    (
        WED,
        "Clashes were reported between June 3 and 5 in the valley.",
        "June 3 and 5",
        ("2024-06-03", "2024-06-05"),
    ),
    (
        WED,
        "Protesters occupied the square from Monday to Wednesday.",
        "Monday to Wednesday",
        ("2024-06-10", "2024-06-12"),
    ),
    (
        WED,
        "Protesters occupied the square between Monday and Wednesday.",
        "Monday and Wednesday",
        ("2024-06-10", "2024-06-12"),
    ),
    (
        WED,
        "The strikes hit the city from June 3 to June 5, the UN said.",
        "June 3 to June 5",
        ("2024-06-03", "2024-06-05"),
    ),
    (
        WED,
        "Heavy shelling continued from 3 to 5 June, according to OCHA.",
        "3 to 5 June",
        ("2024-06-03", "2024-06-05"),
    ),
    (
        WED,
        "Aid deliveries were halted on June 8th and 9th.",
        "June 8th and 9th",
        ("2024-06-08", "2024-06-09"),
    ),
    (
        WED,
        "Earlier today, a drone struck a fuel depot.",
        "Earlier today",
        ("2024-06-12", "2024-06-12"),
    ),
    (
        WED,
        "In the early hours of Tuesday, militants stormed a prison.",
        "Tuesday",
        ("2024-06-11", "2024-06-11"),
    ),
    (
        WED,
        "The village was attacked on the night of June 8, survivors said.",
        "June 8",
        ("2024-06-08", "2024-06-08"),
    ),
    (
        WED,
        "Rockets fell on the town on the morning of June 9.",
        "June 9",
        ("2024-06-09", "2024-06-09"),
    ),
    (WED, "Insurgents overran the base in early June.", "early June", ("2024-06-01", "2024-06-10")),
    (WED, "Insurgents overran the base in late May.", "late May", ("2024-05-21", "2024-05-31")),
    (
        WED,
        "Insurgents overran the base at the end of May.",
        "the end of May",
        ("2024-05-21", "2024-05-31"),
    ),
    (WED, "Insurgents overran the base in mid May.", "mid May", ("2024-05-11", "2024-05-20")),
    (
        WED,
        "Insurgents overran the base in the last week of May.",
        "the last week of May",
        ("2024-05-25", "2024-05-31"),
    ),
    (WED, "The militia seized the mines last month.", "last month", ("2024-05-01", "2024-05-31")),
    (
        WED,
        "The army regained the town earlier this month.",
        "earlier this month",
        ("2024-06-01", "2024-06-11"),
    ),
    (WED, "Elections are due later this year.", "later this year", ("2024-06-13", "2024-12-31")),
    (
        WED,
        "The ceasefire collapsed early this month.",
        "early this month",
        ("2024-06-01", "2024-06-10"),
    ),
    (
        WED,
        "More than 300 civilians have been killed so far this month.",
        "so far this month",
        ("2024-06-01", "2024-06-12"),
    ),
    (
        WED,
        "Gunmen killed 12 people this past weekend in two raids.",
        "this past weekend",
        ("2024-06-08", "2024-06-09"),
    ),
    (
        WED,
        "Gunmen killed 12 people at the weekend in two raids.",
        "weekend",
        ("2024-06-08", "2024-06-09"),
    ),
    (
        MON,
        "Gunmen killed 12 people over the weekend in two raids.",
        "weekend",
        ("2023-10-14", "2023-10-15"),
    ),
    (MON, "Police fired tear gas at protesters on Monday.", "Monday", ("2023-10-16", "2023-10-16")),
    (
        MON,
        "Police fired tear gas at protesters last Monday.",
        "last Monday",
        ("2023-10-09", "2023-10-09"),
    ),
    (
        WED,
        "Seven soldiers were killed in an ambush last Monday.",
        "last Monday",
        ("2024-06-10", "2024-06-10"),
    ),
    (
        WED,
        "A car bomb exploded in the capital in May, killing 20.",
        "May",
        ("2024-05-01", "2024-05-31"),
    ),
    (
        WED,
        "A car bomb exploded in the capital in July, killing 20.",
        "July",
        ("2023-07-01", "2023-07-31"),
    ),
    (
        WED,
        "Casualties have risen sharply over the past two days.",
        "the past two days",
        ("2024-06-10", "2024-06-12"),
    ),
    (
        WED,
        "During the past 72 hours, 40 people were killed.",
        "the past 72 hours",
        ("2024-06-09", "2024-06-12"),
    ),
    (
        WED,
        "In the past several days, fighting spread to the east.",
        "the past several days",
        ("2024-06-05", "2024-06-12"),
    ),
    (
        WED,
        "Attacks have doubled in the past decade.",
        "the past decade",
        ("2014-06-12", "2024-06-12"),
    ),
    (
        WED,
        "Earlier in the month, rebels shelled the airport.",
        "Earlier in the month",
        ("2024-06-01", "2024-06-11"),
    ),
    (
        WED,
        "The group has carried out dozens of attacks this year.",
        "this year",
        ("2024-01-01", "2024-12-31"),
    ),
    (
        WED,
        "This year's death toll already exceeds last year's.",
        "This year's",
        ("2024-01-01", "2024-12-31"),
    ),
    (
        WED,
        "The ministry reported the attacks in 2014 and 2015.",
        "2014 and 2015",
        ("2014-01-01", "2015-12-31"),
    ),
    (
        JAN,
        "Attacks on shipping have continued since October.",
        "since October",
        ("2023-10-01", "2024-01-02"),
    ),
    (JAN, "Fighting has raged since October 7.", "since October 7", ("2023-10-07", "2024-01-02")),
    (JAN, "The rebels seized the town last month.", "last month", ("2023-12-01", "2023-12-31")),
    (JAN, "The rebels seized the town in December.", "December", ("2023-12-01", "2023-12-31")),
    (
        JAN,
        "The rebels seized the town in late December.",
        "late December",
        ("2023-12-21", "2023-12-31"),
    ),
    (
        JAN,
        "Gunmen killed nine people on New Year's Eve.",
        "New Year's Eve",
        ("2023-12-31", "2023-12-31"),
    ),
    (
        JAN,
        "Gunmen killed nine people on Christmas Day.",
        "Christmas Day",
        ("2023-12-25", "2023-12-25"),
    ),
    # ... with the last word of the feast's name in lower case, or "New Year" without its 's
    (
        JAN,
        "Youths clashed with soldiers at a checkpoint on New Year's eve.",
        "New Year's eve",
        ("2023-12-31", "2023-12-31"),
    ),
    (
        JAN,
        "Worshippers were attacked in a chapel on Christmas eve, the diocese said.",
        "Christmas eve",
        ("2023-12-24", "2023-12-24"),
    ),
    (
        JAN,
        "Herdsmen attacked two farming villages on New Year Day.",
        "New Year Day",
        ("2024-01-01", "2024-01-01"),
    ),
    (
        JAN,
        "Security forces fired on crowds gathered for Meskel in the city.",
        "Meskel",
        ("2023-09-27", "2023-09-27"),
    ),
    (
        JAN,
        "Police deployed 30,000 officers to cemeteries on All Saints' Day.",
        "All Saints' Day",
        ("2023-11-01", "2023-11-01"),
    ),
    (
        JAN,
        "Gunmen attacked a church at Christmas, killing nine.",
        "Christmas",
        ("2023-12-25", "2023-12-25"),
    ),
    (
        JAN,
        "Bandits raided three villages on Christmas Eve.",
        "Christmas Eve",
        ("2023-12-24", "2023-12-24"),
    ),
    (JAN, "Violence surged last year, the report said.", "last year", ("2023-01-01", "2023-12-31")),
    (
        JAN,
        "The attacks began in the final days of last year.",
        "last year",
        ("2023-01-01", "2023-12-31"),
    ),
    (
        SUN,
        "Police dispersed marchers on International Women's Day.",
        "International Women's Day",
        ("2022-03-08", "2022-03-08"),
    ),
    (FRI, "Unions marched on May Day despite the ban.", "May Day", ("2021-05-01", "2021-05-01")),
    (
        SUN,
        "The raid took place on March 9. Two days later, militants attacked the market.",
        "Two days later",
        ("2022-03-11", "2022-03-11"),
    ),
    (
        SUN,
        "The raid took place on March 9. The previous night, drones had struck the depot.",
        "The previous night",
        ("2022-03-08", "2022-03-08"),
    ),
    (
        SUN,
        "The raid took place on March 9. The day before, drones had struck the depot.",
        "The day before",
        ("2022-03-08", "2022-03-08"),
    ),
    (
        SUN,
        "The raid took place on March 9. 48 hours earlier, drones had struck the depot.",
        "48 hours earlier",
        ("2022-03-07", "2022-03-07"),
    ),
    (
        SUN,
        "The raid took place on March 9. Twenty-four hours later, drones struck the depot.",
        "Twenty-four hours later",
        ("2022-03-10", "2022-03-10"),
    ),
    (
        SUN,
        "The raid took place on March 9. The following day, drones struck the depot.",
        "The following day",
        ("2022-03-10", "2022-03-10"),
    ),
    (
        SUN,
        "Troops entered the city on the night of Saturday to Sunday.",
        "Saturday to Sunday",
        ("2022-03-12", "2022-03-13"),
    ),
    (
        SUN,
        "Troops entered the city in the night from Saturday to Sunday.",
        "Saturday to Sunday",
        ("2022-03-12", "2022-03-13"),
    ),
    (
        SUN,
        "Troops entered the city on the night of 11 to 12 March.",
        "11 to 12 March",
        ("2022-03-11", "2022-03-12"),
    ),
    (
        SUN,
        "A grenade was hurled at the police post on Friday/Saturday night.",
        "Friday/Saturday night",
        ("2022-03-11", "2022-03-12"),
    ),
    (
        SUN,
        "The shrine was set ablaze in the intervening night of Thursday/Friday.",
        "Thursday/Friday",
        ("2022-03-10", "2022-03-11"),
    ),
    (
        SUN,
        "Shelling continued late into Saturday night, residents said.",
        "Saturday night",
        ("2022-03-12", "2022-03-12"),
    ),
    (
        SUN,
        "The blast went off shortly before midnight on Saturday.",
        "Saturday",
        ("2022-03-12", "2022-03-12"),
    ),
    (
        SUN,
        "The blast went off shortly after midnight on Sunday.",
        "Sunday",
        ("2022-03-13", "2022-03-13"),
    ),
    (SUN, "The blast went off at 11:45 p.m. Saturday.", "Saturday", ("2022-03-12", "2022-03-12")),
    (
        SUN,
        "The attack happened on Sunday, March 6th.",
        "Sunday, March 6th",
        ("2022-03-06", "2022-03-06"),
    ),
    (SUN, "The attack happened on Sun., March 6.", "March 6", ("2022-03-06", "2022-03-06")),
    (
        SUN,
        "KABUL, March 12, 2022 (Xinhua) -- Gunmen killed four on Saturday.",
        "Saturday",
        ("2022-03-12", "2022-03-12"),
    ),
    (
        SUN,
        "The attack was on 06/03/2022 according to police.",
        "06/03/2022",
        ("2022-03-06", "2022-03-06"),
    ),
    (
        SUN,
        "The attack was on 6th March 2022 according to police.",
        "6th March 2022",
        ("2022-03-06", "2022-03-06"),
    ),
    (
        SUN,
        "The attack was on March 6 2022 according to police.",
        "March 6 2022",
        ("2022-03-06", "2022-03-06"),
    ),
    (
        SUN,
        "The attack was on 6 Mar 2022 according to police.",
        "6 Mar 2022",
        ("2022-03-06", "2022-03-06"),
    ),
    (SUN, "The clashes of 6 March left eleven dead.", "6 March", ("2022-03-06", "2022-03-06")),
    (
        SUN,
        "Three weeks ago, rebels took the airport.",
        "Three weeks ago",
        ("2022-02-17", "2022-02-23"),
    ),
    (
        SUN,
        "A fortnight ago, rebels took the airport.",
        "A fortnight ago",
        ("2022-02-24", "2022-03-02"),
    ),
    # "back" for "ago" (South Asian and African English)
    (
        SUN,
        "Two days back, unidentified men shot a trader in the bazaar.",
        "Two days back",
        ("2022-03-11", "2022-03-11"),
    ),
    (
        SUN,
        "The family said the boy went missing three days back.",
        "three days back",
        ("2022-03-10", "2022-03-10"),
    ),
    (
        SUN,
        "In the winter of 2021, rebels took the airport.",
        "winter of 2021",
        ("2021-12-01", "2022-02-28"),
    ),
    (
        SUN,
        "Fighting has displaced thousands this winter.",
        "this winter",
        ("2021-12-01", "2022-02-28"),
    ),
    (SUN, "Fighting displaced thousands last summer.", "last summer", ("2021-06-01", "2021-08-31")),
    (
        SUN,
        "The mayor was killed on March 1, the day the offensive began.",
        "March 1",
        ("2022-03-01", "2022-03-01"),
    ),
    (
        SUN,
        "The truce, agreed on Feb. 27, collapsed within hours.",
        "Feb. 27",
        ("2022-02-27", "2022-02-27"),
    ),
    (
        SUN,
        "Rebels attacked on Tuesday, March 8, and again on Thursday.",
        "Thursday",
        ("2022-03-10", "2022-03-10"),
    ),
    (
        SUN,
        "A bomb exploded in the market on Friday morning, and another later that day.",
        "later that day",
        ("2022-03-11", "2022-03-11"),
    ),
    (
        SUN,
        "Students protested on Thursday and Friday in the capital.",
        "Thursday and Friday",
        ("2022-03-10", "2022-03-11"),
    ),
    (
        SUN,
        "Students protested on Thursday and again on Saturday.",
        "Saturday",
        ("2022-03-12", "2022-03-12"),
    ),
    (
        SUN,
        "Rebels attacked the post on the eve of the vote on Saturday.",
        "Saturday",
        ("2022-03-12", "2022-03-12"),
    ),
    (
        FRI,
        "Gunmen opened fire at a wedding late Thursday.",
        "late Thursday",
        ("2021-11-25", "2021-11-25"),
    ),
    (
        FRI,
        "The bodies were found on the 21st, police said.",
        "the 21st",
        ("2021-11-21", "2021-11-21"),
    ),
    (
        FRI,
        "The bodies were found on November 21st, police said.",
        "November 21st",
        ("2021-11-21", "2021-11-21"),
    ),
    (
        FRI,
        "The bodies were found on the 21st of November, police said.",
        "the 21st of November",
        ("2021-11-21", "2021-11-21"),
    ),
    (FRI, "The bodies were found on Nov 21, police said.", "Nov 21", ("2021-11-21", "2021-11-21")),
    (
        FRI,
        "The bodies were found on 21/11/2021, police said.",
        "21/11/2021",
        ("2021-11-21", "2021-11-21"),
    ),
    (
        FRI,
        "The bodies were found on 2021.11.21, police said.",
        "2021.11.21",
        ("2021-11-21", "2021-11-21"),
    ),
    (
        FRI,
        "The bodies were found on 21 November, 2021, police said.",
        "21 November, 2021",
        ("2021-11-21", "2021-11-21"),
    ),
    (
        FRI,
        "Earlier this week, gunmen killed two traders.",
        "Earlier this week",
        ("2021-11-22", "2021-11-25"),
    ),
    (
        FRI,
        "Gunmen killed two traders on Wednesday night and early Thursday.",
        "Wednesday night",
        ("2021-11-24", "2021-11-24"),
    ),
    (
        FRI,
        "Gunmen killed two traders on Wednesday night and early Thursday.",
        "early Thursday",
        ("2021-11-25", "2021-11-25"),
    ),
    (
        FRI,
        "The riots lasted from Sunday night to Tuesday morning.",
        "Sunday night to Tuesday morning",
        ("2021-11-21", "2021-11-23"),
    ),
    (
        FRI,
        "The curfew has been in place since Tuesday evening.",
        "since Tuesday evening",
        ("2021-11-23", "2021-11-26"),
    ),
    (
        FRI,
        "Eleven people were killed in the first half of November.",
        "the first half of November",
        ("2021-11-01", "2021-11-15"),
    ),
    (
        FRI,
        "Eleven people were killed in the second week of November.",
        "the second week of November",
        ("2021-11-08", "2021-11-14"),
    ),
    (
        FRI,
        "Eleven people were killed during the month of October.",
        "October",
        ("2021-10-01", "2021-10-31"),
    ),
    (
        FRI,
        "Violence has flared since mid-October.",
        "since mid-October",
        ("2021-10-11", "2021-11-26"),
    ),
    (
        FRI,
        "The government imposed a curfew in October last year.",
        "October last year",
        ("2020-10-01", "2020-10-31"),
    ),
    (
        FRI,
        "The government imposed a curfew in October of last year.",
        "October of last year",
        ("2020-10-01", "2020-10-31"),
    ),
    (FRI, "The government imposed a curfew in 2019.", "2019", ("2019-01-01", "2019-12-31")),
    (
        FRI,
        "The government imposed a curfew in the year 2019.",
        "2019",
        ("2019-01-01", "2019-12-31"),
    ),
    (FRI, "Violence has surged since the 2019 elections.", "2019", ("2019-01-01", "2019-12-31")),
    (FRI, "Violence has surged since 2019.", "since 2019", ("2019-01-01", "2021-11-26")),
    (FRI, "Violence has surged since last year.", "since last year", ("2020-01-01", "2021-11-26")),
    (
        FRI,
        "Violence has surged since the summer.",
        "since the summer",
        ("2021-06-01", "2021-11-26"),
    ),
    (FRI, "A similar attack took place a year ago.", "a year ago", ("2020-10-26", "2020-12-26")),
    (
        FRI,
        "Clashes erupted last weekend in the north.",
        "last weekend",
        ("2021-11-20", "2021-11-21"),
    ),
    (
        FRI,
        "Clashes erupted over the last weekend in the north.",
        "the last weekend",
        ("2021-11-20", "2021-11-21"),
    ),
    (
        FRI,
        "More protests are planned for next weekend.",
        "next weekend",
        ("2021-11-27", "2021-11-28"),
    ),
    (
        FRI,
        "More protests are planned for this weekend.",
        "this weekend",
        ("2021-11-27", "2021-11-28"),
    ),
    (FRI, "Protests continued for a third day on Friday.", "Friday", ("2021-11-26", "2021-11-26")),
    (
        FRI,
        "Two people died on Friday last, police said.",
        "Friday last",
        ("2021-11-19", "2021-11-19"),
    ),
    (
        FRI,
        "Gunmen killed two in the middle of the week.",
        "the middle of the week",
        ("2021-11-24", "2021-11-26"),
    ),
    (
        FRI,
        "Gunmen killed two towards the end of last week.",
        "the end of last week",
        ("2021-11-18", "2021-11-21"),
    ),
    (
        FRI,
        "Gunmen killed two at the beginning of the week.",
        "the beginning of the week",
        ("2021-11-22", "2021-11-25"),
    ),
    (FRI, "Gunmen killed two in the past week.", "the past week", ("2021-11-19", "2021-11-26")),
    (FRI, "Gunmen killed 50 over the past month.", "the past month", ("2021-10-26", "2021-11-26")),
    (
        FRI,
        "Gunmen killed 50 within the last 24 hours.",
        "the last 24 hours",
        ("2021-11-25", "2021-11-26"),
    ),
    (
        FRI,
        "Gunmen killed 50 in the last seven days.",
        "the last seven days",
        ("2021-11-19", "2021-11-26"),
    ),
    (
        FRI,
        "Gunmen killed 50 in the past 10 days.",
        "the past 10 days",
        ("2021-11-16", "2021-11-26"),
    ),
    (FRI, "Gunmen killed 50 in recent weeks.", "recent weeks", ("2021-10-29", "2021-11-26")),
    (
        FRI,
        "Gunmen killed 50 in the past few weeks.",
        "the past few weeks",
        ("2021-10-29", "2021-11-26"),
    ),
    (
        FRI,
        "Gunmen killed 50 in the last couple of weeks.",
        "the last couple of weeks",
        ("2021-11-12", "2021-11-26"),
    ),
    (
        FRI,
        "Gunmen killed 50 in the past two months.",
        "the past two months",
        ("2021-09-26", "2021-11-26"),
    ),
    (FRI, "Gunmen killed 50 two days ago.", "two days ago", ("2021-11-24", "2021-11-24")),
    (FRI, "Gunmen killed 50 four days ago.", "four days ago", ("2021-11-22", "2021-11-22")),
    (FRI, "Gunmen killed 50 ten days ago.", "ten days ago", ("2021-11-16", "2021-11-16")),
    (
        FRI,
        "Gunmen killed 50 on Wednesday, a day before Thanksgiving.",
        "Wednesday",
        ("2021-11-24", "2021-11-24"),
    ),
    # "the same day", "a day earlier" count from the day of what was told, not of the telling
    (
        "2024-02-27",
        "Gunmen killed 12 worshippers at a mosque on Sunday, a security source said on Monday. "
        "The same day, a church was attacked in a nearby town.",
        "The same day",
        ("2024-02-25", "2024-02-25"),
    ),
    (
        SUN,
        "Rebels shelled the port on Friday, the governor told reporters on Saturday. "
        "A day earlier, drones had hit the airport.",
        "A day earlier",
        ("2022-03-10", "2022-03-10"),
    ),
    # a yearless day a few days ahead is to come, whatever the tense of its clause
    (
        "2019-12-09",
        "Unions have called a new general strike for Dec. 12.",
        "Dec. 12",
        ("2019-12-12", "2019-12-12"),
    ),
    (
        "2025-02-03",
        "The rebels announced a unilateral truce starting from February 4.",
        "February 4",
        ("2025-02-04", "2025-02-04"),
    ),
    # an edge of the day before a weekday with its date
    (
        "2025-02-03",
        "The rebels entered the city late on Sunday, 26 January, residents said.",
        "late on Sunday, 26 January",
        ("2025-01-26", "2025-01-26"),
    ),
    (
        "2023-04-11",
        "Troops moved into the district early Monday, March 6, witnesses said.",
        "early Monday, March 6",
        ("2023-03-06", "2023-03-06"),
    ),
    # what is still to come: plans, intentions, 'would' of a statement, 'ahead of'
    (
        WED,
        "The army said it would withdraw from the town on Friday.",
        "Friday",
        ("2024-06-14", "2024-06-14"),
    ),
    (
        WED,
        "Rebels said they would release the hostages on Saturday.",
        "Saturday",
        ("2024-06-15", "2024-06-15"),
    ),
    (
        WED,
        "Security was tightened ahead of Sunday's election.",
        "Sunday's",
        ("2024-06-16", "2024-06-16"),
    ),
    (
        WED,
        "Security was tightened in the run-up to Sunday's vote.",
        "Sunday's",
        ("2024-06-16", "2024-06-16"),
    ),
    (
        WED,
        "Opposition parties are expected to march on Friday.",
        "Friday",
        ("2024-06-14", "2024-06-14"),
    ),
    (WED, "Opposition parties plan to march on Friday.", "Friday", ("2024-06-14", "2024-06-14")),
    (WED, "Opposition parties are due to march on Friday.", "Friday", ("2024-06-14", "2024-06-14")),
    (
        WED,
        "The ultimatum expires on Friday, the militia warned.",
        "Friday",
        ("2024-06-14", "2024-06-14"),
    ),
    (WED, "Talks are set to resume in Doha on Thursday.", "Thursday", ("2024-06-13", "2024-06-13")),
    (
        WED,
        "Funerals for the victims will take place on Thursday.",
        "Thursday",
        ("2024-06-13", "2024-06-13"),
    ),
    (WED, "A curfew will remain in force until Monday.", "Monday", ("2024-06-17", "2024-06-17")),
    (
        WED,
        "Protesters vowed to return to the streets on Saturday.",
        "Saturday",
        ("2024-06-15", "2024-06-15"),
    ),
    (
        WED,
        "The UN Security Council is scheduled to meet on Friday.",
        "Friday",
        ("2024-06-14", "2024-06-14"),
    ),
    (WED, "The envoy is due in Kinshasa next week.", "next week", ("2024-06-17", "2024-06-23")),
    (
        WED,
        "The minister warned that more attacks could come this weekend.",
        "this weekend",
        ("2024-06-15", "2024-06-16"),
    ),
    (WED, "The verdict is expected on June 20.", "June 20", ("2024-06-20", "2024-06-20")),
    (WED, "The trial was adjourned to June 20.", "June 20", ("2024-06-20", "2024-06-20")),
    (WED, "Elections are slated for October.", "October", ("2024-10-01", "2024-10-31")),
    (WED, "The mission's mandate expires in December.", "December", ("2024-12-01", "2024-12-31")),
    (WED, "The rebels seized the town in December.", "December", ("2023-12-01", "2023-12-31")),
    (
        WED,
        "Gunmen killed two people on Sunday amid tight security.",
        "Sunday",
        ("2024-06-09", "2024-06-09"),
    ),
    (
        WED,
        "Aid convoys are expected to reach the city by Friday.",
        "Friday",
        ("2024-06-14", "2024-06-14"),
    ),
    (
        WED,
        "The ceasefire is to take effect at midnight on Friday.",
        "Friday",
        ("2024-06-14", "2024-06-14"),
    ),
    (
        WED,
        "The ceasefire took effect at midnight on Friday.",
        "Friday",
        ("2024-06-07", "2024-06-07"),
    ),
    (
        WED,
        "The president, who is to visit the region on Thursday, condemned the attack.",
        "Thursday",
        ("2024-06-13", "2024-06-13"),
    ),
    (WED, "A mass funeral is planned for Thursday.", "Thursday", ("2024-06-13", "2024-06-13")),
    (MON, "The hearing has been postponed to Thursday.", "Thursday", ("2023-10-19", "2023-10-19")),
    (
        MON,
        "Schools will reopen on Monday, the ministry said.",
        "Monday",
        ("2023-10-16", "2023-10-16"),
    ),
    (
        MON,
        "The army said on Monday that it had killed 12 militants.",
        "Monday",
        ("2023-10-16", "2023-10-16"),
    ),
    (
        WED,
        "Officials said the corridor would open on Thursday morning.",
        "Thursday morning",
        ("2024-06-13", "2024-06-13"),
    ),
    (
        WED,
        "The group threatened to attack on Friday if its demands were not met.",
        "Friday",
        ("2024-06-14", "2024-06-14"),
    ),
    (
        WED,
        "Parliament will vote on the measure next Tuesday.",
        "next Tuesday",
        ("2024-06-18", "2024-06-18"),
    ),
    (
        WED,
        "The body was buried on Tuesday, a day after the attack.",
        "a day after",
        ("2024-06-10", "2024-06-10"),
    ),
    (
        WED,
        "The attack came two days after a drone strike killed a commander.",
        "two days after",
        ("2024-06-10", "2024-06-10"),
    ),
    (
        WED,
        "The attack on Tuesday came two days after a drone strike killed a commander.",
        "two days after",
        ("2024-06-09", "2024-06-09"),
    ),
    # opening the sentence, "N days after <the incident told>" counts forward from it
    (
        WED,
        "Gunmen killed five farmers on Sunday. Two days after the attack, soldiers arrested "
        "three suspects.",
        "Two days after",
        ("2024-06-11", "2024-06-11"),
    ),
    (
        WED,
        "A bomb hit the market on Saturday. A day after the blast, police detained two men.",
        "A day after",
        ("2024-06-09", "2024-06-09"),
    ),
    # "N days before" before a pause is "N days earlier"
    (
        WED,
        "A car bomb killed six people on Monday. Two days before, a roadside bomb killed three.",
        "Two days before",
        ("2024-06-08", "2024-06-08"),
    ),
    (
        WED,
        "Rebels shelled the port on Tuesday. A week before, they had shelled the airport.",
        "A week before",
        ("2024-06-04", "2024-06-04"),
    ),
    # the day of the incident told in the sentence before, not the report's
    (
        WED,
        "Gunmen killed five guards on Sunday. The raid came two days after a drone strike "
        "killed a commander.",
        "two days after",
        ("2024-06-07", "2024-06-07"),
    ),
    (
        WED,
        "A bomb exploded in the market on Monday. It went off a week after rebels shelled "
        "the town.",
        "a week after",
        ("2024-06-03", "2024-06-03"),
    ),
    (
        MON,
        "Police were deployed on Saturday ahead of Sunday's runoff in the capital.",
        "Sunday's",
        ("2023-10-15", "2023-10-15"),
    ),
    # day deixis outside quotes counts from the day of the statement its sentence names
    (
        WED,
        "Russian drones struck the port city overnight, officials said on Tuesday.",
        "overnight",
        ("2024-06-10", "2024-06-11"),
    ),
    (
        WED,
        "Gunmen killed five people yesterday at a cattle market, police said Tuesday.",
        "yesterday",
        ("2024-06-10", "2024-06-10"),
    ),
    (
        WED,
        "A bomb exploded last night outside the barracks, the army said on Monday.",
        "last night",
        ("2024-06-09", "2024-06-10"),
    ),
    # a month or day of the year the story last named
    (
        "2023-08-01",
        "The coup is the third since 2020. Mali's army took power in August of that year.",
        "August of that year",
        ("2020-08-01", "2020-08-31"),
    ),
    (
        "2023-08-01",
        "The rebels first struck in 2017. On March 3 of the following year they took the port.",
        "March 3 of the following year",
        ("2018-03-03", "2018-03-03"),
    ),
    (
        "2021-10-26",
        "Power was shared from 2019, after the ouster of the president in April that year.",
        "April that year",
        ("2019-04-01", "2019-04-30"),
    ),
    # the end of a span never comes before its start
    (
        "2019-04-22",
        "A curfew was imposed from 8 p.m. on Monday until 4 a.m. on Tuesday.",
        "Tuesday",
        ("2019-04-23", "2019-04-23"),
    ),
    (
        "2024-06-14",
        "Roads were closed from dawn on Friday till 6 p.m. on Sunday, the governor said.",
        "Sunday",
        ("2024-06-16", "2024-06-16"),
    ),
    # wire style parts of a month or year; "the day after" before a pause
    (
        WED,
        "Output at the refinery fell sharply at end-March.",
        "end-March",
        ("2024-03-21", "2024-03-31"),
    ),
    (WED, "The rebels had been routed by end-2022.", "end-2022", ("2022-09-01", "2022-12-31")),
    (
        WED,
        "Troops reached the town on Monday. The day after, rebels shelled it.",
        "The day after",
        ("2024-06-11", "2024-06-11"),
    ),
    (
        SUN,
        "The dam was hit on Thursday night; on the morning after, the valley flooded.",
        "the morning after",
        ("2022-03-11", "2022-03-11"),
    ),
    # a year with a possessive before it or its own possessive after it
    (
        WED,
        "The protests were the biggest since 2019's unrest in the capital.",
        "2019",
        ("2019-01-01", "2019-12-31"),
    ),
    (
        WED,
        "The country has been in crisis since its 2021 coup.",
        "2021",
        ("2021-01-01", "2021-12-31"),
    ),
    (
        WED,
        "It was the worst violence since the country's 2013 election.",
        "2013",
        ("2013-01-01", "2013-12-31"),
    ),
    # translated copy: "the current month"; lists of days of one month
    (
        "2024-06-14",
        "Drone attacks rose sharply during the current month, the agency said.",
        "the current month",
        ("2024-06-01", "2024-06-30"),
    ),
    (
        "2024-06-14",
        "On the 9th of the current month, drones struck a fuel depot.",
        "the 9th of the current month",
        ("2024-06-09", "2024-06-09"),
    ),
    (
        "2024-06-14",
        "Since the beginning of the current year, 300 civilians have died.",
        "Since the beginning of the current year",
        ("2024-01-01", "2024-06-14"),
    ),
    (
        "2024-06-14",
        "Raids on 10, 11 and 12 June killed nine herders.",
        "10, 11 and 12 June",
        ("2024-06-10", "2024-06-12"),
    ),
    (
        "2024-06-14",
        "Air raids on June 3, 4, and 5 destroyed the market.",
        "June 3, 4, and 5",
        ("2024-06-03", "2024-06-05"),
    ),
    # feasts of the Islamic calendar (Umm al-Qura days)
    (
        "2024-06-20",
        "Gunmen attacked worshippers at a mosque during Ramadan.",
        "Ramadan",
        ("2024-03-11", "2024-04-09"),
    ),
    (
        "2024-06-20",
        "The bombing came on the first day of Eid al-Fitr.",
        "Eid al-Fitr",
        ("2024-04-10", "2024-04-10"),
    ),
    (
        "2024-06-20",
        "A suicide bomber struck a livestock market on Eid al-Adha.",
        "Eid al-Adha",
        ("2024-06-16", "2024-06-16"),
    ),
    (
        "2023-08-01",
        "Police were deployed along the Ashura procession route in Karachi.",
        "Ashura",
        ("2023-07-28", "2023-07-28"),
    ),
    (
        "2024-01-10",
        "The rebels said they would observe a truce during Ramadan.",
        "Ramadan",
        ("2024-03-11", "2024-04-09"),
    ),
    # ... and of the Hebrew and Hindu calendars and the Iranian new year (tabled days)
    (
        "2023-11-02",
        "Gunmen crossed the fence at dawn on Simchat Torah and attacked the kibbutz.",
        "Simchat Torah",
        ("2023-10-07", "2023-10-07"),
    ),
    (
        "2023-11-02",
        "Extra police guarded synagogues in the capital on Yom Kippur.",
        "Yom Kippur",
        ("2023-09-25", "2023-09-25"),
    ),
    (
        "2023-11-02",
        "The army said it would ease the closure of the crossings after Passover.",
        "Passover",
        ("2024-04-23", "2024-04-23"),
    ),
    (
        "2024-11-10",
        "A mob set shops ablaze in the old town on Diwali, police said.",
        "Diwali",
        ("2024-10-31", "2024-10-31"),
    ),
    (
        "2024-04-02",
        "Two groups clashed over loud music on Holi in the district.",
        "Holi",
        ("2024-03-25", "2024-03-25"),
    ),
    (
        "2024-04-02",
        "A suicide bomber struck a shrine crowded for Nowruz in the city.",
        "Nowruz",
        ("2024-03-20", "2024-03-20"),
    ),
    (
        "2023-10-02",
        "A suicide bomber struck a procession on Eid Milad-un-Nabi in the province.",
        "Eid Milad-un-Nabi",
        ("2023-09-27", "2023-09-27"),
    ),
    (
        "2024-09-01",
        "Gunmen fired on pilgrims walking to Karbala on Arbaeen, officials said.",
        "Arbaeen",
        ("2024-08-24", "2024-08-24"),
    ),
    (
        "2023-04-10",
        "Stones were thrown at a procession on Ram Navami, and shops were torched.",
        "Ram Navami",
        ("2023-03-30", "2023-03-30"),
    ),
    (
        "2024-10-20",
        "Two communities clashed in the town on Dussehra, police said.",
        "Dussehra",
        ("2024-10-12", "2024-10-12"),
    ),
    # a headline's present tells the past; 'this weekend' told on a Monday is the one just gone
    (MON, "UN envoy arrives in Goma on Sunday", "Sunday", ("2023-10-15", "2023-10-15")),
    (MON, "Clashes this weekend leave 12 dead", "this weekend", ("2023-10-14", "2023-10-15")),
    # a month's possessive needs no cue; hyphenated parts of a month or year
    (WED, "January's attack on the camp killed 30.", "January's", ("2024-01-01", "2024-01-31")),
    (WED, "Fighting intensified in late-2023.", "late-2023", ("2023-09-01", "2023-12-31")),
    (WED, "Fighting intensified in early-May.", "early-May", ("2024-05-01", "2024-05-10")),
    # the anniversary of a date lies years before the story
    (
        "2024-10-08",
        "Strikes pounded the suburbs a day after the anniversary of the October 7 attacks.",
        "October 7",
        ("2023-10-07", "2023-10-07"),
    ),
    (
        "2024-02-26",
        "Thousands marched on the second anniversary of the February 24 invasion.",
        "February 24",
        ("2022-02-24", "2022-02-24"),
    ),
    # a list of touching days is one span, as its last two are
    (
        WED,
        "Students protested on Monday, Tuesday and Wednesday outside parliament.",
        "Monday, Tuesday and Wednesday",
        ("2024-06-10", "2024-06-12"),
    ),
    (
        WED,
        "Raids on Friday, Saturday, and Sunday killed nine herders.",
        "Friday, Saturday, and Sunday",
        ("2024-06-07", "2024-06-09"),
    ),
    (WED, "On Saturday, Sunday's vote was annulled.", "Sunday's", ("2024-06-09", "2024-06-09")),
    # a day of the month after other prepositions than "on" and "of"
    ("2024-06-26", "The truce held until the 24th.", "the 24th", ("2024-06-24", "2024-06-24")),
    (
        "2024-06-26",
        "Fighting has raged since the 9th, officials said.",
        "since the 9th",
        ("2024-06-09", "2024-06-26"),
    ),
    (
        "2024-06-26",
        "The gunmen struck after the 2nd and again before the 5th.",
        "the 5th",
        ("2024-06-05", "2024-06-05"),
    ),
]
# a month and year heading a list's entry, before its colon ("- June 2023: 37 villagers
# killed"): the month, not the whole year
DATES += [
    (
        WED,
        "Earlier attacks in the state:\n- May 2023: 15 travellers abducted near Gusau",
        "May 2023",
        ("2023-05-01", "2023-05-31"),
    ),
    (
        WED,
        "October 2022: a bus hit a mine near Bandiagara, killing 11 passengers.",
        "October 2022",
        ("2022-10-01", "2022-10-31"),
    ),
]
# a part of a decade is a third of it, as a part of a month or a year is; after "since" it
# stays a time of origin, as the decade does
DATES += [
    (WED, "Raids grew common in the late 1990s.", "late 1990s", ("1997-01-01", "1999-12-31")),
    (
        WED,
        "The militia has roamed the hills since the mid-1980s, elders said.",
        "mid-1980s",
        ("1984-01-01", "1986-12-31"),
    ),
    (
        FRI,
        "In the early 2000s the rebels held most of the north.",
        "early 2000s",
        ("2000-01-01", "2003-12-31"),
    ),
    (
        WED,
        "Herders and farmers clashed often in the late '90s.",
        "late '90s",
        ("1997-01-01", "1999-12-31"),
    ),
]
# a date counted from the one before it is a mention of its own, never a range with it
DATES += [
    (
        WED,
        "The revolt began in 2017, and the following year it spread to the coast.",
        "the following year",
        ("2018-01-01", "2018-12-31"),
    ),
    (
        WED,
        "The revolt began in 2017, and the following year it spread to the coast.",
        "2017",
        ("2017-01-01", "2017-12-31"),
    ),
    (
        WED,
        "Militants overran the base on Monday and the next day they burned the market.",
        "the next day",
        ("2024-06-11", "2024-06-11"),
    ),
]
# "a couple of weeks ago" is as approximate as "two weeks ago": three days either side
DATES += [
    (
        WED,
        "A couple of weeks ago, soldiers shot dead two traders at the market.",
        "A couple of weeks ago",
        ("2024-05-26", "2024-06-01"),
    ),
    (
        SUN,
        "Rebels seized the mine a couple of years ago, residents said.",
        "a couple of years ago",
        ("2020-02-13", "2020-04-13"),
    ),
]
# "a year since the Oct. 7 attack", "two years after the Feb. 24 invasion": the day lies that
# many years before the story (which may run a few weeks ahead of the anniversary)
DATES += [
    (
        "2024-10-08",
        "Mourners gathered on Monday to mark a year since the Oct. 7 attack.",
        "Oct. 7",
        ("2023-10-07", "2023-10-07"),
    ),
    (
        "2024-10-30",
        "Two years after the February 24 invasion, the front line has barely moved.",
        "February 24",
        ("2022-02-24", "2022-02-24"),
    ),
    (
        "2024-04-10",
        "One year on from the April 15 outbreak of war, half of Sudan needs aid.",
        "April 15",
        ("2023-04-15", "2023-04-15"),
    ),
]
# a month named right after a later month runs into the next year
DATES += [
    (
        "2024-03-08",
        "Raids on herders peaked in December and January, the report said.",
        "January",
        ("2023-12-01", "2024-01-31"),
    ),
    (
        "2024-04-20",
        "The town was besieged from November 2023 to February, residents said.",
        "February",
        ("2023-11-01", "2024-02-29"),
    ),
]
# "came a month after the coup": what follows lies that far before the clause's day, as near
# as "a month ago"; a long count is a time of its own
DATES += [
    (
        WED,
        "The ambush came a month after the junta expelled the French ambassador.",
        "a month after",
        ("2024-04-27", "2024-05-27"),
    ),
    (
        MON,
        "Gunmen stormed the prison on Sunday, two months after a similar raid in the north.",
        "two months after",
        ("2023-07-31", "2023-08-30"),
    ),
]
# "said on Monday it would ...": the day of a statement told in the past, however the parse
# hangs it on the verb of what is to come
DATES += [
    (
        WED,
        "The army said on Monday it would pull its troops out of the town.",
        "Monday",
        ("2024-06-10", "2024-06-10"),
    ),
    (
        WED,
        "The militia said on Sunday it will not attend the talks in Nairobi.",
        "Sunday",
        ("2024-06-09", "2024-06-09"),
    ),
]
# an arrangement in the passive progressive, or a rally organised for a day, is still to come
DATES += [
    (
        WED,
        "Funerals for the eleven victims are being held on Friday in Maiduguri.",
        "Friday",
        ("2024-06-14", "2024-06-14"),
    ),
    (
        MON,
        "A vigil is being organised for Saturday outside the parliament.",
        "Saturday",
        ("2023-10-21", "2023-10-21"),
    ),
]
# "in the previous 24 hours" counts back from the day its sentence names (a statement's day)
DATES += [
    (
        WED,
        "The army said on Monday it had struck 70 targets in the previous 24 hours.",
        "the previous 24 hours",
        ("2024-06-09", "2024-06-10"),
    ),
    (
        MON,
        "Officials said on Saturday that 40 bodies had been recovered over the preceding 48 hours.",
        "the preceding 48 hours",
        ("2023-10-12", "2023-10-14"),
    ),
]
# a part of a month with "last year" or "that year" is that part of that year's month
DATES += [
    (
        WED,
        "The offensive on the port began in early October last year.",
        "early October last year",
        ("2023-10-01", "2023-10-10"),
    ),
    (
        MON,
        "Militants seized the district in late March of last year, residents said.",
        "late March of last year",
        ("2022-03-21", "2022-03-31"),
    ),
]
# "the summer of last year": that year's season, not the whole year
DATES += [
    (
        WED,
        "The militia overran the valley in the summer of last year.",
        "the summer of last year",
        ("2023-06-01", "2023-08-31"),
    ),
    (
        MON,
        "Floods and raids displaced thousands during the autumn of last year.",
        "the autumn of last year",
        ("2022-09-01", "2022-11-30"),
    ),
]
# two days of a month parted by a slash or "through": the night of 3/4 March is both days
DATES += [
    (
        WED,
        "Drones struck the oil depot on the night of 8/9 June, the governor said.",
        "8/9 June",
        ("2024-06-08", "2024-06-09"),
    ),
    (
        WED,
        "Curfews were imposed in the district on June 3 through 5.",
        "June 3 through 5",
        ("2024-06-03", "2024-06-05"),
    ),
]
# below the headline, a meeting or a vote in the simple present is still to come
DATES += [
    (
        WED,
        "Talks stalled again.\n\nThe Security Council meets on Friday to discuss the fighting.",
        "Friday",
        ("2024-06-14", "2024-06-14"),
    ),
    (
        MON,
        "Tension is high in Lagos.\n\nNigerians vote on Saturday in a governorship election.",
        "Saturday",
        ("2023-10-21", "2023-10-21"),
    ),
]
DATES += [
    (
        WED,
        "The army imposed a curfew in Jos.\n\nThe curfew runs through Sunday, officials said.",
        "Sunday",
        ("2024-06-16", "2024-06-16"),
    ),
]
# "ahead of Sunday's vote" in a past clause lies after a past time: the reading nearest the
# story's day (a day to come when the two are about as near)
DATES += [
    (
        "2024-03-11",
        "Rival supporters clashed in the capital ahead of Sunday's vote.",
        "Sunday's",
        ("2024-03-10", "2024-03-10"),
    ),
    (
        "2024-03-12",
        "Gunmen shot dead a candidate ahead of the March 10 election, police said.",
        "March 10",
        ("2024-03-10", "2024-03-10"),
    ),
    (
        "2024-03-08",
        "Police deployed across the city ahead of Sunday's vote.",
        "Sunday's",
        ("2024-03-10", "2024-03-10"),
    ),
]
# two touching weekdays told on the first one's day are last week's pair, as "from Friday to
# Sunday" is
DATES += [
    (
        "2024-06-14",
        "Raids on Friday and Saturday killed 14 herders near Bokkos.",
        "Friday and Saturday",
        ("2024-06-07", "2024-06-08"),
    ),
    (
        "2024-06-11",
        "Protests on Tuesday and Wednesday left three dead in Nairobi.",
        "Tuesday and Wednesday",
        ("2024-06-04", "2024-06-05"),
    ),
]
# "a fortnight ago" is as approximate as "two weeks ago"
DATES += [
    (
        WED,
        "A fortnight ago, jihadists burned the market in Djibo.",
        "A fortnight ago",
        ("2024-05-26", "2024-06-01"),
    ),
    (
        MON,
        "The convoy was ambushed a fortnight ago near Menaka.",
        "a fortnight ago",
        ("2023-09-29", "2023-10-05"),
    ),
]
# "in two weeks" in a clause about the future, "two weeks from now": as far ahead as "two
# weeks ago" lies back
DATES += [
    (
        WED,
        "The mediators said talks would resume in two weeks in Addis Ababa.",
        "in two weeks",
        ("2024-06-23", "2024-06-29"),
    ),
    (
        MON,
        "Three months from now, the mission will hand the base to the army.",
        "Three months from now",
        ("2024-01-01", "2024-01-31"),
    ),
]

# "since Thursday" after the same Thursday was told runs on to the story's day
DATES += [
    (
        "2024-03-04",
        "Gangs stormed the prison on Thursday. At least nine people have been killed since"
        " Thursday.",
        "since Thursday",
        ("2024-02-29", "2024-03-04"),
    ),
    (
        "2025-01-28",
        "The rebels entered Sake on Thursday, and 13 peacekeepers have died since Thursday.",
        "since Thursday",
        ("2025-01-23", "2025-01-28"),
    ),
]
# a year only guessed for a date ("Dec. 29" told in January) is no year of the next one
DATES += [
    (
        "2024-01-05",
        "Russia fired 500 drones and missiles at Ukraine between Dec. 29 and Jan. 2.",
        "between Dec. 29 and Jan. 2",
        ("2023-12-29", "2024-01-02"),
    ),
    (
        "2023-01-02",
        "Rebels shelled the town on New Year's Eve and again on New Year's Day.",
        "New Year's Day",
        ("2023-01-01", "2023-01-01"),
    ),
]
# "shortly after midnight on January 1": the day named after it
DATES += [
    (
        "2023-01-02",
        "The strike hit the barracks shortly after midnight on January 1, the ministry said.",
        "shortly after midnight",
        ("2023-01-01", "2023-01-01"),
    ),
    (
        WED,
        "Drones struck the fuel depot just after midnight Sunday, the governor said.",
        "just after midnight",
        ("2024-06-09", "2024-06-09"),
    ),
]
# a day that is the subject of a present verb is still to come
DATES += [
    (
        "2021-11-03",
        "The government declared an emergency. Thursday marks one year since the war began.",
        "Thursday",
        ("2021-11-04", "2021-11-04"),
    ),
    (
        WED,
        "Protesters rallied in the capital again. Friday marks 100 days since the coup.",
        "Friday",
        ("2024-06-14", "2024-06-14"),
    ),
]

# "that night", "that day" after a sentence whose one day is a statement's: that day
DATES += [
    (
        "2023-10-09",
        "Fighters crossed the fence at dawn on Saturday. By Sunday evening, officials said 700"
        " people had been killed. That night, jets struck 500 targets in Gaza.",
        "That night",
        ("2023-10-08", "2023-10-08"),
    ),
    (
        "2023-07-17",
        "The bridge was first hit on Oct. 8, 2022. On July 16, Moscow announced it would quit"
        " the grain deal, which was due to expire that day.",
        "that day",
        ("2023-07-16", "2023-07-16"),
    ),
]

# a headline's last number and the date line under it are no date
DATES += [
    (
        "2023-07-17",
        "Explosions hit Crimean Bridge, killing 2\n\nJuly 17, 2023 10:05 am\n\nTwo people were"
        " killed when explosions damaged the bridge.",
        "July 17, 2023",
        ("2023-07-17", "2023-07-17"),
    ),
    (
        "2024-03-04",
        "Drone strike on Sudan market kills 5\n\nMarch 3, 2024\n\nA drone struck a crowded"
        " market in El Obeid.",
        "March 3, 2024",
        ("2024-03-03", "2024-03-03"),
    ),
]

# "this summer" is the season of the year at hand, whatever the tense
DATES += [
    (
        "2024-10-20",
        "The offensive planned for this summer never came, officials admitted.",
        "this summer",
        ("2024-06-01", "2024-08-31"),
    ),
    (
        "2024-11-20",
        "Officials had hoped the talks would end the war this summer.",
        "this summer",
        ("2024-06-01", "2024-08-31"),
    ),
]
# Orthodox Easter by the Julian computus
DATES += [
    (
        "2024-05-08",
        "Russian shelling killed two people in Kherson on Orthodox Easter Sunday.",
        "Orthodox Easter Sunday",
        ("2024-05-05", "2024-05-05"),
    ),
    (
        "2023-04-20",
        "Drones hit Zaporizhzhia on Orthodox Easter, the governor said.",
        "Orthodox Easter",
        ("2023-04-16", "2023-04-16"),
    ),
]

# a day of the very month a sentence named with its year is of that year
DATES += [
    (
        "2025-05-07",
        "The last flare-up was in February 2019, after a suicide bombing in Pulwama killed 40"
        " police on Feb. 14.",
        "Feb. 14",
        ("2019-02-14", "2019-02-14"),
    ),
    (
        "2024-06-12",
        "In August 2020, soldiers detained the president, and on August 19 he resigned.",
        "August 19",
        ("2020-08-19", "2020-08-19"),
    ),
]

# "ahead of" with the thing ahead first: the nearest such day or month
DATES += [
    (
        "2019-07-13",
        "The hotel was hosting politicians ahead of regional elections in August.",
        "August",
        ("2019-08-01", "2019-08-31"),
    ),
    (
        "2024-06-12",
        "Troops were deployed to the capital ahead of talks on Friday.",
        "Friday",
        ("2024-06-14", "2024-06-14"),
    ),
    (
        WED,
        "The army reached the town ahead of schedule on Monday.",
        "Monday",
        ("2024-06-10", "2024-06-10"),
    ),
]

# a passive still to come: "will be announced on Friday", "due to be buried on Saturday"
DATES += [
    (
        WED,
        "The results of the vote will be announced on Friday, the commission said.",
        "Friday",
        ("2024-06-14", "2024-06-14"),
    ),
    (
        WED,
        "The bodies of the victims are due to be buried on Saturday in Jos.",
        "Saturday",
        ("2024-06-15", "2024-06-15"),
    ),
    (
        WED,
        "The new cabinet is to be announced on Monday, his office said.",
        "Monday",
        ("2024-06-17", "2024-06-17"),
    ),
]

# "likely to" tells of what is to come, as "expected to" does
DATES += [
    (
        WED,
        "Foreign ministers of the bloc are likely to meet in Addis Ababa on Friday.",
        "Friday",
        ("2024-06-14", "2024-06-14"),
    ),
    (
        WED,
        "The delayed runoff vote is likely to be held on Sunday, officials said.",
        "Sunday",
        ("2024-06-16", "2024-06-16"),
    ),
]

# a duty or an ability with no perfect is still to come
DATES += [
    (
        WED,
        "Schools in the district should reopen on Monday, the governor said.",
        "Monday",
        ("2024-06-17", "2024-06-17"),
    ),
    (
        WED,
        "Displaced families can return to their homes on Saturday, officials said.",
        "Saturday",
        ("2024-06-15", "2024-06-15"),
    ),
    (
        WED,
        "The troops should have withdrawn from the town on Monday.",
        "Monday",
        ("2024-06-10", "2024-06-10"),
    ),
]

# "takes effect", "comes into force" in the simple present below the headline look ahead
DATES += [
    (
        WED,
        "Mediators announced a truce. The ceasefire takes effect at midnight on Sunday.",
        "Sunday",
        ("2024-06-16", "2024-06-16"),
    ),
    (
        WED,
        "Parliament passed the bill. The new security law comes into force on Monday.",
        "Monday",
        ("2024-06-17", "2024-06-17"),
    ),
]

# "the next week" after a day told is the week after it; "earlier that month" the days of
# that month before the day told
DATES += [
    (
        WED,
        "The town fell on March 3. The next week, aid convoys reached its outskirts.",
        "The next week",
        ("2024-03-04", "2024-03-10"),
    ),
    (
        WED,
        "Fighting reached the city on May 10. Earlier that month, the RSF had cut the road.",
        "Earlier that month",
        ("2024-05-01", "2024-05-09"),
    ),
]

# arrangements in the present below the headline: "go to the polls on Sunday", "are
# gathering for the funeral on Thursday", "the vote takes place on Sunday"
DATES += [
    (
        WED,
        "The campaign closed quietly. Voters go to the polls on Sunday in a tight race.",
        "Sunday",
        ("2024-06-16", "2024-06-16"),
    ),
    (
        WED,
        "Police named the victims. Mourners are gathering for the funeral on Thursday.",
        "Thursday",
        ("2024-06-13", "2024-06-13"),
    ),
    (
        WED,
        "The commission printed the ballots. The vote takes place on Sunday.",
        "Sunday",
        ("2024-06-16", "2024-06-16"),
    ),
    (
        WED,
        "Police opened fire. Protesters were marching on Friday when police fired.",
        "Friday",
        ("2024-06-07", "2024-06-07"),
    ),
]

# "since Friday" inside a direct quote runs to the telling, not to a day told before
DATES += [
    (
        "2023-11-07",
        'Airstrikes killed 10 civilians on Sunday night. "The fighting has been intense since'
        ' last Friday," a resident said.',
        "since last Friday",
        ("2023-11-03", "2023-11-07"),
    ),
    (
        "2015-01-09",
        'A gunman killed a policewoman on Thursday. "Since Wednesday, France has been in'
        ' shock," the president said.',
        "Since Wednesday",
        ("2015-01-07", "2015-01-09"),
    ),
]

# the day of a statement in the present ("the army says Sunday") is no subject: it stays past
DATES += [
    (
        WED,
        "Rebels took the town. The army says Sunday it killed 12 militants near the border.",
        "Sunday",
        ("2024-06-09", "2024-06-09"),
    ),
    (
        WED,
        "Rebels took the town. Police say Monday that 20 people died in the raid.",
        "Monday",
        ("2024-06-10", "2024-06-10"),
    ),
    # a bare "overnight" in a sentence that names the incident's day is that day's night
    (
        WED,
        "On Monday, soldiers freed four hostages in an overnight raid near the border.",
        "overnight",
        ("2024-06-09", "2024-06-10"),
    ),
    (
        WED,
        "Troops killed 12 militants in an overnight operation on Sunday, the army said.",
        "overnight",
        ("2024-06-08", "2024-06-09"),
    ),
    # ... while the day of a statement still moves the night to the one before it
    (
        WED,
        "Drones struck Odesa overnight, officials said on Tuesday.",
        "overnight",
        ("2024-06-10", "2024-06-11"),
    ),
]

# a weekday with the number of its day ("Monday the 3rd", "Saturday 1st") is that day, not
# the weekday's last occurrence
DATES += [
    (
        WED,
        "Gunmen attacked the ranch on Monday the 3rd.",
        "Monday the 3rd",
        ("2024-06-03", "2024-06-03"),
    ),
    (
        WED,
        "Clashes broke out on Saturday 1st in Culiacan.",
        "Saturday 1st",
        ("2024-06-01", "2024-06-01"),
    ),
    (
        WED,
        "The violence began last Friday the 31st, after the arrest.",
        "last Friday the 31st",
        ("2024-05-31", "2024-05-31"),
    ),
    (
        WED,
        "The unions will march on Friday the 21st.",
        "Friday the 21st",
        ("2024-06-21", "2024-06-21"),
    ),
    # ... and a weekday with its calendar date takes the "since" and the "last" before both
    (
        WED,
        "Since last Sunday, June 2, the fighting has killed 40.",
        "last Sunday, June 2",
        ("2024-06-02", WED),
    ),
    (
        WED,
        "Since this Monday, 3 June, the fighting has killed 40.",
        "this Monday, 3 June",
        ("2024-06-03", WED),
    ),
]

# opening a sentence, "N days after" with no day told before counts to the story's day, never
# days past it
DATES += [
    (
        WED,
        "Five days after the floods, families are still sleeping in schools.",
        "Five days after",
        (WED, WED),
    ),
    (
        WED,
        "Two days after the blast, rescuers pulled 12 bodies from the rubble.",
        "Two days after",
        (WED, WED),
    ),
]

# a year with a curly possessive ("2023’s worst attack") is a year, as with a straight one
DATES += [
    (WED, "In 2023’s worst attack, 100 people died.", "2023’s", ("2023-01-01", "2023-12-31")),
    (WED, "2023’s attacks killed 1,200 people.", "2023’s", ("2023-01-01", "2023-12-31")),
]

# "2020's" before a word, with no "the" before it, is the year's possessive, not the 2020s
DATES += [
    (
        WED,
        "Since 2020’s worst clashes, the town has been calm.",
        "2020’s",
        ("2020-01-01", WED),
    ),
    (
        WED,
        "In 2020's second wave of attacks, 90 people died.",
        "2020's",
        ("2020-01-01", "2020-12-31"),
    ),
    (WED, "In the 1990's, the group grew.", "1990's", ("1990-01-01", "1999-12-31")),
]

# a day of the month before the verb of its clause ("the strike on the 10th killed six")
DATES += [
    (
        WED,
        "The strike on the 10th killed six, officials said.",
        "the 10th",
        ("2024-06-10", "2024-06-10"),
    ),
    (WED, "The raid of the 8th left nine dead.", "the 8th", ("2024-06-08", "2024-06-08")),
]

# a daily war report's "since the start of the day", "since dawn", "during the day": the day
# its sentence named, else the story's
DATES += [
    (
        WED,
        "Since the start of the day, 80 combat clashes have taken place on the front.",
        "Since the start of the day",
        (WED, WED),
    ),
    (WED, "Since dawn, 20 strikes have hit the city.", "Since dawn", (WED, WED)),
    (
        WED,
        "During the day, the enemy carried out 20 air strikes, the general staff said.",
        "During the day",
        (WED, WED),
    ),
    (
        WED,
        "On Sunday, since dawn, drones hit the port.",
        "since dawn",
        ("2024-06-09", "2024-06-09"),
    ),
]

# "the first two weeks of March", "the last two weeks of May": those days of the month
DATES += [
    (
        WED,
        "In the first two weeks of May, 50 civilians died.",
        "the first two weeks of May",
        ("2024-05-01", "2024-05-14"),
    ),
    (
        WED,
        "Attacks doubled in the last two weeks of April, the UN said.",
        "the last two weeks of April",
        ("2024-04-17", "2024-04-30"),
    ),
]


# an offset opening a sentence counts from the day its clause names to the main clause's
# ("Two days after gunmen killed 30 on Friday, soldiers ..." = Sunday), not from the story's day
DATES += [
    (
        "2024-07-30",
        "Two days after gunmen killed 30 villagers in Plateau on Friday, soldiers killed 10 "
        "bandits in Bokkos.",
        "Two days after",
        ("2024-07-28", "2024-07-28"),
    ),
    (
        "2024-07-30",
        "A day after the attack on Friday, soldiers killed 10 bandits in Bokkos.",
        "A day after",
        ("2024-07-27", "2024-07-27"),
    ),
    (
        "2024-06-14",
        "Three days after militants stormed a base near Menaka on Monday, the army launched "
        "air strikes.",
        "Three days after",
        ("2024-06-13", "2024-06-13"),
    ),
]


# "two days ago" in a dated statement counts back from the telling, as "yesterday" does
DATES += [
    (
        "2025-03-07",
        '"Two days ago they shelled our street," a resident told Reuters on Wednesday.',
        "Two days ago",
        ("2025-03-03", "2025-03-03"),
    ),
    (
        "2025-03-07",
        '"We were attacked 48 hours ago," the commander said on Wednesday.',
        "48 hours ago",
        ("2025-03-03", "2025-03-03"),
    ),
    (
        "2025-03-07",
        "Drones struck the city two days ago, officials said on Wednesday.",
        "two days ago",
        ("2025-03-03", "2025-03-03"),
    ),
]


# "between Sunday night and Monday morning": parts of two days in a range are one span
DATES += [
    (
        "2024-06-05",
        "Gunmen struck between Sunday night and Monday morning, police said.",
        "Sunday night and Monday morning",
        ("2024-06-02", "2024-06-03"),
    ),
    (
        "2024-06-05",
        "Russian drones attacked Kyiv between late Sunday and early Monday, officials said.",
        "late Sunday and early Monday",
        ("2024-06-02", "2024-06-03"),
    ),
]


# "the last day of February", "the first day of June": one day of a named month
DATES += [
    (
        "2024-06-05",
        "Gunmen struck on the last day of February, police said.",
        "the last day of February",
        ("2024-02-29", "2024-02-29"),
    ),
    (
        "2024-06-05",
        "Gunmen struck on the first day of June, police said.",
        "the first day of June",
        ("2024-06-01", "2024-06-01"),
    ),
    # a month abbreviated with its period is a month alone too, and in a part of one
    (
        WED,
        "Fighting intensified in late Aug. around Bakhmut.",
        "late Aug.",
        ("2023-08-21", "2023-08-31"),
    ),
    (
        WED,
        "Jihadist attacks surged in mid-Sept. across northern Burkina Faso, officials said.",
        "mid-Sept.",
        ("2023-09-11", "2023-09-20"),
    ),
    (
        WED,
        "Rebels seized the town in early Jan. after weeks of fighting.",
        "early Jan.",
        ("2024-01-01", "2024-01-10"),
    ),
    (
        WED,
        "The army shelled the camp in Feb., aid workers said.",
        "Feb.",
        ("2024-02-01", "2024-02-29"),
    ),
    (
        WED,
        "Hamas fighters took the hostages in Oct. last year.",
        "Oct. last year",
        ("2023-10-01", "2023-10-31"),
    ),
    # a span back to a day named counts back from that day as "the past week" does from the
    # story's day, that day included
    (
        WED,
        "At least 20 civilians were killed in the week to Sunday, the UN said.",
        "the week to Sunday",
        ("2024-06-02", "2024-06-09"),
    ),
    (
        WED,
        "Clashes in the 48 hours to Monday killed 12 people in Tripoli.",
        "the 48 hours to Monday",
        ("2024-06-08", "2024-06-10"),
    ),
    (
        WED,
        "Cholera killed 40 people in Darfur in the seven days to June 9, the WHO said.",
        "the seven days to June 9",
        ("2024-06-02", "2024-06-09"),
    ),
    (
        WED,
        "Russian drones struck Kharkiv 60 times in the week ending Friday, officials said.",
        "the week ending Friday",
        ("2024-05-31", "2024-06-07"),
    ),
    # "September the 3rd": the article before an ordinal day
    (WED, "Gunmen attacked the village on Sept. the 3rd.", "Sept. the 3rd", ("2023-09-03",) * 2),
    (
        WED,
        "Fighting resumed in Khartoum on April the 15th last year.",
        "April the 15th last year",
        ("2023-04-15",) * 2,
    ),
    (
        WED,
        "Jihadists ambushed a convoy near Djibo on September the 26th, 2023.",
        "September the 26th, 2023",
        ("2023-09-26",) * 2,
    ),
    # a two-digit year after a slashed day and month, read as the four-digit one is
    (WED, "The attack on the camp near Kidal happened on 13/5/24.", "13/5/24", ("2024-05-13",) * 2),
    (WED, "Police said the raid took place on 6/10/24 in Kano.", "6/10/24", ("2024-06-10",) * 2),
    # "two Sundays ago": one Sunday ago is the last one before the story's day
    (
        WED,
        "An air strike two Sundays ago killed eight people in Idlib.",
        "two Sundays ago",
        ("2024-06-02",) * 2,
    ),
    (
        WED,
        "Three Fridays ago, gunmen stormed a mosque in Katsina.",
        "Three Fridays ago",
        ("2024-05-24",) * 2,
    ),
    # Short weekday forms, with or without their period (the ambiguous ones only with it)
    (WED, "Militants raided a checkpoint on Tues., the army said.", "Tues.", ("2024-06-11",) * 2),
    (WED, "Shelling hit the market late Thurs. night, medics said.", "Thurs.", ("2024-06-06",) * 2),
    (WED, "The vote was delayed on Tue after clashes in the capital.", "Tue", ("2024-06-11",) * 2),
    (WED, "Gunmen kidnapped 12 pupils on Fri in Kaduna state.", "Fri", ("2024-06-07",) * 2),
    (WED, "Drones struck Kharkiv on Sun., the governor said.", "Sun.", ("2024-06-09",) * 2),
    (WED, "Troops shelled the camp on Sat. night, residents said.", "Sat.", ("2024-06-08",) * 2),
    (WED, "Protesters blocked the road on Mon. in Nairobi.", "Mon.", ("2024-06-10",) * 2),
    # An ordinal word that counts the noun after it is no day of the month before it
    (
        WED,
        "In May second place went to the opposition bloc.",
        "May",
        ("2024-05-01", "2024-05-31"),
    ),
    (
        WED,
        "By March third round talks in Doha had collapsed.",
        "March",
        ("2024-03-01", "2024-03-31"),
    ),
    (WED, "Rebels attacked on June second, killing nine.", "June second", ("2024-06-02",) * 2),
    # "the eve of" a day named right after it is the day before that day
    (
        WED,
        "Police arrested 40 activists on the eve of Tuesday's march.",
        "the eve of",
        ("2024-06-10",) * 2,
    ),
    (
        WED,
        "Israeli forces raided the camp on the eve of the June 1 truce.",
        "the eve of",
        ("2024-05-31",) * 2,
    ),
    (
        WED,
        "Extra troops will be deployed on the eve of Christmas, the governor said.",
        "the eve of",
        ("2024-12-24",) * 2,
    ),
    # A day's possessive before a word of plans names a plan: the nearer side of the story's
    # day in a past clause, still to come after "upcoming"
    (
        WED,
        "Police banned Thursday's planned march in Nairobi.",
        "Thursday's",
        ("2024-06-13",) * 2,
    ),
    (
        WED,
        "Thursday's scheduled talks in Doha were called off.",
        "Thursday's",
        ("2024-06-13",) * 2,
    ),
    (
        WED,
        "The opposition boycotted Sunday's upcoming vote in Tbilisi.",
        "Sunday's",
        ("2024-06-16",) * 2,
    ),
    (
        "2024-06-14",
        "Police banned Thursday's planned march, but thousands turned out.",
        "Thursday's",
        ("2024-06-13",) * 2,
    ),
    # "exactly a year ago", "a year ago to the day": that very day; "two years ago this
    # month": that month
    (
        WED,
        "Exactly a year ago, gunmen stormed the school in Kuriga.",
        "a year ago",
        ("2023-06-12",) * 2,
    ),
    (
        WED,
        "The dam was blown up a year ago to the day, flooding Kherson.",
        "a year ago",
        ("2023-06-12",) * 2,
    ),
    (
        WED,
        "Rebels seized the town precisely six months ago.",
        "six months ago",
        ("2023-12-12",) * 2,
    ),
    (
        WED,
        "The siege of El Fasher began two years ago this month.",
        "two years ago this month",
        ("2022-06-01", "2022-06-30"),
    ),
    (
        WED,
        "Militants overran the base a year ago this week.",
        "a year ago this week",
        ("2023-06-12", "2023-06-18"),
    ),
    # The start of a measure ("effective", "starting", "beginning" before the day) is a plan:
    # still to come, or the nearer side of the story's day in a past clause
    (
        WED,
        "The army imposed a curfew in Imphal effective Thursday.",
        "Thursday",
        ("2024-06-13",) * 2,
    ),
    (
        WED,
        "The rivals agreed a three-day truce beginning Thursday, mediators said.",
        "Thursday",
        ("2024-06-13",) * 2,
    ),
    (
        "2024-06-11",
        "The government declared a state of emergency with effect from Monday.",
        "Monday",
        ("2024-06-10",) * 2,
    ),
    (WED, "Clashes starting Monday killed 30 people in Omdurman.", "Monday", ("2024-06-10",) * 2),
    # Two months joined by words with the year written once, after the second: both that year
    (
        WED,
        "Between January and March 2023, the UN counted 300 civilian deaths.",
        "January and March 2023",
        ("2023-01-01", "2023-03-31"),
    ),
    (
        WED,
        "Attacks on aid workers rose from October to December 2022.",
        "October to December 2022",
        ("2022-10-01", "2022-12-31"),
    ),
    (
        WED,
        "Cholera spread through the camps from November through February 2023.",
        "November through February 2023",
        ("2022-11-01", "2023-02-28"),
    ),
    # Two days with the year written once, after the second: both days that year
    (
        WED,
        "Between Jan. 5 and Feb. 10, 2023, the UN recorded 40 attacks on schools.",
        "Jan. 5 and Feb. 10, 2023",
        ("2023-01-05", "2023-02-10"),
    ),
    (
        WED,
        "From 28 December to 3 January 2023, troops shelled the town daily.",
        "28 December to 3 January 2023",
        ("2022-12-28", "2023-01-03"),
    ),
    # "last" before two weekdays is said of both: told on the second's weekday, the week before
    (
        "2024-06-14",
        "Clashes broke out in Tripoli last Thursday and Friday, residents said.",
        "last Thursday and Friday",
        ("2024-06-06", "2024-06-07"),
    ),
    (
        "2024-06-16",
        "Police dispersed marches in Nairobi last Saturday and Sunday.",
        "last Saturday and Sunday",
        ("2024-06-08", "2024-06-09"),
    ),
    # "within hours" of the day last named is that day, as "hours later" is
    (
        WED,
        "Militants attacked Gao on Monday. Within hours, the army struck back.",
        "Within hours",
        ("2024-06-10",) * 2,
    ),
    (
        WED,
        "Gunmen stormed the hotel on June 2, and within minutes the guards had fled.",
        "within minutes",
        ("2024-06-02",) * 2,
    ),
    # "a week ago Sunday": the Sunday a week before the last Sunday
    (
        WED,
        "Russian drones struck Kharkiv a week ago Sunday, killing six.",
        "a week ago Sunday",
        ("2024-06-02",) * 2,
    ),
    (
        WED,
        "The convoy was ambushed on Monday a week ago, the army said.",
        "Monday a week ago",
        ("2024-06-03",) * 2,
    ),
    (
        WED,
        "Protesters were shot a week ago on Wednesday in Nairobi.",
        "a week ago on Wednesday",
        ("2024-06-05",) * 2,
    ),
    # "on Tuesday and Wednesday last week": the week named after the second is the first's too
    (
        WED,
        "Clashes erupted in Tripoli on Tuesday and Wednesday last week.",
        "Tuesday and Wednesday last week",
        ("2024-06-04", "2024-06-05"),
    ),
    (
        "2024-06-14",
        "Troops shelled the camp on Thursday and Friday last week, medics said.",
        "Thursday and Friday last week",
        ("2024-06-06", "2024-06-07"),
    ),
    # "appear" in the simple present below the headline tells a hearing still to come
    (
        WED,
        "Police charged 12 men over the riot. They appear in court on Thursday.",
        "Thursday",
        ("2024-06-13",) * 2,
    ),
    (
        WED,
        "Two soldiers were arrested in Goma. The men appear before a military court on Friday.",
        "Friday",
        ("2024-06-14",) * 2,
    ),
]


# "in 2017, when militants held the city from May to October": a clause of "when" hanging
# from a year, and the second month of a range after a year told, take that year
DATES += [
    (
        "2023-12-04",
        "The town fell in 2014, when jihadist fighters seized it in June.",
        "in June",
        ("2014-06-01", "2014-06-30"),
    ),
    (
        "2023-12-04",
        "The worst fighting came in 2019, when rebels overran the base on March 3.",
        "March 3",
        ("2019-03-03",) * 2,
    ),
    (
        "2023-12-04",
        "In 2017, militants occupied parts of Marawi from May to October.",
        "May to October",
        ("2017-05-01", "2017-10-31"),
    ),
    (
        "2023-12-04",
        "Back in 2016, the army besieged the district between March and July.",
        "March and July",
        ("2016-03-01", "2016-07-31"),
    ),
]


# "in the week of 4 March", "the week beginning March 11": the Monday-to-Sunday week of the day
DATES += [
    (
        "2024-03-26",
        "Aid deliveries to the north fell sharply in the week of 4 March.",
        "the week of 4 March",
        ("2024-03-04", "2024-03-10"),
    ),
    (
        "2024-03-26",
        "During the week of March 13, militias attacked five villages.",
        "the week of March 13",
        ("2024-03-11", "2024-03-17"),
    ),
    (
        "2024-03-26",
        "The week beginning 18 March saw 40 air strikes on the province.",
        "The week beginning 18 March",
        ("2024-03-18", "2024-03-24"),
    ),
]


# "Kidal, the last town held by the rebels, has been besieged since October": a superlative of
# another clause makes no comparison, the span runs to the story's day
DATES += [
    (
        "2024-06-20",
        "Kidal, the last town held by the rebels, has been under siege since October.",
        "since October",
        ("2023-10-01", "2024-06-20"),
    ),
    (
        "2024-06-20",
        "The militia, which first emerged in 2017, has controlled the valley since March.",
        "since March",
        ("2024-03-01", "2024-06-20"),
    ),
    (
        "2024-06-20",
        "Ukraine's latest counteroffensive has stalled since August, commanders say.",
        "since August",
        ("2023-08-01", "2024-06-20"),
    ),
]


# "on 23 April, the day after the killings": set off by a comma after a date, "the day after"
# names the day before it (the day of the killings), as "a day after" does
DATES += [
    (
        "2025-05-08",
        "India suspended the treaty on 23 April, the day after the Pahalgam killings.",
        "the day after",
        ("2025-04-22",) * 2,
    ),
    (
        "2025-05-08",
        "Students marched again on Friday, the day after police shot two protesters.",
        "the day after",
        ("2025-05-01",) * 2,
    ),
    (
        "2025-05-08",
        "The army pulled out of the town on Monday, the day before the vote.",
        "the day before",
        ("2025-05-06",) * 2,
    ),
]


# "A week after police fired on protesters, families gathered on Monday": an offset opening
# the sentence counts back from the day of the main clause, and names the day of what it opens
DATES += [
    (
        "2024-07-01",
        "A week after police shot dead 20 protesters, families gathered outside the mortuary"
        " on Monday.",
        "A week after",
        ("2024-06-24",) * 2,
    ),
    (
        "2024-07-01",
        "Families bury their dead a week after the shooting\n\nNAIROBI - A week after police"
        " opened fire on marchers, mourners gathered outside the mortuary on Monday.",
        "A week after police",
        ("2024-06-24",) * 2,
    ),
    (
        "2024-07-01",
        "Three days before the vote, gunmen attacked a polling station in Kano on Wednesday.",
        "Three days before",
        ("2024-06-29",) * 2,
    ),
    (
        "2024-07-01",
        "Two days after the ambush, the army said on Sunday it had arrested 12 suspects.",
        "Two days after",
        ("2024-06-28",) * 2,
    ),
]


# "MAIDUGURI - Two days after the massacre, soldiers ...": a dateline lead still lets an
# offset open its sentence, so it counts on from the day told before
DATES += [
    (
        "2024-07-03",
        "Gunmen killed 30 villagers in Konduga on Friday.\n\nMAIDUGURI - Two days after the"
        " massacre, soldiers retook the village.",
        "Two days after",
        ("2024-06-30",) * 2,
    ),
    (
        "2024-07-03",
        "Rebels shelled the port on Monday.\n\nGOMA, Congo (AP) — A day after the shelling,"
        " aid agencies suspended their work.",
        "A day after",
        ("2024-07-02",) * 2,
    ),
    (
        "2024-06-07",
        "Paramilitaries stormed Wad al-Nourah on Wednesday.\n\nKHARTOUM - A day after the"
        " raid, mourners buried 100 villagers.",
        "A day after",
        ("2024-06-06",) * 2,
    ),
]


# "February was the deadliest month": a month name opening a sentence or clause as the
# subject of its verb is a date ("Theresa May was ..." is not)
DATES += [
    (
        "2024-03-13",
        "February was the deadliest month for the security forces in a decade.",
        "February",
        ("2024-02-01", "2024-02-29"),
    ),
    (
        "2024-03-13",
        "Attacks fell in December, but January saw 60 people killed in the district.",
        "January",
        ("2024-01-01", "2024-01-31"),
    ),
    (
        "2024-03-13",
        "October proved the bloodiest month of the insurgency, with 90 soldiers killed.",
        "October",
        ("2023-10-01", "2023-10-31"),
    ),
]


# "June 15, 2025 (KHARTOUM) -": a dateline of the date first, the place in brackets after it,
# sets the day "yesterday" counts from
DATES += [
    (
        "2025-06-16",
        "Army retakes two towns\n\nJune 15, 2025 (KHARTOUM) - The army said yesterday it had"
        " retaken two towns in North Kordofan.",
        "yesterday",
        ("2025-06-14",) * 2,
    ),
    (
        "2024-02-06",
        "Shelling hits market\n\nFebruary 4, 2024 (EL FASHER) – Shelling killed five people"
        " at the main market yesterday, residents said.",
        "yesterday",
        ("2024-02-03",) * 2,
    ),
]


# "has announced a day of mourning on Tuesday": a perfect takes no past day of its own, so the
# day is that of the thing still to come ("announced ... on Tuesday" in the past tense stays)
DATES += [
    (
        "2023-07-31",
        "The provincial government has announced a day of mourning on Tuesday.",
        "Tuesday",
        ("2023-08-01",) * 2,
    ),
    (
        "2023-07-31",
        "Transport unions have called a general strike on Thursday over fuel prices.",
        "Thursday",
        ("2023-08-03",) * 2,
    ),
    (
        "2023-07-31",
        "The opposition alliance has announced a rally in the capital on Saturday.",
        "Saturday",
        ("2023-08-05",) * 2,
    ),
    (
        "2023-07-31",
        "The chief minister has announced an ex gratia of Rs 2 lakh on Sunday.",
        "Sunday",
        ("2023-07-30",) * 2,
    ),
]


# "in the week to 10 March", "the two weeks ending 10 March 2024": a span back from a day
# written day first, or with its year, as "the week to March 10" is
DATES += [
    (
        "2024-03-13",
        "In the week to 10 March, aid groups recorded 45 attacks on civilians.",
        "the week to 10 March",
        ("2024-03-03", "2024-03-10"),
    ),
    (
        "2024-03-13",
        "In the two weeks ending 10 March 2024, a dozen people died in the camps.",
        "the two weeks ending 10 March 2024",
        ("2024-02-25", "2024-03-10"),
    ),
    (
        "2024-03-13",
        "The seven days to 3 March were the deadliest of the year, the monitor said.",
        "The seven days to 3 March",
        ("2024-02-25", "2024-03-03"),
    ),
]


# "between the 1st and the 7th of March": ordinal days of a range take the month of the day
# the range runs to
DATES += [
    (
        "2024-04-13",
        "Between the 1st and the 7th of March, 15 people were killed in the district.",
        "the 1st and the 7th of March",
        ("2024-03-01", "2024-03-07"),
    ),
    (
        "2024-04-13",
        "From the 2nd to the 9th of February, the highway remained blocked by protesters.",
        "the 2nd to the 9th of February",
        ("2024-02-02", "2024-02-09"),
    ),
    (
        "2024-04-13",
        "From the 28th to the 3rd of March, curfew was imposed in the old city.",
        "the 28th to the 3rd of March",
        ("2024-02-28", "2024-03-03"),
    ),
]


# "the previous week" after a day told in an earlier week: the week before that day's week
DATES += [
    (
        "2023-12-04",
        "Troops killed 11 militants in an operation on Friday. Another four were killed in"
        " the same area the previous week.",
        "the previous week",
        ("2023-11-20", "2023-11-26"),
    ),
    (
        "2024-03-13",
        "Rebels overran the base on 28 February. The previous week, they had seized two"
        " villages nearby.",
        "The previous week",
        ("2024-02-19", "2024-02-25"),
    ),
]


# "The following spring", "the previous winter": the season after or before the last date named
DATES += [
    (
        "2025-04-02",
        "The siege of Raqqa ended in October 2017. The following spring, residents returned.",
        "The following spring",
        ("2018-03-01", "2018-05-31"),
    ),
    (
        "2025-04-02",
        "Rebels took the town in March 2019. The previous winter, they had besieged it.",
        "The previous winter",
        ("2018-12-01", "2019-02-28"),
    ),
]

# "Earlier in the day", "later in the day" with no day of their own sentence: the one day the
# sentence right before told, not the story's day
DATES += [
    (
        "2024-06-12",
        "Israeli strikes killed 20 people across Gaza on Sunday, medics said. Earlier in the"
        " day, a strike hit a school in Jabalia.",
        "Earlier in the day",
        ("2024-06-09",) * 2,
    ),
    (
        "2024-06-12",
        "Russian missiles hit Kharkiv on Sunday, killing six people. Drones struck the city of"
        " Sumy later in the day, wounding two.",
        "later in the day",
        ("2024-06-09",) * 2,
    ),
]

# "Around midnight", "in the early hours", "before dawn" with no day in their sentence: the
# night after the one day the sentence before told, dawn that day itself (a habit, or a quote
# retelling the raid, stays no date)
DATES += [
    (
        "2024-10-09",
        "Gunmen stormed a church in Owo on Sunday, killing five worshippers. Around midnight,"
        " the attackers burned houses in Ose.",
        "Around midnight",
        ("2024-10-06", "2024-10-07"),
    ),
    (
        "2024-10-09",
        "Israeli troops raided the Balata camp on Sunday, killing two men. In the early hours,"
        " soldiers blew up a house in the camp, residents said.",
        "In the early hours",
        ("2024-10-06", "2024-10-07"),
    ),
    (
        "2024-10-09",
        "Bandits kidnapped 20 farmers near Gusau on Sunday. They returned before dawn and"
        " burned the village, police said.",
        "before dawn",
        ("2024-10-06",) * 2,
    ),
]

# "The following weekend", "that weekend", "the weekend before": the weekend after, of or
# before the last date named, as "the following week" is
DATES += [
    (
        "2024-03-14",
        "Gunmen attacked a village in Zamfara on February 20. The following weekend, bandits"
        " kidnapped 20 students in Kaduna.",
        "The following weekend",
        ("2024-02-24", "2024-02-25"),
    ),
    (
        "2024-03-14",
        "Jihadists ambushed a convoy near Djibo on February 21. That weekend, they attacked a"
        " village near Arbinda.",
        "That weekend",
        ("2024-02-24", "2024-02-25"),
    ),
    (
        "2024-03-14",
        "Rebels seized Rubaya on February 24. The weekend before, they had shelled Sake.",
        "The weekend before",
        ("2024-02-17", "2024-02-18"),
    ),
]

# "The following Monday", "the previous Thursday": that weekday after or before the day the
# story last told, not the one nearest the story's day
DATES += [
    (
        "2024-03-14",
        "Gunmen attacked a village in Zamfara on March 2. The following Monday, bandits"
        " kidnapped 20 students in Kaduna.",
        "The following Monday",
        ("2024-03-04",) * 2,
    ),
    (
        "2024-03-14",
        "Separatists burned a school in Bamenda on March 2. They kidnapped a chief in Kumbo"
        " on the next Friday.",
        "the next Friday",
        ("2024-03-08",) * 2,
    ),
    (
        "2024-03-14",
        "The army said on Friday that rebels had attacked a convoy near Beni on the previous"
        " Tuesday.",
        "the previous Tuesday",
        ("2024-03-05",) * 2,
    ),
    (
        "2024-03-14",
        "Talks will resume the following Monday, officials said.",
        "the following Monday",
        ("2024-03-18",) * 2,
    ),
]


# a limit set for what is to come ("an ultimatum of Friday", "gave the villagers until
# Thursday", "ordered to leave by Saturday"): the day on the side of the story's day nearer to
# it, unless the clause is of the future; a deadline that "passed" stays behind
DATES += [
    (
        "2025-04-08",
        "The junta has issued an ultimatum of Friday for the foreign troops to leave.",
        "Friday",
        ("2025-04-11", "2025-04-11"),
    ),
    (
        "2025-04-08",
        "Police set a deadline of Wednesday for the squatters to move out.",
        "Wednesday",
        ("2025-04-09", "2025-04-09"),
    ),
    (
        "2025-04-09",
        "The deadline for the gangs to surrender their guns expires on Friday, the police chief"
        " said on Tuesday.",
        "Friday",
        ("2025-04-11", "2025-04-11"),
    ),
    (
        "2025-04-08",
        "The militia gave the villagers until Thursday to hand over their weapons.",
        "Thursday",
        ("2025-04-10", "2025-04-10"),
    ),
    (
        "2025-04-08",
        "Families in the camp were ordered to leave by Saturday.",
        "Saturday",
        ("2025-04-12", "2025-04-12"),
    ),
    (
        "2025-04-08",
        "A deadline of April 1 for the rebels to disarm passed without any handover.",
        "April 1",
        ("2025-04-01", "2025-04-01"),
    ),
]


# "days before Sunday's vote" after a day its sentence told: the first such day after that one,
# as with "ahead of"; with no day told before the lead time, the clause's tense decides
DATES += [
    (
        "2025-04-10",
        "Militants bombed a campaign office on Tuesday, only days before Saturday's"
        " parliamentary election.",
        "Saturday's",
        ("2025-04-12", "2025-04-12"),
    ),
    (
        "2025-04-10",
        "Rebels shelled the capital on Monday, hours before Friday's peace talks.",
        "Friday's",
        ("2025-04-11", "2025-04-11"),
    ),
    (
        "2025-04-12",
        "Hours before Friday's vote, gunmen attacked a polling station in the north.",
        "Friday's",
        ("2025-04-11", "2025-04-11"),
    ),
]


# a plan a verb of saying reports in the past tense of the telling ("officials said the talks
# were due to resume on Monday"): the reading nearer the story's day; a plan told in the past
# with no telling stays past
DATES += [
    (
        "2025-04-10",
        "The rebels said a hostage exchange was planned for Saturday.",
        "Saturday",
        ("2025-04-12", "2025-04-12"),
    ),
    (
        "2025-04-10",
        "Diplomats said the negotiations were due to restart on Monday in Cairo.",
        "Monday",
        ("2025-04-14", "2025-04-14"),
    ),
    (
        "2025-04-08",
        "The family said the burial was scheduled for Friday.",
        "Friday",
        ("2025-04-11", "2025-04-11"),
    ),
    (
        "2025-04-10",
        "The rally was set for Sunday but was called off after the bombing.",
        "Sunday",
        ("2025-04-06", "2025-04-06"),
    ),
]


# a measure in force up to a day ("imposed a curfew until Monday", "banned rallies until
# Sunday"): the side of the story's day nearer to it, as a limit set for others is
DATES += [
    (
        "2025-04-10",
        "The governor imposed a round-the-clock curfew on the town until Monday.",
        "Monday",
        ("2025-04-14", "2025-04-14"),
    ),
    (
        "2025-04-10",
        "Police banned all street protests in the capital until Sunday.",
        "Sunday",
        ("2025-04-13", "2025-04-13"),
    ),
    (
        "2025-04-08",
        "The main border crossing was shut until Thursday, customs officials said.",
        "Thursday",
        ("2025-04-10", "2025-04-10"),
    ),
    (
        "2025-04-10",
        "Heavy fighting went on until Monday, when the rebels withdrew.",
        "Monday",
        ("2025-04-07", "2025-04-07"),
    ),
]


# a deed told in the past "on the eve of" a day's event: done the day before it, by the
# story's day, so the event's day is the next one at the latest; one to come stays ahead
DATES += [
    (
        "2025-04-10",
        "Security forces detained 30 opposition supporters on the eve of Sunday's presidential"
        " runoff.",
        "Sunday's",
        ("2025-04-06", "2025-04-06"),
    ),
    (
        "2025-04-10",
        "On the eve of Saturday's referendum, a bomb exploded outside a polling centre.",
        "Saturday's",
        ("2025-04-05", "2025-04-05"),
    ),
    (
        "2025-04-10",
        "Troops will be deployed across the country on the eve of Sunday's runoff.",
        "Sunday's",
        ("2025-04-13", "2025-04-13"),
    ),
]


NOT_DATES = [
    # ("within hours of" names its day by what follows)
    ("The wounded died within hours of the blast in the market.", "within hours"),
    # (the eve of something with no day named: no day; nor the eve of a year)
    ("Clashes erupted on the eve of the talks in Jeddah.", "the eve of"),
    ("Clashes erupted on the eve of the 2024 election.", "the eve of"),
    # (a short weekday that is also a word or a name: only with its period, never after "the")
    ("The story first ran in The Sun. Police later confirmed it.", "Sun."),
    ("Sat outside the court, relatives waited for news.", "Sat"),
    ("Wed to a local commander, she fled the town.", "Wed"),
    # (nor a fraction list, nor a year long past)
    ("The clinic serves 1/2/3 of the displaced families.", "1/2/3"),
    ("The ledger entry 3/9/87 was found in the archive.", "3/9/87"),
    # (a bare number after "the" counts things)
    ("In September the 3 hostages were freed near Gao.", "3 hostages"),
    # (a month abbreviation without its period is as often a name)
    ("Jan Egeland of the Norwegian Refugee Council said aid was blocked.", "Jan"),
    ("Police patrolled the Christmas market after the threat.", "Christmas"),
    ("Children painted Easter eggs in the camp.", "Easter"),
    ("The Christmas message of the bishop called for peace.", "Christmas"),
    ("The day after the raid, rebels shelled the town.", "The day after"),
    ("Rebels, the day after the raid, shelled the town.", "the day after"),
    ("The church on the hill dates from the 18th century.", "18th"),
    ("Troops of the 3rd battalion were killed.", "3rd"),
    ("The rebels hide during the day and attack at night.", "during the day"),
    ("Farmers work during the day, but gunmen roam at night.", "during the day"),
    ("Its 1200 fighters fled into the hills.", "1200"),
    ("Chechen leader Ramzan Kadyrov sent more troops.", "Ramzan"),
    ("The scholar Tariq Ramadan gave a lecture.", "Ramadan"),
    ("After Eid prayers, clashes erupted near the mosque.", "Eid"),
    ("Theresa May's government condemned the attack.", "May"),
    ("Theresa May was prime minister at the time.", "May"),
    ("The movement was founded 10 years after the war ended.", "10 years after"),
    ("The attack came days after the president visited the region.", "days after"),
    ("Gunmen killed 50 villagers in two weeks across the state.", "in two weeks"),
    ("Gunmen killed 12 people on Tuesday. They hide in the forest and attack at dawn.", "at dawn"),
]


@pytest.mark.parametrize(("published", "text", "expression", "expected"), DATES)
def test_wording_gets_its_range(
    ranges_over, published: str, text: str, expression: str, expected: tuple[str, str]
) -> None:
    got = ranges_over(text, published, expression)
    assert expected in {(start, end) for _, start, end in got}, got


@pytest.mark.parametrize(("text", "expression"), NOT_DATES)
def test_wording_that_is_no_date(ranges_over, text: str, expression: str) -> None:
    assert ranges_over(text, WED, expression) == []
