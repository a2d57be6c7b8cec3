"""The events stage's shared parts: the draft of an incident, the assembly lexicon, and the
parse and place helpers every step uses."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from importlib import resources

import numpy as np
from spacy.attrs import HEAD
from spacy.tokens import Doc, Token

from sitrep import gazetteer
from sitrep.analyze.tokens import reading, tokens_of
from sitrep.model import Place, Trigger
from sitrep.model import Span as TextSpan

_ARMED_KINDS = frozenset({"military", "police", "rebel", "militia", "other"})
_STATE_KINDS = frozenset({"military", "police"})
_PEOPLE_KINDS = frozenset({"civilians", "protesters", "rioters"})
_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
_VICTIM_PREPS = frozenset({"on", "against", "at", "upon", "targeting", "into"})
_PARTY_PREPS = frozenset({"between", "with"})
_DEFAULT_DAYS = 3
_OFFICE_TIER = 1000  # parse distance given to a place that only names an office
# ... and to the home of local tellers ("Residents of X said"): the scene when no other is told
_WITNESS_TIER = 500
_UNIDENTIFIED = "Unidentified Armed Group"
_PLACE_ENTS = frozenset({"GPE", "LOC", "FAC"})
_POST_ATTACKS = frozenset({"Attack", "Armed clash"})
_PEOPLE_NAMES = ("Civilians", "Protesters", "Rioters")
_SIBLING_REACH = 3
# A territory or a named region, not an administrative unit ("the West Bank")
_REGION_CODES = frozenset(
    {"TERR", "RGN", "RGNE", "AREA"}
)  # parse distance within which triggers of one sentence share a place


@dataclass(frozen=True, slots=True)
class AssemblyLexicon:
    reporting: frozenset[str]
    passing_on: frozenset[str]  # verbs of saying whose subject's place is the teller's
    judging: frozenset[str]  # "condemn": whose subject judges the news from afar
    near: frozenset[str]
    kill_verbs: frozenset[str]
    party_kill_verbs: frozenset[str]
    other_harm: frozenset[str]
    kill_needs: dict[str, frozenset[str]]
    die_verbs: frozenset[str]
    dead_words: frozenset[str]
    zero: re.Pattern[str]
    one_words: frozenset[str]
    denial: frozenset[str]
    charges: frozenset[str]  # "has been accused of killing 300": a charge, no toll
    long_conflicts: frozenset[str]  # "the war began when ...": its history's dead, no toll
    onset_verbs: frozenset[str]
    campaign_launches: frozenset[str]  # "launched its offensive after ...": the war's onset
    owned_campaigns: frozenset[str]
    toll_lemmas: frozenset[str]
    aggregate: re.Pattern[str]
    tally_verbs: frozenset[str]  # "..., bringing the number killed since May to 40"
    numbers: dict[str, int]
    caption: re.Pattern[str]
    teaser: re.Pattern[str]  # a line pointing at another story ("Also read: ...")
    teaser_heading: re.Pattern[str]  # a line that only heads a list of teasers
    compatible: dict[str, str]
    absorbed: dict[str, frozenset[str]]  # sub-type -> event types that absorb it ("*": any)
    directions: frozenset[str]
    lethal: frozenset[str]
    lethal_said: frozenset[str]
    force_said: frozenset[str]
    beating_said: frozenset[str]
    beating_not_after: frozenset[str]
    blows_said: frozenset[str]
    beating_tools: frozenset[str]
    offices: frozenset[str]
    institutions: frozenset[str]  # "Damascus University": named after a town, not placed there
    seat_words: frozenset[str]  # "a Mogadishu-based trader": where someone is based
    building_prepositions: frozenset[str]  # "protested at the Lahore High Court"
    local_witnesses: frozenset[str]  # "residents of X said ...": tellers who live at the scene
    priority: dict[str, int]
    generic: frozenset[str]
    heard_sounds: frozenset[str]
    group_descriptions: frozenset[str]  # "a militia that fought in Tigray": the group's past
    hearing_words: frozenset[str]  # with the gunfire words: blasts of a fight's din
    region_nouns: frozenset[str]
    framing_words: frozenset[str]  # "X in Y state": between a place and what holds it
    settlements: frozenset[str]
    part_words: frozenset[str]
    stances: frozenset[str]
    armed_sites: frozenset[str]
    manned_sites: frozenset[str]
    site_forces: dict[str, str]
    goal_verbs: frozenset[str]
    journey_nouns: frozenset[str]  # "a train to X": where it was going
    journey_verbs: frozenset[str]  # "travelled from X": where they set out
    origin_nouns: frozenset[str]
    scene_prepositions: frozenset[str]  # "while in X gunmen killed": "in" left without object
    during_nouns: frozenset[str]  # "during the attack": a part of the incident told
    reprisals: frozenset[str]  # "in retaliation for an attack that killed two": answered
    campaign_battles: frozenset[str]  # "pressed its offensive, shelling X": told by strikes
    epithet_nouns: frozenset[str]  # "the southern Gaza city": a town retold, no scene
    origin_verbs: frozenset[str]  # verbs of being or coming whose "from" is a home
    border_nouns: frozenset[str]
    road_nouns: frozenset[str]  # a town named as an end of one is no scene of its own
    road_links: frozenset[str]  # "the road between X and Y", "the highway linking X and Y"
    care_sites: frozenset[str]
    care_verbs: frozenset[str]
    statement_nouns: frozenset[str]
    locating_verbs: frozenset[str]  # "it happened near X": a sentence that only places
    told_back: frozenset[str]  # "The strikes hit X": an opening that goes on with the lead
    distance_units: frozenset[str]
    launch_verbs: frozenset[str]
    direction_nouns: frozenset[str]  # "from the direction of X": X is where fire came from
    implicative: frozenset[str]
    crowd_moves: frozenset[str]  # verbs under which a protest's infinitive happened
    defiance: frozenset[str]  # "defied a ban to march": the infinitive was done
    arrest_verbs: frozenset[str]  # "arrested 12 over the killing": the killing's day is its own
    arrest_reasons: frozenset[str]
    fatal_verbs: frozenset[str]
    fatal_adverbs: frozenset[str]
    absorbed_unplaced: dict[str, frozenset[str]]
    causes: frozenset[str]
    cause_verbs: frozenset[str]  # "spark", "set off": their subject set off their object
    during: frozenset[str]  # words that put one incident inside another's time
    sequels: frozenset[str]  # adverbs that tell an incident as following the one before
    alongside: frozenset[str]  # adverbs that tell an incident as beside the one before
    inquiries: frozenset[str]  # words of an inquiry that held suspects after the fact
    suspect_grounds: re.Pattern[str]  # what makes the arrested suspects of an incident
    zero_breaks: frozenset[str]
    near_km: float
    unplaced_past_days: int
    era_days: int  # an incident told over more days is an era, no scene to go on at
    one_point_km: float  # two places closer stand at one point (one unit's centre)
    one_toll_min: int  # one count of dead at one point this high is one incident told twice
    # "after five weeks of fighting that has killed 700": the units of such a span, and the
    # prepositions and verbs that make it the news's background
    war_span_units: frozenset[str]
    # "despite ceasefire talks", "talks ended without a deal": no agreement reached
    backdrop_preps: frozenset[str]
    talk_nouns: frozenset[str]
    venues: Venues  # where envoys meet: no evidence of the story's country
    topic_preps: frozenset[str]
    backdrop_marks: frozenset[str]
    grievance_preps: frozenset[str]
    motive_nouns: frozenset[str]
    motive_preps: frozenset[str]
    fruitless_preps: frozenset[str]
    war_span_frames: frozenset[str]
    without_toll: frozenset[str]  # sub-types of no violence: no toll is theirs
    beyond_words: frozenset[str]  # "two other soldiers": dead beyond those told before
    later_deaths: frozenset[str]  # "died of their wounds": the wounded who died later
    beside_words: frozenset[str]  # "along with": who died beside the victims counted
    flight_verbs: frozenset[str]  # "thousands flee fighting": the war told as its effect
    # "Russian attacks killed three in X": a state's attacks on another country's town
    remote_attack_nouns: frozenset[str]
    # "fierce battles are raging in X": verbs of fighting going on, news at a town
    raging_verbs: frozenset[str]
    # "have long controlled", "have for years attacked": a state or a habit, no incident
    long_adverbs: frozenset[str]
    long_units: frozenset[str]
    state_verbs: frozenset[str]  # "gangs control the capital": a state even in a headline's tense
    habit_words: frozenset[str]  # "every week", "often": a lone headline told as a habit
    # "since the offensive began", "since the start of the war": a count's yardstick
    since_onsets: frozenset[str]
    since_onset_nouns: frozenset[str]
    # "protests have erupted across the territories": a wave of incidents, none at one place
    wave_preps: frozenset[str]
    wave_areas: frozenset[str]
    nationwide: frozenset[str]  # "nationwide": the whole country, no one place
    # "the truce is due to take effect": words of schedule and the onsets they put ahead
    future_frames: frozenset[str]
    future_onsets: frozenset[str]
    pointed_places: frozenset[str]  # nouns that point back at a place told before
    place_nouns: frozenset[str]  # those, the settlements' and the regions'
    site_names: re.Pattern[str]  # a named site ("Al-Amal Clinic"), by its last word
    foreign_km: float
    region_km: float
    territory: TerritoryLexicon
    effect_verbs: frozenset[str]
    tribute_words: frozenset[str]
    doer_nouns: frozenset[str]
    reactions: frozenset[str]
    purpose_verbs: frozenset[str]  # "the raids are intended to ...": what they are for
    purpose_nouns: frozenset[str]  # "the bombings were an attempt to ..."
    claims: frozenset[str]  # words of claiming an incident named before ("claimed the attack")
    occurrences: frozenset[str]  # verbs that only say an incident told before took place
    recollections: frozenset[str]  # remembering an incident, or a work about it
    strike_verbs: frozenset[str]
    weapon_subjects: dict[str, str]  # weapon lemma -> the sub-event type of its strikes
    hidden_attacks: frozenset[str]  # sub-types whose unnamed perpetrator is an unknown group
    air_strikes: frozenset[str]  # sub-types whose unnamed launcher is a foreign state
    far_strikes: frozenset[str]  # ... and these, when the sentence names no party at all
    finding_verbs: frozenset[str]  # "found the bodies": whose subject is no party
    likeness: frozenset[str]  # words that tell an incident as of the kind told before
    repeats: frozenset[str]  # words that tell an incident as one more ("another", "again")
    moments: frozenset[str]  # spans too short for another incident ("minutes later")
    toll_only: frozenset[str]  # general words that tell only who died ("were killed")
    # openers that take a sentence away from the places told ("Elsewhere in the country, ...")
    elsewhere: frozenset[str]
    # words by which a sentence naming no place points at one ("over the region", "there")
    place_pointers: frozenset[str]
    more_victims: frozenset[str]  # words that count its victims as more ("another", "more")
    ground_fighting: GroundFighting
    toll_words: TollWords
    crowd_control: frozenset[str]  # means of the police's that say it faced a riot
    crowd_fights: frozenset[str]  # words of two crowds fighting each other
    rival_words: frozenset[str]  # "rival militias": both sides of a clash of one kind
    mutual_fights: frozenset[str]  # lemmas of fights two sides wage on each other ("clash")
    claim_verbs: frozenset[str]  # "claimed responsibility": the claimant did it
    claim_objects: frozenset[str]


def _site_names(nouns: list[str]) -> re.Pattern[str]:
    """Capitalised words ending in a site noun, itself capitalised: "Al-Amal Clinic"."""
    tails = "|".join(re.escape(n.capitalize()) for n in nouns)
    return re.compile(r"\b(?:[A-Z][\w'’-]*\s+){1,4}(?:" + tails + r")\b")


def _word_sets(names: tuple[str, ...], data: dict) -> dict[str, frozenset[str]]:
    """Each named list of a lexicon table, lowercased, as a set."""
    return {name: frozenset(w.lower() for w in data[name]) for name in names}


@dataclass(frozen=True, slots=True)
class TollWords:
    """Words of the less direct ways a toll is told (``[fatalities.forms]`` of the assembly
    file): "a family of five", "claimed the lives of", "lost their lives", "the number of
    people killed rose to"."""

    group_nouns: frozenset[str]
    life_nouns: frozenset[str]
    life_losses: frozenset[str]
    count_nouns: frozenset[str]
    killing_nouns: frozenset[str]
    rough_words: frozenset[str]

    @classmethod
    def of(cls, data: dict) -> TollWords:
        return cls(**_word_sets(cls.__slots__, data))


