"""Given spans: toponym spans handed in (the gold spans of a geoparsing benchmark, in evaluation)
resolved with each other as context; recognition is skipped, so only resolution is scored."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from sitrep import gazetteer
from sitrep.analyze.places.recognition import (
    REGION_WORDS,
    Mention,
    PlaceWords,
    link_containers,
    link_lists,
    mark_dateline,
    span_key,
)
from sitrep.analyze.places.resolution import (
    NAMESAKE_CITY_POPULATION,
    focus_place,
    fuzzy_match,
    resolve,
    shares,
    to_place,
)
from sitrep.gazetteer import (
    ABBREV_PREFIX,
    CITY,
    COUNTRY,
    DEMONYM_PREFIX,
    Candidate,
    abbrev_key,
    normalize,
)
from sitrep.model import Place


def resolve_spans(
    gaz: gazetteer.Gazetteer,
    text: str,
    spans: Iterable[tuple[int, int]],
    words: PlaceWords,
    dateline_zone: int,
) -> list[Place | None]:
    """Resolve given toponym spans (gold spans, in evaluation) with each other as context."""
    spans = list(spans)
    keys = [span_key(text[s:e]) for s, e in spans]
    gaz.lookup(keys)  # one query for all the names, before each is looked at alone
    mentions = [
        _given_mention(gaz, text, span, key, words.common)
        for span, key in zip(spans, keys, strict=True)
    ]
    mentions.sort(key=lambda m: m.start)
    link_containers(mentions, text)
    link_lists(mentions, text)
    mark_dateline(mentions, dateline_zone, text)
    resolve(mentions)
    if any(not m.candidates for m in mentions):
        fuzzy_match(gaz, mentions, shares(mentions).focus(), words)
        resolve(mentions)
    _settle_given(mentions, words.common)
    by_span = {(m.start, m.end): m for m in mentions}
    return [
        to_place(gaz, m) if m.best is not None else None for m in (by_span[span] for span in spans)
    ]


def _given_mention(
    gaz: gazetteer.Gazetteer, text: str, span: tuple[int, int], key: str, common: frozenset[str]
) -> Mention:
    s, e = span
    region_word = key.rsplit(" ", 1)[-1] in REGION_WORDS if " " in key else False
    name, candidates = _span_candidates(gaz, text[s:e], key, region_word, common)
    mention = Mention(
        s,
        e,
        text[s:e],
        name,
        candidates,
        region_word=region_word,
        city_word=key.endswith(" city"),
        fuzzy=not candidates,
    )
    # A name found only inside the span ("Wing" in "West Wing") is a weak clue.
    # "Bank of Japan", "University of Alberta": named after the place it is in.
    mention.strong = (
        name == key
        or name.startswith((ABBREV_PREFIX, DEMONYM_PREFIX))
        or key.endswith(" of " + name)
    )
    return mention


def _settle_given(mentions: list[Mention], common: frozenset[str]) -> None:
    """Drop the readings a given span should not keep, and place the spans left without one."""
    fallback = focus_place([m for m in mentions if m.strong])
    countries = shares([m for m in mentions if m.strong]).countries
    placed: dict[str, Candidate | None] = {}  # a name the gazetteer lacks -> where it was put
    for m in mentions:
        if m.best is not None and (
            _town_inside_a_name_abroad(m, countries) or _common_word_hamlet(m, common)
        ):
            m.best = None
        if m.best is None:
            m.best = _place_given_unknown(m, placed, fallback)
            m.scores = [0.0, 0.0]


def _place_given_unknown(
    m: Mention, placed: dict[str, Candidate | None], fallback: Candidate | None
) -> Candidate | None:
    """Where a given name the gazetteer lacks (a street, a building) is: where the article first
    put that name, else where the text says it is ("the Palais des Nations in Geneva"), else in
    the town the article is about."""
    if placed.get(m.key) is None:
        outer = m.container.best if m.container is not None else None
        placed[m.key] = outer or fallback
    return placed[m.key]


def _town_inside_a_name_abroad(m: Mention, countries: Counter) -> bool:
    """The article's own place is the better bet for it ("the US Federal Reserve" in a report
    from Stavanger is still the country's)."""
    e = m.best.entry
    return not m.strong and e.kind != COUNTRY and countries[e.country_code] < 1


def _common_word_hamlet(m: Mention, common: frozenset[str]) -> bool:
    """ "Congress" is the one in Washington, not Congress, Arizona."""
    e = m.best.entry
    return m.key in common and e.kind == CITY and e.population < NAMESAKE_CITY_POPULATION


def _span_candidates(
    gaz: gazetteer.Gazetteer, surface: str, key: str, region_word: bool, common: frozenset[str]
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
    bare = key.rsplit(" ", 1)[0] if region_word else None
    if bare is not None:
        tries.append(bare)
    found = gaz.lookup(tries)
    if _acronym(surface) and all(c.entry.kind == CITY for c in found.get(key, ())):
        tries.remove(key)  # "the OAS in Washington" is an organisation, not Oas in the Philippines
    for attempt in tries:
        if found.get(attempt):
            if bare is not None and attempt == key:
                # "the Karak district" of a Jordan report may be the governorate of Karak
                # as well as the district that bears the whole name in Pakistan.
                seen = {c.entry.pid for c in found[key]}
                regions = (
                    c for c in found[bare] if c.entry.kind != CITY and c.entry.pid not in seen
                )
                return key, found[key] + tuple(regions)
            return attempt, found[attempt]
    return _inner_name(gaz, surface, key, common)


def _acronym(surface: str) -> bool:
    return 2 <= len(surface) <= 3 and surface.isupper() and surface.isalpha()


def _inner_name(
    gaz: gazetteer.Gazetteer, surface: str, key: str, common: frozenset[str]
) -> tuple[str, tuple[Candidate, ...]]:
    """The longest place name inside an unknown one ('University of California', 'Lake
    Manassas'): a building or a feature is usually in or near the place it is named after."""
    words = [w for w in re.split(r"[\s/\-]+", surface) if w]
    if len(words) < 2 or len(words) > 8:
        return key, ()
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
