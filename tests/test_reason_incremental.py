"""Incremental updates leave the inferred graph equal to a from-scratch closure."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kgraph.reason import reason, update
from kgraph.reason import terms as T
from kgraph.reason.synthetic import Synthetic
from kgraph.store import Store
from kgraph.vocab import ARTICLE_GRAPH_PREFIX, INFERRED_GRAPH, REFERENCE_GRAPH

SYN = Synthetic(n_artists=30, seed=5)


def inferred(store: Store) -> set[tuple[str, str, str]]:
    data = store.ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(str(INFERRED_GRAPH)))
    return set(T.parse_ntriples(data))


def put(store: Store, i: int, triples: list[tuple[str, str, str]] | None = None) -> str:
    g = ARTICLE_GRAPH_PREFIX + f"x{i}"
    store.remove_graph(g)
    store.ox.load(T.to_ntriples(triples if triples is not None else SYN.article(i)),
                  format=ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(g))
    return g


def fresh(path: Path | None, articles: list[int]) -> Store:
    store = Store(path)
    store.load_ontology()
    store.ox.load(T.to_ntriples(SYN.reference()), format=ox.RdfFormat.N_TRIPLES,
                  to_graph=ox.NamedNode(str(REFERENCE_GRAPH)))
    for i in articles:
        put(store, i)
    return store


def from_scratch(articles: list[int], changed: dict[int, list[tuple[str, str, str]]] | None = None
                 ) -> set[tuple[str, str, str]]:
    store = fresh(None, articles)
    for i, triples in (changed or {}).items():
        put(store, i, triples)
    reason(store)
    return inferred(store)


@pytest.mark.parametrize("on_disk", [False, True])
def test_reason_incremental_add_replace_remove_match_full_closure(tmp_path: Path, on_disk: bool) -> None:
    store = fresh(tmp_path / "kg" if on_disk else None, list(range(30)))
    reason(store)

    g = put(store, 30)                                            # add
    report = update(store, added_graphs=[g])
    assert report.mode == "incremental" and report.added > 0
    assert inferred(store) == from_scratch(list(range(31)))

    changed = SYN.article(31)                                     # replace x5 by other content
    put(store, 5, changed)
    report = update(store, added_graphs=[ARTICLE_GRAPH_PREFIX + "x5"])
    assert report.mode == "incremental" and report.removed > 0
    assert inferred(store) == from_scratch(list(range(31)), {5: changed})

    for i in (7, 30):                                             # remove
        store.remove_graph(ARTICLE_GRAPH_PREFIX + f"x{i}")
    report = update(store, removed_graphs=[ARTICLE_GRAPH_PREFIX + "x7", ARTICLE_GRAPH_PREFIX + "x30"])
    assert report.mode == "incremental" and report.removed > 0
    expected = from_scratch([i for i in range(30) if i != 7], {5: changed})
    assert inferred(store) == expected


def test_reason_incremental_removal_keeps_what_another_source_still_supports() -> None:
    # both articles say V features on the song; removing one keeps the inferred inverse
    song, v = "<https://w3id.org/kgraph/resource/song/s>", "<https://w3id.org/kgraph/resource/artist/v>"
    fact = (song, "<https://w3id.org/kgraph/ontology#featuredArtist>", v)
    store = fresh(None, [])
    put(store, 100, [fact])
    put(store, 101, [fact])
    reason(store)
    inverse = (v, "<https://w3id.org/kgraph/ontology#featuredOn>", song)
    assert inverse in inferred(store)
    store.remove_graph(ARTICLE_GRAPH_PREFIX + "x100")
    update(store, removed_graphs=[ARTICLE_GRAPH_PREFIX + "x100"])
    assert inverse in inferred(store)
    store.remove_graph(ARTICLE_GRAPH_PREFIX + "x101")
    update(store, removed_graphs=[ARTICLE_GRAPH_PREFIX + "x101"])
    assert inverse not in inferred(store)


def test_reason_incremental_without_record_falls_back_to_full() -> None:
    store = fresh(None, [0, 1])
    g = put(store, 2)
    report = update(store, added_graphs=[g])
    assert report.mode == "full"
    assert inferred(store) == from_scratch([0, 1, 2])
