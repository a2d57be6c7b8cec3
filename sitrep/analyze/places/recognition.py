"""Place mentions: the stretches of an article that may name a place, found by spaCy's entities
and the gazetteer together.

The small model tags many towns as PERSON or ORG (or nothing), so every capitalised phrase,
hashtag and "X region" is also looked up, and spaCy's labels then decide which readings stand.
Grammar adds what no gazetteer knows: "the village of X", "in Umm X", "in Colonia X". Each
mention carries its gazetteer candidates; choosing among them is ``resolution.py``'s work.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import math
import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pycountry
from spacy.tokens import Doc, Span, Token

from sitrep import gazetteer
from sitrep.analyze.tokens import doc_text, tokens_of
from sitrep.gazetteer import (
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

DATA = Path(__file__).resolve().parents[2] / "data"

MAX_TOKENS = 6  # the longest name looked up, in tokens (hyphens count)
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
        "i",  # the Persian ezafe of "Mazar-i-Sharif", "Pul-i-Khumri"
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
# Units below a district that wires name (Myanmar's townships, the Sahel's communes,
# Pakistan's tehsils, Bangladesh's upazilas, Ethiopia's woredas, Cameroon's divisions):
# region words only in lower case, as "Washington Township" is a name of its own; and
# Nigeria's local government areas by their initials ("Riyom LGA"), which no place's own
# name ends with.
LOWER_REGION_WORDS = frozenset(
    ["township", "commune", "tehsil", "upazila", "woreda", "LGA", "division"]
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
NUMBER_LABELS = frozenset(("CARDINAL", "ORDINAL", "QUANTITY"))
WEAK_POS = frozenset(
    ["VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "NUM", "ADJ", "INTJ"]
)

DOMINANT_POPULATION = 250_000  # a city this big and ten times any namesake
DOMINANT_RATIO = 10


def _word_list(name: str) -> frozenset[str]:
    """A one-word-per-line list of sitrep/data ('#' starts a comment), folded to lower case."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(w.strip().casefold() for w in lines if w.strip() and not w.startswith("#"))


@dataclass(frozen=True, slots=True)
class PlaceWords:
    """The word lists of sitrep/data the places stage reads (``Resources.lexicons.places``)."""

    common: frozenset[str]  # common words that also name hamlets ("Congress")
    neighbourhoods: frozenset[str]  # words that open a neighbourhood's name ("Colonia")
    name_heads: frozenset[str]  # words that open a village's name, neighbourhoods included
    institutions: frozenset[str] = frozenset()  # "Police", "University": named after a place
    town_parts: frozenset[str] = frozenset()  # "X, a favela in ...": X is a part of a town
    streets: frozenset[str] = frozenset()  # "X street", "X avenue": X names a street, no place
    areas: frozenset[str] = frozenset()  # "the outskirts of X", "the X area": X is a place
    roads: frozenset[str] = frozenset()  # "the Kano-Maiduguri road": the towns it joins
    local_sources: frozenset[str] = frozenset()  # "Nigerian police said": who tells of home
    state_agents: frozenset[str] = frozenset()  # "the U.S. military": who acts abroad
    whose_suffixes: frozenset[str] = frozenset()  # "Iran-backed": whose, not where
    offices: frozenset[str] = frozenset()  # "a local official in X said": X is a seat nearby
    strikes: frozenset[str] = frozenset()  # "U.S. airstrikes near Saada": who struck, not where
    # "Gulyaipole" as "Huliaipole": rewrites that fold a name's spellings into one
    spelling_folds: tuple[tuple[re.Pattern[str], str], ...] = ()

    def fold_spelling(self, key: str) -> str:
        """A name key with its transliteration's choices folded ('gulyaipole' and
        'huliaipole' both 'guliaipole')."""
        for pattern, repl in self.spelling_folds:
            key = pattern.sub(repl, key)
        return key


def load_place_words() -> PlaceWords:
    """The word lists, read anew: keep them (``Resources.lexicons.places`` does)."""
    neighbourhoods = _word_list("places_neighbourhood_words.tsv")
    return PlaceWords(
        common=_word_list("places_common_words.tsv"),
        neighbourhoods=neighbourhoods,
        name_heads=_word_list("places_name_heads.tsv") | neighbourhoods,
        institutions=_word_list("places_institution_words.tsv"),
        town_parts=_word_list("places_town_part_words.tsv"),
        streets=_word_list("places_street_words.tsv"),
        areas=_word_list("places_area_words.tsv"),
        roads=_word_list("places_road_words.tsv"),
        local_sources=_word_list("places_local_source_words.tsv"),
        state_agents=_word_list("places_state_agent_words.tsv"),
        whose_suffixes=_word_list("places_whose_suffixes.tsv"),
        offices=_word_list("places_office_words.tsv"),
        strikes=_word_list("places_strike_words.tsv"),
        spelling_folds=_rewrites("places_spelling_folds.tsv"),
    )


def _rewrites(name: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    """Tab-separated (pattern, replacement) lines of sitrep/data, in order ('#' comments)."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    rows = (line.split("\t") for line in lines if line.strip() and not line.startswith("#"))
    return tuple((re.compile(pattern), repl) for pattern, repl in rows)


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
    city_word: bool = False  # "San Pedro City", "Gaza City": the city, and a chartered one
    fuzzy: bool = False
    guessed: bool = False  # its readings are names of a like spelling, not its own
    container: Mention | None = None  # "Paris, Texas": the mention after the comma
    held: Mention | None = None  # "Paris" for "Texas" in "Paris, Texas"
    siblings: list[Mention] = field(default_factory=list)  # "Ohio, Utah and Idaho"
    unknown: bool = False  # a place the gazetteer lacks, put at the place that holds it
    town_part: bool = False  # "X, a suburb of the capital": X lies in the article's town
    part_of_holder: bool = False  # "X, a district of Y": X is a part of its container
    part_of: Mention | None = None  # "X in northern Chad": the part of an area an unknown lies in
    dateline: bool = False  # "KYIV, Ukraine (AP) -": where the report was filed
    direction: tuple[int, int] | None = None  # "southern Iraq": (-1, 0); "central": (0, 0)
    direction_start: int = -1  # where the direction word begins
    direction_text: str = ""  # "southern Iraq"
    needs_support: bool = False  # kept only when other places point to its country
    glued: bool = False  # "Mayo" of "Mayo-Sava": maybe the head of a longer name
    striker: bool = False  # "U.S. airstrikes": the name says who struck, not where
    # "X, 30 km north of Y": the place X is said to lie off, and where (km north, km east)
    off_from: Mention | None = None
    offset_km: tuple[float, float] = (0.0, 0.0)
    # "X, a village some 12 km from Y": the town X is said to lie near, on no side told
    near_to: Mention | None = None
    near_km: float = 0.0
    side: tuple[int, int] | None = None  # "the southern village of X": the side of its country
    settled: bool = False  # "the village of X", "X, a town in ...": the text says what it is
    locative: bool = False  # after "in", "near", "at": a place of some event, whatever its label
    demonym: bool = False  # "Russian", "Afghans": a people's name standing for its country
    agents: bool = False  # "the U.S. military": the name says whose agents, not where
    local_source: bool = False  # "Palestinian medics", "Kenya police": says where, too
    office_seat: bool = False  # "a local official in X said": X is the teller's town
    best: Candidate | None = None
    scores: list[float] = field(default_factory=list)
    _facts: tuple[bool, bool, int] = (False, False, -1)  # see _name_facts
    _facts_of: int = -1  # id() of the candidates the facts were computed for

    @property
    def has_primary(self) -> bool:
        return self._name_facts()[0]

    @property
    def wide_namesake(self) -> bool:
        """The name is the own name of a sea, a region or a continent that spans countries."""
        return self._name_facts()[1]

    @property
    def dominant_city(self) -> int:
        """The pid of a city that dwarfs every other town of the name, or -1."""
        return self._name_facts()[2]

    def _name_facts(self) -> tuple[bool, bool, int]:
        """(has a primary name, is a wide namesake, dominant city), once per candidate set."""
        if self._facts_of != id(self.candidates):
            self._facts_of = id(self.candidates)
            self._facts = (
                any(c.primary for c in self.candidates),
                any(
                    c.primary and c.entry.kind in (REGION, CONTINENT) and not c.entry.country_code
                    for c in self.candidates
                ),
                _dominant_city(self.candidates),
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
    # a possessive inside a name: "Cox's Bazar", "King's Lynn"
    inner = {"-", "'", "’", ".", "'s", "’s"}
    return _is_capitalised(text) or text.lower() in CONNECTORS or text in inner


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


def _article_joined(tokens: Sequence[Token], i: int, key: str) -> bool:
    """Whether the reading at token i is a name found without the Arabic article before it."""
    return (
        i + 1 < len(tokens)
        and tokens[i].lower_ in ARTICLE_PREFIXES
        and tokens[i + 1].text == "-"
        and not key.startswith(tokens[i].lower_ + " ")
    )


def _add_article_readings(
    tokens: Sequence[Token],
    phrases: list[tuple[int, int, str]],
    found: dict[str, tuple[Candidate, ...]],
    by_start: dict[int, list[tuple[int, str]]],
) -> None:
    """'in al-Khokha' where the gazetteer knows only "Khokha": the name read with its Arabic
    article, so that the tagger's entity over "al-Khokha" covers the reading (a part of a
    longer name is no place); tried before the bare name, which stays as the fallback."""
    known = {(i, j) for i, j, key in phrases if found.get(key)}
    for i, j, key in phrases:
        if (
            found.get(key)
            and i >= 2
            and tokens[i - 1].text == "-"
            and tokens[i - 2].lower_ in ARTICLE_PREFIXES
            and (i - 2, j) not in known
        ):
            by_start[i - 2].append((j, key))


def _core(ent) -> tuple[int, int]:
    """An entity's token range without a leading 'the' or a trailing possessive."""
    start, end = ent.start, ent.end
    if end - start > 1 and ent[0].lower_ == "the":
        start += 1
    if end - start > 1 and ent[-1].tag_ == "POS":
        end -= 1
    return start, end


def _comma_after_name(tokens: Sequence[Token], ent: Span, i: int, j: int) -> bool:
    """Whether the name (tokens i to j) opens the entity and a comma parts it from the rest."""
    return ent.start == i and j + 1 < ent.end and tokens[j + 1].text == ","


def _named_core(ent) -> tuple[int, int]:
    """An entity's core without lowercase words trailing it ("Macomia in")."""
    start, end = _core(ent)
    while end - start > 1 and ent.doc[end - 1].is_lower:
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
    # spaCy splits "north-east" into three tokens; the compound first, or it reads as "east".
    if i >= 3 and tokens[i - 2].text == "-":
        word = f"{tokens[i - 3].lower_}-{tokens[i - 1].lower_}"
        if word in DIRECTIONS:
            return DIRECTIONS[word], tokens[i - 3].idx
    if i >= 1 and tokens[i - 1].lower_ in DIRECTIONS:
        return DIRECTIONS[tokens[i - 1].lower_], tokens[i - 1].idx
    return None


def _where_it_lies(tokens: Sequence[Token], i: int, direction_start: int, j: int) -> bool:
    """Whether a direction word tells where a unit lies in its country, not a part of it:
    after the country's possessive ("Ukraine's eastern Donetsk region", "Syria's northwestern
    Idlib province"), or between "the" and a unit named with its unit word ("the
    northeastern Borno state")."""
    # the direction word is the token before the name, or the first of "north - east"
    k = i - 1 if tokens[i - 1].idx == direction_start else i - 3
    if k <= 0:
        return False
    before = tokens[k - 1]
    if before.tag_ == "POS":
        return True
    unit_after = j + 1 < len(tokens) and tokens[j + 1].lower_ in REGION_WORDS
    return before.lower_ == "the" and unit_after


