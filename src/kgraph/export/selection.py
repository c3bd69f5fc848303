"""Which part of the graph an export shows: around an entity, by class, by date, by query.

A :class:`Selection` is applied to a :class:`~kgraph.export.model.Model` in a fixed order,
each step narrowing the previous one:

0. ``inferred`` / ``restated``: links found only by the reasoner, if wanted; those joining two
   entities that an asserted link already joins only with ``restated``;
1. ``query``: only the entities a SPARQL SELECT binds (and the edges between them), or the
   triples a CONSTRUCT returns;
2. ``reference``: reference-KB entities that no article mentions are kept only when they are
   next to one that is (``linked``, the default for whole-graph exports), always (``all``, the
   default with ``around`` or ``query``, or when no article is stored yet) or never (``none``);
3. ``around`` / ``depth``: entities at most ``depth`` links away from the named one (links
   followed in both directions; inferred links too when ``inferred``);
4. ``classes``: only entities of those classes (the ``around`` entity always stays);
5. ``since`` / ``until``: dated entities (events, songs: ``kg:eventDate``, ``kg:releaseDate``)
   whose date overlaps the window, and the undated entities linked to one of them.
"""
from __future__ import annotations

from collections import defaultdict, deque
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ..errors import KGraphError
from ..store import Store
from .model import CLASSES, Edge, Model, date_range

REFERENCE_MODES = ("linked", "all", "none")


@dataclass
class Selection:
    around: str | None = None
    """A name (aliases resolve) or IRI."""
    depth: int = 2
    classes: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    query: str | Path | None = None
    """A .rq file (SPARQL SELECT or CONSTRUCT)."""
    params: dict[str, Any] = field(default_factory=dict)
    """Values for the query's ``# param:`` lines."""
    inferred: bool = True
    restated: bool = False
    """Also inferred links between two entities that an asserted link already joins (an
    inverse such as hasMember for memberOf, or a broader property such as credited for
    performer): they name a link already drawn, so they are left out unless asked for."""
    reference: str | None = None
    """``linked``, ``all`` or ``none``; None picks ``all`` with around/query, else ``linked``."""

    def __post_init__(self) -> None:
        if isinstance(self.classes, str):
            self.classes = tuple(c.strip() for c in self.classes.split(",") if c.strip())
        known = {c.lower(): c for c in (*CLASSES, "Other")}
        fixed = []
        for c in self.classes:
            if c.lower() not in known:
                raise KGraphError(f"unknown class {c!r}; use some of {', '.join(CLASSES)}")
            fixed.append(known[c.lower()])
        self.classes = tuple(fixed)
        if self.depth < 0:
            raise KGraphError(f"depth must be 0 or more, not {self.depth}")
        if self.reference is not None and self.reference not in REFERENCE_MODES:
            raise KGraphError(f"unknown reference mode {self.reference!r}; use {', '.join(REFERENCE_MODES)}")
        if self.since and self.until and self.since > self.until:
            raise KGraphError(f"--since {self.since} is after --until {self.until}")

    def describe(self) -> str:
        """One line for titles and logs."""
        parts = []
        if self.around:
            parts.append(f"around {self.around} (depth {self.depth})")
        if self.classes:
            parts.append("classes " + ", ".join(self.classes))
        if self.since or self.until:
            parts.append(f"from {self.since or '…'} to {self.until or '…'}")
        if self.query:
            parts.append(f"query {Path(self.query).name}")
        if not self.inferred:
            parts.append("no inferred links")
        elif self.restated:
            parts.append("all inferred links")
        return "; ".join(parts) or "whole graph"


@dataclass
class Subgraph:
    """The selected part of a model: node IRIs and edges, plus the centre of ``around``."""

    model: Model
    nodes: list[str]
    edges: list[Edge]
    centre: str | None = None
    selection: Selection = field(default_factory=Selection)


