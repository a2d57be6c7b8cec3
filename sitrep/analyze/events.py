"""Events: incidents typed in ACLED's taxonomy, with their arguments and evidence.

The typer finds asserted incident words; this stage turns them into one record per incident.
In order:

1. triggers in photo captions are dropped; the rest are grouped by sentence, cut at line
   breaks (a headline or dateline is not part of the next sentence);
2. each trigger becomes a *draft* per place its sentence ties to it in the parse (one per
   town when a sentence lists several; an address is one place; "the X and Y regions" are
   regions; a place "near" another, the reporter's place after "said", a source read as a
   town, a cause's or a destination's place, "pro-EU" and a dateline are not the incident's),
   else the paragraph's last place, the last incident's place, the article's focus place or
   the dateline, less precisely; no draft when the only place is a whole country, or when
   the clause states a present condition or an aim; with its date (the incident's own, not
   one of another incident inside its phrase, else the days before the report), actors by
   their role in the parse, the sentence's death tolls and sources;
3. tolls stated in sentences without a trigger join the draft at their place; a "no
   casualty" clause left by its own sentence's incidents closes the one told before;
4. the headline folds into the main incident; drafts typed from a generic word ("killed")
   join the specific incident at their place and date; drafts of one type group at one place
   and date merge (a guessed place joins a stated one close by); arrests at a rally (not
   those that set it off), looting in an attack, weapons seized in a clash and a strike
   whose weapon was shot down fold into their host; vague unplaced drafts go;
5. the record: actors laid out by the final sub-type, the toll (lowest claim per side, sides
   added), evidence, confidence, id.

Knowledge of the assembly lives in ``sitrep/data/events_assembly.toml``.
"""

from __future__ import annotations

import bisect
import itertools
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from functools import cache
from importlib import resources
from typing import Any, Generic, TypeVar

from spacy.tokens import Doc, Span, Token

from sitrep.analyze import gazetteer
from sitrep.analyze.actors import lexicon as actor_lexicon
from sitrep.analyze.event_types import EventTyper
from sitrep.model import (
    ActorMention,
    Analysis,
    DateMention,
    Event,
    Location,
    Place,
    Trigger,
    event_id,
)
from sitrep.model import Span as TextSpan

_ARMED_KINDS = frozenset({"military", "police", "rebel", "militia", "other"})
_STATE_KINDS = frozenset({"military", "police"})
_PEOPLE_KINDS = frozenset({"civilians", "protesters", "rioters"})
_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
_VICTIM_PREPS = frozenset({"on", "against", "at", "upon", "targeting", "into"})
_PARTY_PREPS = frozenset({"between", "with"})
_DEFAULT_DAYS = 3
_OFFICE_TIER = 1000
_UNIDENTIFIED = "Unidentified Armed Group"
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_POST_ATTACKS = frozenset({"Attack", "Armed clash"})
_PEOPLE_NAMES = ("Civilians", "Protesters", "Rioters")
_SIBLING_REACH = 3  # parse distance within which triggers of one sentence share a place
# parse distance given to a place that only names an office


@dataclass(frozen=True, slots=True)
class AssemblyLexicon:
    reporting: frozenset[str]
    near: frozenset[str]
    kill_verbs: frozenset[str]
    kill_needs: dict[str, frozenset[str]]
    die_verbs: frozenset[str]
    dead_words: frozenset[str]
    zero: re.Pattern[str]
    one_words: frozenset[str]
    denial: frozenset[str]
    toll_lemmas: frozenset[str]
    aggregate: re.Pattern[str]
    numbers: dict[str, int]
    caption: re.Pattern[str]
    compatible: dict[str, str]
    absorbed: dict[str, frozenset[str]]  # sub-type -> event types that absorb it ("*": any)
    directions: frozenset[str]
    lethal: frozenset[str]
    offices: frozenset[str]
    priority: dict[str, int]
    generic: frozenset[str]
    region_nouns: frozenset[str]
    part_words: frozenset[str]
    stances: frozenset[str]
    armed_sites: frozenset[str]
    goal_verbs: frozenset[str]
    implicative: frozenset[str]
    fatal_verbs: frozenset[str]
    fatal_adverbs: frozenset[str]
    absorbed_unplaced: dict[str, frozenset[str]]
    causes: frozenset[str]
    zero_breaks: frozenset[str]
    near_km: float
    territory: TerritoryLexicon
    effect_verbs: frozenset[str]
    strike_verbs: frozenset[str]
    weapon_subjects: dict[str, str]  # weapon lemma -> the sub-event type of its strikes


@dataclass(frozen=True, slots=True)
class TerritoryLexicon:
    """Words that settle how a place changed hands (``[territory]`` of the assembly file)."""

    fought_over: frozenset[str]
    not_fought: frozenset[str]
    takeovers: frozenset[str]
    withdrawals: frozenset[str]
    bare_moves: frozenset[str]
    conveyances: frozenset[str]


