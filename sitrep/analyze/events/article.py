"""What the events stage reads from the whole article: its sentences, places, dates, actors,
tolls and sources, its datelines, captions and headline, and who does what to whom."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, timedelta
from typing import Any, Generic, TypeVar

from spacy.tokens import Doc, Span, Token

from sitrep.analyze.actors import lexicon as actor_lexicon
from sitrep.analyze.events.drafts import (
    _ARMED_KINDS,
    _DEFAULT_DAYS,
    _OBJECT_DEPS,
    _OFFICE_TIER,
    _PARTY_PREPS,
    _PEOPLE_KINDS,
    _PLACE_ENTS,
    _STATE_KINDS,
    _SUBJECT_DEPS,
    _VICTIM_PREPS,
    AssemblyLexicon,
    Toll,
    _admin1_entry,
    _is_passive,
    _place_level,
    _precision_of,
    _span_root,
    _tree_distance,
    _tree_path,
)
from sitrep.model import ActorMention, Analysis, DateMention, Place

_PLACE_WORDS = r"[A-Z][\w'’.\-]*(?: [A-Z][\w'’.\-]*){0,3}"
_DATELINE_TAIL = r"(?:, ?[A-Z][\w.\- ]{1,30}?)?(?:,? [A-Z][a-z]{2,8}\.? \d{1,2})?"
_DATELINES = (
    # "BAGHDAD (Reuters) -", "Lahore, March 14 (IANS)", "DEIR AL BALAH, Gaza Strip (AP & AFP)"
    re.compile(rf"{_PLACE_WORDS}{_DATELINE_TAIL} ?\([^)\n]{{1,40}}\) ?(?:--|—|–|-|:)?(?=\s)"),
    # "KYIV, Ukraine:", "SAN PEDRO CITY —", "CDMX.-": capitals then a dash or colon
    re.compile(rf"[A-Z]{{3,}}[A-Z'’.\- ]*{_DATELINE_TAIL} ?(?:--|—|–|-|:|\.-)(?=\s)"),
    # "Guwahati:": one word and a colon
    re.compile(r"[A-Z][a-z]+:(?=\s)"),
)
_DATELINE_PARAGRAPHS = 3


def dateline_ranges(text: str) -> list[tuple[int, int]]:
    """Where datelines ("BENI, Congo (Reuters) –", "Guwahati:") stand at the head of one of
    the first paragraphs: their places are the reporter's, not the incident's."""
    ranges = []
    start = 0
    for _ in range(_DATELINE_PARAGRAPHS):
        while start < len(text) and text[start].isspace():
            start += 1
        head = text[start : start + 120]
        for pattern in _DATELINES:
            if match := pattern.match(head):
                ranges.append((start, start + match.end()))
                break
        newline = text.find("\n", start)
        if newline < 0:
            break
        start = newline + 1
    return ranges


# ------------------------------------------------------------------------------------------
# What the article offers every trigger: places, dates, actors, sources


_Item = TypeVar("_Item")


class _ByStart(Generic[_Item]):
    """Items with character offsets, found by range in logarithmic time: a long article
    must not cost each sentence a pass over every mention."""

    def __init__(self, items: Iterable[_Item]) -> None:
        self.items: list[Any] = sorted(items, key=lambda item: item.start)  # type: ignore[attr-defined]
        self.starts = [item.start for item in self.items]
        self.longest = max((item.end - item.start for item in self.items), default=0)

    def starting_in(self, lo: int, hi: int) -> list[_Item]:
        return self.items[bisect.bisect_left(self.starts, lo) : bisect.bisect_left(self.starts, hi)]

    def overlapping(self, lo: int, hi: int) -> list[_Item]:
        return [item for item in self.starting_in(lo - self.longest, hi) if item.end > lo]


class _ArticleContext:
    def __init__(self, doc: Doc, analysis: Analysis, lex: AssemblyLexicon) -> None:
        self.doc = doc
        self.analysis = analysis
        self.lex = lex
        self.published = analysis.article.published
        self.text = doc.text  # joined anew on every access: read it once
        self.captions = _caption_ranges(self.text, lex)
        self.datelines = dateline_ranges(self.text)
        # Country names standing for a state's forces stay places; other actors do not
        # ("Gunmen" or "Hezbollah" read as toponyms).
        actor_spans = _ByStart(m for m in analysis.actors if m.kind != "military" or " " in m.text)
        self.places = sorted(
            (p for p in analysis.places if not actor_spans.overlapping(p.start, p.end)),
            key=lambda p: p.start,
        )
        self.place_index = _ByStart(self.places)
        self.date_index = _ByStart(analysis.dates)
        self.actor_index = _ByStart(analysis.actors)
        self.attribution_index = _ByStart(analysis.sources.attributions)
        self.focus_place = self._focus_place()
        self.dateline_place = self._dateline_place()
        self.focus = _focus(self.places)
        self.headline_end = _headline_end(self.text)
        self.named_group = _sole_named_group(analysis.actors)
        self._tolls: dict[tuple[int, int], list[Toll]] = {}
        # The place of the last incident told with a place: an unplaced sentence goes on
        self.story_place: Place | None = None
        # Places that only name a speaker's office: a guess at the scene, not a statement
        self.office_places: set[int] = set()
        # triggers whose sentence places them only in a country, by trigger offset
        self.country_only: dict[int, Place] = {}
        # Sentences whose "no casualties" belongs to none of their own incidents
        self.orphan_zeros: set[int] = set()

    def in_caption(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.captions)

    def in_dateline(self, place: Place) -> bool:
        return any(start <= place.start < end for start, end in self.datelines)

    # -- places ----------------------------------------------------------------------------

    def sentence_places(self, sentence: Span) -> list[tuple[Place, Token]]:
        found = []
        for place in self.place_index.starting_in(sentence.start_char, sentence.end_char):
            if place.end > sentence.end_char or self.in_dateline(place):
                continue
            token = _span_root(self.doc, place.start, place.end)
            if token is not None:
                found.append((place, token))
        return found

    def place_tie(self, place_token: Token, trigger: Token) -> tuple[bool, int]:
        """Whether a place may be the trigger's location, and how far it is in the parse."""
        if place_token.dep_ in {"compound", "amod", "nmod", "poss"} and (
            place_token.head.lemma_.lower() in self.lex.offices
        ):
            # "Voronezh Governor Alexander Gusev said": an office; its place is the scene
            # only when the sentence names no other ("the drone attack there")
            return True, _OFFICE_TIER
        if place_token.pos_ == "PRON":
            return False, 0  # "We have a provisional toll": a pronoun read as a town
        if self._destination(place_token, trigger):
            return False, 0  # "vehicles trying to reach Suwayda were blocked": the goal
        if self._stance(place_token):
            return False, 0  # "pro-EU protesters": a cause, not a place
        if self._origin(place_token):
            return False, 0  # "fighters from the Tigray region": where they come from
        if place_token.dep_ == "nsubj" and place_token.head.lemma_ in self.lex.reporting:
            # "..., Baza reported": a channel or person the places stage took for a town
            return False, 0
        place_side, trigger_side, common = _tree_path(place_token, trigger)
        for token in place_side[1:]:
            if token.pos_ == "VERB" and token.lemma_ in self.lex.reporting:
                return False, 0
            if self._of_a_cause(token):
                # "gathered over last year's collapse in Novi Sad": the cause's place
                return False, 0
            if token.dep_ in {"relcl", "acl"} and token.i != trigger.i:
                return True, 10 + len(place_side) + len(trigger_side)
        # "..., officials said in Kyiv": a place put after a verb of saying is the reporter's;
        # not so where the incident is what was reported ("protests were reported in Kisumu").
        told_of = trigger.dep_ == "nsubjpass" and trigger.head.i == common.i
        if (
            common.lemma_ in self.lex.reporting
            and not told_of
            and common.i != trigger.i
            and place_token.i > common.i
            and not any(t.dep_ in {"ccomp", "xcomp"} for t in place_side)
        ):
            return False, 0
        return True, len(place_side) + len(trigger_side)

    def _of_a_cause(self, token: Token) -> bool:
        """A noun under "over", "after", "following" that is no place or region."""
        if token.dep_ != "pobj" or token.head.lower_ not in self.lex.causes:
            return False
        if token.lemma_.lower() in self.lex.region_nouns or token.ent_type_ in _PLACE_ENTS:
            return False
        return token.pos_ == "NOUN"

    def _destination(self, token: Token, trigger: Token) -> bool:
        verb = token.head
        if token.dep_ == "pobj" and verb.lower_ in {"to", "towards", "toward"}:
            verb = verb.head
        return verb.i != trigger.i and verb.lemma_.lower() in self.lex.goal_verbs

    def _origin(self, token: Token) -> bool:
        """A place naming where armed people or weapons come from: "fighters from X", "X
        forces", "rockets fired from X"."""
        noun = token
        while noun.dep_ in {"compound", "amod", "nmod", "poss"} and noun.head.pos_ == "PROPN":
            noun = noun.head
        if noun.dep_ in {"compound", "amod", "nmod"} and noun.head.lower_ in self.lex.origin_nouns:
            return True
        if noun.lemma_.lower() in self.lex.region_nouns and noun.dep_ == "pobj":
            pass  # "from Ethiopia's Tigray region": the region noun carries the preposition
        elif noun.dep_ in {"compound", "amod", "nmod", "poss"}:
            noun = noun.head
        if noun.dep_ != "pobj" or noun.head.lower_ != "from":
            return False
        source = noun.head.head
        if source.pos_ == "VERB":
            # "rockets fired from X hit Y": the launch site, when the sentence strikes elsewhere
            return source.lemma_.lower() in self.lex.launch_verbs and source.dep_ != "ROOT"
        return source.lower_ in self.lex.origin_nouns

    def _stance(self, token: Token) -> bool:
        doc = token.doc
        if token.i >= 2 and doc[token.i - 1].text == "-":
            return doc[token.i - 2].lower_ in self.lex.stances
        return any(token.lower_.startswith(f"{w}-") for w in self.lex.stances)

    def at_armed_site(self, sentence: Span) -> bool:
        """Whether the sentence tells of a base or post of armed forces and of no civilians
        ("gunmen stormed the base"): an attack there is a battle."""
        if not any(t.lemma_.lower() in self.lex.armed_sites for t in sentence):
            return False
        return not any(m.kind in _PEOPLE_KINDS for m in self.sentence_actors(sentence))

    def part_of(self, token: Token) -> bool:
        """Whether a country is named by a part of it ("central Sudan", "the north of Mali")."""
        if any(c.lower_ in self.lex.part_words for c in token.children if c.dep_ == "amod"):
            return True
        return token.dep_ == "pobj" and token.head.head.lower_ in self.lex.part_words

    def region_named(self, place: Place, token: Token) -> Place:
        """The region itself when the text says so ("over the Belgorod and Kursk regions"),
        not the town of that name."""
        if _place_level(place) <= 1 or place.country_code is None or place.admin1 is None:
            return place
        while token.dep_ == "conj" and token.head.i != token.i:
            token = token.head
        if token.dep_ not in {"compound", "nmod", "amod"}:
            return place
        if token.head.lemma_.lower() not in self.lex.region_nouns:
            return place
        region = _admin1_entry(place.country_code, place.admin1)
        if region is None:
            return place
        return replace(
            place,
            name=region.name,
            geonameid=region.geonameid,
            country_code=region.country_code,
            admin1=region.admin1,
            admin2=None,
            lat=region.lat,
            lon=region.lon,
            feature_code=region.feature_code,
        )

    def precision(self, place: Place, token: Token) -> int:
        base = _precision_of(place)
        if base > 1:
            return base
        window = self.doc[max(token.sent.start, token.i - 4) : token.i]
        words = {t.lower_ for t in window} | {t.lower_ for t in token.ancestors if t.dep_ == "prep"}
        return 2 if words & self.lex.near else 1

    def fallback_place(self, sentence: Span) -> tuple[Place | None, int]:
        """The location when the sentence names none: the paragraph's last place before it,
        then the place of the last incident told, the article's focus place, the dateline,
        each less precise."""
        paragraph_start = self.text.rfind("\n", 0, sentence.start_char) + 1
        before = [
            p
            for p in self.place_index.starting_in(paragraph_start, sentence.start_char)
            if not self.in_dateline(p) and _place_level(p) > 0
        ]
        if before:
            place = before[-1]
            return place, max(2, _precision_of(place))
        if self._lead_of_dateline(sentence, paragraph_start):
            # The lead, before any incident is placed, reports from where it was filed, not
            # from the town the later paragraphs dwell on.
            assert self.dateline_place is not None
            return self.dateline_place, max(2, _precision_of(self.dateline_place))
        if self.story_place is not None:
            return self.story_place, max(2, _precision_of(self.story_place))
        if self.focus_place is not None:
            return self.focus_place, 3
        if self.dateline_place is not None:
            return self.dateline_place, max(2, _precision_of(self.dateline_place))
        return None, 3

    def _lead_of_dateline(self, sentence: Span, paragraph_start: int) -> bool:
        """A sentence of the dateline's paragraph that names no place at all (not even a
        country: "across the country" is no incident at the dateline), told before any
        incident was placed."""
        dateline = self.dateline_place
        if self.story_place is not None or dateline is None or dateline.start < paragraph_start:
            return False
        named = self.place_index.starting_in(sentence.start_char, sentence.end_char)
        return all(self.in_dateline(p) for p in named)

    def _dateline_place(self) -> Place | None:
        return next((p for p in self.places if self.in_dateline(p) and _place_level(p) > 0), None)

    def _focus_place(self) -> Place | None:
        below_country = [
            p
            for p in self.places
            if _place_level(p) > 0 and not self.in_dateline(p) and p.confidence >= _UNSURE
        ]
        if not below_country:
            return None
        counts: dict[str, int] = {}
        for place in below_country:
            counts[place.name] = counts.get(place.name, 0) + 1
        # as often named, a town says more than the region around it
        best = max((counts[p.name], _place_level(p)) for p in below_country)
        return next(p for p in below_country if (counts[p.name], _place_level(p)) == best)

    # -- dates -----------------------------------------------------------------------------

    def event_dates(
        self, sentence: Span, trigger: Token, others: Iterable[Token] = ()
    ) -> tuple[date, date, int, bool]:
        """(start, end, time precision, stated) for a trigger's incident; a date that hangs
        from another incident word of the sentence ("arrested for the killing in October")
        is that incident's."""
        other_ids = {t.i for t in others}
        reference = self.published
        best: tuple[int, DateMention] | None = None
        for mention in self.date_index.starting_in(sentence.start_char, sentence.end_char):
            try:
                start = date.fromisoformat(mention.value_start)
                end = date.fromisoformat(mention.value_end)
            except ValueError:
                continue
            if start > self.published:
                continue
            token = _span_root(self.doc, mention.start, mention.end)
            if token is None:
                continue
            date_side, _, common = _tree_path(token, trigger)
            # only an incident told inside this one's phrase ("arrested for the killing in
            # October"); "Saturday's marches took a turn when ..." dates the whole sentence
            if common.i == trigger.i and any(t.i in other_ids for t in date_side[1:]):
                continue
            by_report = any(
                t.lemma_ in self.lex.reporting and t.pos_ == "VERB" for t in date_side[1:]
            ) or (common.lemma_ in self.lex.reporting and common.i != trigger.i)
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
        end = min(date.fromisoformat(mention.value_end), self.published)
        precision = {"day": 1, "week": 2}.get(mention.granularity, 3)
        return start, end, precision, True

    # -- actors and sources ----------------------------------------------------------------

    def counterpart(
        self,
        name: str | None,
        relocate: Callable[[ActorMention, str | None, int], str],
        code: str | None,
        year: int,
    ) -> str | None:
        """The armed party most named in the article on the other side of ``name``: non-state
        against state forces, state forces against anyone else."""
        state_side = name is not None and name.startswith(("Military Forces", "Police Forces"))
        counts: dict[str, int] = {}
        for mention in self.analysis.actors:
            if mention.kind not in _ARMED_KINDS:
                continue
            other = relocate(mention, code, year)
            if other == name or (mention.kind in _STATE_KINDS) == state_side:
                continue
            counts[other] = counts.get(other, 0) + 1
        return max(counts, key=counts.__getitem__) if counts else None

    def foreign_party(self, code: str | None) -> ActorMention | None:
        """The armed party of another country the article names most."""
        counts: dict[str, int] = {}
        first: dict[str, ActorMention] = {}
        for mention in self.analysis.actors:
            if mention.kind in _ARMED_KINDS and mention.country_code not in {None, code}:
                counts[mention.name] = counts.get(mention.name, 0) + 1
                first.setdefault(mention.name, mention)
        return first[max(counts, key=counts.__getitem__)] if counts else None

    def opponent_of(self, actor: ActorMention) -> ActorMention | None:
        side = actor.country_code or actor.name
        counts: dict[str, int] = {}
        first: dict[str, ActorMention] = {}
        for mention in self.analysis.actors:
            if mention.kind not in _ARMED_KINDS or (mention.country_code or mention.name) == side:
                continue
            counts[mention.name] = counts.get(mention.name, 0) + 1
            first.setdefault(mention.name, mention)
        if not counts:
            return None
        return first[max(counts, key=counts.__getitem__)]

    def directed(self, sentence: Span, head: Token) -> bool:
        """Whether the parse says who struck or who was struck ("opened fire on a patrol")."""
        agents, victims, _ = _roles(self, self.sentence_actors(sentence), head)
        return any(m.kind in _ARMED_KINDS for m in agents + victims)

    def sentence_actors(self, sentence: Span) -> list[ActorMention]:
        found = self.actor_index.starting_in(sentence.start_char, sentence.end_char)
        return [m for m in found if m.end <= sentence.end_char]

    def reported_by(self, sentence: Span) -> list[str]:
        sources: list[str] = []
        for attribution in self.attribution_index.overlapping(
            sentence.start_char, sentence.end_char
        ):
            sources.extend(s for s in attribution.sources if s not in sources)
        return sources

    # -- fatalities ------------------------------------------------------------------------

    def tolls(self, sentence: Span, trigger: Token, split: bool) -> list[Toll]:
        """Death tolls the sentence states; none when it spreads one total over several places
        or over a whole country ("two civilians were killed across Ukraine")."""
        zero = self.lex.zero.search(sentence.text)
        if zero is not None:
            start = sentence.start_char + zero.start()
            if self._zero_covers(start, start + len(zero.group()), trigger):
                return [Toll(0, "any")]
            self.orphan_zeros.add(sentence.start_char)
        if split or self.country_wide(sentence) or self.lex.aggregate.search(sentence.text):
            return []
        key = (sentence.start, sentence.end)
        if key not in self._tolls:  # several triggers share a sentence: read it once
            found = (self._toll_at(token) for token in sentence)
            self._tolls[key] = [toll for toll in found if toll is not None]
        return list(self._tolls[key])

    def _zero_covers(self, start: int, end: int, trigger: Token) -> bool:
        """Whether "no casualties" speaks of the trigger's incident: not when the trigger sits in
        a clause marked as another matter ("..., while another fire fight was monitored")."""
        zero = _span_root(self.doc, start, end)
        if zero is None:
            return True
        _, trigger_side, _ = _tree_path(zero, trigger)
        return not any(
            token.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in self.lex.zero_breaks for c in token.children)
            for token in trigger_side
        )

    def is_reporter(self, mention: ActorMention) -> bool:
        token = _span_root(self.doc, mention.start, mention.end)
        if token is None:
            return False
        return token.dep_ == "nsubj" and token.head.lemma_ in self.lex.reporting

    def is_killed(self, mention: ActorMention) -> bool:
        """Whether the text says this party was killed ("25 soldiers were killed")."""
        token = _span_root(self.doc, mention.start, mention.end)
        if token is None:
            return False
        head = token.head
        lemma = head.lemma_.lower()
        if lemma in self.lex.kill_verbs and head.pos_ == "VERB":
            return token.dep_ == "nsubjpass" or token.dep_ == "dobj"
        return lemma in self.lex.die_verbs and token.dep_ == "nsubj"

    def country_wide(self, sentence: Span) -> bool:
        """A sentence whose only places are countries speaks of a country-wide total."""
        places = [
            p
            for p in self.places
            if sentence.start_char <= p.start < sentence.end_char and not self.in_dateline(p)
        ]
        # "Ukraine's capital" names a place in the country, not the whole of it
        if any(self._possessive(p) for p in places):
            return False
        if places:
            return all(_place_level(p) == 0 for p in places)
        # The places stage may skip a country it reads as an actor ("forces in Myanmar").
        states = actor_lexicon().state_words
        return any(t.lower_ in states and t.pos_ == "PROPN" and t.dep_ == "pobj" for t in sentence)

    def _possessive(self, place: Place) -> bool:
        token = _span_root(self.doc, place.start, place.end)
        return token is not None and token.dep_ == "poss" and token.head.pos_ == "NOUN"

    def _fatal_harm(self, token: Token) -> Toll | None:
        """ "Dilan Cruz was fatally injured": one death, or as many as the victims count."""
        if not any(c.lower_ in self.lex.fatal_adverbs for c in token.children):
            return None
        for victim in (c for c in token.children if c.dep_ in {"nsubjpass", "dobj"}):
            count = self.count_of(victim)
            if count is None and victim.pos_ == "PROPN":
                count = 1
            if count is not None:
                return Toll(count, self.side_of(victim))
        return None

    def _toll_at(self, token: Token) -> Toll | None:
        lex = self.lex
        if token.pos_ == "VERB" and token.lemma_.lower() in lex.fatal_verbs:
            harm = self._fatal_harm(token)
            if harm is not None or token.lemma_.lower() not in lex.toll_lemmas:
                return harm  # "beaten to death" is read as a killing below
        if token.lemma_.lower() not in lex.toll_lemmas and token.lower_ not in lex.dead_words:
            return None
        # "the RSF denied reports about executing over 400 patients": a denied toll is none
        if any(a.lemma_.lower() in lex.denial for a in token.ancestors):
            return None
        lemma = token.lemma_.lower()
        victims: list[Token] = []
        if lemma in lex.kill_verbs and token.pos_ == "VERB":
            needs = lex.kill_needs.get(lemma)
            # "shot dead", "gunned down", "beaten to death"
            said = {t.lower_ for c in token.children for t in (c, *c.children)}
            if needs and not said & set(needs):
                return None
            deps = {"dobj", "nsubjpass"} if token.tag_ != "VBN" or _is_passive(token) else {"dobj"}
            victims = [c for c in token.children if c.dep_ in deps]
            if token.dep_ in {"acl", "relcl"} and not victims:
                victims = [token.head]  # "five people killed in ..."
        elif lemma in lex.die_verbs and token.pos_ == "VERB":
            victims = [c for c in token.children if c.dep_ == "nsubj"]
        elif token.lower_ in lex.dead_words and token.pos_ in {"ADJ", "NOUN"}:
            return self._toll_from_dead_word(token)
        for victim in victims:
            count = self.count_of(victim)
            if count is not None:
                return self._with_conjoined(victim, count)
        return None

    def _with_conjoined(self, victim: Token, count: int) -> Toll:
        """ "Four soldiers and two policemen were killed": the counted conjuncts add up."""
        side = self.side_of(victim)
        for other in victim.conjuncts:
            more = self.count_of(other) if other.i > victim.i else None
            if more is not None:
                count += more
                side = side if self.side_of(other) == side else "any"
        return Toll(count, side)

    def _toll_from_dead_word(self, token: Token) -> Toll | None:
        """ "five dead", "a death toll of 20", "killing at least 11" as an adjective use."""
        for child in token.children:
            if child.dep_ in {"nummod", "npadvmod"} and (n := self.number(child)) is not None:
                return Toll(n, "any")
        if token.dep_ in {"amod", "acomp", "oprd"} and token.head.pos_ in {"NOUN", "NUM"}:
            # "five dead villagers" states a toll; "a dead demonstrator" recalls a death
            count = self.count_of(token.head, articles=token.dep_ != "amod")
            if count is not None:
                return Toll(count, self.side_of(token.head))
        if token.dep_ in {"oprd", "acomp", "xcomp", "ccomp"}:
            # "leaving eleven dead": the counted noun is the verb's object beside the adjective
            for sibling in token.head.children:
                if sibling.dep_ in {"dobj", "nsubj"} and sibling.i < token.i:
                    count = self.count_of(sibling)
                    if count is not None:
                        return Toll(count, self.side_of(sibling))
        if token.lower_ in {"toll", "deaths", "death", "fatalities"}:
            window = token.doc[token.i + 1 : min(token.i + 6, token.sent.end)]
            for other in window:
                if (n := self.number(other)) is not None:
                    return Toll(n, "any")
        if token.head.pos_ == "NUM" and (n := self.number(token.head)) is not None:
            return Toll(n, "any")
        return None

    def count_of(self, noun: Token, articles: bool = True) -> int | None:
        """The number a noun phrase counts ("at least 11 people", "Six", "a woman",
        "six aid-seekers")."""
        if (n := self.number(noun)) is not None:
            return n
        modifiers = [noun, *(c for c in noun.children if c.dep_ == "compound")]
        for modifier in modifiers:
            for child in modifier.children:
                if child.dep_ == "nummod" and (n := self.number(child)) is not None:
                    return n
        for child in noun.children if articles else ():
            if child.dep_ == "det" and child.lower_ in self.lex.one_words:
                return 1
        return None

    def number(self, token: Token) -> int | None:
        """A count written in digits or words ("11", "eleven", "twenty-five", "two dozen")."""
        value = self._word_number(token.lower_)
        if value is None:
            return None
        # "twenty - five": the parser hangs the tens on the units as a compound
        extra = [self._word_number(c.lower_) for c in token.children if c.dep_ == "compound"]
        tens = sum(v for v in extra if v is not None)
        if token.lower_ in {"dozen", "hundred"} and tens:
            return tens * value
        return value + tens

    def _word_number(self, text: str) -> int | None:
        text = text.replace(",", "")
        if text.isdigit():
            value = int(text)
            return value if value < 100000 and not (1900 <= value <= 2100) else None
        parts = text.split("-")
        if all(p in self.lex.numbers for p in parts):
            return sum(self.lex.numbers[p] for p in parts)
        return None

    def side_of(self, noun: Token) -> str:
        for mention in self.analysis.actors:
            if mention.start <= noun.idx < mention.end:
                if mention.kind in _STATE_KINDS:
                    return "state"
                if mention.kind in _ARMED_KINDS:
                    return "armed"
                return "people"
        return "any"