def _trimmed_range(values: Sequence[float]) -> tuple[float, float]:
    """The extent of most of the values: the outermost tenth on each side (Alaska and Hawaii
    for the United States) would make "western" mean the Pacific."""
    ordered = sorted(values)
    cut = len(ordered) // 10
    return ordered[cut], ordered[len(ordered) - 1 - cut]


def _side_filter(
    points: Sequence[tuple[float, float]], side: tuple[int, int]
) -> Callable[[float, float], bool]:
    """Whether a point lies on one side of an area: in the outer third of its extent that way,
    the outer half both ways for 'north-east', the middle third both ways for 'central'."""
    share = 0.5 if side[0] and side[1] else 1 / 3
    lat_lo, lat_hi = _trimmed_range([p[0] for p in points])
    lon_lo, lon_hi = _trimmed_range([p[1] for p in points])

    def keep(value: float, low: float, high: float, way: int) -> bool:
        span = high - low
        if way > 0:
            return value >= high - share * span
        if way < 0:
            return value <= low + share * span
        return low + span / 3 <= value <= high - span / 3

    def on_side(lat: float, lon: float) -> bool:
        return ((side[0] == 0 and side[1] != 0) or keep(lat, lat_lo, lat_hi, side[0])) and (
            (side[1] == 0 and side[0] != 0) or keep(lon, lon_lo, lon_hi, side[1])
        )

    return on_side


def lies_on_side(
    points: Sequence[tuple[float, float]], side: tuple[int, int], point: tuple[float, float]
) -> bool:
    """Whether ``point`` lies on that side of the area the parts ``points`` span."""
    return len(points) >= 3 and _side_filter(points, side)(*point)


def directional_point(
    points: Sequence[tuple[float, float]], side: tuple[int, int]
) -> tuple[float, float] | None:
    """The middle of the parts of an area on one side ('southern'): the parts (regions of a
    country, towns of a region) in the outer third of its extent that way, both ways at once
    for 'north-east' (the outer half), the middle third both ways for 'central'."""
    if len(points) < 3:
        return None
    on_side = _side_filter(points, side)
    chosen = [(lat, lon) for lat, lon in points if on_side(lat, lon)]
    lat_lo, lat_hi = _trimmed_range([p[0] for p in points])
    lon_lo, lon_hi = _trimmed_range([p[1] for p in points])
    if not chosen and side == (0, 0):
        # "central Sudan": no part in the middle third both ways; the one nearest the middle
        middle = ((lat_lo + lat_hi) / 2, (lon_lo + lon_hi) / 2)
        chosen = [min(points, key=lambda p: math.dist(p, middle))]
    elif not chosen and lat_hi > lat_lo and lon_hi > lon_lo:
        # "northwest Pakistan": no part in the outer half both ways (the country runs from
        # north-east to south-west); the part farthest that way, each axis by its extent
        def reach(p: tuple[float, float]) -> float:
            return side[0] * (p[0] - lat_lo) / (lat_hi - lat_lo) + side[1] * (p[1] - lon_lo) / (
                lon_hi - lon_lo
            )

        chosen = [max(points, key=reach)]
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
    if j + 1 < len(tokens) and (
        tokens[j + 1].lower_ in REGION_WORDS or tokens[j + 1].text in LOWER_REGION_WORDS
    ):
        return 1
    for phrase in REGION_PHRASES:
        following = tuple(t.lower_ for t in tokens[j + 1 : j + 1 + len(phrase)])
        if following == phrase:
            return len(phrase)
    return 0


PLURAL_REGION_WORDS = frozenset(w + "s" for w in REGION_WORDS) | {"provinces", "counties"}
LIST_JOINERS = frozenset((",", "and", "&"))


def _city_word_after(tokens: Sequence[Token], j: int) -> bool:
    return j + 1 < len(tokens) and tokens[j + 1].lower_ == "city"


def _region_by_grammar(tokens: Sequence[Token], i: int, j: int) -> bool:
    """'the district of Palma', 'the Belgorod and Kursk regions': a region named around it."""
    if i >= 2 and tokens[i - 1].lower_ == "of" and tokens[i - 2].lower_ in REGION_WORDS:
        # "the Mopti region of Mali": the region word is Mopti's, and Mali holds it; so in
        # "X, a district of Tripoli", "X, an area of Y": the word tells what X is in Y
        return not (
            i >= 3 and (tokens[i - 3].pos_ == "PROPN" or tokens[i - 3].lower_ in {"a", "an"})
        )

    k = j + 1
    while k < len(tokens) and k <= j + 6:
        text = tokens[k].lower_
        if text in PLURAL_REGION_WORDS:
            return True
        if not (text in LIST_JOINERS or _is_capitalised(tokens[k].text)):
            return False
        k += 1
    return False


def _governed(tokens: Sequence[Token], j: int) -> bool:
    """Whether the name ending at token ``j`` qualifies a governor ("Kursk governor said")."""
    return j + 1 < len(tokens) and _bare_word(tokens[j + 1]) == "governor"


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


def _opens_named_list(tokens: Sequence[Token], i: int) -> bool:
    """'the towns of Kaya and Dori': a plural settlement noun names every place of the list
    after it."""
    return i >= 2 and tokens[i - 1].lower_ == "of" and tokens[i - 2].lower_ in NAMED_SETTLEMENTS


def _settlement_by_grammar(tokens: Sequence[Token], i: int) -> bool:
    """'Brgy Luna', 'the village of Barak': the words before a name say it is a place."""
    if i >= 1 and tokens[i - 1].lower_.rstrip(".") in SETTLEMENT_WORDS:
        return True
    return i >= 2 and tokens[i - 1].lower_ == "of" and tokens[i - 2].lower_ in SETTLEMENT_WORDS


def _names_a_river(tokens: Sequence[Token], j: int) -> bool:
    """'Nikopol on the Dnipro river': the name before "river" is the river's, not the city of
    that name 100 km upstream (the gazetteer's "Dnipro River", where it has one, is matched
    as the longer name)."""
    return j + 1 < len(tokens) and tokens[j + 1].lower_ in RIVER_WORDS


RIVER_WORDS = frozenset({"river", "rivers"})


def _kind_named_after(tokens: Sequence[Token], j: int) -> bool:
    """'Sabon Gari village in the X area', 'X town, some 30 km from Y': the noun right after
    the name says it is a settlement (not 'the X town hall', where it qualifies another)."""
    if j + 1 >= len(tokens) or tokens[j + 1].lower_ not in NAMED_SETTLEMENT:
        return False
    if tokens[j].pos_ != "PROPN":
        return False  # "But town and state police": no name before the noun
    return j + 2 >= len(tokens) or tokens[j + 2].pos_ not in ("NOUN", "PROPN")


def _area_by_grammar(tokens: Sequence[Token], i: int, j: int, areas: frozenset[str]) -> bool:
    """'the outskirts of Kherson', 'the Kidal area': a word for the land around or inside a
    place, before "of" and the name or right after it, says the name is a place."""
    if j + 1 < len(tokens) and tokens[j + 1].tag_ == "POS":
        return False  # "the heart of Smith's plan"
    before = i >= 2 and tokens[i - 1].lower_ == "of" and tokens[i - 2].lower_ in areas
    after = j + 1 < len(tokens) and tokens[j + 1].lower_ in areas
    return before or after


def _entity_of(size: int, ents: Sequence[Span]) -> list[int]:
    """Index into ``ents`` of each of the ``size`` tokens' entity, or -1."""
    owner = [-1] * size
    for k, ent in enumerate(ents):
        for t in range(ent.start, ent.end):
            owner[t] = k
    return owner


def _list_pieces(ent: Span) -> list[tuple[int, int]]:
    """The names of an entity that is a list ("Kharkiv, Odesa and Dnipro"), as token ranges
    split at commas and "and"; one range for any other entity."""
    start, end = _core(ent)
    pieces, first = [], start
    for t in range(start, end):
        if ent.doc[t].lower_ in LIST_JOINERS - {"&"}:  # "Procter & Gamble" is one name
            pieces.append((first, t))
            first = t + 1
    pieces.append((first, end))
    return pieces


def split_listed_places(
    ents: Sequence[Span], found: dict[str, tuple[Candidate, ...]]
) -> list[Span]:
    """The small model reads a list of towns as one entity now and then ("Kharkiv and Odesa"
    a work of art, "Kharkiv, Odesa" an organisation): where every name of the list is a
    gazetteer name, the list names no work or organisation. Each name of a place-labelled
    list becomes an entity of its own; the names of any other list stand unlabelled, to be
    judged like any bare capitalised name."""
    out: list[Span] = []
    for ent in ents:
        pieces = _list_pieces(ent) if ent.label_ != "NORP" else []
        if len(pieces) < 2 or not all(
            a < b and found.get(normalize(ent.doc[a:b].text)) for a, b in pieces
        ):
            out.append(ent)
        elif ent.label_ in PLACE_LABELS:
            out += [Span(ent.doc, a, b, label=ent.label_) for a, b in pieces]
    return out


NAME_LABELS = frozenset(("PERSON", "ORG", "NORP"))


def _one_word_possessive(tokens: Sequence[Token], i: int, j: int) -> bool:
    """'Anand's' (the possessive may be part of the match or follow it)."""
    if tokens[j].tag_ == "POS":
        return j == i + 1
    return i == j and j + 1 < len(tokens) and tokens[j + 1].tag_ == "POS"


def _joined_by_hyphen(tokens: Sequence[Token], i: int, j: int) -> bool:
    before = i >= 1 and tokens[i - 1].text in ("-", "/", "–")
    after = j + 1 < len(tokens) and tokens[j + 1].text in ("-", "/", "–")
    return before or after


# Words inside a hyphened name of French-speaking Africa ("Logone-et-Chari", "Mayo-de-...").
HYPHEN_NAME_WORDS = frozenset(("et", "de", "du", "des", "la", "le"))


def _glued_to_a_longer_name(
    tokens: Sequence[Token],
    i: int,
    j: int,
    candidates: Sequence[Candidate],
    found: dict[str, tuple[Candidate, ...]],
) -> bool:
    """ "Mayo-Tsanaga", "Mayo-Sava", "Ekondo-Titi": a name joined with no space by a hyphen to a
    capitalised word may be part of a longer name the gazetteer lacks (a Cameroonian
    division, not Ireland's County Mayo), unless the word names a place of the same country,
    or either names a country or capital ("the Kano-Maiduguri road", "the DPRK-South Korea
    summit")."""
    after = _glued_word(tokens, j + 1, j + 2)
    before = _glued_word(tokens, i - 1, i - 2) if i >= 2 else None
    for word in (after, before):
        if word is None:
            continue
        if word.lower_ in HYPHEN_NAME_WORDS:
            return True
        if not _is_capitalised(word.text) or word.text.isupper():
            continue  # "Watertown-ML": a school's initials
        if word.lower_ in ARTICLE_PREFIXES:
            continue  # "Al-Sireha"
        other = found.get(normalize(word.text), ())
        if (_a_city(candidates) and _a_city(other)) or _pairs(candidates):
            continue  # "the Kharkiv-Belgorod highway"
        countries = {c.entry.country_code for c in candidates}
        if not (_pairs(other) or any(c.entry.country_code in countries for c in other)):
            return True
    return False


