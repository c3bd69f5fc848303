"""Reasoning: OWL 2 RL closure plus temporal rules into the inferred named graph.

>>> from kgraph.reason import reason, update, explain, format_explanation, validate
>>> report = reason(store)                       # full closure, engine="fast" or "owlrl"
>>> update(store, added_graphs=[g])              # after ingesting or replacing article g
>>> print(format_explanation(explain(store, s, p, o)))
>>> print(format_validation(validate(store)))

The inferred graph holds only triples that no input graph states. See the "Reasoning"
section of docs/architecture.md for what is read, which rules run and why.
"""
from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import KGraphError
from ..vocab import ONTOLOGY_GRAPH
from . import io
from .engine import closure
from .rules import Rules, compile_rules
from .terms import Triple

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["reason", "update", "ReasonReport", "ReasonError", "explain", "format_explanation", "Explanation",
           "resolve_term", "validate", "format_validation", "ValidationReport", "ENGINES"]

ENGINES = ("fast", "owlrl")


class ReasonError(KGraphError):
    """Reasoning could not run (unknown engine, missing ontology, bad term)."""


@dataclass
class ReasonReport:
    """What a reasoning run did."""

    engine: str
    mode: str                      # "full" or "incremental"
    input_triples: int
    inferred_triples: int          # full: size of the inferred graph; incremental: not counted (-1)
    seconds: float
    added: int = 0                 # incremental: inferred triples added / removed
    removed: int = 0
    graphs: int = 0
    by_predicate: dict[str, int] = field(default_factory=dict)

    def __str__(self) -> str:
        if self.mode == "incremental":
            return (f"{self.engine} (incremental): +{self.added} -{self.removed} inferred triples "
                    f"from {self.graphs} changed graphs, {self.seconds:.3f} s")
        return (f"{self.engine}: {self.inferred_triples} inferred triples from {self.input_triples} "
                f"in {self.graphs} graphs, {self.seconds:.2f} s")


def _ontology(store: "Store") -> list[Triple]:
    tbox = io.graph_triples(store, str(ONTOLOGY_GRAPH))
    if not tbox:
        raise ReasonError("the ontology graph is empty: load it first (Store.load_ontology())")
    return tbox


def _fingerprint(tbox: list[Triple], engine: str) -> str:
    h = hashlib.sha1(engine.encode())
    for t in sorted(tbox):
        h.update(" ".join(t).encode())
    return h.hexdigest()


def reason(store: "Store", engine: str = "fast") -> ReasonReport:
    """Compute the closure of the ontology, reference and article graphs and write the
    triples it adds into the inferred graph (replacing what was there)."""
    if engine not in ENGINES:
        raise ReasonError(f"unknown reasoning engine {engine!r}; choose one of {', '.join(ENGINES)}")
    start = time.perf_counter()
    tbox = _ontology(store)
    rules = compile_rules(tbox)
    intern: dict[str, str] = {}
    snapshot = io.Snapshot(store)
    snapshot.mark_ready(False)
    snapshot.clear()
    asserted: list[Triple] = []
    graphs = io.input_graphs(store)
    for g, triples in io.all_graph_triples(store, graphs, intern):
        asserted.extend(triples)
        if g.startswith(io.ARTICLE_GRAPH_PREFIX):
            snapshot.put(g, triples)
    del intern
    if engine == "fast":
        view, new = closure(rules, asserted)
        del view                    # the indexes: not needed to write, and as big as the closure
    else:
        from .owlrl_engine import owlrl_closure
        new = owlrl_closure(rules, asserted)
    n_asserted = len(asserted)
    del asserted
    n = io.write_inferred(store, new)
    snapshot.mark_ready(True, _fingerprint(tbox, engine))
    store.flush()
    counts: dict[str, int] = {}
    for _, p, _ in new:
        counts[p] = counts.get(p, 0) + 1
    return ReasonReport(engine=engine, mode="full", input_triples=n_asserted, inferred_triples=n,
                        seconds=time.perf_counter() - start, graphs=len(graphs),
                        by_predicate=dict(sorted(counts.items(), key=lambda kv: -kv[1])))


def update(store: "Store", added_graphs: Iterable[str] = (), removed_graphs: Iterable[str] = ()
           ) -> ReasonReport:
    """Bring the inferred graph up to date after article graphs changed, without
    recomputing everything.

    Call it after changing the store: ``added_graphs`` are graphs added or replaced (their
    content is read from the store), ``removed_graphs`` graphs removed (their old content
    comes from the reasoner's own record of what it last read). A replaced graph may be
    listed in either or both. Falls back to :func:`reason` when there is no record (the
    store was never reasoned over in this form) or the ontology changed.
    """
    start = time.perf_counter()
    added_graphs = [str(g) for g in added_graphs]
    removed_graphs = [str(g) for g in removed_graphs]
    for g in added_graphs + removed_graphs:
        if not g.startswith(io.ARTICLE_GRAPH_PREFIX):
            raise ReasonError(f"{g} is not an article graph: only article graphs are updated incrementally; "
                              "run a full reason() after changing the ontology or the reference graph")
    tbox = _ontology(store)
    snapshot = io.Snapshot(store)
    if snapshot.fingerprint() != _fingerprint(tbox, "fast"):
        report = reason(store)
        report.mode = "full"
        return report
    rules: Rules = compile_rules(tbox)
    added: set[Triple] = set()
    removed: set[Triple] = set()
    current: dict[str, list[Triple]] = {}
    for g in dict.fromkeys(added_graphs + removed_graphs):
        old = snapshot.get(g) or []
        new = io.graph_triples(store, g) if store.has_graph(g) else []
        current[g] = new
        old_set, new_set = set(old), set(new)
        removed |= old_set - new_set
        added |= new_set - old_set
    removed -= added
    from .incremental import Recompute
    try:
        plus, minus = incremental_apply(rules, store, added, removed)
    except Recompute:           # the change reaches too much of the closure: recompute it
        report = reason(store)
        report.mode = "full"
        return report
    for g, new in current.items():
        if new:
            snapshot.put(g, new)
        else:
            snapshot.drop(g)
    snapshot.commit()
    store.flush()
    return ReasonReport(engine="fast", mode="incremental", input_triples=len(added) + len(removed),
                        inferred_triples=-1, seconds=time.perf_counter() - start,
                        added=len(plus), removed=len(minus), graphs=len(current))


def incremental_apply(rules: Rules, store: "Store", added: set[Triple], removed: set[Triple]
                      ) -> tuple[set[Triple], set[Triple]]:
    from .incremental import apply
    return apply(rules, store, added, removed)


from .explain import Explanation, explain, format_explanation, resolve_term  # noqa: E402
from .validate import ValidationReport, format_validation, validate  # noqa: E402
