"""How many died: the death tolls a sentence states, and the "no casualties" that belong to
none of its incidents."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from sitrep.analyze.event_types import launches_its_own
from sitrep.analyze.events.drafts import (
    _ARMED_KINDS,
    _STATE_KINDS,
    NAMED_PERSON,
    Toll,
    _answered,
    _gapped_count_clause,
    _is_passive,
    _place_level,
    _set_apart,
    _since_when,
    _span_root,
    _tree_path,
    _war_span,
)
from sitrep.analyze.tokens import span_text, span_tokens
from sitrep.model import Place

if TYPE_CHECKING:
    from sitrep.analyze.events.article import ArticleView

# Words for the dead found: "the bodies of five men" counts five.
_REMAINS = frozenset({"body", "bodies", "corpse", "corpses", "remains"})
# Verbs whose toll is their own, not that of a verb conjoined after them.
_KILLING = frozenset({"kill", "shoot", "behead", "execute", "slaughter", "massacre"})
# Sides whose deaths a communiqué's "neutralised" reports (what is neither is a thing).
_PARTY_SIDES = frozenset({"state", "armed", "people"})


def _a_yardstick(token: Token) -> bool:
    """Whether a "since" or a "this year" measures one incident against others ("the first
    attack on the town since June 2019", "the deadliest since January", "the deadliest
    attack since the commander defected", "the deadliest attack this year", "the third raid
    this month"), counting no running total."""
    if token.lower_ == "since" and token.dep_ == "prep":
        noun = token.head
    elif token.lower_ == "since" and token.dep_ == "mark" and token.i > 0:
        # "the deadliest attacks since the commander defected": the parse may hang the clause
        # anywhere, the noun it measures stands right before it
        noun = token.doc[token.i - 1]
    elif token.lower_ == "this" and token.head.dep_ in {"npadvmod", "nmod"}:
        noun = token.head.head  # "the deadliest attack this year"
    else:
        return False
    if noun.tag_ in {"JJS", "RBS"}:
        return True
    return any(
        c.dep_ in {"amod", "advmod"}
        and (c.tag_ in {"JJS", "RBS"} or c.lower_ == "first" or c.ent_type_ == "ORDINAL")
        for c in noun.children
    )


def _setting_of(token: Token, reprisals: frozenset[str]) -> int | None:
    """The head of the clause of another incident the token lies in, if any: a "where"
    clause ("the square where police shot two students"), one set a measured time apart
    ("two days after militants killed five") or the incident a reprisal answers ("in
    retaliation for an attack that killed two")."""
    for head in (token, *token.ancestors):
        if _answered(head, reprisals):
            return head.i
        if any(c.dep_ == "advmod" and c.lower_ == "where" for c in head.children):
            return head.i
        if _set_apart(head) or _since_when(head):
            return head.i
    return None


class Tolls:
    """The death tolls of one article, read once per sentence."""

    def __init__(self, view: ArticleView) -> None:
        self.view = view
        # each sentence's tolls, with the "where" clause each lies in and the clause that
        # tells each (its verb's index)
        self._by_sentence: dict[tuple[int, int], list[tuple[Toll, int | None, int]]] = {}
        # each sentence's "no casualties" match and aggregate cue, searched once
        self._zeros: dict[tuple[int, int], re.Match[str] | None] = {}
        self._aggregates: dict[tuple[int, int], bool] = {}
        # Sentences whose "no casualties" belongs to none of their own incidents
        self.orphan_zeros: set[int] = set()

    def stated(self, sentence: Span, trigger: Token, split: bool) -> list[Toll]:
        """Death tolls the sentence states; none when it spreads one total over several places
        or over a whole country ("two civilians were killed across Ukraine")."""
        key = (sentence.start, sentence.end)
        if key not in self._zeros:  # several triggers share a sentence: search it once
            self._zeros[key] = self.view.lex.zero.search(span_text(sentence))
        zero = self._zeros[key]
        if zero is not None:
            start = sentence.start_char + zero.start()
            if self._zero_covers(start, start + len(zero.group()), trigger):
                return [Toll(0, "any")]
            self.orphan_zeros.add(sentence.start_char)
        if split or self.country_wide(sentence) or self._aggregate(key, sentence):
            return []
        if key not in self._by_sentence:  # several triggers share a sentence: read it once
            found = ((token, self._toll_at(token)) for token in span_tokens(sentence))
            rough = {self.number(t) for t in span_tokens(sentence) if self._rough(t)}
            self._by_sentence[key] = [
                (
                    Toll(
                        toll.count,
                        toll.side,
                        earlier=self._reported_before(token),
                        rough=toll.count in rough,
                        also=self._said_also(token),
                        part=toll.part,
                    ),
                    _setting_of(token, self.view.lex.reprisals) or _war_span(token, self.view.lex),
                    _clause_of(token),
                )
                for token, toll in found
                if toll is not None and not self._charged(token) and not self._tallied(token)
            ]
        # the dead of a clause that only says where or when another incident was ("landed in
        # the area where a strike killed 12 last month", "came two days after gunmen killed
        # five") are that incident's alone
        setting = _setting_of(trigger, self.view.lex.reprisals)
        own = [(at, toll) for toll, where, at in self._by_sentence[key] if where == setting]
        # "Gunmen kill 20 in Zamfara; air force strikes bandit camps": a semicolon parts two
        # reports, and the dead told before it are not the next one's (dead told after it
        # may be: "troops fought jihadists on Monday; 15 jihadists were neutralised")
        own = [(at, toll) for at, toll in own if not _told_before_a_part(sentence, at, trigger.i)]
        beyond = self.view.lex.beyond_words
        return _tolls_of_clause(own, trigger, beyond) or self._killing_of(trigger)

    def _charged(self, token: Token) -> bool:
        """Whether the dead are of a charge that stands against a party ("has been accused of
        shooting dead 300 residents") or of a long war's onset ("the war began when gunmen
        stormed in, killing 1,200"): history, no incident's toll."""
        lex = self.view.lex
        for verb in token.ancestors:
            deps = {(c.dep_, c.lemma_.lower()) for c in verb.children}
            perfect_passive = ("aux", "have") in deps and ("auxpass", "be") in deps
            if perfect_passive and verb.lemma_.lower() in lex.charges:
                return True
            subjects = {w for d, w in deps if d in ("nsubj", "nsubjpass")}
            if verb.lemma_.lower() in lex.onset_verbs and subjects & lex.long_conflicts:
                return True
            if launches_its_own(verb, lex.campaign_launches, lex.owned_campaigns):
                return True  # "launched its offensive after gunmen stormed in, killing 300"
        return False

    def _tallied(self, token: Token) -> bool:
        """Whether a word stands in a participle that carries an incident's dead into a
        running total ("killed two, bringing to 500 the number killed since October"): the
        total is no incident's toll, and its "since" makes no total of the incident's own."""
        for verb in (token, *token.ancestors):
            if verb.dep_ == "advcl" and verb.tag_ == "VBG":
                lex = self.view.lex
                return (
                    verb.lemma_.lower() in lex.tally_verbs
                    and verb.head.lemma_.lower() in lex.toll_lemmas
                )
        return False

    def _said_also(self, token: Token) -> bool:
        """Whether the killing verb a toll hangs on says "also" ("a girl was also shot dead",
        "two soldiers were also killed"): more dead of the incident told before, not a
        recount. The present perfect ("two others have also been killed") adds to a running
        count instead."""
        verb = next((t for t in (token, *token.ancestors) if t.pos_ == "VERB"), None)
        lex = self.view.lex
        if verb is None or verb.lemma_.lower() not in lex.kill_verbs | lex.die_verbs:
            return False
        if any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
            return False
        if any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children):
            return True
        # "two other soldiers died of their wounds", "three more died later in hospital": the
        # wounded of the incident who died after it, beyond its dead told before
        later = verb.lemma_.lower() in lex.die_verbs and _died_of_wounds(verb, lex.later_deaths)
        victims = (c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"})
        return later and any(_more_of_them(v, lex.beyond_words) for v in victims)

    def _rough(self, token: Token) -> bool:
        """A round figure: "two dozen", "about 30", "nearly 100"."""
        if token.lower_ in {"dozen", "hundred"}:
            return True
        rough = self.view.lex.toll_words.rough_words
        return any(c.dep_ in {"advmod", "quantmod"} and c.lower_ in rough for c in token.children)

    def _killing_of(self, trigger: Token) -> list[Toll]:
        """ "the killing of a police officer", "the massacre of 38 villagers": a trigger that
        names the killing counts its victims (only its own: an arrest "over the murder of a
        journalist" has no toll)."""
        if trigger.lemma_.lower() not in self.view.lex.toll_words.killing_nouns:
            return []
        for victim in self._of_objects(trigger):
            if (count := self.count_of(victim)) is not None:
                return [self._with_conjoined(victim, count)]
        return []

    def at_place(self, place: Token) -> list[Toll]:
        """The toll a sentence gives one of the places it lists: "killed two people in Kharkiv,
        three in Dnipro" gives Kharkiv two and Dnipro three; a count told for several places
        at once ("two people in Kharkiv and Dnipro") belongs to none of them."""
        place = _spot_of_the_count(place)
        if place.dep_ != "pobj" or place.head.dep_ != "prep":
            return []
        if place.conjuncts and not all(_a_bare_count(c) for c in place.conjuncts):
            return []
        holder = place.head.head
        if holder.pos_ == "VERB":
            counted = self._count_before(holder, place)
            if counted is not None:
                return [counted]  # "killed 31 people in X and 13 in Y": Y's is the 13
            toll = self._toll_at(holder)  # "killed 31 in X": the verb's own count
            return [toll] if toll is not None and not toll.earlier else []
        count = self.count_of(holder)
        # "..., three in Dnipro": a count standing for the killing verb it leaves out (past
        # an "including" the parser may take for a verb)
        verb = next((a for a in holder.ancestors if a.pos_ == "VERB" and a.dep_ != "prep"), None)
        if count is None or verb is None or self._toll_at(verb) is None:
            return []
        return [Toll(count, self.side_of(holder))]

    def included_at(self, place: Token) -> list[Toll]:
        """The count an "including" gives the one place a sentence puts its incident at
        ("killed at least 30 across Gaza, including 12 in Rafah"): a part of the total, the
        place's own."""
        if place.dep_ != "pobj" or place.head.dep_ != "prep":
            return []
        # the place's "in" hangs on the count "including" takes ("including 12 in Rafah"),
        # not on a noun further down ("including a soldier, in an attack on X")
        counted = place.head.head
        if counted.dep_ != "pobj" or counted.head.lower_ != "including":
            return []
        return self.at_place(place)

    def _count_before(self, verb: Token, place: Token) -> Toll | None:
        """The count nearest before a place among the verb's counted objects joined by "and"
        ("killed 31 people in X and 13 in Y": the parse hangs "in Y" on the verb, and the
        13, not the verb's sum, is Y's); none when the verb counts one object only."""
        objects = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]
        # "... and 11 in Y" parsed as a count joined to the verb itself
        numbers = [c for c in verb.children if c.dep_ == "conj" and c.like_num]
        # "... in X and one in Y" parsed as a count joined to X
        numbers += [c for x in _places_of(verb) for c in x.conjuncts if _a_bare_count(c)]
        nouns = [n for o in objects for n in (o, *o.conjuncts)] + numbers
        counted = [(n, c) for n in nouns if n.i < place.i and (c := self.count_of(n)) is not None]
        if len(counted) < 2:
            return None
        noun, count = max(counted, key=lambda pair: pair[0].i)
        return Toll(count, self.side_of(noun))

    def _reported_before(self, token: Token) -> bool:
        """A toll someone "had announced" or "had denounced" is an earlier figure that a later
        one replaces ("... had earlier announced that 9 soldiers were killed"); the killing
        itself in the past perfect ("gunmen had killed five") is not."""
        for verb in token.ancestors:
            if verb.pos_ == "VERB" and verb.lemma_.lower() not in self.view.lex.toll_lemmas:
                return any(c.dep_ == "aux" and c.lower_ in {"had", "'d"} for c in verb.children)
        return False

    def _aggregate(self, key: tuple[int, int], sentence: Span) -> bool:
        if key not in self._aggregates:
            self._aggregates[key] = any(
                not self._describes_aside(sentence.start_char + cue.start())
                for cue in self.view.lex.aggregate.finditer(span_text(sentence))
            ) or self._continues_total(sentence)
        return self._aggregates[key]

    def _continues_total(self, sentence: Span) -> bool:
        """ "Since 1 October, 49 people have been killed. Eight soldiers have also been killed
        in attacks.": deaths told in the present perfect right after a running total go on
        counting it."""
        if sentence.start == 0 or not any(self._perfect_death(t) for t in sentence):
            return False
        before = self.view.doc[sentence.start - 1].sent
        return self._aggregate((before.start, before.end), before)

    def _perfect_death(self, token: Token) -> bool:
        return (
            token.pos_ == "VERB"
            and token.lemma_.lower() in self.view.lex.toll_lemmas
            and any(c.dep_ == "aux" and c.lower_ in {"have", "has", "'ve"} for c in token.children)
        )

    def _describes_aside(self, start: int) -> bool:
        """Whether a running-total cue sits in a relative clause that tells no toll: "killed
        two people in a city that has seen weeks of unrest amid nationwide protests" describes
        the city, while "a city where 35 have been killed since January" counts a total; or
        measures an incident against the past ("the first attack on the town since 2019")."""
        span = self.view.doc.char_span(start, start + 1, alignment_mode="expand")
        if span is None or not len(span):
            return False
        if _a_yardstick(span[0]) or self._tallied(span[0]):
            return True
        clause = next((a for a in span[0].ancestors if a.dep_ == "relcl"), None)
        return clause is not None and not any(self._tells_death(t) for t in clause.subtree)

    def _tells_death(self, token: Token) -> bool:
        lex = self.view.lex
        return token.lemma_.lower() in lex.toll_lemmas or token.lower_ in lex.dead_words

    def _zero_covers(self, start: int, end: int, trigger: Token) -> bool:
        """Whether "no casualties" speaks of the trigger's incident: not when the trigger sits in
        a clause marked as another matter ("..., while another fire fight was monitored")."""
        zero = _span_root(self.view.doc, start, end)
        if zero is None:
            return True
        _, trigger_side, _ = _tree_path(zero, trigger)
        return not any(
            token.dep_ == "advcl"
            and any(
                c.dep_ == "mark" and c.lower_ in self.view.lex.zero_breaks for c in token.children
            )
            for token in trigger_side
        )

    def country_wide(self, sentence: Span) -> bool:
        """A sentence whose only places are countries speaks of a country-wide total."""
        # "a Yemeni official", "Iran-backed rebels": whose, not where
        text = self.view.text
        places = [
            p
            for p in self.view.places
            if sentence.start_char <= p.start < sentence.end_char
            and not self.view.in_dateline(p)
            and not p.demonym
            and text[p.end : p.end + 1] != "-"
        ]
        # "Ukraine's capital" names a place in the country, not the whole of it
        if any(self._possessive(p) for p in places):
            return False
        if places:
            wide = all(_place_level(p) == 0 for p in places)
        else:
            # The places stage may skip a country it reads as an actor ("forces in Myanmar").
            states = self.view.actor_lexicon.state_words
            wide = any(
                t.lower_ in states and t.pos_ == "PROPN" and t.dep_ == "pobj"
                for t in span_tokens(sentence)
            )
        # "a key city in Yemen", "the village", "an army post in Syria": one place the
        # gazetteer did not name
        lex = self.view.lex
        one_place = lex.settlements | lex.armed_sites | lex.manned_sites
        return wide and not any(
            t.tag_ == "NN" and t.lemma_.lower() in one_place for t in span_tokens(sentence)
        )

    def _possessive(self, place: Place) -> bool:
        token = _span_root(self.view.doc, place.start, place.end)
        return token is not None and token.dep_ == "poss" and token.head.pos_ == "NOUN"

    def _fatal_harm(self, token: Token) -> Toll | None:
        """ "Dilan Cruz was fatally injured": one death, or as many as the victims count."""
        if not any(c.lower_ in self.view.lex.fatal_adverbs for c in token.children):
            return None
        for victim in (c for c in token.children if c.dep_ in {"nsubjpass", "dobj"}):
            count = self.count_of(victim)
            if count is None and victim.pos_ == "PROPN":
                count = 1
            if count is not None:
                return Toll(count, self.side_of(victim))
        return None

    def _toll_at(self, token: Token) -> Toll | None:
        lex = self.view.lex
        told = self._told_aside(token)
        if told is not None:
            return told
        if token.pos_ == "VERB" and token.lemma_.lower() in lex.fatal_verbs:
            harm = self._fatal_harm(token)
            if harm is not None or token.lemma_.lower() not in lex.toll_lemmas:
                return harm  # "beaten to death" is read as a killing below
        if token.lemma_.lower() not in lex.toll_lemmas and token.lower_ not in lex.dead_words:
            return None
        # "the RSF denied reports about executing over 400 patients": a denied toll is none
        if any(a.lemma_.lower() in lex.denial for a in token.ancestors):
            return None
        if _or_otherwise_harmed(token, lex.other_harm):
            return None  # "12 killed or wounded", "20 dead or missing": not all of them died
        if (among := self._among_the_dead(token)) is not None:
            return among
        lemma = token.lemma_.lower()
        victims: list[Token] = []
        if lemma in lex.kill_verbs and token.pos_ == "VERB":
            killed = self._killed(token, lemma)
            if killed is None:
                return None
            victims = killed
        elif lemma in lex.die_verbs and token.pos_ == "VERB":
            victims = _subjects(token)
        elif token.lower_ in lex.dead_words and token.pos_ in {"ADJ", "NOUN"}:
            return self._toll_from_dead_word(token)
        if lemma in lex.party_kill_verbs:
            victims = [v for v in victims if self.side_of(v) in _PARTY_SIDES]
        return self._toll_of_victims(victims)

    def _among_the_dead(self, token: Token) -> Toll | None:
        """ "Three soldiers and a policeman were among the dead", "among those killed were
        four children", "the dead included two medics": the dead named are some of the
        incident's, whose count is theirs only when no other sentence counts them all."""
        for named in _named_of_the_dead(token):
            count = self.count_of(named)
            if count is None and self._named_person(named):
                count = 1
            if count is not None:
                toll = self._with_conjoined(named, count)
                return Toll(toll.count, toll.side, part=True)
        return None

    def _killed(self, token: Token, lemma: str) -> list[Token] | None:
        """Whom a killing verb names as killed; none when it needs a word it lacks ("shot"
        without "dead")."""
        needs = self.view.lex.kill_needs.get(lemma)
        # "shot dead", "gunned down", "beaten to death"
        said = {t.lower_ for c in token.children for t in (c, *c.children)}
        if needs and not said & set(needs):
            return None
        deps = {"dobj", "nsubjpass"} if token.tag_ != "VBN" or _is_passive(token) else {"dobj"}
        # the parser may hang a headline's verb on the paragraph below it
        victims = [c for c in token.children if c.dep_ in deps and self._same_line(token, c)]
        if token.dep_ in {"acl", "relcl"} and not victims:
            victims = [token.head]  # "five people killed in ..."
        paired = token.dep_ == "conj" and token.i == token.head.i + 2  # "shot and killed"
        if paired and not victims and _is_passive(token.head):
            # "an official was shot and killed": the first verb's subject died
            victims = [c for c in token.head.children if c.dep_ == "nsubjpass"]
        if not victims and _gapped_passive(token):
            # "five were wounded and two killed", "Two killed, five hurt in blast": a
            # passive with its "were" left out names its own dead
            victims = [c for c in token.children if c.dep_ == "nsubj"]
        return victims

    def _same_line(self, a: Token, b: Token) -> bool:
        first, last = sorted((a, b), key=lambda t: t.i)
        return "\n" not in self.view.text[first.idx : last.idx]

    def _toll_of_victims(self, victims: list[Token]) -> Toll | None:
        """The toll the first counted (or named) victim of a killing states."""
        for victim in self._past_dateline(victims):
            count = self.count_of(victim)
            if count is None:
                count = self._count_torn_off(victim)
            if count is None and victim.lemma_.lower() in self.view.lex.toll_words.life_nouns:
                # "claimed the lives of 12 people": the lives are the people's
                victim = next(self._of_objects(victim), victim)
                count = self.count_of(victim)
            if count is None and self._one_beside_counted(victim):
                # "killed the bomber and three policemen", "Ali Farah and two bodyguards were
                # shot dead": one person, then the counted others
                count = 1
            if count is None and self._named_person(victim):
                # "Ramesh Patil was gunned down", "journalist Ali Farah died": one death,
                # which a counted toll of the same incident already holds
                return Toll(1, NAMED_PERSON)
            if count is not None:
                return self._with_conjoined(victim, count)
        return None

    def _one_beside_counted(self, victim: Token) -> bool:
        """Whether an uncounted victim is one person named before counted others: a proper
        name or a singular noun with "the" or a possessive, joined to a counted noun."""
        counted = any(o.i > victim.i and self.count_of(o) is not None for o in victim.conjuncts)
        if not counted:
            return False
        definite = any(c.dep_ == "poss" or c.lower_ == "the" for c in victim.children)
        return self._named_person(victim) or (victim.tag_ == "NN" and definite)

    def _past_dateline(self, victims: list[Token]) -> list[Token]:
        """The parser may make a wire dateline the subject ("MOGADISHU, Sept 18 (Reuters) - At
        least seven people were killed", with "people" hung on "MOGADISHU"): the victims are
        what it says of the dateline, outside it."""
        layout = self.view.layout
        out = []
        for victim in victims:
            if not layout.in_dateline(victim.idx):
                out.append(victim)
                continue
            # what it says may hang on a part of the dateline ("DORI, Burkina Faso, May 6 -
            # Five gendarmes were killed": "gendarmes" set beside "Faso")
            out += [
                c
                for c in victim.subtree
                if c.dep_ == "appos"
                and not layout.in_dateline(c.idx)
                and layout.in_dateline(c.head.idx)
            ]
        return out

    def _count_torn_off(self, victim: Token) -> int | None:
        """The count right before a victim that the parser hung on the dateline ("GAO, Mali,
        March 12 - Three soldiers were killed": "Three" taken for part of the date)."""
        doc, at = victim.doc, victim.i - 1
        # past the words that describe the victims ("Three Malian soldiers")
        while at > victim.sent.start and doc[at].head.i == victim.i:
            if doc[at].dep_ not in {"amod", "compound"}:
                break
            at -= 1
        if at < victim.sent.start:
            return None
        count = doc[at]
        layout = self.view.layout
        if not count.like_num or layout.in_dateline(count.idx):
            return None
        return self.number(count) if layout.in_dateline(count.head.idx) else None

    def _told_aside(self, token: Token) -> Toll | None:
        """Tolls told without a word of killing or death: "four people lost their lives",
        "the number of people killed rose to 23"."""
        words = self.view.lex.toll_words
        if token.pos_ == "VERB" and token.lemma_.lower() in words.life_losses:
            if not any(
                c.dep_ == "dobj" and c.lemma_.lower() in words.life_nouns for c in token.children
            ):
                return None
            for victim in _subjects(token):
                if (count := self.count_of(victim)) is not None:
                    return self._with_conjoined(victim, count)
            return None
        if token.lower_ in words.count_nouns and any(
            self._tells_death(t) for of in self._of_objects(token) for t in of.subtree
        ):
            risen = self._toll_risen_to(token)
            return Toll(risen, "any") if risen is not None else None
        return None

    def _of_objects(self, noun: Token) -> Iterator[Token]:
        """The objects of a noun's "of" ("the lives of 12 people", "a family of five")."""
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                yield from (c for c in prep.children if c.dep_ == "pobj")

    def _named_person(self, victim: Token) -> bool:
        """A victim named by a proper name that is no place and no party: a person (the
        tagger takes "Trader Musa Garba" opening a sentence for an organisation)."""
        if victim.ent_type_ == "PERSON":
            return True
        places = {"GPE", "LOC", "FAC", "NORP", "DATE", "TIME"}
        proper = victim.pos_ == "PROPN" and victim.ent_type_ not in places
        return proper and self.side_of(victim) == "any"

    def _with_conjoined(self, victim: Token, count: int) -> Toll:
        """ "Four soldiers and two policemen were killed": the counted conjuncts add up."""
        side = self.side_of(victim)
        for other in victim.conjuncts:
            more = self.count_of(other) if other.i > victim.i else None
            if more is None and other.i > victim.i and _one_of_someone(other):
                more = 1  # "a village chief and his son"
            if more is not None:
                count += more
                side = side if self.side_of(other) == side else "any"
        for other in _companions(victim, self.view.lex.beside_words):
            # "twelve soldiers were killed, along with 20 militants"
            more = self.count_of(other)
            if more is None and _one_of_someone(other):
                more = 1  # "a teacher was killed along with her husband"
            if more is not None:
                count += more
                side = side if self.side_of(other) == side else "any"
        return Toll(count, side)

    def _toll_from_dead_word(self, token: Token) -> Toll | None:
        """ "five dead", "a death toll of 20", "killing at least 11" as an adjective use."""
        for child in token.children:
            if child.dep_ in {"nummod", "npadvmod"} and (n := self.number(child)) is not None:
                return Toll(n, "any")
        if token.lower_ in _REMAINS and (found := self._remains_of(token)) is not None:
            return found
        if token.dep_ == "amod" and self._a_killings_object(token.head):
            return None  # "shot dead two soldiers and a policeman": the verb counts them all
        if token.dep_ in {"amod", "acomp", "oprd"} and token.head.pos_ in {"NOUN", "NUM"}:
            # "five dead villagers" states a toll; "a dead demonstrator" recalls a death
            count = self.count_of(token.head, articles=token.dep_ != "amod")
            if count is not None:
                return Toll(count, self.side_of(token.head))
        if token.dep_ in {"oprd", "acomp", "xcomp", "ccomp"}:
            # "leaving eleven dead": the counted noun is the verb's object beside the adjective
            # (or the adjective's own subject); the verb's subject ("an airstrike ... left
            # seven people dead") only when nothing nearer counts
            # ("shot dead three Israelis": the parser may hang the object on "dead")
            own = [c for c in token.children if c.dep_ in {"nsubj", "dobj"}]
            before = [s for s in token.head.children if s.i < token.i]
            objects = [s for s in before if s.dep_ == "dobj"]
            # "two brothers were found dead": the passive subject of a verb of finding
            subjects = [s for s in before if s.dep_ in {"nsubj", "nsubjpass"}]
            for counted in (*own, *objects, *subjects):
                count = self.count_of(counted)
                if count is not None:
                    return Toll(count, self.side_of(counted))
        if token.lower_ in {"toll", "deaths", "death", "fatalities"}:
            risen = self._toll_risen_to(token)
            if risen is not None:
                return Toll(risen, "any")
            window = token.doc[token.i + 1 : min(token.i + 6, token.sent.end)]
            for other in window:
                if (n := self.number(other)) is not None:
                    return Toll(n, "any")
        if token.head.pos_ == "NUM" and (n := self.number(token.head)) is not None:
            return Toll(n, "any")
        return None

    def _a_killings_object(self, noun: Token) -> bool:
        return noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.view.lex.kill_verbs

    def _remains_of(self, remains: Token) -> Toll | None:
        """ "the bodies of five men": as many dead as the people they were."""
        for prep in (c for c in remains.children if c.dep_ == "prep" and c.lower_ == "of"):
            for whose in (c for c in prep.children if c.dep_ == "pobj"):
                if (count := self.count_of(whose, articles=False)) is not None:
                    return Toll(count, self.side_of(whose))
        return None

    def _toll_risen_to(self, toll: Token) -> int | None:
        """ "The death toll from Saturday's bombing has risen to 23": the number the verb
        of which the toll is the subject takes it to, however far the toll's own phrase runs."""
        if toll.dep_ != "nsubj":
            return None
        for child in toll.head.children:
            if child.dep_ == "prep" and child.lower_ in {"to", "at"}:
                for pobj in child.children:
                    if pobj.dep_ == "pobj" and (n := self.number(pobj)) is not None:
                        return n
            if child.dep_ in {"dobj", "attr"} and (n := self.number(child)) is not None:
                return n  # "the toll reached 23", "the toll is 23"
        return None

    def count_of(self, noun: Token, articles: bool = True) -> int | None:
        """The number a noun phrase counts ("at least 11 people", "Six", "a woman",
        "six aid-seekers")."""
        if (n := self.number(noun)) is not None:
            return n
        if noun.lower_ in _ONE_SELF:
            return 1  # "a bomber killed himself and three soldiers": he died too
        modifiers = [noun, *(c for c in noun.children if c.dep_ == "compound")]
        for modifier in modifiers:
            for child in modifier.children:
                if _counts(child, noun) and (n := self.number(child)) is not None:
                    return n
        if noun.lemma_.lower() in self.view.lex.toll_words.group_nouns:
            # "a family of five": the group's own count
            for counted in self._of_objects(noun):
                if (n := self.count_of(counted, articles=False)) is not None:
                    return n
        for child in noun.children if articles else ():
            if child.dep_ == "det" and child.lower_ in self.view.lex.one_words:
                return 1
        return None

    def number(self, token: Token) -> int | None:
        """A count written in digits or words ("11", "eleven", "twenty-five", "two dozen")."""
        value = self._word_number(token.lower_)
        if value is None:
            return None
        # "twenty - five": the parser hangs the tens on the units as a compound
        # "two dozen": the count of dozens hangs on it as a number modifier
        extra = [
            self._word_number(c.lower_)
            for c in token.children
            if c.dep_ == "compound" or (c.dep_ == "nummod" and token.lower_ in {"dozen", "hundred"})
            if not self.view.layout.in_dateline(c.idx)  # "May 6 - Five gendarmes": a day
        ]
        tens = sum(v for v in extra if v is not None)
        if token.lower_ in {"dozen", "hundred"} and tens:
            return tens * value
        # "10 to 15 people": a range counts its lower bound
        lows = [self._word_number(c.lower_) for c in token.children if c.dep_ == "quantmod"]
        low = min((v for v in lows if v is not None), default=None)
        if low is not None and low < value:
            return low
        return value + tens

    def _word_number(self, text: str) -> int | None:
        text = text.replace(",", "")
        if text.isdigit():
            value = int(text)
            return value if value < 100000 and not (1900 <= value <= 2100) else None
        parts = text.split("-")
        if all(p in self.view.lex.numbers for p in parts):
            return sum(self.view.lex.numbers[p] for p in parts)
        return None

    def side_of(self, noun: Token) -> str:
        # "nine of the attackers", "two of the soldiers": the side is the group counted from
        for child in noun.children:
            if child.dep_ == "prep" and child.lower_ == "of" and noun.pos_ == "NUM":
                group = next((c for c in child.children if c.dep_ == "pobj"), None)
                if group is not None:
                    return self.side_of(group)
        for mention in self.view.analysis.actors:
            if mention.start <= noun.idx < mention.end:
                if mention.kind in _STATE_KINDS:
                    return "state"
                if mention.kind in _ARMED_KINDS:
                    return "armed"
                return "people"
        return "any"


