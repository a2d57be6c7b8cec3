"""What the events stage reads from the whole article: a view of its sentences, places, dates,
actors and sources, its datelines, captions and headline, and the parts that read that view:
where an incident is (``scene.py``), when (``timing.py``), who does what to whom
(``parties.py``) and how many died (``tolls.py``)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from typing import Any, Generic, TypeVar

from spacy.tokens import Doc, Span

from sitrep.analyze.actors import lexicon as actor_lexicon
from sitrep.analyze.events.drafts import (
    AssemblyLexicon,
    _place_level,
)
from sitrep.analyze.events.parties import Parties
from sitrep.analyze.events.scene import UNSURE as _UNSURE
from sitrep.analyze.events.scene import Scene
from sitrep.analyze.events.timing import Timing
from sitrep.analyze.events.tolls import Tolls
from sitrep.model import ActorMention, Analysis, Place

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
        self.focus = _focus(self.places)
        self.headline_end = _headline_end(self.text)
        self.named_group = _sole_named_group(analysis.actors)

    def in_caption(self, offset: int) -> bool:
        return any(start <= offset < end for start, end in self.captions)

    def in_dateline(self, place: Place) -> bool:
        return any(start <= place.start < end for start, end in self.datelines)

    def sentence_actors(self, sentence: Span) -> list[ActorMention]:
        found = self.actor_index.starting_in(sentence.start_char, sentence.end_char)
        return [m for m in found if m.end <= sentence.end_char]


class ArticleContext(ArticleView):
    """The view and the parts that read it: the scene, timing, parties and tolls of incidents."""

    def __init__(self, doc: Doc, analysis: Analysis, lex: AssemblyLexicon) -> None:
        super().__init__(doc, analysis, lex)
        self.scene = Scene(self)
        self.timing = Timing(self)
        self.parties = Parties(self)
        self.tolls = Tolls(self)


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
