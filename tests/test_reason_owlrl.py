"""The fast engine computes the same OWL 2 RL closure as owlrl on the project's ontology."""
from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest

from kgraph.reason import terms as T
from kgraph.reason.engine import closure
from kgraph.reason.rules import compile_rules
from kgraph.reason.synthetic import Synthetic, kg, res

owlrl = pytest.importorskip("owlrl")
rdflib = pytest.importorskip("rdflib")

ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology" / "kpop.ttl"

OWL = "http://www.w3.org/2002/07/owl#"
# What owlrl adds that says nothing about the data, named one by one: the test ignores
# exactly these and nothing else.
REFLEXIVE = {f"<{OWL}sameAs>", T.SUBCLASS, T.SUBPROP, T.EQCLASS, T.EQPROP}   # x p x
BOUNDARY = {f"<{OWL}Thing>", f"<{OWL}Nothing>"}                               # top and bottom
BUILTIN = tuple("<" + ns for ns in (T.RDF, T.RDFS, T.OWL, T.XSD))             # typing of built-in terms


def owlrl_noise(t: tuple[str, str, str]) -> bool:
    s, p, o = t
    return ((s == o and p in REFLEXIVE) or s in BOUNDARY or o in BOUNDARY
            or (p == T.TYPE and s.startswith(BUILTIN)) or s.startswith("_:") or o.startswith("_:"))


def ntriples(text: str, fmt: ox.RdfFormat) -> set[tuple[str, str, str]]:
    return set(T.parse_ntriples(ox.serialize(ox.parse(text, format=fmt), format=ox.RdfFormat.N_TRIPLES)))


def edge_cases() -> list[tuple[str, str, str]]:
    """Rules the synthetic articles rarely reach: a music video of two songs (functional
    property -> sameAs, then sameAs copies), a subunit chain (transitive), an equivalent
    class, an explicit kg:after, an inverse stated on the other side."""
    mv, s1, s2 = res("mv/twin"), res("song/twin-a"), res("song/twin-b")
    g1, g2, g3 = res("group/unit"), res("group/mid"), res("group/top")
    return [
        (mv, kg("musicVideoOf"), s1), (mv, kg("musicVideoOf"), s2),
        (s1, kg("performer"), g1), (res("artist/x"), kg("appearsIn"), mv),
        (g1, kg("subunitOf"), g2), (g2, kg("subunitOf"), g3),
        (res("person/p"), T.TYPE, "<https://schema.org/Person>"),
        (res("event/late"), kg("after"), res("event/early")),
        (g3, kg("hasMember"), res("artist/y")),
        (res("agency/a"), kg("represents"), g3),
    ]


def test_reason_owlrl_same_closure_as_owlrl() -> None:
    onto = ntriples(ONTOLOGY.read_text(), ox.RdfFormat.TURTLE)
    syn = Synthetic(n_artists=60, seed=3)
    data = set(syn.reference()) | set(edge_cases())
    for i in range(120):
        data.update(syn.article(i))
    asserted = onto | data
    assert len(data) > 3000

    rules = compile_rules(onto, temporal=False)
    _, new = closure(rules, asserted)
    mine = {t for t in new if not (t[0].startswith("_:") or t[2].startswith("_:"))}

    g = rdflib.Graph()
    g.parse(data=T.to_ntriples(asserted), format="nt")
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(g)
    lines = [ln for ln in g.serialize(format="nt").split("\n") if ln and not ln.startswith('"')]
    theirs = {t for t in ntriples("\n".join(lines) + "\n", ox.RdfFormat.N_TRIPLES) - asserted
              if not owlrl_noise(t)}

    assert mine - theirs == set()
    assert theirs - mine == set()
    # the test data reaches every rule family the ontology uses
    preds = {p for _, p, _ in mine}
    assert {kg("appearsOn"), kg("featuredOn"), kg("subjectOf"), f"<{OWL}sameAs>", kg("before"),
            kg("videoDirectedBy"), "<https://schema.org/byArtist>"} <= preds
    assert (res("group/unit"), kg("subunitOf"), res("group/top")) in mine
    assert (res("song/twin-a"), f"<{OWL}sameAs>", res("song/twin-b")) in mine
    assert (res("artist/x"), kg("appearsOn"), res("song/twin-b")) in mine
