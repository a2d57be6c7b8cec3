"""Wires the registered stages over one shared Doc, in batches through ``nlp.pipe``.

A pipeline is a list of stage names (``stages.DEFAULT_STAGES`` unless given); building it
checks their order against what each stage requires and assigns (``stage.check_order``) before
anything is loaded, then builds each stage from the shared ``Resources`` and its config.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from sitrep.analyze.stage import Stage, check_order, load_configs, make_config
from sitrep.analyze.stages import DEFAULT_STAGES
from sitrep.analyze.tokens import bound_tokenizer, forget_readings
from sitrep.model import Analysis, Article, check_published
from sitrep.resources import SPACY_MODEL, Resources
from sitrep.resources import load_nlp as _load_model


class Analyzer:
    """Runs the stages over each article; ``seconds`` keeps the time spent per stage.

    ``Analyzer()`` runs the default pipeline; ``stages`` names another list of registered
    stages, ``resources`` shares loaded models and indexes between analyzers, and ``config``
    is a TOML file whose ``[stage]`` tables override the defaults of ``data/stages.toml``.
    """

    def __init__(
        self,
        stages: Sequence[str] | None = None,
        resources: Resources | None = None,
        config: Path | None = None,
        batch_size: int = 16,
    ) -> None:
        names = tuple(stages) if stages is not None else DEFAULT_STAGES
        specs = check_order(names)  # before loading anything: a wrong order fails at once
        values = load_configs(config)
        self.resources = resources if resources is not None else Resources()
        self.batch_size = batch_size
        self.stages: list[tuple[str, str, Stage]] = [
            (s.name, s.assigns, s.make(self.resources, make_config(s, values.get(s.name, {}))))
            for s in specs
        ]
        # linear on hostile text (runs of thousands of marks); ordinary text is untouched
        self.nlp: Language = bound_tokenizer(self.resources.nlp)
        self.seconds: dict[str, float] = {"spacy": 0.0} | {n: 0.0 for n, _, _ in self.stages}

    def stage(self, name: str) -> Stage:
        """The built stage ``name`` (tests run one stage over a text of their own)."""
        return next(stage for stage_name, _, stage in self.stages if stage_name == name)

    def analyze(self, articles: Iterable[Article]) -> Iterator[Analysis]:
        """Yield one Analysis per article, in input order."""
        pending = iter(articles)
        while batch := _take(pending, self.batch_size):
            started = time.perf_counter()
            docs = list(self.nlp.pipe(a.text for a in batch))
            self.seconds["spacy"] += time.perf_counter() - started
            for article, doc in zip(batch, docs, strict=True):
                analysis = self.analyze_doc(doc, article)
                forget_readings(doc)
                yield analysis

    def analyze_one(self, article: Article) -> Analysis:
        return next(self.analyze([article]))

    def analyze_doc(self, doc: Doc, article: Article) -> Analysis:
        if problem := check_published(article.published):
            # a clear failure for the runner to report, not an OverflowError deep in a stage
            raise ValueError(f"article {article.id}: {problem}")
        analysis = Analysis(article=article)
        for name, layer, stage in self.stages:
            started = time.perf_counter()
            setattr(analysis, layer, stage(doc, analysis))
            self.seconds[name] += time.perf_counter() - started
        return analysis


def _take(items: Iterator[Article], n: int) -> list[Article]:
    batch = []
    for item in items:
        batch.append(item)
        if len(batch) == n:
            break
    return batch


def load_nlp() -> Language:
    """The English pipeline, loaded anew from its installed package (an ``Analyzer`` or a
    ``Resources`` keeps one: use theirs rather than calling this per text)."""
    return _load_model(SPACY_MODEL)


def prepare(resources: Resources | None = None, stages: Sequence[str] | None = None) -> Resources:
    """What `sitrep setup` runs: build the gazetteer index when it is missing, then load
    everything the stages read, so the first real run is not the slow one."""
    from sitrep.gazetteer.build import ensure

    ensure()
    resources = resources if resources is not None else Resources()
    resources.load()
    for spec in check_order(tuple(stages) if stages is not None else DEFAULT_STAGES):
        spec.prepare(resources)
    return resources
