from __future__ import annotations

from datetime import date

import pyoxigraph as ox

from kgraph.build import build_quads, date_literal
from kgraph.load import Article
from kgraph.pipeline.doc import Doc, Entity, Fact, Sentence
from kgraph.store import Store, article_graph

RES = "https://w3id.org/kgraph/resource/"


def small_doc() -> Doc:
    text = "Mina's new single Blue Hour features Jae. Mina reportedly dated Jae."
    art = Article(text=text, date=date(2025, 3, 1), url="https://news.example/blue-hour")
    doc = Doc(article=art, sentences=[Sentence(0, 0, 41, text[:41]), Sentence(1, 42, len(text), text[42:])])
    doc.entities = {
        "mina": Entity("mina", {"Artist"}, "Mina", {"Myoui Mina"}, iri=RES + "artist/mina-twice", kb=True),
        "jae": Entity("jae", {"Artist"}, "Jae"),
        "song": Entity("song", {"Song"}, "Blue Hour"),
    }
    doc.facts = [
        Fact("song", "performer", "mina", 0, "possessive-title"),
        Fact("song", "featuredArtist", "jae", 0, "features"),
        Fact("song", "releaseDate", "2025-02", 0, "month"),
        Fact("mina", "memberOf", "jae", 1, "bogus", certainty="reported"),
    ]
    return doc


def built_store() -> tuple[Store, Doc]:
    doc = small_doc()
    store = Store()
    store.replace_graph(article_graph(doc.article.id), build_quads(doc))
    return store, doc


def test_build_asserted_facts_are_plain_triples_in_article_graph() -> None:
    store, doc = built_store()
    g = article_graph(doc.article.id)
    rows = list(store.query("SELECT ?o WHERE { GRAPH ?g { ?s kg:featuredArtist ?o } }", {"g": g}))
    assert [r["o"].value for r in rows] == [RES + "person/jae"]


def test_build_reported_fact_is_only_an_assertion() -> None:
    store, _ = built_store()
    assert not store.query("ASK { ?a kg:memberOf ?b }")
    rows = list(store.query("""SELECT ?c ?text WHERE { ?st a kg:Assertion ; rdf:predicate kg:memberOf ;
        kg:certainty ?c ; prov:wasDerivedFrom ?sent . ?sent kg:text ?text }"""))
    assert [(r["c"].value.rsplit("#")[-1], r["text"].value) for r in rows] == [
        ("Reported", "Mina reportedly dated Jae.")]


def test_build_every_fact_traceable_to_sentence_and_article() -> None:
    store, doc = built_store()
    rows = list(store.query("""SELECT ?p ?i ?url WHERE { ?st a kg:Assertion ; rdf:predicate ?p ;
        prov:wasDerivedFrom ?s ; prov:wasAttributedTo ?a . ?s kg:position ?i ; kg:inArticle ?a .
        ?a schema:url ?url }"""))
    assert len(rows) == len(doc.facts)
    assert {r["url"].value for r in rows} == {"https://news.example/blue-hour"}


def test_build_partial_dates_keep_their_precision() -> None:
    assert date_literal("2025-02").datatype.value.endswith("#gYearMonth")
    assert date_literal("2025").datatype.value.endswith("#gYear")
    assert date_literal("2025-02-03").datatype.value.endswith("#date")
    store, _ = built_store()
    rows = list(store.query("SELECT ?d WHERE { ?s kg:releaseDate ?d }"))
    assert [r["d"] for r in rows] == [ox.Literal("2025-02", datatype=ox.NamedNode(
        "http://www.w3.org/2001/XMLSchema#gYearMonth"))]


def test_build_linked_entity_keeps_reference_iri_and_names() -> None:
    store, _ = built_store()
    rows = list(store.query("SELECT ?l WHERE { ?e skos:altLabel ?l }", {"e": ox.NamedNode(RES + "artist/mina-twice")}))
    assert [r["l"].value for r in rows] == ["Myoui Mina"]
