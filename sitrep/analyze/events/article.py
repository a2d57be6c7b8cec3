"""What the events stage reads from the whole article: a view of its sentences, places, dates,
actors and sources, its datelines, captions and headline (from the layout layer), and the
parts that read that view: where an incident is (``scene.py``), when (``timing.py``), who
does what to whom (``parties.py``) and how many died (``tolls.py``)."""

from __future__ import annotations

import bisect
import itertools
from collections.abc import Callable, Iterable
from typing import Any, Generic, TypeVar

from spacy.tokens import Doc, Span

from sitrep.analyze.actors import ActorLexicon
from sitrep.analyze.events.drafts import (
    AssemblyLexicon,
    _km,
    _place_level,
    _span_root,
)
from sitrep.analyze.events.parties import Parties
from sitrep.analyze.events.scene import UNSURE as _UNSURE
from sitrep.analyze.events.scene import Scene
from sitrep.analyze.events.timing import Timing
from sitrep.analyze.events.tolls import Tolls
from sitrep.analyze.tokens import doc_text
from sitrep.gazetteer import Gazetteer
from sitrep.model import ActorMention, Analysis, Place

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


class ArticleView:
    """What the events stage reads of one article, built once: its text and parse, datelines,
    captions and headline, its places, dates, actors and sources indexed by offset. Only the
    sole named group is reset, once the drafts show whether it takes part."""

    def __init__(
        self,
        doc: Doc,
        analysis: Analysis,
        lex: AssemblyLexicon,
        actor_lexicon: ActorLexicon,
        gaz: Gazetteer,
    ) -> None:
        self.doc = doc
        self.analysis = analysis
        self.lex = lex
        self.actor_lexicon = actor_lexicon
        self.gazetteer = gaz
        self.published = analysis.article.published
        self.text = doc_text(doc)
        self.layout = analysis.layout
        # Country names standing for a state's forces stay places; other actors do not
        # ("Gunmen" or "Hezbollah" read as toponyms). A people's name ("Russian drones", "a
        # Ukrainian official") says whose, never where: no scene, no country-wide toll.
        actor_spans = _ByStart(m for m in analysis.actors if m.kind != "military" or " " in m.text)
        self.places = sorted(
            (
                p
                for p in analysis.places
                if not p.demonym and not actor_spans.overlapping(p.start, p.end)
            ),
            key=lambda p: p.start,
        )
        self.focus = _focus(self.places, self.layout.in_dateline, self._a_venue)
        # the country that names unidentified groups, civilians or crowds when the incident
        # has no place: the article's, else the one country its forces and peoples belong to
        # ("Burkinabe forces repelled jihadists", "Thai rangers were wounded by a bomb")
        self.actor_home = self.focus or _sole_party_country(analysis, self.text, actor_lexicon)
        self.places = _plausible(self.places, self.focus, lex.foreign_km)
        self.place_index = _ByStart(self.places)
        self.date_index = _ByStart(analysis.dates)
        self.actor_index = _ByStart(_less_bracketed_names(analysis.actors, self.text))
        self.attribution_index = _ByStart(analysis.sources.attributions)
        self.headline_end = self.layout.headline_end
        # a photo caption's group ("after an attack by Boko Haram militants in 2021") is no
        # party to the story's incidents
        told = [m for m in analysis.actors if not self.layout.in_caption(m.start)]
        self.named_group = _sole_named_group(told, actor_lexicon)
        # whether any armed group outside the states' forces takes part in the story: such a
        # group may have fired what a sentence leaves unattributed ("the missiles landed")
        self.groups_named = any(m.kind in {"rebel", "militia"} for m in told)

    def in_caption(self, offset: int) -> bool:
        return self.layout.in_caption(offset)

    def _a_venue(self, place: Place) -> bool:
        """Whether a place only names where envoys meet ("talks in Doha")."""
        token = _span_root(self.doc, place.start, place.end)
        return token is not None and self.lex.venues.hosts(token)

    def in_dateline(self, place: Place) -> bool:
        return self.layout.in_dateline(place.start)

    def sentence_actors(self, sentence: Span) -> list[ActorMention]:
        found = self.actor_index.starting_in(sentence.start_char, sentence.end_char)
        return [m for m in found if m.end <= sentence.end_char]


class ArticleContext(ArticleView):
    """The view and the parts that read it: the scene, timing, parties and tolls of incidents."""

    def __init__(
        self,
        doc: Doc,
        analysis: Analysis,
        lex: AssemblyLexicon,
        actor_lexicon: ActorLexicon,
        gaz: Gazetteer,
    ) -> None:
        super().__init__(doc, analysis, lex, actor_lexicon, gaz)
        self.scene = Scene(self)
        self.timing = Timing(self)
        self.parties = Parties(self)
        self.tolls = Tolls(self)