@cache
def assembly_lexicon() -> AssemblyLexicon:
    text = resources.files("sitrep.data").joinpath("events_assembly.toml").read_text("utf-8")
    data = tomllib.loads(text)
    fat = data["fatalities"]
    phrases = "|".join(re.escape(p) for p in sorted(fat["zero_phrases"], key=len, reverse=True))
    nobody = "|".join(re.escape(w) for w in fat["zero_subjects"])
    harmed = "|".join(re.escape(w) for w in fat["zero_outcomes"])
    # "nobody had been injured", "no one was reportedly hurt", besides the fixed phrases
    nouns = "|".join(re.escape(w) for w in fat["zero_nouns"])
    zero = rf"{phrases}|(?:{nobody})(?: \w+){{0,3}} (?:{harmed})|\bno (?:\w+ ){{0,2}}(?:{nouns})\b"
    agencies = "|".join(re.escape(a) for a in sorted(data["captions"]["agencies"], key=len)[::-1])
    markers = "|".join(re.escape(m) for m in data["captions"]["markers"])
    # "Name Surname/Agency/Getty": a credit is a slash-joined run ending in an agency name.
    caption = rf"(?<=\w)/(?:[^/\n]{{1,30}}/)?(?:{agencies})\b|{markers}"
    compatible = {}
    for group in data["merge"]["compatible"]:
        for event_type in group:
            compatible[event_type] = group[0]
    return AssemblyLexicon(
        reporting=frozenset(data["reporting_verbs"]),
        near=frozenset(data["near_words"]),
        kill_verbs=frozenset(fat["kill_verbs"]),
        kill_needs={k: frozenset(v) for k, v in fat["kill_verb_needs"].items()},
        die_verbs=frozenset(fat["die_verbs"]),
        dead_words=frozenset(fat["dead_words"]),
        zero=re.compile(rf"\b(?:{zero})\b", re.IGNORECASE),
        one_words=frozenset(fat["one_words"]),
        denial=frozenset(fat["denial_verbs"]),
        toll_lemmas=frozenset(fat["kill_verbs"]) | frozenset(fat["die_verbs"]),
        aggregate=re.compile(
            r"\b(?:" + "|".join(re.escape(c) for c in fat["aggregate_cues"]) + r")\b", re.I
        ),
        numbers=dict(data["numbers"]),
        caption=re.compile(caption),
        compatible=compatible,
        absorbed={k: frozenset(v) for k, v in data["merge"]["absorbed"].items()},
        directions=frozenset(data["relative_directions"]),
        lethal=frozenset(w.lower() for w in data["merge"]["lethal_force"]),
        offices=frozenset(w.lower() for w in data["offices"]),
        priority={name: i for i, name in enumerate(data["merge"]["subtype_priority"])},
        generic=frozenset(w.lower() for w in data["merge"]["generic_triggers"]),
        region_nouns=frozenset(w.lower() for w in data["region_nouns"]),
        stances=frozenset(w.lower() for w in data["stance_prefixes"]),
        armed_sites=frozenset(w.lower() for w in data["armed_sites"]),
        goal_verbs=frozenset(w.lower() for w in data["goal_verbs"]),
        implicative=frozenset(w.lower() for w in data["implicative_verbs"]),
        fatal_verbs=frozenset(fat["fatal_verbs"]),
        fatal_adverbs=frozenset(fat["fatal_adverbs"]),
        part_words=frozenset(w.lower() for w in data["part_words"])
        | frozenset(data["relative_directions"]),
        absorbed_unplaced={k: frozenset(v) for k, v in data["merge"]["absorbed_unplaced"].items()},
        causes=frozenset(w.lower() for w in data["merge"]["cause_words"]),
        zero_breaks=frozenset(w.lower() for w in fat["zero_clause_breaks"]),
        near_km=float(data["merge"]["near_km"]),
        effect_verbs=frozenset(w.lower() for w in data["effect_verbs"]),
        strike_verbs=frozenset(w.lower() for w in data["weapon_strikes"]["verbs"]),
        weapon_subjects={
            w.lower(): sub
            for sub, words in data["weapon_strikes"]["subjects"].items()
            for w in words
        },
        territory=TerritoryLexicon(
            **{k: frozenset(w.lower() for w in v) for k, v in data["territory"].items()}
        ),
    )


# ------------------------------------------------------------------------------------------
# Drafts: one trigger at one place, before merging


@dataclass(slots=True)
class Toll:
    count: int
    side: str  # state | armed | people | any


@dataclass(slots=True)
class Draft:
    event_type: str
    sub_event_type: str
    place: Place | None
    precision: int
    place_explicit: bool
    date_start: date
    date_end: date
    time_precision: int
    date_explicit: bool
    actor1: str | None
    actor2: str | None
    force: str | None  # the armed or state party of the sentence, for protest and riot roles
    tolls: list[Toll]
    reported_by: list[str]
    evidence: TextSpan
    confidence: float
    order: int
    triggers: list[Trigger] = field(default_factory=list)
    # Told as what something else came after or answered ("protests after the arrest")
    cause: bool = False
    # The sentence says who struck or who was struck, not only who fought
    directed: bool = False
    # actor1 is only a party the sentence mentions, in no role towards the trigger
    actor1_weak: bool = False


# ------------------------------------------------------------------------------------------
# Tree helpers


def _path_to_root(token: Token) -> list[Token]:
    path = [token]
    while path[-1].head.i != path[-1].i:
        path.append(path[-1].head)
    return path


def _tree_path(a: Token, b: Token) -> tuple[list[Token], list[Token], Token]:
    """The tokens from ``a`` up to (not including) the lowest common ancestor, the same for
    ``b``, and the ancestor itself."""
    up_a = _path_to_root(a)
    index_b = {t.i: n for n, t in enumerate(_path_to_root(b))}
    up_b = _path_to_root(b)
    for n, token in enumerate(up_a):
        if token.i in index_b:
            return up_a[:n], up_b[: index_b[token.i]], token
    return up_a, up_b, up_a[-1]


def _tree_distance(a: Token, b: Token) -> int:
    side_a, side_b, _ = _tree_path(a, b)
    return len(side_a) + len(side_b)


