"""The closure as it stands in the store, read by pattern lookups, with an overlay.

Incremental updates and explanations touch a few hundred triples of a graph that may hold
millions, so they read the store one pattern at a time instead of loading it. The overlay
holds triples found but not yet written (``added``) and triples taken away (``hidden``).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..vocab import ARTICLE_GRAPH_PREFIX, INFERRED_GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH
from . import temporal
from . import terms as T
from .terms import Triple

if TYPE_CHECKING:
    from ..store import Store

_TYPE = ox.NamedNode(T.TYPE[1:-1])
_ASSERTION = ox.NamedNode(T.KG_ASSERTION[1:-1])
_INFERRED = str(INFERRED_GRAPH)
_BACKGROUND = (str(ONTOLOGY_GRAPH), str(REFERENCE_GRAPH))


class StoreView:
    def __init__(self, store: "Store", inferred: bool = True) -> None:
        self.store = store
        self.ox = store.ox
        self.inferred = inferred
        self.added: set[Triple] = set()
        self.hidden: set[Triple] = set()
        self.reads = 0                  # quads read from the store: the cost of an update
        self._by_s: dict[str, set[Triple]] = defaultdict(set)
        self._by_o: dict[str, set[Triple]] = defaultdict(set)
        self._assertion: dict[tuple[str, str], bool] = {}
        # event anchors and milestone kinds, asked again and again by the transitivity of
        # kg:before: cached, and forgotten when a triple they read is added or hidden
        self._anchors: dict[str, temporal.Anchors] = {}
        self._milestone: dict[str, bool] = {}
        self._dates: dict[str, list[tuple[Triple, temporal.Interval]]] = {}

    def _forget(self, t: Triple) -> None:
        p = t[1]
        if p == T.KG_PARTICIPANT or p == T.KG_ABOUT:
            self._anchors.pop(t[0], None)
        elif p == T.KG_APPEARS_ON:
            self._anchors.clear()
        elif p == T.TYPE:
            self._milestone.pop(t[0], None)
        if p == T.KG_EVENT_DATE or p == T.KG_HAS_TIME:
            self._dates.pop(t[0], None)
        elif p in temporal.TIME_PREDS:
            self._dates.clear()

    # -- overlay ----------------------------------------------------------------------
    def add(self, t: Triple) -> bool:
        if t in self:
            return False
        self.hidden.discard(t)
        self.added.add(t)
        self._forget(t)
        self._by_s[t[0]].add(t)
        self._by_o[t[2]].add(t)
        return True

    def hide(self, t: Triple) -> None:
        self.hidden.add(t)
        self._forget(t)
        if t in self.added:
            self.added.discard(t)
            self._by_s[t[0]].discard(t)
            self._by_o[t[2]].discard(t)

    # -- reading ----------------------------------------------------------------------
    def _wanted(self, graph: str, subject: object) -> bool:
        if graph.startswith(ARTICLE_GRAPH_PREFIX):
            key = (graph, str(subject))
            hit = self._assertion.get(key)
            if hit is None:
                hit = any(True for _ in self.ox.quads_for_pattern(subject, _TYPE, _ASSERTION, ox.NamedNode(graph)))
                self._assertion[key] = hit
            return not hit
        if graph == _INFERRED:
            return self.inferred
        return graph in _BACKGROUND

    def _match(self, s: str | None, p: str | None, o: str | None) -> Iterator[Triple]:
        pattern = tuple(T.to_ox(x) if x is not None else None for x in (s, p, o))
        seen: set[Triple] = set()
        for q in self.ox.quads_for_pattern(*pattern, None):
            self.reads += 1
            g = q.graph_name
            if not isinstance(g, ox.NamedNode) or not self._wanted(g.value, q.subject):
                continue
            t = (s if s is not None else T.from_ox(q.subject), p if p is not None else T.from_ox(q.predicate),
                 o if o is not None else T.from_ox(q.object))
            if t in seen or t in self.hidden:
                continue
            seen.add(t)
            yield t
        for t in (self._by_s.get(s, ()) if s is not None else self._by_o.get(o, ()) if o is not None else ()):
            if (p is None or t[1] == p) and (s is None or t[0] == s) and (o is None or t[2] == o) and t not in seen:
                seen.add(t)
                yield t

    def objects(self, s: str, p: str) -> list[str]:
        return [t[2] for t in self._match(s, p, None)]

    def subjects(self, p: str, o: str) -> list[str]:
        return [t[0] for t in self._match(None, p, o)]

    def about(self, term: str) -> list[Triple]:
        out = list(self._match(term, None, None))
        out += [t for t in self._match(None, None, term) if t[0] != term]
        return out

    def anchors(self, event: str) -> temporal.Anchors:
        got = self._anchors.get(event)
        if got is None:
            got = self._anchors[event] = temporal.anchor_sets(self, event)
        return got

    def dates(self, event: str) -> list[tuple[Triple, temporal.Interval]]:
        """The dates of ``event`` (see :func:`temporal.dates`): cached, as the date order
        of each event asks them for every comparable event."""
        got = self._dates.get(event)
        if got is None:
            got = self._dates[event] = temporal.dates(self, event)
        return got

    def is_milestone(self, event: str) -> bool:
        got = self._milestone.get(event)
        if got is None:
            got = self._milestone[event] = not temporal.milestone_kinds().isdisjoint(self.objects(event, T.TYPE))
        return got

    def __contains__(self, t: object) -> bool:
        if t in self.added:
            return True
        if t in self.hidden:
            return False
        s, p, o = t  # type: ignore[misc]
        return any(True for _ in self._match(s, p, o))

    def asserted(self, t: Triple) -> list[str]:
        """The input graphs (not the inferred one) that state ``t``."""
        s, p, o = (T.to_ox(x) for x in t)
        out = []
        for q in self.ox.quads_for_pattern(s, p, o, None):
            g = q.graph_name
            if isinstance(g, ox.NamedNode) and g.value != _INFERRED and self._wanted(g.value, q.subject):
                out.append(g.value)
        return out

    def in_inferred(self, t: Triple) -> bool:
        s, p, o = (T.to_ox(x) for x in t)
        return any(True for _ in self.ox.quads_for_pattern(s, p, o, ox.NamedNode(_INFERRED)))


def triples_in(view: StoreView, triples: Iterable[Triple]) -> list[Triple]:
    return [t for t in triples if t in view]
