"""Terms as N-Triples strings: the reasoner's one representation of RDF terms.

pyoxigraph dumps and loads N-Triples in Rust, and ``str()`` of a pyoxigraph term is its
N-Triples form, so keeping terms as these strings costs no conversion at either end and
makes every triple a tuple of three interned ``str`` (cheap to hash, compare and store).
"""
from __future__ import annotations

import hashlib
import sys
from collections.abc import Iterable, Iterator

import pyoxigraph as ox

from ..vocab import INFERRED_GRAPH, KG_URI, ONTOLOGY_GRAPH, REFERENCE_GRAPH, RES_URI

Triple = tuple[str, str, str]

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
XSD = "http://www.w3.org/2001/XMLSchema#"
TIME = "http://www.w3.org/2006/time#"


def iri(value: str) -> str:
    return f"<{value}>"


TYPE = iri(RDF + "type")
FIRST = iri(RDF + "first")
REST = iri(RDF + "rest")
NIL = iri(RDF + "nil")
SUBCLASS = iri(RDFS + "subClassOf")
SUBPROP = iri(RDFS + "subPropertyOf")
DOMAIN = iri(RDFS + "domain")
RANGE = iri(RDFS + "range")
LABEL = iri(RDFS + "label")
EQCLASS = iri(OWL + "equivalentClass")
EQPROP = iri(OWL + "equivalentProperty")
INVERSE = iri(OWL + "inverseOf")
SAMEAS = iri(OWL + "sameAs")
CHAIN = iri(OWL + "propertyChainAxiom")
TRANSITIVE = iri(OWL + "TransitiveProperty")
SYMMETRIC = iri(OWL + "SymmetricProperty")
FUNCTIONAL = iri(OWL + "FunctionalProperty")
INVFUNCTIONAL = iri(OWL + "InverseFunctionalProperty")
OWL_THING = iri(OWL + "Thing")

KG_BEFORE = iri(KG_URI + "before")
KG_PARTICIPANT = iri(KG_URI + "participant")
KG_ABOUT = iri(KG_URI + "about")
KG_APPEARS_ON = iri(KG_URI + "appearsOn")
KG_EVENT_DATE = iri(KG_URI + "eventDate")
KG_RELEASE_DATE = iri(KG_URI + "releaseDate")
KG_HAS_TIME = iri(KG_URI + "hasTime")
KG_RELEASE = iri(KG_URI + "Release")
KG_ASSERTION = iri(KG_URI + "Assertion")
TIME_IN_XSD_DATE = iri(TIME + "inXSDDate")
TIME_IN_XSD_DATETIME = iri(TIME + "inXSDDateTimeStamp")
TIME_IN_XSD_GYEARMONTH = iri(TIME + "inXSDgYearMonth")
TIME_IN_XSD_GYEAR = iri(TIME + "inXSDgYear")
TIME_HAS_BEGINNING = iri(TIME + "hasBeginning")
TIME_HAS_END = iri(TIME + "hasEnd")
TIME_POSITIONS = (TIME_IN_XSD_DATE, TIME_IN_XSD_DATETIME, TIME_IN_XSD_GYEARMONTH, TIME_IN_XSD_GYEAR)

ONTOLOGY = iri(str(ONTOLOGY_GRAPH))
REFERENCE = iri(str(REFERENCE_GRAPH))
INFERRED = iri(str(INFERRED_GRAPH))
RES_PREFIX = "<" + RES_URI


def is_literal(term: str) -> bool:
    return term[0] == '"'


def is_bnode(term: str) -> bool:
    return term[0] == "_"


def lexical(literal: str) -> str:
    """The lexical form of an N-Triples literal (escapes left as they are)."""
    return literal[1:literal.rindex('"')]


def release_event(work: str) -> str:
    """The IRI of the release event derived from a work's ``kg:releaseDate``.

    ``kgr:song/love-wins-all`` -> ``kgr:event/release-song-love-wins-all``; stable, so the
    same work always yields the same event whatever article dates it.
    """
    if work.startswith(RES_PREFIX):
        local = work[len(RES_PREFIX):-1].replace("/", "-")
    else:
        local = hashlib.sha1(work.encode()).hexdigest()[:16]
    return f"{RES_PREFIX}event/release-{local}>"


def parse_ntriples(data: bytes | str, intern: dict[str, str] | None = None) -> Iterator[Triple]:
    """Split pyoxigraph's N-Triples output into term strings without a parser: subjects and
    predicates hold no space, every line ends with `` .``."""
    if isinstance(data, bytes):
        data = data.decode()
    get = (intern if intern is not None else {}).setdefault
    for line in data.split("\n"):
        if not line:
            continue
        s, p, o = line[:-2].split(" ", 2)
        yield get(s, s), get(p, p), get(o, o)


def to_ntriples(triples: Iterable[Triple]) -> str:
    return "".join(f"{s} {p} {o} .\n" for s, p, o in triples)


_TERM_CACHE: dict[str, ox.NamedNode | ox.BlankNode | ox.Literal] = {}


def to_ox(term: str) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """The pyoxigraph term of an N-Triples string."""
    cached = _TERM_CACHE.get(term)
    if cached is not None:
        return cached
    if term[0] == "<":
        node: ox.NamedNode | ox.BlankNode | ox.Literal = ox.NamedNode(term[1:-1])
    elif term[0] == "_":
        node = ox.BlankNode(term[2:])
    else:
        quad = next(iter(ox.parse(f"<urn:s> <urn:p> {term} .", format=ox.RdfFormat.N_TRIPLES)))
        node = quad.object
    if len(_TERM_CACHE) > 200_000:
        _TERM_CACHE.clear()
    _TERM_CACHE[term] = node
    return node


def from_ox(term: object) -> str:
    return sys.intern(str(term)) if not isinstance(term, ox.Literal) else str(term)