def _glued_word(tokens: Sequence[Token], hyphen: int, word: int) -> Token | None:
    """The word joined with no space by the hyphen at ``hyphen`` to the name beside it."""
    if not (0 <= word < len(tokens) and 0 <= hyphen < len(tokens)):
        return None
    if tokens[hyphen].text not in ("-", "–"):
        return None
    name_side = hyphen - 1 if word > hyphen else hyphen + 1
    a, b = sorted((name_side, word))
    touching = all(tokens[k].idx + len(tokens[k].text) == tokens[k + 1].idx for k in range(a, b))
    return tokens[word] if touching else None


def _pairs(candidates: Sequence[Candidate]) -> bool:
    """A country or a capital: a name that pairs with others ("the Syria-Turkey border")."""
    return any(c.entry.kind == COUNTRY or c.entry.feature_code == "PPLC" for c in candidates)


# a city: named in pairs across borders ("Kharkiv-Belgorod"), and filed from ("GOMA -")
CITY_POPULATION = 100_000


def _a_city(candidates: Sequence[Candidate]) -> bool:
    return any(c.entry.kind == CITY and c.entry.population >= CITY_POPULATION for c in candidates)


def _joins_a_road(tokens: Sequence[Token], i: int, j: int, roads: frozenset[str]) -> bool:
    """ "the Kano-Maiduguri road": a name joined by a hyphen to other names before a road
    word is a town the road joins, whatever entity the tagger reads the pair as."""
    if not _joined_by_hyphen(tokens, i, j):
        return False
    k = j + 1
    while k < min(len(tokens), j + 7) and (
        tokens[k].text in ("-", "–", "/") or _is_capitalised(tokens[k].text)
    ):
        k += 1
    return k < len(tokens) and tokens[k].lower_ in roads


def _owns_the_rest(r: _Reading, tokens: Sequence[Token]) -> bool:
    """ "Kyiv's Holosiivskyi" read as one organisation: the name before the possessive that
    opens it is a town and the rest a part of it, not a longer name of an organisation."""
    ent = r.ent
    return (
        ent is not None
        and r.label == "ORG"
        and r.i == ent.start
        and r.j + 2 < ent.end
        and tokens[r.j + 1].tag_ == "POS"
        and _is_capitalised(tokens[r.j + 2].text)
    )


RESPELLING_RATIO = 0.85  # how alike two spellings of one name are ("Kostiantynivka")
RESPELT_TOWN_POPULATION = 10_000


def _respells_a_town(r: _Reading) -> bool:
    """'in Kostiantynivka' (tagged ORG), a town the gazetteer files as 'Kostyantynivka': after
    a word of place or struck, another spelling of a town's own name is the town, unlike a name in
    another tongue or a group's name ("Hamas", another name of Hamm) that needs support."""
    return any(
        c.entry.kind == CITY
        and c.entry.population >= RESPELT_TOWN_POPULATION
        and difflib.SequenceMatcher(None, r.key, normalize(c.entry.name)).ratio()
        >= RESPELLING_RATIO
        for c in r.candidates
    )


def _stands_alone(c: Candidate) -> bool:
    """A reading that needs no support: a place's own name, or a country or region's alias."""
    return c.primary or c.entry.kind != CITY


@dataclass(slots=True)
class _Reading:
    """A gazetteer phrase (tokens ``i`` to ``j``) as the parse reads it, while
    ``Recognizer._judge`` weighs whether it names a place."""

    i: int
    j: int
    key: str
    candidates: tuple[Candidate, ...]
    start: int
    end: int
    ent: Span | None  # the one entity the phrase lies in, if it lies in one
    label: str | None
    covers: bool  # the entity is exactly the name
    hashtag: bool = False
    region_word: bool = False
    inside_name: bool = False
    serves: bool = False  # "Springfield" in "the Springfield Police Department"

    @property
    def strong(self) -> bool:
        return self.label in PLACE_LABELS and self.covers


def _read(
    tokens: Sequence[Token],
    ents: list,
    owner: list[int],
    i: int,
    j: int,
    key: str,
    candidates: tuple[Candidate, ...],
) -> _Reading | None:
    """The entity a phrase lies in and its label; None when that label says it is a date, a
    number or a language."""
    ent_ids = {owner[t] for t in range(i, j + 1)}
    ent = ents[next(iter(ent_ids))] if len(ent_ids) == 1 and -1 not in ent_ids else None
    label = ent.label_ if ent is not None else None
    country_name = any(c.primary and c.entry.kind == COUNTRY for c in candidates)
    # The small model calls a lone town a WORK_OF_ART now and then ("rural Daraa"): such a
    # label on exactly the name is no label at all.
    # ("near Macomia in Mozambique's ...": the label may take in a lowercase word after it)
    loose_label = label in LOOSE_LABELS and ent is not None and _named_core(ent) == (i, j + 1)
    # ... and calls an unfamiliar name a number now and then ("the city of Mawlamyine"): a
    # "number" written without a digit or a number word is a name
    loose_label = loose_label or (
        label in NUMBER_LABELS
        and ent is not None
        and _core(ent) == (i, j + 1)
        and not any(_numeric(tokens[t]) for t in range(i, j + 1))
    )
    # ... and a town after "near" a date now and then ("near Manbij"): days and feasts are
    # not near anything
    loose_label = loose_label or (
        label == "DATE"
        and _only_the_name_after(ent, tokens, i, j, NEAR_WORDS)
        and not any(_numeric(tokens[t]) for t in range(i, j + 1))
    )
    # ... and takes a dateline's city into the date after it ("MANDALAY, June 9"): a name
    # set off from the date by a comma is no part of it
    loose_label = loose_label or (
        label in _TIME_ENTS and ent is not None and _comma_after_name(tokens, ent, i, j)
    )
    # ... and calls a town a language before "overnight" ("strikes in Rafah overnight"): after
    # "in" or "near", a name that names no language is the town
    loose_label = loose_label or (
        label == "LANGUAGE"
        and _only_the_name_after(ent, tokens, i, j, LOCATIVES)
        and key not in _language_names()
    )
    if loose_label:
        label, ent = None, None
    elif (
        not country_name
        and not _region_words_after(tokens, j)
        and any(k >= 0 and ents[k].label_ in NON_PLACE_LABELS for k in ent_ids)
    ):
        # a date, a number, a language; but "Niger" read as a DATE is Niger, and "Belgorod"
        # read as a LANGUAGE before "region" is the region
        return None
    covers = ent is not None and _core(ent) == (i, j + 1)
    start, end = tokens[i].idx, tokens[j].idx + len(tokens[j].text)
    return _Reading(i, j, key, candidates, start, end, ent, label, covers)


NEAR_WORDS = frozenset(("near", "outside"))


def _only_the_name_after(
    ent: Span | None, tokens: Sequence[Token], i: int, j: int, words: frozenset[str]
) -> bool:
    """Whether the entity is exactly the name of tokens i..j, right after one of ``words``."""
    return ent is not None and _core(ent) == (i, j + 1) and i >= 1 and tokens[i - 1].lower_ in words


@functools.cache
def _language_names() -> frozenset[str]:
    """Names of languages, folded ("arabic", "pushto"): "in Arabic" is how something was said."""
    return frozenset(normalize(language.name) for language in pycountry.languages)


def _numeric(token: Token) -> bool:
    return token.like_num or any(ch.isdigit() for ch in token.text) or not token.text[:1].isupper()


def _lowercase_words(r: _Reading, tokens: Sequence[Token], text: str) -> bool:
    """'the west bank of the river', 'a new town': words written all in lowercase in a text
    that capitalises its names are common words, not a name (a hashtag aside)."""
    if r.hashtag or text == text.lower():
        return False
    return _no_capital(tokens, r.i, r.j + 1)


def _no_capital(tokens: Sequence[Token], start: int, end: int) -> bool:
    return not any(tokens[t].text[:1].isupper() for t in range(start, end))


def _named_otherwise(r: _Reading, tokens: Sequence[Token]) -> bool:
    """Whether spaCy reads the phrase as part of a longer name."""
    if r.label in PLACE_LABELS and not r.covers and not _only_modifiers(tokens, r.ent, r.i, r.j):
        # "Gobirawar Cali", "Colonia Miguel de la Madrid": a place spaCy reads as one name
        # is not the town the gazetteer knows by part of it.
        return True
    # "El Mayo" is a man and "Al Shabaab" a group, not Mayo or a Shabaab
    return (
        r.label in NAME_LABELS
        and r.ent.start == r.i - 1
        and tokens[r.i - 1].lower_ in ARTICLE_PREFIXES
    )


def _take_hashtag(r: _Reading, tokens: Sequence[Token]) -> None:
    i = r.i
    r.hashtag = tokens[i].text.startswith("#") or (i > 0 and tokens[i - 1].text == "#")
    if r.hashtag and i > 0 and tokens[i - 1].text == "#":
        r.start = tokens[i - 1].idx


def _part_of_a_name(r: _Reading, tokens: Sequence[Token]) -> bool:
    """ "Cabo Delegado" (a misspelt province read as a building) is not Cabo; "the Tyre-Al
    Housh road" is named after the towns it joins."""
    partial = r.label in ("PERSON", "FAC") and not r.covers and not r.region_word
    return partial and not _joined_by_hyphen(tokens, r.i, r.j)


def _organisation_acronym(r: _Reading, tokens: Sequence[Token], dateline_zone: int) -> bool:
    """An acronym read as an organisation ("APA can report") is no town, only a country: True
    when no country is left of its readings. In the layout's dateline zone it may be the
    dateline's place."""
    first = tokens[r.i].text
    acronym = first.isupper() and len(first) <= 4
    if r.label == "ORG" and r.covers and acronym and r.i == r.j and r.start > dateline_zone:
        r.candidates = tuple(c for c in r.candidates if c.entry.kind == COUNTRY)
        return not r.candidates
    return False


def _names_an_institution(
    r: _Reading, tokens: Sequence[Token], words: frozenset[str], common: frozenset[str]
) -> bool:
    """'the Springfield Police Department', 'Alexandria police', 'the University of Dayton': a
    town's name at the head of a name spaCy reads as an organisation, a building or a person,
    before one of the words of an institution that serves it, or at its end after
    '<institution> of'."""
    ent = r.ent
    if ent is None or r.label not in ("ORG", "FAC", "PERSON"):
        return False
    first = ent.start + (1 if tokens[ent.start].lower_ == "the" else 0)
    if r.i == first and r.j + 1 < len(tokens) and (r.j + 1 < ent.end or r.covers):
        if _bare_word(tokens[r.j + 1]) in words:
            return True
        # "Princeton Community Hospital", "Greenville International Airport": one or two
        # capitalised words may come between the town and the institution's word, when the
        # town's name is no common word ("the Central Criminal Police Department")
        if r.key in common:
            return False
        inside = range(r.j + 2, min(ent.end, r.j + 4))
        return any(
            _bare_word(tokens[k]) in words
            and all(_is_capitalised(tokens[m].text) for m in range(r.j + 1, k + 1))
            for k in inside
        )
    if not r.covers and r.j + 1 == ent.end and r.i >= first + 2 and tokens[r.i - 1].lower_ == "of":
        return tokens[r.i - 2].lower_ in words
    return False


def _bare_word(token: Token) -> str:
    """A word without a possessive ending: "Sheriff's" as "sheriff"."""
    return token.lower_.removesuffix("'s").removesuffix("’s")


