"""A small knowledge graph for the query, ask, server and remote tests.

Built the way the real one is: a reference graph (Turtle, as scripts/build_reference.py
writes it) and article graphs from hand-built :class:`Doc`s through :func:`build_quads`.
The sentences are written for these tests. Facts (what the stored queries should answer):

- V (alias Taehyung, Kim Taehyung) and Jin and Jung Kook are members of BTS (agency Big Hit
  Music); Seungri is a former member of BIGBANG, Taeyang a current one.
- V enlisted 2023-12-11, Jung Kook 2023-12-12, Jin 2022-12-13 and was discharged 2024-06-12.
- IU's "Love wins all" (released 2024-01-24): V appears in its video (directed by Um
  Tae-hwa), which was filmed before V's enlistment; it achieved a Perfect All-Kill.
- V's "Slow Dancing" (2023-09-08, album Layover), video by Drew Kirsch; a second article
  gives 2023-09-07: a conflict.
- Jung Kook's "Seven" feat. Latto (2023-07-14), video by Drew Kirsch; it won Song of the
  Year at the 2023 Melon Music Awards.
- Jin's "The Astronaut" (2022-10-28), released before his enlistment.
- reported: V features on "Winter Ahead" (not a fact); denied: Jin features on "Seven".
- IU's "eight" (2020-05-06) features Suga; Lisa's "LALISA" (2021-09-10), video by Seo
  Hyun-seung. V, Jung Kook and BTS have owl:sameAs links to Wikidata-style IRIs, as the
  reference data has: the reasoner copies their facts onto those IRIs.
"""
from __future__ import annotations

from datetime import date

from kgraph.api import KnowledgeGraph
from kgraph.build import build_quads
from kgraph.load.article import Article
from kgraph.pipeline.doc import Doc, Entity, Fact, Sentence
from kgraph.vocab import REFERENCE_GRAPH

import pyoxigraph as ox

R = "https://w3id.org/kgraph/resource/"

REFERENCE_TTL = """
@prefix kg: <https://w3id.org/kgraph/ontology#> .
@prefix art: <https://w3id.org/kgraph/resource/artist/> .
@prefix grp: <https://w3id.org/kgraph/resource/group/> .
@prefix agc: <https://w3id.org/kgraph/resource/agency/> .
@prefix ev: <https://w3id.org/kgraph/resource/event/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix wd: <http://www.wikidata.org/entity/> .

grp:bts a kg:Group ; rdfs:label "BTS" ; skos:prefLabel "BTS" ; skos:altLabel "Bangtan Boys", "방탄소년단" ;
    kg:debutDate "2013-06-13"^^xsd:date ; kg:agency agc:big-hit-music .
grp:bigbang a kg:Group ; rdfs:label "BIGBANG" ; skos:prefLabel "BIGBANG" ; skos:altLabel "Big Bang" .
agc:big-hit-music a kg:Agency ; rdfs:label "Big Hit Music" ; skos:prefLabel "Big Hit Music" ;
    skos:altLabel "BigHit Music" .
art:v a kg:Artist ; rdfs:label "V" ; skos:prefLabel "V" ;
    skos:altLabel "Taehyung", "Kim Taehyung", "뷔" ; kg:birthName "Kim Tae-hyung" ;
    kg:memberOf grp:bts ; kg:agency agc:big-hit-music .
art:jin a kg:Artist ; rdfs:label "Jin" ; skos:prefLabel "Jin" ; skos:altLabel "Kim Seok-jin", "Seokjin" ;
    kg:memberOf grp:bts ; kg:agency agc:big-hit-music .
art:jung-kook a kg:Artist ; rdfs:label "Jung Kook" ; skos:prefLabel "Jung Kook" ;
    skos:altLabel "Jungkook", "JK" ; kg:memberOf grp:bts .
art:iu a kg:Artist ; rdfs:label "IU" ; skos:prefLabel "IU" ; skos:altLabel "Lee Ji-eun" .
art:seungri a kg:Artist ; rdfs:label "Seungri" ; skos:prefLabel "Seungri" ; kg:formerMemberOf grp:bigbang .
art:taeyang a kg:Artist ; rdfs:label "Taeyang" ; skos:prefLabel "Taeyang" ; kg:memberOf grp:bigbang .
art:latto a kg:Artist ; rdfs:label "Latto" ; skos:prefLabel "Latto" .
art:suga a kg:Artist ; rdfs:label "Suga" ; skos:prefLabel "Suga" ; skos:altLabel "Min Yoon-gi", "Agust D" ;
    kg:memberOf grp:bts .
art:lisa a kg:Artist ; rdfs:label "Lisa" ; skos:prefLabel "Lisa" ; skos:altLabel "Lalisa Manoban" .
art:v owl:sameAs wd:Q90000001 .
art:jung-kook owl:sameAs wd:Q90000002 .
grp:bts owl:sameAs wd:Q90000003 .

ev:militaryenlistment-v-2023-12-11 a kg:Event, kg:MilitaryEnlistment ; rdfs:label "V's military enlistment" ;
    kg:participant art:v ; kg:eventDate "2023-12-11"^^xsd:date .
ev:militaryenlistment-jung-kook-2023-12-12 a kg:Event, kg:MilitaryEnlistment ;
    rdfs:label "Jung Kook's military enlistment" ;
    kg:participant art:jung-kook ; kg:eventDate "2023-12-12"^^xsd:date .
ev:militaryenlistment-jin-2022-12-13 a kg:Event, kg:MilitaryEnlistment ; rdfs:label "Jin's military enlistment" ;
    kg:participant art:jin ; kg:eventDate "2022-12-13"^^xsd:date .
ev:militarydischarge-jin-2024-06-12 a kg:Event, kg:MilitaryDischarge ; rdfs:label "Jin's military discharge" ;
    kg:participant art:jin ; kg:eventDate "2024-06-12"^^xsd:date .
"""

