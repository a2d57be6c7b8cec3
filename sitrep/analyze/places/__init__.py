"""Places: toponyms recognised (``recognition.py``) and resolved to one gazetteer entry each
(``resolution.py``); ``given_spans.py`` resolves spans handed in, for evaluation.

Resolution scores each candidate by its kind (a country or oblast before a village of the same
name), population, and agreement with the rest of the article: the countries and regions of
the other places, "Town, State" pairs, a town and the district that holds it, the dateline and
nearness to the other places. Misspellings ("Donestk") are matched by edit distance against the
names of the article's focus country only.

A direction word before a country or region ("southern Iraq") gives the middle of that part of
it (feature RGN, no GeoNames id); a village the gazetteer lacks keeps its own name and is put at
the place named with it ("X, in the district of Y", "X near Y", "X, north of Y"), else at the
article's most named town or region.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc

from sitrep import gazetteer
from sitrep.analyze.places.given_spans import resolve_spans
from sitrep.analyze.places.recognition import Mention, PlaceWords, Recognizer
from sitrep.analyze.places.resolution import resolve_mentions
from sitrep.analyze.stage import load_configs
from sitrep.model import Analysis, Place

__all__ = ["Mention", "PlaceResolver", "Recognizer"]


class PlaceResolver:
    """The places stage: recognise toponyms, then resolve them with the article as context."""

    def __init__(
        self, gaz: gazetteer.Gazetteer | None = None, words: PlaceWords | None = None
    ) -> None:
        """``gaz``: the read-only index (``Resources.gazetteer``); without one, the installed
        index is opened, and a missing one fails asking for `sitrep setup`. ``words``: the
        word lists (``Resources.lexicons.places``), read from sitrep/data without them."""
        gaz = gaz if gaz is not None else gazetteer.open_index()
        self.recognizer = Recognizer(gaz, words)
        self.words = self.recognizer.words
        # Given spans come without a layout: they take the layout's default dateline zone.
        self.given_dateline_zone = int(load_configs()["layout"]["dateline_zone"])

    def __call__(self, doc: Doc, analysis: Analysis) -> list[Place]:
        """Reads the layout layer's dateline zone: a place in capitals there is the dateline."""
        zone = analysis.layout.dateline_zone
        mentions = self.recognizer(doc, zone)
        return self.resolve_mentions(mentions)

    def resolve_mentions(self, mentions: list[Mention]) -> list[Place]:
        return resolve_mentions(self.recognizer.gaz, mentions, self.words)

    def resolve_spans(self, text: str, spans: Iterable[tuple[int, int]]) -> list[Place | None]:
        """Resolve given toponym spans (gold spans, in evaluation) with each other as context."""
        gaz, zone = self.recognizer.gaz, self.given_dateline_zone
        return resolve_spans(gaz, text, spans, self.words, zone)
