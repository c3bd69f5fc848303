"""Explanations: rule, premises, down to the sentence or reference note, exactly."""
from __future__ import annotations

import pytest

from kgraph.reason import ReasonError, explain, format_explanation, reason, resolve_term
from tests.reason_fixtures import stated, store_with

BODY = (stated("a1", 0, "kgr:artist/v", "kg:appearsIn", "kgr:mv/snow", 0, "V stars in the Snow video.")
        + stated("a1", 1, "kgr:mv/snow", "kg:musicVideoOf", "kgr:song/snow", 1, "The Snow video is out.")
        + stated("a1", 2, "kgr:song/snow", "kg:releaseDate", '"2023-03-04"^^xsd:date', 2,
                 "Snow came out on March 4.")
        + 'kgr:song/snow rdfs:label "Snow" . kgr:mv/snow rdfs:label "Snow MV" .\n')
REFERENCE = '''kgr:artist/v a kg:Artist ; rdfs:label "V" ; skos:altLabel "Kim Taehyung" .
kgr:artist/v2 a kg:Artist ; rdfs:label "V" .
kgr:event/enlist-v a kg:MilitaryEnlistment ; kg:participant kgr:artist/v ;
    kg:eventDate "2023-12-11"^^xsd:date ; kg:sourceNote "Curated: enlisted in December 2023." .'''


@pytest.fixture(scope="module")
def store():  # type: ignore[no-untyped-def]
    s = store_with({"a1": BODY}, reference=REFERENCE)
    reason(s)
    return s


def test_explain_output_chain_down_to_sentences(store) -> None:  # type: ignore[no-untyped-def]
    expl = explain(store, "Kim Taehyung", "appearsOn", "Snow")
    assert expl.rule == "prp-spo2"
    assert format_explanation(expl) == """\
kgr:artist/v kg:appearsOn kgr:song/snow  [prp-spo2: property chain]
  kgr:artist/v kg:appearsIn kgr:mv/snow  [stated]
      article a1: "V stars in the Snow video."
  kgr:mv/snow kg:musicVideoOf kgr:song/snow  [stated]
      article a1: "The Snow video is out."\
"""


def test_explain_output_date_order_from_article_and_reference(store) -> None:  # type: ignore[no-untyped-def]
    expl = explain(store, "kgr:event/release-song-snow", "kg:before", "kgr:event/enlist-v")
    assert format_explanation(expl) == """\
kgr:event/release-song-snow kg:before kgr:event/enlist-v  [date-order: dates order the events]
  kgr:event/release-song-snow kg:eventDate "2023-03-04"^^xsd:date  [release-event: release event of a dated work]
    kgr:song/snow kg:releaseDate "2023-03-04"^^xsd:date  [stated]
        article a1: "Snow came out on March 4."
  kgr:event/enlist-v kg:eventDate "2023-12-11"^^xsd:date  [stated]
      reference: Curated: enlisted in December 2023.
  kgr:artist/v kg:appearsOn kgr:song/snow  [prp-spo2: property chain]
    kgr:artist/v kg:appearsIn kgr:mv/snow  [stated]
        article a1: "V stars in the Snow video."
    kgr:mv/snow kg:musicVideoOf kgr:song/snow  [stated]
        article a1: "The Snow video is out."
  kgr:event/enlist-v kg:participant kgr:artist/v  [stated]
      reference: Curated: enlisted in December 2023.\
"""


def test_explain_output_inverse_then_types(store) -> None:  # type: ignore[no-untyped-def]
    expl = explain(store, "https://w3id.org/kgraph/resource/song/snow", "hasMusicVideo", "Snow MV")
    assert format_explanation(expl) == """\
kgr:song/snow kg:hasMusicVideo kgr:mv/snow  [prp-inv: inverse property]
  kgr:mv/snow kg:musicVideoOf kgr:song/snow  [stated]
      article a1: "The Snow video is out."\
"""
    expl = explain(store, "kgr:mv/snow", "a", "kg:CreativeWork")
    assert format_explanation(expl) == """\
kgr:mv/snow rdf:type kg:CreativeWork  [cax-sco: subclass]
  kgr:mv/snow rdf:type kg:MusicVideo  [prp-dom: property domain]
    kgr:mv/snow kg:musicVideoOf kgr:song/snow  [stated]
        article a1: "The Snow video is out."\
"""


def test_explain_output_errors_name_the_problem(store) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ReasonError, match="'V' names 2 entities"):
        resolve_term(store, "V")
    with pytest.raises(ReasonError, match="no entity is named 'Nobody'"):
        explain(store, "Nobody", "appearsOn", "Snow")
    with pytest.raises(ReasonError, match="unknown property 'likes'"):
        explain(store, "Kim Taehyung", "likes", "Snow")
    with pytest.raises(ReasonError, match="does not hold kgr:song/snow kg:appearsOn kgr:artist/v"):
        explain(store, "Snow", "appearsOn", "Kim Taehyung")
