"""Push to and query a real Oxigraph server through the SPARQL 1.1 Protocol."""
from __future__ import annotations

import gc
import json
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest

from kgraph.query import _cell, library, run
from kgraph.remote import RemoteError, RemoteStore, push, remote_graphs

from . import querygraph

pytestmark = pytest.mark.server

OXIGRAPH = Path(sys.executable).parent / "oxigraph"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory):
    exe = OXIGRAPH if OXIGRAPH.exists() else shutil.which("oxigraph")
    if not exe:
        pytest.skip("the oxigraph server (PyPI package oxigraph) is not installed")
    port = free_port()
    proc = subprocess.Popen([str(exe), "serve", "--location", str(tmp_path_factory.mktemp("oxi")),
                             "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base + "/query?query=ASK%7B%7D", timeout=1).read()
            break
        except OSError:
            if proc.poll() is not None:
                pytest.fail(f"oxigraph exited: {proc.stderr.read().decode()[:500]}")
            time.sleep(0.1)
    yield base
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


@pytest.fixture(scope="module")
def kg():
    return querygraph.build()


@pytest.fixture(scope="module")
def pushed(oxigraph, kg):
    remote = RemoteStore(oxigraph + "/query")
    report = push(kg.store, remote, batch=200)
    return remote, report


def as_text(result):
    return [{k: _cell(v) for k, v in r.items()} for r in result.rows]


def test_remote_update_url_follows_query_url():
    assert RemoteStore("http://h:7878/query").update_url == "http://h:7878/update"
    assert RemoteStore("http://h/sparql").update_url == "http://h/sparql"
    with pytest.raises(RemoteError, match="not an http"):
        RemoteStore("ftp://h/sparql")


def test_remote_push_sends_every_graph(pushed, kg):
    remote, report = pushed
    assert report.graphs == len(kg.store.graphs())
    counts = remote_graphs(remote)
    for g in kg.store.graphs():
        assert counts.get(g, 0) == kg.store.count(g), g


def test_remote_push_twice_leaves_one_copy(pushed, kg):
    remote, _ = pushed
    before = remote_graphs(remote)
    push(kg.store, remote, batch=50)
    assert remote_graphs(remote) == before


@pytest.mark.parametrize("name", sorted(library()))
def test_remote_stored_queries_equal_local(pushed, kg, name):
    remote, _ = pushed
    local = run(kg.store, name)
    there = run(remote, name)
    assert there.variables == local.variables
    key = lambda r: json.dumps(r, sort_keys=True)  # noqa: E731 - order of ties may differ
    assert sorted(as_text(there), key=key) == sorted(as_text(local), key=key)
    assert local.rows, f"{name} answers nothing locally: the comparison would be empty"


def test_remote_alias_resolution_and_ask(pushed):
    remote, _ = pushed
    res = run(remote, "featured_before_enlistment", {"artist": "Taehyung"})
    assert res.column("title") == ["Love wins all"]
    assert run(remote, "ASK { ?s a kg:Song }").boolean is True


def test_remote_cli_query_and_push(oxigraph, tmp_path):
    db = tmp_path / "kg"
    querygraph.build(str(db)).close()
    gc.collect()
    cli = [sys.executable, "-m", "kgraph.cli", "--db", str(db)]
    res = subprocess.run(cli + ["push", "--endpoint", oxigraph + "/query"], capture_output=True, text=True,
                         timeout=120)
    assert res.returncode == 0, res.stderr
    assert res.stdout.startswith("pushed ")
    res = subprocess.run(cli + ["query", "group_members", "-p", "group", "Bangtan Boys", "--format", "csv",
                                "--endpoint", oxigraph + "/query"], capture_output=True, text=True, timeout=60)
    assert res.returncode == 0, res.stderr
    assert res.stdout.splitlines()[1:] == [
        "https://w3id.org/kgraph/resource/artist/jin,Jin,current",
        "https://w3id.org/kgraph/resource/artist/jung-kook,Jung Kook,current",
        "https://w3id.org/kgraph/resource/artist/suga,Suga,current",
        "https://w3id.org/kgraph/resource/artist/v,V,current"]


def test_remote_unreachable_endpoint_is_a_clear_error():
    remote = RemoteStore(f"http://127.0.0.1:{free_port()}/query", timeout=2)
    with pytest.raises(RemoteError, match="cannot reach the endpoint"):
        remote.query("ASK {}")


class _Recorder(BaseHTTPRequestHandler):
    seen: list = []

    def do_POST(self):
        self.seen.append(dict(self.headers))
        self.rfile.read(int(self.headers.get("Content-Length") or 0))
        status = 401 if "Basic" in (self.headers.get("Authorization") or "") and "wrong" in self.path else 200
        body = b'{"head": {}, "boolean": true}'
        self.send_response(status)
        self.send_header("Content-Type", "application/sparql-results+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def test_remote_sends_credentials():
    srv = HTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{srv.server_address[1]}"
    try:
        assert RemoteStore(url + "/sparql", user="ann", password="s3cret").query("ASK {}") is True
        assert _Recorder.seen[-1]["Authorization"] == "Basic YW5uOnMzY3JldA=="
        assert RemoteStore(url + "/sparql", token="tok").query("ASK {}") is True
        assert _Recorder.seen[-1]["Authorization"] == "Bearer tok"
        with pytest.raises(RemoteError, match="HTTP 401, not allowed"):
            RemoteStore(url + "/wrong", user="ann", password="x").query("ASK {}")
    finally:
        srv.shutdown()
        srv.server_close()
