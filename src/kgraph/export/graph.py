"""The selected entity graph as a networkx ``MultiDiGraph``.

Node ids are entity IRIs; every attribute is a string, number or boolean, so the graph
writes unchanged to GraphML and GEXF (which Gephi and Cytoscape open):

- nodes: ``label``, ``class`` (Artist, Group, Song, MusicVideo, Director, Event, Album, Agency
  or Other), ``types`` (all ontology classes, ``;``-separated), ``aliases`` (``|``-separated),
  each date property (``eventDate``, ``releaseDate``, ``debutDate``, ``birthDate``, ...),
  ``date`` (the node's event or release date, for timelines), ``articles`` (how many
  articles mention it), ``iri``;
- edges (keyed by predicate name): ``predicate`` (IRI), ``label``, ``inferred``, ``sources``
  (article ids and/or ``reference``, ``|``-separated), ``articles`` (how many articles state it).
"""
from __future__ import annotations

import networkx as nx

from ..store import Store
from .model import DATE_PROPERTIES, REFERENCE, load_model
from .selection import Selection, Subgraph, select

LITERAL_ATTRIBUTES = ("achievement", "award", "awardCategory", "ceremony", "sourceNote")


def subgraph(store: Store, selection: Selection | None = None) -> Subgraph:
    """Read the store and apply ``selection`` (the whole entity graph when None)."""
    return select(store, load_model(store), selection)


def to_networkx(store: Store, selection: Selection | None = None) -> nx.MultiDiGraph:
    """The selected entities and the links between them."""
    return subgraph_to_networkx(subgraph(store, selection))


def subgraph_to_networkx(sub: Subgraph) -> nx.MultiDiGraph:
    g = nx.MultiDiGraph(name=f"kgraph: {sub.selection.describe()}")
    for iri in sub.nodes:
        n = sub.model.nodes[iri]
        attrs: dict[str, object] = {
            "label": n.label,
            "class": n.cls,
            "types": ";".join(sorted(n.types)),
            "aliases": "|".join(sorted(n.aliases)),
            "articles": len(n.articles),
            "iri": iri,
        }
        for p in DATE_PROPERTIES:
            if n.props.get(p):
                attrs[p] = n.props[p][0]
        for p in LITERAL_ATTRIBUTES:
            if n.props.get(p):
                attrs[p] = "|".join(n.props[p])
        if n.when:
            attrs["date"] = n.when
        if n.same_as:
            attrs["sameAs"] = " ".join(sorted(n.same_as))
        g.add_node(iri, **attrs)
    for e in sub.edges:
        g.add_edge(e.s, e.o, key=e.name, predicate=e.p, label=sub.model.predicate_label(e.p),
                   inferred=e.inferred, sources="|".join(sorted(e.sources)),
                   articles=sum(1 for s in e.sources if s != REFERENCE))
    return g