def _more_of_them(noun: Token, beyond: frozenset[str]) -> bool:
    """Whether a counted noun adds to dead told before ("two other soldiers", "another
    three people", "three more civilians"); "the other two victims" are of a number told."""
    if any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return False
    words = [noun, *(c for c in noun.children if c.dep_ in {"amod", "det"})]
    words += [m for c in noun.children if c.dep_ == "nummod" for m in c.children]
    return any(w.lower_ in beyond for w in words)


def _died_of_wounds(verb: Token, later_deaths: frozenset[str]) -> bool:
    """Whether a death is told as one of the wounded dying after the incident ("died of their
    wounds", "died later in hospital", "succumbed to injuries")."""
    return any(t.lower_ in later_deaths for c in verb.children for t in c.subtree)


def _named_of_the_dead(token: Token) -> list[Token]:
    """Whom a sentence names as some of the dead a word of death stands for: the subject of
    "were among the dead" (or what "among those killed were" names), the object of "the dead
    included"."""
    holder = token.head if token.dep_ in {"acl", "relcl"} else token
    verb = holder.head.head if holder.dep_ == "pobj" else holder.head
    if holder.dep_ == "pobj" and holder.head.lower_ == "among" and verb.lemma_ == "be":
        return [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "attr"}]
    if holder.dep_ == "nsubj" and verb.lemma_ == "include":
        return [c for c in verb.children if c.dep_ == "dobj"]
    return []


