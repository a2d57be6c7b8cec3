"""When an incident was: the date of a sentence that hangs nearest its trigger."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from sitrep.analyze.events.drafts import (
    _DEFAULT_DAYS,
    _span_root,
    _tree_distance,
    _tree_path,
)
from sitrep.model import DateMention

if TYPE_CHECKING:
    from sitrep.analyze.events.article import ArticleView


class Timing:
    """The dates of one article as the dates of its incidents."""

    def __init__(self, view: ArticleView) -> None:
        self.view = view

    def event_dates(
        self, sentence: Span, trigger: Token, others: Iterable[Token] = ()
    ) -> tuple[date, date, int, bool]:
        """(start, end, time precision, stated) for a trigger's incident; a date that hangs
        from another incident word of the sentence ("arrested for the killing in October")
        is that incident's."""
        other_ids = {t.i for t in others}
        reference = self.view.published
        best: tuple[int, DateMention] | None = None
        for mention in self.view.date_index.starting_in(sentence.start_char, sentence.end_char):
            try:
                start = date.fromisoformat(mention.value_start)
                end = date.fromisoformat(mention.value_end)
            except ValueError:
                continue
            if start > self.view.published or self.view.layout.in_dateline(mention.start):
                continue  # "Islamabad, Mar 12 (PTI)": the day it was filed, not the incident's
            token = _span_root(self.view.doc, mention.start, mention.end)
            if token is None:
                continue
            date_side, _, common = _tree_path(token, trigger)
            if any(_opens_since(t) for t in date_side[1:]):
                continue  # "the deadliest attack since the army seized power in July"
            if any(_told_before(t, trigger) for t in date_side[1:]):
                continue  # "killed two farmers in a village that had been raided last year"
            # only an incident told inside this one's phrase ("arrested for the killing in
            # October"); "Saturday's marches took a turn when ..." dates the whole sentence
            if common.i == trigger.i and any(
                t.i in other_ids and not self._during(t) for t in date_side[1:]
            ):
                continue
            # "clashes were reported on 5 November in X": the incident is what was reported,
            # and the day is its own
            told_of = trigger.dep_ == "nsubjpass" and trigger.head.i == common.i
            # "seized the town, on Tuesday, local officials said": a day between the report
            # and its attribution is the report's incident's
            told_of = told_of or _between_report_and_teller(token, common)
            reporting = self.view.lex.reporting
            by_report = any(t.lemma_ in reporting and t.pos_ == "VERB" for t in date_side[1:]) or (
                common.lemma_ in reporting and common.i != trigger.i and not told_of
            )
            if by_report:
                reference = min(reference, end)
                continue
            distance = _tree_distance(token, trigger)
            if best is None or distance < best[0]:
                best = (distance, mention)
        if best is None:
            return reference - timedelta(days=_DEFAULT_DAYS), reference, 2, False
        mention = best[1]
        start = date.fromisoformat(mention.value_start)
        end = min(date.fromisoformat(mention.value_end), self.view.published)
        precision = {"day": 1, "week": 2}.get(mention.granularity, 3)
        return start, end, precision, True

    def _during(self, token: Token) -> bool:
        """Whether an incident word is told as the time of another ("during a raid")."""
        return token.dep_ == "pobj" and token.head.lower_ in self.view.lex.during


def _opens_since(token: Token) -> bool:
    """Whether the token heads a clause opened by "since" ("since the army seized power in
    July"): the day in it starts a period, it dates no incident of the sentence."""
    return any(child.dep_ == "mark" and child.lower_ == "since" for child in token.children)


def _told_before(token: Token, trigger: Token) -> bool:
    """Whether the token heads a relative clause in the past perfect on something other than
    the trigger ("a village that had been raided last year"): its day is of what had happened
    there before, not of the incident."""
    return (
        token.dep_ == "relcl"
        and token.head.i != trigger.i
        and any(c.dep_ == "aux" and c.lower_ == "had" for c in token.children)
    )


def _between_report_and_teller(token: Token, verb: Token) -> bool:
    """Whether a date on a verb of saying stands after the clause it reports and before who
    says it ("rebels seized the town, on Tuesday, officials said")."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    reported = [c for c in verb.children if c.dep_ in {"ccomp", "parataxis"}]
    if subject is None or not reported or not token.i < subject.i:
        return False
    return all(clause.right_edge.i < token.i for clause in reported)