def _less_bracketed_names(actors: list[ActorMention], text: str) -> list[ActorMention]:
    """The mentions, less each short name bracketed after the full one ("Volunteers for the
    Defence of the Homeland (VDP)"): one party, which the parse of the bracket would give a
    role of its own."""
    ordered = sorted(actors, key=lambda m: m.start)
    kept = ordered[:1]
    for before, mention in itertools.pairwise(ordered):
        bracketed = (
            text[before.end : mention.start].strip() == "("
            and text[mention.end : mention.end + 1] == ")"
        )
        if not (bracketed and mention.name == before.name):
            kept.append(mention)
    return kept


def _sentence_lines(doc: Doc) -> Iterable[tuple[int, int]]:
    """Character bounds of the parser's sentences, cut at line breaks."""
    text = doc_text(doc)
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


def _sole_named_group(mentions: list[ActorMention], lexicon: ActorLexicon) -> str | None:
    """The one non-state armed group an article names, if it names one (the events stage
    keeps it only when some incident gives it a part)."""
    names = {g.name for g in lexicon.groups if g.state is None}
    named = {m.name for m in mentions if m.kind in {"rebel", "militia"} and m.name in names}
    return next(iter(named)) if len(named) == 1 else None


def _plausible(places: list[Place], focus: str | None, foreign_km: float) -> list[Place]:
    """Without the towns read far off in a country the article names through no other place
    ("Dessa" read as Ethiopia's Dessie in a story from Niger, a village read as its namesake
    on another continent, however often it is named): such a misreading is no scene, and no
    place to fall back on. A neighbour's city named once (a strike in Damascus told from
    Beirut) stays, and so does a second country named by two places or more."""
    if focus is None:
        return places
    # distinct points: a place the gazetteer lacks is put at the point of what holds it
    named: dict[str | None, set[tuple[float, float]]] = {}
    for place in places:
        named.setdefault(place.country_code, set()).add((place.lat, place.lon))
    home = [p for p in places if p.country_code == focus]

    def plausible(place: Place) -> bool:
        if place.country_code in (focus, None) or _place_level(place) == 0:
            return True  # a country named is a country meant, misread or not
        if len(named[place.country_code]) > 1:
            return True
        return any(_km(place, other) <= foreign_km for other in home)

    return [p for p in places if plausible(p)]


def _sole_party_country(analysis: Analysis, text: str, words: ActorLexicon) -> str | None:
    """The one country the article's state forces and people's names ("Kenyan", "Thai")
    belong to; none when they name two ("Israeli strikes killed Palestinians"). A sponsor's
    demonym ("Turkish-backed fighters", "pro-Iranian militias") names no party's country."""
    codes = {
        p.country_code
        for p in analysis.places
        if p.demonym and p.country_code and not _sponsor_word(text, p.start, p.end, words)
    }
    # a rebel group of one country says where, too ("Gulf Clan gunmen killed a leader")
    codes |= {
        m.country_code
        for m in analysis.actors
        if m.kind in ("military", "police", "rebel", "militia") and m.country_code
    }
    return next(iter(codes)) if len(codes) == 1 else None


def _sponsor_word(text: str, start: int, end: int, words: ActorLexicon) -> bool:
    """Whether the word at ``text[start:end]`` is hyphened to a sponsor's affix: "pro-" before
    it or "-backed" after it."""
    before = text[max(0, start - 8) : start].lower()
    after = text[end : end + 16].lower()
    if before.endswith("-") and before[:-1].split(" ")[-1] in words.sponsor_before:
        return True
    return after.startswith("-") and after[1:].split(" ")[0] in words.sponsor_after


def _focus(
    places: list[Place], in_dateline: Callable[[int], bool], venue: Callable[[Place], bool]
) -> str | None:
    """The country the article's incidents are in: towns and regions weigh double (a country
    named as the attacker, "Israel", is not where things happen), a dateline's town single
    (the newsroom: "ADDIS ABABA (Reuters) - Fighting in El Fasher ..."), and so does a town
    where envoys meet ("talks in Doha while fighting raged in Khartoum"); guessed places not
    at all."""
    counts: dict[str, int] = {}
    for place in places:
        if place.country_code and place.confidence >= _UNSURE:
            single = _place_level(place) == 0 or in_dateline(place.start) or venue(place)
            weight = 1 if single else 2
            counts[place.country_code] = counts.get(place.country_code, 0) + weight
    return max(counts, key=counts.__getitem__) if counts else None