def _gapped_passive(verb: Token) -> bool:
    """A past participle with a subject but no auxiliary: a passive whose "were" is left
    out ("five were wounded and two killed"; a headline's "Two killed in blast")."""
    if verb.tag_ != "VBN" or any(c.dep_ in {"aux", "auxpass"} for c in verb.children):
        return False
    # a headline's own verb, or one joined to a passive whose "were" it shares ("I saw two
    # people killed" tells what a witness saw, not a count)
    return verb.dep_ == "ROOT" or (verb.dep_ == "conj" and _is_passive(verb.head))


def _subjects(verb: Token) -> list[Token]:
    """A verb's subjects, or those of the verb it is joined to ("a bomber killed a policeman
    and died in the blast")."""
    own = [c for c in verb.children if c.dep_ == "nsubj"]
    if own or verb.dep_ != "conj":
        return own
    return [c for c in verb.head.children if c.dep_ == "nsubj"]


_ONE_SELF = frozenset({"himself", "herself"})


def _companions(victim: Token, beside: frozenset[str]) -> list[Token]:
    """Who a sentence says died with the victims ("four soldiers were killed along with three
    attackers", "killing 12 soldiers, together with two civilians"): the objects of "along
    with" on the victims or on their verb."""
    found = []
    for holder in (victim, victim.head):
        for prep in holder.children:
            if prep.dep_ not in {"prep", "prt"} or prep.lower_ not in beside:
                continue
            # "along with" as one preposition, or "along" a particle beside "with"
            withs = [c for c in prep.children if c.lower_ == "with"]
            withs += [c for c in holder.children if c.lower_ == "with" and c.i == prep.i + 1]
            found += [c for w in withs for c in w.children if c.dep_ == "pobj"]
    return found


