"""Resolution: each recognised toponym (``recognition.py``) resolved to one gazetteer entry.

Resolution scores each candidate by its kind (a country or oblast before a village of the same
name), population, and agreement with the rest of the article: the countries and regions of
the other places, "Town, State" pairs, a town and the district that holds it, the dateline and
nearness to the other places. Misspellings ("Donestk") are matched by edit distance against the
names of the article's focus country only.

A direction word before a country or region ("southern Iraq") gives the middle of that part of
it (feature RGN, no GeoNames id); a village the gazetteer lacks keeps its own name and is put at
the place named with it ("X, in the district of Y", "X near Y", "X, north of Y"), at the
middle of the part of a country it is said to lie in ("the villages of A and B in northern
Chad"), else at the article's most named town or region; in a province or district, at the
town the unit is named after (its seat). "X, 60 km west of Y" puts X that far off Y, and of
X's readings keeps only one near there. A part of a town ("X, a favela in the city's north")
far from the article's town is put at that town, not at a namesake.
"""

from __future__ import annotations

import functools
import heapq
import math
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from rapidfuzz import process
from rapidfuzz.distance import OSA

from sitrep import gazetteer
from sitrep.analyze.places.recognition import (
    ARTICLE_PREFIXES,
    CONNECTORS,
    Mention,
    PlaceWords,
    directional_point,
    lies_on_side,
)
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
    normalize,
)
from sitrep.model import Place

DATA = Path(__file__).resolve().parents[2] / "data"
MAX_FUZZY = 12  # misspelling searches per article: each costs a scan of one country's names
DATELINE_FOCUS = 3  # a dateline counts as this many mentions of where the story is
MAX_POINTS = 30  # the places whose nearness counts, first named first

# Resolution weights: tuned by coordinate search on gold spans of LGL, TR-News and GeoWebNews.
KIND_PRIOR = {COUNTRY: 4.5, CONTINENT: 4.5, REGION: 2.2, ADMIN1: 1.6, ADMIN2: 0.1, CITY: 0.0}
POPULATION_WEIGHT = 0.275
PRIMARY_BONUS = 0.9
CAPITAL_BONUS = 3.0
COUNTRY_WEIGHT = 3.6
ADMIN1_WEIGHT = 1.6
CONTAINER_BONUS = 3.0
HOLDER_BONUS = 2.5
REGION_HOLDS_KM = 70.0  # a curated territory's towns lie this near its point (Gaza, West Bank)
LIST_BONUS = 2.5
REGION_WORD_BONUS = 4.0
NEAR_WEIGHT = 1.2
NEAR_KM = 450.0
SOFT_TOP = 4  # readings of a name that lend it weight in the context
SOFT_T = 0.25  # softmax temperature of those readings' shares
SOFT_FLOOR = 0.01
MAX_ROUNDS = 8  # rescoring rounds: choices settle in a few; a cycle must still end
UNKNOWN_CONFIDENCE = 0.2
STRAY_FOCUS_SHARE = 0.6
STRAY_MAX_POPULATION = 50_000
ADMIN1_NAMESAKE_PENALTY = 2.25
ADMIN2_NAMESAKE_PENALTY = 3.0
ALTERNATE_PENALTY = 0.75
NAMESAKE_CITY_POPULATION = 20_000
# A town placed by its grammar ("in Chasiv Yar", "shelled Vuhledar") stands alone from this
# size: a town of 10,000 is no hamlet whose name a person or a firm shares by chance.
PLACED_TOWN_POPULATION = 10_000
SEAT_SHARE = 0.25  # a smaller town of a unit's name holding this share of its people
CITY_WORD_PENALTY = 6.0
HAMLET_POPULATION = 1000
WIDE_NAMESAKE_PENALTY = 3.0
HAMLET_ALIAS_WEIGHT = 0.3
DOMINANT_BONUS = 1.0
NESTED_BONUS = 1.0  # a town in a district the article also names
DATELINE_POPULATION_WEIGHT = 0.25  # a dateline names a town with a newsroom
CITY_WORD_POPULATION_WEIGHT = 1.0  # "San Pedro City" is the chartered one
FAMOUS_ALIAS_POPULATION = 1_000_000  # a dominant city this big is meant by its short names too
LOCATIVE_SUPPORT = 0.5  # the support a weak name after "in" or "near" needs to stand
UNIT_WORD_BONUS = 1.0  # a unit word of the reading's own country
ALIAS_REGION_PENALTY = 1.0  # a region reached by another name, the own name of a town abroad
OUTGROWN_RATIO = 10  # a city that dwarfs a whole region of its name abroad
# A town reached only by another of its names this far from the one country an article names
# is a namesake, not the place meant; a metropolis this big is still meant by its old names.
ALIAS_ABROAD_KM = 3000.0
ALIAS_ABROAD_MAX_POPULATION = 1_000_000
OUTGROWN_PENALTY = 1.25


# ---------------------------------------------------------------------------------------------
# Resolution


def _prior(c: Candidate, mention: Mention) -> float:
    e = c.entry
    size = math.log10(e.population + 10)
    score = KIND_PRIOR.get(e.kind, 0.0) + POPULATION_WEIGHT * size
    if c.primary or (e.kind == CITY and _seat_of_namesake(c, mention)):
        # "Jenin" is the town that gives its province the name, written "Janin" in the
        # gazetteer, before it is a Polish village of that very name
        score += PRIMARY_BONUS
    elif e.kind == CITY and _famous_by_another_name(e, mention):
        # "Rio" is the metropolis, not a village whose own name it is; "Salisbury" is still
        # the English town before it is the old name of Harare
        score += DOMINANT_BONUS
    elif e.kind == CITY and mention.has_primary:
        score -= ALTERNATE_PENALTY  # "Mexico" is Mexico before it is an alias of its capital
    elif e.kind == ADMIN1 and not mention.region_word and _owned_abroad(c, mention):
        score -= ALIAS_REGION_PENALTY  # "Beni" is the Congolese city before Bolivia's "El Beni"
    if e.kind in (CITY, ADMIN2) and mention.wide_namesake:
        score -= WIDE_NAMESAKE_PENALTY  # "the Atlantic" is the ocean, not Atlantic, Iowa
    if e.feature_code == "PPLC":
        score += CAPITAL_BONUS
    if mention.dateline and e.kind == CITY:
        score += DATELINE_POPULATION_WEIGHT * size
    if c.primary and e.pid == mention.dominant_city:
        score += DOMINANT_BONUS  # Portland is Oregon's unless the article says otherwise
    if mention.region_word:
        score += _region_word_score(e, mention)
    if mention.city_word:
        if e.kind != CITY:
            score -= CITY_WORD_PENALTY  # "Gaza City" is the city, not the Gaza Strip
        else:
            score += CITY_WORD_POPULATION_WEIGHT * size
    if mention.fuzzy:
        score -= 0.5 * c.entry.kind  # a misspelt name is more likely a well-known one
    # "southern Idlib": a side is said of a province, not of the city of its name
    province_side = mention.direction is not None and e.kind == ADMIN1
    if (
        e.kind in (ADMIN1, ADMIN2)
        and not (mention.region_word or province_side)
        and _has_namesake_city(c, mention)
    ):
        # "Chernihiv" alone is the city, not its oblast or raion
        score -= ADMIN1_NAMESAKE_PENALTY if e.kind == ADMIN1 else ADMIN2_NAMESAKE_PENALTY
    elif e.kind == ADMIN1 and not mention.region_word and _outgrown_by_a_city(c, mention):
        # "La Paz" alone is Bolivia's city, not a smaller province of that name elsewhere
        score -= OUTGROWN_PENALTY
    return score


