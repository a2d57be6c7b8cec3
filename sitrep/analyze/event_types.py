"""Event typing: find the triggers that report an incident and type them in ACLED's taxonomy.

Used by the events stage; the lexicons and patterns live in ``sitrep/data/``.
"""

from __future__ import annotations

from spacy.tokens import Doc

from sitrep.model import Trigger


class EventTyper:
    def __call__(self, doc: Doc) -> list[Trigger]:
        return []  # built in the events issue
