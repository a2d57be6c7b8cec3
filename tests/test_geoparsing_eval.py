"""The geoparsing evaluation runs on the shared corpora and returns sane figures."""

from __future__ import annotations

import math

import pytest

from sitrep import gazetteer
from sitrep.evaluate import geoparsing
from sitrep.model import Place


def test_distance_stats_on_known_errors() -> None:
    stats = geoparsing.distance_stats([0.0, 10.0, 200.0, 20039.0])
    assert stats["n"] == 4
    assert stats["acc@161"] == 0.5
    assert stats["median_km"] == 105.0
    assert 0.0 < stats["auc"] < 1.0
    assert geoparsing.distance_stats([])["acc@161"] is None


def _sane_fraction(value: object) -> bool:
    return isinstance(value, float) and 0.0 <= value <= 1.0 and not math.isnan(value)


@pytest.mark.parametrize("corpus", ["lgl", "tr-news"])
def test_eval_on_a_few_documents(shared, corpus: str) -> None:
    figures = geoparsing.run(corpus, limit=8)
    assert figures["documents"] == 8
    spans = figures["gold_spans"]
    assert spans["toponyms"] > 0
    assert _sane_fraction(spans["acc@161"]) and spans["acc@161"] > 0.5
    assert _sane_fraction(spans["exact_id"])
    assert spans["median_km"] >= 0.0 and spans["mean_km"] >= 0.0
    assert _sane_fraction(spans["auc"])
    assert spans["docs_per_second"] > 0
    end = figures["end_to_end"]
    assert _sane_fraction(end["recognition"]["precision"])
    assert _sane_fraction(end["recognition"]["recall"]) and end["recognition"]["recall"] > 0.3
    assert end["places_docs_per_second"] > 0


def test_events_dev_on_a_few_articles(shared) -> None:
    figures = geoparsing.run("events-dev", limit=4)
    assert figures["articles"] == 4
    assert _sane_fraction(figures["found"]) and figures["found"] > 0.5
    assert _sane_fraction(figures["found_within_161"])
    assert figures["found_within_161"] <= figures["found"]


def test_time_places_stage_reports_docs_per_second() -> None:
    timing = geoparsing.time_places_stage(["Shelling hit Kharkiv and Kupiansk on Monday."] * 5)
    assert timing["docs"] == 5
    assert timing["docs_per_second"] > 0


def test_events_dev_reports_the_same_country_rule_apart(shared) -> None:
    figures = geoparsing.run("events-dev", limit=4)
    assert "same_country_rule" in figures
    assert figures["found_within_161"] <= figures["found_within_161_or_same_country"]
    assert figures["found_within_161_or_same_country"] <= figures["found"]


def test_a_country_gold_place_counts_when_resolved_to_that_country() -> None:
    gold = {"name": "Russia", "country_code": "RU", "admin1": None, "lat": 61.5, "lon": 105.3}
    russia = Place("Russia", 0, 6, "Russia", 2017370, "RU", None, None, 60.0, 100.0, "PCLI", 0.9)
    moscow = Place("Russia", 0, 6, "Moscow", 524901, "RU", "Moscow", None, 55.7, 37.6, "PPLC", 1)
    gaz = gazetteer.open_index()
    assert geoparsing._same_country_entity(gaz, gold, [russia])
    assert not geoparsing._same_country_entity(gaz, gold, [moscow])
    town = {"name": "Bamba", "country_code": "ML", "admin1": "Gao", "lat": 17.0, "lon": -1.4}
    assert not geoparsing._same_country_entity(gaz, town, [russia])
