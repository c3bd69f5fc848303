"""The extraction pipeline: one :class:`Doc` through named components.

Components are registered by name with :func:`component`; a :class:`Pipeline` runs a list of
them in order. Each declares what layers it ``requires`` and ``provides`` so that a pipeline
that leaves a gap fails when it is built, not half-way through an article.

>>> from kgraph.pipeline import Pipeline
>>> nlp = Pipeline.default()
>>> doc = nlp(article)          # doc.entities, doc.facts
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Protocol

from ..load.article import Article
from .doc import DateExpr, Doc, Entity, Fact, Mention, Sentence

__all__ = ["Pipeline", "component", "COMPONENTS", "Doc", "Entity", "Fact", "Mention", "Sentence",
           "DateExpr", "DEFAULT_COMPONENTS", "extract"]


class Component(Protocol):
    def __call__(self, doc: Doc) -> Doc: ...


@dataclass(frozen=True)
class ComponentInfo:
    name: str
    factory: Callable[..., Component]
    requires: tuple[str, ...]
    provides: tuple[str, ...]


COMPONENTS: dict[str, ComponentInfo] = {}

DEFAULT_COMPONENTS = ("sentences", "mentions", "linking", "dates", "relations", "certainty")


def component(name: str, requires: Iterable[str] = (), provides: Iterable[str] = ()
              ) -> Callable[[Callable[..., Component]], Callable[..., Component]]:
    """Register a component factory: ``factory(**config) -> callable(doc) -> doc``."""
    def deco(factory: Callable[..., Component]) -> Callable[..., Component]:
        COMPONENTS[name] = ComponentInfo(name, factory, tuple(requires), tuple(provides))
        return factory
    return deco


class Pipeline:
    def __init__(self, names: Iterable[str] = DEFAULT_COMPONENTS, **config: Any) -> None:
        _register_builtins()
        self.names = list(names)
        have: set[str] = {"text"}
        self.components: list[tuple[str, Component]] = []
        for name in self.names:
            try:
                info = COMPONENTS[name]
            except KeyError:
                raise ValueError(f"unknown pipeline component {name!r}; known: {', '.join(sorted(COMPONENTS))}") from None
            missing = set(info.requires) - have
            if missing:
                raise ValueError(f"component {name!r} needs {', '.join(sorted(missing))}, which no earlier component provides")
            have |= set(info.provides)
            self.components.append((name, info.factory(**config.get(name, {}))))

    @classmethod
    def default(cls) -> "Pipeline":
        global _DEFAULT
        if _DEFAULT is None:
            _DEFAULT = cls()
        return _DEFAULT

    def __call__(self, article: Article) -> Doc:
        doc = Doc(article=article)
        for _, comp in self.components:
            doc = comp(doc)
        return doc

    def __repr__(self) -> str:
        return f"Pipeline({self.names})"


_DEFAULT: Pipeline | None = None


def extract(article: Article) -> Doc:
    """Run the default pipeline on one article."""
    return Pipeline.default()(article)


def _register_builtins() -> None:
    from . import components  # noqa: F401  (registers on import)
