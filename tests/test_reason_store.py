"""reason(store): what it reads, what it writes."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from kgraph.reason import ReasonError, reason
from kgraph.reason import terms as T
from kgraph.store import Store
from kgraph.vocab import INFERRED_GRAPH
from tests.reason_fixtures import stated, store_with

KG = "https://w3id.org/kgraph/ontology#"
RES = "https://w3id.org/kgraph/resource/"


def inferred(store: Store) -> set[tuple[str, str, str]]:
    data = store.ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(str(INFERRED_GRAPH)))
    return set(T.parse_ntriples(data))


def test_reason_store_writes_only_new_triples_and_skips_provenance_and_reported_facts() -> None:
    body = (stated("a1", 0, "kgr:song/s", "kg:featuredArtist", "kgr:artist/v", 0, "S features V.")
            + stated("a1", 1, "kgr:song/s", "kg:featuredArtist", "kgr:artist/j", 1, "J may feature.",
                     certainty="Reported"))
    store = store_with({"a1": body})
    report = reason(store)
    got = inferred(store)
    assert report.inferred_triples == len(got) > 0
    v, j, s = f"<{RES}artist/v>", f"<{RES}artist/j>", f"<{RES}song/s>"
    assert (v, f"<{KG}featuredOn>", s) in got
    assert (s, f"<{KG}featuredArtist>", v) not in got                 # stated, so not inferred
    assert not any(j in (t[0], t[2]) for t in got)                     # reported: not a fact
    statement = f"<{RES}article/a1#a0>"
    assert not any(t[0] == statement for t in got)                     # provenance not reasoned over
    # a second run replaces the inferred graph rather than adding to it
    assert reason(store).inferred_triples == report.inferred_triples
    assert inferred(store) == got


def test_reason_store_rejects_unknown_engine_and_missing_ontology() -> None:
    store = store_with({})
    with pytest.raises(ReasonError, match="unknown reasoning engine 'magic'"):
        reason(store, engine="magic")
    with pytest.raises(ReasonError, match="ontology graph is empty"):
        reason(Store())


def test_reason_store_fast_and_owlrl_engines_agree() -> None:
    from kgraph.reason.synthetic import Synthetic
    syn = Synthetic(n_artists=20, seed=11)
    bodies = {f"x{i}": T.to_ntriples(syn.article(i)) for i in range(15)}
    fast = store_with(bodies, reference=T.to_ntriples(syn.reference()))
    ref = store_with(bodies, reference=T.to_ntriples(syn.reference()))
    reason(fast, engine="fast")
    reason(ref, engine="owlrl")
    a, b = inferred(fast), inferred(ref)
    assert a == b
    assert len(a) > 1000