def _counts(child: Token, noun: Token) -> bool:
    """Whether a modifier is the count of a noun phrase: its number, or a number the parser
    took for part of a name that opens it ("Twelve Wagner fighters", "Eleven Azov fighters"),
    never a year ("2014 Maidan protesters")."""
    year = child.text.isdigit() and len(child.text) == 4
    opening = child.dep_ == "compound" and child.i == noun.left_edge.i and not year
    return child.dep_ == "nummod" or opening


def _one_of_someone(noun: Token) -> bool:
    """ "his son", "her husband": one person named by a kinship or role and a possessive."""
    return noun.tag_ == "NN" and any(c.dep_ == "poss" for c in noun.children)


def _or_otherwise_harmed(token: Token, harms: frozenset[str]) -> bool:
    """Whether a word of death is joined by "or" to another harm ("killed or wounded")."""
    if not any(c.dep_ == "cc" and c.lower_ == "or" for c in token.children):
        return False
    return any(
        c.dep_ == "conj" and (c.lemma_.lower() in harms or c.lower_ in harms)
        for c in token.children
    )


# Dependencies that start a clause of its own: "Eight were killed in X, while four others were
# killed in Y" tells two incidents, each with its toll.
_CLAUSE_DEPS = frozenset({"ROOT", "conj", "advcl", "ccomp", "parataxis"})