@dataclass(frozen=True, slots=True)
class GroundFighting:
    """Words of two sides fighting on the ground, and of the circumstance of another incident
    (``[merge.ground_fighting]`` of the assembly file)."""

    words: frozenset[str]
    fire_verbs: frozenset[str]
    fire_nouns: frozenset[str]
    circumstance_preps: frozenset[str]
    circumstance_marks: frozenset[str]

    @classmethod
    def of(cls, data: dict) -> GroundFighting:
        return cls(**_word_sets(cls.__slots__, data))


@dataclass(frozen=True, slots=True)
class Venues:
    """Where envoys meet (``[venues]`` of the assembly file): "delegations met in Istanbul",
    "talks in Doha", "as mediators gathered in Jeddah"."""

    nouns: frozenset[str]
    verbs: frozenset[str]
    gathering_verbs: frozenset[str]
    envoys: frozenset[str]

    @classmethod
    def of(cls, data: dict) -> Venues:
        return cls(**_word_sets(cls.__slots__, data))

    def hosts(self, token: Token) -> bool:
        """Whether a place's word only names where a meeting is held."""
        if token.dep_ != "pobj" or token.head.lower_ not in {"in", "at"}:
            return False
        holder = token.head.head
        lemma = holder.lemma_.lower()
        if holder.pos_ in {"NOUN", "PROPN"}:
            return lemma in self.nouns or holder.lower_ in self.nouns
        if holder.pos_ != "VERB":
            return False
        if lemma in self.verbs:
            return True
        # "held talks in Cairo", when the parse hangs the place on the verb
        if any(c.dep_ == "dobj" and c.lower_ in self.nouns for c in holder.children):
            return True
        return lemma in self.gathering_verbs and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in self.envoys for c in holder.children
        )


