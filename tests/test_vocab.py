from __future__ import annotations

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kgraph.vocab import KG, KG_URI, TERMS

from .conftest import ROOT


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "kpop.ttl")


def test_vocab_matches_ontology(ontology: Graph) -> None:
    used = {str(t)[len(KG_URI):] for t in ontology.all_nodes()
            if isinstance(t, URIRef) and str(t).startswith(KG_URI)}
    assert used == set(TERMS), "run scripts/gen_vocab.py after editing ontology/kpop.ttl"


def test_vocab_misspelt_term_fails() -> None:
    with pytest.raises(AttributeError):
        KG.featuredArtst  # noqa: B018
    assert str(KG.featuredArtist) == KG_URI + "featuredArtist"


def test_vocab_every_term_has_label_and_comment(ontology: Graph) -> None:
    for term in TERMS:
        iri = URIRef(KG_URI + term)
        if (iri, RDF.type, OWL.Ontology) in ontology:
            continue
        assert ontology.value(iri, RDFS.label), f"kg:{term} has no rdfs:label"
        assert ontology.value(iri, RDFS.comment), f"kg:{term} has no rdfs:comment"


def test_vocab_axioms_give_reasoner_work(ontology: Graph) -> None:
    assert (KG.featuredArtist, OWL.inverseOf, KG.featuredOn) in ontology
    assert (KG.memberOf, OWL.inverseOf, KG.hasMember) in ontology
    assert (KG.directedBy, OWL.inverseOf, KG.directed) in ontology
    assert (KG.before, RDF.type, OWL.TransitiveProperty) in ontology
    assert (KG.featuredArtist, RDFS.subPropertyOf, KG.credited) in ontology
    assert (KG.performer, RDFS.subPropertyOf, KG.credited) in ontology
    assert ontology.value(KG.appearsOn, OWL.propertyChainAxiom) is not None
    assert ontology.value(KG.videoDirectedBy, OWL.propertyChainAxiom) is not None


def test_vocab_aligned_with_public_vocabularies(ontology: Graph) -> None:
    text = (ROOT / "ontology" / "kpop.ttl").read_text()
    for prefix in ("https://schema.org/", "http://www.wikidata.org/", "http://www.w3.org/2006/time#",
                   "http://www.w3.org/ns/prov#", "http://www.w3.org/2004/02/skos/core#"):
        assert prefix in text
    assert (KG.Song, OWL.equivalentClass, URIRef("https://schema.org/MusicRecording")) in ontology
    assert (KG.memberOf, RDFS.subPropertyOf, URIRef("http://www.wikidata.org/prop/direct/P463")) in ontology
