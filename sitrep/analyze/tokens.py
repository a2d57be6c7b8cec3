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
from collections.abc import Iterable, Iterator
from itertools import pairwise
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

#: characters of one run without whitespace that the tokenizer is given at once
MAX_RUN = 100
#: tokens after which a sentence is ended if no full stop, mark or line break has ended it
MAX_SENTENCE_TOKENS = 200
_SENTENCE_ENDS = frozenset(".!?;\n") | {"...", "…"}

_RUN = re.compile(r"\S+")  # greedy and possessive in effect: one pass over the text


class BoundedTokenizer:
    """spaCy's tokenizer behind a cut of over-long whitespace-free runs (see the module)."""

    def __init__(self, inner: Any, max_run: int = MAX_RUN) -> None:
        self.inner, self.max_run = inner, max_run

    def __call__(self, text: str) -> Doc:
        cuts = long_run_cuts(text, self.max_run)
        if not cuts:
            return cap_sentences(self.inner(text))
        bounds = [0, *cuts, len(text)]
        docs = [self.inner(text[a:b]) for a, b in pairwise(bounds)]
        return cap_sentences(Doc.from_docs(docs, ensure_whitespace=False))

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str) -> Any:  # rules, vocab, to_disk...: spaCy's own
        if name.startswith("__") or name in ("inner", "max_run"):  # unset while unpickling
            raise AttributeError(name)
        return getattr(self.inner, name)


def cap_sentences(doc: Doc, limit: int = MAX_SENTENCE_TOKENS) -> Doc:
    """Start a sentence after ``limit`` tokens with no sentence end among them. The parser
    keeps a sentence start set before it, and the stages read a sentence's tokens per trigger
    or quote: 5,000 "killed" in one run-on "sentence" made that quadratic. Prose never comes
    near the limit, so its sentences are the parser's own."""
    since = 0
    for token in doc:
        if since >= limit:
            token.is_sent_start = True
            since = 0
        since = 0 if token.text in _SENTENCE_ENDS or "\n" in token.text else since + 1
    return doc


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
