"""When an incident was: the date of a sentence that hangs nearest its trigger."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from datetime import date, timedelta
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from sitrep.analyze.events.drafts import (
    _DEFAULT_DAYS,
    _gapped_count_clause,
    _set_apart,
    _since_when,
    _span_root,
    _tree_distance,
    _tree_path,
)
from sitrep.model import DateMention, Place

if TYPE_CHECKING:
    from sitrep.analyze.events.article import ArticleView

# The last word of a mention that counts from what follows it ("two days after", "a week before")
_OFFSET_WORDS = frozenset({"after", "before"})
_MAIN_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "conj"})
_FOLLOWING_TIER = 1000  # parse distance added to such a day for an incident told before it
# What may stand between a place and the day told right after it ("in Gao on Monday")
_PLACE_TO_DAY = re.compile(r"\s*,?\s*(?:(?:early|late)\s+)?(?:on\s+)?(?:the\s+)?", re.IGNORECASE)
_DAY_AFTER_PLACE = 24  # characters
_PAUSE = re.compile(r"[,;:]")


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
        raid: DateMention | None = None
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
            date_side, trigger_side, common = _tree_path(token, trigger)
            when = _when_of(token, trigger)
            if self._of_the_past(token, trigger, date_side, when):
                continue
            opening = self._opening_offset(mention, sentence)
            if opening is not None:
                # "Two days after gunmen killed 30 on Friday, soldiers killed ten": the offset
                # is the main clause's day; the clause it opens has a day of its own
                if trigger.idx >= opening:
                    best = (0, mention)
                continue
            if self._anothers(date_side, common, trigger, other_ids):
                raid = raid or (mention if _what_the_killed_did(date_side, trigger) else None)
                continue
            if self._dates_a_clause_apart(mention, trigger):
                continue
            if self._by_report(token, trigger, (date_side, trigger_side, common)):
                reference = min(reference, end)
                continue
            if when is not None:
                mention = _the_point(mention)  # "since 2014, when ...": 2014 itself
            distance = self._distance(mention, token, trigger)
            if best is None or distance < best[0]:
                best = (distance, mention)
        best = best or _raid_day(raid, reference)
        if best is None:
            return reference - timedelta(days=_DEFAULT_DAYS), reference, 2, False
        mention = best[1]
        start = date.fromisoformat(mention.value_start)
        end = min(date.fromisoformat(mention.value_end), self.view.published)
        precision = {"day": 1, "week": 2}.get(mention.granularity, 3)
        return start, end, precision, True

    def days_by_place(self, places: list[Place]) -> dict[int, tuple[date, date]]:
        """'killed five in Gao on Monday and three in Menaka on Wednesday': when every place of
        a sentence is told with a day of its own right after it, and the days differ, the
        incident at each place takes its own day (keyed by the place's offset)."""
        told = sorted(places, key=lambda p: p.start)
        days: dict[int, tuple[date, date]] = {}
        if len(told) < 2:
            return days
        for place, following in zip(told, [*told[1:], None], strict=True):
            limit = following.start if following is not None else place.end + _DAY_AFTER_PLACE
            day = self._day_right_after(place.end, min(limit, place.end + _DAY_AFTER_PLACE))
            if day is None:
                return {}
            days[place.start] = day
        return days if len(set(days.values())) > 1 else {}

    def _day_right_after(self, end: int, limit: int) -> tuple[date, date] | None:
        """The single day named right after an offset ('... in Menaka on Wednesday')."""
        for mention in self.view.date_index.starting_in(end, limit):
            if not _PLACE_TO_DAY.fullmatch(self.view.text[end : mention.start]):
                return None
            start, last = date.fromisoformat(mention.value_start), mention.value_end
            if mention.granularity != "day" or start > self.view.published:
                return None
            return start, min(date.fromisoformat(last), self.view.published)
        return None

    def dated_within(self, clause: Token) -> bool:
        """Whether a span wider than a day is told inside the clause ("where a strike killed
        12 last month"); a day ("where the shells landed on Sunday") may well be that of an
        incident told before, which the dates then join."""
        start = clause.left_edge.idx
        end = clause.right_edge.idx + len(clause.right_edge)
        return any(m.granularity != "day" for m in self.view.date_index.starting_in(start, end))

    def _dates_a_clause_apart(self, mention: DateMention, trigger: Token) -> bool:
        """Whether the day is that of a clause told a span apart ("began two days after
        fighters ambushed a patrol": the ambush's day) and the trigger lies outside it."""
        last = _span_root(self.view.doc, mention.end - 1, mention.end)
        if last is None or last.lower_ not in {"after", "before"} or last.dep_ != "mark":
            return False
        if last.sent.start_char >= mention.start - 1:
            return False  # "Two days after gunmen killed five, troops ...": the main clause's
        clause = last.head
        inside = trigger.i == clause.i or clause in trigger.ancestors
        return _set_apart(clause) and not inside

    def _of_the_past(
        self, token: Token, trigger: Token, date_side: list[Token], when: Token | None
    ) -> bool:
        """Whether the day is a yardstick or the day of something told as past before the
        incident."""
        if any(_opens_since(t) for t in date_side[1:]):
            return True  # "the deadliest attack since the army seized power in July"
        if _since_of_a_noun(token) and when is None:
            return True  # "the first attack on its soil since May 2017": a yardstick
        # "killed two farmers in a village that had been raided last year", "arrested two
        # men for the killing of a soldier in January"
        told_before = any(_told_before(t, trigger) for t in date_side[1:])
        return told_before or self._reason_of_arrest(date_side, trigger)

    def _by_report(
        self, token: Token, trigger: Token, path: tuple[list[Token], list[Token], Token]
    ) -> bool:
        """Whether the day is that of a report or a reaction above the incident, which only
        bounds the incident's day."""
        date_side, trigger_side, common = path
        # "clashes were reported on 5 November in X": the incident is what was reported,
        # and the day is its own
        told_of = trigger.dep_ == "nsubjpass" and trigger.head.i == common.i
        # "seized the town, on Tuesday, local officials said": a day between the report
        # and its attribution is the report's incident's
        told_of = told_of or _between_report_and_teller(token, common)
        reporting = self.view.lex.reporting
        if _a_day_of_saying(token, reporting):
            return True
        by_report = any(
            t.lemma_ in reporting and t.pos_ == "VERB" and not _describes_a_party(t, common)
            for t in date_side[1:]
        ) or (common.lemma_ in reporting and common.i != trigger.i and not told_of)
        # "condemned on Sunday the attack that killed one": the day of the reaction only
        # bounds the incident's, like the day of its report
        return by_report or _reacted_to(trigger_side, common, self.view.lex.reactions)

    def _anothers(
        self, date_side: list[Token], common: Token, trigger: Token, other_ids: set[int]
    ) -> bool:
        """Whether the day hangs on another incident word of the sentence."""
        # only an incident told inside this one's phrase ("arrested for the killing in
        # October"); "Saturday's marches took a turn when ..." dates the whole sentence
        # (a verb conjoined to this one shares its day: "killed two soldiers and abducted
        # ten villagers on Tuesday")
        if common.i == trigger.i and any(
            t.i in other_ids
            and not self._during(t)
            and not _its_doer(t, trigger)
            and not _what_it_did(t, trigger)
            and not (t.dep_ == "conj" and t.head.i == trigger.i and t.pos_ == "VERB")
            and not _shares_its_were(t, trigger)
            and not _when_it_happened(t, trigger)
            for t in date_side[1:]
        ):
            return True
        # "struck the same area where a rocket attack wounded two last week", "came two
        # days after gunmen killed five": a day in a relative clause or a clause set apart
        # telling another incident is that incident's alone
        # ... and so is "killed X, a commander it said was responsible for the Oct. 7
        # attack": a day of another incident told in a relative clause on a party
        return any(
            t.i in other_ids and _another_clause(t) and not _what_it_did(t, trigger)
            for t in date_side[1:]
        ) or _in_a_party_clause(date_side, other_ids)

    def _opening_offset(self, mention: DateMention, sentence: Span) -> int | None:
        """Where the clause ends that an offset opening the sentence opens ("Two days after
        gunmen killed 30 villagers on Friday, ..."), when that clause names a day of its own
        (the offset then counts from it to the main clause's day); else None."""
        last = _span_root(self.view.doc, mention.end - 1, mention.end)
        if last is None or last.lower_ not in _OFFSET_WORDS or last.dep_ != "mark":
            return None  # ("Two days after Friday's attack, ...": no clause, one incident)
        if self.view.text[sentence.start_char : mention.start].strip(" \"“'‘"):
            return None
        pause = _PAUSE.search(self.view.text, mention.end, sentence.end_char)
        if pause is None:
            return None
        inside = self.view.date_index.starting_in(mention.end, pause.start())
        return pause.start() if any(m.granularity == "day" for m in inside) else None

    def _distance(self, mention: DateMention, token: Token, trigger: Token) -> int:
        """How far a day lies from the trigger in the parse; a day that dates what an offset
        leads to comes only when the sentence tells no day of its own."""
        distance = _tree_distance(token, trigger)
        return (
            distance + _FOLLOWING_TIER if self._dates_what_follows(mention, trigger) else distance
        )

    def _dates_what_follows(self, mention: DateMention, trigger: Token) -> bool:
        """Whether the day is that of what an offset leads to ("fired on protesters on
        Tuesday, a day after the junta banned gatherings": the ban's Monday) and the trigger
        is told before it as the sentence's main incident. ("A day after Sunday's raid", its
        date after it, is the day of its own clause.)"""
        words = mention.text.lower().split()
        if len(words) < 2 or words[-1] not in _OFFSET_WORDS or trigger.idx >= mention.start:
            return False
        if self.view.date_index.starting_in(mention.end, mention.end + 2):
            return False
        # the sentence's own incident: its main verb, or a word right under it
        return trigger.dep_ == "ROOT" or (
            trigger.head.dep_ == "ROOT" and trigger.dep_ in _MAIN_DEPS
        )

    def _reason_of_arrest(self, date_side: list[Token], trigger: Token) -> bool:
        """Whether the date lies in what an arrest was for ("arrested two men over the killing
        of a soldier in January"): the day of the deed, told as the reason, not the arrest's."""
        lex = self.view.lex
        if trigger.lemma_.lower() not in lex.arrest_verbs:
            return False
        return any(
            t.dep_ == "prep" and t.head.i == trigger.i and t.lower_ in lex.arrest_reasons
            for t in date_side[1:]
        )

    def _during(self, token: Token) -> bool:
        """Whether an incident word is told as the time of another ("during a raid")."""
        return token.dep_ == "pobj" and token.head.lower_ in self.view.lex.during


def _when_of(token: Token, trigger: Token) -> Token | None:
    """The "when" clause of a "since" date that holds the trigger ("since October, when
    twin car bombs killed 100"), if any."""
    point = next((c for c in token.children if c.dep_ == "pobj"), token)
    for clause in (trigger, *trigger.ancestors):
        if clause.head.i == point.i and _since_when(clause):
            return clause
    return None


def _the_point(mention: DateMention) -> DateMention:
    """A "since" date cut to the point it names: the year, the month or the day."""
    start = date.fromisoformat(mention.value_start)
    named = mention.text.split(maxsplit=1)[-1]
    if named.isdigit():
        end, granularity = date(start.year, 12, 31), "year"
    elif start.day == 1 and not any(ch.isdigit() for ch in named):
        following = date(start.year + start.month // 12, start.month % 12 + 1, 1)
        end, granularity = following - timedelta(days=1), "month"
    else:
        end, granularity = start, "day"
    return replace(mention, value_end=end.isoformat(), granularity=granularity)


def _shares_its_were(verb: Token, trigger: Token) -> bool:
    """Whether a count's participle leaves out the trigger's "were" ("two were killed in X and
    four wounded in Y on Monday"): one sentence, whose day is both clauses'."""
    shared = _gapped_count_clause(verb)
    return shared is not None and shared.i == trigger.i


def _when_it_happened(clause: Token, trigger: Token) -> bool:
    """Whether an incident verb heads the "when" clause of the trigger, or of a verb conjoined
    to it ("three died in X and two were hurt in Y when gunmen attacked on Monday"): the
    attack is the moment of the toll, and its day is the toll's too."""
    if clause.dep_ != "advcl" or not any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in clause.children
    ):
        return False
    verb = clause.head
    while verb.dep_ == "conj" and verb.i != trigger.i:
        verb = verb.head
    return verb.i == trigger.i


def _in_a_party_clause(date_side: list[Token], other_ids: set[int]) -> bool:
    """Whether the date hangs on another incident word that lies inside a relative clause
    (the trigger lies outside it: the path to it leaves the clause)."""
    for k, token in enumerate(date_side[1:], start=1):
        if token.i in other_ids:
            return any(t.dep_ == "relcl" for t in date_side[k + 1 :])
    return False


def _a_day_of_saying(token: Token, reporting: frozenset[str]) -> bool:
    """Whether a day stands between a verb of saying and the subject of the clause it says
    ("the army said on Saturday it had killed 48"): the saying's day, though the parser may
    hang it on the clause's verb ("said that on Friday it ..." dates the clause)."""
    prep = token.head if token.dep_ == "pobj" else token
    verb = prep.head
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in reporting or verb.head.i > prep.i:
        return False
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.i < prep.i:
        return False
    return not any(c.dep_ == "mark" and c.i < prep.i for c in verb.children)


def _raid_day(raid: DateMention | None, reference: date) -> tuple[int, DateMention] | None:
    """ "The army said on Saturday it killed 48 militants who attacked a post on Friday":
    they fell in the attack they made, when its day lies a few days before the report."""
    if raid is None:
        return None
    told = date.fromisoformat(raid.value_start)
    return (0, raid) if reference - timedelta(days=_DEFAULT_DAYS) <= told <= reference else None


def _what_the_killed_did(date_side: list[Token], trigger: Token) -> bool:
    """Whether a day lies in a relative clause on whom the trigger struck ("killed 48
    militants who attacked a post on Friday", "shot dead gunmen who had raided a station")."""
    for token in date_side[1:]:
        if token.dep_ == "relcl":
            victims = token.head
            return victims.head.i == trigger.i and victims.dep_ in {"dobj", "nsubjpass"}
    return False


def _another_clause(verb: Token) -> bool:
    """Whether an incident verb heads a relative clause, or a clause set a measured span
    apart ("two days after gunmen killed five")."""
    return verb.dep_ == "relcl" or _set_apart(verb)


def _describes_a_party(verb: Token, common: Token) -> bool:
    """Whether a verb of saying only describes a party of the incident it lies under ("killed
    a villager they accused of being an informer ... on Sunday", "lynched a man accused of
    blasphemy in X on Friday"): no report, the day is the incident's."""
    return verb.dep_ in ("relcl", "acl") and common in verb.ancestors


def _what_it_did(token: Token, noun: Token) -> bool:
    """Whether an incident word tells what the noun itself did, in a relative clause whose
    subject it is ("an attack that killed five there last week", "the raid, which left two
    dead on Friday"), or the noun it is the first word of ("a rocket attack that wounded two"):
    one incident, whose day the clause gives the noun."""
    nouns = {noun.i, noun.head.i} if noun.dep_ == "compound" else {noun.i}
    if token.dep_ != "relcl" or token.head.i not in nouns:
        return False
    return any(c.dep_ == "nsubj" and c.tag_ == "WDT" for c in token.children)


def _its_doer(token: Token, verb: Token) -> bool:
    """Whether an incident word is what did the verb's deed ("a January strike killed two",
    "were wounded by last week's shelling"): one incident, whose day the noun carries."""
    if token.dep_ == "nsubj" and token.head.i == verb.i:
        return True
    return token.dep_ == "pobj" and token.head.dep_ == "agent" and token.head.head.i == verb.i


def _since_of_a_noun(token: Token) -> bool:
    """Whether the date is the object of a "since" that describes a noun ("the first attack
    since May 2017", "the worst violence since 2019"): the span it opens measures the noun,
    it dates no incident; "fighting has raged since Sunday" hangs on the verb."""
    prep = token if token.lower_ == "since" else token.head  # the mention may hold "since"
    if prep is not token and token.dep_ != "pobj":
        return False
    return (
        prep.lower_ == "since"
        and prep.dep_ == "prep"
        and prep.head.pos_ in {"NOUN", "PROPN", "ADJ"}
        and prep.head.i != prep.i
    )


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


def _reacted_to(trigger_side: list[Token], common: Token, reactions: frozenset[str]) -> bool:
    """Whether the trigger lies in the object of a verb of reaction, or under a noun of one,
    that the day dates from above ("on Sunday condemned the attack ..., which killed one"):
    the reaction's day."""
    on_path = {t.i for t in trigger_side} | {common.i}
    # "gathered on Friday for the funeral of the victims of the bombings": a noun of mourning
    # or recalling above the trigger holds it just the same
    mourned = any(t.pos_ == "NOUN" and t.lemma_.lower() in reactions for t in trigger_side[1:])
    # "held a funeral on Sunday for five soldiers killed in an ambush": the day's clause is
    # the funeral, whose object is no incident
    mourned = mourned or any(
        c.dep_ in {"dobj", "nsubj", "nsubjpass", "attr"}
        and c.pos_ == "NOUN"
        and c.lemma_.lower() in reactions
        and c.i not in on_path
        for c in common.children
    )
    return mourned or any(
        t.dep_ == "dobj"
        and t.head.i in on_path
        and t.head.pos_ == "VERB"
        and t.head.lemma_.lower() in reactions
        for t in trigger_side
    )
