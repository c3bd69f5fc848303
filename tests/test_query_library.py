"""Stored queries answer the questions they promise, with parameters bound safely."""
from __future__ import annotations

from datetime import date

import pytest

from kgraph.errors import QueryError
from kgraph.query import (Param, QueryTimeout, StoredQuery, find_query, format_result, resolve_entity,
                          run, with_prefixes)

from . import querygraph


@pytest.fixture(scope="module")
def kg():
    return querygraph.build()


def titles(result, col="title"):
    return [r[col] for r in result.rows]


def test_query_featured_before_enlistment_resolves_alias(kg):
    assert titles(kg.query("featured_before_enlistment", artist="Taehyung")) == ["Love wins all"]
    assert titles(kg.query("featured_before_enlistment", artist="kim taehyung")) == ["Love wins all"]


def test_query_featured_before_enlistment_excludes_own_songs(kg):
    assert titles(kg.query("featured_before_enlistment", artist="Jung Kook")) == []


def test_query_artist_songs_roles_and_window(kg):
    assert titles(kg.query("artist_songs", artist="V", role="performer")) == ["Slow Dancing"]
    assert titles(kg.query("artist_songs", artist="V", role="video")) == ["Love wins all"]
    assert titles(kg.query("artist_songs", artist="V", **{"from": date(2024, 1, 1)})) == ["Love wins all"]
    assert titles(kg.query("artist_songs", artist="V", to="2023-12-31")) == ["Slow Dancing"]
    assert titles(kg.query("artist_songs", artist="Latto")) == ["Seven"]


def test_query_artist_songs_dates_are_python_dates(kg):
    row = kg.query("artist_songs", artist="Jin").rows[0]
    assert row["released"] == date(2022, 10, 28)


def test_query_songs_before_event_by_role_and_event(kg):
    assert titles(kg.query("songs_before_event", artist="V", role="performer")) == ["Slow Dancing"]
    assert titles(kg.query("songs_before_event", artist="Jin", event="enlistment")) == ["The Astronaut"]
    assert titles(kg.query("songs_before_event", artist="Jin", event="discharge")) == ["The Astronaut"]
    assert titles(kg.query("songs_before_event", artist="Jung Kook")) == ["Seven"]


def test_query_songs_after_event_uses_dates(kg):
    assert titles(kg.query("songs_after_event", artist="V")) == ["Love wins all"]
    assert titles(kg.query("songs_after_event", artist="Jin", event="enlistment")) == []


def test_query_songs_before_event_rejects_unknown_event(kg):
    with pytest.raises(QueryError, match="not one of enlistment"):
        kg.query("songs_before_event", artist="V", event="wedding")


def test_query_group_members_current_and_former(kg):
    rows = kg.query("group_members", group="BIGBANG").rows
    assert {(r["member"], r["status"]) for r in rows} == {("Seungri", "former"), ("Taeyang", "current")}
    assert sorted(titles(kg.query("group_members", group="Bangtan Boys"), "member")) == ["Jin", "Jung Kook", "Suga", "V"]


def test_query_artist_groups_and_agency(kg):
    rows = kg.query("artist_groups", artist="Seungri").rows
    assert [(r["kind"], r["name"], r["status"]) for r in rows] == [("group", "BIGBANG", "former")]
    rows = kg.query("artist_groups", artist="Jung Kook").rows
    assert ("agency", "Big Hit Music", "BTS") in [(r["kind"], r["name"], r["via"]) for r in rows]


def test_query_director_videos_for_whom(kg):
    rows = kg.query("director_videos", director="Um Tae-hwa").rows
    assert [(r["song"], r["artist"]) for r in rows] == [("Love wins all", "IU")]


def test_query_collaborations_both_directions(kg):
    assert titles(kg.query("collaborations", artist="IU", other="V")) == ["Love wins all"]
    row = kg.query("collaborations", artist="Jung Kook", other="Latto").rows[0]
    assert (row["title"], row["artist_role"], row["other_role"]) == ("Seven", "performer", "featured")
    assert titles(kg.query("collaborations", artist="V", other="Latto")) == []