def _prefer_regions(r: _Reading, tokens: Sequence[Token]) -> None:
    """ "the Belgorod region" is the oblast, not the city it is named after; so is the
    "Belgorod" of "Belgorod governor Vyacheslav Gladkov": a governor heads a region."""
    r.region_word = r.region_word or _region_by_grammar(tokens, r.i, r.j) or _governed(tokens, r.j)
    if r.region_word:
        regions = tuple(c for c in r.candidates if c.entry.kind in (ADMIN1, ADMIN2, REGION))
        r.candidates = regions or r.candidates


def _mention(text: str, tokens: Sequence[Token], r: _Reading, settlement: bool) -> Mention:
    """The mention a reading that stands makes, with the support it needs and its direction."""
    city_word = r.key.endswith(" city") or _city_word_after(tokens, r.j)
    mention = Mention(
        r.start,
        r.end,
        text[r.start : r.end],
        r.key,
        r.candidates,
        strong=r.strong or r.hashtag or settlement or city_word,
        region_word=r.region_word,
        city_word=city_word,
    )
    # "Hamas" (ORG) is another name of Hamm only where the article is about Germany.
    # "Arab" (NORP) is Arab, Alabama only where the article is about the United States.
    mention.needs_support = r.inside_name or (
        not mention.strong
        and r.covers
        and (
            (r.label == "ORG" and not any(_stands_alone(c) for c in r.candidates))
            or (r.label == "NORP" and all(c.entry.kind == CITY for c in r.candidates))
        )
    )
    direction = None if r.hashtag else _direction_before(tokens, r.i)
    if direction is not None and _where_it_lies(tokens, r.i, direction[1], r.j):
        direction = None  # "Ukraine's eastern Donetsk region" is the whole region
    if direction is not None:
        mention.direction, mention.direction_start = direction
        mention.direction_text = text[mention.direction_start : r.end]
    return mention


# "W.Va.", "N.J.", "S.C.": an abbreviation with a period after each of two or more letters.
_DOTTED_ABBREV = re.compile(r"(?:[A-Z][a-z]{0,2}\.){2,}")


def _dotted_abbrev(tokens: Sequence[Token], i: int) -> str | None:
    """The dotted abbreviation token i writes ("W.Va." or, split by the tokenizer, "W.Va" and
    "."), or None."""
    text = tokens[i].text
    if _DOTTED_ABBREV.fullmatch(text):
        return text
    if i + 1 < len(tokens) and tokens[i + 1].text == "." and _DOTTED_ABBREV.fullmatch(text + "."):
        return text + "."
    return None


class Recognizer:
    """Finds mentions of places in one parsed article."""

    def __init__(self, gaz: gazetteer.Gazetteer, words: PlaceWords | None = None) -> None:
        self.gaz = gaz
        self.words = words if words is not None else load_place_words()
        self.common = self.words.common
        self._lower_words: frozenset[str] = frozenset()

    def __call__(self, doc: Doc, dateline_zone: int) -> list[Mention]:
        """The mentions of ``doc``; ``dateline_zone`` is the layout's (``Layout.dateline_zone``)."""
        text = doc_text(doc)
        if not text.strip():
            return []
        tokens = tokens_of(doc)
        # "Marches were held": a capitalised word the article also writes in lowercase.
        self._lower_words = frozenset(t.text for t in tokens if t.text.islower())
        phrases = _phrases(tokens, text)
        abbrevs = self._abbrev_keys(tokens)
        extra = [self._entity_key(e) for e in doc.ents if e.label_ in PLACE_LABELS]
        demonyms = _demonym_keys(tokens, doc.ents, self.words.state_agents)
        found = self.gaz.lookup(
            [k for _, _, k in phrases] + [k for _, k in abbrevs] + extra + [k for *_, k in demonyms]
        )
        ents = split_at_datelines(split_listed_places(doc.ents, found), found)
        ents = [e for e in ents if not _crosses_a_line(e)]
        owner = _entity_of(len(tokens), ents)
        person_words = frozenset(
            t.lower_ for e in ents if e.label_ == "PERSON" and len(e) > 1 for t in e
        )
        mentions: list[Mention] = []
        taken = [False] * len(tokens)
        rejected: set[tuple[int, int]] = set()  # gazetteer phrases judged to name no place
        # Longest match first at each position, left to right.
        by_start: dict[int, list[tuple[int, str]]] = defaultdict(list)
        # "Kansas City, Kan.": a state abbreviation is read as such, not as a town "Kan".
        abbreviated = {i for i, key in abbrevs if found.get(key)}
        peoples = self._peoples_before_nouns(tokens, phrases, found)
        for i, j, key in phrases:
            if found.get(key) and not (i == j and (i in abbreviated or i in peoples)):
                by_start[i].append((j, key))
        _add_article_readings(tokens, phrases, found, by_start)
        neighbourhoods = self.words.neighbourhoods
        for i in range(len(tokens)):
            if taken[i] or i not in by_start:
                continue
            if i + 1 < len(tokens) and tokens[i + 1].text[:1].isupper():
                # "Colonia" before a name begins that name: the name's own reading follows;
                # so does "Sitio" or "Village" ("in Sitio Bagong Silang"), never a town alone
                by_start[i] = [
                    (j, k)
                    for j, k in by_start[i]
                    if k not in neighbourhoods and (j > i or k not in NAMED_SETTLEMENT)
                ]
            longer = self._longer_name(tokens, taken, i, by_start[i], found)
            if longer is not None:
                # sought as a misspelling too ("Bulo Burde" is Somalia's Buulobarde)
                mentions.append(_claim_named(tokens, taken, text, longer))
                mentions[-1].fuzzy = True
                mentions[-1].locative = _put_by_grammar(tokens, *longer)
                continue
            for j, key in sorted(by_start[i], reverse=True):
                mention = self._judge(
                    text, tokens, ents, owner, i, j, key, found[key], dateline_zone, person_words
                )
                if mention is None:
                    rejected.add((i, j))
                    continue
                if _glued_to_a_longer_name(tokens, i, j, found[key], found) and not _joins_a_road(
                    tokens, i, j, self.words.roads
                ):
                    # stands only where the article's other names point to its country
                    mention.glued = True
                mentions.append(mention)
                for t in range(i, j + 1):
                    taken[t] = True
                break
        mentions += self._abbrev_mentions(tokens, abbrevs, found, taken)
        mentions += _demonym_mentions(tokens, text, demonyms, found, taken, self.gaz.capital_of)
        mentions += self._unmatched_entities(doc, ents, taken, found, rejected, person_words)
        mentions += _settlement_mentions(tokens, taken, text)
        mentions += _addressed_mentions(tokens, taken, text)
        mentions += _measured_mentions(tokens, taken, text)
        mentions += _bare_capitals(tokens, taken, mentions, self.gaz.capital_of)
        headed = _headed_mentions(tokens, taken, text, self.words)
        mentions = [m for m in mentions if not any(_overlap(m, h) for h in headed)] + headed
        # last: a name no other reading claims may be a town spelt otherwise
        mentions += _variant_spellings(doc, ents, taken, rejected, person_words)
        mentions = [m for m in mentions if not _names_a_street(m, text, self.words.streets)]
        mentions.sort(key=lambda m: m.start)
        _mark_modifiers(mentions, tokens, self.words)
        link_containers(mentions, text)
        link_offsets(mentions, text)
        link_distances(mentions, text)
        link_lists(mentions, text)
        mark_dateline(mentions, dateline_zone, text)
        mark_town_parts(mentions, text, self.words.town_parts)
        mark_sides(mentions, text)
        return mentions

    def _peoples_before_nouns(
        self,
        tokens: Sequence[Token],
        phrases: list[tuple[int, int, str]],
        found: dict[str, tuple[Candidate, ...]],
    ) -> set[int]:
        """One-word names that are also a people's name, said of a common noun after them
        ("the Somali capital", "Somali troops"): the people, not the place of that name (the
        Somali Region of Ethiopia). With a region word after them they stay places."""
        single = {
            i: key
            for i, j, key in phrases
            if i == j and found.get(key) and i + 1 < len(tokens) and tokens[i + 1].is_lower
        }
        # "a Somali military officer": an adjective of a state's agents says whose, as a noun does
        single = {
            i: key
            for i, key in single.items()
            if (tokens[i + 1].pos_ == "NOUN" or tokens[i + 1].lower_ in self.words.state_agents)
            and tokens[i + 1].lower_ not in REGION_WORDS
        }
        if not single:
            return set()
        peoples = self.gaz.lookup([DEMONYM_PREFIX + key for key in single.values()])
        return {i for i, key in single.items() if peoples.get(DEMONYM_PREFIX + key)}

    @staticmethod
    def _entity_key(ent) -> str:
        return span_key(ent.text)

    @staticmethod
    def _abbrev_keys(tokens: Sequence[Token]) -> list[tuple[int, str]]:
        """State abbreviations after a comma ('Springfield, Ill.'), and dotted ones of two
        letters or more anywhere ('W.Va.', 'N.J.'), to look up as such."""
        out = []
        for i in range(len(tokens)):
            text = tokens[i].text
            if (dotted := _dotted_abbrev(tokens, i)) is not None:
                out.append((i, abbrev_key(dotted)))
                continue
            if i == 0 or tokens[i - 1].text != "," or not text[:1].isupper():
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
            # Only right after a place: "Springfield, Ill." and not "Smith, Jr."; a dotted
            # abbreviation of two letters or more ("W.Va.") stands alone.
            dotted = _dotted_abbrev(tokens, i) is not None
            if taken[i] or not found.get(key) or not (dotted or (i >= 2 and taken[i - 2])):
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
        dateline_zone: int,
        person_words: frozenset[str] = frozenset(),
    ) -> Mention | None:
        """A gazetteer match kept as a mention, or None when context says it is no place. Each
        rule below may narrow the reading's candidates or stretch its span; their order counts."""
        if key in ARTICLE_PREFIXES:
            return None  # "El Baraf" read as "El": an article alone names no place
        r = _read(tokens, ents, owner, i, j, key, candidates)
        if r is None or _named_otherwise(r, tokens):
            return None
        _take_hashtag(r, tokens)
        if _lowercase_words(r, tokens, text):
            return None
        if not self._take_region_words(r, tokens) or _names_a_river(tokens, j):
            return None
        r.serves = _names_an_institution(r, tokens, self.words.institutions, self.common)
        if (_part_of_a_name(r, tokens) and not r.serves) or _organisation_acronym(
            r, tokens, dateline_zone
        ):
            return None
        _prefer_regions(r, tokens)
        # "an army base in Kidal": the small model may read a town as a people (NORP); after
        # "in" or "near" it is the place.
        after_locative = i >= 1 and tokens[i - 1].lower_ in LOCATIVES
        if _one_word_possessive(tokens, i, j) and tokens[i].lower_ in person_words:
            return None  # "Anand's killing", after "Chingtham Anand" earlier in the article
        if _describes_kind(tokens, i, j):
            return None  # "a Druze village": the people of the village, not its name
        settled = (
            _settlement_by_grammar(tokens, i)
            or _glossed_after(tokens, j)
            or _kind_named_after(tokens, j)
        )
        settlement = (
            settled
            or _area_by_grammar(tokens, i, j, self.words.areas)
            # "in al-Tarmiyah": an Arabic article joined to a name after "in" makes a place
            # name whatever the tagger called it (as ``_headed_mentions`` reads it too)
            or (after_locative and _article_joined(tokens, i, key))
            or (
                r.label == "NORP" and r.covers and (after_locative or _struck_by_name(tokens, i, j))
            )
            # "Russian forces shelled Kherson": the small model may read a town as a person;
            # what artillery shells or a siege closes on is a place, never a person
            or (r.label == "PERSON" and r.covers and _shelled_by_name(tokens, j))
        )
        supported = r.strong or r.hashtag or r.region_word or settlement
        if not supported and not self._bare_stands(r, tokens, person_words):
            return None
        mention = _mention(text, tokens, r, settlement)
        # "an army post in Djibo" tagged ORG: the preposition of place says more than the label
        # "drones hit Kadugli": the object of a strike is a place as much as one after "in"
        # ... but not "in Abbas's detention centres", where the name only says whose
        owner = j + 1 < len(tokens) and tokens[j + 1].tag_ == "POS"
        placed_by_word = after_locative and tokens[i - 1].lower_ != "from" and not owner
        struck = _struck_by_name(tokens, i, j) or _opens_named_list(tokens, i)
        mention.locative = placed_by_word or struck
        mention.settled = settled
        if mention.needs_support and mention.locative:
            mention.needs_support = not _respells_a_town(r)
        return mention

    def _longer_name(
        self,
        tokens: Sequence[Token],
        taken: list[bool],
        i: int,
        readings: list[tuple[int, str]],
        found: dict[str, tuple[Candidate, ...]],
    ) -> tuple[int, int] | None:
        """ "in Darra Adam Khel", "in Mir Ali", "in the Cal Miskaad area": a town's name the
        gazetteer knows only in part, abroad ("Darra" in Australia, "Çal" in Turkey). The
        parse makes the whole run of capitalised names one noun after a preposition of place:
        the run is one name the gazetteer lacks, placed by its context. None when the reading
        is the whole run, names a country or a province, or when a word of the run says it
        is no name of a place ("in Kursk Governor ...", "at Kano Teaching Hospital"); names
        after a town of some size are a part of it ("Kano Sabon Gari"), no longer name."""
        if not readings:
            return None
        j = max(j for j, _ in readings)
        if any(
            c.primary and c.entry.kind in (COUNTRY, ADMIN1) for _, k in readings for c in found[k]
        ):
            return None
        end = j
        while (
            _only_small_towns(readings, found)
            and end + 1 < len(tokens)
            and tokens[end].dep_ == "compound"
            and tokens[end].head.i > end
            and self._name_part(tokens[end + 1])
        ):
            end += 1
        first = i
        while (
            first > 0
            and not taken[first - 1]
            and self._name_part(tokens[first - 1])
            and tokens[first - 1].dep_ == "compound"
            and first - 1 < tokens[first - 1].head.i <= end
        ):
            first -= 1
        if (first, end) == (i, j) or not _after_a_locative(tokens[end], self.words.areas):
            return None
        # every word of the run, the gazetteer's part too ("Nasser Hospital", "Zaman Park")
        if not all(self._name_part(tokens[t]) for t in range(first, end + 1)):
            return None
        return first, end

    def _name_part(self, token: Token) -> bool:
        """A capitalised word that may be part of a foreign place's name: no common word, no
        title, office, institution or kind of place, no date."""
        words = self.words
        lower = token.lower_
        return (
            token.pos_ == "PROPN"
            and token.is_alpha
            and token.text[:1].isupper()
            and token.ent_type_ not in _TIME_ENTS
            and token.text not in self._lower_words
            and lower not in self.common
            and lower not in PERSON_TITLES
            and lower not in DIRECTIONS
            and lower not in NAMED_SETTLEMENT
            and not any(
                lower in group
                for group in (
                    words.institutions,
                    words.offices,
                    words.streets,
                    words.roads,
                    words.areas,
                    words.town_parts,
                    words.neighbourhoods,
                )
            )
        )

    def _take_region_words(self, r: _Reading, tokens: Sequence[Token]) -> bool:
        """Stretch the span over a region word after it ("the Donetsk region"); False when the
        words name an organisation's department, not a region."""
        words = _region_words_after(tokens, r.j)
        r.region_word = words > 0
        if r.region_word and r.label == "ORG" and r.key in self.common:
            return False  # "the Police Department" is no département called Police
        if r.region_word:
            r.end = tokens[r.j + words].idx + len(tokens[r.j + words].text)
        return True

    def _bare_stands(
        self, r: _Reading, tokens: Sequence[Token], person_words: frozenset[str]
    ) -> bool:
        """Whether a name that neither a place label, a hashtag, a region word nor grammar
        supports is a place all the same."""
        i, j = r.i, r.j
        if r.serves or _owns_the_rest(r, tokens):
            pass  # the town an institution is named after: every reading stays
        elif r.label in ("PERSON", "ORG", "FAC", "PRODUCT", "EVENT", "NORP") and not r.covers:
            # Part of a longer name: "Victoria Beckham", "Manipur Rifles"; but a road or
            # a bridge is often named after the towns it joins ("the Tyre-Al Housh road").
            if r.label == "PERSON":
                return False
            if r.label != "FAC" and not _joins_a_road(tokens, i, j, self.words.roads):
                r.candidates = tuple(c for c in r.candidates if c.entry.kind in (COUNTRY, ADMIN1))
                if not r.candidates:
                    return False
                # "Colonia Miguel de la Madrid" names no Spanish region in a Mexican
                # report: a region inside a longer name stands only where its country does.
                r.inside_name = all(c.entry.kind == ADMIN1 for c in r.candidates)
        if not self._plausible_bare(tokens, i, j, r.key, r.label, r.serves):
            return False
        if i == j and tokens[i].lower_ in person_words and not r.serves:
            return False  # "Jones said", after "Mary Jones" earlier in the article
        # An alternate name of a hamlet alone is too thin for a bare capitalised word; but a
        # name of two words or more after "in" or "near" ("a base in Malam Fatori", the index's
        # Mallam Fatori, of no population told) is that place written another way.
        written_otherwise = i < j and i >= 1 and tokens[i - 1].lower_ in PLACE_LOCATIVES
        return written_otherwise or any(
            c.primary or c.entry.population >= 5000 or c.entry.kind != CITY for c in r.candidates
        )

    def _plausible_bare(
        self,
        tokens: Sequence[Token],
        i: int,
        j: int,
        key: str,
        label: str | None,
        serves: bool = False,
    ) -> bool:
        """A capitalised phrase no entity label calls a place: is it a place at all?
        ``serves``: it names an institution's town ("Alexandria police"), never a first name."""
        first = tokens[i]
        comma_pair = self._in_comma_pair(tokens, i, j) or serves
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
        self,
        doc: Doc,
        ents: list,
        taken: list[bool],
        found: dict[str, tuple[Candidate, ...]],
        rejected: set[tuple[int, int]],
        person_words: frozenset[str],
    ) -> list[Mention]:
        """GPE/LOC entities that no phrase matched ("Port-au-Prince", a misspelling): kept for
        the misspelling search, unless ``rejected`` holds their span ("Anand's killing") or
        they are a person's name the article gave in full before ("Soleimani's tomb")."""
        tokens = tokens_of(doc)
        out = []
        loose = [
            e
            for e in ents
            if e.label_ in PLACE_LABELS and not any(taken[t] for t in range(e.start, e.end))
        ]
        # "Ukrainian" tagged GPE is a demonym, not a misspelt "Ukraine".
        demonyms = self.gaz.lookup([DEMONYM_PREFIX + self._entity_key(e) for e in loose])
        cased = doc.text != doc.text.lower()
        for ent in loose:
            key = self._entity_key(ent)
            if not key or len(key) < 4 or demonyms.get(DEMONYM_PREFIX + key):
                continue
            if key in NAMED_SETTLEMENT:
                continue  # "Sitio" tagged alone before "Bagong Silang": the kind, no name
            start, end = _core(ent)
            if (start, end - 1) in rejected:
                continue  # judged as a gazetteer phrase already, and found no place
            if _one_word_possessive(tokens, start, end - 1) and doc[start].lower_ in person_words:
                continue
            if cased and _no_capital(doc, start, end):
                continue  # "the west bank of the river": common words
            if _plural_noun_opening(doc, start, end):
                continue  # "Gunmen raided ...": a sentence's capital on a common noun
            if _describes_kind(tokens, start, end - 1):
                continue  # "a mostly Yazidi village": its people, not its name
            if _names_a_river(tokens, end - 1):
                continue  # "the Euphrates river": no village the gazetteer lacks
            cands = found.get(key, ())
            mention = Mention(
                ent.start_char, ent.end_char, ent.text, key, cands, strong=True, fuzzy=True
            )
            mention.locative = _put_by_grammar(tokens, start, end - 1)
            out.append(mention)
            for t in range(ent.start, ent.end):
                taken[t] = True
        return out


