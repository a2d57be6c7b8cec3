"""Dates: every temporal expression to a [start, end] range anchored on the publication day."""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.model import Analysis, DateMention


class DateResolver:
    def __call__(self, doc: Doc, analysis: Analysis) -> list[DateMention]:
        return []  # built in the dates/sources issue
