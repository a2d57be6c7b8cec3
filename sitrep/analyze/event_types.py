"""Event typing: find the triggers that report an incident and type them in ACLED's taxonomy.

Used by the events stage; the lexicons and patterns live in ``sitrep/data/``:
``event_triggers.toml`` (trigger phrases per sub-event type, and rules that move a trigger
to another sub-event type from its arguments in the dependency parse) and
``event_cues.toml`` (argument lexicons, and the cues of negated, hypothetical, planned,
threatened or denied incidents, which yield no trigger).

Matching is on lower-cased text or lemma, through one index built once per process, so
typing a document costs a dictionary look-up per token.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from spacy.tokens import Doc, Span, Token

from sitrep.analyze.report_model import ReportModel, load_model
from sitrep.analyze.tokens import reading, span_tokens, subtree_of
from sitrep.model import Analysis, Place, Trigger

DATA = Path(__file__).resolve().parents[1] / "data"
TRIGGERS_FILE = DATA / "event_triggers.toml"
CUES_FILE = DATA / "event_cues.toml"
COUNTRIES_FILE = DATA / "actors_countries.toml"

_WORD = re.compile(r"[\w'@]+(?:/[A-Z]+)?|[^\w\s]")
# Dependencies that end the search for a governing "vowed to" or "denied": the incident of
# a relative clause or an aside is not the complement of the words around it.
_STOP_DEPS = frozenset({"relcl", "parataxis", "appos", "ROOT"})
# Past these, the negation or modal of a verb no longer belongs to the incident
# ("officials did not say how many were killed").
_NONLOCAL_DEPS = frozenset({"ccomp", "advcl", "csubj", "pcomp"})
# A governor's subject, agent or coordinate is not its complement ("protesters vowed to
# stay", "were stopped by riot police").
_NOT_COMPLEMENT = frozenset({"nsubj", "nsubjpass", "conj", "csubj", "appos", "agent"})
_TARGET_PREPS = frozenset(
    {"on", "against", "at", "into", "toward", "towards", "upon", "of", "with"}
)
_VERBAL = frozenset({"VERB", "AUX"})
# Prepositions of the way into a place ("pushed into Rafah", "advanced towards the town").
_INWARD_PREPS = frozenset({"into", "toward", "towards", "onto"})
# Prepositions of the ground close to a place ("advanced near Pokrovsk").
_NEARBY_PREPS = frozenset({"near", "around", "outside", "towards", "toward"})
# Dependencies from a noun up to the verb it is an argument of.
_ARGUMENT_DEPS = frozenset(
    {
        "pobj",
        "prep",
        "agent",
        "dobj",
        "nsubj",
        "nsubjpass",
        "compound",
        "amod",
        "poss",
        "conj",
        "appos",
        "npadvmod",
        "attr",
    }
)
# Dependencies of a clause that describes a noun rather than tells the verb's incident.
_DESCRIPTIONS = frozenset({"relcl", "acl", "appos"})
# Entity labels of a named area ("across Mali", "throughout Darfur").
_AREAS = frozenset({"GPE", "LOC", "NORP"})
# Entity labels of a date or a time of day.
_TIMES = frozenset({"DATE", "TIME"})
# A background trigger keeps this share of its weight: the news is elsewhere in the sentence.
BACKGROUND_DISCOUNT = 0.75


@dataclass(frozen=True, slots=True)
class Phrase:
    """A sequence of words, each a lower-cased text/lemma with an optional part of speech."""

    text: str
    words: tuple[tuple[str, str | None], ...]

    @classmethod
    def parse(cls, text: str) -> Phrase:
        words = []
        for piece in _WORD.findall(text):
            word, _, pos = piece.partition("/")
            words.append((word.lower(), pos or None))
        if not words:
            raise ValueError(f"empty phrase {text!r}")
        return cls(text, tuple(words))

    @property
    def first(self) -> str:
        return self.words[0][0]


# The key of a word inside a place the places stage found (``_Words.mark_places``).
PLACE_KEY = "@place"


def _keys(token: Token) -> tuple[str, ...]:
    """What a phrase word may equal: the text and the lemma, lower-cased, and the entity."""
    keys: tuple[str, ...] = (token.lower_, token.lemma_.lower())
    if _unlemmatised_plural(token):
        keys = (*keys, token.lower_[:-1])
    return (*keys, "@" + token.ent_type_.lower()) if token.ent_type_ else keys


def _unlemmatised_plural(token: Token) -> bool:
    """A capitalised plural the tagger took for a name and left unlemmatised ("Drones hit the
    depot", "Rockets slammed into ...", a headline's "Gunmen Storm Village"): read as the
    noun it is, singular too."""
    text = token.text
    return (
        token.pos_ == "PROPN"
        and token.lemma_ == text
        and len(text) > 3
        and text[0].isupper()
        and text[1:].islower()
        and text.endswith("s")
        and not text.endswith("ss")
    )


class _Words:
    """Each token's keys and part of speech, read once per Doc: phrases are looked for token by
    token, sentence after sentence and role after role, a thousand times in an article."""

    def __init__(self, doc: Doc) -> None:
        self.keys = [_keys(t) for t in doc]
        self.pos = [t.pos_ for t in doc]

    @classmethod
    def of(cls, doc: Doc) -> _Words:
        return reading(doc, "trigger_words", lambda: cls(doc))

    def mark_places(self, doc: Doc, places: Sequence[Place]) -> None:
        """Give the words of each place the places stage found the key "@place": the small
        model tags many a town a person ("Russian forces captured Avdiivka", "Avdiivka fell
        to ..."), and a cue set of places should not hang on that tag. A people's name read
        as its country ("Russian drones") is no place an incident happens at."""
        spans = [(p.start, p.end) for p in places if not p.demonym]
        if not spans:
            return
        for token in doc:
            if PLACE_KEY in self.keys[token.i]:
                continue
            if any(start <= token.idx < end for start, end in spans):
                self.keys[token.i] = (*self.keys[token.i], PLACE_KEY)

    def lend_antecedents(self, doc: Doc) -> None:
        """Give an object "it" the keys of the thing the sentence before took or struck
        ("Militants seized the town of Djibo. Soldiers recaptured it on Sunday"): the pronoun
        stands for that town, or that base, and a cue set should read it so."""
        previous: Span | None = None
        for sent in doc.sents:
            antecedent = _antecedent(previous) if previous is not None else None
            if antecedent is not None:
                for token in sent:
                    if token.lower_ == "it" and token.dep_ in _LENT_ROLES:
                        self.keys[token.i] = (*self.keys[token.i], *self.keys[antecedent.i])
            previous = sent

    def match(self, i: int, word: str, pos: str | None) -> bool:
        return (pos is None or self.pos[i] == pos) and word in self.keys[i]

    def phrase_end(self, i: int, phrase: Phrase, limit: int) -> int | None:
        """End index of ``phrase`` matched from token ``i`` (the first word already matched)."""
        end = i + len(phrase.words)
        if end > limit:
            return None
        for offset, (word, pos) in enumerate(phrase.words[1:], start=1):
            if not self.match(i + offset, word, pos):
                return None
        first_pos = phrase.words[0][1]
        if first_pos is not None and self.pos[i] != first_pos:
            return None
        return end


# Roles of a pronoun that stands for a thing acted on ("recaptured it", "control of it",
# "it was retaken").
_LENT_ROLES = frozenset({"dobj", "pobj", "nsubjpass"})


def _antecedent(sent: Span) -> Token | None:
    """The noun a sentence's main verb acts on: its object, or its subject when passive
    ("seized the town", "Djibo was overrun")."""
    for child in sent.root.children:
        if child.dep_ in ("dobj", "nsubjpass") and child.pos_ in ("NOUN", "PROPN"):
            return child
    return None


class CueSet:
    """A named list of phrases, indexed by first word, that can be looked for in a region."""

    def __init__(self, name: str, phrases: Iterable[str]) -> None:
        self.name = name
        self.phrases = [Phrase.parse(p) for p in phrases]
        self.index: dict[str, list[Phrase]] = {}
        for phrase in self.phrases:
            self.index.setdefault(phrase.first, []).append(phrase)

    def found_in(self, tokens: Iterable[Token]) -> bool:
        words: _Words | None = None
        for token in tokens:
            if words is None:
                words, limit = _Words.of(token.doc), len(token.doc)
            if _denied(token) or _aimed_at(token):
                continue  # "no clashes were reported": a cue said not to be there
            i = token.i
            for key in words.keys[i]:
                for phrase in self.index.get(key, ()):
                    if words.phrase_end(i, phrase, limit) is not None:
                        return True
        return False


# Verbs whose infinitive names a goal, not a fact ("a campaign intended to force a retreat");
# not "try" or "attempt", whose march or crossing is often begun ("tried to march").
_AIM_VERBS = frozenset({"intend", "aim", "design", "plan", "hope"})


def _aimed_at(token: Token) -> bool:
    """Whether a word is only what someone aims at: the retreat of "a bombing campaign
    intended to force a retreat" or of "strikes aimed at forcing them to retreat" did not
    happen."""
    cur = token
    for _ in range(5):
        if cur.head.i == cur.i:
            return False
        if cur.dep_ in ("xcomp", "prep") and cur.head.lemma_.lower() in _AIM_VERBS:
            return True
        cur = cur.head
    return False


def _denied(token: Token) -> bool:
    """Whether a word is said not to be there: "no clashes", "without violence", and what is
    joined to it ("no clashes or arrests")."""
    while token.dep_ == "conj" and token.head.i != token.i:
        token = token.head
    if any(c.dep_ == "det" and c.lower_ == "no" for c in token.children):
        return True
    return token.dep_ == "pobj" and token.head.lower_ == "without"


@dataclass(frozen=True, slots=True)
class Condition:
    """A cue set looked for in one argument of the trigger."""

    cues: CueSet
    role: str

    def holds(self, roles: Roles) -> bool:
        return self.cues.found_in(roles.region(self.role))


@dataclass(slots=True, eq=False)  # hashed by identity: one entry of the data file
class TriggerEntry:
    sub_event_type: str
    weight: float
    phrases: list[Phrase]
    need: Condition | None = None
    unless: Condition | None = None
    # a second argument the trigger needs: the forces of "troops pushed toward the town"
    also_need: Condition | None = None
    # a second argument that rules it out: the verb that says "the ceasefire collapsed"
    also_unless: Condition | None = None
    absorbs: bool = False
    # A toll word ("killed", "wounded") that yields to the incident its clause names as the
    # cause ("killed in a strike", "the clashes killed four"): the toll is not an incident.
    yields: bool = False


@dataclass(slots=True)
class RefineRule:
    from_types: frozenset[str]
    to: str
    cues: Condition
    need: Condition | None = None
    unless: Condition | None = None
    also_unless: Condition | None = None
    weight: float | None = None

    def applies(self, sub_event_type: str, roles: Roles) -> bool:
        if sub_event_type not in self.from_types or not self.cues.holds(roles):
            return False
        if self.need is not None and not self.need.holds(roles):
            return False
        return not any(c is not None and c.holds(roles) for c in (self.unless, self.also_unless))


@dataclass(slots=True)
class ContextRule:
    """Moves a trigger by what the whole document reports: killings in an article about
    protests are force against the protesters unless an armed group did them."""

    from_types: frozenset[str]
    context_types: frozenset[str]
    min_count: int
    to: str
    unless: Condition | None = None
    also_unless: Condition | None = None
    weight: float | None = None
    # "five were killed", "wounded by live ammunition", not "his killing outraged many"
    no_noun_subjects: bool = False
    # the context counted in the trigger's own sentence only, not in the whole document
    in_sentence: bool = False
    # a third condition that keeps the trigger: its sentence tells it apart from the news
    # ("five more were killed in a separate attack on a nearby village")
    apart: Condition | None = None


@dataclass(slots=True)
class Modality:
    negation: frozenset[str]
    modal_aux: frozenset[str]
    hypothetical_marks: frozenset[str]
    governors: frozenset[str]
    modifiers: frozenset[str]
    background_preps: frozenset[str]
    background_nouns: frozenset[str]
    assessment_subjects: frozenset[str]
    aggregate_preps: frozenset[str]
    factual_marks: frozenset[str]
    sequence_marks: frozenset[str]
    contrast: frozenset[str]
    trend_verbs: frozenset[str]
    recent_times: frozenset[str]
    habitual: frozenset[str]
    discredited: frozenset[str]
    continuation_verbs: frozenset[str]
    aim_words: frozenset[str]
    aggregate_periods: frozenset[str]
    runs: frozenset[str]
    witness_verbs: frozenset[str]
    one_time_marks: frozenset[str]
    area_preps: frozenset[str]
    vast_areas: frozenset[str]
    counts: frozenset[str]
    death_verbs: frozenset[str]
    displacement_verbs: frozenset[str]
    protest_waves: frozenset[str]
    group_descriptions: frozenset[str]
    suspicion_words: frozenset[str]
    arrest_verbs: frozenset[str]
    arrest_reasons: frozenset[str]
    prevention_verbs: frozenset[str]
    standing_accusations: frozenset[str]
    long_conflicts: frozenset[str]
    onset_verbs: frozenset[str]
    campaign_launches: frozenset[str]
    owned_campaigns: frozenset[str]
    name_heads: frozenset[str]
    frequency: frozenset[str]
    campaign_preps: frozenset[str]
    campaign_nouns: frozenset[str]
    months: frozenset[str]
    span_preps: frozenset[str]
    span_nouns: frozenset[str]
    demanded_nouns: frozenset[str]
    demand_verbs: frozenset[str]
    incident_plurals: frozenset[str]
    habit_marks: frozenset[str]
    likening: frozenset[str]
    sweep_verbs: frozenset[str]
    sweep_nouns: frozenset[str]
    defiance_verbs: frozenset[str]
    one_actions: frozenset[str]
    grievance_preps: frozenset[str]
    protest_manners: frozenset[str]
    protest_announcers: frozenset[str]
    recall_verbs: frozenset[str]


@dataclass(frozen=True, slots=True)
class ReportJudge:
    """The learned model of incident reports beside the modality rules: a trigger the rules
    keep is dropped when the model's probability that its sentence reports one incident that
    happened is below ``veto_below`` (an aggregate, a habit, a statement the rules let by)."""

    model: ReportModel
    veto_below: float
    # the events stage's rescue of a clause in the present: see ``told_as_news``
    present_above: float = 1.0

    def reported(self, span: Span) -> bool:
        return self.model.report_probability(span) >= self.veto_below

    def told_as_news(self, span: Span) -> bool:
        """Whether a clause in the present that the rules read as a state of affairs ("the
        rebels control the north") is news told in the present, as headlines and captions tell
        it ("gunmen kill five in a raid on a village")."""
        return self.model.report_probability(span) > self.present_above


@dataclass(slots=True)
class Lexicon:
    """Everything the typer knows, from the two data files and the report model."""

    taxonomy: dict[str, str]  # sub-event type -> event type
    fallback: str
    entries: list[TriggerEntry]
    rules: list[RefineRule]
    context_rules: list[ContextRule]
    cue_sets: dict[str, CueSet]
    modality: Modality
    judge: ReportJudge | None = None
    index: dict[str, list[tuple[TriggerEntry, Phrase]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for entry in self.entries:
            for phrase in entry.phrases:
                self.index.setdefault(phrase.first, []).append((entry, phrase))


def _condition(
    spec: dict, key: str, role_key: str, cue_sets: dict[str, CueSet], default_role: str
) -> Condition | None:
    if key not in spec:
        return None
    name = spec[key]
    if name not in cue_sets:
        raise ValueError(f"unknown cue set {name!r} in {spec}")
    return Condition(cue_sets[name], spec.get(role_key, default_role))


def _plural_demonyms() -> list[str]:
    """Every country's people named in the plural ("Kashmiris", "Papuans"): beside a
    singular form the country also lists, so that "Filipino" alone is not one."""
    countries = tomllib.loads(COUNTRIES_FILE.read_text(encoding="utf-8"))["countries"]
    found = []
    for country in countries.values():
        names = country.get("demonyms", [])
        found += [n for n in names if n.endswith("s") and n[:-1] in names]
    return found


def load_lexicon() -> Lexicon:
    """The data files, parsed anew: keep the result (``Resources.lexicons.events`` does)."""
    triggers = tomllib.loads(TRIGGERS_FILE.read_text(encoding="utf-8"))
    cues = tomllib.loads(CUES_FILE.read_text(encoding="utf-8"))
    taxonomy = {sub: event for event, subs in triggers["taxonomy"].items() for sub in subs}
    phrases_of = dict(cues["cues"])
    for name in cues["demonym_cues"]:
        phrases_of[name] = [*phrases_of[name], *_plural_demonyms()]
    cue_sets = {name: CueSet(name, phrases) for name, phrases in phrases_of.items()}

    def known(sub: str) -> str:
        if sub not in taxonomy:
            raise ValueError(f"{sub!r} is not an ACLED sub-event type")
        return sub

    entries = []
    for spec in triggers["trigger"]:
        entries.append(
            TriggerEntry(
                sub_event_type=known(spec["sub_event_type"]),
                weight=float(spec["weight"]),
                phrases=[Phrase.parse(p) for p in spec["phrases"]],
                need=_condition(spec, "need", "need_role", cue_sets, "target"),
                unless=_condition(spec, "unless", "unless_role", cue_sets, "target"),
                also_need=_condition(spec, "also_need", "also_need_role", cue_sets, "agent"),
                also_unless=_condition(spec, "also_unless", "also_unless_role", cue_sets, "target"),
                absorbs=bool(spec.get("absorbs", False)),
                yields=bool(spec.get("yields", False)),
            )
        )
    rules = []
    for spec in triggers["refine"]:
        role = spec.get("role", "clause")
        cond = _condition(spec, "cues", "role", cue_sets, role)
        assert cond is not None
        rules.append(
            RefineRule(
                from_types=frozenset(known(s) for s in spec["from"]),
                to=known(spec["to"]),
                cues=cond,
                need=_condition(spec, "need", "need_role", cue_sets, role),
                unless=_condition(spec, "unless", "unless_role", cue_sets, role),
                also_unless=_condition(spec, "also_unless", "also_unless_role", cue_sets, role),
                weight=spec.get("weight"),
            )
        )
    context_rules = [
        ContextRule(
            from_types=frozenset(known(s) for s in spec["from"]),
            context_types=frozenset(known(s) for s in spec["context"]),
            min_count=int(spec["min_count"]),
            to=known(spec["to"]),
            unless=_condition(spec, "unless", "unless_role", cue_sets, "agent"),
            also_unless=_condition(spec, "also_unless", "also_unless_role", cue_sets, "target"),
            weight=spec.get("weight"),
            no_noun_subjects=bool(spec.get("no_noun_subjects", False)),
            in_sentence=bool(spec.get("in_sentence", False)),
            apart=_condition(spec, "apart", "apart_role", cue_sets, "sentence"),
        )
        for spec in triggers.get("context", [])
    ]
    mod = cues["modality"]
    modality = Modality(
        **{name: frozenset(w.lower() for w in mod[name]) for name in Modality.__slots__}
    )
    fallback = known(triggers["fallback"])
    limits = cues["report_model"]
    judge = ReportJudge(
        load_model(), float(limits["veto_below"]), float(limits["present_news_above"])
    )
    return Lexicon(taxonomy, fallback, entries, rules, context_rules, cue_sets, modality, judge)


class Roles:
    """The arguments of one trigger in the dependency parse, computed on demand."""

    def __init__(self, span: Span, modality: Modality) -> None:
        self.modality = modality
        self.span = span
        self.root = span.root
        self.sent = span.sent
        self._cache: dict[str, list[Token]] = {}

    def _inside(self, token: Token) -> bool:
        return self.span.start <= token.i < self.span.end

    def region(self, role: str) -> list[Token]:
        if role not in self._cache:
            self._cache[role] = getattr(self, "_" + role)()
        return self._cache[role]

    def _sentence(self) -> list[Token]:
        return span_tokens(self.sent)

    def _owner(self) -> list[Token]:
        """The noun a trigger noun is the object of: "symbol" of "a symbol for protesters"."""
        root = self.root
        if root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.head.pos_ == "NOUN":
            return [root.head.head]
        return []

    def _kin_of_described(self) -> list[Token]:
        """For a participle that describes a noun, the noun that noun hangs on by "of" ("the
        families" of "the families of detained activists")."""
        root = self.root
        noun = root.head
        if root.dep_ != "amod" or noun.dep_ != "pobj" or noun.head.lower_ != "of":
            return []
        owner = noun.head.head
        return [owner] if owner.pos_ in ("NOUN", "PROPN") else []

    def _purpose_of(self) -> list[Token]:
        """The verb an infinitive of purpose serves: "arrived" of "arrived to arrest him"."""
        root = self.root
        if root.dep_ in ("advcl", "xcomp") and _infinitival(root):
            return [root.head]
        return []

    def _aim(self) -> list[Token]:
        """What the trigger verb is done for: the infinitive of purpose it governs ("deployed
        to rescue the victims"), the place it is sent to when the text points back at it
        ("deployed to the area", "rushed to the scene"), or the incident told that it answers
        ("after the attack")."""
        aims = [c for c in self.root.children if c.dep_ in {"xcomp", "advcl"} and _infinitival(c)]
        # ... or the incident it answers ("deployed soldiers to the town after the attack")
        answered = ("to", "after", "following")
        # ("sent reinforcements to the area": the parser calls that "to" a dative)
        preps = (c for c in self.root.children if c.dep_ in {"prep", "dative"})
        for prep in (p for p in preps if p.lower_ in answered):
            aims += [
                o
                for o in prep.children
                if o.dep_ == "pobj" and any(d.lower_ == "the" for d in o.children)
            ]
        return aims

    def _sentence_but_head(self) -> list[Token]:
        own = {t.i for t in self.region("head")}
        return [t for t in span_tokens(self.sent) if t.i not in own]

    def _clause_with_causes(self) -> list[Token]:
        """The whole subtree of the trigger's verb ("took the town after troops withdrew"),
        less the trigger's own words (the hands of "fell into the hands of" hand nothing
        over)."""
        verb = self.root
        while verb.pos_ not in _VERBAL and verb.head.i != verb.i:
            verb = verb.head
        found = list(subtree_of(verb)) if verb.pos_ in _VERBAL else span_tokens(self.sent)
        return [t for t in found if not self._inside(t)]

    def _clause_causes_and_agent(self) -> list[Token]:
        """The trigger verb's whole subtree and its agent ("the suspects who killed him",
        "three were killed after gunmen opened fire")."""
        return self.region("clause_with_causes") + self.region("agent")

    def _clause(self) -> list[Token]:
        """The subtree of the trigger's verb, less the clauses that state other facts or aims
        ("after the two were arrested, a crowd staged a protest", "boycotted classes to protest
        the arrest")."""
        verb = self.root
        while verb.pos_ not in _VERBAL and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in _VERBAL:
            return list(self.sent)
        marks = self.modality.sequence_marks
        other_facts = [
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and not self._inside(c)
            and any(
                (m.dep_ == "mark" and m.lower_ in marks) or (m.dep_ == "aux" and m.lower_ == "to")
                for m in c.children
            )
        ]
        excluded = {t.i for c in other_facts for t in subtree_of(c)}
        # what a relative clause says of another party ("police, who put up barricades")
        asides = [
            t
            for t in subtree_of(verb)
            if t.dep_ == "relcl" and not self._inside(t) and not self._within(t)
        ]
        excluded.update(t.i for aside in asides for t in subtree_of(aside))
        # "..., residents said, ...": a teller put inside the sentence is no party of it
        tellers = [
            c
            for c in verb.children
            if c.dep_ == "parataxis" and any(s.dep_ == "nsubj" for s in c.children)
        ]
        excluded.update(t.i for teller in tellers for t in subtree_of(teller))
        # "demanding the release of students detained last week": held before the rally
        demanded = [
            t
            for t in subtree_of(verb)
            if t.lower_ in self.modality.demanded_nouns and t.pos_ == "NOUN" and t != self.root
        ]
        excluded.update(t.i for noun in demanded for t in subtree_of(noun))
        # "staged a sit-in, demanding the arrest of the attackers": what a crowd asks for (only
        # the verb's object: a clause the parse hangs on it may still tell what befell them)
        demanded_words = [
            c
            for t in subtree_of(verb)
            if t.lemma_.lower() in self.modality.demand_verbs
            and t.pos_ == "VERB"
            and t.i != verb.i
            and not self._within(t)
            for c in t.children
            if c.dep_ in {"dobj", "prep"}
        ]
        excluded.update(t.i for word in demanded_words for t in subtree_of(word))
        excluded.update(t.i for cause in self._protested_causes(verb) for t in subtree_of(cause))
        excluded.update(t.i for past in self._recalled_past(verb) for t in subtree_of(past))
        return [t for t in subtree_of(verb) if t.i not in excluded] + _elided_subject(verb)

    def _recalled_past(self, verb: Token) -> list[Token]:
        """What a clause of remembering beside the news recalls ("rallied on Friday,
        recalling the crackdown of last spring"): an earlier incident, not the day's doings."""
        recall = self.modality.recall_verbs
        return [
            c
            for c in verb.children
            if c.dep_ == "advcl"
            and c.lemma_.lower() in recall
            and not self._inside(c)
            and not self._within(c)
        ]

    def _protested_causes(self, verb: Token) -> list[Token]:
        """What a deed done "in protest" is against ("boycotted the courts in protest against
        the arrest of a colleague"): the cause, which befell others before, not the crowd. The
        parser may hang that cause on the verb, next to the protest ("in protest at ...")."""
        found: list[Token] = []
        for noun in subtree_of(verb):
            if noun.lower_ not in self.modality.protest_manners or noun.dep_ != "pobj":
                continue
            if noun.head.lower_ != "in" or self._within(noun):
                continue
            found += [c for c in noun.children if c.dep_ == "prep"]
            after = noun.nbor() if noun.i + 1 < len(noun.doc) else None
            if after is not None and after.dep_ == "prep" and after.head == noun.head.head:
                found.append(after)
        return found

    def _within(self, clause: Token) -> bool:
        return clause.left_edge.i <= self.root.i <= clause.right_edge.i

    def _clause_and_agent(self) -> list[Token]:
        """The clause and who or what did it, also when that is the noun a relative clause
        hangs on ("a tragedy that killed 16")."""
        return self.region("clause") + self.region("agent")

    def _clause_agent_and_event(self) -> list[Token]:
        """The clause, its agent and, for a participle that tells what an event did, that
        event's verb ("a canopy collapsed, killing 15": the collapse killed them)."""
        root = self.root
        found = self.region("clause_and_agent")
        if root.dep_ == "advcl" and root.tag_ == "VBG" and root.head.pos_ in _VERBAL:
            found = [*found, root.head]
        return found

    def _head(self) -> list[Token]:
        """The verb the trigger is an argument of, with its particle and object ("opened
        fire on protesters", "protesters were killed")."""
        verb = self.root
        while verb.pos_ not in _VERBAL and verb.dep_ in _ARGUMENT_DEPS and verb.head.i != verb.i:
            verb = verb.head
        if verb.pos_ not in _VERBAL:
            return []
        # less the relative clauses of the object: "a hunger strike by a woman whose son
        # died" says nothing of how the strike went
        found = _subtrees(verb, ("prt", "dobj"))
        aside = {t.i for t in found if t.dep_ == "relcl" for t in subtree_of(t)}
        return [verb, *(t for t in found if t.i not in aside)]

    def _governor(self) -> list[Token]:
        """The verb a noun trigger is an argument of ("protested the arrest"); none for verbs."""
        if self.root.pos_ in _VERBAL:
            return []
        verb = self.root
        while verb.pos_ not in _VERBAL and verb.dep_ in _ARGUMENT_DEPS and verb.head.i != verb.i:
            verb = verb.head
        return [verb] if verb.pos_ in _VERBAL else []

    def _predicate(self) -> list[Token]:
        """What the sentence says of the trigger's noun: the verb a noun trigger is an argument
        of ("the truce collapsed") or, for a participle describing a noun ("a truce agreed in
        May failed"), the verb that noun is an argument of."""
        root = self.root
        if root.pos_ in _VERBAL and root.dep_ == "acl" and root.head.pos_ in ("NOUN", "PROPN"):
            root = root.head
        elif root.pos_ in _VERBAL:
            return []
        verb = root
        while verb.pos_ not in _VERBAL and verb.dep_ in _ARGUMENT_DEPS and verb.head.i != verb.i:
            verb = verb.head
        if verb.dep_ == "ROOT" and verb.pos_ not in _VERBAL:
            # a sentence parsed as one noun phrase ("Talks ... stalled after ...") says of
            # its noun what the participle hung on it says
            return [c for c in verb.children if c.dep_ == "acl"]
        return [verb] if verb.pos_ in _VERBAL else []

    def _object(self) -> list[Token]:
        """The head words of the target, without what they hold ("a base near the town")."""
        target = self.region("target")
        inside = {t.i for t in target}
        return [t for t in target if t.head.i not in inside]

    def _phrase(self) -> list[Token]:
        """All a trigger noun holds: "operations in the eastern sector", "rescue operations"."""
        if self.root.pos_ in _VERBAL:
            return list(self.span)
        return list(subtree_of(self.root))

    def _modified(self) -> list[Token]:
        """The nouns a modifier trigger describes: the commander of "an artillery commander",
        the site of "a missile launch site" or "a rocket-launching site" (through the words
        between)."""
        found: list[Token] = []
        word = self.root
        deps = ("compound", "amod", "nmod", "poss", "npadvmod")
        while word.dep_ in deps and word.head.i != word.i and len(found) < 3:
            if word.dep_ == "npadvmod" and word.head.dep_ not in ("amod", "compound"):
                break  # "a day earlier": no noun it describes
            word = word.head
            found.append(word)
            deps = ("compound", "amod")
        return found

    def _self(self) -> list[Token]:
        tokens = span_tokens(self.span)
        for child in self.root.children:
            if child.dep_ in ("compound", "amod", "nmod", "poss") and not self._inside(child):
                tokens.extend(subtree_of(child))
        return tokens

    def _agent(self) -> list[Token]:
        root = self.root
        if root.pos_ in _VERBAL:
            return _verb_agent(root)
        found: list[Token] = []
        for child in root.children:
            if child.dep_ in ("compound", "amod", "poss", "nmod") and not self._inside(child):
                found += subtree_of(child)
            elif child.dep_ == "prep" and child.lower_ == "by":
                found += _subtrees(child, ("pobj",))
            elif child.dep_ == "acl":  # "missiles fired by warplanes"
                for grandchild in child.children:
                    if grandchild.dep_ == "agent":
                        found += _subtrees(grandchild, ("pobj",))
        return found + _noun_agent_from_verb(root, self.modality.witness_verbs)

    def _target(self) -> list[Token]:
        root = self.root
        return _verb_target(root) if _verbal(root) else _noun_target(root)

    def _nearby(self) -> list[Token]:
        """Where a move came close to: the object of "near", "around" or "outside" on the
        trigger ("advanced near Pokrovsk"), not where it went on ("in the area")."""
        found: list[Token] = []
        for child in self.root.children:
            if child.dep_ == "prep" and child.lower_ in _NEARBY_PREPS:
                found += _subtrees(child, ("pobj",))
        return found

    def _inward(self) -> list[Token]:
        """Where a move leads: the object of "into" or "towards" on the trigger, also past a
        word of depth ("pushed deeper into the city", "an incursion into the town"). Only
        the way in: what the verb moves ("moved troops into the region") is its object."""
        found: list[Token] = []
        for child in self.root.children:
            preps = [child] if child.dep_ == "prep" else []
            if child.dep_ == "advmod":  # "deeper into", "further towards"
                preps = [c for c in child.children if c.dep_ == "prep"]
            for prep in preps:
                if prep.lower_ in _INWARD_PREPS:
                    found += _subtrees(prep, ("pobj",))
        return found


# Subjects that leave their noun to the sentence before: "Another hit a car", "A second
# exploded near the market", "The other landed in a field".
_ELIDING_SUBJECTS = frozenset({"another", "one", "other", "second", "third", "fourth", "latter"})


def _elided_subject(verb: Token) -> list[Token]:
    """The noun a bare "another" (or "a second", "the other") as the verb's subject stands
    for: the first subject of the sentence before, with its modifiers ("One missile hit Dnipro,
    officials said. Another struck Kharkiv.": a missile struck Kharkiv)."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in _ELIDING_SUBJECTS:
        return []
    if any(c.dep_ not in ("det", "punct") for c in subject.children):
        return []  # "another gunman", "one of the bombs": the noun is there
    if verb.sent.start == 0:
        return []
    previous = verb.doc[verb.sent.start - 1].sent
    noun = next(
        (t for t in previous if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ == "NOUN"),
        None,
    )
    if noun is None:
        return []
    return [noun, *(t for t in noun.children if t.dep_ in ("compound", "amod", "nmod"))]


def _verb_agent(root: Token) -> list[Token]:
    """Who did what a verbal trigger says: its subject or passive agent, the subject of the
    verb it continues, or the noun its relative clause hangs on."""
    found = _subtrees(root, ("nsubj",))
    for child in root.children:
        if child.dep_ == "agent":
            found += _subtrees(child, ("pobj",))
    # "protesters defied a ban to take to the streets, blocking roads": up the chain of
    # verbs it continues to the first that has a subject
    verb = root
    for _ in range(3):
        if found or verb.dep_ not in ("conj", "xcomp", "advcl") or verb.head.i == verb.i:
            break
        verb = verb.head
        found += _subtrees(verb, ("nsubj",))
    found += _teller_of_pronoun(root, found)
    # "villagers, who were killed by gunmen": a passive relative clause's noun is its victim
    passive = any(c.dep_ in ("auxpass", "nsubjpass") for c in root.children)
    if root.dep_ == "relcl" and not passive:
        found.append(root.head)
    return found


# Pronouns a teller uses for itself in what it says ("the army said it struck ...").
_SELF_PRONOUNS = frozenset({"it", "they", "we"})
# Verbs of striking that need their striker to be a fighting force; others keep the pronoun
# ("the air force said it had shot down 21 drones": the teller is no means of that deed).
_TOLD_STRIKES = frozenset({"strike", "hit", "target"})
# Tags of relative pronouns ("who", "which", "that").
_RELATIVE_TAGS = frozenset({"WP", "WDT"})


def _teller_of_pronoun(verb: Token, found: list[Token]) -> list[Token]:
    """The teller a pronoun subject stands for when the verb is what it says of itself ("the
    Israeli military said it struck Hezbollah positions": the military struck them)."""
    if not found or any(t.lower_ not in _SELF_PRONOUNS for t in found if t.dep_ == "nsubj"):
        return []
    if verb.dep_ != "ccomp" or verb.head.pos_ not in _VERBAL:
        return []
    if verb.lemma_.lower() not in _TOLD_STRIKES:
        return []
    return _subtrees(verb.head, ("nsubj",))


def _noun_agent_from_verb(root: Token, witness_verbs: frozenset[str]) -> list[Token]:
    """Who did what a nominal trigger names, read on the verb it is an argument of; not who
    only heard or reported it ("residents reported heavy gunfire")."""
    found: list[Token] = []
    head = root.head
    witnessed = head.lemma_.lower() in witness_verbs
    if root.dep_ in ("dobj", "attr") and head.pos_ in _VERBAL and not witnessed:
        found += _subtrees(head, ("nsubj",))
    if root.dep_ in ("nsubj", "nsubjpass") and head.pos_ in _VERBAL:
        # "the bomb was planted by militants", "bombs dropped by a helicopter"
        for child in head.children:
            if child.dep_ == "agent":
                found += _subtrees(child, ("pobj",))
    if root.dep_ == "pobj" and head.head.pos_ in _VERBAL and not _undergone(root):
        found += _subtrees(head.head, ("nsubj",))
    if root.dep_ == "pobj":
        found += _relative_subject(root)
    return found


def _undergone(root: Token) -> bool:
    """Whether a nominal trigger is what its verb's subject underwent ("a camp came under
    attack", "the convoy was under fire"): the subject is struck, not the striker."""
    prep = root.head
    return prep.lower_ == "under" and prep.head.lemma_.lower() in _UNDERGOING_VERBS


def _verb_target(root: Token) -> list[Token]:
    """Whom a verbal trigger strikes: its objects, a clausal object's subject, a target
    preposition's object, the noun a participle modifies, a shared passive subject."""
    found = _objects_less_whereabouts(root)
    for child in root.children:  # "disperse protesters rallying": a clausal object
        if child.dep_ == "ccomp":
            found += _subtrees(child, ("nsubj",))
    # with an object, "at" tells where ("shot a driver at a checkpoint"), not whom
    placed_at = any(c.dep_ == "dobj" for c in root.children)
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in _TARGET_PREPS and not _a_time(child):
            if not (placed_at and child.lower_ == "at"):
                found += _less_others_deeds(_subtrees(child, ("pobj",)))
        elif child.dep_ == "prt":
            found += _subtrees(root, ("dobj",))
    # "people killed in the raid": the noun a participle modifies is struck; a verb with an
    # object of its own is active ("Assailants killed 18 people" parsed under a dateline
    # as a participle on "Assailants"): its noun did the striking
    active = any(c.dep_ == "dobj" for c in root.children)
    if root.dep_ in ("acl", "relcl") and root.head.i != root.i and not active:
        found.append(root.head)
        found += _subtrees(root.head, ("compound", "amod"))
    if root.lemma_ == "come" and any(
        c.dep_ == "prep" and c.lower_ == "under" for c in root.children
    ):
        found += _subtrees(root, ("nsubj",))  # "a patrol came under fire": fired on
    own = ("nsubj", "nsubjpass", "dobj")
    if root.dep_ == "conj" and not any(c.dep_ in own for c in root.children):
        # "a patrol was blocked and pelted with stones": the shared passive subject
        found += _subtrees(root.head, ("nsubjpass",))
    return found


def _a_time(prep: Token) -> bool:
    """Whether a preposition's object is a day or an hour ("fired on an army post ... on
    Sunday", "at dawn"): when it happened, never whom it struck."""
    objects = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objects) and all(o.ent_type_ in ("DATE", "TIME") for o in objects)


# Prepositions that tell where the object of a verb was ("a farmer at a checkpoint").
_WHEREABOUTS = frozenset({"at", "in", "near", "outside", "inside"})


def _objects_less_whereabouts(verb: Token) -> list[Token]:
    """The verb's objects, less where their head noun was and what a relative clause says of
    them: "shot a farmer at a checkpoint" strikes the farmer, not the checkpoint's forces;
    "executed civilians they accused of helping the rebels" strikes no rebel."""
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ not in ("dobj", "nsubjpass", "dative", "attr") and not _a_share(child):
            continue
        where = [
            c
            for c in child.children
            if (c.dep_ == "prep" and c.lower_ in _WHEREABOUTS) or c.dep_ == "relcl"
        ]
        left_out = {t.i for c in where for t in subtree_of(c)}
        found.extend(t for t in subtree_of(child) if t.i not in left_out)
    return found


def _a_share(token: Token) -> bool:
    """A count of a whole the parser hung on the verb as a modifier ("shot down 30 of 45
    drones", 30 an adverbial): the object it counts."""
    return (
        token.dep_ == "npadvmod"
        and token.pos_ == "NUM"
        and any(c.dep_ == "prep" and c.lower_ == "of" for c in token.children)
    )


def _noun_target(root: Token) -> list[Token]:
    """Whom a nominal trigger strikes: its target preposition's object, what a clause on it
    acts on, or the object of the verb it is the subject or object of."""
    found: list[Token] = []
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
            found += _subtrees(child, ("pobj",))
        elif child.dep_ == "acl":
            found += _subtrees(child, ("dobj", "prep"))
        elif child.dep_ == "relcl" and _its_own_clause(child):
            found += _subtrees(child, ("dobj",))  # "an attack that killed five civilians"
    head = root.head
    if root.dep_ == "attr" and head.lemma_ == "be" and _has_by_agent(root):
        # "the town was overrun by jihadists" read as a noun after "was": a passive, whose
        # subject is what was struck
        found += _subtrees(head, ("nsubj",))
    if _undergone(root):  # "an IDP site came under attack by armed men"
        found += _subtrees(head.head, ("nsubj", "nsubjpass"))
    if root.dep_ == "nsubj" and head.pos_ in _VERBAL:
        found += _subtrees(head, ("dobj",))
    if root.dep_ == "dobj" and head.pos_ in _VERBAL:  # "fired live rounds at protesters"
        found += _target_preposition_objects(head)
    if root.dep_ == "pobj" and head.head.pos_ in _VERBAL:
        verb = head.head  # "shot at protesters in a morning assault"
        found += _subtrees(verb, ("nsubjpass", "dobj"))
        found += _target_preposition_objects(verb)
    return found


def _its_own_clause(relcl: Token) -> bool:
    """Whether a relative clause tells what its noun itself did: its relative pronoun is the
    subject ("an attack that killed five", "the raid, which left two dead")."""
    return any(c.dep_ == "nsubj" and c.tag_ in _RELATIVE_TAGS for c in relcl.children)


def _has_by_agent(noun: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "by" for c in noun.children)


def _less_others_deeds(tokens: list[Token]) -> list[Token]:
    """A target less the relative clauses in it that tell what others did there: "pushed into
    the neighbourhood, where residents reported gunfire" strikes no residents. A clause whose
    subject is its relative pronoun ("villagers who were fleeing") still describes the target."""
    aside = {
        t.i
        for verb in tokens
        if verb.dep_ == "relcl"
        and any(c.dep_ == "nsubj" and c.tag_ not in _RELATIVE_TAGS for c in verb.children)
        for t in subtree_of(verb)
    }
    return [t for t in tokens if t.i not in aside] if aside else tokens


def _verbal(token: Token) -> bool:
    """A verb, or an infinitive the tagger took for an adjective ("fired live rounds to clear
    protests": "clear" tagged JJ, its object still a dobj)."""
    if token.pos_ in _VERBAL:
        return True
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _target_preposition_objects(verb: Token) -> list[Token]:
    found: list[Token] = []
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in _TARGET_PREPS:
            found += _subtrees(child, ("pobj",))
    return found


def _relative_subject(noun: Token) -> list[Token]:
    """Who did it, when a relative pronoun says it: "police, who blocked the roads with
    barricades" (the barricades are the police's)."""
    verb = noun
    while verb.pos_ not in _VERBAL and verb.dep_ in _ARGUMENT_DEPS and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in _VERBAL or verb.dep_ != "relcl":
        return []
    return [verb.head]


def _subtrees(token: Token, deps: Sequence[str]) -> list[Token]:
    found: list[Token] = []
    for child in token.children:
        if child.dep_ in deps:
            found.extend(subtree_of(child))
    return found


@dataclass(frozen=True, slots=True)
class Match:
    """A phrase of the lexicon found in a Doc, before modality and refinement."""

    start: int
    end: int
    entry: TriggerEntry
    phrase: Phrase


@dataclass(frozen=True, slots=True)
class Explained:
    """A trigger with the lexicon entry, phrase and refine rule (index or None) behind it."""

    trigger: Trigger
    match: Match
    rule: int | None


class EventTyper:
    """Finds the asserted incidents of a Doc and types each in ACLED's taxonomy."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon if lexicon is not None else load_lexicon()

    def __call__(self, doc: Doc, analysis: Analysis | None = None) -> list[Trigger]:
        """The triggers layer: what the triggers stage sets (the parse, and the places layer
        where there is one)."""
        if analysis is not None and analysis.places:
            _Words.of(doc).mark_places(doc, analysis.places)
        _Words.of(doc).lend_antecedents(doc)
        return [explained.trigger for explained in self.explain(doc)]

    def explain(self, doc: Doc) -> list[Explained]:
        """The triggers of ``doc`` with what produced them (for tests and tuning)."""
        found = []
        for sent in doc.sents:
            in_sentence = []
            for match in self.matches(doc, sent):
                explained = self._trigger(doc[match.start : match.end], match)
                if explained is not None:
                    in_sentence.append(explained)
            found.extend(_yield_to_causes(doc, in_sentence, self.lexicon))
        return self._in_context(doc, found)

    def _in_context(self, doc: Doc, found: list[Explained]) -> list[Explained]:
        for rule in self.lexicon.context_rules:
            count = sum(e.trigger.sub_event_type in rule.context_types for e in found)
            if count < rule.min_count:
                continue
            for index, explained in enumerate(found):
                trigger = explained.trigger
                if trigger.sub_event_type not in rule.from_types:
                    continue
                if rule.in_sentence and _context_in_sentence(found, trigger, rule) < rule.min_count:
                    continue
                match = explained.match
                span = doc[match.start : match.end]
                if rule.no_noun_subjects and _noun_subject(span.root):
                    continue
                roles = Roles(span, self.lexicon.modality)
                conditions = (rule.unless, rule.also_unless, rule.apart)
                if any(c is not None and c.holds(roles) for c in conditions):
                    continue
                trigger.sub_event_type = rule.to
                trigger.event_type = self.lexicon.taxonomy[rule.to]
                if rule.weight is not None:
                    background = in_background(span.root, self.lexicon.modality)
                    weight = rule.weight * (BACKGROUND_DISCOUNT if background else 1.0)
                    trigger.confidence = round(weight, 3)
                found[index] = Explained(trigger, match, explained.rule)
        return found

    @property
    def fallback(self) -> str:
        return self.lexicon.fallback

    def event_type(self, sub_event_type: str) -> str:
        return self.lexicon.taxonomy[sub_event_type]

    def matches(self, doc: Doc, sent: Span) -> list[Match]:
        """Phrase matches of one sentence whose required arguments are there; the longest
        (then the strongest) wins where they overlap."""
        found = set()
        words = _Words.of(doc)
        index = self.lexicon.index
        for i in range(sent.start, sent.end):
            for key in words.keys[i]:
                for entry, phrase in index.get(key, ()):
                    end = words.phrase_end(i, phrase, sent.end)
                    if end is not None:
                        found.add(Match(i, end, entry, phrase))
        ranked = sorted(
            (m for m in found if self._required_arguments_hold(doc[m.start : m.end], m.entry)),
            key=lambda m: (m.start - m.end, -m.entry.weight, m.start, m.phrase.text),
        )
        taken: set[int] = set()
        kept = []
        for match in ranked:
            if taken.isdisjoint(range(match.start, match.end)):
                taken.update(range(match.start, match.end))
                kept.append(match)
        kept.sort(key=lambda m: m.start)
        return self._drop_absorbed(doc, kept)

    def _drop_absorbed(self, doc: Doc, matches: list[Match]) -> list[Match]:
        """An absorbing trigger swallows the triggers inside its required argument: the drones
        of "shot down two drones" are no air strike, the base of "set up a base" no battle."""
        absorbed: set[int] = set()
        for match in matches:
            need = match.entry.need
            if match.entry.absorbs and need is not None:
                roles = Roles(doc[match.start : match.end], self.lexicon.modality)
                absorbed.update(t.i for t in roles.region(need.role))
        return [
            m for m in matches if m.entry.absorbs or doc[m.start : m.end].root.i not in absorbed
        ]

    def _required_arguments_hold(self, span: Span, entry: TriggerEntry) -> bool:
        conditions = (entry.need, entry.also_need, entry.unless, entry.also_unless)
        if all(c is None for c in conditions):
            return True
        roles = Roles(span, self.lexicon.modality)
        needs = (entry.need, entry.also_need)
        if any(need is not None and not need.holds(roles) for need in needs):
            return False
        unless = (entry.unless, entry.also_unless)
        return not any(c is not None and c.holds(roles) for c in unless)

    def _trigger(self, span: Span, match: Match) -> Explained | None:
        if not asserted(span, self.lexicon.modality):
            return None
        judge = self.lexicon.judge
        if judge is not None and not judge.reported(span):
            return None
        roles = Roles(span, self.lexicon.modality)
        sub_event_type, weight = match.entry.sub_event_type, match.entry.weight
        applied = None
        for index, rule in enumerate(self.lexicon.rules):
            if rule.applies(sub_event_type, roles):
                sub_event_type, applied = rule.to, index
                weight = rule.weight if rule.weight is not None else weight
                break
        if self.lexicon.taxonomy[sub_event_type] == _PROTESTS and _announced(
            span.root, self.lexicon.modality
        ):
            return None
        if in_background(span.root, self.lexicon.modality):
            weight *= BACKGROUND_DISCOUNT
        sent = span.sent
        trigger = Trigger(
            event_type=self.lexicon.taxonomy[sub_event_type],
            sub_event_type=sub_event_type,
            text=span.text,
            start=span.start_char,
            end=span.end_char,
            sent_start=sent.start_char,
            sent_end=sent.end_char,
            confidence=round(weight, 3),
        )
        return Explained(trigger, match, applied)


# Verbs whose subject undergoes what their "under" names ("came under attack", "was under fire").
_UNDERGOING_VERBS = frozenset({"come", "be", "fall"})

# ACLED's one-sided violence against civilians, the type of an assault that only killed them.
_ON_CIVILIANS = "Attack"
# The event type whose incidents a verb of announcing makes a plan ("announced a strike").
_PROTESTS = "Protests"

# Where a toll verb names its cause: "killed in/by/during a strike", "died from wounds".
_CAUSE_PREPS = frozenset({"in", "by", "during", "from", "at"})


def _context_in_sentence(found: list[Explained], trigger: Trigger, rule: ContextRule) -> int:
    here = [e.trigger for e in found if e.trigger.sent_start == trigger.sent_start]
    return sum(t.sub_event_type in rule.context_types for t in here)


def _noun_subject(root: Token) -> bool:
    """A noun that names a known incident as the topic: "his killing outraged many"."""
    if root.pos_ in _VERBAL:
        return False
    topic = root.dep_ in ("nsubj", "nsubjpass", "poss", "ROOT")
    return topic or any(c.dep_ == "poss" for c in root.children)


def _yield_to_causes(doc: Doc, found: list[Explained], lexicon: Lexicon) -> list[Explained]:
    """A toll word whose cause is another trigger of the clause takes that incident's type:
    the three "killed in a strike" are the strike's toll, not a second incident. The word
    stays a trigger, since the date or place of the sentence may hang on it."""
    causes = {doc[e.match.start : e.match.end].root.i: e for e in found if not e.match.entry.yields}
    if not causes:
        return found
    for explained in found:
        if not explained.match.entry.yields:
            continue
        root = doc[explained.match.start : explained.match.end].root
        if root.dep_ == "advcl" and root.tag_ == "VBG" and root.head.i in causes:
            # "stormed the village, shooting residents": the storming is the attack on them
            _assault_on_civilians(doc, explained, causes[root.head.i], lexicon)
        cause = _cause(root, causes)
        if cause is not None:
            _assault_on_civilians(doc, explained, cause, lexicon)
            explained.trigger.sub_event_type = cause.trigger.sub_event_type
            explained.trigger.event_type = cause.trigger.event_type
            # typed by its cause, it is as sure as the cause ("suicide bombers kill dozens":
            # the incident is the bombing, told by the toll word its date and place hang on)
            confidence = max(explained.trigger.confidence, cause.trigger.confidence)
            explained.trigger.confidence = confidence
    return found


def _assault_on_civilians(doc: Doc, toll: Explained, cause: Explained, lexicon: Lexicon) -> None:
    """A one-sided assault that the clause says killed civilians ("the killing of 14 villagers
    in an ambush", "five farmers died in the raid") is an attack on civilians, not the battle
    the bare word defaults to: its victims are the toll's, when the assault names no armed
    target of its own."""
    if cause.trigger.sub_event_type != lexicon.fallback:
        return
    cues = lexicon.cue_sets
    toll_roles = Roles(doc[toll.match.start : toll.match.end], lexicon.modality)
    cause_roles = Roles(doc[cause.match.start : cause.match.end], lexicon.modality)
    if not cues["one_sided_assaults"].found_in(cause_roles.region("self")):
        return
    victims = toll_roles.region("target")
    if toll_roles.root.lemma_ in lexicon.modality.death_verbs:  # "six traders died in ..."
        victims = victims + toll_roles.region("agent")
    if not cues["civilian_targets"].found_in(victims) or cues["armed_targets"].found_in(victims):
        return
    if cues["armed_targets"].found_in(cause_roles.region("target")):
        return
    cause.trigger.sub_event_type = _ON_CIVILIANS
    cause.trigger.event_type = lexicon.taxonomy[_ON_CIVILIANS]


def _cause(root: Token, causes: dict[int, Explained]) -> Explained | None:
    for child in root.children:
        if child.dep_ in ("nsubj", "csubj") and child.i in causes:
            return causes[child.i]  # "the strike killed three"
        by_cause = child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in _CAUSE_PREPS)
        for grandchild in child.children if by_cause else ():
            if grandchild.dep_ == "pobj" and grandchild.i in causes:
                return causes[grandchild.i]  # "killed in a strike", "wounded by shelling"
    return None


def asserted(span: Span, modality: Modality) -> bool:
    """False when the incident is negated, hypothetical, future, planned, threatened, denied,
    or a general assessment, as the dependency path from the trigger up says."""
    root = span.root
    inside = set(range(span.start, span.end))
    if root.pos_ not in _VERBAL and (_modified_away(root, modality) or _in_a_name(span, modality)):
        return False
    if _is_assessment(root, modality):
        return False
    local = True
    cur, path_dep, prev = root, "", root
    while True:
        if local and _negated_or_modal(cur, inside, modality, cur.i == root.i):
            return False
        if (
            cur.i != root.i
            and cur.i not in inside
            and path_dep not in _NOT_COMPLEMENT
            and (cur.lemma_.lower() in modality.governors or cur.lower_ in modality.governors)
            and not _defied(cur, modality)
            and not _told_beside(prev, cur, modality)
            and not _done_in_protest(root, cur, modality)
        ):
            return False
        if cur.i != root.i and _discredited(cur, modality):
            return False
        if path_dep == "advcl" and _ordered(cur, modality):
            return False
        if path_dep == "prep" and _suspected_of(cur, modality):
            return False
        if path_dep == "pobj" and (
            _arrested_for(cur, modality) or _listed_in_a_governor(cur, modality)
        ):
            return False
        if _a_wars_history(cur, path_dep, prev, modality):
            return False
        if path_dep == "xcomp" and cur.lower_ in modality.aim_words:
            return False  # "determined to stamp out protests", not "determined that"
        if _future_sequel(cur, modality):
            return False
        if cur.dep_ in _STOP_DEPS or cur.head.i == cur.i or _independent(cur, modality):
            return True
        if cur.dep_ in _NONLOCAL_DEPS and not _infinitival(cur):
            local = False  # an aim ("to retake the city") shares its verb's modality
        path_dep, prev, cur = cur.dep_, cur, cur.head


def _told_beside(clause: Token, verb: Token, modality: Modality) -> bool:
    """Whether a participle clause hangs on a verb of prevention told as done ("troops foiled
    an infiltration bid, killing two militants"): what the foiling did is a fact, only its
    object was prevented. Not on other governors ("vowed to attack, ...", "is considered of
    little value, underlying a focus on taking control")."""
    if clause.dep_ != "advcl" or clause.tag_ != "VBG" or verb.tag_ not in ("VBD", "VBN"):
        return False
    if verb.lemma_.lower() not in modality.prevention_verbs:
        return False
    return not any(c.dep_ in ("mark", "aux") for c in clause.children)


def _announced(root: Token, modality: Modality) -> bool:
    """ "The union announced a strike from Monday", "announced a nationwide protest": a protest
    made known is called, still to come (a verb of holding one, "staged", tells it held)."""
    return (
        root.pos_ not in _VERBAL
        and root.dep_ == "dobj"
        and root.head.lemma_.lower() in modality.protest_announcers
    )


def _done_in_protest(root: Token, verb: Token, modality: Modality) -> bool:
    """ "stopped work in protest", "halted traffic in protest": the protest is how the stopping
    was done, not something stopped ("vowed to stop work in protest" is still a plan)."""
    return (
        root.dep_ == "pobj"
        and root.head.lower_ == "in"
        and root.lower_ in modality.protest_manners
        and verb.lemma_.lower() in modality.prevention_verbs
    )


def _listed_in_a_governor(prep: Token, modality: Modality) -> bool:
    """Whether the path up reached an "including" that the parser hung on the verb although
    it lists the verb's object ("announced an aid package on Monday, including missiles and
    shells"): the object governs the items as it would if the list hung on it."""
    if prep.lower_ != "including" or prep.head.pos_ not in _VERBAL:
        return False
    objects = (c for c in prep.head.children if c.dep_ == "dobj")
    return any(o.lemma_.lower() in modality.governors for o in objects)


def _arrested_for(prep: Token, modality: Modality) -> bool:
    """Whether the path up reached the preposition that names what an arrest was for
    ("arrested 12 people over the killing of a cleric", "detained in connection with the
    bombing"): the deed is the arrest's reason, not an incident the sentence tells."""
    if prep.lower_ not in modality.arrest_reasons:
        return False
    verb = prep.head
    if prep.lower_ == "with":  # "in connection with": up through "connection" and "in"
        if verb.lower_ != "connection" or verb.head.lower_ != "in":
            return False
        verb = verb.head.head
    return verb.pos_ in _VERBAL and verb.lemma_.lower() in modality.arrest_verbs


def _suspected_of(token: Token, modality: Modality) -> bool:
    """Whether the path up reached "suspected" through its "of" ("men suspected of abduction"),
    or an accusation told in the perfect ("has been accused of killings")."""
    if token.lemma_.lower() in modality.suspicion_words or token.lower_ in modality.suspicion_words:
        return True
    deps = {(c.dep_, c.lemma_) for c in token.children}
    perfect_passive = ("aux", "have") in deps and ("auxpass", "be") in deps
    return perfect_passive and token.lemma_.lower() in modality.standing_accusations


def starts_a_long_conflict(verb: Token, modality: Modality) -> bool:
    """Whether the verb tells a long conflict's onset ("the war began when ...", "the crisis
    was triggered by ..."): the clause under it is the war's history."""
    if launches_its_own(verb, modality.campaign_launches, modality.owned_campaigns):
        return True
    if verb.lemma_.lower() not in modality.onset_verbs:
        return False
    subjects = (c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass"))
    return any(s.lemma_.lower() in modality.long_conflicts for s in subjects)


def _after_its_cause(verb: Token) -> bool:
    """Whether a clause of "after" or "when" says what the verb came in answer to."""
    return any(
        c.dep_ == "advcl"
        and any(m.dep_ == "mark" and m.lower_ in ("after", "when") for m in c.children)
        for c in verb.children
    )


def launches_its_own(verb: Token, launches: frozenset[str], campaigns: frozenset[str]) -> bool:
    """Whether the verb launches the doer's own campaign ("launched its offensive")."""
    if verb.lemma_.lower() not in launches:
        return False
    return any(
        c.dep_ == "dobj"
        and c.lemma_.lower() in campaigns
        and any(d.dep_ == "poss" and d.lower_ in ("its", "their") for d in c.children)
        for c in verb.children
    )


def _a_wars_history(cur: Token, path_dep: str, prev: Token, modality: Modality) -> bool:
    """Whether the path up from a trigger reached how a long conflict began: "the war began
    when ...", "was triggered by the attack", "began with the attack", or a relative clause on
    that day or deed ("began in 2021 when ...", "the attack in which ..."). Of prepositions
    only "with" tells the onset: "the crisis erupted after police shot a student on Monday"
    tells the news that set it off."""
    onset = path_dep in ("advcl", "agent") or (path_dep == "prep" and prev.lower_ == "with")
    if onset and starts_a_long_conflict(cur, modality):
        return True
    # "... after militants stormed the south": a clause of fact, but under the war's onset;
    # one with a day of its own ("the crisis erupted after police shot a student on Monday")
    # is the news that set it off
    # (the subtree is read only for an adverbial clause: asked of every head on every
    # trigger's path, it made a long unpunctuated sentence quadratic)
    if (
        cur.dep_ == "advcl"
        and not any(t.ent_type_ == "DATE" for t in cur.subtree)
        and starts_a_long_conflict(cur.head, modality)
    ):
        return True
    # "Israel launched its offensive after militants stormed the south": the war launched
    # in answer to its cause is the running war, no incident of the news
    if path_dep == "dobj" and starts_a_long_conflict(cur, modality) and _after_its_cause(cur):
        return True
    return cur.dep_ == "relcl" and _dates_a_wars_onset(cur.head, modality)


def _dates_a_wars_onset(noun: Token, modality: Modality) -> bool:
    """Whether a noun a relative clause describes says when or by what a long conflict began
    ("the rebellion began in 2021 when fighters seized the town", "the war was triggered by
    the attack in which militants stormed the south"): the clause is the war's history."""
    if noun.dep_ != "pobj" or noun.head.dep_ not in ("prep", "agent"):
        return False
    return starts_a_long_conflict(noun.head.head, modality)


def _discredited(token: Token, modality: Modality) -> bool:
    """ "Fake news circulating claiming that ...": the claim above the incident is called false."""
    holders = [token, *(c for c in token.children if c.dep_ in ("nsubj", "nsubjpass"))]
    if any(h.lemma_.lower() in modality.discredited for h in holders[1:]):
        return True  # "rumours spread that ..."
    return any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in modality.discredited
        for holder in holders
        for c in holder.children
    )


def _ordered(verb: Token, modality: Modality) -> bool:
    """ "Instructions were given to reinforce the area": the aim of an order or a plan; not
    "defied a ban to march", done in spite of it."""
    if verb.lemma_.lower() in modality.defiance_verbs:
        return False
    return any(
        c.dep_ in ("nsubj", "nsubjpass", "dobj") and c.lemma_.lower() in modality.governors
        for c in verb.children
    )


def _defied(token: Token, modality: Modality) -> bool:
    """ "Defied a ban to march": the ban is defied, so what it forbids was done."""
    return token.dep_ == "dobj" and token.head.lemma_.lower() in modality.defiance_verbs


def _in_a_name(span: Span, modality: Modality) -> bool:
    """ "the Ezzedine al-Qassam Brigades", "the Strategic Rocket Forces": a weapon word inside
    the proper name of an armed group names the group, not an incident."""
    token = span[-1]
    while token.dep_ == "compound" and token.head.i != token.i:
        token = token.head
        if token.pos_ == "PROPN" and token.lower_ in modality.name_heads:
            return True
    return False


def _modified_away(root: Token, modality: Modality) -> bool:
    """ "A planned attack", "political infighting", and "past rocket launches", where the
    modifier sits on the noun the trigger is a compound of."""
    nouns = [root, root.head] if root.dep_ == "compound" else [root]
    return any(
        c.dep_ in ("amod", "compound") and c.lemma_.lower() in modality.modifiers
        for noun in nouns
        for c in noun.children
    )


def _infinitival(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in token.children)


def _future_sequel(token: Token, modality: Modality) -> bool:
    """ "After I am arrested, the nation will ...": a present-tense clause of time under a
    future or modal verb is itself to come."""
    if token.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ in modality.factual_marks for c in token.children
    ):
        return False
    verbs = [token, *(c for c in token.children if c.dep_ in ("aux", "auxpass"))]
    present = any(v.tag_ in ("VBP", "VBZ") for v in verbs)
    return present and any(
        c.dep_ == "aux" and c.lower_ in modality.modal_aux for c in token.head.children
    )


def _independent(token: Token, modality: Modality) -> bool:
    """A clause that states its own fact: "after soldiers killed three" under "threatened
    revenge", or "but the blast killed five" beside "did not say"."""
    if token.dep_ == "advcl":
        return any(c.dep_ == "mark" and c.lower_ in modality.factual_marks for c in token.children)
    if token.dep_ == "conj":
        return any(c.dep_ == "cc" and c.lower_ in modality.contrast for c in token.head.children)
    return False


def in_background(root: Token, modality: Modality) -> bool:
    """A trigger in a relative clause or after "after"/"since"/"amid" is context."""
    token = root
    while token.head.i != token.i:
        if token.dep_ == "relcl":
            return True
        if token.dep_ in ("pobj", "pcomp") and token.head.lower_ in modality.background_preps:
            return True
        if token.dep_ == "pobj" and token.head.head.lemma_.lower() in modality.background_nouns:
            return True  # "in retaliation for a gas attack", "in the wake of the murder"
        token = token.head
    return False


def _negated_or_modal(
    token: Token, inside: set[int], modality: Modality, is_trigger: bool = True
) -> bool:
    if (
        token.dep_ == "pobj"
        and token.head.i not in inside
        and token.head.lower_ in modality.negation
    ):
        return True
    for child in token.children:
        if child.i in inside:
            continue
        dep, word = child.dep_, child.lower_
        if dep == "neg" or (dep == "det" and word in modality.negation):
            return True
        if is_trigger and dep in ("nsubj", "nsubjpass") and _no_one(child, modality):
            return True  # "no civilian was injured"; but the blast of "no one was hurt in"
        if dep in ("aux", "auxpass") and word in modality.modal_aux:
            return True
        if dep == "mark" and word in modality.hypothetical_marks:
            return True
    return False


def _no_one(subject: Token, modality: Modality) -> bool:
    if subject.lower_ in ("nobody", "none", "noone"):
        return True
    return any(c.dep_ == "det" and c.lower_ in modality.negation for c in subject.children)


def _evaluation(root: Token) -> bool:
    """ "It is a massacre": a word for what happened, said of it, not a report of it. So is
    what is said of an incident already told ("the strike was the fourth on a school in eight
    days", "the attack was the deadliest this year"): its definite subject points back."""
    head = root.head
    if root.dep_ == "nsubj" and head.lemma_ == "be" and _definite(root):
        return any(c.dep_ == "attr" and _ranked(c) for c in head.children)
    return (
        root.dep_ == "attr"
        and head.lemma_ == "be"
        and any(c.dep_ == "nsubj" and c.lower_ in ("it", "this", "that") for c in head.children)
    )


def _ranked(word: Token) -> bool:
    """ "The fourth", "the deadliest attack", "the latest": a rank among incidents."""
    return any(t.tag_ == "JJS" or t.ent_type_ == "ORDINAL" for t in (word, *word.children))


def _definite(noun: Token) -> bool:
    """ "The strike", "this attack", "Sunday's bombing": a noun that names what was told."""
    return any(
        (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or c.dep_ == "poss"
        for c in noun.children
    )


def _kept_up(root: Token, modality: Modality) -> bool:
    """ "Israel has kept up its strikes": a campaign over a period, not one incident."""
    head = root.head
    return (
        root.dep_ == "dobj"
        and head.lemma_.lower() in modality.continuation_verbs
        and any(c.dep_ == "aux" and c.lemma_ == "have" for c in head.children)
    )


def _ongoing(verb: Token, modality: Modality) -> bool:
    """ "has been fighting rebels for years": a perfect progressive tells a state that goes on,
    not an incident, unless the sentence bounds it to the last days ("since Monday")."""
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ == "been" for c in verb.children
    )
    return progressive and not any(
        t.lower_ in modality.recent_times for t in span_tokens(verb.sent)
    )


def _over_a_period(verb: Token, modality: Modality) -> bool:
    """ "150 soldiers were killed over the past three months", "attacks across the country":
    the clause counts incidents over a period or an area; a recent time makes it news."""
    tokens = _own_clause(verb)
    words = [t.lower_ for t in tokens]
    # "in a nationwide shutdown": the reach of one action, no count over the country
    text = (
        f" {' '.join(w for t, w in zip(tokens, words, strict=True) if not _a_reach(t, modality))} "
    )
    # a sweep of raids is one operation however wide or long its run
    sweep = _a_sweep(verb, tokens, modality)
    # ... not "in a raid across three villages": one incident named in the singular spans them
    spread = not sweep and any(
        t.lower_ in modality.area_preps
        and t.head.tag_ != "NN"
        and any(o.ent_type_ in _AREAS or o.pos_ == "PROPN" for o in subtree_of(t))
        for t in tokens
    )
    # "since the war began, thousands have died", "has left 175 dead since May 3": a perfect
    # counted from a past event or day
    # ... told once for verbs that share it ("had killed 170 and detained 800 since the raid
    # began")
    shared = _coordinated(verb)
    since = set().union(*(_since_parts(v) for v in shared))
    counted = bool(since) and _perfect(verb)
    # ... not "earlier this month", the time of one incident
    periods = any(
        f" {phrase} " in text
        and not any(f" {mark} {phrase} " in text for mark in modality.one_time_marks)
        for phrase in modality.aggregate_periods
    )
    # "have repeatedly attacked", "numerous attacks", "killed thousands during its insurgency"
    # an adverb of habit counts with a perfect or a present ("gunmen repeatedly stabbed him"
    # is one incident)
    lasting = verb.tag_ in {"VBZ", "VBP"} or any(
        (c.dep_ == "aux" and c.lemma_ == "have")
        or (c.dep_ in ("aux", "auxpass") and c.tag_ in {"VBZ", "VBP"})  # "are often shelled"
        for c in verb.children
    )
    periods = periods or any(
        t.lower_ in modality.frequency
        and (lasting or (t.dep_ == "amod" and not _a_grievance(t, modality)))
        for t in tokens
    )
    periods = periods or (
        lasting and not sweep and any(f" {phrase} " in text for phrase in modality.runs)
    )
    periods = periods or any(
        t.dep_ == "pobj"
        # "for years": the plural is the campaign's span, its lemma one year
        and (t.lemma_.lower() in modality.campaign_nouns or t.lower_ in modality.campaign_nouns)
        and t.head.lower_ in modality.campaign_preps
        for t in tokens
    )
    periods = periods or _incidents_in_sum(tokens, modality)
    # a count of the dead, the taken or the incidents makes it a total; the crowd that acted
    # ("thousands marched across the country") or a wave told as one does not
    acted = verb.lemma_.lower() not in modality.death_verbs  # "300 people died": the dead
    actors = {t.i for c in verb.children if c.dep_ == "nsubj" and acted for t in subtree_of(c)}
    # the day of a date ("on 26 March") or an hour counts nothing
    count = any(
        (t.dep_ == "nummod" or t.lower_ in modality.counts)
        and t.i not in actors
        and t.ent_type_ not in _TIMES
        for t in tokens
    )
    vast = any(t.lower_ in modality.vast_areas for t in tokens)  # "large swathes of"
    whole = any(_a_whole_span(t, modality) for t in tokens)  # "96 drones between May and July"
    if not (periods or ((spread or whole) and count) or counted or vast):
        return False
    # the day a count starts from ("since the war began on October 7") is no incident's day
    dated = [t for t in tokens if t.i not in since]
    # "every night" counts nights: no recent time of its own
    recent = any(
        w in modality.recent_times and (i == 0 or words[i - 1] not in modality.habit_marks)
        for i, w in enumerate(words)
    )
    return not recent and not _one_day(dated, modality)


def _a_grievance(word: Token, modality: Modality) -> bool:
    """ "protested against frequent power cuts", "rallied over repeated price hikes": the
    habit is what people protest against, not a run of their protests."""
    noun = word.head
    while noun.dep_ == "compound" and noun.head.i != noun.i:  # "frequent power cuts"
        noun = noun.head
    return noun.dep_ == "pobj" and noun.head.lower_ in modality.grievance_preps


def _over_several_areas(root: Token, verb: Token, modality: Modality) -> bool:
    """ "documented attacks on schools across Sagaing, Magway and Rakhine states": incidents
    named by a noun that a verb takes as its object and spread over a list of named areas are
    a sum of many, counted or not; as the subject that acted ("strikes across X and Y killed
    40") or with a recent time they are the news."""
    if root.pos_ in _VERBAL or root.tag_ != "NNS" or root.dep_ != "dobj":
        return False
    tokens = _own_clause(verb)
    spread = any(
        t.lower_ in modality.area_preps
        and any(o.dep_ == "pobj" and _a_list_of_names(o) for o in t.children)
        for t in tokens
    )
    return spread and not any(t.lower_ in modality.recent_times for t in tokens)


def _a_list_of_names(token: Token) -> bool:
    """ "Sagaing, Magway and Rakhine states", "Idlib, Hama and Aleppo provinces": a list that
    names several places (not "schools and hospitals")."""
    tokens = list(token.subtree)
    return any(t.dep_ == "conj" for t in tokens) and sum(t.pos_ == "PROPN" for t in tokens) > 1


def _a_reach(token: Token, modality: Modality) -> bool:
    """ "A nationwide strike": the word of a country's breadth on one action called across it."""
    return (
        token.dep_ == "amod"
        and token.lower_ in ("nationwide", "countrywide")
        and token.head.lemma_.lower() in modality.one_actions
    )


def _a_sweep(verb: Token, tokens: list[Token], modality: Modality) -> bool:
    """ "Have detained dozens in a series of raids across the West Bank": arrests or
    abductions made in raids, one force's operation, whose count and area are its own."""
    if verb.lemma_.lower() not in modality.sweep_verbs:
        return False
    return any(t.dep_ == "pobj" and t.lower_ in modality.sweep_nouns for t in tokens)


def _incidents_in_sum(tokens: list[Token], modality: Modality) -> bool:
    """ "30 were killed in similar incidents last year", "in February, 20 were killed in
    attacks on camps": incidents in the plural as a toll's cause, likened to the news or timed
    (a day is checked by the caller), are several incidents summed."""
    plurals = [
        t
        for t in tokens
        if t.tag_ == "NNS" and t.dep_ == "pobj" and t.lemma_.lower() in modality.incident_plurals
    ]
    if not plurals:
        return False
    likened = any(
        c.dep_ == "amod" and c.lower_ in modality.likening for t in plurals for c in t.children
    )
    # a whole month or year as their time ("last year", "in February"), not a day of it
    months = any(
        t.ent_type_ == "DATE" and t.lower_ in modality.months and t.head.lower_ in ("in", "last")
        for t in tokens
    )
    last = any(t.lower_ == "last" and t.head.lemma_.lower() in modality.span_nouns for t in tokens)
    return likened or months or last


def _a_whole_span(token: Token, modality: Modality) -> bool:
    """A whole month, quarter or year as the time of a clause ("during the month of
    November", "during 2023", "between January and March"), not a day of it; so is one
    singled out by "alone" ("in March alone", "last month alone"), a share of a larger sum."""
    if token.lower_ == "alone" and token.head.i != token.i:
        span = token.head
        return (
            span.lower_ in modality.months
            or span.lower_ in modality.span_nouns
            or (span.ent_type_ == "DATE" and span.is_digit and len(span.text) == 4)
        )
    if token.dep_ != "pobj" or token.head.lower_ not in modality.span_preps:
        return False
    if token.lower_ in modality.months or token.lower_ in modality.span_nouns:
        return True
    return token.ent_type_ == "DATE" and token.is_digit and len(token.text) == 4


def _perfect(verb: Token) -> bool:
    """ "Has killed", or "detained" in "had killed 170 and detained 800": a perfect of its own
    or one a coordinated verb with no auxiliary of its own takes from the first."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if auxes:
        return any(c.dep_ == "aux" and c.lemma_ == "have" for c in auxes)
    return verb.dep_ == "conj" and verb.head.pos_ in _VERBAL and _perfect(verb.head)


def _coordinated(verb: Token) -> list[Token]:
    """The verb and the verbs coordinated with it ("killed 170 and detained 800"), which share
    its subject, tense and the phrases told once at the end; not a clause with a subject of
    its own ("were found since May, and four children have died")."""

    def sharing(token: Token) -> bool:
        own = any(c.dep_.startswith("nsubj") for c in token.children)
        return token.dep_ == "conj" and token.pos_ in _VERBAL and not own

    head = verb
    while sharing(head):
        head = head.head
    chain, todo = [head], [head]
    while todo:
        conjs = [c for c in todo.pop().children if sharing(c)]
        chain += conjs
        todo += conjs
    return chain


def _since_parts(verb: Token) -> set[int]:
    """The tokens of the verb's "since" phrase or clause ("since May 3", "since the war
    began"): where a count starts."""
    parts: set[int] = set()
    for child in verb.children:
        opens = child.dep_ == "prep" and child.lower_ == "since"
        opens |= child.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "since" for m in child.children
        )
        if opens:
            parts.update(t.i for t in subtree_of(child))
    return parts


def _one_day(tokens: list[Token], modality: Modality) -> bool:
    """A date that names its day ("on 14 February", "March 3, 2021"): a day of the month
    beside a month's name in one date entity."""
    for token in tokens:
        if token.ent_type_ != "DATE" or not token.is_digit or not 1 <= int(token.text) <= 31:
            continue
        neighbours = token.doc[max(token.i - 2, 0) : token.i + 3]
        if any(n.ent_type_ == "DATE" and n.lower_ in modality.months for n in neighbours):
            return True
    return False


def _governed_by_a_period(root: Token, verb: Token, modality: Modality) -> bool:
    """Whether the clause that governs the trigger's counts over a period."""
    governor = _complemented(verb)
    if governor is not None and _over_a_period(governor, modality):
        return True  # "has repeatedly been accused of recruiting children": a pattern
    governor = _gerund_of(root)
    if governor is not None and _over_a_period(governor, modality):
        return True  # "have terrorised the region for years, raiding villages": the same habit
    return _start_of_a_sum(_complemented(verb) or verb, modality)


def _start_of_a_sum(verb: Token, modality: Modality) -> bool:
    """Whether the clause tells what set off a sum over a period ("200 were killed in July in
    clashes after students began protesting", "in June alone, 300 died in attacks since
    the rebels began advancing"): the start of a month's toll is no incident of its own."""
    if verb.dep_ != "advcl" or verb.head.pos_ not in _VERBAL:
        return False
    marks = (c.lower_ for c in verb.children if c.dep_ == "mark")
    if not any(m in modality.background_preps for m in marks):
        return False
    return _over_a_period(verb.head, modality)


def _complemented(verb: Token) -> Token | None:
    """The verb a gerund or an infinitive completes ("accused" of "accused of recruiting",
    "tried" of "tried to storm"), whose habit or period is the complement's too."""
    head = verb.head
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        head = head.head
    elif verb.dep_ != "xcomp":
        return None
    return head if head.pos_ in _VERBAL and head.i != verb.i else None


# How a gerund of a list hangs on the clause whose time it shares ("have terrorised the region
# for years, raiding villages, stealing cattle and kidnapping for ransom", often parsed as
# modifiers and conjuncts of the object)
_GERUND_LINKS = frozenset({"advcl", "acl", "amod", "conj", "dobj", "xcomp"})


def _gerund_of(root: Token) -> Token | None:
    """The finite verb whose clause a gerund (or a list of them) goes with, climbing through
    the gerund's own links; None unless the root is such a gerund."""
    if root.tag_ != "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in root.children):
        return None
    token = root
    while token.dep_ in _GERUND_LINKS and token.head.i != token.i:
        token = token.head
        if token.pos_ in _VERBAL and token.tag_ != "VBG":
            return token
    return None


def _own_clause(verb: Token) -> list[Token]:
    """The verb's clause without what describes one of its nouns: the city "that has seen
    weeks of unrest amid nationwide protests" does not make a killing in it a count."""
    tokens = []
    stack = [verb]
    while stack:
        token = stack.pop()
        tokens.append(token)
        stack.extend(c for c in token.children if c.dep_ not in _DESCRIPTIONS)
    return sorted(tokens, key=lambda t: t.i)


# Where a thing falls or drops on: "shells fell on the market" is no count that fell.
_LANDING_PREPS = frozenset({"on", "onto", "into", "upon", "near", "inside", "across", "around"})


def _a_waves_onset(root: Token, modality: Modality) -> bool:
    """ "The demonstrations began last week over tax increases": when a wave of protests
    already told started (a definite plural, the subject of an onset verb), not one of its
    rallies; "protests began in Nairobi on Tuesday" and "the clashes erupted on Sunday" still
    tell their incident."""
    return (
        root.dep_ == "nsubj"
        and root.tag_ == "NNS"
        and root.lemma_.lower() in modality.protest_waves
        and _definite(root)
        and root.head.lemma_.lower() in modality.onset_verbs
    )


def _told_before_or_aside(root: Token, modality: Modality) -> bool:
    """A wave's start, a crowd's cause or a group's past: no incident of the news."""
    return (
        _a_waves_onset(root, modality)
        or _a_told_crowds_cause(root, modality)
        or _describes_a_group(root, modality)
    )


def _describes_a_group(root: Token, modality: Modality) -> bool:
    """ "Fano, a local militia that fought alongside federal forces in Tigray", "the CMA, a
    rebel alliance that controlled Aguelhok": the clause says what the group is, from its
    past, not what it did in the news."""
    token = root
    while token.head.i != token.i:
        if token.dep_ == "relcl":
            noun = token.head
            return noun.dep_ == "appos" and noun.lemma_.lower() in modality.group_descriptions
        token = token.head
    return False


def _a_told_crowds_cause(root: Token, modality: Modality) -> bool:
    """ "The protest came after jihadists attacked a village": what a crowd already told
    answered (a definite subject of "come after"), not another rally; the incident after
    "after" is told for itself."""
    head = root.head
    return (
        root.dep_ == "nsubj"
        and root.lemma_.lower() in modality.protest_waves
        and _definite(root)
        and head.lemma_.lower() == "come"
        and any(_after(c) for c in head.children)
    )


def _after(token: Token) -> bool:
    """ "after the attack", "after gunmen attacked": the preposition or the clause it marks."""
    if token.dep_ == "prep":
        return token.lower_ == "after"
    return token.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "after" for m in token.children
    )


def _displaces(verb: Token, modality: Modality) -> bool:
    """ "Has displaced thousands", "have forced 5,000 people to flee": people driven from
    their homes, counted over the war."""
    if verb.lemma_.lower() in modality.displacement_verbs:
        return True
    return any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in modality.displacement_verbs
        for c in verb.children
    )


def _a_trend(verb: Token, modality: Modality) -> bool:
    """ "Attacks dropped by half": a count that moved. Not "bombs dropped by a helicopter",
    whose verb has an agent or an object (someone dropped them), nor "a bomb dropped on the
    town", "rockets fell near the base", which land somewhere."""
    if verb.lemma_.lower() not in modality.trend_verbs:
        return False
    return not any(
        c.dep_ in ("agent", "dobj") or (c.dep_ == "prep" and c.lower_ in _LANDING_PREPS)
        for c in verb.children
    )


def _is_assessment(root: Token, modality: Modality) -> bool:
    """'The war has killed thousands', 'have been killed since 2011': a toll of a conflict or
    a period, not an incident."""
    verb = root
    while verb.pos_ not in _VERBAL and verb.dep_ in _ARGUMENT_DEPS and verb.head.i != verb.i:
        verb = verb.head
    if verb.pos_ not in _VERBAL:
        return False
    if verb.dep_ in ("csubj", "nsubj") and verb.tag_ == "VBG" and verb.head.pos_ in _VERBAL:
        verb = verb.head  # "Fighting in the city has killed hundreds since then": the gerund's
    children = list(verb.children)  # clause is the subject; the count is its head's
    if _evaluation(root) or _kept_up(root, modality):
        return True
    if root.dep_ == "nsubj" and (
        _a_trend(root.head, modality)
        or any(  # "kidnappings are common on the highway"
            c.dep_ == "acomp" and c.lemma_.lower() in modality.habitual for c in root.head.children
        )
    ):
        return True
    if verb.dep_ == "conj" and not any(c.dep_.startswith("nsubj") for c in children):
        children += list(verb.head.children)  # "the conflict has displaced ... and killed"
    if verb.i == root.i and any(
        c.dep_ == "nsubj" and c.lemma_.lower() in modality.assessment_subjects for c in children
    ):
        return True
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in children)
    if _told_before_or_aside(root, modality):
        return True
    if perfect and root.dep_ == "nsubj" and _displaces(verb, modality):
        return True  # "fighting has displaced thousands": a toll of the war on homes
    if (
        perfect
        and root.tag_ == "NNS"
        and any(c.dep_ == "advmod" and c.lower_ == "since" for c in children)
    ):
        return True  # "the RSF has since carried out attacks on villages": a run since the news
    if (perfect and _ongoing(verb, modality)) or _over_a_period(verb, modality):
        return True
    if _over_several_areas(root, verb, modality):
        return True
    if _governed_by_a_period(root, verb, modality):
        return True
    return perfect and any(
        c.dep_ == "prep"
        and c.lower_ in modality.aggregate_preps
        and not any(t.lower_ in modality.recent_times for t in subtree_of(c))
        for c in children
    )