def _sentence_lines(doc: Doc) -> Iterable[tuple[int, int]]:
    """Character bounds of the parser's sentences, cut at line breaks."""
    text = doc.text
    for sentence in doc.sents:
        start = sentence.start_char
        while start < sentence.end_char:
            newline = text.find("\n", start, sentence.end_char)
            end = sentence.end_char if newline < 0 else newline
            stripped = text[start:end].strip()
            if stripped:
                offset = start + text[start:end].index(stripped)
                yield offset, offset + len(stripped)
            start = end + 1


_UNSURE = 0.3


def _roles(
    context: _ArticleContext, mentions: list[ActorMention], head: Token
) -> tuple[list[ActorMention], list[ActorMention], list[ActorMention]]:
    """Split a sentence's actors into agents, victims and parties of the trigger."""
    agents: list[ActorMention] = []
    victims: list[ActorMention] = []
    parties: list[ActorMention] = []
    verbs = _governing_verbs(head, context.lex)
    for mention in mentions:
        token = _span_root(context.doc, mention.start, mention.end)
        if token is None:
            continue
        role = _role_of(token, head, verbs)
        if role == "agent":
            agents.append(mention)
        elif role == "victim":
            victims.append(mention)
        elif role == "party":
            parties.append(mention)
    return agents, victims, parties