def _only_small_towns(
    readings: list[tuple[int, str]], found: dict[str, tuple[Candidate, ...]]
) -> bool:
    """Whether every reading of a name is a small town: a town of some size followed by
    more names ("Kano Sabon Gari") is that town and a part of it."""
    return all(
        c.entry.kind == CITY and c.entry.population < SMALL_TOWN_POPULATION
        for _, k in readings
        for c in found[k]
    )


SMALL_TOWN_POPULATION = 20_000


# Labels the small model gives a town's unfamiliar spelling ("shelled Gulyaipole": PERSON).
VARIANT_LABELS = frozenset(("ORG", "PERSON", "PRODUCT", "FAC"))


def _variant_spellings(
    doc: Doc,
    ents: list,
    taken: list[bool],
    rejected: set[tuple[int, int]],
    person_words: frozenset[str],
) -> list[Mention]:
    """'Russian forces shelled Gulyaipole', 'an attack on Djibbo': a one-word name of no place
    the index knows, tagged as no place, that the grammar puts an event in: maybe a town
    spelt otherwise. Sought only as such (a weak mention that stands only when a name of
    the article's country matches it)."""
    tokens = tokens_of(doc)
    out = []
    for ent in ents:
        start, end = _core(ent)
        if ent.label_ not in VARIANT_LABELS or end - start != 1 or taken[start]:
            continue
        token = tokens[start]
        if (start, start) in rejected or token.lower_ in person_words:
            continue
        if not _is_capitalised(token.text) or not _put_by_grammar(tokens, start, start):
            continue
        key = normalize(token.text)
        mention = Mention(token.idx, token.idx + len(token), token.text, key, (), strong=False)
        mention.fuzzy = mention.locative = True
        out.append(mention)
        taken[start] = True
    return out


def _put_by_grammar(tokens: Sequence[Token], i: int, j: int) -> bool:
    """'killed 12 in Tassia', 'attacked the village of X', 'a raid on X': a name (tokens i to
    j) the text puts an event in, not one that only qualifies a noun ('Katyusha rockets')."""
    return (
        (i >= 1 and tokens[i - 1].lower_ in PLACE_LOCATIVES)
        or _settlement_by_grammar(tokens, i)
        or _struck_by_name(tokens, i, j)
    )


def _after_a_locative(token: Token, areas: frozenset[str]) -> bool:
    """Whether a name is the object of a preposition of place, itself or as the modifier of
    a word of the land that is ("in the Mir Ali area"; not "in a Boko Haram attack")."""
    if token.dep_ == "compound" and token.head.lower_ in areas:
        token = token.head
    return token.dep_ == "pobj" and token.head.lower_ in LOCATIVES and token.head.lower_ != "from"


_SPACED_DASHES = frozenset(("-", "–", "—"))


