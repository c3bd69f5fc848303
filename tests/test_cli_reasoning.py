"""kgraph explain / validate from the command line, on small graphs stored on disk."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from kgraph.cli import main
from kgraph.reason import reason
from tests.reason_fixtures import stated, store_with

BODY = (stated("a1", 0, "kgr:artist/v", "kg:appearsIn", "kgr:mv/snow", 0, "V stars in the Snow video.")
        + stated("a1", 1, "kgr:mv/snow", "kg:musicVideoOf", "kgr:song/snow", 1, "The Snow video is out.")
        + 'kgr:song/snow a kg:Song ; rdfs:label "Snow" . kgr:mv/snow rdfs:label "Snow MV" .\n'
        + 'kgr:artist/v a kg:Artist ; rdfs:label "V" ; skos:altLabel "Taehyung" .\n')


def make_db(tmp_path: Path, articles: dict[str, str]) -> Path:
    db = tmp_path / "kg"
    store = store_with(articles, path=db)
    reason(store)
    store.flush()
    del store
    return db


def test_cli_reasoning_explain_prints_rule_and_sentences(tmp_path: Path) -> None:
    db = make_db(tmp_path, {"a1": BODY})
    res = CliRunner().invoke(main, ["--db", str(db), "explain", "Taehyung", "appearsOn", "Snow"])
    assert res.exit_code == 0, res.output
    assert res.output == """\
kgr:artist/v kg:appearsOn kgr:song/snow  [prp-spo2: property chain]
  kgr:artist/v kg:appearsIn kgr:mv/snow  [stated]
      article a1: "V stars in the Snow video."
  kgr:mv/snow kg:musicVideoOf kgr:song/snow  [stated]
      article a1: "The Snow video is out."
"""


def test_cli_reasoning_explain_unknown_name_is_one_line_error(tmp_path: Path) -> None:
    db = make_db(tmp_path, {"a1": BODY})
    res = CliRunner().invoke(main, ["--db", str(db), "explain", "Nobody", "appearsOn", "Snow"])
    assert res.exit_code == 1
    assert res.output.startswith("error: no entity is named 'Nobody'")
    assert len(res.output.strip().splitlines()) == 1


def test_cli_reasoning_validate_reports_conflict_and_exit_status(tmp_path: Path) -> None:
    db = make_db(tmp_path, {
        "a1": 'kgr:song/snow a kg:Song ; rdfs:label "Snow" ; kg:releaseDate "2023-03-04"^^xsd:date .\n',
        "a2": 'kgr:song/snow kg:releaseDate "2023-05"^^xsd:gYearMonth .\n',
    })
    res = CliRunner().invoke(main, ["--db", str(db), "validate", "--no-shacl"])
    assert res.exit_code == 1
    assert res.output == """\
1 conflict(s) between sources:
  [release-date] kgr:song/snow has release dates that disagree: 2023-03-04 (a1); 2023-05 (a2); sources: a1, a2
"""


def test_cli_reasoning_validate_clean_graph_exits_zero(tmp_path: Path) -> None:
    db = make_db(tmp_path, {"a1": 'kgr:song/snow a kg:Song ; rdfs:label "Snow" ; '
                                  'kg:releaseDate "2023-03"^^xsd:gYearMonth .\n'})
    res = CliRunner().invoke(main, ["--db", str(db), "validate"])
    assert res.output == "valid: no SHACL violations, no conflicts between sources\n"
    assert res.exit_code == 0