def test_query_song_details_prefers_the_song_over_its_video(kg):
    row = kg.query("song_details", song="Seven").rows[0]
    assert (row["performer"], row["featuring"], row["director"]) == ("Jung Kook", "Latto", "Drew Kirsch")


def test_query_chart_and_awards_by_song_or_artist(kg):
    assert titles(kg.query("chart_achievements", name="Love wins all"), "achievement") == ["Perfect All-Kill"]
    assert titles(kg.query("chart_achievements", name="V"), "achievement") == []
    assert titles(kg.query("awards", name="Seven"), "work") == ["Seven"]


def test_query_military_service_in_period_by_kind(kg):
    rows = kg.query("military_service_in_period", **{"from": "2022-01-01", "to": "2024-12-31"},
                    kind="discharge").rows
    assert [(r["artist"], r["date"]) for r in rows] == [("Jin", date(2024, 6, 12))]
    assert len(kg.query("military_service_in_period", **{"from": "2022-01-01", "to": "2024-12-31"})) == 5 - 1


def test_query_fact_sources_one_property(kg):
    rows = kg.query("fact_sources", about="Slow Dancing", predicate="releaseDate").rows
    assert [(r["value"], r["article"], r["published"]) for r in rows] == [
        ("2023-09-08", "slow", date(2023, 9, 8)), ("2023-09-07", "slow-recap", date(2023, 12, 20))]


def test_query_conflicting_facts_for_one_entity(kg):
    assert len(kg.query("conflicting_facts", entity="Slow Dancing")) == 2
    assert len(kg.query("conflicting_facts", entity="Seven")) == 0


def test_query_disputed_claims_never_plain_facts(kg):
    rows = kg.query("disputed_claims", entity="Jin").rows
    assert [(r["subject"], r["certainty"]) for r in rows] == [("Seven", "denied")]
    assert "Jin" not in kg.query("song_details", song="Seven").rows[0]["featuring"]


def test_query_bound_values_are_never_spliced(kg):
    evil = 'V" } } DROP ALL ; SELECT * { "'
    with pytest.raises(QueryError, match="no entity named"):
        kg.query("artist_songs", artist=evil)
    text = 'SELECT ?x WHERE { BIND(?v AS ?x) }'
    assert kg.query(text, v=evil).rows == [{"x": evil}]
    assert len(kg.store) > 1000


def test_query_unknown_parameter_and_query_name(kg):
    with pytest.raises(QueryError, match="has no parameter"):
        kg.query("artist_songs", singer="V")
    with pytest.raises(QueryError, match="no stored query named 'nope'"):
        kg.query("nope")


def test_query_bad_date_parameter(kg):
    with pytest.raises(QueryError, match="is not a date"):
        kg.query("artist_songs", artist="V", to="last year")


def test_query_bad_param_header_names_the_file(tmp_path):
    p = tmp_path / "bad.rq"
    p.write_text("# param: artist person V\nSELECT * WHERE { ?s ?p ?o }\n")
    with pytest.raises(QueryError, match="bad.rq: bad param line"):
        StoredQuery.from_file(p)


def test_query_param_kinds_parse():
    p = Param.parse("song entity:Song Love wins all", "x")
    assert (p.name, p.kind, p.cls, p.default) == ("song", "entity", "Song", "Love wins all")
    p = Param.parse("role choice:any,video any", "x")
    assert p.choices == ("any", "video") and p.default == "any"


def test_query_resolve_entity_prefers_class(kg):
    assert resolve_entity(kg.store, "Seven", "Song").value.endswith("/song/seven")
    assert resolve_entity(kg.store, "Seven", "MusicVideo").value.endswith("/mv/seven")
    assert resolve_entity(kg.store, "뷔").value == querygraph.V


