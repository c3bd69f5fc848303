"""Build RDF from an annotated Doc: the article's named graph, with provenance.

Asserted facts become plain triples; every fact (asserted, reported or denied) also gets a
reified ``kg:Assertion`` (an ``rdf:Statement``) saying which sentence stated it, how sure the
article is, and which pattern found it. Reported and denied facts exist only as assertions,
so a query over plain triples sees only what articles state as true.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

import pyoxigraph as ox

from .kb import mint_iri
from .pipeline.doc import LITERAL_PREDICATES, Doc, Entity, Fact
from .store import article_graph
from .vocab import KG, PROV, RES_URI, SCHEMA, SKOS

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
RDF_STATEMENT = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement")
RDF_SUBJECT = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject")
RDF_PREDICATE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate")
RDF_OBJECT = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#object")
RDFS_LABEL = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
XSD = "http://www.w3.org/2001/XMLSchema#"

CERTAINTY = {"asserted": KG.Asserted, "reported": KG.Reported, "denied": KG.Denied}
DATE_PREDICATES = frozenset({"releaseDate", "eventDate"})


def n(term: object) -> ox.NamedNode:
    return ox.NamedNode(str(term))


def date_literal(value: str) -> ox.Literal:
    """``YYYY-MM-DD`` -> xsd:date, ``YYYY-MM`` -> xsd:gYearMonth, ``YYYY`` -> xsd:gYear."""
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "date"))
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "gYearMonth"))
    if re.fullmatch(r"\d{4}", value):
        return ox.Literal(value, datatype=ox.NamedNode(XSD + "gYear"))
    raise ValueError(f"not a date: {value!r}")


def article_iri(article_id: str) -> ox.NamedNode:
    return ox.NamedNode(f"{RES_URI}article/{article_id}")


def entity_iri(entity: Entity) -> ox.NamedNode:
    """The entity's IRI: the one linking gave it, else minted by the same rule as linking
    (:func:`kgraph.kb.mint_iri`), for documents built by hand."""
    if entity.iri:
        return ox.NamedNode(entity.iri)
    for kind in sorted(entity.types):
        try:
            return ox.NamedNode(mint_iri(kind, entity.name))
        except ValueError:
            continue
    raise ValueError(f"entity {entity.name!r} has no type an IRI can be minted for: {sorted(entity.types)}")


def build_quads(doc: Doc) -> list[ox.Quad]:
    """All quads of the article's named graph."""
    return list(_quads(doc))


def _quads(doc: Doc) -> Iterator[ox.Quad]:
    art = doc.article
    g = article_graph(art.id)
    a = article_iri(art.id)

    def q(s: ox.NamedNode, p: object, o: ox.NamedNode | ox.Literal) -> ox.Quad:
        return ox.Quad(s, p if isinstance(p, ox.NamedNode) else n(p), o, g)

    # the article and its sentences
    yield q(a, RDF_TYPE, n(KG.Article))
    yield q(a, KG.articleId, ox.Literal(art.id))
    yield q(a, KG.contentHash, ox.Literal(art.content_hash))
    if art.url:
        yield q(a, SCHEMA.url, ox.Literal(art.url))
    if art.date:
        yield q(a, SCHEMA.datePublished, date_literal(art.date.isoformat()))
    if art.title:
        yield q(a, SCHEMA.headline, ox.Literal(art.title))
    if art.source:
        yield q(a, PROV.hadPrimarySource, ox.Literal(art.source))
    sentence_iris: dict[int, ox.NamedNode] = {}
    used = {f.sentence for f in doc.facts if f.sentence is not None}
    for s in doc.sentences:
        if s.index not in used:
            continue
        si = ox.NamedNode(f"{a.value}#s{s.index}")
        sentence_iris[s.index] = si
        yield q(a, KG.sentence, si)
        yield q(si, RDF_TYPE, n(KG.Sentence))
        yield q(si, KG.inArticle, a)
        yield q(si, KG.text, ox.Literal(s.text))
        yield q(si, KG.position, ox.Literal(str(s.index), datatype=ox.NamedNode(XSD + "integer")))
        yield q(si, KG.charStart, ox.Literal(str(s.start), datatype=ox.NamedNode(XSD + "integer")))
        yield q(si, KG.charEnd, ox.Literal(str(s.end), datatype=ox.NamedNode(XSD + "integer")))

    # entities: types, names, mention
    iris = {key: entity_iri(e) for key, e in doc.entities.items()}
    for key, e in doc.entities.items():
        ei = iris[key]
        for t in sorted(e.types):
            yield q(ei, RDF_TYPE, n(KG[t]))
        if "Event" not in e.types:
            yield q(ei, RDFS_LABEL, ox.Literal(e.name))
            yield q(ei, SKOS.prefLabel, ox.Literal(e.name))
            for alias in sorted(e.aliases - {e.name}):
                yield q(ei, SKOS.altLabel, ox.Literal(alias))
        else:
            yield q(ei, RDFS_LABEL, ox.Literal(e.name))
        yield q(ei, KG.mentionedIn, a)

    # facts and their provenance
    for i, fact in enumerate(doc.facts):
        triple = _fact_triple(fact, iris)
        if triple is None:
            continue
        s, p, o = triple
        if fact.certainty == "asserted":
            yield q(s, p, o)
        st = ox.NamedNode(f"{a.value}#a{i}")
        yield q(st, RDF_TYPE, n(KG.Assertion))
        yield q(st, RDF_TYPE, RDF_STATEMENT)
        yield q(st, RDF_SUBJECT, s)
        yield q(st, RDF_PREDICATE, p)
        yield q(st, RDF_OBJECT, o)
        yield q(st, KG.certainty, n(CERTAINTY[fact.certainty]))
        yield q(st, PROV.wasAttributedTo, a)
        if fact.sentence is not None and fact.sentence in sentence_iris:
            yield q(st, PROV.wasDerivedFrom, sentence_iris[fact.sentence])
        if fact.pattern:
            yield q(st, KG.pattern, ox.Literal(fact.pattern))
        yield q(st, KG.confidence, ox.Literal(repr(float(fact.confidence)),
                                              datatype=ox.NamedNode(XSD + "double")))


def _fact_triple(fact: Fact, iris: dict[str, ox.NamedNode]
                 ) -> tuple[ox.NamedNode, ox.NamedNode, ox.NamedNode | ox.Literal] | None:
    s = iris.get(fact.s)
    if s is None:
        return None
    if fact.p == "eventType":
        return s, RDF_TYPE, n(KG[fact.o])
    p = n(KG[fact.p])
    if fact.p in DATE_PREDICATES:
        try:
            return s, p, date_literal(fact.o)
        except ValueError:
            return None
    if fact.p in LITERAL_PREDICATES:
        return s, p, ox.Literal(fact.o)
    o = iris.get(fact.o)
    return (s, p, o) if o is not None else None