def split_at_datelines(ents: Sequence[Span], found: dict[str, tuple[Candidate, ...]]) -> list[Span]:
    """The small model runs an agency-less dateline into the name after it ("YAOUNDE - Boko
    Haram": one organisation), and the town is then read as part of a name. A town's name in
    capitals before a spaced dash is a dateline of its own: the entity is split there, each
    side keeping the label (as "YAOUNDE (Reuters) - Boko Haram" is read). "EXCLUSIVE - Wagner"
    names no town and stays whole."""
    out: list[Span] = []
    for ent in ents:
        dash = next((t for t in ent if _dateline_dash(t)), None)
        head = ent.doc[ent.start : dash.i].text if dash is not None else ""
        if dash is None or not _in_capitals(head) or not _names_a_town(found, head):
            out.append(ent)
            continue
        out.append(Span(ent.doc, ent.start, dash.i, label=ent.label_))
        if dash.i + 1 < ent.end:
            out.append(Span(ent.doc, dash.i + 1, ent.end, label=ent.label_))
    return out


def _names_a_town(found: dict[str, tuple[Candidate, ...]], name: str) -> bool:
    return any(c.entry.kind == CITY for c in found.get(normalize(name), ()))


def _dateline_dash(token: Token) -> bool:
    """A dash set apart by spaces ("KABUL - Gunmen"), not a hyphen inside a name."""
    before = token.i > 0 and token.doc[token.i - 1].whitespace_ != ""
    return token.text in _SPACED_DASHES and before and token.whitespace_ != ""


def _in_capitals(text: str) -> bool:
    """'YAOUNDE', 'PORT-AU-PRINCE': a name in capitals of three letters or more."""
    return len(text) > 2 and text.isupper()


def _crosses_a_line(ent: Span) -> bool:
    """An entity the small model ran over a line break ("... strike on Kharkiv" + "\n\n" +
    "Ukraine's emergency service": one ORG) joins a headline's last word to the body's first:
    its label says nothing of either, and the names in it are read as bare words."""
    return "\n" in ent.text


def _plural_noun_opening(doc: Doc, start: int, end: int) -> bool:
    """A lone plural common noun that opens a sentence ("Militiamen", "Gunmen"), which the
    small model now and then tags GPE for its capital letter."""
    token = doc[start]
    return end - start == 1 and token.is_sent_start and token.tag_ == "NNS"


# Labels under which the small model tags a people's adjective or plural ("Russian", "Afghans").
DEMONYM_LABELS = frozenset(("NORP", "GPE", "LOC"))


def _demonym_keys(
    tokens: Sequence[Token], ents: list, agent_words: frozenset[str]
) -> list[tuple[int, int, str]]:
    """Entities that may be a people's name ("Russian", "Sri Lankan", "Palestinians"): (first
    token, last token, demonym key). The news corpora annotate them as mentions of the country
    (or continent) they name; what they mean is resolved like any other mention."""
    out = []
    for ent in ents:
        if ent.label_ not in DEMONYM_LABELS or len(ent) > 3:
            continue
        start, end = _core(ent)
        if not _is_capitalised(tokens[start].text):
            continue
        out.append((start, end - 1, DEMONYM_PREFIX + normalize(ent.doc[start:end].text)))
    return out + _untagged_peoples(tokens, ents, agent_words)


def _untagged_peoples(
    tokens: Sequence[Token], ents: list, agent_words: frozenset[str]
) -> list[tuple[int, int, str]]:
    """A capitalised adjective the tagger left untagged before a word of a state's agents
    ("Malian troops clashed ...", "Chadian army said"): maybe a people's name; the gazetteer's
    demonyms decide."""
    tagged = {t for ent in ents for t in range(ent.start, ent.end)}
    return [
        (i, i, DEMONYM_PREFIX + normalize(tok.text))
        for i, tok in enumerate(tokens[:-1])
        if i not in tagged
        and tok.tag_ in ("JJ", "NNP")
        and _is_capitalised(tok.text)
        and tokens[i + 1].lower_ in agent_words
    ]


_AREA_NOUNS = PLURAL_REGION_WORDS | {"territories", "lands", "areas"}


def _demonym_mentions(
    tokens: Sequence[Token],
    text: str,
    demonyms: list[tuple[int, int, str]],
    found: dict[str, tuple[Candidate, ...]],
    taken: list[bool],
    capital_of: Callable[[str], Entry | None],
) -> list[Mention]:
    """A people's name the gazetteer knows, as a mention of its country: "Afghan officials";
    before "capital", of the country's capital."""
    out = []
    for i, j, key in demonyms:
        if not found.get(key) or any(taken[t] for t in range(i, j + 1)):
            continue
        if j + 1 < len(tokens) and tokens[j + 1].lower_ in _AREA_NOUNS:
            continue  # "the Palestinian territories": a name of its own, not the country
        start, end = tokens[i].idx, tokens[j].idx + len(tokens[j].text)
        out.append(Mention(start, end, text[start:end], key, found[key], strong=True, demonym=True))
        capital = _capital_after(tokens, j, found[key], capital_of)
        if capital is not None:  # "the Somali capital": the city its country's people name
            word = tokens[j + 1]
            out.append(Mention(word.idx, word.idx + len(word), word.text, "capital", (capital,)))
            j += 1
        for t in range(i, j + 1):
            taken[t] = True
    return out


def _bare_capitals(
    tokens: Sequence[Token],
    taken: list[bool],
    mentions: Sequence[Mention],
    capital_of: Callable[[str], Entry | None],
) -> list[Mention]:
    """'a blast in the capital' in a story of one country: that country's capital (not 'the
    state capital', 'the capital of X', 'capital markets')."""
    countries = {
        c.entry.country_code
        for m in mentions
        for c in m.candidates[:1]
        if c.entry.kind == COUNTRY and (m.demonym or c.primary)
    }
    if len(countries) != 1 or None in countries:
        return []
    city = capital_of(next(iter(countries)))
    if city is None:
        return []
    out = []
    for k in range(1, len(tokens)):
        word = tokens[k]
        if word.lower_ != "capital" or taken[k] or tokens[k - 1].lower_ != "the":
            continue
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if after is not None and (after.lower_ == "of" or after.pos_ in ("NOUN", "PROPN")):
            continue  # "the capital of Chad", "the capital markets", "the capital Kabul"
        start = word.idx
        out.append(
            Mention(start, start + len(word), word.text, "capital", (Candidate(city, True),))
        )
        taken[k] = True
    return out


# How many words may stand between a name and the noun it qualifies ("Palestinian health
# officials", "the UK defence ministry").
_QUALIFIER_REACH = 2


def _qualifies(tokens: Sequence[Token], j: int, words: frozenset[str]) -> bool:
    """Whether the name ending at token ``j`` qualifies a noun of ``words`` right after it
    ('Palestinian health officials', 'the U.S. military', "Russia's defence ministry")."""
    if tokens[j].dep_ not in ("amod", "compound", "nmod", "poss"):
        return False
    reach = tokens[j + 1 : j + 2 + _QUALIFIER_REACH]
    return any(t.lower_ in words for t in reach) and tokens[j].head in reach


def _capital_after(
    tokens: Sequence[Token],
    j: int,
    countries: tuple[Candidate, ...],
    capital_of: Callable[[str], Entry | None],
) -> Candidate | None:
    """The capital a people's name before "capital" names ("the Ukrainian capital")."""
    if j + 1 >= len(tokens) or tokens[j + 1].lower_ != "capital":
        return None
    codes = {c.entry.country_code for c in countries if c.entry.kind == COUNTRY}
    if len(codes) != 1 or None in codes:
        return None
    city = capital_of(codes.pop())
    return Candidate(city, True) if city is not None else None


# "Olumbi, in the district of Palma", "Zaman Park in Lahore": what may lie between a place and
# the place that holds it.
_CONTAINER_GAP = re.compile(
    r"\s*,\s*(?:in\s+)?(?:the\s+)?(?:(?:district|province|region|state|county|governorate|"
    r"municipality)\s+of\s+)?|[\"”’']?\s+in\s+(?:the\s+)?(?:(?:(?:north|south)-?(?:east|west)|"
    r"north|south|east|west)(?:ern)?\s+|central\s+)?(?:(?:district|province|region|state|county|"
    r"governorate|municipality)\s+of\s+)?"
    # "Tikri, a village in Kupwara district", "X, a small town in the north of Y"
    r"|\s*,\s*an?\s+(?:[a-z]+\s+){0,3}?(?:village|town|hamlet|settlement|locality|community)"
    r"\s+(?:(?:located|situated|lying)\s+)?in\s+(?:the\s+)?(?:(?:(?:north|south)-?(?:east|west)|"
    r"north|south|east|west)(?:ern)?\s+|central\s+)?(?:(?:district|province|region|state|county|"
    r"governorate|municipality)\s+of\s+)?"
    # "X village in Y region", "X village of Y township", "X locality of Y county", "X valley
    # of Y district": the kind of place told after its name, then what holds it
    # ("X refugee camp in central Y": a word may say what kind, a side where in Y)
    r"|\s+(?:[a-z]+\s+)?(?:village|town|township|hamlet|settlement|locality|community|camp|"
    r"neighbou?rhood|valley|area)\s+(?:in|of)\s+(?:the\s+)?(?:(?:(?:north|south)-?(?:east|west)|north|"
    r"south|east|west)(?:ern)?\s+|central\s+)?"
    # "X village, Y township, Z region", "X village, Z state": an address told with commas,
    # its middle part perhaps a name the gazetteer lacks
    r"|\s+(?:village|hamlet|settlement|locality|community|camp|town|township|district|"
    r"municipality|commune|tehsil|county)\s*,\s*"
    r"(?:(?:[\w'’-]+\s+){1,3}(?:village\s+tract|township|district|town|municipality|county|"
    r"commune|tehsil)\s*,\s*)?(?:the\s+)?"
    # "The village, X, lies in Y district", "X is located in Y": a verb of lying somewhere
    r"|\s*,?\s+(?:which\s+)?(?:lies|is\s+located|is\s+situated|located|situated)\s+in\s+"
    r"(?:the\s+)?"
    # "X, a district of Y", "X, a poor neighbourhood of Y": a part of Y
    r"|(?P<part>\s*,\s*an?\s+(?:[a-z]+\s+){0,2}?(?:district|neighbou?rhood|suburb|quarter|area)"
    r"\s+of\s+(?:the\s+)?)"
    # "Barak, northeast of Suwayda", "Mansouri, 10 km south of Tyre": a place near another
    # ("the X area east of Y city": the kind of place may come between)
    r"|\s*,?\s*(?:(?:village|town|area|neighbou?rhood|district|camp)\s+)?"
    r"(?:about\s+|some\s+)?(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)


NAMED_SETTLEMENT = frozenset(("village", "town", "hamlet", "barangay", "brgy", "sitio"))
# "the villages of A, B and C": a plural names every settlement of the list after it.
NAMED_SETTLEMENTS = frozenset(("villages", "towns", "hamlets", "barangays", "localities"))


def _settlement_mentions(tokens: Sequence[Token], taken: list[bool], text: str) -> list[Mention]:
    """'the village of Baeti', 'Brgy Anomar', 'Chikim village': a name the grammar calls a
    settlement, kept even when no gazetteer knows it (it is then placed by its context)."""
    out = []
    n = len(tokens)
    for k in range(n):
        word = tokens[k].lower_.rstrip(".")
        if word in NAMED_SETTLEMENTS and k + 1 < n and tokens[k + 1].lower_ == "of":
            for i, j in _listed_names(tokens, k + 2):
                if not any(taken[i : j + 1]):
                    out.append(_claim_named(tokens, taken, text, (i, j)))
            continue
        if word not in NAMED_SETTLEMENT:
            continue
        after = k + 2 if k + 1 < n and tokens[k + 1].lower_ == "of" else k + 1
        after = _past_gloss(tokens, after)  # "Barangay (village) Benli"
        span = _capitalised_run(tokens, taken, after, 1)
        if span is None and k >= 1:
            span = _capitalised_run(tokens, taken, k - 1, -1)
            if span is not None and _described(tokens, span[0]):
                span = None  # "a mostly Yazidi village": a word that says what kind
        if span is None:
            span = _glossed_before(tokens, taken, k)
        if span is None:
            continue
        # Not searched as a misspelling: a named village is more likely one the gazetteer
        # lacks than a misspelt town ("Sitio Bulak" is not Bulan).
        out.append(_claim_named(tokens, taken, text, span))
    return out


_LIST_WORDS = frozenset((",", "and", "or"))
_ADDRESS_REACH = 6  # tokens from "in" to the region word of the area that holds a name


def _addressed_mentions(tokens: Sequence[Token], taken: list[bool], text: str) -> list[Mention]:
    """'near Kalsaka, in Burkina Faso's Nord region', 'at Gomboro, in the Sourou province': a
    name after a preposition of place, given an area that holds it, is a place even where the
    tagger read a person and no gazetteer knows it (it is then placed in that area)."""
    out = []
    for k in range(1, len(tokens) - 3):
        if tokens[k].text != "," or tokens[k + 1].lower_ != "in":
            continue
        area = tokens[k + 2 : k + 2 + _ADDRESS_REACH]
        if not any(t.lower_ in REGION_WORDS for t in area) or any(t.pos_ == "VERB" for t in area):
            continue
        out += _name_after_a_locative(tokens, taken, text, k - 1)
    return out


def _name_after_a_locative(
    tokens: Sequence[Token], taken: list[bool], text: str, end: int
) -> list[Mention]:
    """The unclaimed capitalised name ending at token ``end``, claimed when "in", "near",
    "at" ... opens it (not "from": where people came from)."""
    span = _capitalised_run(tokens, taken, end, -1)
    if span is None or tokens[span[0] - 1].lower_ not in LOCATIVES - {"from"}:
        return []
    return [_claim_named(tokens, taken, text, span)]


# ", about 40 km south of", ", 60 miles from": a distance and perhaps a side after a comma
_DISTANCE_AFTER = re.compile(
    r",\s*(?:(?:about|some|roughly|around|nearly|approximately|almost|just|over|under)\s+)?"
    r"\d+(?:\.\d+)?\s*-?\s*(?:km|kms|kilomet(?:re|er)s?|mi|miles?)\b\.?\s*(?:\([^)]{1,30}\)\s*)?"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)\s+of|from)\b",
    re.IGNORECASE,
)


