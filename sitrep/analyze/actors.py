"""Actors: mentions of armed, state and civilian parties, normalised to ACLED-style names.

Knowledge lives in ``sitrep/data/actors.toml`` (kinds of party, named groups, ethnic militias)
and ``sitrep/data/actors_countries.toml`` (demonyms, capitals standing for the state, regime
years); the state forces of every country are generated from pycountry.

``ActorMention.country_code`` is the country the text itself ties the actor to ("Russian
forces", "police in Nairobi" is not such a tie); it is None when the name's country was taken
from the article's focus, so that the events stage may re-anchor it on the incident's country
(see ``ActorLexicon.relocated``).
"""

from __future__ import annotations

import re
import tomllib
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from importlib import resources

import pycountry
import spacy
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from sitrep.analyze.tokens import subtree_of, tokens_of
from sitrep.model import ActorMention, Analysis, Layout, Place

# Dependency labels of words that modify a head noun and may carry its country or group.
_MODIFIER_DEPS = frozenset({"amod", "compound", "poss", "nmod", "npadvmod", "nsubj"})
# A generic noun used as a modifier of another noun ("police station", "army camp") is no actor.
_NOUN_MODIFIER_DEPS = frozenset({"compound", "amod", "poss"})
_MAX_PHRASE = 4
# How a force noun hangs on the arms it fires with: "army helicopters", "military jets",
# "the regime's warplanes".
_ARMS_OWNER_DEPS = frozenset({"compound", "amod", "poss"})
# Possessives by which a teller names its own forces ("its forces", "their fighters").
_OWNERS = frozenset({"its", "their"})
# Words that make a rank a man's past ("a former army captain", "a retired police officer").
_PAST_RANKS = frozenset({"former", "retired", "ex", "onetime", "erstwhile"})
# Words that name whose a noun is ("Lebanese soldiers", "rebel forces", "the army's men").
_NAMING_DEPS = frozenset({"amod", "compound", "poss", "nmod", "appos"})
# A day names are given for: a publication day, or a year, which stands for its last day (a
# regime that began in it applies).
Day = date | int


@dataclass(frozen=True, slots=True)
class Generic:
    """A head noun that names a kind of party ("troops", "gunmen", "protesters")."""

    kind: str
    template: str
    needs_country: bool


@dataclass(frozen=True, slots=True)
class Group:
    """A named armed group or a named state force, with the names it goes by."""

    name: str
    kind: str
    country: str | None
    state: str | None
    periods: tuple[tuple[date, str], ...]
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Country:
    code: str
    name: str
    years: tuple[tuple[date, str], ...]
    state: str  # the name after "Military Forces of": "the United States", "Russia"
    garrison: str | None  # whose soldiers unqualified "soldiers" are there (Israel's in PS)


def _load_toml(name: str) -> dict:
    return tomllib.loads(resources.files("sitrep.data").joinpath(name).read_text("utf-8"))


def _country_name(code: str, extra: dict) -> str:
    if "name" in extra:
        return extra["name"]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    return getattr(country, "common_name", None) or country.name


def _first_day(start: date | int) -> date:
    """The day a regime's name applies from: a date as given, a bare year from its start."""
    return start if isinstance(start, date) else date(int(start), 1, 1)


def _as_day(year: Day) -> date:
    """A year stands for its last day: every regime that began in it applies."""
    return year if isinstance(year, date) else date(year, 12, 31)


def _is_exact_alias(alias: str) -> bool:
    """Acronyms ("IS", "RSF", "LeT") must match as written, or they would match common words."""
    return any(sum(ch.isupper() for ch in word) >= 2 for word in alias.split())


