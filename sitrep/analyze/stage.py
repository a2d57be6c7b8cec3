"""The stage contract and the registry of stages.

Modelled on spaCy's ``@Language.factory(name, requires=[...], assigns=[...])``: a stage is
registered under a name with the layers of the ``Analysis`` it reads (``requires``), the one
layer it sets (``assigns``), a frozen config dataclass whose defaults live in
``sitrep/data/stages.toml``, a factory that builds it from the shared ``Resources`` and its
config, and a ``prepare`` that loads what it needs ahead of the first article. A pipeline is a
list of stage names; ``check_order`` refuses a list in which a stage would read a layer no
stage before it sets, so a wrong order fails when the pipeline is built, not as an empty layer.
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, fields
from importlib import resources as package_files
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from spacy.tokens import Doc

from sitrep.model import Analysis

if TYPE_CHECKING:
    from sitrep.resources import Resources

# What every stage may read before any stage ran: the article and its parse.
GIVEN_LAYERS = ("article", "doc")
DEFAULTS_FILE = "stages.toml"


class Stage(Protocol):
    def __call__(self, doc: Doc, analysis: Analysis) -> Any: ...


class PipelineError(ValueError):
    """A pipeline that cannot run: an unknown stage, a wrong order, a bad config."""


@dataclass(frozen=True, slots=True)
class StageSpec:
    name: str
    requires: tuple[str, ...]
    assigns: str
    config: type[Any]  # a frozen dataclass
    make: Callable[[Resources, Any], Stage]
    prepare: Callable[[Resources], None]


_REGISTRY: dict[str, StageSpec] = {}
Factory = TypeVar("Factory", bound=Callable[..., Stage])


def register(
    name: str,
    *,
    requires: Iterable[str],
    assigns: str,
    config: type[Any],
    prepare: Callable[[Resources], None] | None = None,
) -> Callable[[Factory], Factory]:
    """Register ``factory(resources, config) -> stage`` as the stage ``name``."""
    if assigns not in _layers():
        raise PipelineError(f"stage {name!r} assigns {assigns!r}, which is no Analysis layer")

    def add(factory: Factory) -> Factory:
        _REGISTRY[name] = StageSpec(
            name, tuple(requires), assigns, config, factory, prepare or _nothing_to_prepare
        )
        return factory

    return add


def _nothing_to_prepare(resources: Resources) -> None:
    return None


def _layers() -> frozenset[str]:
    return frozenset(f.name for f in fields(Analysis)) - {"article"}


def spec(name: str) -> StageSpec:
    if name not in _REGISTRY:
        known = ", ".join(sorted(_REGISTRY))
        raise PipelineError(f"no stage is named {name!r} (known stages: {known})")
    return _REGISTRY[name]


def check_order(names: Sequence[str]) -> list[StageSpec]:
    """The specs of ``names`` in order, after checking that every layer a stage requires is
    given or assigned by a stage before it, and that no two stages assign one layer."""
    available = set(GIVEN_LAYERS)
    specs = []
    for name in names:
        stage = spec(name)
        missing = [layer for layer in stage.requires if layer not in available]
        if missing:
            setters = [s.name for s in _REGISTRY.values() if s.assigns in missing]
            hint = f"; put {', '.join(setters)} before it" if setters else ""
            raise PipelineError(
                f"stage {name!r} requires the layer {missing[0]!r}, which no stage before it "
                f"assigns (order: {', '.join(names)}){hint}"
            )
        if stage.assigns in available:
            raise PipelineError(f"stage {name!r} assigns {stage.assigns!r}, already set before it")
        available.add(stage.assigns)
        specs.append(stage)
    return specs


def load_configs(user_file: Path | None = None) -> dict[str, dict[str, Any]]:
    """Every stage's config values: the defaults of ``stages.toml``, then a user's TOML file
    with the same ``[stage]`` tables on top."""
    text = package_files.files("sitrep.data").joinpath(DEFAULTS_FILE).read_text("utf-8")
    values: dict[str, dict[str, Any]] = tomllib.loads(text)
    if user_file is not None:
        with Path(user_file).open("rb") as handle:
            for name, table in tomllib.load(handle).items():
                values.setdefault(name, {}).update(table)
    return values


def make_config(stage: StageSpec, values: Mapping[str, Any]) -> Any:
    """The stage's frozen config; a key it does not know is an error, not silently ignored."""
    known = {f.name for f in fields(stage.config)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise PipelineError(f"stage {stage.name!r} has no setting {unknown[0]!r}")
    try:
        return stage.config(**values)
    except TypeError as err:
        raise PipelineError(f"stage {stage.name!r}: {err}") from err