def _span_root(doc: Doc, start: int, end: int) -> Token | None:
    span = doc.char_span(start, end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


# ------------------------------------------------------------------------------------------
# Places


def _place_level(place: Place) -> int:
    """Coarse to fine: 0 country, 1 region, 2 district, 3 sub-district, 4 town, 5 neighbourhood."""
    code = place.feature_code or ""
    if code.startswith("PCL") or code == "CONT":
        return 0
    # A territory ("Gaza Strip") is coded as a region, as ACLED makes it an admin1
    if code in {"ADM1", "ADM1H", "TERR", "RGN", "RGNE", "ISL", "ISLS", "AREA", "PEN", "VAL", "MTS"}:
        return 1
    if code in {"ADM2", "ADM2H"}:
        return 2
    if code.startswith("ADM") or code == "ADMD":
        return 3
    # A section of a town, or a place the gazetteer lacks put at the point of what holds it.
    if code in {"PPLX", "PPLL"} or (not code and place.geonameid is None):
        return 5
    return 4


def _precision_of(place: Place) -> int:
    level = _place_level(place)
    if level >= 4:
        return 1
    if level >= 2:
        return 2
    return 3


def _contains(outer: Place, inner: Place) -> bool:
    """Whether ``outer`` is an administrative area that holds ``inner``."""
    if outer is inner or outer.country_code != inner.country_code:
        return False
    level_outer, level_inner = _place_level(outer), _place_level(inner)
    if _by_direction(outer) and not _by_direction(inner) and level_inner >= 1:
        # "southern Lebanon": a part of the country named by its direction holds its regions
        # and towns
        return True
    if level_outer >= level_inner:
        return False
    if level_outer == 0:
        return True
    if level_outer == 1:
        return outer.admin1 is not None and outer.admin1 == inner.admin1
    if level_outer == 2:
        return outer.admin2 is not None and outer.admin2 == inner.admin2
    # "Zaman Park" put at Lahore's point is in Lahore.
    return level_inner == 5 and (outer.lat, outer.lon) == (inner.lat, inner.lon)


def _by_direction(place: Place) -> bool:
    return _place_level(place) == 1 and place.admin1 is None and place.geonameid is None


def _same_place(a: Place, b: Place) -> bool:
    if a.geonameid is not None and a.geonameid == b.geonameid:
        return True
    return a.name == b.name and a.country_code == b.country_code


@cache
def _admin1_entry(country_code: str, admin1: str) -> gazetteer.Entry | None:
    """The first-level division a town's ``admin1`` names, from the gazetteer."""
    row = (
        gazetteer.load()
        .con.execute(
            "SELECT * FROM place WHERE cc = ? AND admin1 = ? AND fcode = 'ADM1' LIMIT 1",
            (country_code, admin1),
        )
        .fetchone()
    )
    return gazetteer.Entry(*row) if row else None


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
# The stage


class EventCoder:
    """The events stage: ``EventCoder()(doc, analysis)`` returns the article's events."""

    def __init__(self) -> None:
        self.typer = EventTyper()
        self.lex = assembly_lexicon()
        self.actors = actor_lexicon()

    def __call__(self, doc: Doc, analysis: Analysis) -> list[Event]:
        context = _ArticleContext(doc, analysis, self.lex)
        drafts: list[Draft] = []
        triggers = [t for t in self.typer(doc) if not context.in_caption(t.start)]
        by_sentence: dict[tuple[int, int], list[Trigger]] = {}
        for trigger in triggers:
            by_sentence.setdefault(_line_bounds(context.text, trigger), []).append(trigger)
        for bounds, sentence_triggers in by_sentence.items():
            drafts.extend(self._sentence_drafts(context, bounds, sentence_triggers, len(drafts)))
            placed = [d for d in drafts if d.place_explicit and d.place is not None]
            if placed:
                context.story_place = placed[-1].place
        _add_stray_tolls(context, drafts, set(by_sentence))
        _add_orphan_zeros(context, drafts)
        # The one group the article names stands for its unnamed attackers only when some
        # sentence gives it a part in an incident, not when it is mentioned in passing
        in_roles = {d.actor1 for d in drafts if not d.actor1_weak} | {d.actor2 for d in drafts}
        if context.named_group not in in_roles:
            context.named_group = None
        drafts = _absorb_generic(_fold_headline(drafts, context.headline_end, self.lex), self.lex)
        merged = _drop_vague(_merge(drafts, self.lex), self.lex)
        return [
            self._event(draft, analysis, index, context)
            for index, draft in enumerate(d for d in merged if d.place is not None)
        ]

    # -- one sentence ----------------------------------------------------------------------

    def _sentence_drafts(
        self,
        context: _ArticleContext,
        bounds: tuple[int, int],
        triggers: list[Trigger],
        order: int,
    ) -> list[Draft]:
        doc = context.doc
        sentence = doc.char_span(bounds[0], bounds[1], alignment_mode="expand")
        if sentence is None:
            return []
        heads = [_span_root(doc, t.start, t.end) for t in triggers]
        placed = self._places_by_trigger(context, sentence, triggers, heads)
        drafts = []
        for trigger, head in zip(triggers, heads, strict=True):
            if head is None:
                continue
            places = placed.get(trigger.start) or _sibling_places(
                trigger, head, triggers, heads, placed
            )
            if not places and trigger.start in placed:
                continue
            explicit_place = bool(places)
            places = places or [context.fallback_place(sentence)]
            others = [h for h in heads if h is not None and h.i != head.i]
            start, end, time_precision, explicit = context.event_dates(sentence, head, others)
            if not explicit and bounds[0] >= context.headline_end and _states_a_condition(head):
                continue  # "Al Shabaab is fighting the government": a state of affairs
            if bounds[0] >= context.headline_end and _intended(head, context.lex):
                continue  # "in its attempt to take control of the region": an aim
            if not explicit and _an_effects_cause(head, context.lex):
                continue  # "people displaced by the fighting": the war's toll, no incident
            settled = _settle_territory(trigger.sub_event_type, head, sentence, self.lex.territory)
            if settled is None:
                continue
            struck = _weapon_strike(trigger, settled, sentence, self.lex)
            if struck is not None:
                trigger = struck
            elif settled != trigger.sub_event_type:
                taxonomy = self.typer.lexicon.taxonomy
                trigger = replace(trigger, sub_event_type=settled, event_type=taxonomy[settled])
            tolls = context.tolls(sentence, head, split=len(places) > 1)
            reported = context.reported_by(sentence)
            for place_and_precision in places:
                place, precision = place_and_precision
                actor1, actor2, armed_victim, force, weak = self._actors(
                    context, sentence, head, trigger, place
                )
                event_type, sub_event_type = trigger.event_type, trigger.sub_event_type
                at_post = sub_event_type in _POST_ATTACKS and context.at_armed_site(sentence)
                code = place.country_code if place else context.focus
                unopposed = actor2 is None or actor2.startswith(_PEOPLE_NAMES)
                if at_post and code is not None and unopposed:
                    # the post's defenders: the forces of the country it stands in
                    armed_victim = True
                    actor2 = self.actors.state_name("military", code, context.published.year)
                if armed_victim and event_type == "Violence against civilians":
                    # ACLED: an attack on soldiers, police or fighters is a battle, even one-sided
                    event_type, sub_event_type = "Battles", "Armed clash"
                drafts.append(
                    Draft(
                        event_type=event_type,
                        sub_event_type=sub_event_type,
                        place=place,
                        precision=precision,
                        place_explicit=explicit_place and id(place) not in context.office_places,
                        date_start=start,
                        date_end=end,
                        time_precision=time_precision,
                        date_explicit=explicit,
                        actor1=actor1,
                        actor2=actor2,
                        force=force,
                        directed=context.directed(sentence, head),
                        actor1_weak=weak,
                        tolls=list(tolls),
                        reported_by=list(reported),
                        evidence=TextSpan(sentence.text, sentence.start_char, sentence.end_char),
                        confidence=trigger.confidence * (1.0 if explicit else 0.9),
                        order=order + len(drafts),
                        triggers=[trigger],
                        cause=_told_as_cause(head, context.lex),
                    )
                )
        return drafts

    def _places_by_trigger(
        self,
        context: _ArticleContext,
        sentence: Span,
        triggers: list[Trigger],
        heads: list[Token | None],
    ) -> dict[int, list[tuple[Place, int]]]:
        """Each eligible place of the sentence goes to its nearest trigger in the parse."""
        # An address ("Barangay Tambobong, Baguio District, Davao City") is one place even
        # when its parts hang on different words.
        candidates = _collapse_chains(context.sentence_places(sentence), context)
        live = [(t, h) for t, h in zip(triggers, heads, strict=True) if h is not None]
        assigned: dict[int, list[tuple[Place, Token]]] = {}
        ties = []
        for place, token in candidates:
            scored = []
            for trigger, head in live:
                eligible, distance = context.place_tie(token, head)
                if eligible:
                    scored.append((distance, abs(token.i - head.i), trigger.start))
            if scored:
                ties.append((min(scored), place, token))
        if any(tie[0][0] < _OFFICE_TIER for tie in ties):
            ties = [tie for tie in ties if tie[0][0] < _OFFICE_TIER]
        offices = {token.i for (distance, _, _), _, token in ties if distance >= _OFFICE_TIER}
        for (_, _, trigger_start), place, token in ties:
            assigned.setdefault(trigger_start, []).append((place, token))
        result = {}
        for trigger_start, pairs in assigned.items():
            if all(_place_level(p) == 0 and not context.part_of(t) for p, t in pairs):
                # "six were killed around Myanmar": no place below the country, no event
                result[trigger_start] = []
                continue
            pairs = _sure_places(pairs, context.focus)
            pairs = _drop_descriptions(pairs, context.lex.directions)
            pairs = _in_one_country(pairs, context.focus)
            places = [p for p, _ in pairs]
            finest = [
                (place, token)
                for place, token in pairs
                if not any(_contains(place, other) for other in places)
            ]
            finest = _collapse_chains(finest, context)
            unique: list[tuple[Place, int]] = []
            for place, token in finest:
                if _place_level(place) == 0:
                    continue
                if any(_same_place(place, seen) for seen, _ in unique):
                    continue
                place = context.region_named(place, token)
                # An office's place stands for its region: it never refines a known place
                precision = 3 if token.i in offices else context.precision(place, token)
                if token.i in offices:
                    context.office_places.add(id(place))
                unique.append((place, precision))
            if unique:
                result[trigger_start] = unique
        return result

    # -- actors ----------------------------------------------------------------------------

    def _actors(
        self,
        context: _ArticleContext,
        sentence: Span,
        head: Token,
        trigger: Trigger,
        place: Place | None,
    ) -> tuple[str | None, str | None, bool, str | None, bool]:
        """actor1, actor2, whether the victim is an armed party, the sentence's force, and
        whether actor1 is only a party the sentence mentions, in no role."""
        year = context.published.year
        code = place.country_code if place else context.focus
        mentions = context.sentence_actors(sentence)
        agents, victims, parties = _roles(context, mentions, head)

        def name(mention: ActorMention) -> str:
            return self.actors.relocated(mention, code, year)

        def generic(kind: str) -> str:
            return self.actors.generic_name(self.actors.templates[kind], code, year)

        killed = [m for m in mentions if context.is_killed(m)]
        # "..., the army said": a party that reports the incident is its source, not a party.
        mentions = [m for m in mentions if not context.is_reporter(m)]
        victims = victims + [m for m in killed if m not in victims]
        armed_agents = [m for m in agents if m.kind in _ARMED_KINDS and m not in killed]
        armed_near = [m for m in mentions if m.kind in _ARMED_KINDS]
        forces = armed_agents or [m for m in victims if m.kind in _STATE_KINDS] or armed_near
        force = name(forces[0]) if forces else None
        event_type, sub = trigger.event_type, trigger.sub_event_type
        if event_type in {"Protests", "Riots"}:
            target = next((m for m in victims if m.kind in _ARMED_KINDS), None)
            return None, (name(target) if target else None), False, force, False
        if sub == "Disrupted weapons use":
            # The interceptor is the state whose ground it is; the launcher is named by the
            # weapon ("Ukrainian drones were shot down").
            launcher = next((m for m in armed_near if m.country_code not in {None, code}), None)
            interceptor = self.actors.state_name("military", code, year) if code else None
            if launcher is None:
                launcher = context.foreign_party(code)
            return interceptor, (name(launcher) if launcher else None), False, force, False
        actor1 = armed_agents[0] if armed_agents else None
        if actor1 is None and parties:
            actor1 = parties[0]
        weak = False
        if actor1 is None:
            actor1 = next((m for m in armed_near if m not in victims), None)
            weak = actor1 is not None
        pool = [m for m in victims + parties if m is not actor1]
        if event_type == "Battles":
            pool += [m for m in armed_near if m is not actor1 and m not in pool]
            own = name(actor1) if actor1 else None
            actor2 = next((m for m in pool if m.kind in _ARMED_KINDS and name(m) != own), None)
            if actor2 is None and actor1 is not None:
                # The other side of a battle the sentence leaves unnamed: the article's other
                # main armed party ("Ukrainian forces defending the city").
                actor2 = context.opponent_of(actor1)
        else:
            actor2 = next(iter(pool), None)
            if actor2 is None:
                # People killed or hurt by a strike are its target even when the parse does
                # not tie them to the trigger word.
                actor2 = next((m for m in mentions if m.kind == "civilians"), None)
        first = name(actor1) if actor1 else None
        second = name(actor2) if actor2 else None
        armed_victim = actor2 is not None and actor2.kind in _ARMED_KINDS and actor2 in victims
        if first is None and (event_type == "Battles" or armed_victim):
            first = generic("militia")  # an attack on soldiers by attackers the text leaves unnamed
        if event_type == "Violence against civilians":
            if first is None:
                first = generic("militia")
            if second is None or (actor2 and actor2.kind not in _PEOPLE_KINDS and not armed_victim):
                second = generic("civilians")
        if second == first:
            second = None
        return first, second, armed_victim, force, weak

    def _final_actors(
        self, draft: Draft, context: _ArticleContext
    ) -> tuple[str | None, str | None]:
        """Protest and riot roles follow ACLED's layout for the final sub-type; an unnamed
        perpetrator takes the one armed group the article names, when it names just one."""
        year = context.published.year
        code = draft.place.country_code if draft.place else context.focus

        def generic(kind: str) -> str:
            return self.actors.generic_name(self.actors.templates[kind], code, year)

        sub = draft.sub_event_type
        force = draft.force
        if force is None and code is not None:
            force = self.actors.state_name("police", code, year)
        if sub == "Excessive force against protesters":
            return force, generic("protesters")
        if sub == "Protest with intervention":
            return generic("protesters"), force
        if sub == "Peaceful protest":
            return generic("protesters"), None
        if draft.event_type == "Riots":
            return generic("rioters"), draft.actor2 or draft.force
        if sub == "Arrests" and draft.actor1 is None:
            # arrests are made by the state: the police, when the sentence names no force
            return force, draft.actor2
        unidentified = self.actors.generic_name(self.actors.templates["militia"], None, 2000)
        stem = unidentified.split(" (")[0]

        def named(actor: str | None) -> str | None:
            if actor is not None and actor.startswith(stem) and context.named_group:
                return context.named_group
            return actor

        actor1, actor2 = named(draft.actor1), named(draft.actor2)
        if actor2 == actor1:
            actor2 = None
        if draft.event_type == "Battles" and (actor1 is None) != (actor2 is None):
            # A battle has two sides: the one the sentence leaves out is the article's main
            # party on the other side (state forces against the named or unnamed group).
            known = actor1 or actor2
            other = context.counterpart(known, self.actors.relocated, code, year)
            actor1, actor2 = (known, other) if actor1 else (other, known)
        # Who opened fire in "an encounter between troops and rebels" is seldom said: ACLED
        # lists the state's forces first, and of two states' forces the one abroad, which
        # came to fight
        undirected = draft.sub_event_type == "Armed clash" and not draft.directed
        local = {self.actors.state_name(k, code, year) for k in ("military", "police") if code}
        if undirected and _is_state(actor2) and (not _is_state(actor1) or actor1 in local):
            actor1, actor2 = actor2, actor1
        return actor1, actor2

    # -- the record ------------------------------------------------------------------------

    def _event(
        self, draft: Draft, analysis: Analysis, index: int, context: _ArticleContext
    ) -> Event:
        _settle_protest_force(draft, self.lex)
        place = draft.place
        actor1, actor2 = self._final_actors(draft, context)
        code = place.country_code if place is not None else context.focus
        year = context.published.year
        local = {self.actors.state_name(k, code, year) for k in ("military", "police") if code}
        sub_event_type = _territory_by_actor(draft.sub_event_type, actor1, local)
        location = None
        if place is not None:
            location = Location(
                name=place.name,
                geonameid=place.geonameid,
                country_code=place.country_code,
                admin1=place.admin1,
                admin2=place.admin2,
                lat=place.lat,
                lon=place.lon,
                precision=draft.precision,
            )
        return Event(
            id=event_id(analysis.article.id, index),
            event_type=draft.event_type,
            sub_event_type=sub_event_type,
            date_start=draft.date_start.isoformat(),
            date_end=draft.date_end.isoformat(),
            time_precision=draft.time_precision,
            location=location,
            actor1=actor1,
            actor2=actor2,
            fatalities=_fatalities(draft.tolls),
            reported_by=draft.reported_by,
            evidence=draft.evidence,
            confidence=round(min(1.0, draft.confidence), 3),
        )


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
        best = max(counts.values())
        return next(p for p in below_country if counts[p.name] == best)

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
            return self._fatal_harm(token)
        if token.lemma_.lower() not in lex.toll_lemmas and token.lower_ not in lex.dead_words:
            return None
        # "the RSF denied reports about executing over 400 patients": a denied toll is none
        if any(a.lemma_.lower() in lex.denial for a in token.ancestors):
            return None
        lemma = token.lemma_.lower()
        victims: list[Token] = []
        if lemma in lex.kill_verbs and token.pos_ == "VERB":
            needs = lex.kill_needs.get(lemma)
            if needs and not any(c.lower_ in needs for c in token.children):
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
                return Toll(count, self.side_of(victim))
        return None

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


def _add_stray_tolls(
    context: _ArticleContext, drafts: list[Draft], seen: set[tuple[int, int]]
) -> None:
    """A toll stated in a sentence without a trigger ("Eleven were killed in Kaura Namoda")
    goes to the event at the place it names, or to the event just before it in its paragraph."""
    if not drafts:
        return
    doc = context.doc
    for start, end in _sentence_lines(doc):
        if (start, end) in seen or context.in_caption(start):
            continue
        sentence = doc.char_span(start, end, alignment_mode="expand")
        if sentence is None or sentence.root is None:
            continue
        tolls = context.tolls(sentence, sentence.root, split=False)
        if not tolls:
            continue
        places = [p for p, _ in context.sentence_places(sentence) if _place_level(p) > 0]
        target = None
        if places:
            there = [
                d
                for d in drafts
                if d.place is not None
                and any(_same_place(d.place, p) or _contains(p, d.place) for p in places)
            ]
            if there and all(t.count == 0 for t in tolls):
                # "nobody was injured in the Ryazan region": none of the incidents there
                for draft in there:
                    draft.tolls.extend(tolls)
                continue
            target = there[0] if there else None
        else:
            paragraph_start = context.text.rfind("\n", 0, start) + 1
            earlier = [d for d in drafts if paragraph_start <= d.evidence.start < start]
            target = earlier[-1] if earlier else None
            if target is None and all(t.count == 0 for t in tolls):
                # "No major injuries were reported" closing a story speaks of its main incident
                target = min(drafts, key=lambda d: d.order)
        if target is not None:
            target.tolls.extend(tolls)


def _add_orphan_zeros(context: _ArticleContext, drafts: list[Draft]) -> None:
    """A "no casualty" clause that leaves its sentence's incidents for another matter closes
    the incident told just before it."""
    for start in sorted(context.orphan_zeros):
        own = [d for d in drafts if d.evidence.start == start]
        if any(t.count == 0 for d in own for t in d.tolls):
            continue
        earlier = [d for d in drafts if d.evidence.start < start]
        if earlier:
            max(earlier, key=lambda d: d.evidence.start).tolls.append(Toll(0, "any"))


def _drop_descriptions(
    pairs: list[tuple[Place, Token]], directions: frozenset[str]
) -> list[tuple[Place, Token]]:
    """Drop a place that only describes another ("Mansouri near the city of Tyre",
    "Kryvyi Rih, Zelenskyy's hometown in central Ukraine"): it hangs under the other's token,
    other than as a member of a list."""
    tokens = {token.i for _, token in pairs}
    kept = []
    for place, token in pairs:
        described = False
        walk = token
        while walk.head.i != walk.i:
            linked_by_list = walk.dep_ == "conj"
            walk = walk.head
            if walk.i in tokens and walk.i != token.i and not linked_by_list:
                described = True
                break
            if walk.pos_ == "VERB":
                break
        if not described:
            kept.append((place, token))
    # "in the village of Mansouri near the city of Tyre": the place "near" only locates another
    anchored = [pair for pair in kept if not _is_near_reference(pair[1], directions)]
    return anchored or kept or pairs


def _is_near_reference(token: Token, directions: frozenset[str]) -> bool:
    """A place that only locates another: "near Tyre", "north of the province of X"."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "prep":
            if ancestor.lower_ in {"near", "outside"}:
                return True
            if ancestor.lower_ != "of":
                return False
            if ancestor.head.lower_ in directions:
                return True
            # "the coastal city of Tyre": the "of" names the place; look further up
    return False


def _in_one_country(
    pairs: list[tuple[Place, Token]], focus: str | None
) -> list[tuple[Place, Token]]:
    """Places of one incident lie in one country: a stray reading abroad ("Cabo Delegado"
    read as a Brazilian town in a Mozambican story) gives way to the article's country."""
    countries = {p.country_code for p, _ in pairs}
    if len(countries) < 2 or focus not in countries:
        return pairs
    return [(p, t) for p, t in pairs if p.country_code == focus]


_UNSURE = 0.3


def _sure_places(pairs: list[tuple[Place, Token]], focus: str | None) -> list[tuple[Place, Token]]:
    """Beside places the gazetteer knows, a name it could only guess at (often a person's
    name read as a village) makes no event of its own; a guess placed in another country
    than the article's is no place at all ("Mansouri" given Israel's coordinates in a story
    from south Lebanon): the incident takes the known place or the fallback."""
    sure = [pair for pair in pairs if pair[0].confidence >= _UNSURE]
    if sure:
        return sure
    return [pair for pair in pairs if focus is None or pair[0].country_code == focus]


_LIST_WORDS = frozenset({"and", "or", "&", "as", "well", "plus"})


def _collapse_chains(
    pairs: list[tuple[Place, Token]], context: _ArticleContext
) -> list[tuple[Place, Token]]:
    """Places joined by commas alone ("Sitio Bulak, Brgy Lower Olave, Buenavista") are one
    address, finest first; joined by "and" or "or" ("Kharkiv, Dnipro and Sumy") they are a list."""
    if len(pairs) < 2:
        return pairs
    ordered = sorted(pairs, key=lambda pair: pair[1].i)
    chains: list[list[tuple[Place, Token]]] = [[ordered[0]]]
    listed = [False]
    for previous, current in itertools.pairwise(ordered):
        between = _between(context.doc, previous[0], current[0])
        words = [t.lower_ for t in between if not t.is_punct]
        # Between the parts of an address: commas, "and"/"or", and names the gazetteer
        # did not place ("Upper Sangay, Brgy Anomar, Surigao City").
        unplaced = all(t.is_punct or t.is_title or t.is_upper for t in between)
        if len(between) <= 6 and (
            all(w in _LIST_WORDS or w == "the" for w in words) or (unplaced and words)
        ):
            chains[-1].append(current)
            listed[-1] = listed[-1] or any(w in _LIST_WORDS for w in words)
        else:
            chains.append([current])
            listed.append(False)
    result = []
    for chain, is_list in zip(chains, listed, strict=True):
        if is_list or len(chain) == 1:
            result.extend(chain)
        else:
            result.append(_address_head(chain, context.focus))
    return result


def _between(doc: Doc, first: Place, second: Place) -> Span:
    """The tokens between two place names."""
    left = doc.char_span(first.start, first.end, alignment_mode="expand")
    right = doc.char_span(second.start, second.end, alignment_mode="expand")
    if left is None or right is None or left.end > right.start:
        return doc[0:0]
    return doc[left.end : right.start]


def _address_head(chain: list[tuple[Place, Token]], focus: str | None) -> tuple[Place, Token]:
    """The surest place of an address, the finest among equally sure ones, in the article's
    country when possible (a village the gazetteer barely knows yields to its town)."""
    in_focus = [pair for pair in chain if pair[0].country_code == focus] or chain
    below_country = [pair for pair in in_focus if _place_level(pair[0]) > 0] or in_focus
    return max(
        below_country, key=lambda pair: (round(pair[0].confidence, 1), _place_level(pair[0]))
    )


def _sibling_places(
    trigger: Trigger,
    head: Token,
    triggers: list[Trigger],
    heads: list[Token | None],
    placed: dict[int, list[tuple[Place, int]]],
) -> list[tuple[Place, int]]:
    """The places of the nearest trigger in the same sentence ("a missile strike on Kharkiv":
    "missile" shares the place "strike" took)."""
    options = [
        (_tree_distance(head, other_head), placed[other.start])
        for other, other_head in zip(triggers, heads, strict=True)
        if other is not trigger and other_head is not None and placed.get(other.start)
    ]
    # A trigger far off in the parse ("unrest broke out ... over a collapse that killed 16
    # in Novi Sad") tells another incident: its place is not lent
    options = [o for o in options if o[0] <= _SIBLING_REACH]
    return min(options, key=lambda o: o[0])[1] if options else []


def _line_bounds(text: str, trigger: Trigger) -> tuple[int, int]:
    """The trigger's sentence cut at line breaks: a headline or dateline on the line above is
    another sentence, though the parser may run them together."""
    start, end = trigger.sent_start, trigger.sent_end
    newline = text.rfind("\n", start, trigger.start)
    if newline >= 0:
        start = newline + 1
    newline = text.find("\n", trigger.end, end)
    if newline >= 0:
        end = newline
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _is_passive(token: Token) -> bool:
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)


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