@dataclass(frozen=True, slots=True)
class TerritoryLexicon:
    """Words that settle how a place changed hands (``[territory]`` of the assembly file)."""

    fought_over: frozenset[str]
    not_fought: frozenset[str]
    takeovers: frozenset[str]
    withdrawals: frozenset[str]
    bare_moves: frozenset[str]
    conveyances: frozenset[str]
    raid_moves: frozenset[str]
    raid_acts: frozenset[str]


def _aggregate_pattern(cues: list[str], not_after: list[str]) -> re.Pattern[str]:
    """The cues of a running total, each unless a word before it makes it a time of one
    incident ("earlier this month")."""
    guards = "".join(rf"(?<!\b{re.escape(w)} )" for w in not_after)
    return re.compile(guards + r"\b(?:" + "|".join(re.escape(c) for c in cues) + r")\b", re.I)


def load_assembly_lexicon() -> AssemblyLexicon:
    """The assembly file, parsed anew: keep it (``Resources.lexicons.assembly`` does)."""
    text = resources.files("sitrep.data").joinpath("events_assembly.toml").read_text("utf-8")
    data = tomllib.loads(text)
    # the typer's words for what tells no incident: their dead are no incident's toll either
    cues = resources.files("sitrep.data").joinpath("event_cues.toml").read_text("utf-8")
    modality = tomllib.loads(cues)["modality"]
    fat = data["fatalities"]
    phrases = "|".join(re.escape(p) for p in sorted(fat["zero_phrases"], key=len, reverse=True))
    nobody = "|".join(re.escape(w) for w in fat["zero_subjects"])
    harmed = "|".join(re.escape(w) for w in fat["zero_outcomes"])
    # "nobody had been injured", "no one was reportedly hurt", besides the fixed phrases
    nouns = "|".join(re.escape(w) for w in fat["zero_nouns"])
    # "no major injuries", "without causing casualties"
    no_nouns = rf"\b(?:no|without) (?:\w+ ){{0,2}}(?:{nouns})\b"
    aboard = "|".join(re.escape(w) for w in fat["zero_safe_subjects"])
    safe = "|".join(re.escape(w) for w in fat["zero_safe_outcomes"])
    came_through = rf"(?:{aboard})(?: \w+){{0,3}} (?:{safe})"
    zero = rf"{phrases}|(?:{nobody})(?: \w+){{0,3}} (?:{harmed})|{no_nouns}|{came_through}"
    agencies = "|".join(re.escape(a) for a in sorted(data["captions"]["agencies"], key=len)[::-1])
    markers = "|".join(re.escape(m) for m in data["captions"]["markers"])
    # "Name Surname/Agency/Getty": a credit is a slash-joined run ending in an agency name.
    openers = "|".join(re.escape(m) for m in data["captions"]["openers"])
    caption = rf"(?<=\w)/(?:[^/\n]{{1,30}}/)?(?:{agencies})\b|{markers}|^\s*(?:{openers})"
    teasers = "|".join(re.escape(t) for t in sorted(data["captions"]["teasers"], key=len)[::-1])
    teaser = rf"(?i)^\W{{0,3}}(?:{teasers})\s*(?::|\||—|–|-|»|>>)"
    teaser_heading = rf"(?i)^\W{{0,3}}(?:{teasers})\W{{0,3}}$"
    compatible = {}
    for group in data["merge"]["compatible"]:
        for event_type in group:
            compatible[event_type] = group[0]
    return AssemblyLexicon(
        reporting=frozenset(data["reporting_verbs"]),
        passing_on=frozenset(data["passing_on_verbs"]) | frozenset(data["judging_verbs"]),
        judging=frozenset(data["judging_verbs"]),
        near=frozenset(data["near_words"]),
        kill_verbs=frozenset(fat["kill_verbs"]) | frozenset(fat["party_kill_verbs"]),
        party_kill_verbs=frozenset(fat["party_kill_verbs"]),
        other_harm=frozenset(fat["other_harm"]),
        kill_needs={k: frozenset(v) for k, v in fat["kill_verb_needs"].items()},
        die_verbs=frozenset(fat["die_verbs"]),
        dead_words=frozenset(fat["dead_words"]),
        zero=re.compile(rf"\b(?:{zero})\b", re.IGNORECASE),
        one_words=frozenset(fat["one_words"]),
        denial=frozenset(fat["denial_verbs"]),
        charges=frozenset(modality["standing_accusations"]),
        long_conflicts=frozenset(modality["long_conflicts"]),
        onset_verbs=frozenset(modality["onset_verbs"]),
        campaign_launches=frozenset(modality["campaign_launches"]),
        owned_campaigns=frozenset(modality["owned_campaigns"]),
        toll_lemmas=frozenset(fat["kill_verbs"])
        | frozenset(fat["party_kill_verbs"])
        | frozenset(fat["die_verbs"]),
        aggregate=_aggregate_pattern(fat["aggregate_cues"], fat["aggregate_not_after"]),
        tally_verbs=frozenset(fat["tally_verbs"]),
        numbers=dict(data["numbers"]),
        caption=re.compile(caption),
        teaser=re.compile(teaser),
        teaser_heading=re.compile(teaser_heading),
        compatible=compatible,
        absorbed={k: frozenset(v) for k, v in data["merge"]["absorbed"].items()},
        directions=frozenset(data["relative_directions"]),
        lethal=frozenset(w.lower() for w in data["merge"]["lethal_force"]),
        lethal_said=frozenset(w.lower() for w in data["merge"]["lethal_said"]),
        force_said=frozenset(w.lower() for w in data["merge"]["force_said"]),
        beating_said=frozenset(w.lower() for w in data["merge"]["beating_said"]),
        beating_not_after=frozenset(w.lower() for w in data["merge"]["beating_not_after"]),
        blows_said=frozenset(w.lower() for w in data["merge"]["blows_said"]),
        beating_tools=frozenset(w.lower() for w in data["merge"]["beating_tools"]),
        offices=frozenset(w.lower() for w in data["offices"]),
        institutions=frozenset(w.lower() for w in data["institutions"]),
        seat_words=frozenset(w.lower() for w in data["seat_words"]),
        building_prepositions=frozenset(w.lower() for w in data["building_prepositions"]),
        local_witnesses=frozenset(w.lower() for w in data["local_witnesses"]),
        priority={name: i for i, name in enumerate(data["merge"]["subtype_priority"])},
        generic=frozenset(w.lower() for w in data["merge"]["generic_triggers"]),
        heard_sounds=frozenset(w.lower() for w in data["merge"]["heard_sounds"]),
        group_descriptions=frozenset(w.lower() for w in modality["group_descriptions"]),
        hearing_words=frozenset(
            w.lower() for w in data["merge"]["hearing_words"] + data["merge"]["gunfire_words"]
        ),
        region_nouns=frozenset(w.lower() for w in data["region_nouns"]),
        framing_words=frozenset(w.lower() for w in data["framing_words"]),
        settlements=frozenset(w.lower() for w in data["fatalities"]["settlements"]),
        stances=frozenset(w.lower() for w in data["stance_prefixes"]),
        armed_sites=frozenset(w.lower() for w in data["armed_sites"]),
        manned_sites=frozenset(w.lower() for w in data["manned_sites"]),
        site_forces={str(word).lower(): str(kind) for word, kind in data["site_forces"]},
        hidden_attacks=frozenset(data["hidden_attacks"]),
        air_strikes=frozenset(data["air_strikes"]),
        far_strikes=frozenset(data["far_strikes"]),
        finding_verbs=frozenset(data["finding_verbs"]),
        goal_verbs=frozenset(w.lower() for w in data["goal_verbs"]),
        journey_nouns=frozenset(w.lower() for w in data["journey_nouns"]),
        journey_verbs=frozenset(w.lower() for w in data["journey_verbs"]),
        origin_nouns=frozenset(w.lower() for w in data["origin_nouns"]),
        scene_prepositions=frozenset(w.lower() for w in data["scene_prepositions"]),
        during_nouns=frozenset(w.lower() for w in data["during_nouns"]),
        reprisals=frozenset(w.lower() for w in data["reprisals"]),
        campaign_battles=frozenset(w.lower() for w in data["campaign_battles"]),
        epithet_nouns=frozenset(w.lower() for w in data["epithet_nouns"]),
        origin_verbs=frozenset(w.lower() for w in data["origin_verbs"]),
        border_nouns=frozenset(w.lower() for w in data["border_nouns"]),
        road_nouns=frozenset(w.lower() for w in data["road_nouns"]),
        road_links=frozenset(w.lower() for w in data["road_links"]),
        care_sites=frozenset(w.lower() for w in data["care_sites"]),
        care_verbs=frozenset(w.lower() for w in data["care_verbs"]),
        statement_nouns=frozenset(w.lower() for w in data["statement_nouns"]),
        locating_verbs=frozenset(w.lower() for w in data["locating_verbs"]),
        told_back=frozenset(w.lower() for w in data["told_back_openings"]),
        distance_units=frozenset(w.lower() for w in data["distance_units"]),
        launch_verbs=frozenset(w.lower() for w in data["launch_verbs"]),
        direction_nouns=frozenset(w.lower() for w in data["direction_nouns"]),
        implicative=frozenset(w.lower() for w in data["implicative_verbs"]),
        crowd_moves=frozenset(w.lower() for w in data["crowd_moves"]),
        defiance=frozenset(modality["defiance_verbs"]),
        arrest_verbs=frozenset(modality["arrest_verbs"]),
        arrest_reasons=frozenset(modality["arrest_reasons"]),
        fatal_verbs=frozenset(fat["fatal_verbs"]),
        fatal_adverbs=frozenset(fat["fatal_adverbs"]),
        part_words=frozenset(w.lower() for w in data["part_words"])
        | frozenset(data["relative_directions"]),
        absorbed_unplaced={k: frozenset(v) for k, v in data["merge"]["absorbed_unplaced"].items()},
        causes=frozenset(w.lower() for w in data["merge"]["cause_words"]),
        cause_verbs=frozenset(w.lower() for w in data["merge"]["cause_verbs"]),
        during=frozenset(w.lower() for w in data["merge"]["during_words"]),
        sequels=frozenset(w.lower() for w in data["merge"]["sequel_words"]),
        alongside=frozenset(w.lower() for w in data["merge"]["alongside_words"]),
        inquiries=frozenset(w.lower() for w in data["merge"]["inquiry_words"]),
        suspect_grounds=re.compile(
            r"\b(?:" + "|".join(re.escape(p) for p in data["merge"]["suspect_grounds"]) + r")\b",
            re.IGNORECASE,
        ),
        likeness=frozenset(w.lower() for w in data["merge"]["likeness_words"]),
        repeats=frozenset(w.lower() for w in data["merge"]["repeat_words"]),
        moments=frozenset(w.lower() for w in data["merge"]["moments_apart"]),
        toll_only=frozenset(w.lower() for w in data["merge"]["toll_only_words"]),
        elsewhere=frozenset(w.lower() for w in data["merge"]["elsewhere_openers"]),
        place_pointers=frozenset(w.lower() for w in data["merge"]["place_pointers"]),
        more_victims=frozenset(w.lower() for w in data["merge"]["more_victims"]),
        ground_fighting=GroundFighting.of(data["merge"]["ground_fighting"]),
        toll_words=TollWords.of(fat["forms"]),
        crowd_control=frozenset(w.lower() for w in data["merge"]["crowd_control"]),
        crowd_fights=frozenset(w.lower() for w in data["merge"]["crowd_fights"]),
        rival_words=frozenset(w.lower() for w in data["merge"]["rival_words"]),
        mutual_fights=frozenset(w.lower() for w in data["merge"]["mutual_fights"]),
        claim_verbs=frozenset(w.lower() for w in data["claims"]["verbs"]),
        claim_objects=frozenset(w.lower() for w in data["claims"]["objects"]),
        zero_breaks=frozenset(w.lower() for w in fat["zero_clause_breaks"]),
        near_km=float(data["merge"]["near_km"]),
        unplaced_past_days=int(data["merge"]["unplaced_past_days"]),
        era_days=int(data["merge"]["era_days"]),
        one_point_km=float(data["merge"]["one_point_km"]),
        one_toll_min=int(data["merge"]["one_toll_min"]),
        war_span_units=frozenset(data["war_spans"]["units"]),
        backdrop_preps=frozenset(data["agreements"]["backdrop_preps"]),
        talk_nouns=frozenset(data["agreements"]["talk_nouns"]),
        venues=Venues.of(data["venues"]),
        topic_preps=frozenset(data["agreements"]["topic_preps"]),
        backdrop_marks=frozenset(data["agreements"]["backdrop_marks"]),
        grievance_preps=frozenset(data["grievances"]["preps"]),
        motive_nouns=frozenset(data["grievances"]["motive_nouns"]),
        motive_preps=frozenset(data["grievances"]["motive_preps"]),
        fruitless_preps=frozenset(data["agreements"]["fruitless_preps"]),
        war_span_frames=frozenset(data["war_spans"]["frames"]),
        without_toll=frozenset(data["fatalities"]["without_toll"]),
        beyond_words=frozenset(data["fatalities"]["beyond_words"]),
        later_deaths=frozenset(data["fatalities"]["later_deaths"]),
        beside_words=frozenset(data["fatalities"]["beside_words"]),
        flight_verbs=frozenset(data["flight_verbs"]),
        remote_attack_nouns=frozenset(data["remote_attack_nouns"]),
        raging_verbs=frozenset(data["raging_verbs"]),
        future_frames=frozenset(data["future_onsets"]["frames"]),
        long_adverbs=frozenset(data["war_spans"]["long_adverbs"]),
        long_units=frozenset(data["war_spans"]["long_units"]),
        state_verbs=frozenset(data["war_spans"]["state_verbs"]),
        habit_words=frozenset(data["war_spans"]["habit_words"]),
        since_onsets=frozenset(data["war_spans"]["since_onsets"]),
        since_onset_nouns=frozenset(data["war_spans"]["since_onset_nouns"]),
        wave_preps=frozenset(data["war_spans"]["wave_preps"]),
        wave_areas=frozenset(data["war_spans"]["wave_areas"]),
        nationwide=frozenset(data["war_spans"]["nationwide"]),
        future_onsets=frozenset(data["future_onsets"]["onsets"]),
        pointed_places=frozenset(w.lower() for w in data["merge"]["pointed_places"]),
        place_nouns=frozenset(w.lower() for w in data["merge"]["pointed_places"])
        | frozenset(w.lower() for w in data["fatalities"]["settlements"])
        | frozenset(w.lower() for w in data["region_nouns"]),
        site_names=_site_names(data["merge"]["site_nouns"]),
        foreign_km=float(data["merge"]["foreign_km"]),
        region_km=float(data["merge"]["region_km"]),
        effect_verbs=frozenset(w.lower() for w in data["effect_verbs"]),
        tribute_words=frozenset(w.lower() for w in data["tribute_words"]),
        doer_nouns=frozenset(w.lower() for w in data["doer_nouns"]),
        reactions=frozenset(w.lower() for w in data["reaction_words"])
        | frozenset(w.lower() for w in data["recollection_words"]),
        purpose_verbs=frozenset(w.lower() for w in data["purpose_verbs"]),
        purpose_nouns=frozenset(w.lower() for w in data["purpose_nouns"]),
        claims=frozenset(w.lower() for w in data["claim_words"]),
        occurrences=frozenset(w.lower() for w in data["occurrence_words"]),
        recollections=frozenset(w.lower() for w in data["recollection_words"]),
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
    earlier: bool = False  # an earlier figure someone "had announced", which a later replaces
    rough: bool = False  # "two dozen", "about 30": a round figure an exact count replaces
    also: bool = False  # "a girl was also shot dead": more dead, added to the others
    part: bool = False  # "three soldiers were among the dead": some of them, not all


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
    # Arrests of suspects of an incident ("in connection with the attack"): a follow-up
    of_suspects: bool = False
    # The sentence says who struck or who was struck, not only who fought
    directed: bool = False
    # actor1 is only a party the sentence mentions, in no role towards the trigger
    actor1_weak: bool = False
    # The incident is what a reaction or a recollection is about ("condemned the attack")
    reference: bool = False
    # the incident told before, named again as its sentence's subject ("The attack hit X")
    retold: bool = False
    # ... and of these, one only remembered ("the anniversary of the massacre"): long past
    recalled: bool = False
    # The only place its sentence gives is this country: kept only when nothing is placed
    country: Place | None = None
    # Told as of the kind of an incident told before ("similar attacks"): it takes that type
    alike: bool = False
    # Told as one more incident ("another blast", "struck the town again"): no restatement
    repeat: bool = False
    # Told as a separate incident ("In a separate attack, ...", "Separately, ..."): never the
    # lead-up of one told before it
    separate: bool = False
    # The places the drafts it holds stated, by sentence start: one sentence naming two towns
    # for its incidents ("killed 31 in X and 13 in Y") tells one incident per town
    spots: dict[int, list[Place]] = field(default_factory=dict)
    # Told as an incident already named ("the fighting", "this blast"): a retelling
    known: bool = False
    # Told in a clause that locates another incident ("near where clashes were reported")
    setting: bool = False
    # Its sentence tells two sides fighting on the ground in its main line ("clashed, with
    # both sides using mortars"): a remote weapon's strike there is the battle's means
    fought: bool = False
    # Told in a clause that describes a noun ("the villages that had been taken over", "the
    # town, seized two months ago"): how the place changed hands before
    aside: bool = False
    # A strike told in a clause of its own beside an interception ("strikes hit positions
    # near the airport, ..., adding that air defences intercepted some of the missiles"): it
    # landed, so the interception does not stand for it
    struck_apart: bool = False
    # The day a general word folded into this undated draft stated ("killed 28 on Monday"
    # before "officers fought gang members for hours"): its day once all merging is done
    lent_day: tuple[date, date, int] | None = None
    # Told as happening beside the incident before it ("protesters also blocked roads"): with
    # no day of its own, it took place on that one's day
    alongside: bool = False
    # Told by the incident's doers named as ones already told of ("The attackers fired
    # rockets at the station"): with no day of its own, a detail of the incident before it
    by_doers: bool = False
    # The order of the telling its sides come from, when an earlier telling of one battle
    # gave them ("militants attacked the base", then "troops killed 12 of the attackers")
    sides_from: int | None = None
    # A participle that tells what another trigger of its sentence did ("shelled El Fasher,
    # killing five in the Abu Shouk camp"): that trigger's start. Its dead are that
    # incident's, wherever it names them.
    outcome_of: int | None = None


# ------------------------------------------------------------------------------------------
# Tree helpers


def _heads(doc: Doc) -> list[int]:
    """Each token's head index, read once per Doc (a Token's ``head`` is a new object each time)."""
    return reading(doc, "heads", lambda: _head_indices(doc))


def _head_indices(doc: Doc) -> list[int]:
    offsets = doc.to_array(HEAD).astype(np.int64)  # stored relative, as unsigned
    return (offsets + np.arange(len(doc))).tolist()


def _indices_to_root(heads: list[int], i: int) -> list[int]:
    path = [i]
    while heads[path[-1]] != path[-1]:
        path.append(heads[path[-1]])
    return path


def _path_to_root(token: Token) -> list[Token]:
    tokens = tokens_of(token.doc)
    return [tokens[i] for i in _indices_to_root(_heads(token.doc), token.i)]


def _tree_indices(a: Token, b: Token) -> tuple[list[int], list[int], int]:
    """The indices from ``a`` up to (not including) the lowest common ancestor, the same for
    ``b``, and the ancestor's own (the root of ``a`` if they share none)."""
    heads = _heads(a.doc)
    up_a, up_b = _indices_to_root(heads, a.i), _indices_to_root(heads, b.i)
    index_b = {i: n for n, i in enumerate(up_b)}
    for n, i in enumerate(up_a):
        if i in index_b:
            return up_a[:n], up_b[: index_b[i]], i
    return up_a, up_b, up_a[-1]


def _tree_path(a: Token, b: Token) -> tuple[list[Token], list[Token], Token]:
    """The tokens from ``a`` up to (not including) the lowest common ancestor, the same for
    ``b``, and the ancestor itself."""
    side_a, side_b, common = _tree_indices(a, b)
    tokens = tokens_of(a.doc)
    return [tokens[i] for i in side_a], [tokens[i] for i in side_b], tokens[common]


def _tree_distance(a: Token, b: Token) -> int:
    side_a, side_b, _ = _tree_indices(a, b)
    return len(side_a) + len(side_b)


def _set_apart(verb: Token) -> bool:
    """Whether a verb heads a clause told a measured span apart from its sentence's incident
    ("came two days after gunmen killed five", "a week before rebels seized the town"): the
    clause tells another incident."""
    if verb.dep_ != "advcl":
        return False
    for mark in verb.children:
        if mark.dep_ != "mark" or mark.lower_ not in {"after", "before"}:
            continue
        # the span hangs on the mark, or on the main verb right before it
        spans = [*mark.children, *verb.head.children]
        if any(g.dep_ == "npadvmod" and g.i < mark.i <= g.right_edge.i + 1 for g in spans):
            return True
    return False


def _answered(noun: Token, reprisals: frozenset[str]) -> bool:
    """Whether a noun is the incident a reprisal answers ("struck X in retaliation for a
    rocket attack that killed two", "in response to an attack", "to avenge the killing"):
    its clause tells another, earlier incident."""
    if noun.dep_ == "pobj" and noun.head.lower_ in {"for", "to"}:
        return noun.head.head.lemma_.lower() in reprisals
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in reprisals


def _since_when(verb: Token) -> bool:
    """Whether a verb heads the "when" clause of a "since" date ("the deadliest since
    October, when twin bombs killed 100", "at war since 2014, when rebels seized the
    capital"): the clause tells an earlier incident, dated by that point alone."""
    if verb.dep_ != "relcl" or not any(
        c.dep_ == "advmod" and c.lower_ == "when" for c in verb.children
    ):
        return False
    point = verb.head
    return point.dep_ == "pobj" and point.head.lower_ == "since"


def _war_span(token: Token, lex: AssemblyLexicon) -> int | None:
    """The index of the span noun when a token lies in "<weeks> of <violence>" told as the
    news's background ("after five weeks of fighting that has killed 700 people", "ending
    eight months of clashes that left 400 dead", "amid years of war"): a war's stretch and
    its running toll, no incident of its own."""
    for noun in (token, *token.ancestors):
        unit = noun  # the parser may hang the toll's clause on the span itself
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.i != noun.head.i:
            unit = noun.head.head
        if _a_background_span(unit, lex):
            return unit.i
    return None


def _a_background_span(unit: Token, lex: AssemblyLexicon) -> bool:
    """ "(after) five weeks of ...": a plural unit of time with an "of" under a background
    word ("the day of the attack" is one day, "a week of" no stretch of war)."""
    if unit.tag_ != "NNS" or unit.lemma_.lower() not in lex.war_span_units:
        return False
    if not any(c.dep_ == "prep" and c.lower_ == "of" for c in unit.children):
        return False
    return unit.dep_ in {"pobj", "dobj"} and unit.head.lemma_.lower() in lex.war_span_frames


def _span_root(doc: Doc, start: int, end: int) -> Token | None:
    """The root token of the characters ``start:end`` (widened to whole tokens), once per span."""
    roots: dict[tuple[int, int], int | None] = reading(doc, "span_roots", dict)
    if (start, end) not in roots:
        span = doc.char_span(start, end, alignment_mode="expand")
        roots[start, end] = span.root.i if span is not None and len(span) else None
    i = roots[start, end]
    return None if i is None else tokens_of(doc)[i]


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
    # A section of a town, or a place the gazetteer lacks put at the point of what holds it;
    # put at the middle of a country ("the Kordofan region of Sudan"), it says no more than
    # a region of it.
    if not code and place.geonameid is None and place.admin1 is None:
        return 1
    if code in {"PPLX", "PPLL"} or (not code and place.geonameid is None):
        return 5
    return 4


def _precision_of(place: Place) -> int:
    level = _place_level(place)
    if level >= 5 and _lacked_by_the_gazetteer(place):
        # "the village of X in Y district": X stands at the point of what holds it, so the
        # scene is near there (ACLED's 2), not the village itself
        return 2
    if level >= 4:
        return 1
    if level >= 2:
        return 2
    return 3


def _lacked_by_the_gazetteer(place: Place) -> bool:
    """A village the places stage put at the point of the town or area that holds it."""
    return not place.feature_code and place.geonameid is None and place.admin1 is not None


def _contains(outer: Place, inner: Place, region_km: float = 0.0) -> bool:
    """Whether ``outer`` is an administrative area that holds ``inner``; a territory or a
    region that is no administrative unit ("the West Bank") holds the places within
    ``region_km`` of its point, whatever their province."""
    if outer is inner or outer.country_code != inner.country_code:
        return False
    level_outer, level_inner = _place_level(outer), _place_level(inner)
    if _by_direction(outer) and not _by_direction(inner) and level_inner >= 1:
        # "southern Lebanon": a part of the country named by its direction holds its regions
        # and towns
        return True
    if level_outer >= level_inner:
        # "the Jenin camp in the occupied West Bank": a territory holds the provinces within
        # its reach as it holds their towns
        return (
            level_outer == level_inner == 1
            and (outer.feature_code or "") in _REGION_CODES
            and (inner.feature_code or "") not in _REGION_CODES
            and _km(outer, inner) <= region_km
        )
    if level_outer == 0:
        return True
    if level_outer == 1:
        if outer.admin1 is not None and outer.admin1 == inner.admin1:
            return True
        return (outer.feature_code or "") in _REGION_CODES and _km(outer, inner) <= region_km
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


def _is_passive(token: Token) -> bool:
    """A passive verb, or "came under" (attack, fire): its subject is done to."""
    if token.lemma_ == "come" and any(
        c.dep_ == "prep" and c.lower_ == "under" for c in token.children
    ):
        return True
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in token.children)


