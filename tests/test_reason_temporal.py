"""Temporal rules: dates order events where unambiguous, texts order them, both chain."""
from __future__ import annotations

import pytest

from kgraph.reason import reason
from kgraph.reason.temporal import interval
from tests.reason_fixtures import expand, store_with

SONGS_BEFORE_ENLISTMENT = """
SELECT DISTINCT ?song WHERE {
  ?artist kg:appearsOn ?song .
  ?ev kg:about ?song ; kg:before ?enl .
  ?enl a kg:MilitaryEnlistment ; kg:participant ?artist .
} ORDER BY ?song
"""


def songs_before_enlistment(store, artist: str) -> list[str]:  # type: ignore[no-untyped-def]
    import pyoxigraph as ox
    rows = store.query(SONGS_BEFORE_ENLISTMENT, bindings={"artist": ox.NamedNode(artist)})
    return [r["song"].value.rsplit("/", 1)[-1] for r in rows]


def ask(store, pattern: str) -> bool:  # type: ignore[no-untyped-def]
    return bool(store.query(expand("ASK { " + pattern + " }")))


def test_reason_temporal_partial_dates_order_only_when_unambiguous() -> None:
    def before(a: str, b: str) -> bool:
        ia, ib = interval(a), interval(b)
        assert ia is not None and ib is not None
        return ia[1] < ib[0]

    sep = '"2023-09"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>'
    dec = '"2023-12"^^<http://www.w3.org/2001/XMLSchema#gYearMonth>'
    dec11 = '"2023-12-11"^^<http://www.w3.org/2001/XMLSchema#date>'
    y2023 = '"2023"^^<http://www.w3.org/2001/XMLSchema#gYear>'
    assert before(sep, dec11)
    assert not before(dec, dec11) and not before(dec11, dec)
    assert not before(y2023, dec11) and not before(dec11, y2023)
    assert before(y2023, '"2024-01-01"^^<http://www.w3.org/2001/XMLSchema#date>')
    assert interval('"not a date"') is None


def test_reason_temporal_dates_from_two_sources_order_song_before_enlistment() -> None:
    # the songs and their release dates come from articles, the enlistment from the reference
    store = store_with(
        {
            "a1": """kgr:song/spring kg:featuredArtist kgr:artist/v ; kg:releaseDate "2023-03"^^xsd:gYearMonth .""",
            "a2": """kgr:song/same-month kg:featuredArtist kgr:artist/v ; kg:releaseDate "2023-12"^^xsd:gYearMonth .
                     kgr:song/later kg:featuredArtist kgr:artist/v ; kg:releaseDate "2024-01-05"^^xsd:date .""",
            "a3": """kgr:song/other kg:featuredArtist kgr:artist/j ; kg:releaseDate "2020-01-05"^^xsd:date .""",
        },
        reference="""kgr:event/enlist-v a kg:MilitaryEnlistment ; kg:participant kgr:artist/v ;
                         kg:eventDate "2023-12-11"^^xsd:date ; kg:sourceNote "curated" .""")
    reason(store)
    assert songs_before_enlistment(store, "https://w3id.org/kgraph/resource/artist/v") == ["spring"]
    assert songs_before_enlistment(store, "https://w3id.org/kgraph/resource/artist/j") == []
    # the later song is after the enlistment, and OWL-Time's after follows from kg:before
    assert ask(store, "kgr:event/enlist-v kg:before kgr:event/release-song-later . "
                      "kgr:event/release-song-later time:after kgr:event/enlist-v")
    # 2023-12 and 2023-12-11 are not ordered either way
    assert not ask(store, "kgr:event/release-song-same-month kg:before kgr:event/enlist-v")
    assert not ask(store, "kgr:event/enlist-v kg:before kgr:event/release-song-same-month")


def test_reason_temporal_words_and_chain_order_music_video_before_enlistment() -> None:
    # no dates at all: the article orders the video shoot before the enlistment in words;
    # the artist is only in the video, so appearsOn comes from the chain appearsIn/musicVideoOf
    # and the shoot is about the song through about/musicVideoOf
    store = store_with({
        "a1": """kgr:mv/snow kg:musicVideoOf kgr:song/snow .
                 kgr:artist/v kg:appearsIn kgr:mv/snow .
                 kgr:event/shoot a kg:Filming ; kg:about kgr:mv/snow .
                 kgr:event/enlist a kg:MilitaryEnlistment ; kg:participant kgr:artist/v .
                 kgr:event/shoot kg:before kgr:event/enlist .""",
    })
    reason(store)
    assert songs_before_enlistment(store, "https://w3id.org/kgraph/resource/artist/v") == ["snow"]