# ------------------------------------------------------------------------------------------
# Merging drafts of one incident


def _merge(drafts: list[Draft], lex: AssemblyLexicon) -> list[Draft]:
    merged: list[Draft] = []
    for draft in sorted(drafts, key=lambda d: d.order):
        for kept in merged:
            if _one_incident(kept, draft, lex):
                _absorb(kept, draft, lex)
                break
        else:
            merged.append(draft)
    # Arrests at a rally and looting during an attack fold into the incident at that place.
    hosted = _fold_into_hosts(
        merged,
        merged,
        lambda host, draft: (
            _absorbs(host, draft, lex) and _places_match(host, draft) and _dates_match(host, draft)
        ),
        share_sources=False,
    )
    return _absorb_generic(_absorb_intercepted(hosted), lex)


def _fold_into_hosts(
    drafts: list[Draft],
    hosts: list[Draft],
    belongs: Callable[[Draft, Draft], bool],
    share_sources: bool = True,
) -> list[Draft]:
    """Drafts that ``belongs(host, draft)`` to some other host give it their tolls and vanish."""
    result = []
    for draft in drafts:
        host = next((h for h in hosts if h is not draft and belongs(h, draft)), None)
        if host is None:
            result.append(draft)
            continue
        host.tolls.extend(draft.tolls)
        if share_sources:
            host.reported_by.extend(s for s in draft.reported_by if s not in host.reported_by)
    return result


