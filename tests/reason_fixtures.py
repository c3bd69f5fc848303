"""Small hand-written graphs for the reasoning, explanation and validation tests."""
from __future__ import annotations

import re

import pyoxigraph as ox

from kgraph.store import Store
from kgraph.vocab import ARTICLE_GRAPH_PREFIX, REFERENCE_GRAPH

PREFIXES = """
@prefix kg: <https://w3id.org/kgraph/ontology#> .
@prefix kgr: <https://w3id.org/kgraph/resource/> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix time: <http://www.w3.org/2006/time#> .
"""


def store_with(articles: dict[str, str], reference: str = "", path: object = None) -> Store:
    """An in-memory (or on-disk) store holding the ontology, the ``reference`` Turtle and
    one graph per article id (Turtle bodies, prefixes above)."""
    store = Store(path)  # type: ignore[arg-type]
    store.load_ontology()
    if reference:
        put(store, str(REFERENCE_GRAPH), reference)
    for aid, body in articles.items():
        put(store, ARTICLE_GRAPH_PREFIX + aid, body)
    return store


def put(store: Store, graph: str, body: str) -> None:
    g = ox.NamedNode(graph)
    if store.ox.contains_named_graph(g):
        store.ox.remove_graph(g)
    store.ox.load(PREFIXES + expand(body), format=ox.RdfFormat.TURTLE, to_graph=g)


def expand(text: str) -> str:
    """``kgr:song/x`` -> ``<https://w3id.org/kgraph/resource/song/x>`` (a slash cannot stand
    in a Turtle or SPARQL prefixed name)."""
    return re.sub(r"\bkgr:([\w\-/]+[\w\-])", r"<https://w3id.org/kgraph/resource/\1>", text)


def stated(article: str, i: int, s: str, p: str, o: str, sentence: int, text: str, certainty: str = "Asserted") -> str:
    """The Turtle of one fact as build.py writes it: the plain triple (when asserted), the
    kg:Assertion node and its sentence."""
    a = f"<https://w3id.org/kgraph/resource/article/{article}>"
    st = f"<https://w3id.org/kgraph/resource/article/{article}#a{i}>"
    sn = f"<https://w3id.org/kgraph/resource/article/{article}#s{sentence}>"
    plain = f"{s} {p} {o} .\n" if certainty == "Asserted" else ""
    return plain + (
        f"{a} a kg:Article ; kg:articleId \"{article}\" ; kg:sentence {sn} .\n"
        f"{sn} a kg:Sentence ; kg:inArticle {a} ; kg:text \"{text}\" .\n"
        f"{st} a kg:Assertion , rdf:Statement ; rdf:subject {s} ; rdf:predicate {p} ; rdf:object {o} ;\n"
        f"   kg:certainty kg:{certainty} ; prov:wasAttributedTo {a} ; prov:wasDerivedFrom {sn} ;\n"
        f"   kg:confidence 0.9 .\n")
