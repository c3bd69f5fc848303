"""The entity graph of a store, as plain Python objects that every visual export shares.

Entities (artists, groups, songs, videos, directors, events, albums, agencies) become nodes
and the object properties between them edges. Provenance nodes (articles, sentences,
``kg:Assertion`` reifications) are not nodes: they are folded into :class:`Evidence` for the
facts they support, which the HTML page shows in its side panel. Edges found only in the
inferred graph are marked ``inferred``.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date

import pyoxigraph as ox

from ..store import Store
from ..vocab import ARTICLE_GRAPH_PREFIX, INFERRED_GRAPH, KG_URI, ONTOLOGY_GRAPH, RES_URI

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
OWL = "http://www.w3.org/2002/07/owl#"
PROV = "http://www.w3.org/ns/prov#"
SCHEMA = "https://schema.org/"

CLASSES = ("Artist", "Group", "Song", "MusicVideo", "Director", "Event", "Album", "Agency")
"""The classes a node is drawn as; anything else linked from an entity is ``Other``."""
CLASS_PRIORITY = ("Event", "MusicVideo", "Album", "Song", "Group", "Agency", "Artist", "Director")
"""When an entity has several classes, the first of these names it (an artist who also
directs is drawn as an Artist)."""
EVENT_KINDS = ("Release", "MilitaryEnlistment", "MilitaryDischarge", "MilitaryTraining", "ChartAchievement",
               "AwardWin", "Concert", "FanMeeting", "Debut", "Comeback", "Filming")
PROVENANCE_CLASSES = frozenset({KG_URI + c for c in ("Article", "Sentence", "Assertion", "Certainty")}
                               | {RDF + "Statement"})
DATE_PROPERTIES = ("eventDate", "releaseDate", "debutDate", "birthDate", "disbandDate")
WHEN_PROPERTIES = ("eventDate", "releaseDate")
"""The dates that place a node in time for ``--since/--until``."""
ALIAS_PROPERTIES = {SKOS + "altLabel", KG_URI + "hangulName", KG_URI + "birthName"}
SKIP_EDGES = frozenset({RDF + "type", KG_URI + "mentionedIn", OWL + "sameAs", KG_URI + "sentence",
                        KG_URI + "inArticle", KG_URI + "certainty", OWL + "differentFrom"})

REFERENCE = "reference"
INFERRED = "inferred"


@dataclass
class Evidence:
    """Who stated a fact: an article (with the sentence) or the reference data."""

    source: str
    """The article id, or ``reference``."""
    certainty: str = "asserted"
    sentence: str = ""
    pattern: str = ""


@dataclass
class Node:
    iri: str
    cls: str
    label: str
    types: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    props: dict[str, list[str]] = field(default_factory=dict)
    """Literal properties (local name -> values), dates as ISO text."""
    same_as: set[str] = field(default_factory=set)
    articles: set[str] = field(default_factory=set)
    """Ids of the articles whose graph mentions it."""
    reference: bool = False

    @property
    def when(self) -> str | None:
        for p in WHEN_PROPERTIES:
            if self.props.get(p):
                return min(self.props[p])
        return None


@dataclass
class Edge:
    s: str
    p: str
    o: str
    asserted: bool = False
    inferred: bool = False
    sources: set[str] = field(default_factory=set)
    """Article ids and/or ``reference`` whose graphs hold the triple."""

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.s, self.p, self.o)

    @property
    def name(self) -> str:
        return local(self.p)


@dataclass
class ArticleInfo:
    id: str
    iri: str
    headline: str = ""
    url: str = ""
    published: str = ""


@dataclass
class Model:
    nodes: dict[str, Node] = field(default_factory=dict)
    edges: dict[tuple[str, str, str], Edge] = field(default_factory=dict)
    evidence: dict[tuple[str, str, str], list[Evidence]] = field(default_factory=lambda: defaultdict(list))
    """Per (s, p, o) where o is an IRI or the literal's text: who said it."""
    claims: dict[str, list[tuple[str, str, str, Evidence]]] = field(default_factory=lambda: defaultdict(list))
    """Reported or denied statements touching a node: never edges, shown as claims."""
    articles: dict[str, ArticleInfo] = field(default_factory=dict)
    predicate_labels: dict[str, str] = field(default_factory=dict)
    inverse: dict[str, str] = field(default_factory=dict)

    def predicate_label(self, p: str) -> str:
        return self.predicate_labels.get(p) or humanise(local(p))


def local(iri: str) -> str:
    return re.split(r"[#/]", iri)[-1] or iri


