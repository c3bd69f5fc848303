"""Graph formats: GraphML/GEXF round trips, Graphviz, Cytoscape.js, Mermaid, the CLI; and names
that try to break out of each format."""
from __future__ import annotations

import gc
import json
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kgraph.cli import main
from kgraph.errors import KGraphError
from kgraph.export.formats import GRAPH_FORMATS, dot_string, export_graph, format_for, mermaid_text
from kgraph.export.graph import to_networkx
from kgraph.export.selection import Selection
from kgraph.store import Store

from .export_sample import (BTS, DIRECTOR, SONG, TRICKY, TRICKY_GROUP, V, XSS, XSS_SONG, article_one,
                            article_two, inferred_quads, reference_quads, sample_store)

needs_dot = pytest.mark.skipif(shutil.which("dot") is None,
                               reason="Graphviz 'dot' is not installed (make system-deps)")


@pytest.fixture(scope="module")
def store():
    return sample_store()


def _strip(d: dict, *keys: str) -> dict:
    return {k: v for k, v in d.items() if k not in keys}


def test_export_formats_registry():
    assert {"graphml", "gexf", "dot", "svg", "png", "cytoscape", "mermaid", "html"} <= set(GRAPH_FORMATS)
    assert format_for(None, "x/out.GEXF").name == "gexf"
    assert format_for(None, "graph.cyjs").name == "cytoscape"
    with pytest.raises(KGraphError, match="unknown graph format 'jpeg'"):
        format_for("jpeg")


def test_export_formats_graphml_round_trip(store, tmp_path: Path):
    g = to_networkx(store)
    export_graph(store, "graphml", tmp_path / "g.graphml")
    back = nx.read_graphml(tmp_path / "g.graphml", force_multigraph=True)
    assert set(back.nodes) == set(g.nodes)
    for n, data in g.nodes(data=True):
        assert back.nodes[n] == data
    assert sorted(back.edges(keys=True)) == sorted(g.edges(keys=True))
    for s, o, key, data in g.edges(keys=True, data=True):
        assert back.edges[s, o, key] == data
    assert back.nodes[XSS_SONG]["label"] == XSS and back.nodes[TRICKY_GROUP]["label"] == TRICKY


def test_export_formats_gexf_round_trip(store, tmp_path: Path):
    g = to_networkx(store)
    export_graph(store, "gexf", tmp_path / "g.gexf")
    back = nx.read_gexf(tmp_path / "g.gexf")
    assert set(back.nodes) == set(g.nodes)
    for n, data in g.nodes(data=True):
        assert _strip(back.nodes[n], "viz") == data
    assert back.nodes[BTS]["viz"]["color"] == {"r": 0, "g": 114, "b": 178, "a": 1.0}
    want = sorted((s, o, d["predicate"]) for s, o, d in g.edges(data=True))
    assert sorted((s, o, d["predicate"]) for s, o, d in back.edges(data=True)) == want
    by_pred = {(s, o, d["predicate"]): d for s, o, d in back.edges(data=True)}
    for s, o, data in g.edges(data=True):
        assert _strip(by_pred[(s, o, data["predicate"])], "id") == data


def test_export_formats_cytoscape_json(store):
    doc = json.loads(export_graph(store, "cytoscape"))
    nodes = {n["data"]["id"]: n for n in doc["elements"]["nodes"]}
    assert nodes[XSS_SONG]["data"]["label"] == XSS and nodes[SONG]["classes"] == "Song"
    edges = doc["elements"]["edges"]
    assert len({e["data"]["id"] for e in edges}) == len(edges)
    inferred = [e for e in edges if e["data"]["inferred"]]
    assert inferred and all(e["classes"] == "inferred" for e in inferred)
    assert {(e["data"]["source"], e["data"]["target"]) for e in edges} >= {(SONG, V), (V, BTS)}


def test_export_formats_dot_escapes_names(store):
    text = export_graph(store, "dot").decode("utf-8")
    assert dot_string('a "b" \\N') == '"a \\"b\\" \\\\N"'
    assert 'label="Quote \\"Q\\" {brace} \\\\N & </script><b>bold</b> | #1 `tick`"' in text
    assert 'label="<img src=x onerror=alert(1)>"' in text
    # every statement line is one node or one edge: no name split a line or closed a string early
    body = [line for line in text.splitlines()[4:-1]]
    assert all(re.fullmatch(r'  n\d+ (-> n\d+ )?\[.*\];', line) for line in body), body
    assert text.count("style=dashed") == 1      # the one inferred link that is not a restatement
    everything = export_graph(store, "dot", selection=Selection(restated=True)).decode("utf-8")
    assert everything.count("style=dashed") == 3


@needs_dot
def test_export_formats_svg_shows_names_as_text(store):
    svg = export_graph(store, "svg").decode("utf-8")
    root = ET.fromstring(svg)      # well-formed XML
    ns = "{http://www.w3.org/2000/svg}"
    texts = [t.text for t in root.iter(ns + "text")]
    assert XSS in texts and TRICKY in texts
    assert not list(root.iter(ns + "img")) and not list(root.iter(ns + "script")) and not list(root.iter("img"))
    assert "onerror=" not in re.sub(r">[^<]*<", "><", svg)   # only inside text nodes


@needs_dot
def test_export_formats_png(store, tmp_path: Path):
    out = tmp_path / "v.png"
    export_graph(store, None, out, Selection(around="V", depth=2))
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 2000