def _seat_of_namesake(c: Candidate, mention: Mention) -> bool:
    """Whether a town is reached through the own name of the province or district it lies
    in: the town the province is named after."""
    short = _short_for_a_town(c, mention)
    return any(
        o.primary
        and o.entry.kind in (ADMIN1, ADMIN2)
        and _same_province(o.entry, c.entry)
        # a municipality is named after its town, whatever words the town's name adds
        and not (short and o.entry.kind == ADMIN1)
        and not _minor_alias_town(c, o.entry)
        for o in mention.candidates
    )


def _minor_alias_town(c: Candidate, unit: Entry) -> bool:
    """A town reached only by another of its names that holds a small share of a province's
    people ("Chiapas" once said of Chiapa de Corzo, a hundredth of Chiapas state) is not
    what the province is named after; "Janin" holds a third of Jenin governorate."""
    return (
        not c.primary and unit.kind == ADMIN1 and c.entry.population < SEAT_SHARE * unit.population
    )


def _short_for_a_town(c: Candidate, mention: Mention) -> bool:
    """Whether the name is only some words of a town's longer own name, and the town is no
    seat of a province: "Antioquia" is Colombia's department more than Santa Fe de
    Antioquia (a seat, "Oaxaca" for Oaxaca de Juárez, stays its province's town; and a
    municipality is named after its town, "Paracho" after Paracho de Verduzco)."""
    if c.primary or c.entry.feature_code in SEAT_CODES:
        return False
    words, own = mention.key.split(), normalize(c.entry.name).split()
    if not all(w in own for w in words):
        return False
    # "Karak City" is Karak: a kind word or an article adds no name
    return any(w not in words and w not in KIND_WORDS and w not in CONNECTORS for w in own)


SEAT_CODES = frozenset(("PPLA", "PPLC"))
KIND_WORDS = frozenset(("city", "town", "village"))


def _has_namesake_city(c: Candidate, mention: Mention) -> bool:
    """Whether a town of the name lies in the province or district ``c``, and is a city or,
    for a province, holds a good share of its people: the province is named after its seat
    ("Menaka" alone is the town more than its region). A district keeps its name: a bare
    "Forsyth" in American news is the county more than the small town of its name."""
    unit = c.entry
    return any(
        o.entry.kind == CITY
        and _same_province(o.entry, unit)
        and not (unit.kind == ADMIN1 and _short_for_a_town(o, mention))
        and (
            (
                o.entry.population >= NAMESAKE_CITY_POPULATION
                and not (c.primary and _minor_alias_town(o, unit))
            )
            or (
                unit.kind == ADMIN1
                and o.entry.population >= HAMLET_POPULATION
                and o.entry.population >= SEAT_SHARE * unit.population
            )
        )
        for o in mention.candidates
    )


def _famous_by_another_name(e: Entry, mention: Mention) -> bool:
    """A metropolis that dwarfs every town of the name, none of which is sizeable."""
    return (
        e.pid == mention.dominant_city
        and e.population >= FAMOUS_ALIAS_POPULATION
        and not _owned_by_a_city(mention)
    )


def _sizeable_towns(mention: Mention) -> list[Entry]:
    """The towns of some size whose own name the mention is."""
    return [
        o.entry
        for o in mention.candidates
        if o.primary and o.entry.kind == CITY and o.entry.population >= NAMESAKE_CITY_POPULATION
    ]


def _owned_by_a_city(mention: Mention) -> bool:
    """Whether the name is the own name of a sizeable town: then a region it is only another
    name of is less likely meant."""
    return bool(_sizeable_towns(mention))


def _owned_abroad(c: Candidate, mention: Mention) -> bool:
    """Whether the name is the own name of a sizeable town in another country than the region
    it is another name of (a town of the same country may well be named after the region)."""
    return any(t.country_code != c.entry.country_code for t in _sizeable_towns(mention))


def _outgrown_by_a_city(c: Candidate, mention: Mention) -> bool:
    """Whether a city elsewhere of that own name dwarfs the whole region."""
    return c.primary and any(
        t.population >= OUTGROWN_RATIO * c.entry.population and not _same_province(t, c.entry)
        for t in _sizeable_towns(mention)
    )


def _same_province(a: Entry, b: Entry) -> bool:
    return (a.country_code, a.admin1) == (b.country_code, b.admin1)


def _region_word_score(e: Entry, mention: Mention) -> float:
    """What a region word after the name ("the Donetsk region") says of a reading: a region
    before a town; and a unit of the country whose own word it is ("Beni territory" is DR
    Congo's, not Bolivia's "El Beni")."""
    if e.kind not in (ADMIN1, ADMIN2, REGION):
        return -REGION_WORD_BONUS
    own = e.kind != REGION and e.country_code in _unit_word_countries(mention.text)
    return REGION_WORD_BONUS + (UNIT_WORD_BONUS if own else 0.0)


def _unit_word_countries(text: str) -> frozenset[str]:
    """The countries whose own word for a unit ends a name ("Beni territory": DR Congo)."""
    words = text.split()
    return _unit_words().get(words[-1].casefold(), frozenset()) if len(words) > 1 else frozenset()


@functools.cache
def _unit_words() -> dict[str, frozenset[str]]:
    lines = (DATA / "places_unit_words.tsv").read_text(encoding="utf-8").splitlines()
    rows = [line.split("\t") for line in lines if line.strip() and not line.startswith("#")]
    return {word.strip(): frozenset(codes.split()) for word, codes in rows}


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
    ranked = heapq.nlargest(SOFT_TOP, range(len(m.scores)), key=m.scores.__getitem__)
    if m.candidates[ranked[0]] is not m.best:
        return [(m.best, 1.0)]  # chosen by a rule after scoring: the rule stands alone
    top = m.scores[ranked[0]]
    probs = [(m.candidates[k], math.exp((m.scores[k] - top) / SOFT_T)) for k in ranked]
    # Readings with a negligible share lend nothing (and leave the sums exact).
    probs = [(c, p) for c, p in probs if p >= SOFT_FLOOR]
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
        """Count a mention's chosen entry in (sign 1) or out (sign -1). A people's name says
        whose ("Russian drones struck ..."), not where the article is: it does not count,
        unless it names a source that tells of home ("Palestinian medics said")."""
        if m.best is None or _only_whose(m):
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


def _a_doers_people(m: Mention) -> bool:
    """A people's name says whose ("Russian drones"), not where, unless it names a source
    that tells of home ("Nigerian police said")."""
    return m.demonym and not m.local_source


