"""Places: toponyms recognised and resolved to one gazetteer entry each.

Recognition reads spaCy's entities and the gazetteer together: the small model tags many towns
as PERSON or ORG (or nothing), so every capitalised phrase, hashtag and "X region" is also looked
up, and spaCy's labels then decide which readings stand. Misspellings ("Donestk") are matched by
edit distance against the names of the article's focus country only.

Resolution scores each candidate by its kind (a country or oblast before a village of the same
name), population, and agreement with the rest of the article: the countries and regions of
the other places, "Town, State" pairs, the dateline and nearness to the other places.

A direction word before a country or region ("southern Iraq") gives the middle of that part of
it (feature RGN, no GeoNames id); a village the gazetteer lacks keeps its own name and is put at
the place named with it ("X, in the district of Y", "X near Y", "X, north of Y"), else at the
article's most named town or region.
"""

from __future__ import annotations

import functools
import heapq
import itertools
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA
from spacy.tokens import Doc, Token

from sitrep.analyze import gazetteer
from sitrep.analyze.gazetteer import (
    ABBREV_PREFIX,
    ADMIN1,
    ADMIN2,
    CITY,
    CONTINENT,
    COUNTRY,
    DEMONYM_PREFIX,
    REGION,
    Candidate,
    Entry,
    abbrev_key,
    normalize,
)
from sitrep.model import Analysis, Place

DATA = Path(__file__).resolve().parents[1] / "data"

