"""The SPARQL endpoint, used through SPARQLWrapper as any SPARQL client would."""
from __future__ import annotations

import csv
import io
import gc
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor

import pytest
from SPARQLWrapper import CSV, JSON, POST, TSV, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

from kgraph.server import make_server, serve_in_thread

from . import querygraph

pytestmark = pytest.mark.server

MEMBERS = """PREFIX kg: <https://w3id.org/kgraph/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?name WHERE { ?a kg:memberOf <https://w3id.org/kgraph/resource/group/bts> ; rdfs:label ?name }
ORDER BY ?name"""
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
# A few seconds of work: enough to pass a 1 s limit, short enough that an abandoned thread
# (writable mode cannot kill it) does not burn the CPU for the rest of the test run.
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g a kg:Artist }"


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("srv") / "kg"
    querygraph.build(str(path)).close()
    gc.collect()
    return path


@pytest.fixture(scope="module")
def server(db):
    srv = make_server(path=db, port=0, timeout=1.5, max_rows=50, workers=3)
    serve_in_thread(srv)
    yield srv
    srv.shutdown()
    srv.server_close()


@pytest.fixture()
def writable():
    kg = querygraph.build()
    srv = make_server(kg.store, port=0, writable=True, timeout=1.0)
    serve_in_thread(srv)
    yield srv, kg
    srv.shutdown()
    srv.server_close()


def client(url, fmt=JSON, method="GET"):
    sw = SPARQLWrapper(url)
    sw.setReturnFormat(fmt)
    sw.setMethod(method)
    return sw


def names_json(doc):
    return [b["name"]["value"] for b in doc["results"]["bindings"]]


@pytest.mark.parametrize("method", ["GET", POST])
def test_server_select_json_get_and_post(server, method):
    sw = client(server.url, JSON, method)
    sw.setQuery(MEMBERS)
    assert names_json(sw.query().convert()) == ["Jin", "Jung Kook", "Suga", "V"]


def test_server_formats_xml_csv_tsv(server):
    sw = client(server.url, XML)
    sw.setQuery(MEMBERS)
    doc = sw.query().convert()
    literals = [n.firstChild.data for n in doc.getElementsByTagName("literal")]
    assert literals == ["Jin", "Jung Kook", "Suga", "V"]
    sw = client(server.url, CSV)
    sw.setQuery(MEMBERS)
    rows = list(csv.reader(io.StringIO(sw.query().convert().decode())))
    assert rows == [["name"], ["Jin"], ["Jung Kook"], ["Suga"], ["V"]]
    sw = client(server.url, TSV)
    sw.setQuery(MEMBERS)
    assert sw.query().convert().decode().splitlines() == ["?name", '"Jin"', '"Jung Kook"', '"Suga"', '"V"']


def test_server_content_negotiation_by_accept(server):
    q = urllib.parse.urlencode({"query": "ASK { ?s a kg:Song }"})
    for accept, media in [("text/csv", "text/csv"), ("application/sparql-results+xml;q=0.9, text/tab-separated-values",
                                                      "text/tab-separated-values"),
                          ("*/*", "application/sparql-results+json")]:
        req = urllib.request.Request(f"{server.url}?{q}", headers={"Accept": accept})
        with urllib.request.urlopen(req) as resp:
            assert resp.headers["Content-Type"].startswith(media)
            assert b"true" in resp.read()


