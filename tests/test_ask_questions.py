"""Questions in words map to stored queries and parameters; unknown ones say so."""
from __future__ import annotations

import gc
import subprocess
import sys
from datetime import date

import pytest

from kgraph.ask import NotUnderstood, QuestionBook, ask, book
from kgraph.errors import QueryError
from kgraph.query import library

from . import querygraph

V, JK, IU = querygraph.V, querygraph.JK, querygraph.IU


@pytest.fixture(scope="module")
def kg():
    return querygraph.build()


PHRASINGS = [
    # (question, stored query, expected params (IRIs as str), a value of the first row)
    ("Which songs did V feature on before his enlistment?", "featured_before_enlistment", {"artist": V},
     "Love wins all"),
    ("what did Taehyung feature on before enlisting", "featured_before_enlistment", {"artist": V}, "Love wins all"),
    ("which songs did kim taehyung feature on before his military service?", "songs_before_event",
     {"artist": V, "event": "enlistment", "role": "featured"}, None),
    ("Which songs did V release before his enlistment?", "songs_before_event",
     {"artist": V, "event": "enlistment", "role": "performer"}, "Slow Dancing"),
    ("what songs did Jin put out before his military enlistment", "songs_before_event",
     {"event": "enlistment", "role": "performer"}, "The Astronaut"),
    ("Which videos did V appear in before his enlistment?", "songs_before_event",
     {"event": "enlistment", "role": "video"}, "Love wins all"),
    ("What songs did V release before enlisting?", "songs_before_event",
     {"artist": V, "event": "enlistment", "role": "performer"}, "Slow Dancing"),
    ("Which videos did Taehyung appear in before going to the army?", "songs_before_event",
     {"event": "enlistment", "role": "video"}, "Love wins all"),
    ("Which songs did V release after his enlistment?", "songs_after_event",
     {"event": "enlistment", "role": "performer"}, None),
    ("What did V do after his enlistment?", "songs_after_event", {"event": "enlistment", "role": "any"},
     "Love wins all"),
    ("which songs did Jin make after his discharge", "songs_after_event", {"event": "discharge"}, None),
    ("Which songs did V release between 2023-01-01 and 2023-12-31?", "artist_songs",
     {"from": date(2023, 1, 1), "to": date(2023, 12, 31), "role": "performer"}, "Slow Dancing"),
    ("which songs did V release in September 2023", "artist_songs",
     {"from": date(2023, 9, 1), "to": date(2023, 9, 30)}, "Slow Dancing"),
    ("What songs has Jung Kook released?", "artist_songs", {"artist": JK, "role": "performer"}, "Seven"),
    ("list V's songs", "artist_songs", {"artist": V, "role": "any"}, "Slow Dancing"),
    ("Which songs is Latto featured on?", "featured_on", {}, "Seven"),
    ("on which songs does Latto feature", "featured_on", {}, "Seven"),
    ("Which music videos did V appear in?", "music_videos_with_artist", {"artist": V}, "Love wins all"),
    ("in which MVs was Taehyung seen?", "music_videos_with_artist", {"artist": V}, "Love wins all"),
    ("Who are the members of BTS?", "group_members", {}, "Jin"),
    ("list all members of Bangtan Boys", "group_members", {}, "Jin"),
    ("BIGBANG members", "group_members", {}, "Taeyang"),
    ("Which group is V in?", "artist_groups", {"artist": V}, "group"),
    ("which agency is Jin signed to?", "artist_groups", {}, "group"),
    ("Who is signed to Big Hit Music?", "agency_roster", {}, "Jin"),
    ("which artists does BigHit Music manage", "agency_roster", {}, "Jin"),
    ("Which music videos did Drew Kirsch direct?", "director_videos", {}, "Seven"),
    ("what has Um Tae-hwa directed", "director_videos", {}, "Love wins all"),
    ("Who did Drew Kirsch make videos for?", "director_videos", {}, "Seven"),
    ("Who directed the music video of Seven?", "song_details", {}, "Seven"),
    ("When was Slow Dancing released?", "song_details", {}, "Slow Dancing"),
    ("tell me about the song Love wins all", "song_details", {}, "Love wins all"),
    ("Which songs did V and IU make together?", "collaborations", {"artist": V, "other": IU}, "Love wins all"),
    ("Have Jung Kook and Latto ever collaborated?", "collaborations", {"artist": JK}, "Seven"),
    ("Who has V worked with?", "collaborators", {"artist": V}, "IU"),
    ("who are Jung Kook's collaborators", "collaborators", {"artist": JK}, "Latto"),
    ("What happened to Jin?", "artist_timeline", {}, date(2022, 10, 28)),
    ("show me Jin's timeline", "artist_timeline", {}, date(2022, 10, 28)),
    ("What chart achievements did IU have?", "chart_achievements", {"name": IU}, "Love wins all"),
    ("how did Love wins all do on the charts", "chart_achievements", {}, "Love wins all"),
    ("Which awards did Jung Kook win?", "awards", {"name": JK}, "Song of the Year, 2023 Melon Music Awards"),
    ("Did Seven win any awards?", "awards", {}, "Song of the Year, 2023 Melon Music Awards"),
    ("Who enlisted in December 2023?", "military_service_in_period",
     {"kind": "enlistment", "from": date(2023, 12, 1), "to": date(2023, 12, 31)}, "V"),
    ("who was discharged between 2024-01-01 and 2024-12-31", "military_service_in_period",
     {"kind": "discharge"}, "Jin"),
    ("which idols went to the army in 2023?", "military_service_in_period",
     {"kind": "enlistment", "from": date(2023, 1, 1), "to": date(2023, 12, 31)}, "V"),
    ("Which articles mention Slow Dancing?", "entity_articles", {}, "slow-recap"),
    ("show me the news about V", "entity_articles", {"entity": V}, "lwa"),
    ("Which articles support the facts about Slow Dancing?", "fact_sources", {}, "about"),
    ("what are the sources for Love wins all", "fact_sources", {}, "about"),
    ("Which facts conflict?", "conflicting_facts", {}, "Slow Dancing"),
    ("do the sources disagree about Slow Dancing?", "conflicting_facts", {}, "Slow Dancing"),
    ("What rumours are there about V?", "disputed_claims", {"entity": V}, "Winter Ahead"),
    ("which claims were denied", "disputed_claims", {}, "Seven"),
]