class ActorLexicon:
    """Every actor name and alias, loaded once per process."""

    def __init__(self) -> None:
        data = _load_toml("actors.toml")
        extra = _load_toml("actors_countries.toml")["countries"]
        self.countries: dict[str, Country] = {}
        self.country_words: dict[str, str] = {}  # lower-case demonym, name or metonym -> code
        self.state_words: dict[str, str] = {}  # names and metonyms only: these act as subjects
        codes = [c.alpha_2 for c in pycountry.countries] + [c for c in extra if len(c) == 2]
        for code in dict.fromkeys(codes):
            info = extra.get(code, {})
            name = _country_name(code, info)
            years = tuple((_first_day(y), str(label)) for y, label in info.get("years", []))
            state = f"the {name}" if info.get("the") else name
            garrison = info.get("garrison")
            self.countries[code] = Country(code, name, years, state, garrison)
            names = {name}
            if (country := pycountry.countries.get(alpha_2=code)) is not None:
                names |= {country.name, getattr(country, "common_name", country.name)}
            for word in names | set(info.get("metonyms", [])):
                self.state_words[word.lower()] = code
                self.country_words[word.lower()] = code
            for word in info.get("demonyms", []):
                self.country_words[word.lower()] = code
        self.demonyms: dict[str, str] = {
            d.lower(): code for code, info in extra.items() for d in info.get("demonyms", [])
        }
        # demonyms two countries share ("Congolese"): the countries each may stand for
        self.shared_demonyms: dict[str, frozenset[str]] = {}
        for code, info in extra.items():
            for word in info.get("demonyms", []):
                codes = self.shared_demonyms.get(word.lower(), frozenset())
                self.shared_demonyms[word.lower()] = codes | {code}
        self.shared_demonyms = {w: c for w, c in self.shared_demonyms.items() if len(c) > 1}
        self.generic: dict[str, Generic] = {}
        for entry in data["generic"].values():
            for noun in entry["nouns"]:
                self.generic[noun.lower()] = Generic(entry["kind"], entry["template"], False)
            for noun in entry.get("with_country", []):
                self.generic.setdefault(
                    noun.lower(), Generic(entry["kind"], entry["template"], True)
                )
        # Last words of the phrases: most tokens are ruled out by one set look-up.
        self.generic_heads = {phrase.split()[-1].split("-")[-1] for phrase in self.generic}
        # a kind's template is its first table's (an unnamed "militia" is an armed group,
        # not the communal militia listed after it); all are names a country completes
        self.all_templates = [(e["kind"], e["template"]) for e in data["generic"].values()]
        self.templates: dict[str, str] = {}
        for kind, template in self.all_templates:
            self.templates.setdefault(kind, template)
        # "rebel forces", "separatist fighters": a state noun led by these is an armed group
        self.non_state_modifiers = frozenset(
            w.lower() for w in data["generic"]["armed"].get("modifiers", [])
        )
        self.state_paramilitaries = frozenset(
            data["generic"]["armed"].get("state_paramilitaries", [])
        )
        # the last words of what a state force fights with ("air force jets")
        self.equipment = frozenset(
            w.lower().split()[-1] for w in data["generic"]["military"].get("equipment", [])
        )
        self.group_links = frozenset(w.lower() for w in data["members"].get("links", []))
        self.group_link_heads = frozenset(w.lower() for w in data["members"].get("link_heads", []))
        self.community_nouns = frozenset(
            w.lower().split()[-1] for w in data.get("community", {}).get("nouns", [])
        )
        self.accusing_verbs = frozenset(w.lower() for w in data["accusations"]["verbs"])
        tellers = data["tellers"]
        self.telling_verbs = frozenset(w.lower() for w in tellers["verbs"])
        self.tellers: dict[str, frozenset[str]] = {
            kind: frozenset(w.lower() for w in tellers[kind]) for kind in ("military", "police")
        }
        sponsors = data.get("sponsors", {})
        self.sponsor_before = frozenset(w.lower() for w in sponsors.get("before", []))
        self.sponsor_after = frozenset(w.lower() for w in sponsors.get("after", []))
        self.government_template: str = data["government"]["template"]
        self.government_words = frozenset(w.lower() for w in data["government"]["words"])
        self.member_nouns = frozenset(w.lower() for w in data["members"]["nouns"])
        self.dead_referents = frozenset(w.lower() for w in data["members"]["referents"])
        self.local_names: dict[str, dict[str, str]] = {
            noun.lower(): dict(names) for noun, names in data.get("local_names", {}).items()
        }
        self.herders = frozenset(w.lower() for w in data.get("herders", {}).get("nouns", []))
        self.ethnic: dict[str, tuple[str, str]] = {
            word.lower(): (v["name"], v["country"]) for word, v in data["ethnic"].items()
        }
        # the militia unnamed herders who act are of, by country ("suspected herdsmen" in
        # Nigeria are Fulani)
        self.herder_peoples: dict[str, tuple[str, str]] = {
            code: self.ethnic[word.lower()]
            for code, word in data.get("herders", {}).get("peoples", {}).items()
        }
        # Transnational groups whose name ACLED qualifies by the country of the event.
        self.qualified: dict[str, dict[str, str]] = {
            g["name"]: g.get("branches", {}) for g in data["group"] if g.get("qualify_by_country")
        }
        # a group's bare name abroad: the local group of that name ("Taliban" in Pakistan)
        self.namesakes: list[tuple[re.Pattern[str], dict[str, str]]] = [
            (_any_word(g["aliases"]), g["namesakes"]) for g in data["group"] if "namesakes" in g
        ]
        self.namesake_own_words = frozenset(w.lower() for w in data["namesakes"]["own_words"])
        self.organs = frozenset(w.lower() for w in data["namesakes"]["organs"])
        # networks whose "-linked" groups are their branch in a country
        self.affiliates: dict[str, dict[str, str]] = {
            g["name"]: g["affiliates"] for g in data["group"] if "affiliates" in g
        }
        affiliation = data["affiliation"]
        self.affiliation_words = frozenset(w.lower() for w in affiliation["words"])
        self.affiliation_nouns = frozenset(w.lower() for w in affiliation["nouns"])
        self.affiliation_heads = frozenset(w.lower() for w in affiliation["heads"])
        self.groups: list[Group] = [
            Group(
                name=g["name"],
                kind=g["kind"],
                country=g.get("country"),
                state=g.get("state"),
                periods=tuple((_first_day(y), str(n)) for y, n in g.get("periods", [])),
                aliases=tuple(g["aliases"]),
            )
            for g in data["group"]
        ]

    # -- names ------------------------------------------------------------------------------

    def country_label(self, code: str | None) -> str:
        if code is None:
            return "International"
        country = self.countries.get(code)
        return country.name if country else code

    def years(self, code: str, year: Day) -> str | None:
        country = self.countries.get(code)
        label, day = None, _as_day(year)
        for start, text in country.years if country else ():
            if start <= day:
                label = text
        return label

    def generic_name(self, template: str, code: str | None, year: Day) -> str:
        name = template.format(country=self.country_label(code))
        if template.startswith(("Military Forces", "Police Forces", "Government of")):
            if code is None:
                return name.replace(" of International", "")
            # a state's forces and government take its name with the article, if it has one
            country = self.countries.get(code)
            name = template.format(country=country.state if country else code)
            years = self.years(code, year)
            return f"{name} ({years})" if years else name
        return name

    def defaulted_name(self, template: str, kind: str, code: str | None, year: Day) -> str:
        """The name of a party the text gave no country, in the country ``code``: soldiers
        with no country named in the Palestinian territories are Israel's."""
        country = self.countries.get(code) if code else None
        if kind == "military" and country is not None and country.garrison:
            code = country.garrison
        return self.generic_name(template, code, year)

    def state_name(self, kind: str, code: str, year: Day) -> str:
        template = self.templates["police" if kind == "police" else "military"]
        return self.generic_name(template, code, year)

    def ground_forces(self, kind: str, code: str, year: Day) -> str:
        """The forces of the state that holds ``code``'s ground: a base struck in the West
        Bank is Israel's, a rocket shot down over it Israel's interception."""
        kind = "police" if kind == "police" else "military"
        return self.defaulted_name(self.templates[kind], kind, code, year)

    def group_name(self, group: Group, year: Day) -> tuple[str, str, str | None]:
        """(name, kind, country) of a named group in a given year."""
        if group.state:
            return self.state_name(group.kind, group.state, year), group.kind, group.state
        name, kind = group.name, group.kind
        for start, later in group.periods:
            if start <= _as_day(year):
                name, kind = later, "military"
        return name, kind, group.country

    def relocated(self, mention: ActorMention, code: str | None, year: Day) -> str:
        """The mention's name anchored on ``code`` when the text gave it no country of its own,
        or only a demonym that ``code``'s people share ("Congolese soldiers" in Goma)."""
        if code is not None and mention.country_code not in {None, code}:
            local = self._local_namesake(mention, code)
            if local is not None:
                return local
            if not self._shared_demonym_of(mention, code):
                return mention.name
            mention = replace(mention, country_code=None)
        if mention.country_code is not None or code is None:
            return mention.name
        if mention.name in self.affiliates and self.names_a_branch(mention.text):
            # "an al Qaeda-linked group" in Mali: the network's branch there
            return self.affiliates[mention.name].get(code, mention.name)
        if local := self.local_name(mention.text, code):
            return local  # "armed separatists" in Cameroon
        if mention.name in self.qualified:  # "Islamic State (Iraq)": ACLED names the branch
            branch = self.qualified[mention.name].get(code)
            return branch or f"{mention.name} ({self.country_label(code)})"
        for kind, template in self.all_templates:
            if kind == mention.kind:
                generic = self.generic_name(template, None, year)
                stem = generic.split(" (")[0]
                if mention.name.startswith(stem):
                    return self.defaulted_name(template, mention.kind, code, year)
        return mention.name

    def local_name(self, text: str, code: str | None) -> str | None:
        """The name ACLED gives unnamed armed men of a kind in a country ("separatists" in
        Cameroon are the Ambazonian Separatists), by a word of the phrase."""
        if code is None:
            return None
        names = (self.local_names.get(w, {}).get(code) for w in text.lower().split())
        return next((n for n in names if n is not None), None)

    def names_a_branch(self, text: str) -> bool:
        """Whether a group's phrase names a branch of it ("al Qaeda-linked group", "an al
        Qaeda affiliate") rather than the group itself."""
        words = text.lower().replace("-", " ").split()
        return bool(set(words) & (self.affiliation_words | self.affiliation_nouns))

    def _local_namesake(self, mention: ActorMention, code: str) -> str | None:
        """The group a foreign group's bare name stands for in ``code`` ("Taliban fighters"
        in Pakistan are the Pakistani Taliban), unless the phrase makes it the foreign one."""
        words = set(mention.text.lower().replace("-", " ").split())
        if words & self.namesake_own_words:
            return None
        for aliases, local in self.namesakes:
            if code in local and aliases.search(mention.text):
                return local[code]
        return None

    def _shared_demonym_of(self, mention: ActorMention, code: str) -> bool:
        """Whether the mention's country came from a demonym ``code``'s people share too."""
        # "Congo's army" in Goma: a name two states share, as a possessive too; only the
        # word that gave the mention its country counts ("Rwandan and Congolese troops" in
        # Goma stay Rwanda's: the shared word names the partner)
        words = [w.removesuffix("'s").removesuffix("’s") for w in mention.text.lower().split()]
        own = mention.country_code
        return any({code, own} <= self.shared_demonyms.get(w, frozenset()) for w in words)

    # -- lookups ----------------------------------------------------------------------------

    def country_of(self, text: str) -> str | None:
        key = text.lower().strip()
        for suffix in ("'s", "’s", "'", "’"):
            key = key.removesuffix(suffix)
        return self.country_words.get(key) or self.country_words.get(key.removeprefix("the "))