def test_query_limit_and_formats(kg):
    res = kg.query("artist_songs", artist="V", limit=1)
    assert len(res) == 1
    assert format_result(res, "csv").splitlines() == [
        "song,title,roles,released", "https://w3id.org/kgraph/resource/song/slow-dancing,Slow Dancing,performer,2023-09-07"]
    assert format_result(res, "tsv").splitlines()[1].split("\t")[1] == "Slow Dancing"
    import json
    doc = json.loads(format_result(res, "sparql-json"))
    assert doc["results"]["bindings"][0]["released"] == {
        "type": "literal", "value": "2023-09-07", "datatype": "http://www.w3.org/2001/XMLSchema#date"}
    assert '<binding name="title"><literal>Slow Dancing</literal></binding>' in format_result(res, "sparql-xml")
    assert json.loads(format_result(res, "json"))[0]["title"] == "Slow Dancing"


def test_query_result_repr_and_dataframe(kg):
    res = kg.query("group_members", group="BTS")
    assert repr(res).startswith("<Result group_members: 4 rows>")
    assert "<td>Jung Kook</td>" in res._repr_html_()
    df = res.to_dataframe()
    assert list(df["member"]) == ["Jin", "Jung Kook", "Suga", "V"]


def test_query_sparql_text_records_bound_parameters(kg):
    res = kg.query("artist_songs", artist="V")
    assert "VALUES (?artist ?role)" in res.sparql and "<https://w3id.org/kgraph/resource/artist/v>" in res.sparql


def test_query_with_prefixes_declares_only_used_prefixes():
    text = with_prefixes("SELECT ?s WHERE { ?s a kg:Song ; rdfs:label ?l }")
    assert text.startswith("PREFIX kg: <https://w3id.org/kgraph/ontology#>\nPREFIX rdfs:")
    assert "PREFIX schema" not in text
    assert with_prefixes("PREFIX kg: <x#>\nSELECT * { ?s a kg:Song }").count("PREFIX") == 1


def test_query_timeout_abandons_runaway_query(kg):
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g a kg:Song }"  # ~2 s, then done
    import time
    t0 = time.monotonic()
    with pytest.raises(QueryTimeout, match="did not finish within 0.3 s"):
        run(kg.store, runaway, timeout=0.3)
    assert time.monotonic() - t0 < 2


def test_query_find_query_by_path():
    q = find_query("queries/group_members.rq")
    assert q.name == "group_members" and q.params[0].cls == "Group"


def test_query_cli_timeout_exits_at_the_limit(tmp_path):
    import gc
    import subprocess
    import sys
    import time
    db = tmp_path / "kg"
    querygraph.build(str(db)).close()
    gc.collect()
    t0 = time.monotonic()
    res = subprocess.run([sys.executable, "-m", "kgraph.cli", "--db", str(db), "query",
                          "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", "--timeout", "0.5"],
                         capture_output=True, text=True, timeout=60)
    assert time.monotonic() - t0 < 10
    assert res.returncode == 1
    assert "error: query '<inline>' did not finish within 0.5 s" in res.stderr
    assert "Traceback" not in res.stderr


def test_query_conflicting_facts_iris_never_refine_each_other():
    import pyoxigraph as ox

    from kgraph.api import KnowledgeGraph
    res, kgo = "https://w3id.org/kgraph/resource/", "https://w3id.org/kgraph/ontology#"
    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    mv, love, story = (ox.NamedNode(res + x) for x in ("mv/love", "song/love", "song/love-story"))
    kg = KnowledgeGraph(reference=False)
    for article, song, title, day in (("a1", love, "Love", "2020-05"), ("a2", story, "Love Story", "2020-05-04")):
        g = ox.NamedNode(f"https://w3id.org/kgraph/graph/article/{article}")
        for s, p, o in ((mv, kgo + "musicVideoOf", song), (song, label.value, ox.Literal(title)),
                        (mv, label.value, ox.Literal("Love music video")),
                        (mv, kgo + "releaseDate", ox.Literal(day))):
            kg.store.ox.add(ox.Quad(s, ox.NamedNode(p), o, g))
    rows = kg.query("conflicting_facts").rows
    # kgr:song/love is a prefix of kgr:song/love-story, yet two songs conflict; "2020-05" and
    # "2020-05-04" are one date, the second more precise
    assert sorted((r["property"], r["value"], r["sources"]) for r in rows) == [
        ("musicVideoOf", "Love", "a1"), ("musicVideoOf", "Love Story", "a2")]
