"""Why is a triple in the graph: the rule, its premises, down to the sentences that said so.

An explanation is found backwards, one rule application at a time (:mod:`backward`), by
iterative deepening so that the shortest derivation is shown; stated triples are leaves with
their sources: the article and sentence of each ``kg:Assertion`` that asserts it, the
``kg:sourceNote`` of a reference fact, or the ontology.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..vocab import ARTICLE_GRAPH_PREFIX, KG_URI, ONTOLOGY_GRAPH, PREFIXES, REFERENCE_GRAPH, TERMS
from . import terms as T
from .backward import derivations
from .rules import Rules, compile_rules
from .storeview import StoreView
from .terms import Triple

if TYPE_CHECKING:
    from ..store import Store

RULES: dict[str, str] = {
    "cax-sco": "subclass",
    "cax-eqc": "equivalent class",
    "prp-dom": "property domain",
    "prp-rng": "property range",
    "prp-spo1": "subproperty",
    "prp-eqp": "equivalent property",
    "prp-inv": "inverse property",
    "prp-symp": "symmetric property",
    "prp-trp": "transitive property",
    "prp-spo2": "property chain",
    "prp-fp": "functional property",
    "prp-ifp": "inverse functional property",
    "eq-sym": "sameAs is symmetric",
    "eq-trans": "sameAs is transitive",
    "eq-rep-s": "same subject",
    "eq-rep-o": "same object",
    "date-order": "dates order the events",
    "release-event": "release event of a dated work",
    "schema": "entailed by the ontology",
}
"""Rule names (OWL 2 RL names where OWL 2 RL has the rule) and what they mean."""

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_PROV = "http://www.w3.org/ns/prov#"


@dataclass
class Source:
    """Where a stated triple comes from."""

    graph: str
    article: str | None = None          # article id
    sentence: str | None = None         # the sentence's text
    note: str | None = None             # reference kg:sourceNote


@dataclass
class Explanation:
    triple: Triple
    rule: str | None                    # None: stated in an input graph
    premises: list["Explanation"] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)


class ExplainError(Exception):
    pass


def _sources(store: "Store", view: StoreView, t: Triple, graphs: list[str]) -> list[Source]:
    out: list[Source] = []
    s, p, o = (T.to_ox(x) for x in t)
    for g in sorted(set(graphs)):
        gn = ox.NamedNode(g)
        if g.startswith(ARTICLE_GRAPH_PREFIX):
            found = False
            for q in store.ox.quads_for_pattern(None, ox.NamedNode(_RDF + "subject"), s, gn):
                a = q.subject
                if not (_has(store, a, _RDF + "predicate", p, gn) and _has(store, a, _RDF + "object", o, gn)):
                    continue
                if not _has(store, a, KG_URI + "certainty", ox.NamedNode(KG_URI + "Asserted"), gn):
                    continue
                for sq in store.ox.quads_for_pattern(a, ox.NamedNode(_PROV + "wasDerivedFrom"), None, gn):
                    text = _value(store, sq.object, KG_URI + "text", gn)
                    out.append(Source(g, article=g[len(ARTICLE_GRAPH_PREFIX):], sentence=text))
                    found = True
            if not found:
                out.append(Source(g, article=g[len(ARTICLE_GRAPH_PREFIX):]))
        elif g == str(REFERENCE_GRAPH):
            note = _value(store, s, KG_URI + "sourceNote", gn) if not isinstance(s, ox.Literal) else None
            out.append(Source(g, note=note))
        else:
            out.append(Source(g))
    return out


def _has(store: "Store", s: object, p: str, o: object, g: ox.NamedNode) -> bool:
    return any(True for _ in store.ox.quads_for_pattern(s, ox.NamedNode(p), o, g))


def _value(store: "Store", s: object, p: str, g: ox.NamedNode) -> str | None:
    for q in store.ox.quads_for_pattern(s, ox.NamedNode(p), None, g):
        return q.object.value
    return None


def explain(store: "Store", s: str, p: str, o: str, max_depth: int = 12, rules: Rules | None = None) -> Explanation:
    """Explain the triple (``s``, ``p``, ``o``), given as IRIs, N-Triples terms or names
    (see :func:`resolve_term`). Raises :class:`ReasonError` if the graph does not hold it."""
    from . import ReasonError

    t = (resolve_term(store, s), resolve_term(store, p, predicate=True), resolve_term(store, o, literal_ok=True))
    if rules is None:
        rules = compile_rules(_tbox(store))
    view = StoreView(store)
    if t not in view:
        raise ReasonError(f"the graph does not hold {format_triple(t)} (run `kgraph reason` first if it should)")
    failed: dict[Triple, int] = {}
    for depth in range(1, max_depth + 1):
        found = _prove(store, rules, view, t, depth, frozenset(), failed)
        if found is not None:
            return found
    raise ReasonError(f"no derivation of {format_triple(t)} within {max_depth} steps")


def _tbox(store: "Store") -> list[Triple]:
    from .io import graph_triples
    return graph_triples(store, str(ONTOLOGY_GRAPH))


def _prove(store: "Store", r: Rules, view: StoreView, t: Triple, depth: int, path: frozenset[Triple],
           failed: dict[Triple, int]) -> Explanation | None:
    graphs = view.asserted(t)
    if graphs:
        return Explanation(t, None, sources=_sources(store, view, t, graphs))
    if depth <= 0 or failed.get(t, -1) >= depth:
        return None
    path = path | {t}
    for rule, premises in derivations(r, t, view):
        if any(pr in path for pr in premises):
            continue
        subs = []
        for pr in premises:
            sub = _prove(store, r, view, pr, depth - 1, path, failed)
            if sub is None:
                break
            subs.append(sub)
        else:
            return Explanation(t, rule, subs)
    failed[t] = max(failed.get(t, -1), depth)
    return None


# -- names ----------------------------------------------------------------------------------
_PREFIXES = {"rdf": _RDF, "rdfs": T.RDFS, "owl": T.OWL, "xsd": T.XSD, **PREFIXES}

def compact(term: str) -> str:
    """``<https://w3id.org/kgraph/ontology#before>`` -> ``kg:before``."""
    if term[0] == "<":
        value = term[1:-1]
        best = ""
        for prefix, ns in _PREFIXES.items():
            if value.startswith(ns) and len(ns) > len(best):
                best, name = ns, f"{prefix}:{value[len(ns):]}"
        return name if best else term
    if term[0] == '"' and term.endswith(">") and '"^^<' in term:
        lex, _, dt = term.rpartition("^^")
        return f"{lex}^^{compact(dt)}"
    return term


