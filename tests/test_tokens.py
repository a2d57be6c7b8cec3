"""What the stages read of a Doc once (its text, its tokens, a token's subtree) equals what spaCy
gives anew on each access, and run-on sentences are ended where the loop over tokens ended them."""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.analyze import Analyzer
from sitrep.analyze.tokens import (
    MAX_SENTENCE_TOKENS,
    cap_sentences,
    doc_text,
    forget_readings,
    span_text,
    span_tokens,
    subtree_of,
    tokens_of,
)

TEXT = (
    "Militiamen set fire to three houses in a village near the river late on Tuesday, a local "
    "councillor said.\n\nTwo farmers who tried to stop them were beaten, and one of them died "
    "in hospital. The governor's office said troops had been sent."
)


def test_the_text_and_tokens_read_once_equal_spacys(analyzer: Analyzer) -> None:
    doc = analyzer.nlp(TEXT)
    assert doc_text(doc) == doc.text == TEXT
    tokens = tokens_of(doc)
    assert tokens is tokens_of(doc)  # made once
    assert [(t.i, t.text, t.dep_, t.head.i) for t in tokens] == [
        (t.i, t.text, t.dep_, t.head.i) for t in doc
    ]
    for sent in doc.sents:
        assert span_text(sent) == sent.text
        assert [t.i for t in span_tokens(sent)] == [t.i for t in sent]
    for token in doc:
        assert [t.i for t in subtree_of(token)] == [t.i for t in token.subtree]
    assert span_text(doc[3:3]) == doc[3:3].text == ""


def test_forgetting_drops_the_readings_and_they_come_back_the_same(analyzer: Analyzer) -> None:
    doc = analyzer.nlp(TEXT)
    before = [t.text for t in tokens_of(doc)], doc_text(doc)
    doc.user_data["someone else's"] = 1
    forget_readings(doc)
    assert not any(str(k).startswith("sitrep.") for k in doc.user_data)
    assert doc.user_data["someone else's"] == 1  # only sitrep's own readings go
    assert ([t.text for t in tokens_of(doc)], doc_text(doc)) == before


def test_a_doc_made_elsewhere_gets_its_text_joined(analyzer: Analyzer) -> None:
    doc = Doc(analyzer.nlp.vocab, words=["Shells", "hit", "the", "port"])
    assert doc_text(doc) == "Shells hit the port "


def _capped_by_the_loop(doc: Doc, limit: int) -> list[int]:
    """The sentence starts the first version set, one token at a time."""
    starts, since = [], 0
    for token in doc:
        if since >= limit:
            starts.append(token.i)
            since = 0
        since = 0 if token.text in {".", "!", "?", ";"} or "\n" in token.text else since + 1
    return starts


def test_run_on_sentences_end_where_the_token_loop_ended_them(analyzer: Analyzer) -> None:
    tokenizer = analyzer.nlp.tokenizer
    texts = [
        "word " * 450,  # one run of 450 words: ended twice
        ("word " * 150 + ". ") * 3,  # each run under the limit: untouched
        "word " * 199 + "\n" + "word " * 201,  # a line break ends one run; the second is long
        "; ".join(["word " * 120] * 4),
        "x " * MAX_SENTENCE_TOKENS,  # exactly the limit
    ]
    for text in texts:
        expected = _capped_by_the_loop(tokenizer.inner(text), MAX_SENTENCE_TOKENS)
        doc = cap_sentences(tokenizer.inner(text))
        set_starts = [t.i for t in doc if t.is_sent_start and t.i > 0]
        assert set_starts == expected, text[:40]
    assert _capped_by_the_loop(tokenizer.inner(texts[0]), MAX_SENTENCE_TOKENS) == [200, 400]