MAX_TOKENS = 6  # the longest name looked up, in tokens (hyphens count)
MAX_FUZZY = 12  # misspelling searches per article: each costs a scan of one country's names
DATELINE_CHARS = 100  # how far into the text a dateline may start ("date 2023-04-11 KYIV")
DATELINE_FOCUS = 3  # a dateline counts as this many mentions of where the story is
MAX_POINTS = 30  # the places whose nearness counts, first named first
# Words that may sit inside a multi-word name ("Deir al-Balah", "Stratford-upon-Avon").
CONNECTORS = frozenset(
    [
        "al",
        "el",
        "ad",
        "ad-",
        "as",
        "ar",
        "an",
        "ash",
        "at",
        "az",
        "de",
        "del",
        "della",
        "der",
        "des",
        "di",
        "da",
        "do",
        "dos",
        "das",
        "du",
        "la",
        "le",
        "les",
        "lo",
        "of",
        "on",
        "upon",
        "sur",
        "am",
        "im",
        "en",
        "y",
        "e",
        "und",
        "and",
        "the",
        "bin",
        "ibn",
        "ben",
        "abu",
        "umm",
    ]
)
ARTICLE_PREFIXES = ("al", "el", "ad", "as", "ar", "an", "ash", "at", "az")
# "the Donetsk region", "Kherson Oblast": the word after a name that says it is a region.
REGION_WORDS = frozenset(
    [
        "region",
        "oblast",
        "province",
        "district",
        "governorate",
        "state",
        "county",
        "raion",
        "rayon",
        "prefecture",
        "territory",
        "department",
        "municipality",
        "krai",
        "republic",
    ]
)
PERSON_TITLES = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "miss",
        "dr",
        "sir",
        "dame",
        "president",
        "gov",
        "governor",
        "sen",
        "senator",
        "rep",
        "minister",
        "general",
        "gen",
        "col",
        "colonel",
        "capt",
        "captain",
        "sgt",
        "lt",
        "prime",
        "secretary",
        "judge",
        "justice",
        "coach",
        "chancellor",
        "king",
        "queen",
        "prince",
        "princess",
        "pope",
        "rev",
        "reverend",
        "father",
        "sister",
        "brother",
        "st",
        "saint",
    ]
)
SPEECH_LEMMAS = frozenset(
    [
        "say",
        "tell",
        "add",
        "note",
        "explain",
        "write",
        "argue",
        "ask",
        "claim",
        "insist",
        "warn",
        "urge",
        "announce",
    ]
)
LOOSE_LABELS = frozenset(("WORK_OF_ART", "LAW"))
NON_PLACE_LABELS = frozenset(
    [
        "DATE",
        "TIME",
        "MONEY",
        "PERCENT",
        "QUANTITY",
        "ORDINAL",
        "CARDINAL",
        "LANGUAGE",
        "WORK_OF_ART",
        "LAW",
    ]
)
PLACE_LABELS = frozenset(("GPE", "LOC"))
WEAK_POS = frozenset(
    ["VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "ADJ", "INTJ"]
)

# Resolution weights: tuned by coordinate search on gold spans of LGL, TR-News and GeoWebNews.
KIND_PRIOR = {COUNTRY: 4.5, CONTINENT: 4.5, REGION: 2.2, ADMIN1: 1.6, ADMIN2: 0.1, CITY: 0.0}
POPULATION_WEIGHT = 0.275
PRIMARY_BONUS = 0.9
CAPITAL_BONUS = 3.0
COUNTRY_WEIGHT = 3.6
ADMIN1_WEIGHT = 1.6
CONTAINER_BONUS = 3.0
HOLDER_BONUS = 1.5
REGION_WORD_BONUS = 4.0
NEAR_WEIGHT = 1.2
NEAR_KM = 450.0
SOFT_TOP = 4  # readings of a name that lend it weight in the context
SOFT_T = 0.25  # softmax temperature of those readings' shares
MAX_ROUNDS = 8  # rescoring rounds: choices settle in a few; a cycle must still end
UNKNOWN_CONFIDENCE = 0.2
STRAY_FOCUS_SHARE = 0.6
STRAY_MAX_POPULATION = 50_000
ADMIN1_NAMESAKE_PENALTY = 2.25
ADMIN2_NAMESAKE_PENALTY = 3.0
ALTERNATE_PENALTY = 0.75
NAMESAKE_CITY_POPULATION = 20_000
CITY_WORD_PENALTY = 6.0
HAMLET_POPULATION = 1000
WIDE_NAMESAKE_PENALTY = 3.0
HAMLET_ALIAS_WEIGHT = 0.3
DOMINANT_POPULATION = 250_000  # a city this big and ten times any namesake
DOMINANT_RATIO = 10
DOMINANT_BONUS = 1.0
NESTED_BONUS = 1.0  # a town in a district the article also names


@cache
@functools.cache
def _word_list(name: str) -> frozenset[str]:
    """A one-word-per-line list of sitrep/data ('#' starts a comment), folded to lower case."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().casefold() for w in lines if w.strip() and not w.startswith("#"))


def common_words() -> frozenset[str]:
    return _word_list("places_common_words.tsv")


def neighbourhood_words() -> frozenset[str]:
    return _word_list("places_neighbourhood_words.tsv")


@dataclass(slots=True)
class Mention:
    """A stretch of text that may name a place, with the gazetteer entries it may mean."""

    start: int
    end: int
    text: str
    key: str
    candidates: tuple[Candidate, ...]
    strong: bool = True  # spaCy, a hashtag or the grammar says it is a place
    region_word: bool = False  # followed by "region", "oblast", ...
    fuzzy: bool = False
    container: Mention | None = None  # "Paris, Texas": the mention after the comma
    holds: bool = False  # "Texas" in "Paris, Texas": it holds the place before it
    unknown: bool = False  # a place the gazetteer lacks, put at the place that holds it
    dateline: bool = False  # "KYIV, Ukraine (AP) -": where the report was filed
    direction: tuple[int, int] | None = None  # "southern Iraq": (-1, 0); "central": (0, 0)
    direction_start: int = -1  # where the direction word begins
    direction_text: str = ""  # "southern Iraq"
    needs_support: bool = False  # kept only when other places point to its country
    best: Candidate | None = None
    scores: list[float] = field(default_factory=list)
    _facts: tuple[bool, bool] = (False, False)  # (has a primary, is a wide namesake)
    _facts_of: int = -1  # id() of the candidates the facts were computed for
    _dominant: int = -1
    _dominant_of: int = -1

    @property
    def has_primary(self) -> bool:
        return self._name_facts()[0]

    @property
    def dominant_city(self) -> int:
        """The pid of a city that dwarfs every other town of the name, or -1."""
        if self._dominant_of != id(self.candidates):
            self._dominant_of = id(self.candidates)
            self._dominant = _dominant_city(self.candidates)
        return self._dominant

    @property
    def wide_namesake(self) -> bool:
        """The name is the own name of a sea, a region or a continent that spans countries."""
        return self._name_facts()[1]

    def _name_facts(self) -> tuple[bool, bool]:
        if self._facts_of != id(self.candidates):
            self._facts_of = id(self.candidates)
            self._facts = (
                any(c.primary for c in self.candidates),
                any(
                    c.primary and c.entry.kind in (REGION, CONTINENT) and not c.entry.country_code
                    for c in self.candidates
                ),
            )
        return self._facts


def _dominant_city(candidates: Sequence[Candidate]) -> int:
    towns = sorted(
        (c.entry for c in candidates if c.entry.kind == CITY),
        key=lambda e: -e.population,
    )
    if not towns or towns[0].population < DOMINANT_POPULATION:
        return -1
    runner_up = towns[1].population if len(towns) > 1 else 0
    return towns[0].pid if towns[0].population >= DOMINANT_RATIO * runner_up else -1


def _is_capitalised(text: str) -> bool:
    return bool(text) and (text[0].isupper() or (text[0] == "#" and text[1:2].isupper()))


def _can_start(texts: Sequence[str], i: int) -> bool:
    text = texts[i]
    if _is_capitalised(text):
        return True
    # "al-Hara", "el-Fasher": a lowercase Arabic article joined by a hyphen to a name.
    nxt = texts[i + 1] if i + 1 < len(texts) else ""
    return text.lower() in ARTICLE_PREFIXES and nxt == "-"


def _can_continue(text: str) -> bool:
    return _is_capitalised(text) or text.lower() in CONNECTORS or text in {"-", "'", "’", "."}


def _phrases(tokens: Sequence[Token], text: str) -> list[tuple[int, int, str]]:
    """Every capitalised token sequence that could be a name: (first token, last token, key)."""
    # Token attributes are read once: every access builds a Python object.
    texts = [t.text for t in tokens]
    starts = [t.idx for t in tokens]
    capital = [_is_capitalised(t) for t in texts]
    out = []
    n = len(texts)
    for i in range(n):
        if not (capital[i] or _can_start(texts, i)):
            continue
        for j in range(i, min(n, i + MAX_TOKENS)):
            if j > i and (tokens[j].is_sent_start or "\n" in text[starts[j - 1] : starts[j]]):
                break
            if not (capital[j] or _can_continue(texts[j])):
                break
            if capital[j]:
                span_text = text[starts[i] : starts[j] + len(texts[j])]
                out.append((i, j, normalize(span_text.lstrip("#"))))
    return out


def _core(ent) -> tuple[int, int]:
    """An entity's token range without a leading 'the' or a trailing possessive."""
    start, end = ent.start, ent.end
    if end - start > 1 and ent[0].lower_ == "the":
        start += 1
    if end - start > 1 and ent[-1].tag_ == "POS":
        end -= 1
    return start, end


# "southern Iraq", "north-east Nigeria": the part of a country or region named, as (north-south,
# east-west) sides; (0, 0) is its middle.
DIRECTIONS = {
    "north": (1, 0),
    "northern": (1, 0),
    "south": (-1, 0),
    "southern": (-1, 0),
    "east": (0, 1),
    "eastern": (0, 1),
    "west": (0, -1),
    "western": (0, -1),
    "central": (0, 0),
    "northeast": (1, 1),
    "northeastern": (1, 1),
    "north-east": (1, 1),
    "north-eastern": (1, 1),
    "northwest": (1, -1),
    "northwestern": (1, -1),
    "north-west": (1, -1),
    "north-western": (1, -1),
    "southeast": (-1, 1),
    "southeastern": (-1, 1),
    "south-east": (-1, 1),
    "south-eastern": (-1, 1),
    "southwest": (-1, -1),
    "southwestern": (-1, -1),
    "south-west": (-1, -1),
    "south-western": (-1, -1),
}


def _direction_before(tokens: Sequence[Token], i: int) -> tuple[tuple[int, int], int] | None:
    """The direction word right before token i ('southern', 'north-east'), and its start."""
    if i >= 1 and tokens[i - 1].lower_ in DIRECTIONS:
        return DIRECTIONS[tokens[i - 1].lower_], tokens[i - 1].idx
    # spaCy splits "north-east" into three tokens.
    if i >= 3 and tokens[i - 2].text == "-":
        word = f"{tokens[i - 3].lower_}-{tokens[i - 1].lower_}"
        if word in DIRECTIONS:
            return DIRECTIONS[word], tokens[i - 3].idx
    return None


def directional_point(
    points: Sequence[tuple[float, float]], side: tuple[int, int]
) -> tuple[float, float] | None:
    """The middle of the parts of an area on one side ('southern'): the parts (regions of a
    country, towns of a region) in the outer third of its extent that way, both ways at once
    for 'north-east' (the outer half), the middle third both ways for 'central'."""
    if len(points) < 3:
        return None
    lats = [p[0] for p in points]
    lons = [p[1] for p in points]
    share = 0.5 if side[0] and side[1] else 1 / 3

    def keep(value: float, low: float, high: float, way: int) -> bool:
        span = high - low
        if way > 0:
            return value >= high - share * span
        if way < 0:
            return value <= low + share * span
        return low + span / 3 <= value <= high - span / 3

    lat_lo, lat_hi, lon_lo, lon_hi = min(lats), max(lats), min(lons), max(lons)
    chosen = [
        (lat, lon)
        for lat, lon in points
        if ((side[0] == 0 and side[1] != 0) or keep(lat, lat_lo, lat_hi, side[0]))
        and ((side[1] == 0 and side[0] != 0) or keep(lon, lon_lo, lon_hi, side[1]))
    ]
    if not chosen:
        return None
    return (
        sum(p[0] for p in chosen) / len(chosen),
        sum(p[1] for p in chosen) / len(chosen),
    )


# Region words of several tokens: Nigeria's "Maru Local Government Area".
REGION_PHRASES = (("local", "government", "area"),)


def _region_words_after(tokens: Sequence[Token], j: int) -> int:
    """How many tokens after a name say it is a region ('Oblast': 1), or 0."""
    if j + 1 < len(tokens) and tokens[j + 1].lower_ in REGION_WORDS:
        return 1
    for phrase in REGION_PHRASES:
        following = tuple(t.lower_ for t in tokens[j + 1 : j + 1 + len(phrase)])
        if following == phrase:
            return len(phrase)
    return 0


PLURAL_REGION_WORDS = frozenset(w + "s" for w in REGION_WORDS) | {"provinces", "counties"}
LIST_JOINERS = frozenset((",", "and", "&"))


def _region_by_grammar(tokens: Sequence[Token], i: int, j: int) -> bool:
    """'the district of Palma', 'the Belgorod and Kursk regions': a region named around it."""
    if i >= 2 and tokens[i - 1].lower_ == "of" and tokens[i - 2].lower_ in REGION_WORDS:
        return True
    k = j + 1
    while k < len(tokens) and k <= j + 6:
        text = tokens[k].lower_
        if text in PLURAL_REGION_WORDS:
            return True
        if not (text in LIST_JOINERS or _is_capitalised(tokens[k].text)):
            return False
        k += 1
    return False


MODIFIER_WORDS = frozenset(
    [
        "north",
        "south",
        "east",
        "west",
        "northern",
        "southern",
        "eastern",
        "western",
        "central",
        "northeast",
        "northwest",
        "southeast",
        "southwest",
        "northeastern",
        "northwestern",
        "southeastern",
        "southwestern",
        "greater",
        "upper",
        "lower",
        "rural",
        "outer",
        "inner",
        "metropolitan",
        "city",
        "town",
        "the",
        "of",
        "and",
    ]
)


def _only_modifiers(tokens: Sequence[Token], ent, i: int, j: int) -> bool:
    """Whether an entity is the match plus only words like 'southern', 'region' or 'the'."""
    rest = [tokens[t] for t in range(ent.start, ent.end) if t < i or t > j]
    return all(
        t.lower_ in MODIFIER_WORDS or t.lower_ in REGION_WORDS or t.tag_ == "POS" or t.is_punct
        for t in rest
    )


SETTLEMENT_WORDS = frozenset(
    ("village", "town", "city", "hamlet", "barangay", "brgy", "sitio", "settlement", "district")
)


def _settlement_by_grammar(tokens: Sequence[Token], i: int) -> bool:
    """'Brgy Luna', 'the village of Barak': the words before a name say it is a place."""
    if i >= 1 and tokens[i - 1].lower_.rstrip(".") in SETTLEMENT_WORDS:
        return True
    return i >= 2 and tokens[i - 1].lower_ == "of" and tokens[i - 2].lower_ in SETTLEMENT_WORDS


def _entity_of(doc: Doc) -> list[int]:
    """Index into doc.ents of each token's entity, or -1."""
    owner = [-1] * len(doc)
    for k, ent in enumerate(doc.ents):
        for t in range(ent.start, ent.end):
            owner[t] = k
    return owner


NAME_LABELS = frozenset(("PERSON", "ORG", "NORP"))


def _joined_by_hyphen(tokens: Sequence[Token], i: int, j: int) -> bool:
    before = i >= 1 and tokens[i - 1].text in ("-", "/", "–")
    after = j + 1 < len(tokens) and tokens[j + 1].text in ("-", "/", "–")
    return before or after


def _stands_alone(c: Candidate) -> bool:
    """A reading that needs no support: a place's own name, or a country or region's alias."""
    return c.primary or c.entry.kind != CITY


class Recognizer:
    """Finds mentions of places in one parsed article."""

    def __init__(self, gaz: gazetteer.Gazetteer) -> None:
        self.gaz = gaz
        self.common = common_words()
        self._lower_words: frozenset[str] = frozenset()

    def __call__(self, doc: Doc, text: str | None = None) -> list[Mention]:
        text = doc.text if text is None else text  # Doc.text is rebuilt on every access
        if not text.strip():
            return []
        tokens = list(doc)
        # "Marches were held": a capitalised word the article also writes in lowercase.
        self._lower_words = frozenset(t.text for t in tokens if t.text.islower())
        owner = _entity_of(doc)
        ents = list(doc.ents)
        phrases = _phrases(tokens, text)
        person_words = frozenset(
            t.lower_ for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e
        )
        abbrevs = self._abbrev_keys(tokens)
        extra = [self._entity_key(e) for e in ents if e.label_ in PLACE_LABELS]
        found = self.gaz.lookup([k for _, _, k in phrases] + [k for _, k in abbrevs] + extra)
        mentions: list[Mention] = []
        taken = [False] * len(tokens)
        # Longest match first at each position, left to right.
        by_start: dict[int, list[tuple[int, str]]] = defaultdict(list)
        for i, j, key in phrases:
            if found.get(key):
                by_start[i].append((j, key))
        neighbourhoods = neighbourhood_words()
        for i in range(len(tokens)):
            if taken[i] or i not in by_start:
                continue
            if i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper():
                # "Colonia" before a name begins that name: the name's own reading follows.
                by_start[i] = [(j, k) for j, k in by_start[i] if k not in neighbourhoods]
            for j, key in sorted(by_start[i], reverse=True):
                mention = self._judge(
                    text, tokens, ents, owner, i, j, key, found[key], person_words
                )
                if mention is not None:
                    mentions.append(mention)
                    for t in range(i, j + 1):
                        taken[t] = True
                    break
        mentions += self._abbrev_mentions(tokens, abbrevs, found, taken)
        mentions += self._unmatched_entities(doc, ents, taken, found)
        mentions += _settlement_mentions(tokens, taken, text)
        headed = _headed_mentions(tokens, taken, text)
        mentions = [m for m in mentions if not any(_overlap(m, h) for h in headed)] + headed
        mentions.sort(key=lambda m: m.start)
        _link_containers(mentions, text)
        _mark_dateline(mentions)
        return mentions

    @staticmethod
    def _entity_key(ent) -> str:
        return _span_key(ent.text)

    @staticmethod
    def _abbrev_keys(tokens: Sequence[Token]) -> list[tuple[int, str]]:
        """State abbreviations after a comma ('Springfield, Ill.'), to look up as such."""
        out = []
        for i in range(1, len(tokens)):
            text = tokens[i].text
            if tokens[i - 1].text != "," or not text[:1].isupper():
                continue
            if text.endswith(".") or (len(text) == 2 and text.isupper()):
                out.append((i, abbrev_key(text)))
        return out

    def _abbrev_mentions(
        self,
        tokens: Sequence[Token],
        abbrevs: list[tuple[int, str]],
        found: dict[str, tuple[Candidate, ...]],
        taken: list[bool],
    ) -> list[Mention]:
        out = []
        for i, key in abbrevs:
            # Only right after a place: "Springfield, Ill." and not "Smith, Jr."
            if taken[i] or not found.get(key) or i < 2 or not taken[i - 2]:
                continue
            tok = tokens[i]
            text = tok.text
            out.append(Mention(tok.idx, tok.idx + len(text), text, key, found[key], strong=True))
            taken[i] = True
        return out

    def _judge(
        self,
        text: str,
        tokens: Sequence[Token],
        ents: list,
        owner: list[int],
        i: int,
        j: int,
        key: str,
        candidates: tuple[Candidate, ...],
        person_words: frozenset[str] = frozenset(),
    ) -> Mention | None:
        """A gazetteer match kept as a mention, or None when context says it is no place."""
        start_tok, end_tok = tokens[i], tokens[j]
        start, end = start_tok.idx, end_tok.idx + len(end_tok.text)
        ent_ids = {owner[t] for t in range(i, j + 1)}
        ent = ents[next(iter(ent_ids))] if len(ent_ids) == 1 and -1 not in ent_ids else None
        label = ent.label_ if ent is not None else None
        country_name = any(c.primary and c.entry.kind == COUNTRY for c in candidates)
        # The small model calls a lone town a WORK_OF_ART now and then ("rural Daraa"): such a
        # label on exactly the name is no label at all.
        loose_label = label in LOOSE_LABELS and ent is not None and _core(ent) == (i, j + 1)
        if loose_label:
            label, ent = None, None
        elif not country_name and any(
            k >= 0 and ents[k].label_ in NON_PLACE_LABELS for k in ent_ids
        ):
            return None  # a date, a number, a language; but "Niger" read as a DATE is Niger
        covers = ent is not None and _core(ent) == (i, j + 1)
        strong = label in PLACE_LABELS and covers
        if label in PLACE_LABELS and not covers and not _only_modifiers(tokens, ent, i, j):
            # "Gobirawar Cali", "Colonia Miguel de la Madrid": a place spaCy reads as one name
            # is not the town the gazetteer knows by part of it.
            return None
        if label in NAME_LABELS and ent.start == i - 1 and tokens[i - 1].lower_ in ARTICLE_PREFIXES:
            return None  # "El Mayo" is a man and "Al Shabaab" a group, not Mayo or a Shabaab
        hashtag = start_tok.text.startswith("#") or (i > 0 and tokens[i - 1].text == "#")
        if hashtag and i > 0 and tokens[i - 1].text == "#":
            start = tokens[i - 1].idx
        words = _region_words_after(tokens, j)
        region_word = words > 0
        if region_word:
            end = tokens[j + words].idx + len(tokens[j + words].text)
        partial = label in ("PERSON", "FAC") and not covers and not region_word
        if partial and not _joined_by_hyphen(tokens, i, j):
            # "Cabo Delegado" (a misspelt province read as a building) is not Cabo; "the
            # Tyre-Al Housh road" is named after the towns it joins.
            return None
        acronym = start_tok.text.isupper() and len(start_tok.text) <= 4
        if label == "ORG" and covers and acronym and i == j and start > DATELINE_CHARS:
            # An acronym read as an organisation ("APA can report") is no town, only a country.
            candidates = tuple(c for c in candidates if c.entry.kind == COUNTRY)
            if not candidates:
                return None
        region_word = region_word or _region_by_grammar(tokens, i, j)
        if region_word:
            # "the Belgorod region" is the oblast, not the city it is named after.
            regions = tuple(c for c in candidates if c.entry.kind in (ADMIN1, ADMIN2, REGION))
            candidates = regions or candidates
        settlement = _settlement_by_grammar(tokens, i)
        inside_name = False
        if not (strong or hashtag or region_word or settlement):
            if label in ("PERSON", "ORG", "FAC", "PRODUCT", "EVENT", "NORP") and not covers:
                # Part of a longer name: "Victoria Beckham", "Manipur Rifles"; but a road or
                # a bridge is often named after the towns it joins ("the Tyre-Al Housh road").
                if label == "PERSON":
                    return None
                if label != "FAC":
                    candidates = tuple(c for c in candidates if c.entry.kind in (COUNTRY, ADMIN1))
                    if not candidates:
                        return None
                    # "Colonia Miguel de la Madrid" names no Spanish region in a Mexican
                    # report: a region inside a longer name stands only where its country does.
                    inside_name = all(c.entry.kind == ADMIN1 for c in candidates)
            if not self._plausible_bare(tokens, i, j, key, label):
                return None
            if i == j and tokens[i].lower_ in person_words:
                return None  # "Jones said", after "Mary Jones" earlier in the article
            # An alternate name of a hamlet alone is too thin for a bare capitalised word.
            if not any(
                c.primary or c.entry.population >= 5000 or c.entry.kind != CITY for c in candidates
            ):
                return None
        surface = text[start:end]
        mention = Mention(
            start,
            end,
            surface,
            key,
            candidates,
            strong=strong or hashtag or settlement,
            region_word=region_word,
        )
        # "Hamas" (ORG) is another name of Hamm only where the article is about Germany.
        # "Arab" (NORP) is Arab, Alabama only where the article is about the United States.
        mention.needs_support = inside_name or (
            not mention.strong
            and covers
            and (
                (label == "ORG" and not any(_stands_alone(c) for c in candidates))
                or (label == "NORP" and all(c.entry.kind == CITY for c in candidates))
            )
        )
        direction = None if hashtag else _direction_before(tokens, i)
        if direction is not None:
            mention.direction, mention.direction_start = direction
            mention.direction_text = text[mention.direction_start : end]
        return mention

    def _plausible_bare(
        self, tokens: Sequence[Token], i: int, j: int, key: str, label: str | None
    ) -> bool:
        """A capitalised phrase no entity label calls a place: is it a place at all?"""
        first = tokens[i]
        comma_pair = self._in_comma_pair(tokens, i, j)
        if key in self.common and not comma_pair:
            return False
        # Capitals mean little at the start of a sentence: there the tagger decides.
        common_start = first.pos_ in WEAK_POS or first.lower_ in self._lower_words
        if i == j and first.is_sent_start and not comma_pair and common_start:
            return False
        if i == j and not comma_pair and label is None and first.lower_ in self._lower_words:
            return False  # "On", "Mobile": a word the article also writes as a common word
        if i > 0 and tokens[i - 1].lower_.rstrip(".") in PERSON_TITLES:
            return False
        if label == "PERSON":
            nxt = tokens[j + 1] if j + 1 < len(tokens) else None
            if nxt is not None and nxt.lemma_ in SPEECH_LEMMAS:
                return False
        return True

    @staticmethod
    def _in_comma_pair(tokens: Sequence[Token], i: int, j: int) -> bool:
        before = i >= 2 and tokens[i - 1].text == "," and _is_capitalised(tokens[i - 2].text)
        after = (
            j + 2 < len(tokens) and tokens[j + 1].text == "," and tokens[j + 2].text[:1].isupper()
        )
        return before or after

    def _unmatched_entities(
        self, doc: Doc, ents: list, taken: list[bool], found: dict[str, tuple[Candidate, ...]]
    ) -> list[Mention]:
        """GPE/LOC entities that no phrase matched: kept for the misspelling search."""
        out = []
        loose = [
            e
            for e in ents
            if e.label_ in PLACE_LABELS and not any(taken[t] for t in range(e.start, e.end))
        ]
        # "Ukrainian" tagged GPE is a demonym, not a misspelt "Ukraine".
        demonyms = self.gaz.lookup([DEMONYM_PREFIX + self._entity_key(e) for e in loose])
        for ent in loose:
            key = self._entity_key(ent)
            if not key or len(key) < 4 or demonyms.get(DEMONYM_PREFIX + key):
                continue
            cands = found.get(key, ())
            out.append(
                Mention(ent.start_char, ent.end_char, ent.text, key, cands, strong=True, fuzzy=True)
            )
            for t in range(ent.start, ent.end):
                taken[t] = True
        return out


# "Olumbi, in the district of Palma", "Zaman Park in Lahore": what may lie between a place and
# the place that holds it.
_CONTAINER_GAP = re.compile(
    r"\s*,\s*(?:in\s+)?(?:the\s+)?(?:(?:district|province|region|state|county|governorate|"
    r"municipality)\s+of\s+)?|\s+in\s+(?:the\s+)?(?:(?:north|south|east|west|central|"
    r"northern|southern|eastern|western)\s+)?(?:(?:district|province|region|state|county|"
    r"governorate|municipality)\s+of\s+)?"
    # "Barak, northeast of Suwayda", "Mansouri, 10 km south of Tyre": a place near another.
    r"|\s*,?\s*(?:about\s+|some\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)


NAMED_SETTLEMENT = frozenset(("village", "town", "hamlet", "barangay", "brgy", "sitio"))


def _settlement_mentions(tokens: Sequence[Token], taken: list[bool], text: str) -> list[Mention]:
    """'the village of Baeti', 'Brgy Anomar', 'Chikim village': a name the grammar calls a
    settlement, kept even when no gazetteer knows it (it is then placed by its context)."""
    out = []
    n = len(tokens)
    for k in range(n):
        word = tokens[k].lower_.rstrip(".")
        if word not in NAMED_SETTLEMENT:
            continue
        after = k + 2 if k + 1 < n and tokens[k + 1].lower_ == "of" else k + 1
        after = _past_gloss(tokens, after)  # "Barangay (village) Benli"
        span = _capitalised_run(tokens, taken, after, 1)
        if span is None and k >= 1:
            span = _capitalised_run(tokens, taken, k - 1, -1)
        if span is None:
            continue
        # Not searched as a misspelling: a named village is more likely one the gazetteer
        # lacks than a misspelt town ("Sitio Bulak" is not Bulan).
        out.append(_claim_named(tokens, taken, text, span))
    return out


def _overlap(a: Mention, b: Mention) -> bool:
    return a.start < b.end and b.start < a.end


def _claim_named(
    tokens: Sequence[Token], taken: list[bool], text: str, span: tuple[int, int]
) -> Mention:
    """A strong mention of a settlement named by its context, its tokens marked as taken."""
    i, j = span
    start, end = tokens[i].idx, tokens[j].idx + len(tokens[j].text)
    surface = text[start:end]
    for t in range(i, j + 1):
        taken[t] = True
    return Mention(start, end, surface, normalize(surface), (), strong=True)


def _past_gloss(tokens: Sequence[Token], k: int) -> int:
    """The token after a short parenthesis that starts at k ('(village)'), else k."""
    if k < len(tokens) and tokens[k].text == "(":
        for m in range(k + 1, min(k + 4, len(tokens))):
            if tokens[m].text == ")":
                return m + 1
    return k


@cache
def name_heads() -> frozenset[str]:
    return _word_list("places_name_heads.tsv") | neighbourhood_words()


LOCATIVES = frozenset(("in", "at", "near", "from", "outside", "around"))


def _headed_mentions(tokens: Sequence[Token], taken: list[bool], text: str) -> list[Mention]:
    """'in Umm Dam Haj Ahmed': after a locative, a name that begins like a village's name."""
    heads = name_heads()
    neighbourhoods = neighbourhood_words()
    out = []
    n = len(tokens)
    for k in range(1, n):
        tok = tokens[k]
        if taken[k] or tokens[k - 1].lower_ not in LOCATIVES:
            continue
        if tok.lower_ in ARTICLE_PREFIXES and k + 2 < n and tokens[k + 1].text == "-":
            # "in al-Hara": an Arabic article joined to a name
            rest = _capitalised_run(tokens, taken, k + 2, 1, limit=3)
            span = (k, rest[1]) if rest is not None and not taken[k + 1] else None
        elif tok.lower_ in heads:
            # A neighbourhood's name takes in the names it is made of ("Colonia Miguel de la
            # Madrid" is no mention of Madrid).
            free = [False] * n if tok.lower_ in neighbourhoods else taken
            span = _capitalised_run(tokens, free, k, 1, limit=4)
            if span is not None and span[1] == k:
                span = None  # a head word alone ("in Ras") is too little
        else:
            continue
        if span is not None:
            out.append(_claim_named(tokens, taken, text, span))
    return out


def _capitalised_run(
    tokens: Sequence[Token], taken: list[bool], at: int, step: int, limit: int = 3
) -> tuple[int, int] | None:
    """Up to ``limit`` capitalised, unclaimed tokens from ``at`` going forward (1) or back
    (-1)."""
    run = []
    names = 0
    k = at
    while 0 <= k < len(tokens) and names < limit:
        tok = tokens[k]
        if step > 0 and run and _joins_names(tokens, taken, k):
            run.append(k)  # "Colonia Miguel de la Madrid": "de" and "la" join the name
            k += step
            continue
        if (
            taken[k]
            or not tok.text[:1].isupper()
            or not tok.is_alpha
            or (tok.is_sent_start and step < 0)
        ):
            break
        run.append(k)
        names += 1
        k += step
    while run and not tokens[run[-1]].text[:1].isupper():
        run.pop()
    if not run:
        return None
    return min(run), max(run)


def _joins_names(tokens: Sequence[Token], taken: list[bool], k: int) -> bool:
    """A lowercase connector between two capitalised words of one name."""
    return (
        not taken[k]
        and tokens[k].lower_ in CONNECTORS
        and k + 1 < len(tokens)
        and (tokens[k + 1].text[:1].isupper() or tokens[k + 1].lower_ in CONNECTORS)
    )


def _mark_dateline(mentions: list[Mention]) -> None:
    """A place in capitals at the very start is the dateline: it weighs double as context."""
    for m in mentions:
        if m.start > DATELINE_CHARS:
            break
        if m.text.isupper() and len(m.text) > 2:
            m.dateline = True
            if m.container is not None:
                m.container.dateline = True


def _link_containers(mentions: list[Mention], text: str) -> None:
    """'Paris, Texas', 'Avdiivka in the Chernihiv region': the second place holds the first."""
    for a, b in itertools.pairwise(mentions):
        if _CONTAINER_GAP.fullmatch(text[a.end : b.start]):
            a.container = b
            b.holds = True


# ---------------------------------------------------------------------------------------------
# Resolution


def _prior(c: Candidate, mention: Mention) -> float:
    e = c.entry
    score = KIND_PRIOR.get(e.kind, 0.0) + POPULATION_WEIGHT * math.log10(e.population + 10)
    if c.primary:
        score += PRIMARY_BONUS
    elif e.kind == CITY and mention.has_primary:
        score -= ALTERNATE_PENALTY  # "Mexico" is Mexico before it is an alias of its capital
    if e.kind in (CITY, ADMIN2) and mention.wide_namesake:
        score -= WIDE_NAMESAKE_PENALTY  # "the Atlantic" is the ocean, not Atlantic, Iowa
    if e.feature_code == "PPLC":
        score += CAPITAL_BONUS
    if c.primary and e.pid == mention.dominant_city:
        score += DOMINANT_BONUS  # Portland is Oregon's unless the article says otherwise
    if mention.region_word:
        score += REGION_WORD_BONUS if e.kind in (ADMIN1, ADMIN2, REGION) else -REGION_WORD_BONUS
    if e.kind != CITY and mention.key.endswith(" city"):
        score -= CITY_WORD_PENALTY  # "Gaza City" is the city, not the Gaza Strip
    if mention.fuzzy:
        score -= 0.5 * c.entry.kind  # a misspelt name is more likely a well-known one
    if e.kind in (ADMIN1, ADMIN2) and not mention.region_word and _has_namesake_city(c, mention):
        # "Chernihiv" alone is the city, not its oblast or raion
        score -= ADMIN1_NAMESAKE_PENALTY if e.kind == ADMIN1 else ADMIN2_NAMESAKE_PENALTY
    return score


def _has_namesake_city(c: Candidate, mention: Mention) -> bool:
    e = c.entry
    return any(
        o.entry.kind == CITY
        and o.entry.population >= NAMESAKE_CITY_POPULATION
        and o.entry.country_code == e.country_code
        and o.entry.admin1 == e.admin1
        for o in mention.candidates
    )


def _weight(m: Mention) -> float:
    """How much a mention's chosen entry says about where the article is."""
    e = m.best.entry
    weight = 1.0 if m.strong else 0.6
    if len({c.entry.country_code for c in m.candidates}) == 1:
        weight += 0.5  # unambiguous as to country
    if m.dateline:
        weight *= 2
    if e.kind == CITY and not m.best.primary and e.population < HAMLET_POPULATION:
        weight *= HAMLET_ALIAS_WEIGHT  # "Nasir" as another name of a Sudanese hamlet
    return weight


def _likely(m: Mention) -> list[tuple[Candidate, float]]:
    """A mention's top candidates with their softmax shares: an undecided name ("Huntsville")
    lends some weight to each of its readings, so two names that only make sense together
    (Huntsville and Walker County, both in Texas) find each other."""
    if not m.scores or len(m.scores) != len(m.candidates):
        return [(m.best, 1.0)]
    top = max(m.scores)
    ranked = heapq.nlargest(SOFT_TOP, range(len(m.scores)), key=m.scores.__getitem__)
    probs = [(m.candidates[k], math.exp((m.scores[k] - top) / SOFT_T)) for k in ranked]
    total = sum(p for _, p in probs)
    return [(c, p / total) for c, p in probs]


@dataclass(slots=True)
class Context:
    """What the places of the article say: weights per country and per region."""

    countries: Counter = field(default_factory=Counter)
    admin1s: Counter = field(default_factory=Counter)
    points: dict[str, tuple[float, float]] = field(default_factory=dict)
    country_total: float = 0.0
    admin1_total: float = 0.0
    # (country, admin1, admin2) -> keys of the names that may mean that district or a town in it
    districts: dict[tuple, set[str]] = field(default_factory=dict)

    def focus(self) -> str | None:
        return self.countries.most_common(1)[0][0] if self.countries else None

    def add(self, m: Mention, sign: float = 1.0) -> None:
        """Count a mention's chosen entry in (sign 1) or out (sign -1)."""
        if m.best is None:
            return
        weight = sign * _weight(m)
        for c, p in _likely(m):
            e = c.entry
            if e.country_code:
                share = weight * p * (1.5 if e.kind == COUNTRY else 1.0)
                self.countries[e.country_code] += share
                self.country_total += share
            if e.admin1 and e.kind != COUNTRY:
                self.admin1s[(e.country_code, e.admin1)] += weight * p
                self.admin1_total += weight * p

    def place(self, m: Mention) -> None:
        """Keep the point of a mention's town, the first named first, for nearness."""
        e = m.best.entry if m.best is not None else None
        if e is None or e.kind not in (CITY, ADMIN2):
            self.points.pop(m.key, None)
        elif m.key in self.points or len(self.points) < MAX_POINTS:
            self.points[m.key] = (e.lat, e.lon)


def _context(mentions: Sequence[Mention]) -> Context:
    ctx = Context()
    for m in mentions:
        ctx.add(m)
        if m.key not in ctx.points:
            ctx.place(m)
    return ctx


def _context_score(c: Candidate, m: Mention, ctx: Context, own: Context) -> float:
    """What the other names of the article say for a candidate (``own``: this name's share)."""
    e = c.entry
    total = ctx.country_total - own.country_total
    score = 0.0
    if total > 0 and e.country_code:
        share = (ctx.countries[e.country_code] - own.countries[e.country_code]) / total
        score += COUNTRY_WEIGHT * share
    admin_total = ctx.admin1_total - own.admin1_total
    if admin_total > 0 and e.admin1 and e.kind != COUNTRY:
        key = (e.country_code, e.admin1)
        score += ADMIN1_WEIGHT * (ctx.admin1s[key] - own.admin1s[key]) / admin_total
    if e.kind in (CITY, ADMIN2) and ctx.points and ctx.countries[e.country_code]:
        near = min(
            (
                _flat_km(e.lat, e.lon, lat, lon)
                for key, (lat, lon) in ctx.points.items()
                if key != m.key
            ),
            default=None,
        )
        if near is not None and near < NEAR_KM:
            score += NEAR_WEIGHT * (1 - near / NEAR_KM)
    # "Paris" and "Henry County": a town that may lie in a district another name may mean.
    if e.admin2 and ctx.districts.get((e.country_code, e.admin1, e.admin2), set()) - {m.key}:
        score += NESTED_BONUS
    return score


def _districts(mentions: Sequence[Mention]) -> dict[tuple, set[str]]:
    """Every district that one name may mean, or hold a town that it may mean."""
    out: dict[tuple, set[str]] = defaultdict(set)
    for m in mentions:
        for c in m.candidates:
            e = c.entry
            if e.kind in (CITY, ADMIN2) and e.admin2:
                out[(e.country_code, e.admin1, e.admin2)].add(m.key)
    return out


def _flat_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance on a flat map: close enough under a few hundred km, and much cheaper."""
    dx = (lon1 - lon2) * math.cos(math.radians((lat1 + lat2) / 2))
    return 111.2 * math.hypot(lat1 - lat2, dx)


def _inside(inner: Entry, outer: Entry) -> bool:
    if inner.country_code != outer.country_code or inner.pid == outer.pid:
        return False
    if outer.kind == COUNTRY:
        return True
    if outer.kind == ADMIN1:
        return inner.admin1 == outer.admin1 and inner.kind != ADMIN1
    return False


def resolve(mentions: list[Mention]) -> None:
    """Choose each mention's entry in place (``best``), using the whole article as context."""
    groups: dict[tuple, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.candidates:
            pids = tuple(c.entry.pid for c in m.candidates)
            groups[(m.key, m.region_word, m.fuzzy, pids)].append(m)
    for m in mentions:
        if m.candidates:
            priors = [_prior(c, m) for c in m.candidates]
            m.scores = priors
            m.best = m.candidates[priors.index(max(priors))]
    # A choice changes the context of the others. The first round scores every name against the
    # priors' context at once; later rounds rescore the names one after another against the
    # context as it stands (all at once, two names can swing each other back and forth forever).
    ctx = _context(mentions)
    ctx.districts = _districts(mentions)
    for round_ in range(MAX_ROUNDS):
        changed = False
        if round_ == 0:
            picks = [(members, _rescore(members, ctx)) for members in groups.values()]
            for members, scores in picks:
                changed |= _choose(members, scores, ctx)
        else:
            for members in groups.values():
                changed |= _choose(members, _rescore(members, ctx), ctx)
        if round_ and not changed:  # round 0 changes the shares even when no choice moves
            break


def _rescore(members: list[Mention], ctx: Context) -> list[list[float]]:
    """Each mention's candidate scores against the context the other names give."""
    own = _context(members)
    # One sense per article: every mention of a name shares its scores, containers aside.
    first = members[0]
    base = [_prior(c, first) + _context_score(c, first, ctx, own) for c in first.candidates]
    # "Paris, Tenn." once makes every later "Paris" of the article the one in Tennessee.
    held = [0.0] * len(base)
    for m in members:
        if m.container is not None and m.container.best is not None:
            for k, c in enumerate(m.candidates):
                if _inside(c.entry, m.container.best.entry):
                    held[k] = CONTAINER_BONUS
    return [
        [
            b + h + (HOLDER_BONUS if m.holds and c.entry.kind != CITY else 0.0)
            for b, h, c in zip(base, held, m.candidates, strict=True)
        ]
        for m in members  # "Buffalo, New York" is in the state; "New York" alone, the city
    ]


def _choose(members: list[Mention], scores: list[list[float]], ctx: Context) -> bool:
    """Each mention takes its best-scored candidate; ``ctx`` follows. True when one changed."""
    changed = False
    for m, own_scores in zip(members, scores, strict=True):
        ctx.add(m, -1.0)
        m.scores = own_scores
        best = m.candidates[own_scores.index(max(own_scores))]
        changed |= best is not m.best
        m.best = best
        ctx.add(m)
    if changed:
        ctx.place(members[0])
    return changed


def confidence(m: Mention) -> float:
    """The chosen entry's share of the softmax over its candidates, times how sure the span is."""
    if not m.scores:
        return 0.0
    top = max(m.scores)
    total = sum(math.exp(s - top) for s in m.scores)
    share = 1.0 / total
    certainty = 1.0 if m.strong else 0.8
    if m.fuzzy:
        certainty *= 0.7
    return round(share * certainty, 3)


def _fuzzy(gaz: gazetteer.Gazetteer, mentions: list[Mention], focus: str | None) -> None:
    """Misspelt names ('Donestk'): the nearest name of the focus country by edit distance."""
    if focus is None:
        return
    names = gaz.names_in_country(focus)
    if not names:
        return
    by_initial = _names_by_initial(gaz, focus)
    searched = 0
    for m in mentions:
        if not m.fuzzy or m.candidates or searched >= MAX_FUZZY or len(m.key) < 5:
            continue
        searched += 1
        limit = 1 if len(m.key) <= 8 else 2
        # A misspelling keeps its first letter; searching only those names is 20 times faster.
        keys = by_initial.get(m.key[0], [])
        hit = process.extractOne(m.key, keys, scorer=OSA.distance, score_cutoff=limit)
        if hit is not None:
            m.candidates = tuple(Candidate(gaz.entry(p), True) for p in names[hit[0]])


@cache
def _names_by_initial(gaz: gazetteer.Gazetteer, cc: str) -> dict[str, list[str]]:
    grouped: dict[str, list[str]] = defaultdict(list)
    for key in gaz.names_in_country(cc):
        grouped[key[0]].append(key)
    return dict(grouped)


def _place_unknowns(gaz: gazetteer.Gazetteer, mentions: list[Mention], focus: str | None) -> None:
    """Places spaCy names that no gazetteer entry matches: put them where their context is."""
    local = [
        m
        for m in mentions
        if m.best is not None and not m.unknown and m.best.entry.country_code == focus
    ]
    # A village is better put in the region the article names than at the country's middle.
    towns = [
        m
        for m in mentions
        if m.best is not None and not m.unknown and m.best.entry.kind not in (COUNTRY, CONTINENT)
    ]
    anchor = (
        _focus_place([m for m in towns if m.best.entry.country_code == focus])
        or _focus_place(towns)
        or _focus_place(local)
    )
    # Right to left: "Olumbi, in the district of Palma" needs Palma placed first.
    for m in reversed(mentions):
        if m.best is not None or not m.strong or not _looks_like_a_name(gaz, m.text):
            continue
        outer = m.container.best if m.container is not None else None
        if outer is not None and outer.entry.kind == COUNTRY:
            # "Umm Dam in central Sudan": a region of that country named nearby says more.
            within = [o for o in local if o.best.entry.country_code == outer.entry.country_code]
            outer = _nearest_before(within, m.start, kinds=(ADMIN1,)) or outer
        m.best = (
            outer
            or _nearest_after(mentions, m.end, NEAR_AFTER_CHARS)
            or _nearest_before(local, m.start)
            or _nearest_after(mentions, m.end, 3 * NEAR_AFTER_CHARS)
            or anchor
        )
        if m.best is not None:
            m.unknown, m.scores = True, [0.0]


NEAR_AFTER_CHARS = 50


def _nearest_after(mentions: Sequence[Mention], end: int, reach: int) -> Candidate | None:
    """The town named right after a position ('the village of X near the city of Tyre')."""
    for m in mentions:
        if m.start < end or m.best is None or m.unknown:
            continue
        if m.start > end + reach:
            return None
        if m.best.entry.kind in (CITY, ADMIN2, REGION):
            return m.best
    return None


def _nearest_before(
    local: Sequence[Mention],
    start: int,
    reach: int = 400,
    kinds: tuple[int, ...] = (CITY, ADMIN2, REGION),
) -> Candidate | None:
    """The town or district named last before a position, within a paragraph's reach."""
    before = [m for m in local if m.start < start <= m.start + reach and m.best.entry.kind in kinds]
    return before[-1].best if before else None


def _looks_like_a_name(gaz: gazetteer.Gazetteer, text: str) -> bool:
    """Every word capitalised, none a demonym or a common word ('Eastern Ukrainian' is not);
    a leading Arabic article may be lowercase ('al-Hara')."""
    words = [w for w in re.split(r"[\s\-]+", text.strip().lstrip("#")) if w]
    if len(words) > 1 and words[0] in ARTICLE_PREFIXES:
        words = words[1:]
    words = [w for w in words if w not in CONNECTORS]  # "Colonia Vicente de la Vega"
    if not words or len(words) > 4:
        return False
    keys = [normalize(w) for w in words]
    demonyms = gaz.lookup([DEMONYM_PREFIX + k for k in keys])
    common = common_words()
    # "Zaman Park", "Kafr Street": a common word may end a name that begins with a proper one.
    return all(
        w[:1].isupper() and not demonyms[DEMONYM_PREFIX + k] and (k not in common or i > 0)
        for i, (w, k) in enumerate(zip(words, keys, strict=True))
    )


DIRECTION_CONFIDENCE = 0.5


def _part_of_area(m: Mention) -> Place | None:
    """'southern Iraq', 'central Sudan': the middle of that part of the country or region."""
    e = m.best.entry if m.best is not None else None
    if m.direction is None or e is None or e.kind not in (COUNTRY, ADMIN1) or not e.country_code:
        return None
    admin1 = e.admin1 if e.kind == ADMIN1 else None
    point = directional_point(gazetteer.load().parts_of(e.country_code, admin1), m.direction)
    if point is None:
        return None
    word = m.direction_text.split()[0].split("-")[0].capitalize() if m.direction_text else ""
    return Place(
        text=m.direction_text or m.text,
        start=m.direction_start if m.direction_text else m.start,
        end=m.end,
        name=f"{word} {e.name}" if word else e.name,
        geonameid=None,
        country_code=e.country_code,
        admin1=admin1,
        admin2=None,
        lat=round(point[0], 4),
        lon=round(point[1], 4),
        feature_code="RGN",  # GeoNames' code for a region: a part of the area, not the area
        confidence=DIRECTION_CONFIDENCE,
    )


def to_place(m: Mention) -> Place:
    assert m.best is not None
    part = _part_of_area(m)
    if part is not None:
        return part
    e = m.best.entry
    if m.unknown:
        # A village the gazetteer lacks, placed at the town or region that holds it (ACLED's
        # "near" precision): its own name, no GeoNames id, a low confidence.
        local = e.kind in (CITY, ADMIN2)
        return Place(
            text=m.text,
            start=m.start,
            end=m.end,
            name=m.text.lstrip("#"),
            geonameid=None,
            country_code=e.country_code,
            admin1=e.admin1,
            admin2=e.admin2 if local else None,
            lat=e.lat,
            lon=e.lon,
            feature_code=None,
            confidence=UNKNOWN_CONFIDENCE,
        )
    return Place(
        text=m.text,
        start=m.start,
        end=m.end,
        name=e.name,
        geonameid=e.geonameid,
        country_code=e.country_code,
        admin1=e.admin1,
        admin2=e.admin2,
        lat=e.lat,
        lon=e.lon,
        feature_code=e.feature_code,
        confidence=confidence(m),
    )


def _drop_strays(mentions: list[Mention], strong: Context) -> None:
    """A village abroad that nothing else in a one-country article points to ('the village of
    Barak' read as a hamlet in Iran, in a report on Syria) is more likely one the gazetteer
    lacks: it is put by its context instead."""
    focus = strong.focus()
    # Countries named in passing ("Russia's backing") say nothing of where the towns are.
    towns = Counter(
        m.best.entry.country_code
        for m in mentions
        if m.strong and m.best is not None and m.best.entry.kind != COUNTRY
    )
    if focus is None:
        return
    by_towns = towns[focus] >= STRAY_FOCUS_SHARE * sum(towns.values())
    if not by_towns and strong.countries[focus] < STRAY_FOCUS_SHARE * strong.country_total:
        return
    for m in mentions:
        if m.best is None or not m.strong:
            continue
        e = m.best.entry
        if e.country_code == focus or e.kind == COUNTRY or e.country_code is None:
            continue
        # "the district of Palma" in a report on Mozambique is not the Palma in Spain.
        small_town = e.kind in (CITY, ADMIN2) and e.population < STRAY_MAX_POPULATION
        town_for_region = e.kind == CITY and m.region_word  # asked for a region, found a town
        if not (small_town or town_for_region):
            continue
        others = sum(
            1
            for o in mentions
            if o.key != m.key and o.best and o.best.entry.country_code == e.country_code
        )
        if others == 0:
            home = [k for k, c in enumerate(m.candidates) if c.entry.country_code == focus]
            if home and m.scores:
                m.best = m.candidates[max(home, key=lambda k: m.scores[k])]
            else:
                m.best, m.scores = None, []


def _drop_neighbourhood_namesakes(mentions: list[Mention]) -> None:
    """'Colonia Miguel Hidalgo' is a part of the article's town, not the village of that name
    the gazetteer knows: it is placed by its context instead."""
    words = neighbourhood_words()
    for m in mentions:
        if m.best is not None and " " in m.text and m.text.split(" ", 1)[0].casefold() in words:
            m.best, m.scores = None, []
            m.strong = True  # the head word says it is a place


DISTRICT_REACH_KM = 60.0


def _drop_districts_elsewhere(mentions: list[Mention]) -> None:
    """'Baguio District, Davao City': a district of a city is in that city, not a namesake
    town far away: it is put at the city, under its own name."""
    for m in mentions:
        outer = m.container.best if m.container is not None else None
        if m.best is None or outer is None or not m.region_word:
            continue
        e, o = m.best.entry, outer.entry
        if (
            e.kind == CITY
            and o.kind == CITY
            and _flat_km(e.lat, e.lon, o.lat, o.lon) > (DISTRICT_REACH_KM)
        ):
            m.best, m.scores, m.unknown = outer, [0.0], True


def _support_from_others(mentions: Sequence[Mention]) -> dict[str, Counter]:
    """Per name, how strongly the other names of the article point to each country."""
    per_key: dict[str, Counter] = defaultdict(Counter)
    total: Counter = Counter()
    for m in mentions:
        if m.best is not None and m.best.entry.country_code:
            weight = 1.0 if m.strong else 0.5
            per_key[m.key][m.best.entry.country_code] += weight
            total[m.best.entry.country_code] += weight
    return {key: total - own for key, own in per_key.items()}


def _keep(m: Mention, support: dict[str, Counter]) -> bool:
    """Weak readings (a PERSON-tagged or bare capitalised word) stand only when they fit."""
    if m.best is None:
        return False
    if m.strong or (m.region_word and m.best.entry.kind in (ADMIN1, ADMIN2, REGION)):
        return True  # "the Maru Local Government Area": the grammar says it is a region
    e = m.best.entry
    fits = support.get(m.key, Counter())[e.country_code] >= 1.0 if e.country_code else False
    if m.needs_support:
        return fits
    if e.kind in (COUNTRY, REGION, CONTINENT) or (e.kind == ADMIN1 and m.best.primary):
        return True
    return fits or e.population >= 100_000


def _text_of(doc: Doc, analysis: Analysis) -> str:
    """The article's text, which the Doc was made from (Doc.text rebuilds it token by token)."""
    text = analysis.article.text
    last = doc[-1] if len(doc) else None
    if last is not None and last.idx + len(last.text_with_ws) == len(text):
        return text
    return doc.text


class PlaceResolver:
    """The places stage: recognise toponyms, then resolve them with the article as context."""

    def __init__(self) -> None:
        self._recognizer: Recognizer | None = None

    @classmethod
    def prepare(cls) -> None:
        """Build the gazetteer index if it is missing (run at install time by `sitrep setup`)."""
        gazetteer.load()

    @property
    def recognizer(self) -> Recognizer:
        if self._recognizer is None:
            self._recognizer = Recognizer(gazetteer.load())
        return self._recognizer

    def __call__(self, doc: Doc, analysis: Analysis) -> list[Place]:
        mentions = self.recognizer(doc, _text_of(doc, analysis))
        return self.resolve_mentions(mentions)

    def resolve_mentions(self, mentions: list[Mention]) -> list[Place]:
        resolve(mentions)
        ctx = _context(mentions)
        if any(m.fuzzy and not m.candidates for m in mentions):
            _fuzzy(self.recognizer.gaz, mentions, ctx.focus())
            resolve(mentions)
            ctx = _context(mentions)
        strong = _context([m for m in mentions if m.strong or m.dateline])
        _drop_strays(mentions, strong)
        _drop_districts_elsewhere(mentions)
        _drop_neighbourhood_namesakes(mentions)
        _place_unknowns(self.recognizer.gaz, mentions, strong.focus())
        support = _support_from_others(mentions)
        return [to_place(m) for m in mentions if _keep(m, support)]

    def resolve_spans(self, text: str, spans: Iterable[tuple[int, int]]) -> list[Place | None]:
        """Resolve given toponym spans (gold spans, in evaluation) with each other as context."""
        gaz = self.recognizer.gaz
        spans = list(spans)
        keys = [_span_key(text[s:e]) for s, e in spans]
        found = gaz.lookup(keys)
        mentions = []
        for (s, e), key in zip(spans, keys, strict=True):
            region_word = key.rsplit(" ", 1)[-1] in REGION_WORDS if " " in key else False
            full_key = key
            key, cands = _span_candidates(gaz, text[s:e], key, found.get(key, ()), region_word)
            mention = Mention(s, e, text[s:e], key, cands, region_word=region_word, fuzzy=not cands)
            # A name found only inside the span ("Wing" in "West Wing") is a weak clue.
            # "Bank of Japan", "University of Alberta": named after the place it is in.
            mention.strong = (
                key == full_key
                or key.startswith((ABBREV_PREFIX, DEMONYM_PREFIX))
                or full_key.endswith(" of " + key)
            )
            mentions.append(mention)
        mentions.sort(key=lambda m: m.start)
        _link_containers(mentions, text)
        _mark_dateline(mentions)
        resolve(mentions)
        if any(not m.candidates for m in mentions):
            _fuzzy(gaz, mentions, _context(mentions).focus())
            resolve(mentions)
        by_span = {(m.start, m.end): m for m in mentions}
        fallback = _focus_place([m for m in mentions if m.strong])
        countries = _context([m for m in mentions if m.strong]).countries
        out: list[Place | None] = []
        for s, e in spans:
            m = by_span[(s, e)]
            if m.best is not None and not m.strong and countries[m.best.entry.country_code] < 1:
                m.best = None  # an inner name abroad: the article's own place is the better bet
            if m.best is not None and _common_word_hamlet(m):
                m.best = None  # "Congress" is the one in Washington, not Congress, Arizona
            if m.best is None and fallback is not None:
                # A name the gazetteer lacks (a street, a building) is most likely in the town
                # the article is about.
                m.best, m.scores = fallback, [0.0, 0.0]
            out.append(to_place(m) if m.best is not None else None)
        return out


def _common_word_hamlet(m: Mention) -> bool:
    e = m.best.entry
    return m.key in common_words() and e.kind == CITY and e.population < NAMESAKE_CITY_POPULATION


def _span_candidates(
    gaz: gazetteer.Gazetteer, surface: str, key: str, cands: tuple, region_word: bool
) -> tuple[str, tuple[Candidate, ...]]:
    """Candidates for a given span: its name, else as an abbreviation, a demonym, or the name
    without its region word."""
    surface = surface.strip()
    tries = []
    if surface.endswith(".") or (len(surface) in (2, 3) and surface.isupper()):
        tries.append(abbrev_key(surface))
    # A demonym first: "Canadian" is Canada before it is Canadian County.
    tries.append(DEMONYM_PREFIX + key)
    tries.append(key)
    if region_word:
        tries.append(key.rsplit(" ", 1)[0])
    found = gaz.lookup(tries)
    for attempt in tries:
        if found.get(attempt):
            return attempt, found[attempt]
    return _inner_name(gaz, surface, key)


def _inner_name(
    gaz: gazetteer.Gazetteer, surface: str, key: str
) -> tuple[str, tuple[Candidate, ...]]:
    """The longest place name inside an unknown one ('University of California', 'Lake
    Manassas'): a building or a feature is usually in or near the place it is named after."""
    words = [w for w in re.split(r"[\s/\-]+", surface) if w]
    if len(words) < 2 or len(words) > 8:
        return key, ()
    common = common_words()
    grams = [
        normalize(" ".join(words[a:b]))
        for size in range(len(words) - 1, 0, -1)
        for a in range(len(words) - size + 1)
        for b in [a + size]
        if words[a][:1].isupper() and words[b - 1][:1].isupper()
    ]
    grams = [g for g in grams if g and g not in common]
    # "US Federal Reserve", "European Central Bank": a country's code or demonym inside.
    tries = grams + [abbrev_key(w) for w in words if w.isupper()]
    tries += [DEMONYM_PREFIX + normalize(w) for w in words]
    found = gaz.lookup(tries)
    for attempt in tries:
        if found.get(attempt):
            return attempt, found[attempt]
    return key, ()


def _focus_place(mentions: Sequence[Mention]) -> Candidate | None:
    """The most named town of the article, else its most named region or country."""
    counts: Counter = Counter()
    by_pid: dict[int, Candidate] = {}
    for m in mentions:
        if m.best is not None:
            pid = m.best.entry.pid
            counts[pid] += (1 + (m.best.entry.kind in (CITY, ADMIN2)) * 2) * (
                DATELINE_FOCUS if m.dateline else 1
            )
            by_pid[pid] = m.best
    if not counts:
        return None
    return by_pid[counts.most_common(1)[0][0]]


def _span_key(text: str) -> str:
    text = text.strip().lstrip("#")
    for prefix in ("the ", "The "):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    return normalize(text)