def _only_whose(m: Mention) -> bool:
    """A people's name, or a country's qualifying a state's agents ("the U.S. military"),
    says whose, not where (see ``_a_doers_people``)."""
    country_agents = m.agents and m.best is not None and m.best.entry.kind == COUNTRY
    return _a_doers_people(m) or (country_agents and not m.local_source)


def shares(mentions: Sequence[Mention]) -> Context:
    """The country and region weights of some mentions, without points."""
    ctx = Context()
    for m in mentions:
        ctx.add(m)
    return ctx


def _context(mentions: Sequence[Mention]) -> Context:
    ctx = shares(mentions)
    for m in mentions:
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
    if outer.kind == REGION and inner.kind == CITY:
        # a territory of the team's own list ("the Nuseirat camp in central Gaza") has no
        # admin code its towns share: it holds the towns of its country near its middle
        return _flat_km(inner.lat, inner.lon, outer.lat, outer.lon) <= REGION_HOLDS_KM
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
    own = shares(members)
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
        [b + h + _own_bonus(m, c.entry) for b, h, c in zip(base, held, m.candidates, strict=True)]
        for m in members
    ]


def _own_bonus(m: Mention, e: Entry) -> float:
    """What one mention's neighbours say of its kind: "Buffalo, New York" is in the state
    ("New York" alone is the city); "Hawaii, Idaho and Washington" are all states."""
    holder = m.held is not None and not _listed_with(m.held, m) and _holds_a_reading(e, m.held)
    bonus = HOLDER_BONUS if holder else 0.0
    if e.kind in (COUNTRY, ADMIN1) and any(
        s.best is not None and s.best.entry.kind == e.kind for s in m.siblings
    ):
        bonus += LIST_BONUS
    return bonus


def _listed_with(held: Mention, m: Mention) -> bool:
    """'Washington, New York and Boston' lists towns: New York does not hold Washington there,
    as it does in 'Long Island, New York, Pennsylvania and New Jersey'."""
    kind = held.best.entry.kind if held.best is not None else None
    return any(
        s is not held and s.best is not None and s.best.entry.kind == kind for s in m.siblings
    )


def _holds_a_reading(outer: Entry, held: Mention) -> bool:
    """Whether an area holds one of the readings of the name before it: "Tacoma, Washington" is
    the state, which holds a Tacoma, not the capital; "the Palais des Nations in Geneva", a
    building the gazetteer lacks, says nothing."""
    return outer.kind != CITY and any(_inside(c.entry, outer) for c in held.candidates)


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


def fuzzy_match(
    gaz: gazetteer.Gazetteer, mentions: list[Mention], focus: str | None, words: PlaceWords
) -> None:
    """Misspelt names ('Donestk'): the nearest name of the focus country by edit distance;
    first, a name of the same spelling once the transliteration's choices are folded
    ('Gulyaipole' is Huliaipole, whose first letter differs)."""
    if focus is None:
        return
    names = gaz.names_in_country(focus)
    if not names:
        return
    by_initial = gaz.names_by_initial(focus)
    folded = gaz.names_folded(focus, words.fold_spelling) if words.spelling_folds else {}
    searched = 0
    for m in mentions:
        if not m.fuzzy or m.candidates or searched >= MAX_FUZZY or len(m.key) < 5:
            continue
        searched += 1
        keys = folded.get(words.fold_spelling(m.key), []) if folded else []
        if not keys:
            limit = 1 if len(m.key) <= 8 else 2
            # A misspelling keeps its first letter; searching only those names is 20 times
            # faster.
            initial = by_initial.get(m.key[0], [])
            hit = process.extractOne(m.key, initial, scorer=OSA.distance, score_cutoff=limit)
            keys = [hit[0]] if hit is not None else []
        pids = dict.fromkeys(p for key in keys for p in names[key])
        if pids:
            m.candidates = tuple(Candidate(gaz.entry(p), True) for p in pids)
            m.guessed = True


def _people_focus(mentions: Sequence[Mention]) -> str | None:
    """The country of the people most named ("... in Bulo Burde, a Somali military officer
    said"): where no place gives the article a country, where a name spelt otherwise than
    in the gazetteer ("Buulobarde") is likeliest to lie; else the one country named only as
    whose army tells ("... Burkina Faso's army said")."""
    counts = Counter(
        m.best.entry.country_code
        for m in mentions
        if m.demonym and m.best is not None and m.best.entry.country_code
    )
    if counts:
        return counts.most_common(1)[0][0]
    named = _named_country(mentions)
    return named.country_code if named is not None else None


def _place_unknowns(
    gaz: gazetteer.Gazetteer, mentions: list[Mention], focus: str | None, common: frozenset[str]
) -> None:
    """Places spaCy names that no gazetteer entry matches: put them where their context is."""
    # A people's name ("Russian shelling hit ...") never holds a village.
    named = [m for m in mentions if not m.demonym]
    local = [
        m
        for m in named
        if m.best is not None and not m.unknown and m.best.entry.country_code == focus
    ]
    # A village is better put in the region the article names than at the country's middle.
    towns = [
        m
        for m in named
        if m.best is not None and not m.unknown and m.best.entry.kind not in (COUNTRY, CONTINENT)
    ]
    anchor = (
        focus_place([m for m in towns if m.best.entry.country_code == focus])
        or focus_place(towns)
        or focus_place(local)
    )
    # Right to left: "Olumbi, in the district of Palma" needs Palma placed first.
    for m in reversed(mentions):
        # "the Catatumbo region of Colombia": the name before the region word, in the area
        # the text names after it (not "Chile's Ripley department store")
        held = m.region_word and m.container is not None and m.container.start > m.end
        name = _TRAILING_LOWER.sub("", m.text) if held else m.text
        if m.best is not None or not m.strong or not _looks_like_a_name(gaz, name, common):
            continue
        told = _anchor_of(m) or _holder(m, mentions, local)  # where the text says it lies
        before = _past_the_dateline(local, _nearest_before(local, m.start), m.start)
        if _finer_before(told, before):
            told = before
        if told is None and (before is None or before.dateline) and _a_place_by_grammar(m):
            told = _area_named_after(m, local, before)
        holder = told or before
        seat = _office_seat_within(m, mentions, holder)
        if seat is not None:
            told = holder = seat
        if holder is not None:
            m.best, m.part_of = holder.best, _part_held_by(holder)
        else:
            m.best = (
                _candidate(_nearest_after(named, m.end, 3 * NEAR_AFTER_CHARS))
                or anchor
                or _candidate(_people_of_side(m, mentions))
            )
        if m.best is not None:
            m.unknown, m.scores = True, [0.0]
            _side_or_area(m, told, before)
    # One place per name: where the article first names it, it says most about where it is
    # ("outside his Zaman Park residence in Lahore", later just "outside Zaman Park").
    first: dict[str, Mention] = {}
    for m in mentions:
        if m.unknown:
            told = first.setdefault(m.key, m)
            m.best, m.part_of = told.best, told.part_of


