"""A small hand-made graph for the export and viz tests: two articles built through
``build_quads``, a few reference facts, inferred links, and names that try to break out of
HTML, SVG, DOT and Mermaid."""
from __future__ import annotations

from datetime import date

import pyoxigraph as ox

from kgraph.build import build_quads
from kgraph.load.article import Article
from kgraph.pipeline.doc import Doc, Entity, Fact, Sentence
from kgraph.store import Store, article_graph
from kgraph.vocab import INFERRED_GRAPH, KG_URI, REFERENCE_GRAPH, RES_URI

XSS = "<img src=x onerror=alert(1)>"
TRICKY = 'Quote "Q" {brace} \\N & </script><b>bold</b> | #1 `tick`'
SKOS = "http://www.w3.org/2004/02/skos/core#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")

V = RES_URI + "artist/v"
BTS = RES_URI + "group/bts"
JIN = RES_URI + "artist/jin"
SUNNY = RES_URI + "artist/sunny-park"
SONG = RES_URI + "song/paper-lanterns"
MV = RES_URI + "mv/paper-lanterns"
DIRECTOR = RES_URI + "director/lee-hana"
XSS_SONG = RES_URI + "song/img-src-x-onerror-alert-1"
TRICKY_GROUP = RES_URI + "group/quote-q-brace"
LONELY = RES_URI + "group/far-away-band"
RM = RES_URI + "artist/rm"


def _sentences(text: str) -> list[Sentence]:
    out, start = [], 0
    for i, part in enumerate(text.split(". ")):
        end = start + len(part) + (0 if i == len(text.split(". ")) - 1 else 1)
        out.append(Sentence(i, start, end, text[start:end]))
        start = end + 1
    return out


def article_one() -> Doc:
    text = ("Sunny Park released the single Paper Lanterns on March 3, 2023, featuring V of BTS. "
            "The music video was directed by Lee Hana. "
            "Some fans claim Jin sings a hidden verse. "
            "V enlisted in the army in December 2023.")
    art = Article(text=text, date=date(2023, 3, 4), title="Sunny Park drops Paper Lanterns",
                  url="https://news.example.org/paper-lanterns", id="art-one")
    doc = Doc(article=art, sentences=_sentences(text))
    doc.entities = {
        "sunny": Entity("sunny", {"Artist"}, "Sunny Park", iri=SUNNY),
        "v": Entity("v", {"Artist"}, "V", aliases={"Kim Taehyung"}, iri=V, kb=True),
        "bts": Entity("bts", {"Group"}, "BTS", iri=BTS, kb=True),
        "song": Entity("song", {"Song"}, "Paper Lanterns", iri=SONG),
        "mv": Entity("mv", {"MusicVideo"}, "Paper Lanterns MV", iri=MV),
        "dir": Entity("dir", {"Director"}, "Lee Hana", iri=DIRECTOR),
        "jin": Entity("jin", {"Artist"}, "Jin", iri=JIN, kb=True),
        "enl": Entity("enl", {"Event", "MilitaryEnlistment"}, "V enlistment",
                      iri=RES_URI + "event/enlistment-v-2023-12-1"),
    }
    doc.facts = [
        Fact("song", "performer", "sunny", sentence=0, pattern="released"),
        Fact("song", "featuredArtist", "v", sentence=0, pattern="featuring"),
        Fact("song", "releaseDate", "2023-03-03", sentence=0, pattern="released on"),
        Fact("v", "memberOf", "bts", sentence=0, pattern="X of Y"),
        Fact("mv", "musicVideoOf", "song", sentence=1, pattern="the music video"),
        Fact("mv", "directedBy", "dir", sentence=1, pattern="directed by"),
        Fact("song", "featuredArtist", "jin", sentence=2, pattern="featuring", certainty="reported",
             confidence=0.4),
        Fact("enl", "participant", "v", sentence=3, pattern="enlisted"),
        Fact("enl", "eventDate", "2023-12", sentence=3, pattern="in MONTH"),
    ]
    return doc


def article_two() -> Doc:
    text = (f"The song {XSS} was released in 2021 by the group {TRICKY}. "
            f"Lee Hana directed it.")
    art = Article(text=text, date=date(2021, 6, 1), title=f"Headline {XSS}",
                  url="javascript:alert(2)", id="art-two")
    doc = Doc(article=art, sentences=_sentences(text))
    doc.entities = {
        "x": Entity("x", {"Song"}, XSS, iri=XSS_SONG),
        "g": Entity("g", {"Group"}, TRICKY, aliases={f"alias {XSS}"}, iri=TRICKY_GROUP),
        "dir": Entity("dir", {"Director"}, "Lee Hana", iri=DIRECTOR),
    }
    doc.facts = [
        Fact("x", "performer", "g", sentence=0, pattern="by the group"),
        Fact("x", "releaseDate", "2021", sentence=0, pattern="released in"),
    ]
    return doc