def _absorb_intercepted(drafts: list[Draft]) -> list[Draft]:
    """Drones or missiles a sentence says were shot down are the interception, not a strike
    ("Six drones were shot down over the Belgorod region")."""
    return _fold_into_hosts(
        drafts,
        [d for d in drafts if d.sub_event_type == "Disrupted weapons use"],
        lambda host, draft: (
            draft.event_type == "Explosions/Remote violence"
            and host.evidence.start == draft.evidence.start
            and _places_match(host, draft)
        ),
    )


def _drop_vague(drafts: list[Draft], lex: AssemblyLexicon) -> list[Draft]:
    """Drop what names neither a place nor a specific kind of violence ("residents were
    angered by yet another attack") when the article reports a clearer incident."""
    clear = [d for d in drafts if d.place_explicit or not _is_generic(d, lex)]
    return clear if clear else drafts


def _is_generic(draft: Draft, lex: AssemblyLexicon) -> bool:
    return all(
        t.text.lower() in lex.generic or t.text.lower().rstrip("s") in lex.generic
        for t in draft.triggers
    )


def _absorb_generic(drafts: list[Draft], lex: AssemblyLexicon) -> list[Draft]:
    """A draft typed only from a generic word ("killed", "attack") at the place and date of a
    draft with a specific trigger ("drone strike", "clashes") is that incident's toll, not
    another incident: the strike killed them."""
    result = []
    for draft in drafts:
        host = None
        if _is_generic(draft, lex):
            # "the attack on <suburb>" is the clashes in the city beside it; a host whose
            # place is stated comes before one whose place is a guess
            hosts = [
                other
                for other in drafts
                if other is not draft
                and not _is_generic(other, lex)
                and _places_match(other, draft, lex.near_km, stated=True)
                and _dates_match(other, draft)
            ]
            group = _type_group(draft.event_type, lex)
            hosts.sort(
                key=lambda other: (
                    not _overlap(other, draft),
                    _type_group(other.event_type, lex) != group,
                    not other.place_explicit,
                )
            )
            host = hosts[0] if hosts else None
        if host is None:
            result.append(draft)
            continue
        _take_over(host, draft)
    return result