V, JIN, JK, IU, LATTO = (R + "artist/v", R + "artist/jin", R + "artist/jung-kook", R + "artist/iu",
                         R + "artist/latto")


def make_doc(article_id: str, published: str, sentences: list[str],
             entities: dict[str, tuple[str, str, str | None]],
             facts: list[tuple]) -> Doc:
    """A Doc from sentences, ``{key: (type(s), name, iri)}`` and facts
    ``(s, p, o, sentence[, certainty])``."""
    text, spans, at = "", [], 0
    for i, s in enumerate(sentences):
        spans.append(Sentence(i, at, at + len(s), s))
        text += s + " "
        at += len(s) + 1
    art = Article(text=text.strip(), date=date.fromisoformat(published), title=sentences[0],
                  url=f"https://news.example/{article_id}", id=article_id)
    doc = Doc(article=art, sentences=spans)
    for key, (types, name, iri) in entities.items():
        doc.entities[key] = Entity(key, set(types.split(",")), name, iri=iri, kb=iri is not None)
    for f in facts:
        s, p, o, sent = f[:4]
        doc.facts.append(Fact(s, p, o, sentence=sent, certainty=f[4] if len(f) > 4 else "asserted",
                              pattern="test"))
    return doc


def docs() -> list[Doc]:
    lwa = make_doc("lwa", "2024-01-25", [
        "IU put out her single Love wins all on January 24, 2024.",
        "BTS member V stars in its music video, directed by Um Tae-hwa.",
        "The video was shot before V began his military service.",
        "Love wins all swept the real-time charts for a Perfect All-Kill.",
    ], {
        "iu": ("Artist", "IU", IU), "v": ("Artist", "V", V),
        "song": ("Song", "Love wins all", None), "mv": ("MusicVideo", "Love wins all", None),
        "dir": ("Director", "Um Tae-hwa", None),
        "rel": ("Event", "release of Love wins all", R + "event/release-iu-2024-01-24-0"),
        "film": ("Event", "filming of the Love wins all video", R + "event/filming-v-lwa-1"),
        "enl": ("Event", "V's enlistment", R + "event/militaryenlistment-v-lwa-2"),
        "pak": ("Event", "Perfect All-Kill of Love wins all", R + "event/chartachievement-lwa-3"),
    }, [
        ("song", "performer", "iu", 0), ("song", "releaseDate", "2024-01-24", 0),
        ("rel", "eventType", "Release", 0), ("rel", "about", "song", 0), ("rel", "participant", "iu", 0),
        ("rel", "eventDate", "2024-01-24", 0),
        ("v", "appearsIn", "mv", 1), ("mv", "musicVideoOf", "song", 1), ("mv", "directedBy", "dir", 1),
        ("film", "eventType", "Filming", 2), ("film", "about", "mv", 2), ("film", "participant", "v", 2),
        ("film", "before", "enl", 2), ("enl", "eventType", "MilitaryEnlistment", 2),
        ("enl", "participant", "v", 2),
        ("pak", "eventType", "ChartAchievement", 3), ("pak", "participant", "song", 3),
        ("pak", "achievement", "Perfect All-Kill", 3), ("pak", "eventDate", "2024-01-25", 3),
    ])
    slow = make_doc("slow", "2023-09-08", [
        "V released Slow Dancing, the lead single of his album Layover, on September 8, 2023.",
        "Drew Kirsch directed the video.",
        "Rumours say V will also feature on Winter Ahead.",
    ], {
        "v": ("Artist", "V", V), "song": ("Song", "Slow Dancing", None), "alb": ("Album", "Layover", None),
        "mv": ("MusicVideo", "Slow Dancing", None), "dir": ("Director", "Drew Kirsch", None),
        "rel": ("Event", "release of Slow Dancing", R + "event/release-v-2023-09-08-0"),
        "wa": ("Song", "Winter Ahead", None),
    }, [
        ("song", "performer", "v", 0), ("song", "releaseDate", "2023-09-08", 0), ("song", "album", "alb", 0),
        ("rel", "eventType", "Release", 0), ("rel", "about", "song", 0), ("rel", "participant", "v", 0),
        ("rel", "eventDate", "2023-09-08", 0),
        ("mv", "musicVideoOf", "song", 1), ("mv", "directedBy", "dir", 1),
        ("wa", "featuredArtist", "v", 2, "reported"),
    ])
    slow2 = make_doc("slow-recap", "2023-12-20", [
        "Slow Dancing came out on September 7, 2023.",
    ], {"song": ("Song", "Slow Dancing", None)}, [
        ("song", "releaseDate", "2023-09-07", 0),
    ])
    seven = make_doc("seven", "2023-12-01", [
        "Jung Kook's Seven featuring Latto arrived on July 14, 2023, with a video by Drew Kirsch.",
        "Seven won Song of the Year at the 2023 Melon Music Awards.",
        "His agency denied that Jin features on Seven.",
    ], {
        "jk": ("Artist", "Jung Kook", JK), "latto": ("Artist", "Latto", LATTO), "jin": ("Artist", "Jin", JIN),
        "song": ("Song", "Seven", None), "mv": ("MusicVideo", "Seven", None),
        "dir": ("Director", "Drew Kirsch", None),
        "aw": ("Event", "Song of the Year for Seven", R + "event/awardwin-seven-1"),
    }, [
        ("song", "performer", "jk", 0), ("song", "featuredArtist", "latto", 0),
        ("song", "releaseDate", "2023-07-14", 0), ("mv", "musicVideoOf", "song", 0),
        ("mv", "directedBy", "dir", 0),
        ("aw", "eventType", "AwardWin", 1), ("aw", "participant", "song", 1), ("aw", "participant", "jk", 1),
        ("aw", "award", "Song of the Year, 2023 Melon Music Awards", 1), ("aw", "eventDate", "2023-11-25", 1),
        ("song", "featuredArtist", "jin", 2, "denied"),
    ])
    astro = make_doc("astronaut", "2024-06-12", [
        "Jin, who released The Astronaut on October 28, 2022, was discharged on June 12, 2024.",
    ], {
        "jin": ("Artist", "Jin", JIN), "song": ("Song", "The Astronaut", None),
        "dis": ("Event", "Jin's discharge", R + "event/militarydischarge-jin-2024-06-12-0"),
    }, [
        ("song", "performer", "jin", 0), ("song", "releaseDate", "2022-10-28", 0),
        ("dis", "eventType", "MilitaryDischarge", 0), ("dis", "participant", "jin", 0),
        ("dis", "eventDate", "2024-06-12", 0),
    ])
    eight = make_doc("eight", "2020-05-07", [
        "IU released eight, produced by and featuring Suga, on May 6, 2020.",
    ], {
        "iu": ("Artist", "IU", IU), "suga": ("Artist", "Suga", R + "artist/suga"),
        "song": ("Song", "eight", None),
    }, [
        ("song", "performer", "iu", 0), ("song", "featuredArtist", "suga", 0), ("song", "releaseDate", "2020-05-06", 0),
    ])
    lalisa = make_doc("lalisa", "2021-09-10", [
        "Lisa's solo debut LALISA came out on September 10, 2021, with a video directed by Seo Hyun-seung.",
    ], {
        "lisa": ("Artist", "Lisa", R + "artist/lisa"), "song": ("Song", "LALISA", None),
        "mv": ("MusicVideo", "LALISA", None), "dir": ("Director", "Seo Hyun-seung", None),
    }, [
        ("song", "performer", "lisa", 0), ("song", "releaseDate", "2021-09-10", 0),
        ("mv", "musicVideoOf", "song", 0), ("mv", "directedBy", "dir", 0), ("lisa", "appearsIn", "mv", 0),
    ])
    return [lwa, slow, slow2, seven, astro, eight, lalisa]


def load(kg: KnowledgeGraph) -> KnowledgeGraph:
    """Fill ``kg`` (opened with ``reference=False``) with the test graph."""
    kg.store.remove_graph(REFERENCE_GRAPH)
    kg.store.ox.load(REFERENCE_TTL.encode(), format=ox.RdfFormat.TURTLE,
                     to_graph=ox.NamedNode(str(REFERENCE_GRAPH)))
    for doc in docs():
        kg.store.replace_graph(f"https://w3id.org/kgraph/graph/article/{doc.article.id}", build_quads(doc))
    return kg


def build(path: str | None = None) -> KnowledgeGraph:
    return load(KnowledgeGraph(path, reference=False))