@pytest.mark.parametrize("question,query,params,first", PHRASINGS, ids=[p[0] for p in PHRASINGS])
def test_ask_maps_phrasing_to_stored_query(kg, question, query, params, first):
    answer = kg.ask(question)
    assert answer.query == query
    got = {k: getattr(v, "value", v) for k, v in answer.params.items()}
    for k, v in params.items():
        assert got[k] == v, (k, got)
    if first is None:
        assert answer.result.rows == []
    else:
        assert first in answer.result.rows[0].values(), answer.result.rows


def test_ask_every_stored_query_has_two_phrasings():
    counts: dict[str, int] = {}
    for _, query, _, _ in PHRASINGS:
        counts[query] = counts.get(query, 0) + 1
    assert {q for q, n in counts.items() if n >= 2} == set(library())


def test_ask_unknown_question_lists_forms(kg):
    with pytest.raises(NotUnderstood) as err:
        ask(kg, "what is the capital of France?")
    text = str(err.value)
    assert "I do not understand 'what is the capital of France?'" in text
    assert "who are the members of GROUP?  [group_members]" in text


def test_ask_unknown_name_says_which(kg):
    with pytest.raises(NotUnderstood, match="no entity named 'Nobody Here'"):
        ask(kg, "who are the members of Nobody Here?")


def test_ask_ignores_case_spaces_and_curly_apostrophes(kg):
    assert ask(kg, "  WHO   are the members of  bts ").query == "group_members"
    assert ask(kg, "show me Jin’s timeline").query == "artist_timeline"


def test_ask_bad_template_file_names_line(tmp_path):
    bad = tmp_path / "q.tsv"
    bad.write_text("# forms\ngroup_members\twho is in {band}\n")
    with pytest.raises(QueryError, match=r"q.tsv:2: slot \{band\} is not a parameter of group_members"):
        QuestionBook(bad)
    bad.write_text("nope\twho is in {group}\n")
    with pytest.raises(QueryError, match=r"q.tsv:1: no stored query named 'nope'"):
        QuestionBook(bad)
    bad.write_text("group_members\twho is (in {group}\n")
    with pytest.raises(QueryError, match="unbalanced brackets"):
        QuestionBook(bad)


def test_ask_forms_are_all_valid():
    qb = book()
    assert len(qb.forms) >= 2 * len(library())
    assert set(f.query for f in qb.forms) == set(library())


def kgraph(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kgraph.cli", *args], capture_output=True, text=True, timeout=60)


def test_ask_cli_prints_answer_and_sparql(tmp_path):
    db = tmp_path / "kg"
    querygraph.build(str(db)).close()
    gc.collect()
    res = kgraph("--db", str(db), "ask", "which songs did V feature on before his enlistment?")
    assert res.returncode == 0, res.stderr
    assert "Love wins all" in res.stdout
    assert "# kgraph query featured_before_enlistment -p artist V" in res.stderr
    assert "VALUES (?artist) { (<https://w3id.org/kgraph/resource/artist/v>) }" in res.stderr
    res = kgraph("--db", str(db), "ask", "what", "is", "love?")
    assert res.returncode == 1
    assert "error: I do not understand 'what is love?'" in res.stderr
    assert "Traceback" not in res.stderr
    res = kgraph("--db", str(db), "ask", "--forms")
    assert "who are the members of GROUP?  [group_members]" in res.stdout
