"""The stage contract: the pipeline checks its order when it is built, stages read their
layers from the Analysis, and settings come from the data file or a user's config file."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

import pytest

from sitrep.analyze import Analyzer
from sitrep.analyze.stage import PipelineError, check_order, load_configs
from sitrep.analyze.stages import DEFAULT_STAGES
from sitrep.model import Analysis, Article
from sitrep.resources import Resources


def test_two_stages_in_the_wrong_order_fail_naming_the_missing_layer() -> None:
    with pytest.raises(PipelineError, match=r"'actors' requires the layer 'places'"):
        Analyzer(stages=["layout", "actors", "places"], resources=Resources())


def test_a_stage_whose_layer_is_set_by_no_stage_names_the_stage_that_sets_it() -> None:
    with pytest.raises(PipelineError) as err:
        check_order(["triggers", "events"])
    assert "'layout'" in str(err.value) and "put layout" in str(err.value)


def test_an_unknown_stage_is_refused_with_the_known_ones() -> None:
    with pytest.raises(PipelineError, match=r"known stages: .*events"):
        check_order(["layout", "sentiment"])


def test_the_default_order_satisfies_every_stage() -> None:
    specs = check_order(DEFAULT_STAGES)
    assert [s.assigns for s in specs][-1] == "events"
    assert {s.assigns for s in specs} >= {"layout", "triggers"}


def test_a_shorter_pipeline_runs_and_leaves_later_layers_empty(analyzer: Analyzer) -> None:
    short = Analyzer(stages=["layout", "triggers"], resources=analyzer.resources)
    text = "KYIV (Reuters) - Russian missiles struck a school in Kyiv on Monday, killing two."
    analysis = short.analyze_one(Article(text=text, published=date(2023, 4, 11)))
    assert analysis.layout.datelines and analysis.layout.datelines[0][0] == 0
    assert any(t.event_type == "Explosions/Remote violence" for t in analysis.triggers)
    assert analysis.events == [] and analysis.places == []


def test_the_events_stage_reads_the_triggers_layer(analyzer: Analyzer) -> None:
    """Events are built from the triggers the triggers stage set, not from a typer of its own:
    with that layer emptied, the same article yields no event."""
    text = "Gunmen killed five villagers in Beni on Monday, local officials said."
    article = Article(text=text, published=date(2023, 4, 11))
    doc = analyzer.nlp(text)
    full = analyzer.analyze_doc(doc, article)
    assert full.events and full.triggers
    emptied = Analysis(article=article)
    for _name, layer, stage in analyzer.stages:
        setattr(emptied, layer, stage(doc, emptied))
        if layer == "triggers":
            emptied.triggers = []
    assert emptied.events == []


def test_a_user_config_file_overrides_a_default_and_a_wrong_key_is_refused(
    tmp_path: Path, analyzer: Analyzer
) -> None:
    assert load_configs()["layout"]["dateline_zone"] > 0
    config = tmp_path / "stages.toml"
    config.write_text("[layout]\ndateline_zone = 7\n", encoding="utf-8")
    custom = Analyzer(stages=["layout"], resources=analyzer.resources, config=config)
    analysis = custom.analyze_one(Article(text="A short text.", published=date(2023, 4, 11)))
    assert analysis.layout.dateline_zone == 7
    config.write_text("[layout]\ndateline_zon = 7\n", encoding="utf-8")
    with pytest.raises(PipelineError, match="no setting 'dateline_zon'"):
        Analyzer(stages=["layout"], resources=analyzer.resources, config=config)


def test_layout_finds_headline_captions_and_credits(analyzer: Analyzer) -> None:
    text = (
        "Blast hits market in Goma\n"
        "GOMA, Congo (Reuters) - A blast hit a market on Monday.\n\n"
        "Smoke rises over the market. John Smith/Reuters\n\n"
        "Officials said three people were hurt."
    )
    layout = analyzer.stage("layout")(analyzer.nlp(text), Analysis(Article(text, date.today())))
    assert layout.headline_end == text.index("\n")
    caption_start = text.index("Smoke")
    assert layout.in_caption(caption_start) and not layout.in_caption(text.index("Officials"))
    assert any(text[a:b] == "John Smith/Reuters" for a, b in layout.credits)
    assert layout.in_dateline(text.index("GOMA"))
    assert len(layout.paragraphs) == 3


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        # a kicker in capitals labels the story: the headline is the line below it
        (
            "BREAKING\nDrone strike hits fuel depot in Donetsk\n\nA drone struck a depot.",
            "BREAKING\nDrone strike hits fuel depot in Donetsk",
        ),
        (
            "SAHEL CRISIS:\n\nGunmen kill 12 in raid on village\n\nArmed men attacked it.",
            "SAHEL CRISIS:\n\nGunmen kill 12 in raid on village",
        ),
        # a headline in capitals with the story below it is the headline alone
        (
            "PROTESTERS STORM PARLIAMENT\n\nCrowds entered the building.",
            "PROTESTERS STORM PARLIAMENT",
        ),
        # a one-line lede under a kicker is no headline
        ("UKRAINE WAR\n\nShells hit a block on Tuesday.", "UKRAINE WAR"),
    ],
)
def test_layout_reads_a_kicker_with_the_headline_below_it(
    analyzer: Analyzer, text: str, headline: str
) -> None:
    layout = analyzer.stage("layout")(analyzer.nlp(text), Analysis(Article(text, date.today())))
    assert text[: layout.headline_end] == headline


def test_the_gazetteer_index_serves_each_thread_on_its_own_connection(analyzer: Analyzer) -> None:
    gaz = analyzer.resources.gazetteer
    main = gaz.con
    with ThreadPoolExecutor(max_workers=2) as pool:
        connections = list(pool.map(lambda _: gaz.con, range(2)))
        found = list(pool.map(lambda key: gaz.lookup([key])[key], ["kyiv", "beni"]))
    assert all(con is not main for con in connections)  # the main thread's is its own
    assert all(found), "each thread reads the index"


def test_two_analyzers_share_what_their_resources_loaded(analyzer: Analyzer) -> None:
    other = Analyzer(stages=["layout", "triggers"], resources=analyzer.resources)
    assert other.nlp is analyzer.nlp
    assert other.stage("triggers").lexicon is analyzer.stage("triggers").lexicon