def humanise(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", " ", name).lower()


def _value(term: ox.NamedNode | ox.BlankNode | ox.Literal) -> str:
    return term.value if not isinstance(term, ox.BlankNode) else "_:" + term.value


def load_model(store: Store) -> Model:
    """Read every named graph except the ontology into a :class:`Model` (one pass)."""
    types: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    literals: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    links: dict[tuple[str, str, str], tuple[bool, bool, set[str]]] = {}
    same_as: dict[str, set[str]] = defaultdict(set)
    mentioned: dict[str, set[str]] = defaultdict(set)
    in_reference: set[str] = set()
    stmt: dict[str, dict[str, str]] = defaultdict(dict)
    sentences: dict[str, str] = {}
    art_props: dict[str, dict[str, str]] = defaultdict(dict)
    model = Model()

    for quad in store.quads():
        g = quad.graph_name
        gname = g.value if isinstance(g, ox.NamedNode) else ""
        if gname == str(ONTOLOGY_GRAPH):
            _ontology(model, quad)
            continue
        if gname.startswith(ARTICLE_GRAPH_PREFIX):
            source = gname[len(ARTICLE_GRAPH_PREFIX):]
        elif gname == str(INFERRED_GRAPH):
            source = INFERRED
        else:
            source = REFERENCE
        s, p, o = quad.subject, quad.predicate.value, quad.object
        sv = _value(s)
        if source == REFERENCE:
            in_reference.add(sv)
        if p == RDF + "type":
            types[sv].add(_value(o))
            continue
        if isinstance(o, ox.Literal):
            if p in (RDFS + "label", SKOS + "prefLabel") or p in ALIAS_PROPERTIES:
                labels[sv][p].append(o.value)
            elif p == KG_URI + "text":
                sentences[sv] = o.value
            elif p.startswith(KG_URI) or p.startswith(SCHEMA) or p.startswith(PROV):
                literals[sv][p].add(o.value)
                if p.startswith(KG_URI) and source not in (INFERRED,):
                    _link(links, (sv, p, "\x00" + o.value), source)
            continue
        ov = _value(o)
        if p == OWL + "sameAs":
            if ov != sv:            # a reasoner's reflexive sameAs says nothing
                same_as[sv].add(ov)
                same_as[ov].add(sv)     # symmetric, whether or not the reasoner has run
            continue
        if p == KG_URI + "mentionedIn":
            mentioned[sv].add(source)
            continue
        if p.startswith(RDF) and p[len(RDF):] in ("subject", "predicate", "object"):
            stmt[sv][p[len(RDF):]] = ov
            continue
        if p == KG_URI + "certainty":
            stmt[sv]["certainty"] = local(ov).lower()
        elif p == PROV + "wasDerivedFrom":
            stmt[sv]["sentence"] = ov
        elif p == PROV + "wasAttributedTo":
            stmt[sv]["source"] = ov
        elif p == KG_URI + "inArticle":
            continue
        if p in SKIP_EDGES:
            continue
        _link(links, (sv, p, ov), source)

    # the literal objects of reified statements come as literals: catch them separately
    for quad in store.ox.quads_for_pattern(None, ox.NamedNode(RDF + "object"), None, None):
        if isinstance(quad.object, ox.Literal):
            stmt[_value(quad.subject)]["object"] = "\x00" + quad.object.value
    for quad in store.ox.quads_for_pattern(None, ox.NamedNode(KG_URI + "pattern"), None, None):
        stmt[_value(quad.subject)]["pattern"] = quad.object.value

    # articles
    for iri, ts in types.items():
        if KG_URI + "Article" in ts:
            lits = literals.get(iri, {})
            aid = next(iter(lits.get(KG_URI + "articleId", ())), local(iri))
            model.articles[aid] = ArticleInfo(
                id=aid, iri=iri,
                headline=next(iter(lits.get(SCHEMA + "headline", ())), ""),
                url=next(iter(lits.get(SCHEMA + "url", ())), ""),
                published=next(iter(lits.get(SCHEMA + "datePublished", ())), ""))
    article_by_iri = {a.iri: a.id for a in model.articles.values()}

    # nodes: entities of a drawn class, and untyped resources linked from them
    provenance = {iri for iri, ts in types.items() if ts & PROVENANCE_CLASSES}
    for iri, ts in types.items():
        kg_types = {t[len(KG_URI):] for t in ts if t.startswith(KG_URI)}
        cls = _class_of(kg_types)
        if cls is None or iri in provenance:
            continue
        if not iri.startswith(RES_URI) and any(x.startswith(RES_URI) for x in same_as.get(iri, ())):
            continue    # an owl:sameAs copy (e.g. the Wikidata IRI) of an entity drawn under its own IRI
        model.nodes[iri] = Node(iri=iri, cls=cls, label="", types=kg_types)
    for (s, p, o) in list(links):
        if o.startswith("\x00"):
            continue
        for x in (s, o):
            if x not in model.nodes and x not in provenance and x.startswith(RES_URI) and \
                    (s in model.nodes or o in model.nodes):
                model.nodes[x] = Node(iri=x, cls="Other", label="", types={local(t) for t in types.get(x, ())})

    for iri, node in model.nodes.items():
        names = labels.get(iri, {})
        pref = names.get(SKOS + "prefLabel") or names.get(RDFS + "label") or []
        node.label = sorted(pref, key=lambda v: (pref.count(v) * -1, v))[0] if pref else _slug_label(iri)
        every = {v for vs in names.values() for v in vs}
        node.aliases = every - {node.label}
        for p, values in literals.get(iri, {}).items():
            node.props[local(p)] = sorted(values)
        node.same_as = same_as.get(iri, set())
        node.articles = {article_by_iri.get(a, local(a)) for a in mentioned.get(iri, ())}
        node.reference = iri in in_reference

    for (s, p, o), (asserted, inferred, sources) in links.items():
        if o.startswith("\x00"):
            if s in model.nodes:
                for src in sources:
                    if src != INFERRED:
                        model.evidence[(s, p, o[1:])].append(Evidence(source=src))
            continue
        if asserted is False and not p.startswith(KG_URI):
            continue    # schema:/wdt: copies of kg: links, from the ontology's alignments
        if s in model.nodes and o in model.nodes:
            model.edges[(s, p, o)] = Edge(s, p, o, asserted=asserted, inferred=inferred and not asserted,
                                          sources={x for x in sources if x != INFERRED})

    # evidence from reified statements: replaces the bare "this article's graph holds it"
    with_sentence: set[tuple[str, str, str, str]] = set()
    for st, d in stmt.items():
        if not {"subject", "predicate", "object"} <= d.keys():
            continue
        art = article_by_iri.get(d.get("source", ""), local(d.get("source", "")) if d.get("source") else "")
        obj = d["object"][1:] if d["object"].startswith("\x00") else d["object"]
        ev = Evidence(source=art, certainty=d.get("certainty", "asserted"),
                      sentence=sentences.get(d.get("sentence", ""), ""), pattern=d.get("pattern", ""))
        key = (d["subject"], d["predicate"], obj)
        if ev.certainty == "asserted":
            model.evidence[key].append(ev)
            with_sentence.add((*key, art))
        else:
            for x in (d["subject"], obj):
                if x in model.nodes:
                    model.claims[x].append((d["subject"], d["predicate"], obj, ev))
    for key in list(model.evidence):
        kept = [e for e in model.evidence[key] if e.sentence or (*key, e.source) not in with_sentence]
        model.evidence[key] = kept
    for e in model.edges.values():
        known = {ev.source for ev in model.evidence.get(e.key, [])}
        for src in sorted(e.sources - known):
            model.evidence[e.key].append(Evidence(source=src))
    return model


def _link(links: dict, key: tuple[str, str, str], source: str) -> None:
    asserted, inferred, sources = links.get(key, (False, False, set()))
    if source == INFERRED:
        inferred = True
    else:
        asserted = True
    sources.add(source)
    links[key] = (asserted, inferred, sources)


def _ontology(model: Model, quad: ox.Quad) -> None:
    p, s, o = quad.predicate.value, quad.subject, quad.object
    if p == RDFS + "label" and isinstance(o, ox.Literal) and (o.language in (None, "en")):
        model.predicate_labels[_value(s)] = o.value
    elif p == OWL + "inverseOf" and isinstance(o, ox.NamedNode):
        model.inverse[_value(s)] = o.value
        model.inverse[o.value] = _value(s)


def _class_of(kg_types: set[str]) -> str | None:
    if kg_types & set(EVENT_KINDS):
        return "Event"
    for c in CLASS_PRIORITY:
        if c in kg_types:
            return c
    return None


def _slug_label(iri: str) -> str:
    return local(iri).replace("-", " ")


def date_range(value: str) -> tuple[date, date] | None:
    """The days an xsd:date, gYearMonth or gYear value covers."""
    try:
        if re.fullmatch(r"-?\d{4}-\d{2}-\d{2}.*", value):
            d = date.fromisoformat(value[:10])
            return d, d
        if re.fullmatch(r"\d{4}-\d{2}", value):
            y, m = int(value[:4]), int(value[5:7])
            start = date(y, m, 1)
            end = date(y + (m == 12), m % 12 + 1, 1)
            return start, date.fromordinal(end.toordinal() - 1)
        if re.fullmatch(r"\d{4}", value):
            return date(int(value), 1, 1), date(int(value), 12, 31)
    except ValueError:
        return None
    return None