def select(store: Store, model: Model, selection: Selection | None = None) -> Subgraph:
    sel = selection or Selection()
    nodes = set(model.nodes)
    edges = [e for e in model.edges.values() if sel.inferred or not e.inferred]
    if sel.inferred and not sel.restated:
        joined = {frozenset((e.s, e.o)) for e in edges if not e.inferred}
        edges = [e for e in edges if not e.inferred or frozenset((e.s, e.o)) not in joined]
    centre: str | None = None

    if sel.query:
        q_nodes, q_edges = _run_query(store, model, sel)
        nodes &= q_nodes
        if q_edges is not None:
            by_key = {e.key: e for e in edges}
            edges = [by_key.get(k) or Edge(*k, asserted=True) for k in q_edges]

    mode = sel.reference or ("all" if (sel.around or sel.query) else "linked")
    mentioned = {n for n in nodes if model.nodes[n].articles or not model.nodes[n].reference}
    if not mentioned and sel.reference is None:
        mode = "all"        # no article yet: the reference knowledge base is all there is to see
    if mode != "all":
        if mode == "linked":
            near = set(mentioned)
            for e in edges:
                if e.s in mentioned and e.o in nodes:
                    near.add(e.o)
                if e.o in mentioned and e.s in nodes:
                    near.add(e.s)
            nodes = near
        else:
            nodes = mentioned

    if sel.around:
        from ..query import resolve_entity
        centre = resolve_entity(store, sel.around).value
        if centre not in model.nodes:
            raise KGraphError(f"{sel.around!r} ({centre}) is not an entity of the graph")
        nodes.add(centre)
        nodes &= _within(centre, sel.depth, nodes, edges)

    if sel.classes:
        nodes = {n for n in nodes if model.nodes[n].cls in sel.classes or n == centre}

    if sel.since or sel.until:
        lo, hi = sel.since or date.min, sel.until or date.max
        dated, kept = set(), set()
        for n in nodes:
            values = [r for p in ("eventDate", "releaseDate") for v in model.nodes[n].props.get(p, ())
                      if (r := date_range(v))]
            if values:
                dated.add(n)
                if any(a <= hi and b >= lo for a, b in values):
                    kept.add(n)
        seeds = set(kept)
        for e in edges:
            if e.s in seeds and e.o in nodes and e.o not in dated:
                kept.add(e.o)
            if e.o in seeds and e.s in nodes and e.s not in dated:
                kept.add(e.s)
        if centre in nodes:
            kept.add(centre)
        nodes = kept

    final = [e for e in edges if e.s in nodes and e.o in nodes]
    order = sorted(nodes, key=lambda n: (model.nodes[n].cls, model.nodes[n].label.lower(), n))
    return Subgraph(model, order, sorted(final, key=lambda e: e.key), centre, sel)


def _within(centre: str, depth: int, nodes: set[str], edges: list[Edge]) -> set[str]:
    adj: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        if e.s in nodes and e.o in nodes:
            adj[e.s].add(e.o)
            adj[e.o].add(e.s)
    seen = {centre: 0}
    todo = deque([centre])
    while todo:
        n = todo.popleft()
        if seen[n] >= depth:
            continue
        for m in adj[n]:
            if m not in seen:
                seen[m] = seen[n] + 1
                todo.append(m)
    return set(seen)


def _run_query(store: Store, model: Model, sel: Selection
               ) -> tuple[set[str], list[tuple[str, str, str]] | None]:
    """The entities (and, for CONSTRUCT, the triples) a query file returns."""
    from ..query import StoredQuery, run
    path = Path(sel.query)  # type: ignore[arg-type]
    if not path.is_file():
        raise KGraphError(f"{path}: no such query file")
    sq = StoredQuery.from_file(path)
    try:
        res = run(store, sq, dict(sel.params))
    except KGraphError:
        raise
    except (ValueError, OSError, RuntimeError) as exc:
        raise KGraphError(f"{path}: cannot run the query ({exc})") from None
    if res.boolean is not None:
        raise KGraphError(f"{path}: an ASK query selects nothing; use SELECT or CONSTRUCT")
    iris = {t.value for row in res.terms for t in row.values() if isinstance(t, ox.NamedNode)}
    nodes = iris & set(model.nodes)
    if res.variables == ["s", "p", "o"] and _is_construct(sq.sparql):
        triples = [(r["s"].value, r["p"].value, r["o"].value) for r in res.terms
                   if isinstance(r["o"], ox.NamedNode) and r["s"].value in model.nodes
                   and r["o"].value in model.nodes]
        return nodes, triples
    return nodes, None


def _is_construct(sparql: str) -> bool:
    import re
    body = "\n".join(line for line in sparql.splitlines() if not line.lstrip().startswith("#"))
    return re.search(r"\bCONSTRUCT\b", body, re.I) is not None
