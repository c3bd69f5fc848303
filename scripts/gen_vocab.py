"""Regenerate src/kgraph/vocab.py from ontology/kpop.ttl (run after editing the ontology)."""
from __future__ import annotations

from pathlib import Path

from rdflib import Graph, URIRef

ROOT = Path(__file__).resolve().parents[1]
KG = "https://w3id.org/kgraph/ontology#"

HEADER = '''"""The kgraph ontology as a closed namespace: a misspelt term fails at import time.

Generated from ``ontology/kpop.ttl`` by ``scripts/gen_vocab.py``; ``tests/test_vocab.py``
checks that the two agree.
"""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import ClosedNamespace

KG_URI = "{kg}"
RES_URI = "https://w3id.org/kgraph/resource/"
GRAPH_URI = "https://w3id.org/kgraph/graph/"

TERMS: tuple[str, ...] = (
{terms})

KG = ClosedNamespace(KG_URI, list(TERMS))
"""Ontology terms (classes, properties, individuals)."""

RES = Namespace(RES_URI)
"""Entities: artists, songs, events and the rest."""

SCHEMA = Namespace("https://schema.org/")
WD = Namespace("http://www.wikidata.org/entity/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
TIME = Namespace("http://www.w3.org/2006/time#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
DCTERMS = Namespace("http://purl.org/dc/terms/")

ONTOLOGY_GRAPH = Namespace(GRAPH_URI)["ontology"]
REFERENCE_GRAPH = Namespace(GRAPH_URI)["reference"]
INFERRED_GRAPH = Namespace(GRAPH_URI)["inferred"]
ARTICLE_GRAPH_PREFIX = GRAPH_URI + "article/"

PREFIXES: dict[str, str] = {{
    "kg": KG_URI,
    "kgr": RES_URI,
    "schema": "https://schema.org/",
    "wd": "http://www.wikidata.org/entity/",
    "wdt": "http://www.wikidata.org/prop/direct/",
    "time": "http://www.w3.org/2006/time#",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dcterms": "http://purl.org/dc/terms/",
    "owl": "http://www.w3.org/2002/07/owl#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}}
'''


def ontology_terms(path: Path) -> list[str]:
    g = Graph().parse(path)
    terms = {str(t)[len(KG):] for t in g.all_nodes() if isinstance(t, URIRef) and str(t).startswith(KG)}
    return sorted(terms)


def main() -> None:
    terms = ontology_terms(ROOT / "ontology" / "kpop.ttl")
    body = "".join(f'    "{t}",\n' for t in terms)
    (ROOT / "src" / "kgraph" / "vocab.py").write_text(HEADER.format(kg=KG, terms=body))


if __name__ == "__main__":
    main()