def _gapped_count_clause(verb: Token) -> Token | None:
    """The verb a participle on a count shares its "were" with ("two were killed in X and
    four wounded in Y": the parser joins "four" to "killed" and hangs "wounded" on it), else
    none: the count and its participle tell a clause of their own."""
    count = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VBN" or count.dep_ != "conj":
        return None
    counted = count.pos_ == "NUM" or any(c.dep_ == "nummod" for c in count.children)
    if not counted or not _is_passive(count.head):  # "... and two others injured in Y"
        return None
    return count.head


def _is_state(actor: str | None) -> bool:
    return actor is not None and actor.startswith(("Military Forces", "Police Forces"))


def _km(a: Place, b: Place) -> float:
    return gazetteer.distance_km(a.lat, a.lon, b.lat, b.lon)


# The side of a toll of one named victim ("Ramesh Patil was shot dead"): a lower bound that
# any counted toll of the incident already includes.
NAMED_PERSON = "named person"


def _fatalities(tolls: Iterable[Toll]) -> int | None:
    """The lowest toll per side, summed over sides (soldiers and attackers both count); a
    toll of unknown side is a total and wins when larger."""
    tolls = list(tolls)
    counted = _counted_fatalities([t for t in tolls if not t.also])
    more = _counted_fatalities([t for t in tolls if t.also])  # "was also shot dead"
    if counted is None or more is None:
        return more if counted is None else counted
    return counted + more


def _counted_fatalities(tolls: list[Toll]) -> int | None:
    if not tolls:
        return None
    tolls = [t for t in tolls if not t.earlier] or tolls
    tolls = [t for t in tolls if not t.rough] or tolls
    # "among the dead" counts some of them: the toll only when nothing counts them all
    tolls = [t for t in tolls if not t.part] or tolls
    # "killing three sailors. No one else was hurt": a "nobody" beside counted dead speaks of
    # the others, never undoes the dead
    tolls = [t for t in tolls if t.count > 0] or tolls
    by_side: dict[str, int] = {}
    for toll in tolls:
        by_side[toll.side] = min(by_side.get(toll.side, toll.count), toll.count)
    named = by_side.pop(NAMED_PERSON, None)
    if not by_side:
        return named  # one named victim is the toll only when nothing counts the dead
    total = by_side.pop("any", None)
    summed = sum(by_side.values()) if by_side else None
    if total is None:
        return summed
    if summed is None:
        return total
    return max(total, summed)