def _clause_of(token: Token) -> int:
    """The index of the verb heading the clause a token stands in; a count's participle
    that shares a passive's "were" ("and four wounded in Y") heads a clause of its own."""
    for verb in (token, *token.ancestors):
        if _gapped_count_clause(verb) is not None:
            return verb.i
        if verb.pos_ in {"VERB", "AUX"} and verb.dep_ in _CLAUSE_DEPS:
            return verb.i
    return token.sent.root.i


def _told_before_a_part(sentence: Span, toll: int, trigger: int) -> bool:
    """Whether a semicolon of the sentence stands after a toll's clause and before a trigger."""
    return any(t.text == ";" for t in sentence if toll < t.i < trigger)


def _tolls_of_clause(
    tolls: list[tuple[int, Toll]], trigger: Token, beyond: frozenset[str]
) -> list[Toll]:
    """The sentence's tolls for one trigger: those of the nearest clause up from it that has
    some, when another clause has others ("Eight soldiers were killed in X, while four others
    were killed when their convoy hit a mine"); else all of them."""
    doc = trigger.doc
    clause = _clause_of(trigger)
    while True:
        # a participle on the clause's verb is the clause's own ("struck a mosque, killing five")
        own = [toll for at, toll in tolls if at == clause or _participle_on(doc[at], clause)]
        if own:
            return own if len(own) < len(tolls) else [toll for _, toll in tolls]
        if clause == trigger.i and all(_a_killing_beside(doc[at], clause) for at, _ in tolls):
            # "abducted 20 passengers on Sunday and killed three villagers on Monday": the
            # dead are the killing's, told in the verb joined to this one
            return []
        if clause == trigger.i and _gapped_count_clause(trigger) is not None:
            # "two were killed in X and four wounded in Y": the second count's harm is its
            # own, and the dead told before are the first clause's
            return []
        if doc[clause].dep_ == "ROOT" or doc[clause].head.i == clause:
            return [toll for _, toll in tolls]
        if doc[clause].dep_ == "conj" and clause == trigger.i and _kills(doc[clause].head):
            # "killed two soldiers and abducted 10 villagers": the dead are the killing's
            return []
        if _a_contrasted_report(doc[clause]) and clause == trigger.i:
            # "gunmen killed 88 in Kebbi, while bandits abducted 15 in Katsina": another
            # doer's incident, set beside the killing, not its sequel
            return []
        if _joined_with_its_own_subject(doc[clause], beyond):
            # "two were killed in X, and three wounded in an attack in Y": a clause joined
            # with a subject of its own tells its own harm ("and 65 others injured" counts
            # more victims of the one incident: its dead stay)
            return []
        clause = _clause_of(doc[clause].head)