def test_server_construct_as_ntriples(server):
    q = urllib.parse.urlencode({"query": "CONSTRUCT { ?s kg:memberOf ?g } WHERE { ?s kg:memberOf ?g }"})
    req = urllib.request.Request(f"{server.url}?{q}", headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(req) as resp:
        body = resp.read().decode()
    assert "<https://w3id.org/kgraph/resource/artist/v> <https://w3id.org/kgraph/ontology#memberOf>" in body


def test_server_refuses_updates_when_read_only(server):
    sw = client(server.url, JSON, POST)
    sw.setQuery("INSERT DATA { <http://x/a> <http://x/b> <http://x/c> }")
    with pytest.raises(urllib.error.HTTPError) as err:
        sw.query()
    assert err.value.code == 403
    assert "read-only" in err.value.read().decode()
    check = client(server.url)
    check.setQuery("ASK { <http://x/a> ?p ?o }")
    assert check.query().convert()["boolean"] is False


def test_server_accepts_updates_when_writable(writable):
    srv, kg = writable
    sw = client(srv.url, JSON, POST)
    sw.setQuery("INSERT DATA { GRAPH <http://x/g> { <http://x/a> <http://x/b> 'c' } }")
    sw.query()
    assert kg.query("ASK { <http://x/a> <http://x/b> 'c' }").boolean is True


def test_server_times_out_runaway_query_and_keeps_serving(server):
    sw = client(server.url)
    sw.setQuery(RUNAWAY)
    t0 = time.monotonic()
    with pytest.raises(urllib.error.HTTPError) as err:
        sw.query()
    assert time.monotonic() - t0 < 6
    assert err.value.code == 503
    assert "did not finish within 1.5 s" in err.value.read().decode()
    assert server.runner.killed >= 1
    ok = client(server.url)
    ok.setQuery(MEMBERS)
    assert names_json(ok.query().convert()) == ["Jin", "Jung Kook", "Suga", "V"]


def test_server_limits_result_size(server):
    sw = client(server.url)
    sw.setQuery("SELECT * WHERE { ?s ?p ?o }")
    res = sw.query()
    assert len(res.convert()["results"]["bindings"]) == 50
    assert "50" in res.info()["x-kgraph-truncated"]


def test_server_syntax_error_is_400(server):
    sw = client(server.url)
    sw.setQuery("SELECT WHERE {")
    with pytest.raises(SPARQLWrapperException) as err:
        sw.query()
    assert "syntax" in str(err.value).lower()


def test_server_twenty_concurrent_clients(server):
    def one(i: int) -> list[str]:
        sw = client(server.url, JSON, POST if i % 2 else "GET")
        sw.setQuery(MEMBERS)
        return names_json(sw.query().convert())

    with ThreadPoolExecutor(20) as pool:
        results = list(pool.map(one, range(20)))
    assert results == [["Jin", "Jung Kook", "Suga", "V"]] * 20


def test_server_html_page_escapes_everything(server):
    base = server.url.rsplit("/", 1)[0] + "/"
    q = 'SELECT ?x WHERE { BIND("<script>alert(1)</script>" AS ?x) }'
    with urllib.request.urlopen(base + "?" + urllib.parse.urlencode({"query": q})) as resp:
        html = resp.read().decode()
    assert "<script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<form" in html and "read-only" in html
    data = urllib.parse.urlencode({"query": MEMBERS}).encode()
    with urllib.request.urlopen(urllib.request.Request(base, data=data)) as resp:
        assert "<td>Jung Kook</td>" in resp.read().decode()


def test_server_binds_localhost_by_default(db):
    srv = make_server(path=db, port=0, workers=1)
    try:
        assert srv.server_address[0] == "127.0.0.1"
    finally:
        srv.server_close()


def test_server_cli_serves_until_stopped(db):
    import re
    import subprocess
    import sys
    proc = subprocess.Popen([sys.executable, "-m", "kgraph.cli", "--db", str(db), "serve", "--port", "0",
                             "--workers", "1"], stderr=subprocess.PIPE, text=True)
    try:
        line = proc.stderr.readline()
        m = re.search(r"SPARQL endpoint (http://127\.0\.0\.1:\d+/sparql) \(read-only\)", line)
        assert m, line
        sw = client(m.group(1))
        sw.setQuery(MEMBERS)
        assert names_json(sw.query().convert()) == ["Jin", "Jung Kook", "Suga", "V"]
    finally:
        proc.terminate()
        proc.wait(10)


def test_server_writable_times_out_runaway_query_in_thread(writable):
    srv, _ = writable
    sw = client(srv.url)
    sw.setQuery(SLOW)
    t0 = time.monotonic()
    with pytest.raises(urllib.error.HTTPError) as err:
        sw.query()
    assert err.value.code == 503 and time.monotonic() - t0 < 5
    assert srv.runner.abandoned == 1
