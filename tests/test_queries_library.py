"""Meta-test: every stored query has a complete header, runs, and returns its examples."""
from __future__ import annotations

import importlib

import pytest

from . import querygraph
from kgraph.query import QUERIES_DIR, _cell, library

QUERIES = library()


@pytest.fixture(scope="module")
def kg():
    return querygraph.build()


def test_queries_library_has_at_least_fifteen_questions():
    assert len(QUERIES) >= 15
    assert "featured_before_enlistment" in QUERIES


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_queries_library_header_is_complete(name):
    q = QUERIES[name]
    assert q.title, f"{name}: no '# title:' line"
    assert q.question and q.question.endswith("?"), f"{name}: no '# question:' line ending in '?'"
    assert q.expected_rows(), f"{name}: no '# example:' line"
    for p in q.params:
        assert f"?{p.name}" in q.sparql, f"{name}: parameter {p.name} is not a variable of the query"
        assert p.name.upper() in q.question or p.default is None, f"{name}: question does not name {p.name}"


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_queries_library_returns_its_examples(kg, name):
    q = QUERIES[name]
    result = kg.query(name)
    rows = [{k: _cell(v) for k, v in r.items()} for r in result.rows]
    for expected in q.expected_rows():
        assert any(all(r.get(k) == v for k, v in expected.items()) for r in rows), \
            f"{name}: no row {expected} in {rows}"


def _reasoner_ready() -> bool:
    try:
        return hasattr(importlib.import_module("kgraph.reason"), "reason")
    except ImportError:
        return False


@pytest.mark.skipif(not _reasoner_ready(), reason="the reasoner (kgraph.reason) is not importable yet")
@pytest.mark.parametrize("name", sorted(QUERIES))
def test_queries_library_same_answers_after_reasoning(name):
    """The queries read asserted triples and the inferred graph alike: reasoning may add
    answers only where a query says so, never lose one."""
    plain = querygraph.build()
    reasoned = querygraph.build()
    reasoned.reason()
    before = {tuple(sorted((k, _cell(v)) for k, v in r.items())) for r in plain.query(name).rows}
    after = {tuple(sorted((k, _cell(v)) for k, v in r.items())) for r in reasoned.query(name).rows}
    assert before <= after, f"{name}: lost rows after reasoning: {before - after}"


def test_queries_library_files_are_all_listed():
    assert sorted(QUERIES) == sorted(p.stem for p in QUERIES_DIR.glob("*.rq"))


def test_queries_library_every_query_in_readme():
    readme = (QUERIES_DIR.parent / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("<!-- queries:start -->"):readme.index("<!-- queries:end -->")]
    for name in QUERIES:
        assert f"`{name}`" in section, f"queries/{name}.rq is not in the README's question table"
