"""Actors: mentions of armed, state and civilian parties, normalised to ACLED-style names."""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.model import ActorMention, Analysis


class ActorTagger:
    def __call__(self, doc: Doc, analysis: Analysis) -> list[ActorMention]:
        return []  # built in the events issue
