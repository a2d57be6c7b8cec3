"""The read-only view of one article that every part of the sources stage reads: its text and
parse, paragraphs, embedded posts, credits and datelines, quotation marks and sentences."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from spacy.tokens import Doc, Span

from sitrep.analyze.sources.lexicon import Lexicon
from sitrep.analyze.sources.scan import (
    PARAGRAPH_BREAK,
    find_embeds,
    scan_quotes,
)
from sitrep.analyze.tokens import doc_text, tokens_of
from sitrep.model import Layout


class ArticleView:
    """One document, scanned once; the parts that find speakers, claims, quotes and media read
    it and never change it."""

    def __init__(self, doc: Doc, lex: Lexicon, layout: Layout) -> None:
        self.doc, self.text, self.lex = doc, doc_text(doc), lex
        self.paragraphs = layout.paragraphs
        self.paragraph_starts = [a for a, _ in self.paragraphs]
        self.embeds = find_embeds(self.text, self.paragraphs, lex)
        self.photo_credits = layout.credits
        self.credits = self.photo_credits + layout.wire_datelines
        self.quote_spans = [
            q for q in scan_quotes(self.text, self.paragraphs) if not self.in_embed(q.open)
        ]
        self.in_quote = bytearray(len(doc))
        for q in self.quote_spans:
            for i in self.token_range(q.open, q.close + 1):
                self.in_quote[i] = 1
        self.sents = list(_units(doc))
        self.sent_of = [0] * len(doc)
        for number, sent in enumerate(self.sents):
            for i in range(sent.start, sent.end):
                self.sent_of[i] = number

    def token_range(self, start: int, end: int) -> range:
        span = self.doc.char_span(start, end, alignment_mode="expand") if end > start else None
        return range(span.start, span.end) if span is not None else range(0)

    def in_embed(self, offset: int) -> bool:
        return any(e.start <= offset < e.end for e in self.embeds)

    def excluded(self, offset: int) -> bool:
        """Photo credits and datelines name no source of the story."""
        return any(a <= offset < b for a, b in self.credits)

    def paragraph_of(self, offset: int) -> int:
        """The paragraph holding ``offset`` (a break belongs to the paragraph before it)."""
        return max(0, bisect_right(self.paragraph_starts, offset) - 1)

    def sentence_at(self, offset: int) -> int:
        tokens = self.token_range(offset, offset + 1)
        return self.sent_of[tokens[0]] if tokens else -1

    def sentences_inside(self, start: int, end: int) -> Iterator[int]:
        """Sentences lying mostly inside ``[start, end)``."""
        tokens = self.token_range(start, end)
        if not tokens:
            return
        for number in range(self.sent_of[tokens[0]], self.sent_of[tokens[-1]] + 1):
            sent = self.sents[number]
            inside = min(end, sent.end_char) - max(start, sent.start_char)
            if inside * 2 >= sent.end_char - sent.start_char:
                yield number


def _units(doc: Doc) -> Iterator[Span]:
    """Sentences, cut where the parser ran one over a paragraph break (a headline, a credit)."""
    tokens = tokens_of(doc)
    for sent in doc.sents:
        start = sent.start
        for i in range(sent.start, sent.end):
            token = tokens[i]
            if token.is_space and PARAGRAPH_BREAK.search(token.text):
                if i > start:
                    yield doc[start:i]
                start = i + 1
        if start < sent.end:
            yield doc[start : sent.end]
