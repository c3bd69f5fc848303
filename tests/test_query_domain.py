"""Domain helpers (kg.artist(...).songs(...)) run the stored queries with the entity bound."""
from __future__ import annotations

from datetime import date

import pytest

from kgraph.errors import QueryError

from . import querygraph


@pytest.fixture(scope="module")
def kg():
    return querygraph.build()


def test_query_domain_artist_songs_before_and_after(kg):
    v = kg.artist("Taehyung")
    assert v.iri == querygraph.V
    assert v.songs(before="enlistment").column("title") == ["Slow Dancing", "Love wins all"]
    assert v.songs(before="enlistment", role="performer").column("title") == ["Slow Dancing"]
    assert v.songs(after="enlistment").column("title") == ["Love wins all"]
    assert v.songs(before=date(2024, 1, 24)).column("title") == ["Slow Dancing"]
    assert v.songs(after="2023-09-08").column("title") == ["Love wins all"]
    assert v.between("2023-01-01", "2023-12-31").column("title") == ["Slow Dancing"]


def test_query_domain_artist_questions(kg):
    v = kg.artist("V")
    assert v.videos().column("director") == ["Um Tae-hwa"]
    assert v.collaborators().column("collaborator") == ["IU"]
    assert v.collaborators(with_="IU").column("title") == ["Love wins all"]
    assert ("group", "BTS") in [(r["kind"], r["name"]) for r in v.groups()]
    assert v.claims().column("subject") == ["Winter Ahead"]
    assert kg.artist("Latto").featured_on().column("title") == ["Seven"]
    assert [r["date"] for r in kg.artist("Jin").timeline()][:2] == [date(2022, 10, 28), date(2022, 12, 13)]
    assert kg.artist("IU").charts().column("achievement") == ["Perfect All-Kill"]
    assert kg.artist("Jung Kook").awards().column("work") == ["Seven"]


def test_query_domain_group_director_song_agency(kg):
    assert kg.group("BIGBANG").members(former=True).column("member") == ["Seungri"]
    assert kg.group("BIGBANG").members(former=False).column("member") == ["Taeyang"]
    assert kg.director("Drew Kirsch").videos().column("song") == ["Seven", "Slow Dancing"]
    assert kg.song("Seven").details()[0]["featuring"] == "Latto"
    assert len(kg.song("Slow Dancing").conflicts()) == 2
    assert kg.song("Slow Dancing").sources("releaseDate").column("article") == ["slow", "slow-recap"]
    assert "BTS" in kg.agency("Big Hit Music").roster().column("name")
    assert repr(kg.group("BTS")) == "<Group 'BTS' https://w3id.org/kgraph/resource/group/bts>"


def test_query_domain_errors_are_clear(kg):
    with pytest.raises(QueryError, match="no entity named 'Nobody'"):
        kg.artist("Nobody")
    with pytest.raises(QueryError, match="neither a date .* nor an event"):
        kg.artist("V").songs(before="lunch")
    with pytest.raises(QueryError, match="role 'lead' is not one of"):
        kg.artist("V").songs(role="lead")