def test_export_formats_missing_graphviz_is_a_clear_error(store, monkeypatch):
    monkeypatch.setattr(shutil, "which", lambda name: None)
    with pytest.raises(KGraphError, match="Graphviz 'dot' program.*make system-deps"):
        export_graph(store, "png")


def test_export_formats_mermaid_escapes_names(store, tmp_path: Path):
    text = export_graph(store, "mermaid").decode("utf-8")
    lines = text.splitlines()
    assert lines[0] == "flowchart LR"
    assert mermaid_text(XSS) == "#60;img src=x onerror=alert(1)#62;"
    assert f'["{mermaid_text(XSS)}"]:::Song' in text
    for line in lines[1:]:
        if line.lstrip().startswith("classDef"):
            continue
        labels = re.findall(r'"([^"]*)"', line)
        assert labels, line
        assert all(not set(lab) & set('<>&"{}[]|`\\') for lab in labels), line
        # nothing is left after the node or edge statement but a class
        assert re.fullmatch(r'  n\d+(\S+"[^"]*"\S+:::\w+| -\.?->\|"[^"]*"\| n\d+)', line), line
    export_graph(store, "mermaid", tmp_path / "README-part.md")
    assert (tmp_path / "README-part.md").read_text().startswith("```mermaid\nflowchart LR\n")


def test_export_formats_selection_applies_to_every_format(store):
    sel = Selection(classes=("Song",))
    assert json.loads(export_graph(store, "cytoscape", selection=sel))["elements"]["edges"] == []
    text = export_graph(store, "mermaid", selection=sel).decode()
    assert text.count(":::Song") == 2 and ":::Artist" not in text


# -- the command line ------------------------------------------------------------------------
_made = 0


def make_db(tmp_path: Path) -> Path:
    """A new persistent store holding the sample graph, closed again for the CLI to open
    (one per command: a finished command may keep its store, and its lock, until exit)."""
    global _made
    from kgraph.build import build_quads
    from kgraph.store import article_graph
    _made += 1
    path = tmp_path / f"graph{_made}.kg"
    s = Store(path)
    s.load_ontology()
    s.add_quads(reference_quads())
    for doc in (article_one(), article_two()):
        s.replace_graph(article_graph(doc.article.id), build_quads(doc))
    s.add_quads(inferred_quads())
    s.flush()
    del s
    gc.collect()
    return path


def _cli(args: list[str]):
    """Run the CLI, then let the store it opened go (it holds the store's lock)."""
    result = CliRunner().invoke(main, args)
    gc.collect()
    return result


def test_export_formats_cli_graphml_around(tmp_path: Path):
    out = tmp_path / "v.graphml"
    r = _cli(["--db", str(make_db(tmp_path)), "export", "--format", "graphml", "--around", "Kim Taehyung",
                                  "--depth", "1", "--no-inferred", "--out", str(out)])
    assert r.exit_code == 0, r.output
    g = nx.read_graphml(out, force_multigraph=True)
    assert V in g and BTS in g and DIRECTOR not in g
    assert not any(d["inferred"] for *_, d in g.edges(data=True))


def test_export_formats_cli_format_from_extension_and_stdout(tmp_path: Path):
    out = tmp_path / "songs.gexf"
    r = _cli(["--db", str(make_db(tmp_path)), "export", "--classes", "Song,Artist", "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert {d["class"] for _, d in nx.read_gexf(out).nodes(data=True)} == {"Song", "Artist"}
    r = _cli(["--db", str(make_db(tmp_path)), "export", "--format", "mermaid", "--since", "2021-01-01",
                                  "--until", "2021-12-31"])
    assert r.exit_code == 0, r.output
    assert r.output.startswith("flowchart LR") and "#60;img" in r.output and "Paper Lanterns" not in r.output


def test_export_formats_cli_rdf_still_works(tmp_path: Path):
    out = tmp_path / "g.nq"
    r = _cli(["--db", str(make_db(tmp_path)), "export", "--format", "nq", "--out", str(out)])
    assert r.exit_code == 0, r.output
    assert "<https://w3id.org/kgraph/resource/song/paper-lanterns>" in out.read_text()
    r = _cli(["--db", str(make_db(tmp_path)), "export", "--format", "ttl", "--around", "V"])
    assert r.exit_code != 0 and "graph formats" in r.output


def test_export_formats_cli_errors_are_one_line(tmp_path: Path):
    r = _cli(["--db", str(make_db(tmp_path)), "export", "--format", "dot", "--around", "Nobody At All"])
    assert r.exit_code == 1 and r.output.strip() == "error: no entity named 'Nobody At All' in the graph"
    r = _cli(["--db", str(make_db(tmp_path)), "export", "--format", "dot", "--since", "May 2020"])
    assert r.exit_code == 2 and "not a date" in r.output and "Traceback" not in r.output
    r = _cli(["--db", str(make_db(tmp_path)), "export", "--format", "dot", "--query", str(tmp_path / "no.rq")])
    assert r.exit_code != 0 and "Traceback" not in r.output


@needs_dot
def test_export_formats_large_graph_draws_straight_unlabelled_links():
    from .export_sample import big_store
    big = big_store(300)
    text = export_graph(big, "dot").decode("utf-8")
    assert "splines=false" in text and not re.search(r"-> n\d+ \[label=", text)
    svg = export_graph(big, "svg")      # sfdp, in seconds rather than minutes
    assert ET.fromstring(svg).tag.endswith("svg")