def _take_over(host: Draft, draft: Draft) -> None:
    """The host of a folded report keeps its tolls, sources and any party it names better."""
    host.tolls.extend(draft.tolls)
    host.reported_by.extend(s for s in draft.reported_by if s not in host.reported_by)
    host.actor1 = _better_actor(host.actor1, draft.actor1, draft.actor1_weak)
    host.actor2 = host.actor2 or draft.actor2


def _is_state(actor: str | None) -> bool:
    return actor is not None and actor.startswith(("Military Forces", "Police Forces"))


def _better_actor(current: str | None, other: str | None, weak: bool = False) -> str | None:
    """The party one report leaves unidentified is the one another report of the incident names."""
    if current is None:
        return other
    # a group only mentioned beside the incident ("a leader of the cartel") is no attacker
    if other is not None and current.startswith(_UNIDENTIFIED) and (_is_state(other) or not weak):
        return current if other.startswith(_UNIDENTIFIED) else other
    return current


def _fold_headline(drafts: list[Draft], headline_end: int, lex: AssemblyLexicon) -> list[Draft]:
    """A headline restates the article's main incident: its drafts fold into the first body
    draft of the same type group, whatever place each found."""
    body = [d for d in drafts if d.evidence.start >= headline_end]
    result = list(body)
    for draft in drafts:
        if draft.evidence.start >= headline_end:
            continue
        group = _type_group(draft.event_type, lex)
        # a generic headline word ("Militants Kill 12") goes to the incident of its own type
        # when the body tells one, else to the first
        host = next((d for d in body if _type_group(d.event_type, lex) == group), None)
        if host is None and _is_generic(draft, lex) and body:
            host = body[0]
        if host is None:
            result.append(draft)
            continue
        _take_over(host, draft)
    return sorted(result, key=lambda d: d.order)