NEAR_AFTER_CHARS = 50


def _office_seat_within(
    m: Mention, mentions: Sequence[Mention], holder: Mention | None
) -> Mention | None:
    """'the village of X in the Tillaberi region, a local official in Banibangou said': the
    town of someone telling of the village, in the area told as holding it, lies nearer it
    than that area's middle. Not in a country at large, nor in its capital: officials there
    speak for all of it ("Officials in Accra condemned the attack")."""
    outer = holder.best.entry if holder is not None and holder.best is not None else None
    if outer is None or outer.kind not in (ADMIN1, ADMIN2):
        return None
    return next(
        (
            o
            for o in mentions
            if o.office_seat
            and m.end < o.start <= m.end + OFFICE_SEAT_CHARS
            and o.best is not None
            and not o.unknown
            and o.best.entry.kind in (CITY, ADMIN2)
            and o.best.entry.feature_code != "PPLC"
            and _within(o.best.entry, outer)
        ),
        None,
    )


OFFICE_SEAT_CHARS = 160  # the teller's town is named in the same sentence


def _finer_before(told: Mention | None, before: Mention | None) -> bool:
    """'... in Bijapur. The blast took place near Ambeli village, Chhattisgarh police said':
    a town or district named shortly before that lies in the province told as holding the
    village says more of where it lies than the middle of the province; a dateline's town is
    only where the story was filed."""
    if told is None or before is None or told.best is None or told.direction is not None:
        return False
    if before.dateline:
        return False
    outer, inner = told.best.entry, before.best.entry
    return outer.kind == ADMIN1 and inner.kind in (CITY, ADMIN2) and _within(inner, outer)


_TRAILING_LOWER = re.compile(r"(?:\s+[a-z]+)+$")


def _people_of_side(m: Mention, mentions: Sequence[Mention]) -> Mention | None:
    """'the eastern Congolese town of X' in an article that names no other place: the country
    the side is of, named by its people right before."""
    if m.side is None:
        return None
    return next(
        (
            o
            for o in reversed(mentions)
            if o.end <= m.start < o.end + SIDE_PEOPLE_CHARS
            and o.best is not None
            and o.best.entry.kind == COUNTRY
        ),
        None,
    )


SIDE_PEOPLE_CHARS = 30


def _side_or_area(m: Mention, told: Mention | None, before: Mention | None) -> None:
    """'the southern village of X': where no area below the country is named with it nor a
    town shortly before (other than the dateline), X goes to that side of its country rather
    than to the article's main town; an area or town named with it says more than the side."""
    if m.side is None:
        return
    area = told is not None and told.best is not None and told.best.entry.kind != COUNTRY
    town = before is not None and not before.dateline
    if area or town:
        m.side = None
    else:
        m.part_of = None


def _holder(m: Mention, mentions: Sequence[Mention], local: Sequence[Mention]) -> Mention | None:
    """The mention of the area that holds a village the gazetteer lacks, where the text says
    it: its container ("X, in the district of Y", "X in northern Chad") or a place named right
    after it ("the village of X near the city of Y")."""
    # "the villages of A and B in northern Chad": what holds one village of a list holds all
    container = m.container or next((s.container for s in m.siblings if s.container), None)
    holder = _held_after(mentions, container) or container
    if holder is not None and holder.best is not None:
        e = holder.best.entry
        if e.kind == COUNTRY:
            # "Umm Dam in central Sudan": a region of that country named nearby says more.
            within = [o for o in local if o.best.entry.country_code == e.country_code]
            holder = _nearest_before(within, m.start, kinds=(ADMIN1,)) or holder
        return holder
    return _nearest_after(mentions, m.end, NEAR_AFTER_CHARS)


def _part_held_by(holder: Mention) -> Mention | None:
    """The part of an area ("northern Chad") a village placed at ``holder`` lies in."""
    if holder.unknown:
        return holder.part_of  # "A, B and C in northern Chad": B was put there first
    return holder if holder.direction is not None else None


def _candidate(m: Mention | None) -> Candidate | None:
    return m.best if m is not None else None


def _held_after(mentions: Sequence[Mention], outer: Mention | None) -> Mention | None:
    """The area a possessive container holds right after it ("Nigeria's Abadam district")."""
    if outer is None:
        return None
    return next(
        (
            h
            for h in mentions
            if h.container is outer
            and h.start > outer.end
            and h.best is not None
            and h.best.entry.kind in (ADMIN1, ADMIN2)
        ),
        None,
    )


def _nearest_after(mentions: Sequence[Mention], end: int, reach: int) -> Mention | None:
    """The town or area named right after a position ('the village of X near the city of
    Tyre', 'X, a village in western Chad')."""
    for m in mentions:
        if m.start < end or m.best is None or m.unknown:
            continue
        if m.start > end + reach:
            return None
        kind = m.best.entry.kind
        if kind in (CITY, ADMIN2, REGION) or (m.direction is not None and kind != CONTINENT):
            return m
    return None


def _nearest_before(
    local: Sequence[Mention],
    start: int,
    reach: int = 400,
    kinds: tuple[int, ...] = (CITY, ADMIN2, REGION),
) -> Mention | None:
    """The town or district named last before a position, within a paragraph's reach."""
    before = [m for m in local if m.start < start <= m.start + reach and m.best.entry.kind in kinds]
    return before[-1] if before else None


def _a_place_by_grammar(m: Mention) -> bool:
    """'killed 20 in Tassia', 'the village of X' (a name the grammar alone found is never
    read as a misspelling): the text puts an event there, where 'Katyusha rockets' only
    names a kind of thing."""
    return m.locative or m.settled or not m.fuzzy


def _area_named_after(
    m: Mention, local: Sequence[Mention], dateline: Mention | None
) -> Mention | None:
    """'KINSHASA - Rebels killed 11 in Mapasi. Mapasi is in Beni territory, North Kivu': a
    village told with no area but the dateline's is in the district, town or province the
    next lines name (the finer of them, when it lies in the first), not where the story was
    filed."""
    filed = dateline.best.entry if dateline is not None else None
    later = [
        o
        for o in local
        if m.end < o.start <= m.end + LATER_AREA_CHARS
        and o.best.entry.kind in (CITY, ADMIN2, ADMIN1)
        and not o.dateline
        # the dateline's town named again, or its province, is where the story was filed
        and not (filed is not None and (o.best.entry == filed or _within(filed, o.best.entry)))
    ]
    if not later:
        return None
    first = later[0]
    finer = [
        o
        for o in later[1:]
        if first.best.entry.kind == ADMIN1
        and o.best.entry.kind in (CITY, ADMIN2)
        and _within(o.best.entry, first.best.entry)
    ]
    return finer[0] if finer else first


LATER_AREA_CHARS = 300  # the next sentence or two, that tells where the village lies


