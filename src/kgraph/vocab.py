"""The kgraph ontology as a closed namespace: a misspelt term fails at import time.

Generated from ``ontology/kpop.ttl`` by ``scripts/gen_vocab.py``; ``tests/test_vocab.py``
checks that the two agree.
"""
from __future__ import annotations

from rdflib import Namespace
from rdflib.namespace import ClosedNamespace

KG_URI = "https://w3id.org/kgraph/ontology#"
RES_URI = "https://w3id.org/kgraph/resource/"
GRAPH_URI = "https://w3id.org/kgraph/graph/"

TERMS: tuple[str, ...] = (
    "Agency",
    "Agent",
    "Album",
    "Article",
    "Artist",
    "Asserted",
    "Assertion",
    "AwardWin",
    "Certainty",
    "ChartAchievement",
    "Comeback",
    "Concert",
    "CreativeWork",
    "Debut",
    "Denied",
    "Director",
    "Event",
    "FanMeeting",
    "Filming",
    "Group",
    "MilitaryDischarge",
    "MilitaryEnlistment",
    "MilitaryTraining",
    "MusicVideo",
    "MusicalWork",
    "Performer",
    "Person",
    "Release",
    "Reported",
    "Sentence",
    "Song",
    "about",
    "achievement",
    "after",
    "agency",
    "album",
    "appearsIn",
    "appearsOn",
    "articleId",
    "award",
    "awardCategory",
    "before",
    "birthDate",
    "birthName",
    "cast",
    "ceremony",
    "certainty",
    "charEnd",
    "charStart",
    "confidence",
    "contentHash",
    "credited",
    "creditedOn",
    "debutDate",
    "directed",
    "directedBy",
    "disbandDate",
    "eventDate",
    "featuredArtist",
    "featuredOn",
    "formerMemberOf",
    "hangulName",
    "hasMember",
    "hasMusicVideo",
    "hasTime",
    "inArticle",
    "memberOf",
    "mentionedIn",
    "musicVideoOf",
    "parentCompany",
    "participant",
    "participatedIn",
    "pattern",
    "performer",
    "performerOf",
    "position",
    "releaseDate",
    "represents",
    "sentence",
    "sourceNote",
    "subjectOf",
    "subunitOf",
    "text",
    "track",
    "videoDirectedBy",
)

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

PREFIXES: dict[str, str] = {
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
}
