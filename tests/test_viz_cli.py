"""kgraph viz and the selection options on the command line, checked through the page's data."""
from __future__ import annotations

import json
import re
from pathlib import Path

from .export_sample import DIRECTOR, SONG, V, XSS
from .test_export_formats import _cli, make_db


def _page_nodes(path: Path) -> dict[str, dict]:
    text = path.read_text(encoding="utf-8")
    block = re.search(r'<script id="kg-data" type="application/json">(.*?)</script>', text, re.S).group(1)
    return {n["iri"]: n for n in json.loads(block)["nodes"]}


def test_viz_cli_writes_the_page(tmp_path: Path):
    out = tmp_path / "site" / "graph.html"
    r = _cli(["--db", str(make_db(tmp_path)), "viz", "--out", str(out)])
    assert r.exit_code == 0, r.output
    nodes = _page_nodes(out)
    assert len(nodes) == 11 and nodes[SONG]["label"] == "Paper Lanterns"
    assert any(n["label"] == XSS for n in nodes.values())


def test_viz_cli_around_with_alias_and_title(tmp_path: Path):
    out = tmp_path / "v.html"
    r = _cli(["--db", str(make_db(tmp_path)), "viz", "--out", str(out), "--around", "Kim Taehyung", "--depth", "1",
              "--classes", "Artist,Song,Group", "--title", "V & friends <3"])
    assert r.exit_code == 0, r.output
    nodes = _page_nodes(out)
    assert V in nodes and SONG in nodes and DIRECTOR not in nodes
    assert {n["cls"] for n in nodes.values()} <= {"Artist", "Song", "Group"}
    assert "<title>V &amp; friends &lt;3</title>" in out.read_text(encoding="utf-8")


def test_viz_cli_construct_query_with_params(tmp_path: Path):
    q = tmp_path / "video.rq"
    q.write_text("# param: song entity\n"
                 "CONSTRUCT { ?mv kg:musicVideoOf ?song . ?mv kg:directedBy ?d }\n"
                 "WHERE { ?mv kg:musicVideoOf ?song . ?mv kg:directedBy ?d }\n", encoding="utf-8")
    out = tmp_path / "video.html"
    r = _cli(["--db", str(make_db(tmp_path)), "viz", "--out", str(out), "--query", str(q), "-p", "song",
              "Paper Lanterns"])
    assert r.exit_code == 0, r.output
    assert set(_page_nodes(out)) == {SONG, DIRECTOR, "https://w3id.org/kgraph/resource/mv/paper-lanterns"}


def test_viz_cli_param_without_query_is_refused(tmp_path: Path):
    r = _cli(["--db", str(make_db(tmp_path)), "viz", "--out", str(tmp_path / "x.html"), "-p", "a", "b"])
    assert r.exit_code == 2 and "--query" in r.output and not (tmp_path / "x.html").exists()


def test_viz_cli_missing_store_is_a_clear_error(tmp_path: Path):
    db = tmp_path / "nothing-here.kg"
    r = _cli(["--db", str(db), "viz", "--out", str(tmp_path / "x.html")])
    assert r.exit_code == 1 and r.output.startswith(f"error: no graph at {db}")
    assert not db.exists() and not (tmp_path / "x.html").exists()
