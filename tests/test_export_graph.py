"""The entity graph of a store and the subgraph selections every visual export shares."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kgraph.errors import KGraphError
from kgraph.export.graph import subgraph, to_networkx
from kgraph.export.model import load_model
from kgraph.export.selection import Selection

from .export_sample import (BTS, DIRECTOR, JIN, LONELY, MV, RM, SONG, SUNNY, TRICKY_GROUP, V, XSS,
                            XSS_SONG, sample_store)

KG = "https://w3id.org/kgraph/ontology#"


@pytest.fixture(scope="module")
def store():
    return sample_store()


def _edges(g):
    return {(s, key, o) for s, o, key in g.edges(keys=True)}


def test_export_graph_nodes_are_entities_not_provenance(store):
    g = to_networkx(store, Selection(reference="all"))
    assert set(g.nodes) == {V, BTS, JIN, SUNNY, SONG, MV, DIRECTOR, XSS_SONG, TRICKY_GROUP, LONELY, RM,
                            "https://w3id.org/kgraph/resource/event/enlistment-v-2023-12-1"}
    assert not any("#s" in n or "#a" in n or "/article/" in n for n in g.nodes)
    assert g.nodes[SONG]["class"] == "Song" and g.nodes[SONG]["label"] == "Paper Lanterns"
    assert g.nodes[SONG]["releaseDate"] == "2023-03-03" and g.nodes[SONG]["date"] == "2023-03-03"
    assert g.nodes[MV]["class"] == "MusicVideo" and g.nodes[DIRECTOR]["class"] == "Director"
    assert g.nodes[XSS_SONG]["label"] == XSS
    ev = "https://w3id.org/kgraph/resource/event/enlistment-v-2023-12-1"
    assert g.nodes[ev]["class"] == "Event" and "MilitaryEnlistment" in g.nodes[ev]["types"]
    assert g.nodes[ev]["eventDate"] == "2023-12"
    assert set(g.nodes[V]["aliases"].split("|")) == {"Kim Taehyung", "뷔"}
    assert g.nodes[BTS]["debutDate"] == "2013-06-13"
    assert g.nodes[SONG]["articles"] == 1 and g.nodes[LONELY]["articles"] == 0


def test_export_graph_edges_asserted_and_inferred(store):
    g = to_networkx(store)
    edges = _edges(g)
    assert (SONG, "featuredArtist", V) in edges and (MV, "directedBy", DIRECTOR) in edges
    assert g.edges[SONG, V, "featuredArtist"]["inferred"] is False
    assert g.edges[SONG, V, "featuredArtist"]["sources"] == "art-one"
    assert g.edges[V, BTS, "memberOf"]["sources"] == "art-one|reference"
    assert g.edges[SONG, DIRECTOR, "videoDirectedBy"]["inferred"] is True
    assert g.edges[SONG, DIRECTOR, "videoDirectedBy"]["label"] == "video directed by"  # from the ontology
    # inferred links that restate an asserted one (inverses) are left out unless asked for
    assert (V, "featuredOn", SONG) not in edges and (BTS, "hasMember", V) not in edges
    everything = to_networkx(store, Selection(restated=True))
    assert (V, "featuredOn", SONG) in _edges(everything) and (BTS, "hasMember", V) in _edges(everything)
    assert everything.edges[V, SONG, "featuredOn"]["inferred"] is True
    # inferred copies of kg: links in aligned vocabularies (schema:byArtist) are never drawn
    assert not any(d["predicate"].startswith("https://schema.org/") for *_, d in everything.edges(data=True))
    # the reported featuring of Jin is a claim, never an edge
    assert (SONG, "featuredArtist", JIN) not in edges
    no_inf = to_networkx(store, Selection(inferred=False))
    assert not any(d["inferred"] for *_, d in no_inf.edges(data=True))
    assert (SONG, "videoDirectedBy", DIRECTOR) not in _edges(no_inf)
    assert (SONG, "featuredArtist", V) in _edges(no_inf)


def test_export_graph_evidence_keeps_sentences_and_claims(store):
    model = load_model(store)
    ev = model.evidence[(SONG, KG + "featuredArtist", V)]
    assert [e.source for e in ev] == ["art-one"]
    assert ev[0].sentence.startswith("Sunny Park released the single Paper Lanterns")
    assert ev[0].pattern == "featuring"
    claims = model.claims[JIN]
    assert [(s, p, o, e.certainty) for s, p, o, e in claims] == [(SONG, KG + "featuredArtist", JIN, "reported")]
    assert "hidden verse" in claims[0][3].sentence
    assert [e.source for e in model.evidence[(V, KG + "memberOf", BTS)]] == ["art-one", "reference"]
    date_ev = model.evidence[(SONG, KG + "releaseDate", "2023-03-03")]
    assert date_ev and date_ev[0].sentence.startswith("Sunny Park released")


def test_export_graph_reference_modes(store):
    linked = set(to_networkx(store).nodes)
    assert RM in linked             # reference only, but a member of BTS, which an article mentions
    assert LONELY not in linked     # reference only and linked to nothing mentioned
    assert LONELY in to_networkx(store, Selection(reference="all"))
    from .export_sample import reference_quads
    from kgraph.store import Store
    only_reference = Store()
    only_reference.add_quads(reference_quads())
    assert LONELY in to_networkx(only_reference)       # no article yet: the whole reference KB
    none = to_networkx(store, Selection(reference="none"))
    assert RM not in none and JIN in none    # Jin is named in an article (a reported claim)


def test_export_graph_around_resolves_aliases_and_depth(store):
    g1 = to_networkx(store, Selection(around="Kim Taehyung", depth=1))
    assert set(g1.nodes) == {V, BTS, SONG, "https://w3id.org/kgraph/resource/event/enlistment-v-2023-12-1"}
    g2 = to_networkx(store, Selection(around="V", depth=2))
    assert {JIN, RM, SUNNY, MV, DIRECTOR} <= set(g2.nodes) and XSS_SONG not in g2
    g0 = to_networkx(store, Selection(around="V", depth=0))
    assert list(g0.nodes) == [V]
    # without inferred links the director is three links away, not two (song - MV - director)
    g2n = to_networkx(store, Selection(around="Sunny Park", depth=2, inferred=False))
    assert DIRECTOR not in g2n
    assert DIRECTOR in to_networkx(store, Selection(around="Sunny Park", depth=2))


def test_export_graph_around_unknown_name_is_a_clear_error(store):
    with pytest.raises(KGraphError, match="no entity named 'Nobody At All'"):
        to_networkx(store, Selection(around="Nobody At All"))


def test_export_graph_classes(store):
    g = to_networkx(store, Selection(classes="artist,Song"))
    assert {d["class"] for _, d in g.nodes(data=True)} == {"Artist", "Song"}
    assert (SONG, "performer", SUNNY) in _edges(g)
    g = to_networkx(store, Selection(around="V", depth=2, classes=("Song",)))
    assert set(g.nodes) == {V, SONG}   # the centre stays
    with pytest.raises(KGraphError, match="unknown class 'Singer'"):
        Selection(classes=("Singer",))


def test_export_graph_date_window(store):
    g = to_networkx(store, Selection(since=date(2023, 12, 1), until=date(2023, 12, 31)))
    ev = "https://w3id.org/kgraph/resource/event/enlistment-v-2023-12-1"
    assert set(g.nodes) == {ev, V}      # the dated event, and the undated artist it involves
    g = to_networkx(store, Selection(until=date(2022, 1, 1)))
    assert set(g.nodes) == {XSS_SONG, TRICKY_GROUP}   # released "2021" (a gYear) overlaps
    g = to_networkx(store, Selection(since=date(2023, 3, 3), until=date(2023, 3, 3)))
    assert SONG in g and XSS_SONG not in g and ev not in g
    with pytest.raises(KGraphError, match="after"):
        Selection(since=date(2024, 1, 1), until=date(2023, 1, 1))


def test_export_graph_select_query(store, tmp_path: Path):
    q = tmp_path / "songs.rq"
    q.write_text("# title: songs\nSELECT ?song WHERE { ?song a kg:Song }\n", encoding="utf-8")
    assert set(to_networkx(store, Selection(query=q)).nodes) == {SONG, XSS_SONG}
    c = tmp_path / "credits.rq"
    c.write_text("# param: who entity\nCONSTRUCT { ?song kg:featuredArtist ?who } WHERE { ?song kg:featuredArtist ?who }\n",
                 encoding="utf-8")
    g = to_networkx(store, Selection(query=c, params={"who": "Kim Taehyung"}))
    assert set(g.nodes) == {SONG, V} and _edges(g) == {(SONG, "featuredArtist", V)}
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE { ?x ", encoding="utf-8")
    with pytest.raises(KGraphError, match="bad.rq"):
        to_networkx(store, Selection(query=bad))
    with pytest.raises(KGraphError, match="no such query file"):
        to_networkx(store, Selection(query=tmp_path / "missing.rq"))


def test_export_graph_subgraph_keeps_the_centre(store):
    sub = subgraph(store, Selection(around="BTS", depth=1))
    assert sub.centre == BTS and sub.nodes and all(e.s in sub.nodes and e.o in sub.nodes for e in sub.edges)


def test_export_graph_sameas_copies_are_not_drawn_twice() -> None:
    """The reasoner copies facts onto owl:sameAs IRIs (Wikidata); the picture shows one node."""
    import pyoxigraph as ox

    from kgraph.store import Store
    from kgraph.vocab import INFERRED_GRAPH, REFERENCE_GRAPH
    kg = "https://w3id.org/kgraph/ontology#"
    v, wd = ox.NamedNode(V), ox.NamedNode("http://www.wikidata.org/entity/Q28530640")
    bts = ox.NamedNode(BTS)
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    ref, inf = ox.NamedNode(str(REFERENCE_GRAPH)), ox.NamedNode(str(INFERRED_GRAPH))
    s = Store()
    s.load_ontology()
    s.add_quads([
        ox.Quad(v, rdf_type, ox.NamedNode(kg + "Artist"), ref), ox.Quad(v, label, ox.Literal("V"), ref),
        ox.Quad(bts, rdf_type, ox.NamedNode(kg + "Group"), ref), ox.Quad(bts, label, ox.Literal("BTS"), ref),
        ox.Quad(v, ox.NamedNode(kg + "memberOf"), bts, ref),
        ox.Quad(v, ox.NamedNode("http://www.w3.org/2002/07/owl#sameAs"), wd, ref),
        ox.Quad(wd, rdf_type, ox.NamedNode(kg + "Artist"), inf), ox.Quad(wd, label, ox.Literal("V"), inf),
        ox.Quad(wd, ox.NamedNode(kg + "memberOf"), bts, inf),
    ])
    g = to_networkx(s, Selection(around="V", depth=2))
    labels = sorted(d["label"] for _, d in g.nodes(data=True))
    assert labels == ["BTS", "V"]
    assert wd.value not in g
