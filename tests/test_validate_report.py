"""Validation: SHACL shapes and conflicts between sources, named by article, exactly."""
from __future__ import annotations

from kgraph.reason import format_validation, reason, validate
from tests.reason_fixtures import stated, store_with

ARTICLES = {
    "a1": stated("a1", 0, "kgr:song/snow", "kg:releaseDate", '"2023-03-04"^^xsd:date', 0, "Snow came out on March 4.")
    + 'kgr:song/snow a kg:Song ; rdfs:label "Snow" .\n',
    "a2": 'kgr:song/snow kg:releaseDate "2023-05"^^xsd:gYearMonth .\n',
    "a3": 'kgr:song/snow kg:releaseDate "2023-03"^^xsd:gYearMonth .\n'
    + "kgr:event/v-enlists a kg:MilitaryEnlistment ; kg:participant kgr:artist/v ; "
      'kg:eventDate "2021-06-01"^^xsd:date .\n',
    "a4": "kgr:mv/rain kg:musicVideoOf kgr:song/rain , kgr:song/storm .\n"
    'kgr:song/rain rdfs:label "Rain" . kgr:song/storm rdfs:label "Storm" .\n'
    "kgr:song/hail a kg:Song .\n",
}
REFERENCE = """
kgr:artist/v a kg:Artist ; rdfs:label "V" .
kgr:event/enlist-v a kg:MilitaryEnlistment ; kg:participant kgr:artist/v ; kg:eventDate "2023-12-11"^^xsd:date .
kgr:event/enlist-j1 a kg:MilitaryEnlistment ; kg:participant kgr:artist/j ; kg:eventDate "2018-01-02"^^xsd:date .
kgr:event/out-j a kg:MilitaryDischarge ; kg:participant kgr:artist/j ; kg:eventDate "2019-08"^^xsd:gYearMonth .
kgr:event/enlist-j2 a kg:MilitaryEnlistment ; kg:participant kgr:artist/j ; kg:eventDate "2023-02-02"^^xsd:date .
kgr:event/enlist-k a kg:MilitaryEnlistment ; kg:participant kgr:artist/k ; kg:eventDate "2023-02"^^xsd:gYearMonth .
"""


def test_validate_report_names_conflicting_articles_and_shape_violations() -> None:
    store = store_with(ARTICLES, reference=REFERENCE)
    # K's enlistment told twice, once to the day: the same event, not a conflict
    store.ox.load(
        '<https://w3id.org/kgraph/resource/event/k> a <https://w3id.org/kgraph/ontology#MilitaryEnlistment> ; '
        '<https://w3id.org/kgraph/ontology#participant> <https://w3id.org/kgraph/resource/artist/k> ; '
        '<https://w3id.org/kgraph/ontology#eventDate> "2023-02-13"^^<http://www.w3.org/2001/XMLSchema#date> .',
        format=__import__("pyoxigraph").RdfFormat.TURTLE,
        to_graph=__import__("pyoxigraph").NamedNode("https://w3id.org/kgraph/graph/article/a5"))
    reason(store)
    report = validate(store)
    assert not report.conforms
    assert [c.kind for c in report.conflicts] == ["release-date", "enlistment"]
    assert report.conflicts[0].sources == ["a1", "a2", "a3"]
    assert report.conflicts[1].sources == ["a3", "reference"]
    assert format_validation(report) == """\
2 SHACL violation(s):
  kgr:mv/rain kg:musicVideoOf: a music video is the video of one song
  kgr:song/hail rdfs:label: a song needs a name (rdfs:label)
2 conflict(s) between sources:
  [release-date] kgr:song/snow has release dates that disagree: 2023-03 (a3); 2023-03-04 (a1); 2023-05 (a2); sources: a1, a2, a3
  [enlistment] kgr:artist/v is enlisted on 2021-06-01 (a3) and again on 2023-12-11 (reference) with no discharge between; sources: a3, reference\
"""


def test_validate_report_clean_graph_conforms() -> None:
    store = store_with({"a1": 'kgr:song/snow a kg:Song ; rdfs:label "Snow" ; kg:releaseDate "2023-03"^^xsd:gYearMonth .\n'
                              'kgr:song/snow kg:performer kgr:artist/v . kgr:artist/v a kg:Artist .\n'})
    reason(store)
    report = validate(store)
    assert report.conforms, format_validation(report)
    assert format_validation(report) == "valid: no SHACL violations, no conflicts between sources"


def test_validate_report_order_cycle_names_the_articles() -> None:
    # a1 puts the concert before the enlistment in words; a2's dates say the opposite
    # (dates order events against milestones such as an enlistment, see docs/architecture.md)
    store = store_with({
        "a1": "kgr:event/concert a kg:Concert ; kg:participant kgr:artist/v .\n"
              "kgr:event/enlist a kg:MilitaryEnlistment ; kg:participant kgr:artist/v .\n"
              "kgr:event/concert kg:before kgr:event/enlist .\n",
        "a2": 'kgr:event/concert kg:eventDate "2023-05-01"^^xsd:date .\n'
              'kgr:event/enlist kg:eventDate "2023-01-10"^^xsd:date .\n',
    })
    reason(store)
    report = validate(store, shacl=False)
    # the order chains through the concert back to the enlistment, not through the
    # enlistment (a milestone) back to the concert: the cycle shows on the enlistment
    assert [(c.kind, c.subject, c.sources) for c in report.conflicts] == [
        ("order-cycle", "kgr:event/enlist", ["a1", "a2"]),
    ]
    assert format_validation(report).splitlines()[1] == (
        "  [order-cycle] kgr:event/enlist is both before and after another event: its sources' dates "
        "or words disagree; sources: a1, a2")