def _joined_with_its_own_subject(verb: Token, beyond: frozenset[str]) -> bool:
    """Whether a clause joined by "and", or set beside a killing by "while", names a subject
    of its own."""
    joined = verb.dep_ == "conj" or _a_contrasted_report(verb)
    return joined and _subject_of_its_own(verb, beyond)


def _subject_of_its_own(verb: Token, beyond: frozenset[str]) -> bool:
    """Whether a joined clause names a subject of its own, not the one it shares, and not
    one counted beside the victims told before ("65 others", "three more")."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return any(not _more_of_them(s, beyond) for s in subjects)


def _a_contrasted_report(verb: Token) -> bool:
    """Whether a clause is set beside a killing by "while" or "whereas" with a subject of its
    own ("..., while bandits abducted 15 people in Katsina")."""
    if verb.dep_ != "advcl" or not _kills(verb.head):
        return False
    children = list(verb.children)
    marked = any(c.dep_ == "mark" and c.lower_ in ("while", "whereas") for c in children)
    return marked and any(c.dep_ in ("nsubj", "nsubjpass") for c in children)


def _a_killing_beside(verb: Token, clause: int) -> bool:
    """Whether a toll's clause is a killing verb joined by "and" to the clause's verb, or a
    count's participle sharing its "were" ("two were wounded in X and four killed in Y")."""
    shared = _gapped_count_clause(verb)
    joined = verb.dep_ == "conj" and verb.head.i == clause
    return (joined or (shared is not None and shared.i == clause)) and _kills(verb)


