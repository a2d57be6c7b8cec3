"""Tokenizing hostile text in linear time: long runs without whitespace are cut into pieces,
and run-on "sentences" of hundreds of tokens are ended.

spaCy's tokenizer peels prefixes and suffixes off each whitespace-separated chunk, and every
suffix search reads the whole rest of the chunk: a chunk of n punctuation marks (100,000
quotation marks, a line of '=' signs, a base64 blob) costs n², minutes for one article. No word
or link of prose is anywhere near ``MAX_RUN`` characters, so a longer run is tokenized in
pieces of at most ``MAX_RUN`` characters and the pieces' Docs are joined with
``Doc.from_docs``: the text and every character offset stay exactly as they were, and ordinary
text is tokenized by spaCy's own tokenizer, untouched.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from itertools import pairwise
from typing import Any, TypeVar

import numpy as np
from spacy.attrs import ORTH
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

#: characters of one run without whitespace that the tokenizer is given at once
MAX_RUN = 100
#: tokens after which a sentence is ended if no full stop, mark or line break has ended it
MAX_SENTENCE_TOKENS = 200
_SENTENCE_ENDS = frozenset(".!?;\n") | {"...", "…"}

T = TypeVar("T")

_RUN = re.compile(r"\S+")  # greedy and possessive in effect: one pass over the text
#: what the stages keep in ``Doc.user_data`` while they read a Doc (``forget_readings`` clears it)
_READINGS_PREFIX = "sitrep."
_TEXT_KEY = _READINGS_PREFIX + "text"


class BoundedTokenizer:
    """spaCy's tokenizer behind a cut of over-long whitespace-free runs (see the module)."""

    def __init__(self, inner: Any, max_run: int = MAX_RUN) -> None:
        self.inner, self.max_run = inner, max_run

    def __call__(self, text: str) -> Doc:
        cuts = long_run_cuts(text, self.max_run)
        if not cuts:
            doc = self.inner(text)
        else:
            bounds = [0, *cuts, len(text)]
            docs = [self.inner(text[a:b]) for a, b in pairwise(bounds)]
            doc = Doc.from_docs(docs, ensure_whitespace=False)
        doc.user_data[_TEXT_KEY] = text  # the Doc's text, exactly (spaCy's tokenizer loses none)
        return cap_sentences(end_headline(doc))

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:  # rules, vocab, to_disk...: spaCy's own
        if name.startswith("__") or name in ("inner", "max_run"):  # unset while unpickling
            raise AttributeError(name)
        return getattr(self.inner, name)


def end_headline(doc: Doc) -> Doc:
    """Start a sentence after the first blank line when the line before it ends with no mark:
    a headline. The parser keeps a start set before it; without this, "Gunmen kill seven in
    raid on Bunia" and the body's first sentence were parsed as one, the town hung on a word
    of the body. (Later blank lines are left to the parser: a subheading there is read with
    the paragraph it heads.)"""
    for i, token in enumerate(doc):
        if not (token.is_space and "\n\n" in token.text):
            continue
        before = doc[i - 1] if i > 0 else None
        if before is not None and before.text not in _SENTENCE_ENDS and i + 1 < len(doc):
            doc[i + 1].is_sent_start = True
        break
    return doc


def cap_sentences(doc: Doc, limit: int = MAX_SENTENCE_TOKENS) -> Doc:
    """Start a sentence after ``limit`` tokens with no sentence end among them. The parser
    keeps a sentence start set before it, and the stages read a sentence's tokens per trigger
    or quote: 5,000 "killed" in one run-on "sentence" made that quadratic. Prose never comes
    near the limit, so its sentences are the parser's own."""
    if len(doc) <= limit:
        return doc
    ends = _sentence_ends(doc)
    # the tokens after each end (and from the start) up to the next: a run longer than the
    # limit is the only place the loop below has anything to do
    if np.diff(np.concatenate(([-1], ends, [len(doc)]))).max() <= limit:
        return doc
    is_end = np.zeros(len(doc), dtype=bool)
    is_end[ends] = True
    since = 0
    for i in range(len(doc)):
        if since >= limit:
            doc[i].is_sent_start = True
            since = 0
        since = 0 if is_end[i] else since + 1
    return doc


def _sentence_ends(doc: Doc) -> np.ndarray:
    """Indices of the tokens that end a sentence for ``cap_sentences``: a mark or a line break."""
    orths = doc.to_array(ORTH)
    unique, inverse = np.unique(orths, return_inverse=True)
    strings = doc.vocab.strings
    ends = np.array([_ends_sentence(strings[int(o)]) for o in unique], dtype=bool)
    return np.flatnonzero(ends[inverse])


def _ends_sentence(text: str) -> bool:
    return text in _SENTENCE_ENDS or "\n" in text


def reading(doc: Doc, name: str, make: Callable[[], T]) -> T:
    """What a stage reads of ``doc`` once per article: ``make()`` the first time, then kept in
    ``doc.user_data`` until ``forget_readings``."""
    key = _READINGS_PREFIX + name
    value = doc.user_data.get(key)
    if value is None:
        value = doc.user_data[key] = make()
    return value


def tokens_of(doc: Doc) -> list[Token]:
    """The Doc's tokens as one list, made once per Doc: ``doc[i]``, a loop over the Doc or
    over one of its spans makes a new Token object for every token, every time."""
    return reading(doc, "tokens", lambda: list(doc))


def subtree_of(token: Token) -> list[Token]:
    """``list(token.subtree)``, made once per token of a Doc: the tests of a trigger's clause ask
    for the same verb's subtree again and again. The list is shared: copy it to change it."""
    found: dict[int, list[Token]] = reading(token.doc, "subtrees", dict)
    if token.i not in found:
        tokens = tokens_of(token.doc)
        found[token.i] = [tokens[t.i] for t in token.subtree]
    return found[token.i]


def span_tokens(span: Span) -> list[Token]:
    """The span's tokens, from the Doc's one list (``tokens_of``)."""
    return tokens_of(span.doc)[span.start : span.end]


def span_text(span: Span) -> str:
    """``span.text``, cut from the Doc's text rather than joined token by token."""
    return doc_text(span.doc)[span.start_char : span.end_char] if len(span) else ""


def forget_readings(doc: Doc) -> None:
    """Drop what the stages kept of the Doc (its token list refers back to the Doc: without
    this, each Doc would wait for the cycle collector)."""
    for key in [k for k in doc.user_data if isinstance(k, str) and k.startswith(_READINGS_PREFIX)]:
        del doc.user_data[key]


def doc_text(doc: Doc) -> str:
    """The Doc's text. ``doc.text`` joins it anew, token by token, on every access; the
    tokenizer keeps it, and a Doc made elsewhere gets it joined once."""
    return reading(doc, "text", lambda: doc.text)


def long_run_cuts(text: str, max_run: int = MAX_RUN) -> list[int]:
    """Offsets that cut every run of non-space characters longer than ``max_run``."""
    cuts: list[int] = []
    for match in _RUN.finditer(text):
        start, end = match.span()
        if end - start > max_run:
            cuts.extend(range(start + max_run, end, max_run))
    return cuts


def bound_tokenizer(nlp: Language, max_run: int = MAX_RUN) -> Language:
    """Put the bounded tokenizer in front of ``nlp``'s own (once; returns ``nlp``)."""
    if not isinstance(nlp.tokenizer, BoundedTokenizer):
        nlp.tokenizer = BoundedTokenizer(nlp.tokenizer, max_run)
    return nlp
