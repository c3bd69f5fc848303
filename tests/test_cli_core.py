"""CLI commands run as a user runs them; results checked through the API."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from click.testing import CliRunner

from kgraph.api import KnowledgeGraph
from kgraph.build import build_quads
from kgraph.cli import main
from kgraph.store import article_graph

from .test_build_provenance import small_doc


def make_db(tmp_path: Path) -> Path:
    db = tmp_path / "kg"
    kg = KnowledgeGraph(db)
    doc = small_doc()
    kg.store.replace_graph(article_graph(doc.article.id), build_quads(doc))
    kg.close()
    del kg
    return db


def test_cli_help_everywhere() -> None:
    runner = CliRunner()
    top = runner.invoke(main, ["--help"])
    assert top.exit_code == 0
    for name in main.commands:
        res = runner.invoke(main, [name, "--help"])
        assert res.exit_code == 0, name
        assert "Usage:" in res.output


def test_cli_every_command_in_readme() -> None:
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text()
    for name in main.commands:
        assert f"kgraph {name}" in readme, f"'kgraph {name}' is not documented in README.md"


def test_cli_query_inline_sparql_as_csv(tmp_path: Path) -> None:
    db = make_db(tmp_path)
    res = CliRunner().invoke(main, ["--db", str(db), "query", "--format", "csv",
                                    "SELECT ?name WHERE { ?s kg:featuredArtist ?a . ?a rdfs:label ?name }"])
    assert res.exit_code == 0, res.output
    assert res.output.splitlines() == ["name", "Jae"]


def test_cli_unknown_query_is_one_line_error(tmp_path: Path) -> None:
    db = make_db(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "kgraph.cli", "--db", str(db), "query", "no_such_query"],
                          capture_output=True, text=True)
    assert proc.returncode == 1
    assert proc.stderr.startswith("error: no stored query named 'no_such_query'")
    assert "Traceback" not in proc.stderr


def test_cli_stats_json_counts_articles(tmp_path: Path) -> None:
    db = make_db(tmp_path)
    res = CliRunner().invoke(main, ["--db", str(db), "stats", "--json"])
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["articles"] == 1
    assert data["entities"]["Song"] == 1


def test_cli_export_nquads_has_article_graph(tmp_path: Path) -> None:
    db = make_db(tmp_path)
    out = tmp_path / "g.nq"
    res = CliRunner().invoke(main, ["--db", str(db), "export", "--format", "nq", "--graphs", "articles",
                                    "--out", str(out)])
    assert res.exit_code == 0, res.output
    lines = out.read_text().splitlines()
    assert lines and all(line.endswith("> .") for line in lines)
    assert all("/graph/article/" in line for line in lines)