def test_reason_temporal_words_and_dates_chain_transitively() -> None:
    # text: the teaser came out before the release; dates: the release is before the enlistment
    store = store_with({
        "a1": """kgr:event/teaser a kg:Release ; kg:about kgr:song/moon .
                 kgr:event/teaser kg:before kgr:event/release-song-moon .
                 kgr:song/moon kg:performer kgr:artist/v ; kg:releaseDate "2023-03-01"^^xsd:date .""",
        "a2": """kgr:event/enlist a kg:MilitaryEnlistment ; kg:participant kgr:artist/v ;
                     kg:hasTime kgr:time/enlist .
                 kgr:time/enlist a time:Instant ; time:inXSDDate "2023-12-11"^^xsd:date .""",
    })
    reason(store)
    assert ask(store, "kgr:event/release-song-moon kg:before kgr:event/enlist")
    assert ask(store, "kgr:event/teaser kg:before kgr:event/enlist")
    assert ask(store, "kgr:event/enlist kg:after kgr:event/teaser")


@pytest.mark.parametrize("engine", ["fast", "owlrl"])
def test_reason_temporal_same_answer_with_either_engine(engine: str) -> None:
    store = store_with(
        {"a1": """kgr:song/spring kg:featuredArtist kgr:artist/v ; kg:releaseDate "2023-03"^^xsd:gYearMonth ."""},
        reference="""kgr:event/enlist-v a kg:MilitaryEnlistment ; kg:participant kgr:artist/v ;
                         kg:eventDate "2023-12-11"^^xsd:date .""")
    report = reason(store, engine=engine)
    assert report.engine == engine and report.inferred_triples > 0
    assert songs_before_enlistment(store, "https://w3id.org/kgraph/resource/artist/v") == ["spring"]


def _count(store, pattern: str) -> int:  # type: ignore[no-untyped-def]
    rows = store.query(expand("SELECT (COUNT(*) AS ?n) WHERE { " + pattern + " }"))
    return int(next(iter(rows))["n"].value)


def test_reason_temporal_many_events_of_one_artist_give_linear_order() -> None:
    # 300 dated fan meetings of one artist, plus one enlistment and one discharge: the dates
    # order each meeting against the two milestones (and the milestones against each other),
    # not every meeting against every other (that would be 300 * 299 / 2 = 44,850 triples)
    n = 300
    body = "\n".join(
        f"""kgr:event/meet-{i} a kg:FanMeeting ; kg:participant kgr:artist/v ;
               kg:eventDate "{2020 + i // 100}-{1 + i % 12:02d}-{1 + i % 28:02d}"^^xsd:date ."""
        for i in range(n))
    store = store_with(
        {"a1": body,
         "a2": """kgr:event/meet-0 kg:before kgr:event/meet-1 . kgr:event/meet-1 kg:before kgr:event/meet-2 ."""},
        reference="""kgr:event/enlist-v a kg:MilitaryEnlistment ; kg:participant kgr:artist/v ;
                         kg:eventDate "2021-06-15"^^xsd:date .
                     kgr:event/discharge-v a kg:MilitaryDischarge ; kg:participant kgr:artist/v ;
                         kg:eventDate "2022-06-15"^^xsd:date .""")
    reason(store)
    inferred = _count(store, "GRAPH <https://w3id.org/kgraph/graph/inferred> { ?a kg:before ?b }")
    assert inferred <= 2 * n + 10
    # every meeting is on one side of each milestone, by its date
    assert _count(store, "?e kg:before kgr:event/enlist-v") + _count(store, "kgr:event/enlist-v kg:before ?e") == n + 1
    assert ask(store, "kgr:event/meet-0 kg:before kgr:event/enlist-v . kgr:event/discharge-v kg:before kgr:event/meet-299 "
                      ". kgr:event/enlist-v kg:before kgr:event/discharge-v")
    # text order and its transitivity stay; two meetings are not ordered by their dates alone,
    # nor through a milestone between them
    assert ask(store, "kgr:event/meet-0 kg:before kgr:event/meet-2")
    assert not ask(store, "kgr:event/meet-0 kg:before kgr:event/meet-299")
    assert not ask(store, "kgr:event/meet-5 kg:before kgr:event/meet-250")
