"""Quotes: direct quotes with their speakers, embedded posts, indirect "X said (that) ..."
clauses, and the sources of each sentence."""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Token

from sitrep.analyze.sources.claims import Claim, Claims
from sitrep.analyze.sources.scan import QUOTE_MARKS, WORD, QuoteSpan, post_text_span
from sitrep.analyze.sources.speakers import RELATIVE
from sitrep.analyze.sources.view import ArticleView
from sitrep.model import Attribution, Quote

MAX_CLAUSE_TOKENS = 120


class Quotes:
    """Quotes and attributions of one article, from its claims."""

    def __init__(self, view: ArticleView, claims: Claims) -> None:
        self.view, self.claims = view, claims

    def direct(self) -> list[tuple[Quote, int]]:
        """Direct quotes with a speaker, and the paragraph of each."""
        found: list[tuple[Quote, int]] = []
        carried: str | None = None  # speaker of a quote that runs on into this paragraph
        # A paragraph that is only a quote goes on with the voice that closed the paragraph
        # before it ('"...," a student told AFP.' then '"We want justice."').
        last_quoted: tuple[int, str] | None = None
        # who spoke last in each paragraph: '"...," he said. "..."' goes on with the same voice
        last_in_paragraph: dict[int, str] = {}
        waiting: list[QuoteSpan] = []  # run-on paragraphs of a quote whose speaker comes later
        paired: list[QuoteSpan] = []  # quotes joined to the next one by "and" or a comma
        for span in self.view.quote_spans:
            claim = self._governing_claim(span) or self._nearby_claim(span)
            speaker = claim.speaker() if claim is not None else None
            sayer = " and ".join(s.name for s in claim.poster) if claim and claim.poster else None
            if speaker is None and carried is not None and span.open == self._para_start(span):
                speaker = carried
            if speaker is None:
                speaker = last_in_paragraph.get(span.paragraph) or self._last_claim_before(span)
            if speaker is None and self._quote_paragraph_after(span, last_quoted):
                speaker = last_quoted[1] if last_quoted else None
            if speaker is None:
                speaker = self._introduced_above(span)
            if speaker is None:
                speaker = self._announced_by_colon(span) or self._standing_alone(span)
            carried = speaker if span.runs_on else None
            if speaker is None:
                # a quote that runs on into the next paragraph may be attributed only there;
                # '"A!" and "B!" chanted the crowd': the first shares the second's speaker
                waiting = waiting if span.runs_on and waiting else []
                if span.runs_on:
                    waiting.append(span)
                chained = paired and self._coordinated(paired[-1], span)
                paired = [] if span.runs_on else [*paired, span] if chained else [span]
                continue
            if waiting and span.open == self._para_start(span):
                found += self._quoted_before(waiting, span, speaker)
            if paired and self._coordinated(paired[-1], span):
                found += [q for earlier in paired for q in self._quoted(earlier, speaker)]
            waiting, paired = [], []
            last_in_paragraph[span.paragraph] = sayer or speaker
            last_quoted = (span.paragraph, sayer or speaker)
            found += self._quoted(span, speaker)
        return found

    def _quoted_before(
        self, waiting: list[QuoteSpan], span: QuoteSpan, speaker: str
    ) -> list[tuple[Quote, int]]:
        """The paragraphs of a run-on quote, given the speaker its closing paragraph names."""
        if waiting[-1].paragraph != span.paragraph - 1:
            return []
        return [q for earlier in waiting for q in self._quoted(earlier, speaker)]

    def _quoted(self, span: QuoteSpan, speaker: str) -> list[tuple[Quote, int]]:
        start, end = self._content(span)
        if len(WORD.findall(self.view.text[start:end])) < 2:
            return []
        return [(Quote(speaker or None, self.view.text[start:end], start, end), span.paragraph)]

    def _quote_paragraph_after(self, span: QuoteSpan, last: tuple[int, str] | None) -> bool:
        """Whether the quote opens a paragraph with no claim of its own, right after a
        paragraph whose quote had a speaker."""
        if last is None or last[0] != span.paragraph - 1:
            return False
        return span.open == self._para_start(span) and not self.claims.in_paragraph.get(
            span.paragraph
        )

    def _coordinated(self, first: QuoteSpan, second: QuoteSpan) -> bool:
        """Two quotes of one paragraph joined by "and", "or" or a comma alone."""
        if first.paragraph != second.paragraph:
            return False
        between = self.view.text[first.close + 1 : second.open].strip(" ,")
        return between in ("", "and", "or")

    def _introduced_above(self, span: QuoteSpan) -> str | None:
        """A quote that opens its paragraph after one ending "..., the minister said:" is
        what that paragraph announced."""
        if span.paragraph == 0 or span.open != self._para_start(span):
            return None
        start, end = self.view.paragraphs[span.paragraph - 1]
        if not self.view.text[start:end].rstrip().endswith(":"):
            return None
        claims = self.claims.in_paragraph.get(span.paragraph - 1, [])
        return claims[-1].speaker() or None if claims else None

    def _announced_by_colon(self, span: QuoteSpan) -> str | None:
        """'Another survivor, Halima Yusuf, was more direct: "..."': a quote right after a
        colon belongs to the subject of the clause the colon ends, whatever its verb."""
        view = self.view
        before = view.text[: span.open].rstrip()
        if not before.endswith(":") or view.paragraph_of(len(before) - 1) != span.paragraph:
            return None
        colon = view.token_range(len(before) - 1, len(before))
        if not colon:
            return None
        verb = view.doc[colon[0]].head
        if view.in_quote[verb.i] and colon[0] > 0:
            # the parser hung the clause from the quote: its highest word outside the quote
            verb = view.doc[colon[0] - 1]
            while verb.head is not verb and not view.in_quote[verb.head.i]:
                verb = verb.head
        subjects = [c for c in verb.children if c.dep_ == "nsubj" and not view.in_quote[c.i]]
        if view.in_quote[verb.i] or not subjects:
            return None
        names = [s.name for s in self.claims.speakers.resolve(subjects[0]) if s.name]
        return " and ".join(names) or None

    def _standing_alone(self, span: QuoteSpan) -> str | None:
        """A quote that is a sentence of its own, with no reporting verb, after sentences whose
        one subject person it then speaks for ('Amina Musa stood in the ashes of her house.
        "We have nothing left."')."""
        view = self.view
        tokens = view.token_range(span.open, span.close + 1)
        if not tokens:
            return None
        before = view.text[view.paragraphs[span.paragraph][0] : span.open].rstrip()
        after = view.text[span.close + 1 : view.paragraphs[span.paragraph][1]].lstrip()
        opens_sentence = not before or before[-1] in ".!?”\"'’"
        if not opens_sentence or (after and not after[0].isupper()):
            return None
        sentences = range(view.sent_of[tokens[0]], view.sent_of[tokens[-1]] + 1)
        claims = self.claims.in_paragraph.get(span.paragraph, [])
        if any(view.sent_of[c.anchor.i] in sentences for c in claims):
            return None
        found = self.claims.speakers.person_introduced_before(view.doc[tokens[0]])
        return found.name if found is not None else None

    def _para_start(self, span: QuoteSpan) -> int:
        start, end = self.view.paragraphs[span.paragraph]
        while start < end and self.view.text[start].isspace():
            start += 1
        return start

    def _content(self, span: QuoteSpan) -> tuple[int, int]:
        start, end = span.open + 1, span.close
        while start < end and self.view.text[start].isspace():
            start += 1
        while end > start and (self.view.text[end - 1].isspace() or self.view.text[end - 1] == ","):
            end -= 1
        return start, end

    def _usable(self, claim: Claim, span: QuoteSpan) -> bool:
        """A quote that is itself the subject ("'White Army' claims ...") has no speaker."""
        left, right = claim.subject_span
        para_start, para_end = self.view.paragraphs[span.paragraph]
        in_paragraph = para_start <= claim.anchor.idx < para_end
        return in_paragraph and not (left <= span.open < right) and bool(claim.origin)

    def _governing_claim(self, span: QuoteSpan) -> Claim | None:
        """The reporting verb the quote hangs from in the parse, nearest first."""
        best: Claim | None = None
        for i in self.view.token_range(span.open, span.close + 1):
            head = self.view.doc[i].head
            if self.view.in_quote[head.i]:
                continue  # only where the quote's words attach outside it
            claim = self._claim_above(head, span)
            if claim is not None and (
                best is None or _distance(claim, span) < _distance(best, span)
            ):
                best = claim
        return best

    def _claim_above(self, token: Token, span: QuoteSpan) -> Claim | None:
        for _ in range(10):
            if self.view.in_quote[token.i]:
                return None
            claim = self.claims.at.get(token.i)
            if claim is not None and self._usable(claim, span):
                return claim
            if token.head is token:
                return None
            token = token.head
        return None

    def _nearby_claim(self, span: QuoteSpan) -> Claim | None:
        tokens = self.view.token_range(span.open, span.close + 1)
        if not tokens:
            return None
        first_sent, last_sent = self.view.sent_of[tokens[0]], self.view.sent_of[tokens[-1]]
        if last_sent + 1 < len(self.view.sents):
            following = self.view.sents[last_sent + 1]
            if following.start_char - span.close <= 3:
                last_sent += 1
        candidates = [
            c
            for c in self.claims.in_paragraph.get(span.paragraph, [])
            if first_sent <= self.view.sent_of[c.anchor.i] <= last_sent and self._usable(c, span)
        ]
        return min(candidates, key=lambda c: _distance(c, span)) if candidates else None

    def _last_claim_before(self, span: QuoteSpan) -> str | None:
        in_paragraph = self.claims.in_paragraph.get(span.paragraph, [])
        before = [c for c in in_paragraph if c.anchor.idx < span.open]
        if not before:
            return None
        return " and ".join(s.name for s in before[-1].poster or before[-1].origin)

    def embedded(self) -> list[Quote]:
        found = []
        for embed in self.view.embeds:
            start, end = post_text_span(self.view.text, embed, self.view.lex)
            if WORD.search(self.view.text, start, end):
                speaker = f"{embed.name} ({embed.handle})"
                found.append(Quote(speaker, self.view.text[start:end], start, end))
        return found

    def indirect(self) -> list[Quote]:
        """ "X said (that) ...": the clause, attributed to X, when it holds no quotation."""
        found = []
        for claim in self.claims.found:
            clause = claim.clause
            if clause is None or not claim.speaker() or len(clause) > MAX_CLAUSE_TOKENS:
                continue  # a "clause" longer than that is the parser running sentences together
            clause_range = range(clause.start, clause.end)
            if claim.anchor.lemma_.lower() not in self.view.lex.speech:
                continue
            if any(self.view.in_quote[i] for i in clause_range) or any(
                mark in QUOTE_MARKS for mark in self.view.text[claim.anchor.idx : clause.end_char]
            ):
                continue  # quoted words are direct quotes; a stray mark makes nothing certain
            para_start, para_end = self.view.paragraphs[self.view.paragraph_of(claim.anchor.idx)]
            start = clause.start + (1 if clause[0].dep_ == "mark" else 0)
            end = clause.end
            doc = self.view.doc
            while start < end and (
                doc[start].idx < para_start
                or doc[start].is_space
                or doc[start].is_punct
                or self.view.excluded(doc[start].idx)
            ):
                start += 1  # not the dateline, not the headline before a paragraph break
            while end > start and doc[end - 1].idx >= para_end:
                end -= 1
            while end > start and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
                end -= 1
            if end - start < 3 or doc[start].lower_ in RELATIVE:
                continue  # "who he said had a hideout": a relative clause, not a statement
            first, last = self.view.doc[start], self.view.doc[end - 1]
            text = self.view.text[first.idx : last.idx + len(last)]
            found.append(Quote(claim.speaker(), text, first.idx, last.idx + len(last)))
        return found

    def attributions(self, quotes: list[Quote]) -> list[Attribution]:
        per_sentence: list[list[str]] = [[] for _ in self.view.sents]
        for claim in self.claims.found:
            if claim.anchor.lemma_.lower() not in self.view.lex.quote_only:
                _extend(per_sentence[self.view.sent_of[claim.anchor.i]], claim.chain())
        for quote in quotes:
            for number in self.view.sentences_inside(quote.start, quote.end):
                if quote.speaker:
                    _extend(per_sentence[number], [quote.speaker.split(" (@")[0]])
        for embed in self.view.embeds:
            for number in self.view.sentences_inside(embed.start, embed.end):
                _extend(per_sentence[number], [embed.name])
        return [
            Attribution(sent.start_char, sent.end_char, sources)
            for sent, sources in zip(self.view.sents, per_sentence, strict=True)
        ]


def _distance(claim: Claim, span: QuoteSpan) -> int:
    at = claim.anchor.idx
    return span.open - at if at < span.open else max(0, at - span.close)


def _extend(sources: list[str], more: Iterable[str]) -> None:
    for name in more:
        if name and name not in sources:
            sources.append(name)


def is_direct(text: str, quote: Quote) -> bool:
    """Whether a quote stands inside quotation marks (or is the text of an embedded post),
    as opposed to an indirect "X said that ..." clause."""
    if quote.speaker and "(@" in quote.speaker:
        name = re.escape(quote.speaker.split(" (@")[0])
        if re.search(rf"[—–-]+\s*{name}", text[quote.end : quote.end + 240]):
            return True  # the text of an embedded post, signed just after it
    before = text[: quote.start].rstrip()
    return bool(before) and before[-1] in QUOTE_MARKS
