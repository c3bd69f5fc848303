"""The reference engine: owlrl (the W3C OWL 2 RL rules in Python), for checking.

owlrl computes the OWL 2 RL closure; the temporal rules (not OWL) then run on its result
with kgraph's engine, to a fixed point. What owlrl adds that says nothing about the data is
dropped, the same list the equivalence test names: reflexive ``owl:sameAs`` and
``rdfs:subClassOf``/``subPropertyOf``/``equivalentClass``/``equivalentProperty``,
``owl:Thing`` and ``owl:Nothing``, axiomatic typing of the built-in vocabularies
(``rdfs:Datatype``, ``owl:AnnotationProperty``, ``owl:Class``), and triples with a literal
subject.
"""
from __future__ import annotations

import pyoxigraph as ox

from . import terms as T
from .engine import MemoryView, saturate
from .rules import Rules
from .terms import Triple

BUILTIN = tuple("<" + ns for ns in (T.RDF, T.RDFS, T.OWL, T.XSD))
REFLEXIVE = frozenset({T.SAMEAS, T.SUBCLASS, T.SUBPROP, T.EQCLASS, T.EQPROP})
NOTHING = "<http://www.w3.org/2002/07/owl#Nothing>"
SKOLEM = "urn:kgraph:bnode:"


def is_noise(t: Triple) -> bool:
    """owlrl's output that carries no information about the data (see module docstring)."""
    s, p, o = t
    if s[0] == '"':
        return True
    if s == o and p in REFLEXIVE:
        return True
    if T.OWL_THING in (s, o) or NOTHING in (s, o):
        return True
    return p == T.TYPE and s.startswith(BUILTIN)


def owlrl_closure(r: Rules, asserted: list[Triple]) -> list[Triple]:
    import owlrl
    import rdflib

    # rdflib relabels blank nodes when it parses: carry them through as IRIs and back
    def skolem(x: str) -> str:
        return f"<{SKOLEM}{x[2:]}>" if x[0] == "_" else x

    def unskolem(x: str) -> str:
        return "_:" + x[len(SKOLEM) + 1:-1] if x.startswith("<" + SKOLEM) else x

    g = rdflib.Graph()
    g.parse(data=T.to_ntriples((skolem(s), skolem(p), skolem(o)) for s, p, o in asserted), format="nt")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    data = g.serialize(format="nt", encoding="utf-8")
    # owlrl writes literal subjects that N-Triples cannot hold: drop those lines first
    lines = [ln for ln in data.decode().split("\n") if ln and not ln.startswith('"')]
    normalised = ox.serialize(ox.parse("\n".join(lines) + "\n", format=ox.RdfFormat.N_TRIPLES),
                              format=ox.RdfFormat.N_TRIPLES)
    base = set(asserted)
    view = MemoryView(r)
    for t in asserted:
        view.add(t)
    new = [t for t in ((unskolem(s), p, unskolem(o)) for s, p, o in T.parse_ntriples(normalised))
           if t not in base and not is_noise(t)]
    for t in new:
        view.add(t)
    if r.temporal:
        # temporal rules on owlrl's closure: every triple once more through the engine
        saturate(r, view, [t for t in list(view.facts)], new)
    return new
