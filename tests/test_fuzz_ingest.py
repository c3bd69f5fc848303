"""Property-based tests: random and mutated inputs thrown at the loaders, the extraction
pipeline and the store writer. Nothing may escape as an exception, and every triple
produced must be well formed RDF that the store takes and gives back unchanged."""
from __future__ import annotations

import json
import os
import tempfile
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from kgraph.errors import LoadError
from kgraph.ingest import article_ntriples
from kgraph.load import Article, load_paths
from kgraph.pipeline import Pipeline
from kgraph.store import Store, article_graph

from .test_ingest_batch import COMPONENTS
from .test_load_formats import ATOM, PAGE, RSS

DEEP = int(os.environ.get("KGRAPH_FUZZ_EXAMPLES", "0"))
"""Set to fuzz harder than the suite's modest default (e.g. KGRAPH_FUZZ_EXAMPLES=1000)."""
FAST = settings(max_examples=DEEP or 40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SLOW = settings(max_examples=DEEP or 25, deadline=None, suppress_health_check=[HealthCheck.too_slow])

EXTENSIONS = [".txt", ".html", ".rss", ".atom", ".xml", ".jsonl", ".json", ".md", ""]
SAMPLES = {".html": PAGE, ".rss": RSS, ".atom": ATOM,
           ".jsonl": json.dumps({"id": "x1", "url": "https://n.example/1", "date": "2024-02-03",
                                 "title": "T", "text": "Band A released a song."}) + "\n",
           ".txt": "date 2024-02-03\nBand A released the single \"Lanterns\" on Friday.\n"}

WORDS = ["BTS", "V", "Jungkook", "BLACKPINK", "Jennie", "NewJeans", "IU", "released", "single", "album",
         "featuring", "feat.", "music video", "directed by", "enlisted", "military", "discharged",
         "won", "award", "chart", "No. 1", "Billboard", "Hot 100", "concert", "tour", "reportedly",
         "denied", "rumors", "on", "in", "the", "and", "'s", "’s", "\"", "“", "”", "(", ")", ",", ".", "!",
         "2023", "2024-13-45", "March 3", "last Friday", "two days later", "Jan.", "이", "방탄소년단",
         "뷔", "Rosé", "Ｖ", "\u200b", "\t", "\n", "  ", "<b>", "&amp;", "\\", "%", "#", "@", "ﬁ"]

article_texts = st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), min_size=1, max_size=60
                         ).map(" ".join).filter(lambda t: t.strip() != "")


def _mutate(data: bytes, cuts: list[tuple[int, bytes]]) -> bytes:
    for at, junk in cuts:
        at = at % (len(data) + 1)
        data = data[:at] + junk + data[at + len(junk) // 2:]
    return data


@pytest.fixture(scope="module")
def workdir() -> Path:
    with tempfile.TemporaryDirectory() as d:
        yield Path(d)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline.default() if COMPONENTS is None else Pipeline(COMPONENTS)


def _load_all(path: Path) -> list:
    items = list(load_paths([path]))
    for item in items:
        assert isinstance(item, (Article, LoadError)), item
        if isinstance(item, LoadError):
            assert item.source.startswith(str(path)) and item.problem.strip()
        else:
            assert item.text.strip() and item.id
            article_graph(item.id)  # the id is safe in an IRI
            item.content_hash  # noqa: B018  (encodable)
    return items


@FAST
@given(data=st.binary(max_size=3000), ext=st.sampled_from(EXTENSIONS))
def test_fuzz_loaders_random_bytes_never_raise(workdir: Path, data: bytes, ext: str) -> None:
    path = workdir / f"random{ext}"
    path.write_bytes(data)
    _load_all(path)


@FAST
@example(ext=".rss", cuts=[(1809, b"\x01")], truncate=None, encoding="utf-8")  # control character in a feed entry
@given(ext=st.sampled_from(sorted(SAMPLES)),
       cuts=st.lists(st.tuples(st.integers(min_value=0, max_value=5000), st.binary(max_size=40)), max_size=4),
       truncate=st.one_of(st.none(), st.integers(min_value=0, max_value=5000)),
       encoding=st.sampled_from(["utf-8", "utf-16", "latin-1", "utf-8-sig"]))
def test_fuzz_loaders_mutated_articles_never_raise(workdir: Path, ext: str, cuts: list, truncate: int | None,
                                                   encoding: str) -> None:
    data = SAMPLES[ext].encode(encoding, errors="replace")
    data = _mutate(data, cuts)
    if truncate is not None:
        data = data[:truncate]
    path = workdir / f"mutated{ext}"
    path.write_bytes(data)
    _load_all(path)


@FAST
@example(record={"id": "\x85", "text": "NEL is a line break for str.splitlines"})
@given(record=st.dictionaries(st.sampled_from(["id", "url", "date", "title", "text", "other"]),
                              st.one_of(st.text(max_size=40), st.integers(), st.none(), st.booleans(),
                                        st.lists(st.integers(), max_size=2), st.floats(allow_nan=True)),
                              max_size=6))
def test_fuzz_jsonl_records_never_raise(workdir: Path, record: dict) -> None:
    path = workdir / "records.jsonl"
    path.write_text(json.dumps(record) + "\n" + json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8",
                    errors="surrogatepass")
    items = _load_all(path)
    assert len(items) == 2


def _check_ntriples(body: str, article: Article) -> None:
    """Well formed: parses as N-Triples, IRIs absolute, literals plain UTF-8 text."""
    triples = list(ox.parse(body.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES))
    assert triples
    for t in triples:
        for term in (t.subject, t.predicate, t.object):
            if isinstance(term, ox.NamedNode):
                assert term.value.split(":", 1)[0] in ("https", "http", "file", "urn"), term
                assert not any(c in term.value for c in " <>\"{}|\\^`"), term
            elif isinstance(term, ox.Literal):
                term.value.encode("utf-8")
    assert any(t.predicate.value.endswith("#articleId") and t.object.value == article.id for t in triples)


@SLOW
@given(text=article_texts, day=st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))),
       title=st.one_of(st.none(), st.text(max_size=30)), url=st.one_of(st.none(), st.text(max_size=30)))
def test_fuzz_pipeline_random_articles_give_well_formed_triples(pipeline: Pipeline, text: str, day: date | None,
                                                                title: str | None, url: str | None) -> None:
    article = Article(text=text, date=day, title=title, url=url, source="fuzz.txt", origin="file:///tmp/fuzz.txt")
    body = article_ntriples(article, pipeline)  # no exception escapes the pipeline or the builder
    _check_ntriples(body, article)
    store = Store()
    store.write_graphs([(article_graph(article.id), body)])
    stored = {str(q.triple) for q in store.quads(article_graph(article.id))}
    assert stored == {str(t) for t in ox.parse(body.encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)}


@SLOW
@given(ext=st.sampled_from(sorted(SAMPLES)),
       cuts=st.lists(st.tuples(st.integers(min_value=0, max_value=3000), st.binary(max_size=30)), max_size=3))
def test_fuzz_pipeline_mutated_files_end_to_end(workdir: Path, pipeline: Pipeline, ext: str, cuts: list) -> None:
    path = workdir / f"e2e{ext}"
    path.write_bytes(_mutate(SAMPLES[ext].encode("utf-8"), cuts))
    for item in _load_all(path):
        if isinstance(item, Article):
            _check_ntriples(article_ntriples(item, pipeline), item)