def _states_a_condition(head: Token) -> bool:
    """Whether the trigger's clause is in the simple or continuous present ("is fighting",
    "keeps attacking"): news tells incidents in the past; a headline is read apart."""
    verb = _clause_verb(head)
    # "..., resulting in fighting": a bare participle tells no time of its own
    bare = verb.tag_ == "VBG" and not any(c.dep_ == "aux" for c in verb.children)
    if bare and verb.dep_ in {"advcl", "xcomp", "acl"} and verb.head.i != verb.i:
        verb = _clause_verb(verb.head)
    if verb.tag_ in {"VBZ", "VBP"}:
        return not any(c.dep_ in {"aux", "auxpass"} and c.tag_ == "MD" for c in verb.children)
    return verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in verb.children
    )


def _an_effects_cause(head: Token, lex: AssemblyLexicon) -> bool:
    """Whether the trigger only names what caused a lasting effect on people or places
    ("thousands displaced by the fighting", "towns ravaged by shelling")."""
    by = head.head
    if head.dep_ != "pobj" or by.lower_ != "by" or by.head.i == by.i:
        return False
    verb = by.head
    return verb.lemma_.lower() in lex.effect_verbs and verb.dep_ in {"acl", "amod", "relcl"}


def _clause_verb(token: Token) -> Token:
    verb = token
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    return verb


def _intended(head: Token, lex: AssemblyLexicon) -> bool:
    """Whether the trigger is only aimed at ("in its attempt to take control", "vowed to
    strike"), not done: an infinitive under a word that does not say it happened."""
    verb = _clause_verb(head)
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return verb.head.i != verb.i and verb.head.lemma_.lower() not in lex.implicative


def _told_as_cause(head: Token, lex: AssemblyLexicon) -> bool:
    """Whether the trigger is told as what came before or provoked the sentence's news ("a
    protest after the arrest of two men", "After the duo were arrested, ...")."""
    token = head
    for _ in range(3):
        if any(c.dep_ == "mark" and c.lower_ in lex.causes for c in token.children):
            return True
        if token.dep_ == "pobj" and token.head.lower_ in lex.causes:
            return True
        if token.pos_ in {"VERB", "AUX"} and token.dep_ not in {"acl", "relcl"}:
            return False
        if token.head.i == token.i:
            return False
        token = token.head
    return False


def _absorbs(host: Draft, draft: Draft, lex: AssemblyLexicon) -> bool:
    if draft.sub_event_type == "Arrests" and draft.cause:
        return False  # an arrest that set off a protest is its own event, not a detention in it
    if host.event_type in {"Protests", "Riots"} and _crowd_clash(draft):
        return True
    if not draft.place_explicit and draft.sub_event_type in lex.absorbed_unplaced:
        hosts = lex.absorbed_unplaced[draft.sub_event_type]
        return host.event_type in hosts or host.sub_event_type in hosts
    hosts = lex.absorbed.get(draft.sub_event_type)
    if hosts is None or host.sub_event_type in lex.absorbed:
        return False
    return "*" in hosts or host.event_type in hosts or host.sub_event_type in hosts


def _crowd_clash(draft: Draft) -> bool:
    """ "Clashes" at a rally with no armed group named are the crowd against the police."""
    if draft.sub_event_type != "Armed clash":
        return False
    parties = [a for a in (draft.actor1, draft.actor2) if a is not None]
    state = ("Military Forces", "Police Forces", "Protesters", "Rioters", "Civilians")
    return all(a.startswith(state) for a in parties)


def _type_group(event_type: str, lex: AssemblyLexicon) -> str:
    return lex.compatible.get(event_type, event_type)


def _one_incident(a: Draft, b: Draft, lex: AssemblyLexicon) -> bool:
    if _type_group(a.event_type, lex) != _type_group(b.event_type, lex):
        return False
    return _places_match(a, b, lex.near_km) and _dates_match(a, b)


def _places_match(a: Draft, b: Draft, near_km: float = 0.0, stated: bool = False) -> bool:
    """Same place, one holding the other, or (when ``near_km``) close by with one of them only
    guessed, or even both stated when ``stated``."""
    if a.place is None or b.place is None:
        return a.place is None and b.place is None
    if _same_place(a.place, b.place) or _contains(a.place, b.place) or _contains(b.place, a.place):
        return True
    # A place only guessed from the paragraph or the article's focus is no evidence of a second
    # incident beside one stated close by.
    guessed = stated or not (a.place_explicit and b.place_explicit)
    return guessed and near_km > 0 and _km(a.place, b.place) <= near_km


def _km(a: Place, b: Place) -> float:
    return gazetteer.distance_km(a.lat, a.lon, b.lat, b.lon)


def _overlap(a: Draft, b: Draft) -> bool:
    return a.date_start <= b.date_end and b.date_start <= a.date_end