class ActorTagger:
    """Finds actor mentions: named groups by alias, kinds of party by their head noun."""

    def __init__(self, lexicon: ActorLexicon | None = None) -> None:
        self.lexicon = lexicon if lexicon is not None else ActorLexicon()
        self.exact, self.loose, self.group_of = _alias_matchers(self.lexicon)

    def __call__(self, doc: Doc, analysis: Analysis) -> list[ActorMention]:
        year = analysis.article.published
        focus = focus_country(analysis.places)
        mentions, covered = self._groups(doc, year)
        for token in tokens_of(doc):
            if token.i in covered:
                continue
            mention = (
                self._generic(doc, token, year, focus, covered)
                or self._state_subject(doc, token, year, covered, analysis.layout)
                or self._people(doc, token)
            )
            if mention is not None:
                mentions.append(mention)
                mentions.extend(self._joined_states(doc, token, mention, year))
                mentions.extend(self._joined_before(doc, mention, mentions, year))
                # a force's phrase may run on to its arms ("air force jets")
                last = max(token.i, _last_token(doc, mention.end))
                covered.update(range(token.i - _MAX_PHRASE, last + 1))
        return sorted(mentions, key=lambda m: m.start)

    # -- named groups -----------------------------------------------------------------------

    def _groups(self, doc: Doc, year: Day) -> tuple[list[ActorMention], set[int]]:
        found = [(key, start, end) for m in (self.exact, self.loose) for key, start, end in m(doc)]
        mentions, covered = [], set()
        for key, start, end in sorted(found, key=lambda f: (f[1] - f[2], f[1])):
            if covered.intersection(range(start, end)):
                continue
            name, kind, country = self.lexicon.group_name(self.group_of[key], year)
            head = doc[start:end].root.head
            # "RSF forces", "Hezbollah fighters": the group's name modifies a kind-of-party noun.
            if head.i == end and self._generic_entry(doc, head) is not None:
                end = head.i + 1
            else:
                end = self._armed_phrase_after(doc, end)  # "Pyu Saw Htee militia members"
            end = self._affiliate_after(doc, end)  # "al Qaeda-linked group": one party
            end = self._organ_after(doc, end)  # "the Taliban government's forces"
            covered.update(range(start, end))
            mentions.append(_mention(doc[start:end], name, kind, country))
        return mentions, covered

    def _affiliate_after(self, doc: Doc, end: int) -> int:
        """Where a group's phrase ends that names one of its branches: "al Qaeda-linked
        group", "Islamic State-allied insurgents", "al Qaeda affiliate"; else ``end``."""
        lexicon = self.lexicon
        if end < len(doc) and doc[end].lower_ in lexicon.affiliation_nouns:
            return end + 1
        if end + 2 >= len(doc) or doc[end].text != "-":
            return end
        if doc[end + 1].lower_ not in lexicon.affiliation_words:
            return end
        noun = doc[end + 2]
        if noun.lower_ in lexicon.affiliation_heads or self._generic_entry(doc, noun):
            return end + 3
        return end

    def _organ_after(self, doc: Doc, end: int) -> int:
        """Where a group's phrase ends that names its organ of rule ("the Taliban
        government", "Taliban authorities"), with the forces that organ owns ("the Taliban
        government's forces"); else ``end``."""
        if end >= len(doc) or doc[end].lower_ not in self.lexicon.organs:
            return end
        if doc[end - 1].head.i != end:
            return end  # the organ is no noun the name modifies
        owned = doc[end + 2] if end + 2 < len(doc) else None
        if owned is None or doc[end + 1].dep_ != "case" or owned.i != doc[end].head.i:
            return end + 1
        return end + 3 if self._generic_entry(doc, owned) is not None else end + 1

    def _armed_phrase_after(self, doc: Doc, end: int) -> int:
        """Where an armed kind-of-party phrase that opens right after a group's name ends
        ("Pyu Saw Htee militia members", "Gran Grif gang members"), else ``end``."""
        for k in reversed(range(end, min(len(doc), end + _MAX_PHRASE))):
            found = self._generic_entry(doc, doc[k])
            if found is not None and found[1] == end:
                entry = found[0]
                return k + 1 if entry.kind in {"military", "police", "militia"} else end
        return end

    # -- kinds of party ---------------------------------------------------------------------

    def _generic_entry(self, doc: Doc, token: Token) -> tuple[Generic, int] | None:
        """The kind-of-party phrase ending at ``token``, with its first token index."""
        if token.lower_ not in self.lexicon.generic_heads:
            return None
        for size in range(_MAX_PHRASE, 0, -1):
            start = token.i - size + 1
            if start < 0:
                continue
            phrase = " ".join(doc[start : token.i + 1].text.lower().split())
            entry = self.lexicon.generic.get(phrase)
            if entry is not None:
                return entry, start
        return None

    def _generic(
        self, doc: Doc, token: Token, year: Day, focus: str | None, covered: set[int]
    ) -> ActorMention | None:
        found = self._generic_entry(doc, token)
        if found is None:
            return None
        entry, start = found
        before = self._country_before(doc, start)
        # The tagger sometimes misreads "shelling" after a demonym or "government"; adjacency
        # is evidence enough, as is a phrase of several words.
        if token.pos_ not in {"NOUN", "PROPN", "ADJ"} and before is None and start == token.i:
            return None
        end = token.i
        if token.dep_ in _NOUN_MODIFIER_DEPS and token.head.pos_ in {"NOUN", "PROPN"}:
            if not self._arms_of_force(entry, token):
                return None
            end = token.head.i  # "navy gunboats shelled": the force is the one firing
        if _hyphened_modifier(token) or (start == token.i and _stance_prefixed(doc, start)):
            # "the army-backed government", "police-run media", "anti-junta forces": the
            # noun only names what a party serves or fights
            return None
        if covered.intersection(range(start, token.i + 1)):
            return None
        if _of_named_group(token, covered) or self._linked_to_group(doc, token, covered):
            return None  # "rebels of the M23 movement": the group is the party
        code, ethnic, first = self._modifiers(doc, token, start)
        ethnic, end = self._peoples_militia(doc, token, entry, ethnic, end)
        if code is None and before is not None:
            code, first = before
        ethnic = ethnic or self._unnamed_herders(token, code or focus)
        if entry.kind == "military" and _names_police(token):
            entry = self.lexicon.generic["police"]  # "the Police's District Force"
        if entry.kind in {"military", "police"}:
            # "rebel forces", and "Sudanese paramilitary forces": a country's armed group
            rebel = self._non_state_modifier(token, start)
            if rebel is not None and not self._states_paramilitary(doc[rebel], code or focus):
                entry, first = self.lexicon.generic["militants"], min(first, rebel)
        span = doc[min(first, start) : end + 1]
        if ethnic is not None:
            name, country = ethnic
            return _mention(span, name, "militia", country)
        if entry.needs_country and code is None:
            return None
        if entry.kind == "militia" and self._locally_named(span):
            # "separatist fighters": the word that names them where they fight is theirs
            span = doc[min(span.start, span[-1].left_edge.i) : span.end]
        return _mention(span, self._kind_name(entry, span, code, focus, year), entry.kind, code)

    def _joined_states(
        self, doc: Doc, head: Token, mention: ActorMention, year: Day
    ) -> list[ActorMention]:
        """The forces of the other states whose people's words are joined before one force
        noun ("Armenian and Azerbaijani forces", "Thai and Cambodian soldiers"), or the
        other peoples' militias ("Tiv and Fulani militias"): the phrase is the first's, each
        later word names another's, whether they fight each other or side by side."""
        joined = []
        for child in head.children:
            if child.i > head.i or child.dep_ not in _MODIFIER_DEPS:
                continue
            for conj in (c for c in child.conjuncts if c.i > child.i):
                party = self._joined_party(doc[conj.left_edge.i : conj.i + 1], mention, year)
                joined += [party] if party is not None else []
        return joined

    def _joined_before(
        self, doc: Doc, mention: ActorMention, found: list[ActorMention], year: Day
    ) -> list[ActorMention]:
        """The party named by a people's or a country's word joined by "and" before a phrase
        the parse cut short ("Kyrgyz and Tajik border guards", "Nuer and Dinka militias"
        read as "Kyrgyz" and "Tajik border guards"): the same kind of party of that word,
        one side more, whether it fights beside the phrase or against it."""
        span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None or span.start < 2 or doc[span.start - 1].lower_ != "and":
            return []
        for size in (2, 1):
            words = doc[max(0, span.start - 1 - size) : span.start - 1]
            if len(words) != size or words[-1].tag_ in {"NNS", "NNPS"}:
                continue
            if any(m.start < words.end_char and words.start_char < m.end for m in found):
                return []
            joined = self._joined_party(words, mention, year)
            if joined is not None:
                return [joined]
        return []

    def _joined_party(self, words: Span, mention: ActorMention, year: Day) -> ActorMention | None:
        """The party of ``mention``'s kind that ``words`` name: another state's forces, or
        another people's militia."""
        lexicon = self.lexicon
        if mention.kind in {"military", "police"} and mention.country_code is not None:
            code = lexicon.country_of(words.text)
            if code is None or code == mention.country_code:
                return None
            return _mention(words, lexicon.state_name(mention.kind, code, year), mention.kind, code)
        people = lexicon.ethnic.get(words.text.lower())
        own = {name for name, _ in lexicon.ethnic.values()}
        if mention.kind != "militia" or people is None or mention.name not in own:
            return None
        name, country = people
        return None if name == mention.name else _mention(words, name, "militia", country)

    def _locally_named(self, span: Span) -> bool:
        words = span.doc[span[-1].left_edge.i : span.end].text.lower().split()
        return any(w in self.lexicon.local_names for w in words)

    def _kind_name(
        self, entry: Generic, span: Span, code: str | None, focus: str | None, year: Day
    ) -> str:
        """The name of a kind of party in its country, or in the article's."""
        local = self.lexicon.local_name(span.text, code or focus)
        if entry.kind == "militia" and local is not None:
            return local  # "separatist fighters" in Cameroon
        if code is None:
            return self.lexicon.defaulted_name(entry.template, entry.kind, focus, year)
        return self.lexicon.generic_name(entry.template, code, year)

    def _peoples_militia(
        self, doc: Doc, token: Token, entry: Generic, ethnic: tuple[str, str] | None, end: int
    ) -> tuple[tuple[str, str] | None, int]:
        """The people's militia a party phrase names, if any, and where the phrase ends."""
        if entry.kind != "militia":
            # "Fulani villagers were killed": a people's civilians; its herders who act are
            # its militia
            return (ethnic if self._herders_acting(token) else None), end
        if ethnic is None:
            # "gunmen suspected to be Fulani herders": the people named after them
            linked = self._linked_to_people(doc, token)
            if linked is not None:
                return linked
        return ethnic, end

    def _unnamed_herders(self, head: Token, code: str | None) -> tuple[str, str] | None:
        """The militia of the people whose herders act where they are ("suspected herdsmen
        killed 20 farmers in Benue": Nigeria's herders who attack are Fulani)."""
        people = self.lexicon.herder_peoples.get(code) if code else None
        return people if people and self._herders_acting(head) else None

    def _herders_acting(self, head: Token) -> bool:
        """Whether herders named by their people act ("Fulani herdsmen attacked", "an attack
        by Fulani herders") rather than suffer ("killed five Fulani herders"): herders who
        act are their people's militia."""
        if head.lower_ not in self.lexicon.herders:
            return False
        while head.dep_ in {"conj", "appos"} and head.head.i != head.i:
            head = head.head
        if head.dep_ == "pobj":
            return head.head.lower_ == "by"
        return head.dep_ not in {"dobj", "nsubjpass", "iobj", "attr"}

    def _linked_to_people(self, doc: Doc, head: Token) -> tuple[tuple[str, str], int] | None:
        """The militia of a people named after an armed noun by a few words of belonging
        ("gunmen suspected to be Fulani herders", "attackers believed to be Dinka youths"),
        with the index of the phrase's last token."""
        links, heads = self.lexicon.group_links, self.lexicon.group_link_heads
        for i in range(head.i + 1, min(len(doc), head.i + 8)):
            word = doc[i].lower_
            if word in self.lexicon.ethnic:
                gap = {t.lower_ for t in doc[head.i + 1 : i]}
                if not heads & gap:
                    return None
                last = i + 1 if i + 1 < len(doc) and self._people_noun(doc[i + 1]) else i
                return self.lexicon.ethnic[word], last
            if word not in links:
                return None
        return None

    def _people_noun(self, token: Token) -> bool:
        """A noun that names men of a people after its name ("Fulani herders", "Dinka
        youths", "Murle militiamen")."""
        entry = self.lexicon.generic.get(token.lower_)
        return token.lower_ in self.lexicon.herders or (
            entry is not None and entry.kind in {"militia", "civilians"}
        )

    def _arms_of_force(self, entry: Generic, token: Token) -> bool:
        """Whether a state force noun names the force of the arms it modifies ("air force
        jets", "army helicopters", "US Navy destroyers"), which fire as the force itself."""
        head = token.head
        # "military" is tagged an adjective ("a military patrol", "military jets"); a force
        # may own its arms ("the army's helicopters", "the regime's warplanes")
        if entry.kind not in {"military", "police"} or token.dep_ not in _ARMS_OWNER_DEPS:
            return False
        if head.i <= token.i or head.lower_ not in self.lexicon.equipment:
            return False
        if head.dep_ == "compound":
            return False  # "police patrol team": the arms word only names a longer noun
        if any(c.lower_ in _PAST_RANKS for c in head.children):
            return False  # "a former army captain": a man's past, no force in action
        return all(t.dep_ in {"compound", "case"} for t in token.doc[token.i + 1 : head.i])

    def _linked_to_group(self, doc: Doc, head: Token, covered: set[int]) -> bool:
        """Whether a kind-of-party noun is tied to a named group right after it by a few
        words of belonging ("jihadists from JNIM", "gunmen believed to be from the Gulf
        Clan", "militiamen loyal to Fano"): read on the words, as the parse of such a
        chain often hangs the group on the wrong verb."""
        links, heads = self.lexicon.group_links, self.lexicon.group_link_heads
        for i in range(head.i + 1, min(len(doc), head.i + 8)):
            if i in covered:
                gap = [t.lower_ for t in doc[head.i + 1 : i]]
                return bool(heads.intersection(gap))
            if doc[i].lower_ not in links:
                return False
        return False

    def _non_state_modifier(self, head: Token, start: int) -> int | None:
        """Where "rebel" or "separatist" opens the phrase of a state noun, if one does."""
        for child in head.children:
            if child.i < head.i and child.lower_ in self.lexicon.non_state_modifiers:
                return min(child.i, start)
        doc = head.doc
        if doc[start].lower_ in self.lexicon.non_state_modifiers:
            return start
        # "anti-government forces", "anti-junta forces": the tokenizer splits the hyphenated
        # modifier, which may end the phrase's first word or stand before it
        for first, end in ((start - 2, start + 1), (start - 3, start)):
            if first >= 0 and doc[first:end].text.lower() in self.lexicon.non_state_modifiers:
                return first
        return None

    def _states_paramilitary(self, modifier: Token, code: str | None) -> bool:
        """Whether "paramilitary" names the state's own forces in ``code`` ("paramilitary
        troops" in Pakistan are its army's; in Sudan they are the RSF)."""
        return modifier.lower_ == "paramilitary" and code in self.lexicon.state_paramilitaries

    def _country_before(self, doc: Doc, start: int) -> tuple[str, int] | None:
        """A demonym or country name right before a phrase ("South Sudanese troops")."""
        for size in (2, 1):
            first = start - size
            if first >= 0 and (code := self.lexicon.country_of(doc[first:start].text)):
                if _inside_a_name(doc, first):
                    return None  # "the Santa Rosa de Lima cartel": Lima is in its name
                return None if self._sponsor(doc, first, start) else (code, first)
        return None

    def _community(self, pobj: Token) -> tuple[str, str] | None:
        """The militia of the people an "of"/"from" phrase names: "from the Murle community",
        "of Fulani extraction", "from the Murle"; the people named before a noun that is a
        people's word itself ("from the Hawiye clan") before that noun's bare reading."""
        ethnic = self.lexicon.ethnic
        if pobj.lower_ not in self.lexicon.community_nouns:
            return ethnic.get(pobj.lower_)
        for child in pobj.children:
            if child.dep_ in {"compound", "amod"} and child.lower_ in ethnic:
                return ethnic[child.lower_]
        return ethnic.get(pobj.lower_)

    def _sponsor(self, doc: Doc, first: int, end: int) -> bool:
        """Whether the country words ``doc[first:end]`` name a party's sponsor, not its country:
        "pro-Turkish factions", "Iranian-backed militias" (the tokenizer splits the hyphen)."""
        before = doc[first - 2 : first] if first >= 2 else None
        if (
            before is not None
            and before[1].text == "-"
            and before[0].lower_ in self.lexicon.sponsor_before
        ):
            return True
        after = doc[end : end + 2]
        return (
            len(after) == 2
            and after[0].text == "-"
            and after[1].lower_ in self.lexicon.sponsor_after
        )

    def _modifiers(
        self, doc: Doc, head: Token, start: int
    ) -> tuple[str | None, tuple[str, str] | None, int]:
        """Country and ethnic group named by the modifiers of a head noun, and where they begin."""
        code, ethnic, first = None, None, start
        for child in head.children:
            if child.i >= start and child.i < head.i:
                continue
            if child.dep_ in _MODIFIER_DEPS and child.i < head.i:
                text = doc[child.left_edge.i : child.i + 1].text
                found = self.lexicon.country_of(text)
                if found is None and not _ends_a_longer_name(child):
                    found = self.lexicon.country_of(child.text)
                if found is None:
                    found = self._country_opening_compound(child)
                if found and self._sponsor(doc, child.i, child.i + 1):
                    found = None  # "pro-Iranian militias" fight for, not as, Iran
                if found and code is None:
                    code, first = found, min(first, child.left_edge.i)
                if child.lower_ in self.lexicon.ethnic and ethnic is None:
                    ethnic, first = self.lexicon.ethnic[child.lower_], min(first, child.i)
            elif child.dep_ == "prep" and child.lower_ in {"of", "from"} and child.i > head.i:
                for pobj in child.children:
                    if pobj.dep_ != "pobj":
                        continue
                    if child.lower_ == "of" and code is None:
                        text = doc[pobj.left_edge.i : pobj.i + 1].text
                        code = self.lexicon.country_of(text)
                    if ethnic is None:
                        ethnic = self._community(pobj)
        if code is None:
            code = self._phrase_country(doc, head, start)
        return code, ethnic, first

    def _country_opening_compound(self, child: Token) -> str | None:
        """The demonym that opens a chain of nouns modifying a party word: "a Russian missile
        strike", "a Malian army drone strike" (the parse hangs the demonym on the nearer
        noun, not on the strike)."""
        if child.dep_ != "compound" or child.pos_ != "NOUN":
            return None
        first = child.left_edge
        between = child.doc[first.i + 1 : child.i]
        if first.dep_ != "amod" or any(t.dep_ not in {"compound", "amod"} for t in between):
            return None
        if first.i > 0 and child.doc[first.i - 1].text == "-":
            return None  # "pro-Russian drone strikes": a sponsor, not the striker
        return self.lexicon.country_of(first.text)

    def _phrase_country(self, doc: Doc, head: Token, start: int) -> str | None:
        """The country the phrase opens with ("Ukraine army" as compound), or its teller's
        when the phrase is the teller's own ("its forces")."""
        for token in doc[start : head.i]:
            if found := self.lexicon.country_of(token.text):
                return found
        if any(c.dep_ == "poss" and c.lower_ in _OWNERS for c in head.children):
            return self._tellers_country(head)
        return self._told_by_its_own(head)

    def _told_by_its_own(self, head: Token) -> str | None:
        """The country of a state's force that tells of bare men of its own kind ("The Israeli
        military said a soldier was killed in southern Lebanon"): men no word ties to a side
        are the teller's, wherever they fell."""
        generic = self.lexicon.generic.get(head.lower_)
        if generic is None or generic.kind not in self.lexicon.tellers:
            return None
        if any(c.dep_ in _NAMING_DEPS for c in head.children):
            return None  # "a Lebanese soldier", "rebel forces": named by a word of their own
        token = head
        if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.pos_ == "NUM":
            token = token.head.head  # "one of the soldiers was killed"
        if token.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
            return None
        verb = token.head
        while verb.dep_ == "conj" and verb.head.i != verb.i:
            verb = verb.head
        teller = self._teller_of(verb)
        if teller is None:
            return None
        ends = {teller.doc[max(0, teller.i - n) : teller.i + 1].text.lower() for n in (0, 1)}
        if not ends & self.lexicon.tellers[generic.kind]:
            return None
        return self._country_in(teller) or self._named_before(teller)

    def _teller_of(self, verb: Token) -> Token | None:
        """The subject of the verb of telling a clause is told by: "the army said (that) a
        soldier was killed", or the same told after it ("a soldier was killed, the army
        said")."""
        telling = self.lexicon.telling_verbs
        if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in telling:
            said = verb.head
        else:
            after = (c for c in verb.children if c.dep_ in {"ccomp", "parataxis"} and c.i > verb.i)
            said = next((c for c in after if c.lemma_.lower() in telling), None)
            if said is None:
                return None
        return next((c for c in said.children if c.dep_ == "nsubj"), None)

    def _country_in(self, phrase: Token) -> str | None:
        return next((c for t in phrase.subtree if (c := self.lexicon.country_of(t.text))), None)

    def _named_before(self, teller: Token) -> str | None:
        """The country a bare teller ("the military said") had where the article named it
        first ("The Israeli military said ...")."""
        earlier = (t for t in teller.doc[: teller.i] if t.lower_ == teller.lower_)
        named = (self._country_in(t) for t in earlier if t.dep_ == "nsubj")
        return next((code for code in named if code is not None), None)

    def _tellers_country(self, head: Token) -> str | None:
        """The country of the teller whose own forces a possessive names ("Russia's defence
        ministry said its forces had captured the village": the forces are Russia's)."""
        for verb in head.ancestors:
            subjects = [c for c in verb.children if c.dep_ == "nsubj" and c.i != head.i]
            if not subjects:
                continue
            for token in subjects[0].subtree:
                if (code := self.lexicon.country_of(token.text)) is not None:
                    return code
            return None
        return None

    # -- states named as agents ("Russia targeted Ukraine's capital") ---------------------

    def _state_subject(
        self, doc: Doc, token: Token, year: Day, covered: set[int], layout: Layout
    ) -> ActorMention | None:
        if token.pos_ != "PROPN" or _in_dateline(token, layout):
            return None
        agentive = token.dep_ == "nsubj" and token.head.pos_ == "VERB"
        agentive |= token.dep_ == "pobj" and token.head.lower_ in {"by", "to"}
        # "Ukraine accused Russia of shelling ...": the one accused of an act
        agentive |= token.dep_ == "dobj" and token.head.lemma_ in self.lexicon.accusing_verbs
        if not agentive:
            return None
        first = token.i
        while first > 0 and doc[first - 1].dep_ == "compound" and doc[first - 1].head == token:
            first -= 1
        span = doc[first : token.i + 1]
        code = self.lexicon.state_words.get(span.text.lower().removeprefix("the "))
        if code is None or covered.intersection(range(first, token.i + 1)):
            return None
        return _mention(span, self.lexicon.state_name("military", code, year), "military", code)

    def _people(self, doc: Doc, token: Token) -> ActorMention | None:
        """A plural demonym standing alone names civilians ("three Palestinians were killed")."""
        if not token.lower_.endswith("s") or token.dep_ in _NOUN_MODIFIER_DEPS:
            return None
        if token.text.isupper() and len(token.text) <= 3:
            return None  # "US": an acronym names a state, not its people
        if token.pos_ not in {"NOUN", "PROPN"}:
            return None
        for first in range(max(0, token.i - 2), token.i + 1):
            phrase = " ".join(t.lower_ for t in doc[first : token.i + 1])
            code = self.lexicon.demonyms.get(phrase)
            if code is not None:
                name = self.lexicon.generic_name(self.lexicon.templates["civilians"], code, 2000)
                return _mention(doc[first : token.i + 1], name, "civilians", code)
        return None


