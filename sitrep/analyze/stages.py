"""The registered stages: each one's name, the layers it reads and sets, its config and factory.

This is the table the pipeline is built from (``stage.register`` checks each entry; the
pipeline checks the order). ``DEFAULT_STAGES`` is the flow of ``docs/ARCHITECTURE.md``:

    layout -> dates -> places -> actors -> sources -> triggers -> events
"""

from __future__ import annotations

from dataclasses import dataclass

from sitrep.analyze.actors import ActorTagger
from sitrep.analyze.dates import DateResolver
from sitrep.analyze.event_types import EventTyper
from sitrep.analyze.events import EventCoder
from sitrep.analyze.layout import LayoutConfig, LayoutFinder
from sitrep.analyze.places import PlaceResolver
from sitrep.analyze.sources import SourceFinder
from sitrep.analyze.stage import Stage, register
from sitrep.resources import Resources

DEFAULT_STAGES = ("layout", "dates", "places", "actors", "sources", "triggers", "events")


@dataclass(frozen=True, slots=True)
class NoConfig:
    """A stage whose knowledge is all in its lexicon files has no settings of its own."""


def _prepare_layout(resources: Resources) -> None:
    resources.lexicons.sources  # noqa: B018 - loading is the point
    resources.lexicons.assembly  # noqa: B018


@register("layout", requires=(), assigns="layout", config=LayoutConfig, prepare=_prepare_layout)
def _layout(resources: Resources, config: LayoutConfig) -> Stage:
    return LayoutFinder(config, resources.lexicons.sources, resources.lexicons.assembly)


@register(
    "dates",
    requires=(),
    assigns="dates",
    config=NoConfig,
    prepare=lambda resources: resources.lexicons.dates,
)
def _dates(resources: Resources, config: NoConfig) -> Stage:
    return DateResolver(resources.lexicons.dates)


@register(
    "places",
    requires=("layout",),
    assigns="places",
    config=NoConfig,
    prepare=lambda resources: (resources.gazetteer, resources.lexicons.places),
)
def _places(resources: Resources, config: NoConfig) -> Stage:
    return PlaceResolver(resources.gazetteer, resources.lexicons.places)


@register(
    "actors",
    requires=("layout", "places"),
    assigns="actors",
    config=NoConfig,
    prepare=lambda resources: resources.lexicons.actors,
)
def _actors(resources: Resources, config: NoConfig) -> Stage:
    return ActorTagger(resources.lexicons.actors)


@register(
    "sources",
    requires=("layout",),
    assigns="sources",
    config=NoConfig,
    prepare=lambda resources: resources.lexicons.sources,
)
def _sources(resources: Resources, config: NoConfig) -> Stage:
    return SourceFinder(resources.lexicons.sources)


# The triggers stage reads the places layer where an earlier stage set it (a town's name the
# tagger missed), and the parse alone without it: it requires no layer.
@register(
    "triggers",
    requires=(),
    assigns="triggers",
    config=NoConfig,
    prepare=lambda resources: resources.lexicons.events,
)
def _triggers(resources: Resources, config: NoConfig) -> Stage:
    return EventTyper(resources.lexicons.events)


@register(
    "events",
    requires=("layout", "dates", "places", "actors", "sources", "triggers"),
    assigns="events",
    config=NoConfig,
    prepare=lambda resources: resources.lexicons.assembly,
)
def _events(resources: Resources, config: NoConfig) -> Stage:
    lexicons = resources.lexicons
    taxonomy = lexicons.events.taxonomy
    judge = lexicons.events.judge
    return EventCoder(lexicons.assembly, lexicons.actors, taxonomy, resources.gazetteer, judge)