def _past_the_dateline(
    local: Sequence[Mention], before: Mention | None, start: int
) -> Mention | None:
    """'KABUL - Gunmen killed nine in Afghanistan's Herat province ... in Deh Qazi village':
    the dateline is where the story was filed; an area of the country named since then that
    does not hold the dateline's town is where the village lies."""
    if before is None or not before.dateline:
        return before
    town = before.best.entry
    since = [
        m
        for m in local
        if before.end <= m.start < start
        and m.best.entry.kind in (ADMIN1, ADMIN2)
        and not _within(town, m.best.entry)
    ]
    return since[-1] if since else before


def _looks_like_a_name(gaz: gazetteer.Gazetteer, text: str, common: frozenset[str]) -> bool:
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
    # "Zaman Park", "Kafr Street": a common word may end a name that begins with a proper one.
    return all(
        w[:1].isupper() and not demonyms[DEMONYM_PREFIX + k] and (k not in common or i > 0)
        for i, (w, k) in enumerate(zip(words, keys, strict=True))
    )


DIRECTION_CONFIDENCE = 0.5


def _area_point(
    gaz: gazetteer.Gazetteer, e: Entry | None, side: tuple[int, int] | None
) -> tuple[float, float] | None:
    """The middle of one side of a country or region ('southern' Iraq)."""
    if side is None or e is None or e.kind not in (COUNTRY, ADMIN1) or not e.country_code:
        return None
    admin1 = e.admin1 if e.kind == ADMIN1 else None
    point = directional_point(gaz.parts_of(e.country_code, admin1), side)
    return (round(point[0], 4), round(point[1], 4)) if point is not None else None


def _unknown_point(gaz: gazetteer.Gazetteer, m: Mention) -> tuple[float, float] | None:
    """Where in its area a village the gazetteer lacks lies, when the text says which side."""
    if m.part_of is None or m.part_of.best is None:
        return None
    return _area_point(gaz, m.part_of.best.entry, m.part_of.direction)


def _side_point(
    gaz: gazetteer.Gazetteer, e: Entry, side: tuple[int, int]
) -> tuple[float, float] | None:
    """'the southern village of X', named with no area and put at the article's main town
    ``e``: that side of the country, unless the town already lies on that side (it is then
    the closer guess)."""
    if not e.country_code:
        return None
    parts = gaz.parts_of(e.country_code, None)
    point = directional_point(parts, side)
    if point is None or (e.kind != COUNTRY and lies_on_side(parts, side, (e.lat, e.lon))):
        return None
    return round(point[0], 4), round(point[1], 4)


def _offset_point(m: Mention) -> tuple[float, float] | None:
    """'X, 60 km west of Y': that far that way off Y, where X was put at Y."""
    anchor = _anchor_of(m)
    if anchor is None or anchor.best is not m.best or m.best is None:
        return None
    e = m.best.entry
    north, east = m.offset_km
    lat = e.lat + north / KM_PER_DEGREE
    lon = e.lon + east / (KM_PER_DEGREE * max(math.cos(math.radians(e.lat)), 0.05))
    return round(lat, 4), round(lon, 4)


def _seat_point(gaz: gazetteer.Gazetteer, e: Entry) -> tuple[float, float]:
    """Where a village the gazetteer lacks is put in the province or district that holds it:
    at the town the unit is named after, its seat as a rule (the point ACLED gives an event
    known only to the district), else at the unit's own point."""
    seat = gaz.seat_of(e)
    return (seat.lat, seat.lon) if seat is not None else (e.lat, e.lon)


def _part_of_area(gaz: gazetteer.Gazetteer, m: Mention) -> Place | None:
    """'southern Iraq', 'central Sudan': the middle of that part of the country or region."""
    e = m.best.entry if m.best is not None else None
    point = _area_point(gaz, e, m.direction)
    if point is None or e is None:
        return None
    admin1 = e.admin1 if e.kind == ADMIN1 else None
    word = m.direction_text.split()[0].capitalize() if m.direction_text else ""
    return Place(
        text=m.direction_text or m.text,
        start=m.direction_start if m.direction_text else m.start,
        end=m.end,
        name=f"{word} {e.name}" if word else e.name,
        geonameid=None,
        country_code=e.country_code,
        admin1=admin1,
        admin2=None,
        lat=point[0],
        lon=point[1],
        feature_code="RGN",  # GeoNames' code for a region: a part of the area, not the area
        confidence=DIRECTION_CONFIDENCE,
    )