def reference_quads() -> list[ox.Quad]:
    g = ox.NamedNode(str(REFERENCE_GRAPH))

    def q(s: str, p: str, o: str | ox.Literal) -> ox.Quad:
        return ox.Quad(ox.NamedNode(s), RDF_TYPE if p == "a" else ox.NamedNode(p),
                       o if isinstance(o, ox.Literal) else ox.NamedNode(o), g)

    return [
        q(V, "a", KG_URI + "Artist"), q(V, SKOS + "prefLabel", ox.Literal("V")),
        q(V, SKOS + "altLabel", ox.Literal("Kim Taehyung")), q(V, SKOS + "altLabel", ox.Literal("뷔")),
        q(V, KG_URI + "memberOf", BTS),
        q(BTS, "a", KG_URI + "Group"), q(BTS, SKOS + "prefLabel", ox.Literal("BTS")),
        q(BTS, SKOS + "altLabel", ox.Literal("Bangtan Boys")),
        q(BTS, KG_URI + "debutDate", ox.Literal("2013-06-13", datatype=ox.NamedNode(
            "http://www.w3.org/2001/XMLSchema#date"))),
        q(JIN, "a", KG_URI + "Artist"), q(JIN, SKOS + "prefLabel", ox.Literal("Jin")),
        q(JIN, KG_URI + "memberOf", BTS),
        q(RM, "a", KG_URI + "Artist"), q(RM, SKOS + "prefLabel", ox.Literal("RM")),
        q(RM, KG_URI + "memberOf", BTS),
        q(LONELY, "a", KG_URI + "Group"), q(LONELY, SKOS + "prefLabel", ox.Literal("Far Away Band")),
    ]


def inferred_quads() -> list[ox.Quad]:
    g = ox.NamedNode(str(INFERRED_GRAPH))
    n = ox.NamedNode
    return [
        ox.Quad(n(V), n(KG_URI + "featuredOn"), n(SONG), g),          # inverse of an asserted link
        ox.Quad(n(SONG), n(KG_URI + "videoDirectedBy"), n(DIRECTOR), g),  # a new pair: song - director
        ox.Quad(n(BTS), n(KG_URI + "hasMember"), n(V), g),
        ox.Quad(n(SONG), n("https://schema.org/byArtist"), n(SUNNY), g),  # an alignment copy
    ]


def sample_store(ontology: bool = True) -> Store:
    store = Store()
    if ontology:
        store.load_ontology()
    store.add_quads(reference_quads())
    store.ox.add_graph(ox.NamedNode(str(REFERENCE_GRAPH)))
    for doc in (article_one(), article_two()):
        store.replace_graph(article_graph(doc.article.id), build_quads(doc))
    store.add_quads(inferred_quads())
    return store


def big_store(n_artists: int = 1500, seed: int = 7) -> Store:
    """About 3000 entities (artists, songs, groups, events) with ~6000 links, written as
    plain quads (the shape build_quads gives), for layout timing."""
    import random
    rnd = random.Random(seed)
    g = article_graph("big")
    n = ox.NamedNode
    quads = []
    groups = [f"{RES_URI}group/g{i}" for i in range(n_artists // 10)]
    songs = [f"{RES_URI}song/s{i}" for i in range(n_artists - n_artists // 10 - 150)]
    events = [f"{RES_URI}event/e{i}" for i in range(150)]
    artists = [f"{RES_URI}artist/a{i}" for i in range(n_artists)]
    label = n("http://www.w3.org/2000/01/rdf-schema#label")
    for kind, items in (("Group", groups), ("Song", songs), ("Event", events), ("Artist", artists)):
        for i, iri in enumerate(items):
            quads.append(ox.Quad(n(iri), RDF_TYPE, n(KG_URI + kind), g))
            quads.append(ox.Quad(n(iri), label, ox.Literal(f"{kind} {i}"), g))
    for a in artists:
        quads.append(ox.Quad(n(a), n(KG_URI + "memberOf"), n(rnd.choice(groups)), g))
    for s in songs:
        quads.append(ox.Quad(n(s), n(KG_URI + "performer"), n(rnd.choice(artists + groups)), g))
        if rnd.random() < 0.5:
            quads.append(ox.Quad(n(s), n(KG_URI + "featuredArtist"), n(rnd.choice(artists)), g))
    for e in events:
        for _ in range(3):
            quads.append(ox.Quad(n(e), n(KG_URI + "participant"), n(rnd.choice(artists)), g))
    store = Store()
    store.add_quads(quads)
    return store