def _measured_mentions(tokens: Sequence[Token], taken: list[bool], text: str) -> list[Mention]:
    """'fighting broke out in X, 40 km south of Y', 'at X, some 70 km from Y': a name after a
    preposition of place, told as lying some distance off a town, is a place even where the
    tagger read none and no gazetteer knows it (it is then put off that town)."""
    out = []
    for k in range(2, len(tokens) - 2):
        if tokens[k].text != "," or not _DISTANCE_AFTER.match(text, tokens[k].idx):
            continue
        out += _name_after_a_locative(tokens, taken, text, k - 1)
    return out


_GLOSS_WORDS = 3  # words that may qualify the noun of a gloss ("a mainly Shiite Turkmen town")
_GLOSS_ADVERBS = frozenset(("mostly", "mainly", "largely", "predominantly", "majority"))


def _described(tokens: Sequence[Token], i: int) -> bool:
    """Whether the capitalised word at i follows an indefinite article ("a Kurdish town",
    "a mostly Druze village"): a word of its people or faith, not the place's name."""
    k = i - 1
    if k >= 0 and tokens[k].lower_ in _GLOSS_ADVERBS:
        k -= 1
    return k >= 0 and tokens[k].lower_ in ("a", "an")


def _describes_kind(tokens: Sequence[Token], i: int, j: int) -> bool:
    """'a (mostly) Yazidi village': a word between an indefinite article and a settlement
    noun says what kind of place it is."""
    if j + 1 >= len(tokens) or not tokens[j + 1].is_lower:
        return False  # "A Westminster City Council spokeswoman": the noun is a name's own
    return tokens[j + 1].text in SETTLEMENT_WORDS and _described(tokens, i)


def _gloss_start(tokens: Sequence[Token], k: int) -> int | None:
    """Where the name a settlement noun at k glosses ends ('Tawila, a market town 60 km west
    of ...'), but not for 'Musa Ali, a village elder' (the noun only qualifies another)."""
    if tokens[k].lower_ not in NAMED_SETTLEMENT or tokens[k].dep_ == "compound":
        return None
    j = k - 1
    # "a market town", "a mainly Shiite Turkmen village": words that say what kind of place
    while j >= 0 and k - j <= _GLOSS_WORDS + 1 and tokens[j].is_alpha:
        if tokens[j].lower_ in ("a", "an"):
            break
        j -= 1
    if j < 2 or tokens[j].lower_ not in ("a", "an") or tokens[j - 1].text != ",":
        return None
    return j - 2


def _glossed_before(tokens: Sequence[Token], taken: list[bool], k: int) -> tuple[int, int] | None:
    """The unclaimed name a settlement noun glosses."""
    end = _gloss_start(tokens, k)
    return None if end is None else _capitalised_run(tokens, taken, end, -1)


def _glossed_after(tokens: Sequence[Token], j: int) -> bool:
    """Whether the name ending at token j is glossed as a settlement (", a small town")."""
    return any(_gloss_start(tokens, k) == j for k in range(j + 3, min(j + 6, len(tokens))))


def _name_word(token: Token) -> bool:
    return token.text[:1].isupper() and token.is_alpha


def _listed_names(tokens: Sequence[Token], at: int) -> list[tuple[int, int]]:
    """The capitalised names of a list that starts at ``at`` ('A, B and C'), claimed or not:
    the spans of those no other mention has claimed."""
    spans = []
    k = at
    while k < len(tokens) and _name_word(tokens[k]):
        end = k
        while end + 1 < len(tokens) and end - k < 2 and _name_word(tokens[end + 1]):
            end += 1
        spans.append((k, end))
        k = end + 1
        if k >= len(tokens) or tokens[k].lower_ not in _LIST_WORDS:
            break
        while k < len(tokens) and tokens[k].lower_ in _LIST_WORDS:
            k += 1
    return spans


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


LOCATIVES = frozenset(("in", "at", "near", "from", "outside", "around"))
PLACE_LOCATIVES = LOCATIVES - {"from"}  # "a letter from ...": a person as often as a place
# Verbs whose object is a place struck or taken ("drones hit Kadugli", "troops retook X"): a
# name the tagger read as a person there is as much a place as one after "in".
STRIKE_VERBS = frozenset(
    (
        "hit", "shell", "bomb", "strike", "pound", "storm", "overrun", "capture", "seize",
        "recapture", "retake", "besiege", "raid", "bombard", "attack", "target", "liberate",
        "encircle", "enter",
    )
)  # fmt: skip
# "a missile strike on X", "attacks against X", "the shelling of X": nouns of striking or
# taking, and the preposition that brings in what they strike.
STRIKE_NOUNS = {
    "on": frozenset(
        (
            "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "raid",
            "raids", "assault", "assaults", "offensive", "advance", "push", "bombardment",
        )
    ),
    "against": frozenset(("attack", "attacks", "offensive", "assault", "assaults")),
    "of": frozenset(
        (
            "shelling", "bombing", "bombardment", "siege", "capture", "fall", "recapture",
        )
    ),
}  # fmt: skip