def _governing_verbs(head: Token, lex: AssemblyLexicon) -> list[Token]:
    """The trigger and the verbs it hangs from ("launched an attack", "clashes broke out"),
    stopping at a verb of saying."""
    chain = [head]
    token = head
    for _ in range(3):
        if token.head.i == token.i or token.dep_ in {"ccomp", "advcl", "conj", "relcl"}:
            break
        token = token.head
        if token.lemma_ in lex.reporting:
            break
        chain.append(token)
    return chain


def _role_of(token: Token, head: Token, verbs: list[Token]) -> str | None:
    """agent, victim or party of the trigger, by the dependency that ties the actor to it."""
    if token.i == head.i:
        return None
    # Modifiers of the trigger noun: "Israeli strikes", "RSF attack", "a strike by Israel".
    if token.head.i == head.i and token.dep_ in {"amod", "compound", "poss", "nmod"}:
        return "agent"
    walk = token
    # "the Viv Ansanm group", "RSF fighters": the name stands in the phrase's role
    while walk.dep_ in {"conj", "appos", "compound"} and walk.head.i != walk.i:
        if walk.head.i == head.i:
            break
        walk = walk.head
    parent = walk.head
    if parent.dep_ == "prep" or parent.pos_ == "ADP":
        preposition = parent.lower_
        attached = parent.head
        if attached in verbs or attached.i == head.i:
            if preposition == "by":
                return "agent"
            if preposition in _VICTIM_PREPS:
                return "victim"
            if preposition in _PARTY_PREPS:
                return "party"
        return None
    if parent.dep_ == "agent" and parent.head in verbs:
        return "agent"
    if parent in verbs:
        passive = _is_passive(parent)
        if walk.dep_ in _SUBJECT_DEPS:
            return "victim" if passive else "agent"
        if walk.dep_ in _OBJECT_DEPS:
            return "victim"
    return None