def _dates_match(a: Draft, b: Draft) -> bool:
    if not (a.date_explicit or b.date_explicit):
        return True
    if not (a.date_explicit and b.date_explicit):
        # An undated report is of the days just before publication, not of "a June strike";
        # a day the parse may have taken from another clause is given the benefit of doubt
        dated, undated = (a, b) if a.date_explicit else (b, a)
        far = dated.date_end < undated.date_start - timedelta(days=7)
        return not (far and dated.time_precision >= 3)
    slack = timedelta(days=1)
    return a.date_start <= b.date_end + slack and b.date_start <= a.date_end + slack


def _absorb(kept: Draft, other: Draft, lex: AssemblyLexicon) -> None:
    """Fold ``other`` into ``kept``: the finer place, the stated date, the stronger type, and
    as evidence the sentence that says most (place, date, source)."""
    better_evidence = _evidence_strength(other) > _evidence_strength(kept)
    if better_evidence:
        kept.evidence = other.evidence
    if kept.place is not None and other.place is not None:
        finer = _contains(kept.place, other.place) and other.precision < 3
        if finer or (other.place_explicit and not kept.place_explicit):
            kept.place, kept.precision = other.place, other.precision
            kept.place_explicit = other.place_explicit
        elif _same_place(kept.place, other.place):
            kept.precision = min(kept.precision, other.precision)
    finer = other.time_precision < kept.time_precision
    if other.date_explicit and (not kept.date_explicit or finer):
        kept.date_start, kept.date_end = other.date_start, other.date_end
        kept.time_precision, kept.date_explicit = other.time_precision, True
    rank = lex.priority
    # A generic word ("killed") does not outrank the sub-type a specific one gave ("march").
    weaker = _is_generic(other, lex) and not _is_generic(kept, lex)
    if rank.get(other.sub_event_type, 99) < rank.get(kept.sub_event_type, 99) and not weaker:
        kept.event_type, kept.sub_event_type = other.event_type, other.sub_event_type
        if other.actor1:
            kept.actor1, kept.actor2 = other.actor1, other.actor2
    kept.actor1 = _better_actor(kept.actor1, other.actor1, other.actor1_weak)
    kept.actor2 = kept.actor2 or other.actor2
    kept.force = kept.force or other.force
    kept.directed = kept.directed or other.directed
    kept.cause = kept.cause or other.cause
    kept.tolls.extend(other.tolls)
    kept.reported_by.extend(s for s in other.reported_by if s not in kept.reported_by)
    kept.confidence = max(kept.confidence, other.confidence) + 0.05
    kept.triggers.extend(other.triggers)


_TERRITORY = ("Government regains territory", "Non-state actor overtakes territory")


def _territory_by_actor(sub_event_type: str, actor1: str | None, local: set[str]) -> str:
    """Who takes a place decides ACLED's territorial sub-type: the state's own forces regain
    it; anyone else, a foreign army too, overtakes it."""
    if sub_event_type not in _TERRITORY or actor1 is None:
        return sub_event_type
    state = actor1.startswith(("Military Forces", "Police Forces"))
    foreign = bool(local) and actor1 not in local
    return _TERRITORY[0] if state and not foreign else _TERRITORY[1]


def _settle_territory(
    sub_event_type: str, head: Token, sentence: Span, lex: TerritoryLexicon
) -> str | None:
    """How a place changed hands, from the whole sentence: a town taken after its defenders
    withdrew is a handover, unless the sentence tells of the fight for it ("ending a long
    battle"); then the withdrawal is part of the takeover. A detainee pushed into a vehicle
    (None) takes no territory."""
    if sub_event_type in _TERRITORY and head.lemma_ in lex.bare_moves:
        into = [t for t in head.children if t.dep_ == "prep" and t.lower_ == "into"]
        if any(w.lemma_.lower() in lex.conveyances for p in into for w in p.subtree):
            return None
    if sub_event_type != "Non-violent transfer of territory" or not _fought_over(sentence, lex):
        return sub_event_type
    word = head.lemma_.lower()
    if word in lex.takeovers:
        return "Non-state actor overtakes territory"  # the actor then says who took it
    if word in lex.withdrawals:
        return "Change to group/activity"
    return sub_event_type


def _weapon_strike(
    trigger: Trigger, sub_event_type: str, sentence: Span, lex: AssemblyLexicon
) -> Trigger | None:
    """A generic attack word in a sentence where a weapon is the subject of a strike
    ("drones struck the depots, the first attacks on the city") is a strike by that weapon:
    the weapon and its verb become the trigger."""
    if sub_event_type not in _POST_ATTACKS or trigger.text.lower() not in lex.generic:
        return None
    for token in sentence:
        verb = token.head
        if token.dep_ != "nsubj" or verb.lemma_.lower() not in lex.strike_verbs:
            continue
        # a capitalised plural at the start ("Drones struck") keeps its "s" as its lemma
        for word in (token.lemma_.lower(), token.lower_.removesuffix("s")):
            if word in lex.weapon_subjects:
                start, end = (
                    min(token.idx, verb.idx),
                    max(token.idx + len(token), verb.idx + len(verb)),
                )
                sub = lex.weapon_subjects[word]
                return replace(
                    trigger,
                    sub_event_type=sub,
                    event_type="Explosions/Remote violence",
                    text=sentence.doc.text[start:end],
                    start=start,
                    end=end,
                )
    return None


def _fought_over(sentence: Span, lex: TerritoryLexicon) -> bool:
    """Whether the sentence tells of fighting, not of its absence ("without a fight")."""
    for token in sentence:
        if token.lemma_.lower() in lex.fought_over or token.lower_ in lex.fought_over:
            before = {t.lower_ for t in sentence.doc[max(token.i - 2, 0) : token.i]}
            if not before & lex.not_fought:
                return True
    return False


def _settle_protest_force(draft: Draft, lex: AssemblyLexicon) -> None:
    """ACLED's excessive force is lethal or likely lethal force: without a death or a word of
    shooting it is a dispersal (if one was named) or a peaceful protest."""
    if draft.sub_event_type != "Excessive force against protesters":
        return
    if (_fatalities(draft.tolls) or 0) > 0:
        return
    if any(t.text.lower() in lex.lethal for t in draft.triggers):
        return
    subtypes = {t.sub_event_type for t in draft.triggers}
    settled = "Protest with intervention" if "Protest with intervention" in subtypes else None
    draft.sub_event_type = settled or "Peaceful protest"


def _evidence_strength(draft: Draft) -> tuple[bool, bool, bool, float]:
    return (draft.place_explicit, draft.date_explicit, bool(draft.reported_by), draft.confidence)


def _fatalities(tolls: Iterable[Toll]) -> int | None:
    """The lowest toll per side, summed over sides (soldiers and attackers both count); a
    toll of unknown side is a total and wins when larger."""
    by_side: dict[str, int] = {}
    for toll in tolls:
        by_side[toll.side] = min(by_side.get(toll.side, toll.count), toll.count)
    if not by_side:
        return None
    total = by_side.pop("any", None)
    summed = sum(by_side.values()) if by_side else None
    if total is None:
        return summed
    if summed is None:
        return total
    return max(total, summed)