def _kills(verb: Token) -> bool:
    return verb.pos_ == "VERB" and verb.lemma_.lower() in _KILLING


def _participle_on(verb: Token, clause: int) -> bool:
    """Whether a verb is an -ing participle that hangs on the clause's verb as its outcome."""
    return verb.dep_ == "advcl" and verb.head.i == clause and verb.tag_ == "VBG"


def _spot_of_the_count(place: Token) -> Token:
    """The word whose "in" a count hangs on, for a place told inside it ("five in a building
    in Beirut's southern suburbs": the building): a possessive's holder, and a noun of a
    preposition standing in another such noun."""
    spot = place.head if place.dep_ == "poss" else place
    while spot.dep_ == "pobj" and spot.head.dep_ == "prep":
        holder = spot.head.head
        if holder.pos_ != "NOUN" or holder.dep_ != "pobj" or holder.head.dep_ != "prep":
            break
        spot = holder
    return spot


def _a_bare_count(token: Token) -> bool:
    """A number standing alone, for people left out ("two in X and one in Y")."""
    return token.pos_ == "NUM" and token.like_num and all(c.dep_ == "prep" for c in token.children)


def _places_of(verb: Token) -> list[Token]:
    """The objects of the verb's prepositions ("killed in X", "in Y")."""
    return [o for p in verb.children if p.dep_ == "prep" for o in p.children if o.dep_ == "pobj"]
