"""The learned incident-report model: its training file, its shipped weights, and its judgement
of sentences written for these tests (none of them is in the training file)."""

from __future__ import annotations

from dataclasses import replace

import pytest

from sitrep.analyze import report_model
from sitrep.analyze.event_types import EventTyper, ReportJudge, load_lexicon
from sitrep.analyze.report_model import REPORT, load_model, read_examples, train

KINDS = {
    REPORT,
    "negated",
    "hypothetical",
    "future",
    "aim",
    "aggregate",
    "background",
    "policy",
    "opinion",
    "caption",
}

# (sentence, trigger): incidents told as they happened
REPORTED = [
    ("Militiamen shot dead four shepherds near the well on Thursday, a local leader said.", "shot"),
    (
        "A car bomb exploded outside a hotel in the port city on Saturday, wounding nine.",
        "exploded",
    ),
    ("Riot police fired tear gas at nurses marching to the health ministry on Wednesday.", "fired"),
    # one recent incident in the present perfect, hedged or not, is a report too
    (
        "Insurgents have attacked a convoy of fuel tankers on the highway, burning six trucks.",
        "attacked",
    ),
    ("Masked men have abducted a priest from his parish house, church officials said.", "abducted"),
]
# the same kinds of incident, negated, hypothetical, future, threatened, habitual, counted
NOT_REPORTED = [
    ("Militiamen did not shoot any of the shepherds, the elders said.", "shoot"),
    ("If the army advances, the rebels could shell the port.", "shell"),
    ("The nurses will march to the health ministry next Tuesday.", "march"),
    ("The rebels threatened to bomb the airport.", "bomb"),
    ("Bombings are frequent in the old city.", "Bombings"),
    (
        "Since the uprising began, gunmen have killed more than 900 shepherds across the plateau.",
        "killed",
    ),
    (
        "The insurgents have carried out hundreds of attacks on police stations since 2019.",
        "attacks",
    ),
]


@pytest.fixture(scope="module")
def model():
    return load_model()


@pytest.fixture(scope="module")
def nlp(analyzer):
    return analyzer.resources.nlp


def _span(nlp, sentence: str, word: str):
    doc = nlp(sentence)
    return next(doc[t.i : t.i + 1] for t in doc if t.text == word)


def test_training_file_covers_every_sub_type_and_kind() -> None:
    examples = read_examples()
    taxonomy = load_lexicon().taxonomy
    assert {e.sub_event_type for e in examples} == set(taxonomy)
    assert {e.kind for e in examples} == KINDS
    reports = sum(e.is_report for e in examples)
    assert 150 <= reports <= len(examples) - 100  # hundreds, both sides well represented


def test_training_file_rejects_a_row_without_a_trigger(tmp_path) -> None:
    bad = tmp_path / "bad.tsv"
    bad.write_text("report\tArmed clash\tTroops clashed with rebels.\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.tsv:1"):
        read_examples(bad)


def test_shipped_weights_are_what_training_gives(nlp, model) -> None:
    trained = train(nlp, read_examples())
    assert trained.weights.keys() == model.weights.keys()
    assert all(abs(trained.weights[f] - w) < 1e-3 for f, w in model.weights.items())


@pytest.mark.parametrize(("sentence", "word"), REPORTED)
def test_reported_incidents_score_high(nlp, model, sentence: str, word: str) -> None:
    assert model.report_probability(_span(nlp, sentence, word)) > 0.7


@pytest.mark.parametrize(("sentence", "word"), NOT_REPORTED)
def test_what_did_not_happen_as_one_incident_scores_low(
    nlp, model, sentence: str, word: str
) -> None:
    assert model.report_probability(_span(nlp, sentence, word)) < 0.4


def test_a_judge_drops_what_the_rules_let_by(nlp) -> None:
    """A war's toll the modality rules keep is dropped by a judge strict enough; a reported
    attack stays. The shipped threshold is lower: it only acts on a clear "no"."""
    lexicon = load_lexicon()
    # ("... over the years" is now dropped by the rules themselves, as a habit told for years)
    toll = nlp("More than 2,000 people have died in the conflict.")
    attack = nlp("Gunmen killed three traders at a market stall on Friday evening.")
    rules_only = EventTyper(replace(lexicon, judge=None))
    assert rules_only(toll), "the rules alone keep the toll: pick another sentence"
    strict = EventTyper(replace(lexicon, judge=ReportJudge(lexicon.judge.model, 0.4)))
    assert strict(toll) == []
    assert [t.sub_event_type for t in strict(attack)] == ["Attack"]


def test_features_name_grammar_not_words_for_the_report_model(model) -> None:
    assert not any(f.startswith(report_model._CONTENT) for f in model.weights)


# a headline line, then one sentence of the body in the present
PRESENT_NEWS = [
    "Gao\n\nMilitants behead four villagers near Gao, Mali.",
    "Nigeria\n\nTwo suicide bombers blow themselves up at a mosque in Maiduguri, Nigeria, "
    "killing nine worshippers.",
]
PRESENT_STATES = [
    "Northern road\n\nArmed groups attack traders on the roads around Kidal, Mali.",
    "Mali\n\nThe rebels are fighting the army around Kidal, Mali.",
    "Mali\n\nThe rebels control the roads around Kidal, Mali.",
]


@pytest.mark.parametrize("text", PRESENT_NEWS)
def test_news_told_in_the_present_is_an_event(analyzer, analyze, text: str) -> None:
    """The rules read the simple present as a state of affairs; the model reads these as news
    (without it, the events stage drops them)."""
    from sitrep.analyze.events import EventCoder

    analysis = analyze(text)
    assert len(analysis.events) == 1
    lexicons = analyzer.resources.lexicons
    taxonomy = lexicons.events.taxonomy
    gazetteer = analyzer.resources.gazetteer
    rules_only = EventCoder(lexicons.assembly, lexicons.actors, taxonomy, gazetteer, None)
    assert rules_only(analyzer.resources.nlp(text), analysis) == []


@pytest.mark.parametrize("text", PRESENT_STATES)
def test_a_state_told_in_the_present_is_no_event(analyze, text: str) -> None:
    assert analyze(text).events == []
