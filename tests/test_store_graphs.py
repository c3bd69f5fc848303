from __future__ import annotations

import pyoxigraph as ox
import pytest

from kgraph.errors import StoreError
from kgraph.store import Store, article_graph, bind
from kgraph.vocab import ONTOLOGY_GRAPH, REFERENCE_GRAPH

EX = "http://example.org/"


def quad(s: str, p: str, o: str, g: ox.NamedNode) -> ox.Quad:
    return ox.Quad(ox.NamedNode(EX + s), ox.NamedNode(EX + p), ox.Literal(o), g)


def test_store_replace_graph_swaps_content_of_one_graph_only() -> None:
    store = Store()
    a, b = article_graph("a"), article_graph("b")
    store.add_quads([quad("x", "p", "1", a), quad("y", "p", "2", b)])
    store.replace_graph(a, [quad("x", "p", "3", a)])
    assert sorted(q.object.value for q in store.quads(a)) == ["3"]
    assert sorted(q.object.value for q in store.quads(b)) == ["2"]
    store.remove_graph(a)
    assert store.article_graphs() == [b.value]


def test_store_persists_on_disk(tmp_path) -> None:
    path = tmp_path / "kg"
    store = Store(path)
    store.add_quads([quad("x", "p", "1", article_graph("a"))])
    store.flush()
    del store
    again = Store(path)
    assert again.count(article_graph("a")) == 1


def test_store_loads_ontology_into_its_graph() -> None:
    store = Store()
    assert store.load_ontology() == 1
    rows = list(store.query("SELECT ?g WHERE { GRAPH ?g { kg:Song a owl:Class } }", union=False))
    assert [r["g"].value for r in rows] == [str(ONTOLOGY_GRAPH)]


def test_store_bad_reference_file_is_named(tmp_path) -> None:
    (tmp_path / "broken.ttl").write_text("@prefix : <x> . this is not turtle")
    with pytest.raises(StoreError, match="broken.ttl"):
        Store().load_reference(tmp_path)
    assert str(REFERENCE_GRAPH)  # the graph name is defined


def test_store_bind_keeps_hostile_values_one_term() -> None:
    store = Store()
    g = article_graph("a")
    nasty = 'x" } ; DROP ALL ; SELECT * { "'
    store.add_quads([quad("s", "name", nasty, g), quad("t", "name", "plain", g)])
    rows = list(store.query("SELECT ?s WHERE { ?s <http://example.org/name> ?n FILTER(?n = ?want) }",
                            {"want": ox.Literal(nasty)}))
    assert [r["s"].value for r in rows] == [EX + "s"]
    assert len(store) == 2


def test_store_bind_places_values_in_where_group_not_in_comments() -> None:
    text = bind("# WHERE { not here\nSELECT ?a WHERE { ?a ?b ?c }", {"c": ox.Literal("v")})
    assert text.startswith("# WHERE { not here\n")
    assert 'WHERE { VALUES (?c) { ("v") }' in text


def test_store_bind_rejects_plain_strings() -> None:
    with pytest.raises(TypeError):
        bind("SELECT * WHERE { ?a ?b ?c }", {"c": "raw text"})  # type: ignore[dict-item]


def test_store_bind_restricts_subqueries_that_project_the_variable() -> None:
    query = ("SELECT ?a ?n WHERE { { SELECT ?b WHERE { ?b ?p ?a } } "
             "{ SELECT ?a (COUNT(?x) AS ?n) WHERE { ?a ?q ?x } GROUP BY ?a } "
             "{ SELECT ?c WHERE { { SELECT ?a WHERE { ?a ?r ?c } } } } }")
    text = bind(query, {"a": ox.NamedNode("http://example.org/a")})
    # the outer group and the one subquery that projects ?a get the block; the first
    # subquery's ?a and the ?a nested in a subquery that does not project it are other variables
    assert text.count("VALUES (?a)") == 2
    assert "WHERE { VALUES (?a) { (<http://example.org/a>) }  ?a ?q ?x }" in text
    assert "{ SELECT ?a WHERE { ?a ?r ?c } }" in text


def test_store_bind_in_subqueries_gives_the_same_answers() -> None:
    store = Store()
    ex = "http://example.org/"
    for s, o, g in (("a", "1", "g1"), ("a", "2", "g2"), ("b", "3", "g1"), ("b", "3", "g2")):
        store.ox.add(ox.Quad(ox.NamedNode(ex + s), ox.NamedNode(ex + "v"), ox.Literal(o), ox.NamedNode(ex + g)))
    query = """SELECT ?e ?n ?total WHERE {
        { SELECT ?e (COUNT(DISTINCT ?o) AS ?n) WHERE { GRAPH ?g { ?e <http://example.org/v> ?o } } GROUP BY ?e }
        { SELECT (COUNT(*) AS ?total) WHERE { GRAPH ?g { ?x <http://example.org/v> ?o } } } }"""
    rows = store.query(query, {"e": ox.NamedNode(ex + "a")})
    assert [(r["n"].value, r["total"].value) for r in rows] == [("2", "4")]
    rows = store.query(query, {"e": ox.NamedNode(ex + "b")})
    assert [(r["n"].value, r["total"].value) for r in rows] == [("1", "4")]