def _of_named_group(head: Token, covered: set[int]) -> bool:
    """Whether a kind-of-party noun is followed by "of" a named group ("fighters of the
    Islamic State group", "rebels of the M23 movement")."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of" and child.i == head.i + 1:
            for pobj in child.children:
                if pobj.dep_ == "pobj" and any(t.i in covered for t in pobj.subtree):
                    return True
    return False


def _inside_a_name(doc: Doc, first: int) -> bool:
    """Whether a proper name runs on before ``doc[first]`` ("Santa Rosa de Lima", "Nueva
    Lima"), through its small linking words, and so holds the country's word."""
    i = first - 1
    while i >= 0 and doc[i].pos_ in {"ADP", "DET", "PROPN"} and doc[i].is_lower:
        i -= 1
    if i < 0 or doc[i].pos_ != "PROPN" or not doc[i].is_title:
        return False
    return doc[i].ent_type_ not in {"DATE", "TIME"}


def _ends_a_longer_name(token: Token) -> bool:
    """Whether a proper noun ends a name of several words ("the Santa Rosa de Lima cartel"):
    a capital or a country inside such a name says nothing of whose the party is."""
    first = token.left_edge
    if token.pos_ != "PROPN" or first.i >= token.i or first.pos_ != "PROPN":
        return False
    return all(t.pos_ in {"PROPN", "ADP", "DET"} for t in token.doc[first.i : token.i])


def _last_token(doc: Doc, end_char: int) -> int:
    """The index of the token that ends at ``end_char``."""
    span = doc.char_span(0, end_char, alignment_mode="contract")
    return span.end - 1 if span is not None and len(span) else 0


def _names_police(head: Token) -> bool:
    """Whether the words before a force noun, or its "of" phrase, name the police."""
    words = [t.lower_ for t in head.doc[head.left_edge.i : head.i]]
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            words += [t.lower_ for t in subtree_of(child)]
    return "police" in words


def _hyphened_modifier(token: Token) -> bool:
    """Whether a party noun opens a hyphened modifier ("army-backed", "militia-held")."""
    doc = token.doc
    if token.i + 2 >= len(doc) or doc[token.i + 1].text != "-":
        return False
    return doc[token.i + 1].whitespace_ == "" and token.whitespace_ == ""


def _stance_prefixed(doc: Doc, start: int) -> bool:
    """Whether a party phrase is the tail of a hyphened opposition ("anti-junta forces")."""
    if start < 2 or doc[start - 1].text != "-" or doc[start - 1].whitespace_:
        return False
    return doc[start - 2].lower_ == "anti" and not doc[start - 2].whitespace_


def _in_dateline(token: Token, layout: Layout) -> bool:
    """A capital in a dateline ("Kabul, Afghanistan —", "KYIV, Feb 17 -") is where the report
    was filed, not the state acting; acronyms ("US", "UAE") are names, not datelines."""
    if layout.in_dateline(token.idx) or any(
        start <= token.idx < end for start, end in layout.wire_datelines
    ):
        return True
    return layout.in_dateline_zone(token.idx) and token.text.isupper() and len(token.text) > 3


def _any_word(phrases: list[str]) -> re.Pattern[str]:
    """Any of the phrases as whole words, ignoring case."""
    alternation = "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


def _alias_matchers(
    words: ActorLexicon,
) -> tuple[PhraseMatcher, PhraseMatcher, dict[int, Group]]:
    """Alias matchers, built once per process on a blank English tokenizer: matching compares
    string hashes, which are the same in every vocabulary."""
    blank = spacy.blank("en")
    exact = PhraseMatcher(blank.vocab, attr="ORTH")
    loose = PhraseMatcher(blank.vocab, attr="LOWER")
    group_of = {}
    for index, group in enumerate(words.groups):
        key = f"group{index}"
        group_of[blank.vocab.strings.add(key)] = group
        exact_aliases = [a for a in group.aliases if _is_exact_alias(a)]
        loose_aliases = [a for a in group.aliases if not _is_exact_alias(a)]
        if exact_aliases:
            exact.add(key, [blank.make_doc(a) for a in exact_aliases])
        if loose_aliases:
            loose.add(key, [blank.make_doc(a) for a in loose_aliases])
    return exact, loose, group_of


def _mention(span: Span, name: str, kind: str, country: str | None) -> ActorMention:
    start, end = span.start, span.end
    # A paragraph break can hang on a noun phrase as its first child: it is not the name.
    while start < end - 1 and span.doc[start].is_space:
        start += 1
    span = span.doc[start:end]
    return ActorMention(
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        name=name,
        kind=kind,
        country_code=country,
    )


def focus_country(places: list[Place]) -> str | None:
    """The country an article is mostly about: the most mentioned, towns counting double.
    A people's name ("Russian drones") names whose, not where, and does not count."""
    counts: Counter[str] = Counter()
    for place in places:
        if place.country_code and not place.demonym:
            is_country = (place.feature_code or "").startswith("PCL")
            counts[place.country_code] += 1 if is_country else 2
    return counts.most_common(1)[0][0] if counts else None