def to_place(gaz: gazetteer.Gazetteer, m: Mention) -> Place:
    assert m.best is not None
    part = _part_of_area(gaz, m)
    if part is not None:
        return part
    e = m.best.entry
    if m.unknown:
        # A village the gazetteer lacks, placed at the town or region that holds it (ACLED's
        # "near" precision): its own name, no GeoNames id, a low confidence.
        side = _side_point(gaz, e, m.side) if m.side is not None else None
        local = e.kind in (CITY, ADMIN2) and side is None  # on a side: no province known
        lat, lon = side or _unknown_point(gaz, m) or _offset_point(m) or _seat_point(gaz, e)
        return Place(
            text=m.text,
            start=m.start,
            end=m.end,
            name=m.text.lstrip("#"),
            geonameid=None,
            country_code=e.country_code,
            admin1=e.admin1 if side is None else None,
            admin2=e.admin2 if local else None,
            lat=lat,
            lon=lon,
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
        demonym=_only_whose(m),
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
        _drop_villages_abroad_of_dateline(mentions)
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
            _read_in_country(m, focus)


def _named_country(mentions: Sequence[Mention]) -> Entry | None:
    """The one country the article names, however weakly ("Niger's army said", "officials
    in Niger said", "Nigerien police"); None when it names none or several."""
    # ... but not who struck ("U.S. airstrikes near Saada" fell in Yemen)
    named = {
        m.best.entry.pid: m.best.entry
        for m in mentions
        if m.best is not None and m.best.entry.kind == COUNTRY and not m.striker
    }
    return next(iter(named.values())) if len(named) == 1 else None


def _alias_far_abroad(
    m: Mention, home: Entry, capital: Entry | None, mentions: Sequence[Mention]
) -> bool:
    """Whether a town is read only through another of its names, far from the article's one
    country (its middle and its capital: Russia's middle lies in Siberia), and in a country
    no other name of the article points to."""
    e = m.best.entry if m.best is not None else None
    if e is None or m.best.primary or m.dateline or e.kind not in (CITY, ADMIN2):
        return False
    if m.city_word:  # "Gaza City": the text says it is the city
        return False
    if e.country_code in (home.country_code, None) or e.population >= ALIAS_ABROAD_MAX_POPULATION:
        return False
    points = [home] + ([capital] if capital is not None else [])
    if any(_flat_km(e.lat, e.lon, p.lat, p.lon) < ALIAS_ABROAD_KM for p in points):
        return False
    return not _country_named_elsewhere(m, mentions)


def _drop_aliases_far_abroad(gaz: gazetteer.Gazetteer, mentions: list[Mention]) -> str | None:
    """'Niger's army said 12 villagers were killed in Dessa': a village the gazetteer lacks,
    reached through another spelling of a town in Ethiopia. The country the article names,
    even in passing, is where it lies: a reading there, else placed by its context. Returns
    that country when a name was moved, as the focus for placing it."""
    home = _named_country(mentions)
    if home is None or home.country_code is None:
        return None
    capital = gaz.capital_of(home.country_code)
    moved = False
    for m in mentions:
        if not _alias_far_abroad(m, home, capital, mentions):
            continue
        _read_in_country(m, home.country_code)
        moved = True
    return home.country_code if moved else None


def _read_towns_in_named_country(gaz: gazetteer.Gazetteer, mentions: list[Mention]) -> None:
    """'Cameroonian soldiers repelled an attack on a post in Mora': a town put by the grammar
    that the one country the article names, even only as whose troops act there, also has is
    that country's town, not a bigger namesake far abroad (India's Bilimora, Japan's Nara)
    that no other name of the article points to."""
    home = _named_country(mentions)
    if home is None or home.country_code is None:
        return
    capital = gaz.capital_of(home.country_code)
    points = [home] + ([capital] if capital is not None else [])
    for m in mentions:
        e = m.best.entry if m.best is not None and m.locative else None
        if e is None or e.kind not in (CITY, ADMIN2, ADMIN1) or m.dateline:
            continue
        if e.country_code in (home.country_code, None) or _country_named_elsewhere(m, mentions):
            continue
        if any(_flat_km(e.lat, e.lon, p.lat, p.lon) < ALIAS_ABROAD_KM for p in points):
            continue
        if any(c.entry.country_code == home.country_code for c in m.candidates):
            _read_in_country(m, home.country_code)


def _read_regions_in_named_country(mentions: Sequence[Mention]) -> str | None:
    """'Separatists killed two soldiers in the Northwest region, Cameroon's army said': a
    region word asks for a province, and the one country the article names, even only as
    whose army or government it is, has a province of that name: that one is meant, not a
    namesake abroad (South Africa's North West) that no other name of the article points to.
    Returns that country when a name was moved."""
    home = _named_country(mentions)
    code = home.country_code if home is not None else None
    moved = False
    for m in mentions:
        e = m.best.entry if m.best is not None and m.region_word else None
        if e is None or e.kind != ADMIN1 or e.country_code in (code, None):
            continue
        own = [k for k, c in enumerate(m.candidates) if _a_province_of(c.entry, code)]
        if own and m.scores and not _country_named_elsewhere(m, mentions):
            m.best = m.candidates[max(own, key=lambda k: m.scores[k])]
            moved = True
    return code if moved else None


def _a_province_of(e: Entry, code: str | None) -> bool:
    return e.kind == ADMIN1 and e.country_code == code


def _drop_villages_abroad_of_dateline(mentions: list[Mention]) -> None:
    """'MANDALAY (Reuters) - ... in Let Yet Kone village': what the text calls a village or a
    town, read as a small place abroad that no other name of the article points to, is one
    the gazetteer lacks in the dateline's country (New Caledonia's Koné is not it)."""
    home = next((m.best.entry.country_code for m in mentions if m.dateline and m.best), None)
    if home is None:
        return
    for m in mentions:
        if m.best is None or not m.settled:
            continue
        e = m.best.entry
        if e.country_code in (home, None) or e.kind not in (CITY, ADMIN2):
            continue
        if e.population >= STRAY_MAX_POPULATION or _country_named_elsewhere(m, mentions):
            continue
        m.best, m.scores = None, []


def _read_in_country(m: Mention, country_code: str | None) -> None:
    """Give a name its best-scored reading in a country, or none (a place the gazetteer
    lacks, put by its context) when it has no reading there."""
    own = [k for k, c in enumerate(m.candidates) if c.entry.country_code == country_code]
    if own and m.scores:
        m.best = m.candidates[max(own, key=lambda k: m.scores[k])]
    else:
        m.best, m.scores = None, []


def _country_named_elsewhere(m: Mention, mentions: Sequence[Mention]) -> bool:
    """Whether another name of the article is read in the country of this one's reading."""
    code = m.best.entry.country_code if m.best is not None else None
    return any(
        o is not m and o.best is not None and o.best.entry.country_code == code for o in mentions
    )


def _drop_namesakes_outside_container(mentions: list[Mention]) -> None:
    """'Arge in Nigeria's Abadam district': when the text says which area holds a village and
    none of the name's readings lies there, the small namesake abroad is not it; the village is
    one the gazetteer lacks, to be put in that area. Containers are judged before what they
    hold: "X village of Y township in Z region", Y dropped as a namesake abroad, puts X in Z."""
    for m in reversed(mentions):
        holder = _known_holder(m)
        outer = holder.best if holder is not None else None
        if m.best is not None and outer is not None and outer.entry.kind == CITY:
            if holder.region_word:
                # "the Poonch area of Jammu region", "X in Hodeidah province": a region the
                # gazetteer knows only by its city's name holds what its province holds
                _drop_namesakes_outside_province(m, outer.entry)
            else:
                _drop_namesakes_far_from_their_town(m, outer.entry)
            continue
        if m.best is None or outer is None or outer.entry.kind not in (COUNTRY, ADMIN1, ADMIN2):
            continue
        e = m.best.entry
        # a town, or a district of that name abroad ("Let Yet Kone in Sagaing region" read as
        # the New Caledonian district of Koné)
        abroad = e.kind == ADMIN2 and e.country_code != outer.entry.country_code
        # a district elsewhere for what the text calls a village ("X village in the Y area")
        district_for_village = e.kind == ADMIN2 and m.settled
        # a big city abroad stands, unless the text calls the place a village or town there,
        # or a unit of that area ("Kani township of Sagaing region" is not Kani in Japan)
        unit = m.region_word and e.kind == CITY
        big = e.kind == CITY and e.population >= STRAY_MAX_POPULATION
        big = big and not m.settled and not unit
        # a name only like the one written ("Kwari" read as Kwali) yields to what the text
        # says holds the place, whatever the kind of the reading
        if m.guessed:
            pass
        elif (e.kind != CITY and not abroad and not district_for_village) or big:
            continue
        if not any(_held_by(c.entry, holder) for c in m.candidates):
            m.best, m.scores = None, []


def _held_by(inner: Entry, holder: Mention) -> bool:
    """Whether an entry lies in the area a holder names; "Jammu region" read as the district
    of Jammu means more than that district: its province."""
    outer = holder.best.entry
    if outer.kind == ADMIN2 and _says_region(holder):
        return _same_province(inner, outer)
    return _within(inner, outer)


def _says_region(m: Mention) -> bool:
    return m.region_word and m.text.lower().endswith("region")


def _known_holder(m: Mention) -> Mention | None:
    """The reading of the nearest place up the chain of holders that has one, passing only
    holders the text calls a place of some kind ("X village of Y township in Z region"), not
    the names of a list ("A, B, C and D counties"); None when none has one."""
    holder, hops = m.container, 0
    while holder is not None and holder.best is None and holder.settled and hops < CONTAINER_HOPS:
        holder, hops = holder.container, hops + 1
    return holder if holder is not None and holder.best is not None else None


CONTAINER_HOPS = 2


def _drop_namesakes_far_from_their_town(m: Mention, town: Entry) -> None:
    """'X village in the Y area', 'X, a district of Y': a place the text calls a village or a
    part of a town is none of its namesakes far from that town; it is one the gazetteer lacks,
    to be put by the town."""
    if not (m.settled or m.part_of_holder or m.guessed):
        return
    # "Mogadishu's Lido beach": a part named after its town's possessive may lie anywhere
    # in the town's reach, airports and suburbs included; only a namesake far off is not it
    owned = m.container is not None and m.container.start < m.start
    reach = OWNED_REACH_KM if owned else DISTRICT_REACH_KM

    def near(c: Candidate) -> bool:
        return _flat_km(c.entry.lat, c.entry.lon, town.lat, town.lon) <= reach

    if not any(near(c) for c in m.candidates):
        m.best, m.scores = None, []


def _drop_namesakes_outside_province(m: Mention, town: Entry) -> None:
    """'X village in Y region' where Y is read as the city of that name: X is none of its
    namesakes outside the city's province."""
    if not (m.settled or m.part_of_holder or m.guessed):
        return
    if not any(_same_province(c.entry, town) for c in m.candidates):
        m.best, m.scores = None, []


def _within(inner: Entry, outer: Entry) -> bool:
    """Whether a gazetteer entry lies in a country, region or district."""
    if outer.kind == ADMIN2:
        return (inner.country_code, inner.admin1, inner.admin2) == (
            outer.country_code,
            outer.admin1,
            outer.admin2,
        )
    return _inside(inner, outer)


def _anchor_of(m: Mention) -> Mention | None:
    """The town a place is said to lie some distance off ("X, 30 km north of Y"), if placed."""
    anchor = m.off_from
    if anchor is None or anchor.best is None or anchor.best.entry.kind not in (CITY, ADMIN2):
        return None
    return anchor


def _drop_namesakes_far_from_their_anchor(mentions: list[Mention]) -> None:
    """'Balad, 30 km north of Mogadishu' is not the Iraqi Balad: of a name's readings, one near
    where the text puts it, else none (the place is then put off the town named)."""
    for m in mentions:
        anchor = _anchor_of(m)
        if anchor is None or m.best is None or m.best.entry.kind not in (CITY, ADMIN2):
            continue
        reach = OFFSET_SLACK * math.hypot(*m.offset_km) + OFFSET_MARGIN_KM
        _keep_a_reading_within(m, anchor.best.entry, reach)


def _keep_a_reading_within(m: Mention, town: Entry, reach: float) -> None:
    """Of a name's readings, the best scored within ``reach`` km of the town the text says it
    lies off, else none (the place is then put by that town)."""

    def near(c: Candidate) -> bool:
        return _flat_km(c.entry.lat, c.entry.lon, town.lat, town.lon) <= reach

    if m.best is None or near(m.best):
        return
    fits = [k for k, c in enumerate(m.candidates) if c.entry.kind == CITY and near(c)]
    if fits and len(m.scores) == len(m.candidates):
        m.best = m.candidates[max(fits, key=lambda k: m.scores[k])]
    else:
        m.best, m.scores = None, []


def _read_as_where_anchored(mentions: list[Mention]) -> None:
    """'Taza, a village 20 km south of Kirkuk' and later 'rockets fired into Taza': one name,
    one place. Where the text says how far off a town a place lies, every other mention of the
    name that says nothing of its own takes that reading; when none of the name's readings lay
    there, they too are the village the gazetteer lacks, put where the first was."""
    told: dict[str, Mention] = {}
    for m in mentions:
        if _anchor_of(m) is not None:
            told.setdefault(m.key, m)
    for m in mentions:
        first = told.get(m.key)
        if first is None or first is m or m.best is None or _says_where_it_lies(m):
            continue
        if first.best is None:
            m.best, m.scores, m.strong = None, [], first.strong
            m.off_from, m.offset_km = first.off_from, first.offset_km
            continue
        same = [c for c in m.candidates if c.entry.pid == first.best.entry.pid]
        if same:
            m.best = same[0]


def _says_where_it_lies(m: Mention) -> bool:
    return m.off_from is not None or m.container is not None


def _drop_namesakes_beyond_the_distance(mentions: list[Mention]) -> None:
    """'Zolotnyky, a village about 12 km from Kherson' is not the Zolotnyky far west: of a
    name's readings, one within a generous reach of the distance told from that town, else
    none (the village is then put at the town)."""
    for m in mentions:
        town = m.near_to.best if m.near_to is not None else None
        if town is None or town.entry.kind not in (CITY, ADMIN2) or m.best is None:
            continue
        if m.best.entry.kind not in (CITY, ADMIN2):
            continue
        _keep_a_reading_within(m, town.entry, DISTANCE_SLACK * m.near_km + DISTANCE_MARGIN_KM)


def _drop_neighbourhood_namesakes(mentions: list[Mention], words: frozenset[str]) -> None:
    """'Colonia Miguel Hidalgo' is a part of the article's town, not the village of that name
    the gazetteer knows: it is placed by its context instead."""
    for m in mentions:
        if m.best is not None and " " in m.text and m.text.split(" ", 1)[0].casefold() in words:
            m.best, m.scores = None, []
            m.strong = True  # the head word says it is a place


DISTRICT_REACH_KM = 60.0
OWNED_REACH_KM = 300.0
KM_PER_DEGREE = 111.2
OFFSET_SLACK = 1.5  # "about 30 km" on the road is less as the crow flies, or a bit more
OFFSET_MARGIN_KM = 25.0
# "some 40 km from Y", told on no side, is often a road's length or a rough guess: only a
# namesake well beyond it is not the place
DISTANCE_SLACK = 2.0
DISTANCE_MARGIN_KM = 50.0


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


def _drop_town_parts_elsewhere(mentions: list[Mention]) -> None:
    """'X, a favela in the north of the city': a part of a town lies in the town the article
    is about; a namesake town far from it is not X, which is put at that town instead."""
    parts = [m for m in mentions if m.town_part and m.best is not None]
    if not parts:
        return
    home = focus_place([m for m in mentions if not m.town_part and m.best is not None])
    if home is None or home.entry.kind not in (CITY, ADMIN2):
        return
    for m in parts:
        e, h = m.best.entry, home.entry
        if e.pid != h.pid and _flat_km(e.lat, e.lon, h.lat, h.lon) > DISTRICT_REACH_KM:
            m.best, m.scores, m.unknown = home, [0.0], True


def _support_from_others(mentions: Sequence[Mention], peoples: bool = False) -> dict[str, Counter]:
    """Per name, how strongly the other names of the article point to each country."""
    per_key: dict[str, Counter] = defaultdict(Counter)
    total: Counter = Counter()
    for m in mentions:
        # a state's agents named lend support ("Avdiivka fell, Ukraine's army chief said"),
        # though they weigh nothing in choosing a reading; a doer's people's name does not
        if m.best is not None and m.best.entry.country_code and (peoples or not _a_doers_people(m)):
            weight = 1.0 if m.strong else 0.5
            per_key[m.key][m.best.entry.country_code] += weight
            total[m.best.entry.country_code] += weight
    return {key: total - own for key, own in per_key.items()}


def _drop_towns_asked_as_units(mentions: Sequence[Mention]) -> None:
    """'Kikaikelaki, a village in Bui division': a name before a unit word of some countries
    only (Cameroon's divisions) that only a town elsewhere matches, through another of its
    names (Bowie, Maryland), is a unit the gazetteer lacks: no place, and it holds none."""
    for m in mentions:
        if not m.region_word or m.best is None or m.best.primary:
            continue
        own = _unit_word_countries(m.text)
        if own and not any(
            c.entry.kind != CITY or c.entry.country_code in own for c in m.candidates
        ):
            m.best, m.scores = None, []


GUESS_REACH_KM = 150.0  # a misspelt town lies this near a town or region the article names


def _drop_far_guesses(mentions: Sequence[Mention]) -> None:
    """'Kachal village near Kishtwar' read as Karhal, 700 km off in another state: a town
    matched only by a like spelling, in no region and near no town the article names in that
    country, is a village the gazetteer lacks, put by its context instead."""
    for m in mentions:
        # a unit ("Puge county") the gazetteer lacks would not be put anywhere: a guess stands
        e = m.best.entry if m.guessed and m.best is not None and not m.region_word else None
        if e is None or e.kind != CITY:
            continue
        others = [
            o.best.entry
            for o in mentions
            if o.best is not None
            and not o.guessed
            and o.best.entry.kind in (CITY, ADMIN2, ADMIN1)
            and o.best.entry.country_code == e.country_code
        ]
        if others and not any(_near_or_within(e, o) for o in others):
            m.best, m.scores = None, []


def _near_or_within(e: Entry, other: Entry) -> bool:
    if other.kind == ADMIN1:
        return other.admin1 == e.admin1
    return _flat_km(e.lat, e.lon, other.lat, other.lon) <= GUESS_REACH_KM


def _drop_unsupported(mentions: Sequence[Mention]) -> None:
    """A name that may be the head of a longer one and that no other name of the article
    points to ("Mayo" of Cameroon's Mayo-Sava read as Ireland's county) is no place, and holds
    no village the gazetteer lacks either. A people's name counts here ("the French ... of
    the Rhône-Alpes")."""
    if not any(m.glued for m in mentions):
        return
    support = _support_from_others(mentions, peoples=True)
    for m in mentions:
        country = m.best.entry.country_code if m.glued and m.best is not None else None
        if country and support.get(m.key, Counter())[country] < 1.0:
            m.best = None


def _keep(m: Mention, support: dict[str, Counter]) -> bool:
    """Weak readings (a PERSON-tagged or bare capitalised word) stand only when they fit."""
    if m.best is None:
        return False
    if m.strong or (m.region_word and m.best.entry.kind in (ADMIN1, ADMIN2, REGION)):
        return True  # "the Maru Local Government Area": the grammar says it is a region
    if m.dateline and m.best.entry.kind == CITY:
        return True  # "DJIBO, June 9 (Reuters) -": a dateline names the town it was filed in
    e = m.best.entry
    country = support.get(m.key, Counter())[e.country_code] if e.country_code else 0.0
    if m.needs_support:
        return country >= 1.0
    # "in Djibo ..., the army of Burkina Faso said": a name after a preposition of place
    # stands on its country named once, even where the tagger misread that name too
    fits = country >= (LOCATIVE_SUPPORT if m.locative else 1.0)
    if e.kind in (COUNTRY, REGION, CONTINENT) or (e.kind == ADMIN1 and m.best.primary):
        return True
    if e.kind == CITY and _names_its_province(e, m):
        return True  # "raided Tubas": the town stands where its province would
    return fits or e.population >= 100_000 or _placed_town(m)


def _names_its_province(e: Entry, m: Mention) -> bool:
    """Whether the name is also the own name of the province the town lies in."""
    return any(
        c.primary and c.entry.kind == ADMIN1 and _same_province(c.entry, e) for c in m.candidates
    )


def _placed_town(m: Mention) -> bool:
    """'a missile strike on Kupiansk', 'in Kadugli': a town (or a district under its own
    name) of some size after a word of place or as the object of a strike, with no namesake
    of its size in another country, stands alone whatever the tagger called it."""
    e = m.best.entry
    # "an attack on Kherson": another name of a Greek hamlet ("Chérso") makes no namesake
    # abroad; only a place's own name there does, and only where the town does not dwarf it
    # ("near Konotop": Ukraine's town of 85,000, not a Polish village of 1,400)
    abroad = any(
        c.primary
        and c.entry.country_code != e.country_code
        and c.entry.population * OUTGROWN_RATIO > e.population
        for c in m.candidates
    )
    # "attacked Gwoza": a Nigerian local government area under its town's own name is as
    # much the place as the town
    town_or_district = e.kind == CITY or (e.kind == ADMIN2 and m.best.primary)
    return m.locative and town_or_district and e.population >= PLACED_TOWN_POPULATION and not abroad


def focus_place(mentions: Sequence[Mention]) -> Candidate | None:
    """The most named place of the article, a town counting triple."""
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

    def rank(pid: int) -> tuple[float, bool, int]:
        # Of places named as often, a town before a region, then the bigger one.
        e = by_pid[pid].entry
        return counts[pid], e.kind in (CITY, ADMIN2), e.population

    return by_pid[max(counts, key=rank)]


def resolve_mentions(
    gaz: gazetteer.Gazetteer, mentions: list[Mention], words: PlaceWords
) -> list[Place]:
    """Resolve recognised mentions with each other as context, and keep the places that stand."""
    resolve(mentions)
    if any(m.fuzzy and not m.candidates for m in mentions):
        fuzzy_match(gaz, mentions, shares(mentions).focus() or _people_focus(mentions), words)
        resolve(mentions)
    strong = shares([m for m in mentions if m.strong or m.dateline])
    _drop_strays(mentions, strong)
    home = _drop_aliases_far_abroad(gaz, mentions) or _read_regions_in_named_country(mentions)
    _read_towns_in_named_country(gaz, mentions)
    _drop_districts_elsewhere(mentions)
    _drop_town_parts_elsewhere(mentions)
    _drop_neighbourhood_namesakes(mentions, words.neighbourhoods)
    _drop_namesakes_outside_container(mentions)
    _drop_namesakes_far_from_their_anchor(mentions)
    _drop_namesakes_beyond_the_distance(mentions)
    _read_as_where_anchored(mentions)
    _drop_far_guesses(mentions)
    _drop_towns_asked_as_units(mentions)
    _drop_unsupported(mentions)
    _place_unknowns(gaz, mentions, home or strong.focus(), words.common)
    support = _support_from_others(mentions)
    # "Cameroonian soldiers repelled an attack in Mora": where the article names one country,
    # even only as its troops' people, that people's name lends support to its towns that
    # the grammar puts an event in
    placed = _support_from_others(mentions, peoples=True) if _named_country(mentions) else support
    return [to_place(gaz, m) for m in mentions if _keep(m, placed if m.locative else support)]
