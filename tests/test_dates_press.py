"""The dates stage over the shapes of other presses: AP's comma after a year in a range,
a weekday in brackets after its date, the year a weekday tells,
the first or last days of a month counted,
months after "into" and "extended through", the night of the story's own day,
two ordinal days.

Sentences written for these tests (no benchmark text), read as the events-dev gold reads
dates (``test_dates_conventions.py``): a row passes when a mention overlapping the expression
has exactly the expected range.
"""

from __future__ import annotations

import pytest

THU = "2024-03-14"
JAN = "2025-01-02"


DATES = [
    # AP style sets a comma after the year (or a weekday's date) before "to": one range after
    # "from" or "between"
    (
        JAN,
        "Police logged 12 cases of stray bullets from Dec. 16, 2024, to Jan. 1, 2025.",
        "Dec. 16, 2024, to Jan. 1, 2025",
        ("2024-12-16", "2025-01-01"),
    ),
    (
        THU,
        "Rebels shelled the town from Monday, March 4, to Wednesday, March 6, residents said.",
        "Monday, March 4, to Wednesday, March 6",
        ("2024-03-04", "2024-03-06"),
    ),
    (
        THU,
        "The curfew lasted from Feb. 20, 2024, through March 2, 2024, officials said.",
        "Feb. 20, 2024, through March 2, 2024",
        ("2024-02-20", "2024-03-02"),
    ),
    # ... never a date and a new end after a verb of change
    (
        THU,
        "The court adjourned the case on March 4, 2024, to March 20.",
        "March 4, 2024",
        ("2024-03-04", "2024-03-04"),
    ),
    # a weekday in brackets after its date is that date's
    (
        THU,
        "Gunmen killed four farmers on 7 March (Thursday) in the north.",
        "Thursday",
        ("2024-03-07", "2024-03-07"),
    ),
    (
        THU,
        "The army said the raid took place on March 5 (Tuesday), before dawn.",
        "Tuesday",
        ("2024-03-05", "2024-03-05"),
    ),
    # a weekday with a yearless date tells its year when the tense would pick another
    (
        THU,
        "The cabinet approved a plan to take over the city on Friday, March 8.",
        "Friday, March 8",
        ("2024-03-08", "2024-03-08"),
    ),
    (
        THU,
        "The rebels agreed to a truce that would begin on Sunday, March 10, but fighting went on.",
        "Sunday, March 10",
        ("2024-03-10", "2024-03-10"),
    ),
    # counted days of a month (UN and NGO tallies)
    (
        THU,
        "The agency recorded 40 attacks on clinics in the first 10 days of February.",
        "the first 10 days of February",
        ("2024-02-01", "2024-02-10"),
    ),
    (
        THU,
        "Shelling of the camp intensified in the last ten days of January, residents said.",
        "the last ten days of January",
        ("2024-01-22", "2024-01-31"),
    ),
    # "into" a month names it (the one to come in a clause of no tense), as "through" does
    # after a verb of extending
    (
        "2024-12-30",
        "The army says the raids will go on until the hostages are freed, possibly into January.",
        "January",
        ("2025-01-01", "2025-01-31"),
    ),
    (
        THU,
        "Fighting dragged on into February before the rebels withdrew.",
        "February",
        ("2024-02-01", "2024-02-29"),
    ),
    (
        THU,
        "The state of emergency was extended through April, the cabinet said.",
        "April",
        ("2024-04-01", "2024-04-30"),
    ),
    (
        THU,
        "Parliament prolonged the curfew into May, officials said.",
        "May",
        ("2024-05-01", "2024-05-31"),
    ),
    # the night of the story's own day, named, is the night before it (a live blog's stamp)
    (
        THU,
        "14 Mar 2024, 11:40 GMT: The air force said it downed 20 drones during the night.",
        "during the night",
        ("2024-03-13", "2024-03-14"),
    ),
    (
        THU,
        "Russia struck Kharkiv on Thursday with missiles fired during the night, the mayor said.",
        "during the night",
        ("2024-03-13", "2024-03-14"),
    ),
    # two ordinal days of the month the story is in
    (
        THU,
        "Residents said soldiers looted shops on the 9th and 10th, before the army withdrew.",
        "the 9th and 10th",
        ("2024-03-09", "2024-03-10"),
    ),
    (
        THU,
        "The camp was shelled between the 4th and the 6th, the agency said.",
        "the 4th and the 6th",
        ("2024-03-04", "2024-03-06"),
    ),
]


@pytest.mark.parametrize(("published", "text", "expression", "expected"), DATES)
def test_press_shape_gets_its_range(
    ranges_over, published: str, text: str, expression: str, expected: tuple[str, str]
) -> None:
    got = ranges_over(text, published, expression)
    assert expected in {(start, end) for _, start, end in got}, got
