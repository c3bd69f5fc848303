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


def _stored(articles: dict[int, list[tuple[str, str, str]]], keys: list[int]) -> Store:
    """A reasoned store with the articles ``keys`` of ``articles``."""
    store = fresh(None, [])
    for i in keys:
        put(store, i, articles[i])
    reason(store)
    return store


def _full(articles: dict[int, list[tuple[str, str, str]]], keys: list[int]) -> set[tuple[str, str, str]]:
    return inferred(_stored(articles, keys))


def _milestone_articles(n: int) -> dict[int, list[tuple[str, str, str]]]:
    """One artist's enlistment and ``n`` dated events of theirs, each in its own article,
    with a text-stated order between two of them."""
    kg, res = "<https://w3id.org/kgraph/ontology#", "https://w3id.org/kgraph/resource/"
    artist = f"<{res}artist/star>"
    date = '"{}"^^<http://www.w3.org/2001/XMLSchema#date>'
    enlist = f"<{res}event/star-enlistment>"
    out = {200: [(enlist, T.TYPE, kg + "MilitaryEnlistment>"), (enlist, kg + "participant>", artist),
                 (enlist, kg + "eventDate>", date.format("2023-12-11"))]}
    for i in range(n):
        ev = f"<{res}event/star-show-{i}>"
        day = f"2023-{1 + i % 12:02d}-{1 + i % 27:02d}" if i % 3 else f"2024-{1 + i % 12:02d}-15"
        out[201 + i] = [(ev, T.TYPE, kg + "Event>"), (ev, kg + "participant>", artist),
                        (ev, kg + "eventDate>", date.format(day))]
    out[201].append((f"<{res}event/star-show-0>", kg + "before>", f"<{res}event/star-show-1>"))
    return out


def test_reason_incremental_many_events_ordered_against_one_milestone() -> None:
    articles = _milestone_articles(60)

    keys = sorted(articles)
    store = _stored(articles, keys[:-1])
    g = put(store, keys[-1], articles[keys[-1]])                 # add one dated event
    assert update(store, added_graphs=[g]).mode == "incremental"
    assert inferred(store) == _full(articles, keys)
    befores = {t for t in inferred(store) if t[1].endswith("#before>")}
    assert len(befores) >= 60

    for gone in (205, 201):                                       # remove a dated event, then the text order
        store.remove_graph(ARTICLE_GRAPH_PREFIX + f"x{gone}")
        assert update(store, removed_graphs=[ARTICLE_GRAPH_PREFIX + f"x{gone}"]).mode == "incremental"
        keys.remove(gone)
        assert inferred(store) == _full(articles, keys)


def _career_articles() -> dict[int, list[tuple[str, str, str]]]:
    """Two artists of one group, each with a debut, an enlistment and a discharge (the
    milestones) and a dozen dated events, each fact in an article of its own, plus orders
    stated in words that chain through the milestones (and one through an undated event)."""
    kg, res = "<https://w3id.org/kgraph/ontology#", "https://w3id.org/kgraph/resource/"
    date = '"{}"^^<http://www.w3.org/2001/XMLSchema#date>'
    out: dict[int, list[tuple[str, str, str]]] = {}
    key = 300
    for who in ("ana", "bo"):
        artist = f"<{res}artist/{who}>"
        for kind, day in (("Debut", "2015-06-01"), ("MilitaryEnlistment", "2023-12-11"),
                          ("MilitaryDischarge", "2025-06-10")):
            ev = f"<{res}event/{who}-{kind.lower()}>"
            out[key] = [(ev, T.TYPE, kg + kind + ">"), (ev, kg + "participant>", artist),
                        (ev, kg + "eventDate>", date.format(day))]
            key += 1
        for i in range(12):
            ev = f"<{res}event/{who}-show-{i}>"
            day = f"{2014 + i}-{1 + i % 12:02d}-{1 + (7 * i) % 27:02d}"
            out[key] = [(ev, T.TYPE, kg + "Concert>"), (ev, kg + "participant>", artist),
                        (ev, kg + "eventDate>", date.format(day))]
            key += 1
        undated = f"<{res}event/{who}-fanmeeting>"
        out[key] = [(undated, T.TYPE, kg + "FanMeeting>"), (undated, kg + "participant>", artist),
                    (undated, kg + "before>", f"<{res}event/{who}-debut>"),
                    (f"<{res}event/{who}-militarydischarge>", kg + "before>", f"<{res}event/{who}-show-11>")]
        key += 1
    out[key] = [(f"<{res}event/ana-show-3>", kg + "after>", f"<{res}event/bo-militaryenlistment>")]
    return out


def test_reason_incremental_removing_milestones_and_stated_orders_matches_full_closure(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from kgraph.reason import incremental

    articles = _career_articles()

    keys = sorted(articles)
    store = _stored(articles, keys)
    checked: list[tuple[str, str, str]] = []
    real = incremental.derivations
    monkeypatch.setattr(incremental, "derivations", lambda r, t, v: (checked.append(t), real(r, t, v))[1])
    befores = sum(1 for t in inferred(store) if t[1].endswith("#before>"))
    # a dated concert of ana's: its own orders go; the orders the dates give between the
    # other events stay, and are not deleted and derived again
    for gone in (306, 301, 300, 318, max(keys), 319):   # concert, enlistment, debut, fan meeting, words
        checked.clear()
        store.remove_graph(ARTICLE_GRAPH_PREFIX + f"x{gone}")
        assert update(store, removed_graphs=[ARTICLE_GRAPH_PREFIX + f"x{gone}"]).mode == "incremental"
        keys.remove(gone)
        assert inferred(store) == _full(articles, keys), gone
        if gone == 306:
            assert 0 < len(checked) < befores / 4, (len(checked), befores)


def test_reason_incremental_change_reaching_too_far_recomputes_the_closure(monkeypatch: pytest.MonkeyPatch) -> None:
    from kgraph.reason import incremental

    store = fresh(None, list(range(12)))
    reason(store)
    monkeypatch.setattr(incremental, "BUDGET", 5)
    store.remove_graph(ARTICLE_GRAPH_PREFIX + "x3")
    report = update(store, removed_graphs=[ARTICLE_GRAPH_PREFIX + "x3"])
    assert report.mode == "full"
    assert inferred(store) == from_scratch([i for i in range(12) if i != 3])
    monkeypatch.setattr(incremental, "BUDGET", 300_000)
    g = put(store, 12)                                            # the record is whole again
    assert update(store, added_graphs=[g]).mode == "incremental"
    assert inferred(store) == from_scratch([i for i in range(13) if i != 3])