def _struck_by_name(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the name (tokens i to j) is the object of a verb or a noun of striking or
    taking ("drones hit X", "a strike on X")."""
    if i >= 2 and tokens[i - 2].lower_ in STRIKE_NOUNS.get(tokens[i - 1].lower_, ()):
        return True
    last = tokens[j]
    if last.dep_ == "nsubj" and last.head.lemma_ == "fall":
        # "Kupiansk fell to Russian troops": the subject of a fall to someone is a place taken
        return any(c.dep_ == "prep" and c.lower_ == "to" for c in last.head.children)
    return last.dep_ == "dobj" and last.head.pos_ == "VERB" and last.head.lemma_ in STRIKE_VERBS


# Verbs whose object is only ever a place (unlike "attack" or "target", said of people too).
PLACE_STRIKE_VERBS = frozenset(
    ("shell", "bomb", "bombard", "pound", "besiege", "encircle", "overrun", "recapture", "retake")
)


def _shelled_by_name(tokens: Sequence[Token], j: int) -> bool:
    """Whether the name ending at token j is the object of a verb said only of places."""
    last = tokens[j]
    return (
        last.dep_ == "dobj" and last.head.pos_ == "VERB" and last.head.lemma_ in PLACE_STRIKE_VERBS
    )


def _headed_mentions(
    tokens: Sequence[Token], taken: list[bool], text: str, words: PlaceWords
) -> list[Mention]:
    """'in Umm Dam Haj Ahmed': after a locative, a name that begins like a village's name."""
    heads = words.name_heads
    neighbourhoods = words.neighbourhoods
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


_TIME_ENTS = frozenset(("DATE", "TIME"))


def _joins_names(tokens: Sequence[Token], taken: list[bool], k: int) -> bool:
    """A lowercase connector between two capitalised words of one name ("Wad al-Noura": the
    hyphen after an Arabic article joins too); not one before a day ("the town of Mutarule on
    Saturday": a name and its date)."""
    return (
        not taken[k]
        and (tokens[k].lower_ in CONNECTORS or tokens[k].text == "-")
        and k + 1 < len(tokens)
        and tokens[k + 1].ent_type_ not in _TIME_ENTS
        and (
            tokens[k + 1].text[:1].isupper()
            or tokens[k + 1].lower_ in CONNECTORS
            or tokens[k + 1].text == "-"
        )
    )


_NEXT_WORD = re.compile(r"\s+(?P<word>[^\W\d_]+)\b")


def _names_a_street(m: Mention, text: str, streets: frozenset[str]) -> bool:
    """'Olmedo street', 'Sucre avenue': the name of a street of the article's town, not the
    town or province of that name."""
    found = _NEXT_WORD.match(text, m.end)
    return found is not None and found["word"].casefold() in streets


# "the southern village of X", "in the north-eastern Nigerian town of X", "the eastern town X"
_SIDE_BEFORE = re.compile(
    r"\b(?P<side>(?:north|south)(?:-?(?:east|west))?(?:ern)?|east(?:ern)?|west(?:ern)?|central)"
    r"\s+(?:[A-Z][a-z]+\s+)?(?:village|town|hamlet|settlement|locality|city)\s+(?:of\s+)?$"
)


def mark_sides(mentions: list[Mention], text: str) -> None:
    """'the southern village of X': X lies on that side of its country."""
    for m in mentions:
        found = _SIDE_BEFORE.search(text, max(0, m.start - 60), m.start)
        if found is not None:
            m.side = DIRECTIONS[found["side"]]


_APPOSITION = re.compile(r",\s+(?:a|an|the)\s+(?P<words>[\w-]+(?:\s+[\w-]+){0,2})")


def mark_town_parts(mentions: list[Mention], text: str, words: frozenset[str]) -> None:
    """'Jardim X, a favela in the city's north', 'X, a poor suburb of the capital': an
    apposition whose noun names a part of a town."""
    for m in mentions:
        found = _APPOSITION.match(text, m.end)
        if found is not None and not words.isdisjoint(found["words"].lower().split()):
            m.town_part = True


# What may stand before a dateline in its sentence: the file's date, other capitals
# ("JERUSALEM/CAIRO"), no lower-case word; and what follows it: a comma, a bracket, a dash,
# not a word ("U.S. officials").
_BEFORE_DATELINE = re.compile(r"(?:\s*date \d{4}-\d{2}-\d{2})?[^a-z]*")
_AFTER_DATELINE = re.compile(r"\s*(?:[^\w\s]|$)")
_SENTENCE_END = re.compile(r"[.!?\n]\s")
# ... or in title case, when no lower-case word comes between it and the dash that ends the
# dateline: "Maiduguri (Nigeria), April 11, 2023 (AFP) -", "Nairobi, Kenya —"
_DATELINE_DASH = re.compile(r"\s[-–—]\s|\.-")
_DATELINE_REACH = 60
# "NATO - ", "UN - ": a word in capitals as short as an acronym is a dateline only when it
# names a city ("GAZA -", "GOMA -"; `_a_city`), not a hamlet of that spelling.
_ACRONYM_LETTERS = 4
_LOWER_WORD = re.compile(r"(?<![\w'’])[a-z]")


def mark_dateline(mentions: list[Mention], dateline_zone: int, text: str) -> None:
    """A place in capitals that opens a sentence of the layout's dateline zone, before a
    comma, a bracket or a dash, is the dateline: it weighs double as context. 'An American
    strike ..., the U.S. military said' has no dateline, however early the capitals come."""
    for m in mentions:
        if m.start > dateline_zone:
            break
        ends = [e.end() for e in _SENTENCE_END.finditer(text, 0, m.start)]
        opens = _BEFORE_DATELINE.fullmatch(text, ends[-1] if ends else 0, m.start) is not None
        if not (opens and _AFTER_DATELINE.match(text, m.end)) or _town_or_acronym(m):
            continue
        if (m.text.isupper() and len(m.text) > 2) or _titled_dateline(text, m.end):
            m.dateline = True
            if m.container is not None:
                m.container.dateline = True


def _town_or_acronym(m: Mention) -> bool:
    """Whether a short word in capitals may be an organisation's acronym rather than a town."""
    if not m.text.isupper() or len(m.text) > _ACRONYM_LETTERS:
        return False
    return not _a_city(m.candidates)


def _titled_dateline(text: str, end: int) -> bool:
    """Whether a title-case place ending at ``end`` is followed, before any lower-case word, by
    the dash that closes a dateline."""
    line_end = text.find("\n", end)
    dash = _DATELINE_DASH.search(text, end, line_end if line_end >= 0 else len(text))
    if dash is None or dash.start() - end > _DATELINE_REACH:
        return False
    return _LOWER_WORD.search(text, end, dash.start()) is None


def link_containers(mentions: list[Mention], text: str) -> None:
    """'Paris, Texas', 'Avdiivka in the Chernihiv region': the second place holds the first;
    'Kherson's Bilozerka district': the first holds the second; 'X township in Myanmar's Y
    region': X lies in Y."""
    before: Mention | None = None
    for a, b in itertools.pairwise(mentions):
        # "In the city of Kherson, Russian shelling ...", "near Jilib, the U.S. military said":
        # a people's name, or the name of whose agents, holds no place
        holds_none = b.demonym or b.agents
        gap = None if holds_none else _CONTAINER_GAP.fullmatch(text[a.end : b.start])
        if gap is not None:
            a.container = b
            a.part_of_holder = gap["part"] is not None
            # "Kwari, a village in Y", "X township, Y": the text calls it a place of a kind
            a.settled = a.settled or _SETTLEMENT_GLOSS.search(gap.group()) is not None
            b.held = a
        elif a.region_word and _OF_GAP.fullmatch(text[a.end : b.start]):
            # "the Catatumbo region of Colombia": the region lies in what follows "of"
            a.container = b
            b.held = a
        elif _POSSESSIVE_GAP.fullmatch(text[a.end : b.start]) and b.container is None:
            b.container = a
            # "Mogadishu's Lido beach": a part of the place before, unless a region word
            # says it is a district that may hold more ("Kaduna's Kajuru local government
            # area", where Kaduna is the state)
            b.part_of_holder = not b.region_word
            if before is not None and before.container is a:
                before.container = b
            a.held = b
        before = a


def _mark_modifiers(
    mentions: Sequence[Mention], tokens: Sequence[Token], words: PlaceWords
) -> None:
    """Mark the names that qualify a state's agents ('the U.S. military', 'UK warplanes') or
    are hyphened to a sponsor ('Iran-backed militias'): whose they are, not where; and the
    names of a source telling of home ('Afghan police')."""
    ends = {t.idx + len(t.text): t for t in tokens}
    starts = {t.idx: t for t in tokens}
    for m in mentions:
        first = starts.get(m.start)
        m.office_seat = first is not None and _after_office(tokens, first.i, words.offices)
        last = ends.get(m.end)
        if last is None:
            continue
        m.agents = _qualifies(tokens, last.i, words.state_agents) or _hyphened_to(
            tokens, last.i, words.whose_suffixes
        )
        m.local_source = _qualifies(tokens, last.i, words.local_sources)
        m.striker = _qualifies(tokens, last.i, words.strikes)


def _after_office(tokens: Sequence[Token], i: int, offices: frozenset[str]) -> bool:
    """Whether the name opening at token ``i`` follows an office holder and "in", "from" or
    "of" ("a local official in Banibangou", "the mayor of Anka")."""
    return (
        i >= 2 and tokens[i - 1].lower_ in ("in", "from", "of") and tokens[i - 2].lower_ in offices
    )


def _hyphened_to(tokens: Sequence[Token], j: int, suffixes: frozenset[str]) -> bool:
    """Whether the name ending at token ``j`` is hyphened to a suffix of whose ('Iran-backed
    militias', 'a Kyiv-based monitor'), written with the hyphen as a token or inside one."""
    after = tokens[j + 1 : j + 3]
    if not after or after[0].idx != tokens[j].idx + len(tokens[j].text):
        return False
    if after[0].text.startswith("-") and after[0].text[1:].lower() in suffixes:
        return True
    return (
        len(after) == 2
        and after[0].text in ("-", "–")
        and after[1].idx == after[0].idx + 1
        and after[1].lower_ in suffixes
    )


_POSSESSIVE_GAP = re.compile(r"['’]s?\s+")
_OF_GAP = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
_SETTLEMENT_GLOSS = re.compile(
    r"\b(?:village|town|township|hamlet|settlement|locality|community|district|municipality|"
    r"commune|tehsil|county|valley|area)\b"
)


# "Tawila, a town about 60 km west of El Fasher", "X, located 12 miles (19 km) north-east of
# the city of Y": a distance and a side between two names.
_OFFSET_GAP = re.compile(
    r"(?:\s*[a-z]+)?\s*,?\s*(?:[A-Za-z]+\s+){0,6}?(?:\d+\s*(?:-|to|or)\s*)?(?P<n>\d+(?:\.\d+)?)\s*-?\s*"
    r"(?P<unit>km|kms|kilomet(?:re|er)s?|mi|miles?)\b\.?\s*(?:\([^)]{1,30}\)\s*)?"
    r"(?P<side>(?:north|south)(?:-?(?:east|west))?|east|west)\s+of\s+(?:the\s+)?"
    r"(?:(?:[a-z]+\s+){0,2}(?:city|town|village|capital|of)\s+(?:of\s+)?)?",
)
_MILE_KM = 1.609
OFFSET_MAX_KM = 300.0  # farther than this, a stated distance says little about a point


def link_offsets(mentions: list[Mention], text: str) -> None:
    """'X, 60 km west of Y': X lies that far that way off Y."""
    for a, b in itertools.pairwise(mentions):
        found = _OFFSET_GAP.fullmatch(text[a.end : b.start])
        if found is None:
            continue
        km = float(found["n"]) * (_MILE_KM if found["unit"].startswith("mi") else 1.0)
        if km > OFFSET_MAX_KM:
            continue
        north, east = DIRECTIONS[found["side"]]
        scale = km / math.hypot(north, east)
        a.off_from, a.offset_km = b, (north * scale, east * scale)


# "Zolotnyky, a village about 12 km from Kherson": a distance, on no side, between two names
_DISTANCE_GAP = re.compile(
    r"(?:\s*[a-z]+)?\s*,?\s*(?:[A-Za-z]+\s+){0,6}?(?P<n>\d+(?:\.\d+)?)\s*-?\s*"
    r"(?P<unit>km|kms|kilomet(?:re|er)s?|mi|miles?)\b\.?\s*(?:\([^)]{1,30}\)\s*)?"
    r"(?:away\s+)?from\s+(?:the\s+)?(?:(?:[a-z]+\s+){0,2}(?:city|town|village|capital|of)\s+"
    r"(?:of\s+)?)?",
)


# "X, a village near Y", "X, a small town close to the city of Y": near, no distance told
_NEAR_GLOSS_GAP = re.compile(
    r"\s*,\s*an?\s+(?:[a-z]+\s+){0,3}?(?:village|town|hamlet|settlement|locality|community)"
    r"\s+(?:(?:located|situated|lying)\s+)?(?:near|close\s+to|not\s+far\s+from|outside)\s+"
    r"(?:the\s+)?(?:(?:[a-z]+\s+){0,2}(?:city|town|village|capital)\s+(?:of\s+)?)?"
)
NEAR_GLOSS_KM = 10.0  # how far "near" is taken to be, for the readings a name may keep


def link_distances(mentions: list[Mention], text: str) -> None:
    """'X, a village some 12 km from Y': X lies about that far from Y, on a side not told;
    'X, a village near Y': X lies close to Y."""
    for a, b in itertools.pairwise(mentions):
        if a.off_from is not None:
            continue
        gap = text[a.end : b.start]
        found = _DISTANCE_GAP.fullmatch(gap)
        if found is None:
            if _NEAR_GLOSS_GAP.fullmatch(gap):
                a.near_to, a.near_km = b, NEAR_GLOSS_KM
                a.settled = True
            continue
        km = float(found["n"]) * (_MILE_KM if found["unit"].startswith("mi") else 1.0)
        if km <= OFFSET_MAX_KM:
            a.near_to, a.near_km = b, km


_LIST_GAP = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", re.IGNORECASE)


def link_lists(mentions: list[Mention], text: str) -> None:
    """'Hawaii, California and Washington': names listed together are things of one kind."""
    for a, b in itertools.pairwise(mentions):
        if _LIST_GAP.fullmatch(text[a.end : b.start]):
            a.siblings.append(b)
            b.siblings.append(a)
            # "near Chasiv Yar and Avdiivka", "shelled X and Y": what places the first name
            # of a list places the names after it
            b.locative = b.locative or a.locative


def span_key(text: str) -> str:
    text = text.strip().lstrip("#")
    for prefix in ("the ", "The "):
        if text.startswith(prefix):
            text = text[len(prefix) :]
    if text.endswith(("'s", "’s")):
        text = text[:-2]
    return normalize(text)
