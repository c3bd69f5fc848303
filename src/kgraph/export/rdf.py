"""RDF serialisations of the store (TriG, N-Quads, Turtle, N-Triples) and statistics."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph as ox

from ..errors import KGraphError
from ..store import Store
from ..vocab import ARTICLE_GRAPH_PREFIX, PREFIXES, INFERRED_GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH

FORMATS = {
    "trig": ox.RdfFormat.TRIG,
    "nq": ox.RdfFormat.N_QUADS,
    "nquads": ox.RdfFormat.N_QUADS,
    "ttl": ox.RdfFormat.TURTLE,
    "turtle": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
}
QUAD_FORMATS = {"trig", "nq", "nquads"}
GRAPH_SETS = ("all", "articles", "asserted", "inferred", "reference", "ontology")


def select_graphs(store: Store, which: str) -> list[ox.NamedNode]:
    """'all', 'articles', 'asserted' (articles + reference), 'inferred', 'reference', 'ontology'."""
    if which not in GRAPH_SETS:
        raise KGraphError(f"unknown graph set {which!r}; use one of {', '.join(GRAPH_SETS)}")
    names = store.graphs()
    arts = [g for g in names if g.startswith(ARTICLE_GRAPH_PREFIX)]
    pick = {
        "all": names,
        "articles": arts,
        "asserted": arts + [str(REFERENCE_GRAPH)],
        "inferred": [str(INFERRED_GRAPH)],
        "reference": [str(REFERENCE_GRAPH)],
        "ontology": [str(ONTOLOGY_GRAPH)],
    }[which]
    return [ox.NamedNode(g) for g in pick if g in names]


def export_rdf(store: Store, fmt: str, path: str | Path | None = None, graphs: str = "all") -> bytes | None:
    """Serialise the chosen graphs; to ``path`` when given, else returned as bytes."""
    try:
        rdf_format = FORMATS[fmt]
    except KeyError:
        raise KGraphError(f"unknown RDF format {fmt!r}; use one of {', '.join(sorted(FORMATS))}") from None
    chosen = select_graphs(store, graphs)
    quads = [q for g in chosen for q in store.quads(g)]
    if fmt not in QUAD_FORMATS:
        quads = [ox.Triple(q.subject, q.predicate, q.object) for q in quads]
    kwargs: dict[str, Any] = {}
    if rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.TRIG):
        kwargs["prefixes"] = PREFIXES
    data = ox.serialize(quads, format=rdf_format, **kwargs)
    if path is not None:
        Path(path).write_bytes(data)
        return None
    return data


def stats(store: Store) -> dict[str, Any]:
    """Counts users ask for first: quads per graph kind, articles, entities by class."""
    names = store.graphs()
    arts = [g for g in names if g.startswith(ARTICLE_GRAPH_PREFIX)]
    out: dict[str, Any] = {
        "quads": len(store),
        "articles": len(arts),
        "article_quads": sum(store.count(g) for g in arts),
        "reference_quads": store.count(REFERENCE_GRAPH) if str(REFERENCE_GRAPH) in names else 0,
        "ontology_quads": store.count(ONTOLOGY_GRAPH) if str(ONTOLOGY_GRAPH) in names else 0,
        "inferred_quads": store.count(INFERRED_GRAPH) if str(INFERRED_GRAPH) in names else 0,
    }
    classes = {}
    for row in store.query("""SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE {
          VALUES ?c { kg:Artist kg:Group kg:Song kg:Album kg:MusicVideo kg:Director kg:Agency kg:Event }
          ?e a ?c } GROUP BY ?c ORDER BY ?c"""):
        classes[row["c"].value.rsplit("#", 1)[-1]] = int(row["n"].value)
    out["entities"] = classes
    return out