def _sole_named_group(mentions: list[ActorMention]) -> str | None:
    """The one non-state armed group an article names (at least twice), if it names one."""
    names = {g.name for g in actor_lexicon().groups if g.state is None}
    counts: dict[str, int] = {}
    for mention in mentions:
        if mention.kind in {"rebel", "militia"} and mention.name in names:
            counts[mention.name] = counts.get(mention.name, 0) + 1
    if len(counts) != 1:
        return None
    ((name, count),) = counts.items()
    return name if count >= 2 else None


def _headline_end(text: str) -> int:
    """Where a headline ends: a short first line without a closing full stop; 0 without one."""
    newline = text.find("\n")
    first = text[:newline] if newline > 0 else ""
    if not first.strip() or len(first) > 200 or first.rstrip()[-1] in '.!?"”':
        return 0
    return newline


def _caption_ranges(text: str, lex: AssemblyLexicon) -> list[tuple[int, int]]:
    """Character ranges of paragraphs that carry a photo credit."""
    ranges = []
    start = 0
    for paragraph in re.split(r"(\n+)", text):
        end = start + len(paragraph)
        if paragraph.strip() and lex.caption.search(paragraph):
            ranges.append((start, end))
        start = end
    return ranges


def _focus(places: list[Place]) -> str | None:
    """The country the article's incidents are in: towns and regions weigh double (a country
    named as the attacker, "Israel", is not where things happen); guessed places not at all."""
    counts: dict[str, int] = {}
    for place in places:
        if place.country_code and place.confidence >= _UNSURE:
            weight = 1 if _place_level(place) == 0 else 2
            counts[place.country_code] = counts.get(place.country_code, 0) + weight
    return max(counts, key=counts.__getitem__) if counts else None
