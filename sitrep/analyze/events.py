"""Events: incidents typed in ACLED's taxonomy, with their arguments and evidence."""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.model import Analysis, Event


class EventCoder:
    def __call__(self, doc: Doc, analysis: Analysis) -> list[Event]:
        return []  # built in the events issue
