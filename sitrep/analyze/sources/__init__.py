"""Sources: quotes and their speakers, attributions, social-media references.

One pass over the quotation marks of each paragraph finds the quotes (linear in the text, so
unclosed or thousands of marks cost nothing); the parse finds the reporting verbs ("said",
"told", "according to") and their subjects, resolved to the fullest name the article gives;
regular expressions built once from ``data/sources.toml`` find post URLs, @handles, embedded
posts and platforms named in the text. Photo credits are found only to keep them out of the
sources of the story.
"""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.analyze.sources.claims import Claims
from sitrep.analyze.sources.lexicon import Lexicon, load_lexicon
from sitrep.analyze.sources.media import Media
from sitrep.analyze.sources.quotes import Quotes, is_direct
from sitrep.analyze.sources.scan import scan_quotes
from sitrep.analyze.sources.speakers import Speakers
from sitrep.analyze.sources.view import ArticleView
from sitrep.model import Analysis, Sourcing
from sitrep.model import Span as TextSpan

__all__ = ["Lexicon", "SourceFinder", "is_direct", "load_lexicon", "scan_quotes"]


class SourceFinder:
    """Quotes with speakers, per-sentence attributions and social-media references."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon if lexicon is not None else load_lexicon()

    def __call__(self, doc: Doc, analysis: Analysis) -> Sourcing:
        """Reads the layout layer: paragraphs, photo credits and agency datelines."""
        view = ArticleView(doc, self.lexicon, analysis.layout)
        speakers = Speakers(view)
        claims = Claims(view, speakers)
        claims.find()
        found = Quotes(view, claims)
        direct = [q for q, _ in found.direct()] + found.embedded()
        indirect = found.indirect()
        quotes = sorted(direct + indirect, key=lambda q: (q.start, q.end))
        attributions = found.attributions(direct)
        credits = [TextSpan(view.text[a:b], a, b) for a, b in view.photo_credits]
        return Sourcing(quotes, Media(view, speakers, claims).refs(), attributions, credits)