def format_triple(t: Triple) -> str:
    return " ".join(compact(x) for x in t)


def resolve_term(store: "Store", text: str, predicate: bool = False, literal_ok: bool = False) -> str:
    """An N-Triples term for what a user typed: ``<iri>``, a full IRI, ``prefix:name``, a
    bare ontology term (``featuredOn``), a literal in N-Triples form, or a name matched
    against ``rdfs:label``/``skos:prefLabel``/``skos:altLabel`` (case-insensitively)."""
    from . import ReasonError

    text = text.strip()
    if not text:
        raise ReasonError("empty term")
    if text[0] == "<" and text[-1] == ">":
        return text
    if text[0] == '"' and literal_ok:
        return str(T.to_ox(text))
    if text.startswith(("http://", "https://", "urn:")):
        return f"<{text}>"
    if ":" in text and " " not in text:
        prefix, _, local = text.partition(":")
        ns = _PREFIXES.get(prefix)
        if ns:
            return f"<{ns}{local}>"
    if predicate or text in TERMS:
        if text in TERMS:
            return f"<{KG_URI}{text}>"
        if text == "a" or text == "type":
            return T.TYPE
        raise ReasonError(f"unknown property {text!r}: give an ontology term (e.g. featuredOn) or an IRI")
    rows = store.query(
        "SELECT DISTINCT ?e WHERE { VALUES ?p { rdfs:label skos:prefLabel skos:altLabel } ?e ?p ?l . "
        "FILTER(LCASE(STR(?l)) = LCASE(?name)) } ORDER BY ?e", bindings={"name": ox.Literal(text)})
    found = [str(row["e"]) for row in rows]
    if not found:
        if literal_ok:
            return str(ox.Literal(text))
        raise ReasonError(f"no entity is named {text!r}")
    if len(found) > 1:
        raise ReasonError(f"{text!r} names {len(found)} entities: {', '.join(compact(f) for f in found[:5])}; "
                          "give an IRI")
    return found[0]


def format_explanation(expl: Explanation) -> str:
    """The explanation as an indented tree, one triple a line, each with its rule or source."""
    lines: list[str] = []

    def walk(e: Explanation, depth: int) -> None:
        pad = "  " * depth
        if e.rule is None:
            lines.append(f"{pad}{format_triple(e.triple)}  [stated]")
            for src in e.sources:
                if src.sentence:
                    lines.append(f'{pad}    article {src.article}: "{src.sentence}"')
                elif src.article:
                    lines.append(f"{pad}    article {src.article}")
                elif src.note:
                    lines.append(f"{pad}    reference: {src.note}")
                elif src.graph == str(REFERENCE_GRAPH):
                    lines.append(f"{pad}    reference")
                elif src.graph == str(ONTOLOGY_GRAPH):
                    lines.append(f"{pad}    ontology")
                else:
                    lines.append(f"{pad}    graph {compact('<' + src.graph + '>')}")
        else:
            lines.append(f"{pad}{format_triple(e.triple)}  [{e.rule}: {RULES.get(e.rule, e.rule)}]")
            for sub in e.premises:
                walk(sub, depth + 1)

    walk(expl, 0)
    return "\n".join(lines)
