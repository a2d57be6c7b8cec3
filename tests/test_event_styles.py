"""The events stage on news styles session 8's battery does not cover: each mini-article of
``styles_battery.py`` (written for these tests) gets one event per incident it tells, of the
type it tells, and nothing more. The battery is analyzed once, in one batch."""

from __future__ import annotations

from datetime import date

import pytest
from styles_battery import (
    ALONGSIDE,
    ARTICLES,
    CAPITALISED,
    INTERCEPTED,
    LACKED_VILLAGES,
    RETAKEN,
    SEQUELS,
)

from sitrep.analyze import Analyzer
from sitrep.model import Analysis, Article

PUBLISHED = date(2024, 3, 12)


@pytest.fixture(scope="module")
def read(analyzer: Analyzer) -> dict[str, Analysis]:
    texts = list(
        dict.fromkeys(
            [text for _, text in ARTICLES]
            + [t for _, t in INTERCEPTED + CAPITALISED]
            + SEQUELS
            + ALONGSIDE
            + RETAKEN
            + [t for _, t in LACKED_VILLAGES]
        )
    )
    articles = (Article(text=text, published=PUBLISHED) for text in texts)
    return dict(zip(texts, analyzer.analyze(articles), strict=True))


def _unmatched(expected: list[str], told: list[str]) -> tuple[list[str], list[str]]:
    """The expected incidents no event answers, and the events left over."""
    left = list(told)
    missing = []
    for choice in expected:
        hit = next((t for t in left if t in choice.split("|")), None)
        if hit is None:
            missing.append(choice)
        else:
            left.remove(hit)
    return missing, left


@pytest.mark.parametrize(("expected", "text"), ARTICLES)
def test_one_event_per_incident_told(read, expected: list[str], text: str) -> None:
    told = [e.event_type for e in read[text].events]
    missing, extra = _unmatched(expected, told)
    assert (missing, extra) == ([], []), f"told {told}"


@pytest.mark.parametrize(("event_types", "text"), INTERCEPTED)
def test_a_strike_beside_an_interception(read, event_types: list[str], text: str) -> None:
    assert sorted(e.event_type for e in read[text].events) == event_types


@pytest.mark.parametrize(("event_type", "text"), CAPITALISED)
def test_a_capitalised_plural_is_read_as_its_noun(read, event_type: str, text: str) -> None:
    assert [e.event_type for e in read[text].events] == [event_type]


@pytest.mark.parametrize("text", SEQUELS)
def test_an_undated_sequel_starts_with_what_it_follows(read, text: str) -> None:
    first, sequel = read[text].events
    assert sequel.event_type == "Strategic developments"
    assert sequel.date_start == first.date_start <= sequel.date_end


@pytest.mark.parametrize("text", ALONGSIDE)
def test_an_undated_incident_told_also_takes_the_day_before(read, text: str) -> None:
    first, beside = read[text].events
    assert first.location.name != beside.location.name
    assert (beside.date_start, beside.date_end) == (first.date_start, first.date_end)


@pytest.mark.parametrize("text", RETAKEN)
def test_a_town_taken_back_is_a_second_change_of_hands(read, text: str) -> None:
    taking, retaking = read[text].events
    assert taking.sub_event_type == "Non-state actor overtakes territory"
    assert retaking.sub_event_type == "Government regains territory"
    assert taking.date_end < retaking.date_start


@pytest.mark.parametrize(("places", "text"), LACKED_VILLAGES)
def test_a_lacked_village_in_a_named_region_is_the_scene(
    read, places: list[str], text: str
) -> None:
    assert sorted(e.location.name for e in read[text].events if e.location) == places
