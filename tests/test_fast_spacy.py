"""The analyzer's faster attribute ruler and lemmatizer annotate exactly as spaCy's own do."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
import spacy
from spacy.attrs import (
    DEP,
    ENT_IOB,
    ENT_TYPE,
    HEAD,
    IS_SPACE,
    LEMMA,
    LOWER,
    MORPH,
    ORTH,
    POS,
    SENT_START,
    TAG,
)

from sitrep import ONE_BLAS_THREAD
from sitrep.analyze import Analyzer
from sitrep.analyze.fast_ner import FastNER
from sitrep.analyze.fast_spacy import FastAttributeRuler, FastLemmatizer
from sitrep.analyze.tokens import bound_tokenizer
from sitrep.ingest import EXAMPLES
from sitrep.resources import SPACY_MODEL

ATTRS = [ORTH, LOWER, TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE, SENT_START, IS_SPACE]
# what the ruler's rarer patterns are for: contractions, two-token rules, spaces, expletives
ODD_TEXT = (
    "I ain't gonna go, y'all. Let's do it! C'mon, we're goin' somethin' nothin'.  There were "
    "two of 'em 'll  \n\n gotta. It gets worse: I did, you had, it was. Which one? That one "
    "sha'n't wo n't ca n't 'nuff ol' boy. I'd have said so."
)


@pytest.fixture(scope="module")
def stock() -> spacy.language.Language:
    # behind the analyzer's own tokenizer, which sets where sentences must start (a headline,
    # an over-long run): the components are compared on the same tokens and bounds
    return bound_tokenizer(spacy.load(SPACY_MODEL))


def _texts() -> list[str]:
    return [ODD_TEXT, ""] + [p.read_text("utf-8") for p in sorted(EXAMPLES.glob("*.txt"))]


def _annotations(doc: spacy.tokens.Doc) -> tuple[np.ndarray, list[str], list[str]]:
    return doc.to_array(ATTRS), [t.lemma_ for t in doc], [str(t.morph) for t in doc]


def test_the_analyzer_uses_the_drop_ins(analyzer: Analyzer) -> None:
    assert isinstance(analyzer.nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert isinstance(analyzer.nlp.get_pipe("lemmatizer"), FastLemmatizer)
    assert analyzer.nlp.pipe_names == spacy.load(SPACY_MODEL).pipe_names


def test_the_models_use_numpys_products_on_one_blas_thread(analyzer: Analyzer) -> None:
    models = [p.model for _, p in analyzer.nlp.pipeline if getattr(p, "model", None)]
    blis = {getattr(node.ops, "use_blis", None) for m in models for node in m.walk()}
    # sitrep says OPENBLAS_NUM_THREADS=1 before numpy loads, unless numpy came first
    assert blis == ({False} if ONE_BLAS_THREAD else {True})
    assert os.environ["OPENBLAS_NUM_THREADS"] == "1" or not ONE_BLAS_THREAD


def test_every_token_attribute_equals_spacys(
    stock: spacy.language.Language, analyzer: Analyzer
) -> None:
    texts = _texts() * 2  # the second pass reads the lemmatizer's remembered lemmas
    ours = list(analyzer.nlp.pipe(texts))
    for theirs, mine in zip(stock.pipe(texts), ours, strict=True):
        a, b = _annotations(theirs), _annotations(mine)
        assert np.array_equal(a[0], b[0]), theirs.text[:60]
        assert a[1:] == b[1:], theirs.text[:60]


def test_the_ruler_finds_the_matchers_matches(
    stock: spacy.language.Language, analyzer: Analyzer
) -> None:
    ruler = stock.get_pipe("attribute_ruler")
    fast = analyzer.nlp.get_pipe("attribute_ruler")
    for text in _texts():
        with stock.select_pipes(enable=["tok2vec", "tagger", "parser"]):
            theirs = stock(text)
        with analyzer.nlp.select_pipes(enable=["tok2vec", "tagger", "parser"]):
            mine = analyzer.nlp(text)
        assert set(ruler.match(theirs)) == set(fast.match(mine))


def test_patterns_it_cannot_test_keep_spacys_matcher() -> None:
    patterns = [
        {"patterns": [[{"LOWER": "gunmen", "OP": "+"}]], "attrs": {"LEMMA": "gunman"}},
        {"patterns": [[{"ORTH": "Police"}]], "attrs": {"POS": "PROPN"}},
        {
            "patterns": [[{"LOWER": "opened"}, {"LOWER": "fire"}]],
            "attrs": {"LEMMA": "f"},
            "index": -1,
        },
        {"patterns": [[{"LOWER": {"REGEX": "^sh"}}]], "attrs": {"TAG": "VBD", "POS": "VERB"}},
        {"patterns": [[{"LOWER": "fire"}]], "attrs": {"LEMMA": "blaze"}},
    ]
    text = "Police said gunmen gunmen opened fire and shot two."
    docs = []
    for factory in ("attribute_ruler", "sitrep_attribute_ruler"):
        nlp = spacy.blank("en")
        nlp.add_pipe(factory).add_patterns(patterns)
        docs.append(nlp(text))
    assert isinstance(nlp.get_pipe("sitrep_attribute_ruler"), FastAttributeRuler)
    assert [t.lemma_ for t in docs[0]] == [t.lemma_ for t in docs[1]]
    assert [(t.pos_, t.tag_) for t in docs[0]] == [(t.pos_, t.tag_) for t in docs[1]]
    assert docs[1][5].lemma_ == "blaze" and docs[1][2].lemma_ == "gunman"


def test_the_pipeline_pickles_for_a_worker(analyzer: Analyzer) -> None:
    import pickle

    copy = pickle.loads(pickle.dumps(analyzer.nlp))
    assert isinstance(copy.get_pipe("attribute_ruler"), FastAttributeRuler)
    theirs, mine = analyzer.nlp(ODD_TEXT), copy(ODD_TEXT)
    assert np.array_equal(_annotations(theirs)[0], _annotations(mine)[0])
    assert _annotations(theirs)[1:] == _annotations(mine)[1:]


# Where the recogniser's rules bite: an entity at the very end, one across a sentence start,
# runs of whitespace, one-token and one-word Docs, a long list of names in one sentence.
NER_TEXTS = [
    "Fighting broke out in Goma on Monday between M23 and the Congolese army",
    "They met Ali Musa.  \n\n  Musa Ali left for Nairobi.\tThe UN said so",
    "Kharkiv",
    "   ",
    "Troops from Chad, Niger, Mali, Burkina Faso and Nigeria reached Maiduguri, Bama, Gwoza "
    "and Damboa late on 3 March 2024, the African Union's mission said in Addis Ababa.",
    "Smith\nJones",
]


def _entities(doc: spacy.tokens.Doc) -> np.ndarray:
    return doc.to_array([ENT_IOB, ENT_TYPE])


def test_the_recogniser_decodes_to_spacys_entities(
    stock: spacy.language.Language, analyzer: Analyzer, shared: Path
) -> None:
    assert isinstance(analyzer.nlp.get_pipe("ner"), FastNER)
    folder = shared / "benchmarks" / "events-dev" / "articles"
    texts = NER_TEXTS + _texts() + [p.read_text("utf-8") for p in sorted(folder.glob("*.txt"))]
    ours = list(analyzer.nlp.pipe(texts))  # batches of several Docs, as the analyzer runs
    found = 0
    for theirs, mine in zip(stock.pipe(texts), ours, strict=True):
        assert np.array_equal(_entities(theirs), _entities(mine)), theirs.text[:60]
        found += len(mine.ents)
    assert found > 500  # the texts hold entities of every kind to decode


def test_a_doc_with_entities_already_set_goes_to_spacys_recogniser(analyzer: Analyzer) -> None:
    nlp = analyzer.nlp
    with nlp.select_pipes(disable=["ner"]):
        doc = nlp("Gunmen attacked Mopti and Segou on Friday.")
    doc.ents = [spacy.tokens.Span(doc, 2, 3, "FAC")]  # a preset the decoder does not read
    nlp.get_pipe("ner")(doc)
    assert (doc.ents[0].text, doc.ents[0].label_) == ("Mopti", "FAC")
    assert "Segou" in [e.text for e in doc.ents]


def test_the_recogniser_keeps_spacys_labels_and_settings(
    stock: spacy.language.Language, analyzer: Analyzer
) -> None:
    ours, theirs = analyzer.nlp.get_pipe("ner"), stock.get_pipe("ner")
    assert ours.labels == theirs.labels and "GPE" in ours.labels
    assert ours.cfg == theirs.cfg


def test_the_ruler_annotates_alike_from_many_threads_at_once(
    stock: spacy.language.Language,
) -> None:
    """Threads that bring new token rows at the same moment (a web server, the watcher)
    must neither lose rows nor crash later Docs; each gets spaCy's own annotation."""
    import sys
    from concurrent.futures import ThreadPoolExecutor

    ruler = FastAttributeRuler(stock.vocab, "attribute_ruler")  # fresh: every row is new
    ruler.add_patterns(stock.get_pipe("attribute_ruler").patterns)
    texts = [
        f"Villagers in Zorvak{i} and Qelmar{i} said gunmen burned {i} huts near Tavrin{i}."
        for i in range(240)
    ]
    with stock.select_pipes(enable=["tok2vec", "tagger"]):
        tagged = list(stock.pipe(texts))
    copies = [spacy.tokens.Doc(stock.vocab).from_bytes(d.to_bytes()) for d in tagged]
    spacys = stock.get_pipe("attribute_ruler")
    expected = [spacys(d).to_array([TAG, POS, MORPH]) for d in tagged]
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # switch threads as often as possible
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            ruled = list(pool.map(ruler, copies))
    finally:
        sys.setswitchinterval(before)
    for doc, want in zip(ruled, expected, strict=True):
        assert np.array_equal(doc.to_array([TAG, POS, MORPH]), want), doc.text
    assert len(ruler._table[0]) == len(ruler._outcome_of)
