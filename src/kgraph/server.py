"""A SPARQL 1.1 Protocol endpoint over the graph, with a small HTML page to try queries.

``kgraph serve`` (or :func:`serve`) answers ``GET /sparql?query=...`` and ``POST /sparql``
(form-encoded ``query=``/``update=``, or a raw ``application/sparql-query`` /
``application/sparql-update`` body) with the result format the client asks for (``Accept``
or ``format=``): SPARQL JSON, XML, CSV or TSV; N-Triples or Turtle for CONSTRUCT/DESCRIBE.
``GET /`` is an HTML form. The default graph is the union of all graphs, like
``kgraph query``; ``default-graph-uri`` narrows it. The project prefixes (kg:, kgr:, ...)
are predeclared.

Safety: bound to 127.0.0.1 unless told otherwise; read-only unless started writable
(updates get 403); every query has a time limit and every result a row limit.

Time limits: pyoxigraph cannot interrupt a running query. A server over a store on disk
therefore runs queries in worker processes that open the store read-only; a query over its
time limit gets its worker killed (and replaced), so a runaway query costs nothing after
the limit. An in-memory or writable store cannot be shared with other processes: there
queries run in threads, and one over its limit is answered 503 and abandoned (it finishes
in the background). Concurrent clients are served by a thread per connection
(:class:`http.server.ThreadingHTTPServer`); pyoxigraph releases the GIL while it evaluates.
"""
from __future__ import annotations

import json
import multiprocessing
import queue
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from .errors import KGraphError

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 7878
RESULT_TYPES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
}
ACCEPT = [  # (media type, format), first match in the client's order of preference wins
    ("application/sparql-results+json", "json"), ("application/json", "json"),
    ("text/javascript", "json"), ("application/javascript", "json"),
    ("application/sparql-results+xml", "xml"), ("application/xml", "xml"), ("text/xml", "xml"),
    ("text/csv", "csv"), ("text/tab-separated-values", "tsv"),
    ("application/n-triples", "nt"), ("text/turtle", "ttl"), ("text/plain", "nt"),
    ("application/rdf+xml", "xml"), ("text/html", "html"),
]
GRAPH_TYPES = {"nt": ("application/n-triples", ox.RdfFormat.N_TRIPLES),
               "ttl": ("text/turtle", ox.RdfFormat.TURTLE),
               "xml": ("application/rdf+xml", ox.RdfFormat.RDF_XML)}


class Timeout(KGraphError):
    """The query ran past the server's time limit."""


class Busy(KGraphError):
    """Every worker stayed busy for the whole time limit."""


@dataclass
class Outcome:
    """What a query gave: ``kind`` is select, ask or graph."""

    kind: str
    variables: list[str]
    rows: list[Any]
    boolean: bool | None = None
    truncated: bool = False


def evaluate(store: ox.Store, sparql: str, prefixes: dict[str, str], max_rows: int,
             default_graphs: list[str] | None = None) -> Outcome:
    """Run one query on a pyoxigraph store; at most ``max_rows`` rows (or triples)."""
    kwargs: dict[str, Any] = {"prefixes": prefixes}
    if default_graphs:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graphs]
    else:
        kwargs["use_default_graph_as_union"] = True
    res = store.query(sparql, **kwargs)
    if isinstance(res, ox.QueryBoolean):
        return Outcome("ask", [], [], boolean=bool(res))
    rows: list[Any] = []
    truncated = False
    if isinstance(res, ox.QueryTriples):
        for t in res:
            if len(rows) >= max_rows:
                truncated = True
                break
            rows.append(t)
        return Outcome("graph", [], rows, truncated=truncated)
    variables = [v.value for v in res.variables]
    for sol in res:
        if len(rows) >= max_rows:
            truncated = True
            break
        rows.append(tuple(sol[v] for v in variables))
    return Outcome("select", variables, rows, truncated=truncated)


# -- running queries ------------------------------------------------------------------------


class ThreadRunner:
    """Queries in threads over one store (in memory, or writable); abandoned on timeout."""

    def __init__(self, store: ox.Store, prefixes: dict[str, str]) -> None:
        self.store = store
        self.prefixes = prefixes
        self.abandoned = 0

    def query(self, sparql: str, timeout: float, max_rows: int, default_graphs: list[str] | None = None) -> Outcome:
        box: dict[str, Any] = {}

        def work() -> None:
            try:
                box["ok"] = evaluate(self.store, sparql, self.prefixes, max_rows, default_graphs)
            except BaseException as exc:
                box["error"] = exc

        t = threading.Thread(target=work, daemon=True, name="kgraph-sparql")
        t.start()
        t.join(timeout)
        if t.is_alive():
            self.abandoned += 1
            raise Timeout(f"the query did not finish within {timeout:g} s")
        if "error" in box:
            raise box["error"]
        return box["ok"]

    def update(self, sparql: str) -> None:
        self.store.update(sparql, prefixes=self.prefixes)

    def close(self) -> None:
        pass


def _worker_main(path: str, prefixes: dict[str, str], conn: Any) -> None:
    """A worker process: open the store read-only, answer queries until told to stop."""
    try:
        store = ox.Store.read_only(path)
    except OSError as exc:
        conn.send(("fatal", str(exc)))
        return
    conn.send(("ready", None))
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            return
        if msg is None:
            return
        sparql, max_rows, default_graphs = msg
        try:
            conn.send(("ok", evaluate(store, sparql, prefixes, max_rows, default_graphs)))
        except SyntaxError as exc:
            conn.send(("syntax", str(exc)))
        except Exception as exc:  # reported to the client as a 500 with this text
            conn.send(("error", f"{type(exc).__name__}: {exc}"))


class _Worker:
    def __init__(self, ctx: Any, path: str, prefixes: dict[str, str]) -> None:
        self.conn, child = ctx.Pipe()
        self.process = ctx.Process(target=_worker_main, args=(path, prefixes, child), daemon=True)
        self.process.start()
        child.close()
        self.ready = False

    def wait_ready(self, timeout: float = 30) -> None:
        if self.ready:
            return
        if not self.conn.poll(timeout):
            raise KGraphError("a query worker did not start")
        kind, detail = self.conn.recv()
        if kind != "ready":
            raise KGraphError(f"a query worker could not open the store: {detail}")
        self.ready = True

    def kill(self) -> None:
        self.process.kill()
        self.process.join(5)
        self.conn.close()


class ProcessRunner:
    """Queries in ``workers`` processes over a store on disk, opened read-only; a worker
    whose query passes the time limit is killed and replaced."""

    def __init__(self, path: str | Path, prefixes: dict[str, str], workers: int = 4) -> None:
        self.path = str(path)
        self.prefixes = prefixes
        self.ctx = multiprocessing.get_context("spawn")
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.killed = 0
        self._all: set[_Worker] = set()
        self._lock = threading.Lock()
        first = [self._spawn() for _ in range(max(1, workers))]
        for w in first:
            w.wait_ready()
            self.idle.put(w)

    def _spawn(self) -> _Worker:
        w = _Worker(self.ctx, self.path, self.prefixes)
        with self._lock:
            self._all.add(w)
        return w

    def _replace(self, dead: _Worker) -> None:
        with self._lock:
            self._all.discard(dead)
        dead.kill()

        def start() -> None:
            w = self._spawn()
            try:
                w.wait_ready()
            except KGraphError:
                return
            self.idle.put(w)

        threading.Thread(target=start, daemon=True).start()

    def query(self, sparql: str, timeout: float, max_rows: int, default_graphs: list[str] | None = None) -> Outcome:
        started = time.monotonic()
        try:
            worker = self.idle.get(timeout=timeout)
        except queue.Empty:
            raise Busy(f"every query worker stayed busy for {timeout:g} s") from None
        left = max(0.01, timeout - (time.monotonic() - started))
        try:
            worker.conn.send((sparql, max_rows, default_graphs))
            if not worker.conn.poll(left):
                self.killed += 1
                self._replace(worker)
                raise Timeout(f"the query did not finish within {timeout:g} s")
            kind, payload = worker.conn.recv()
        except (EOFError, OSError, BrokenPipeError):
            self._replace(worker)
            raise KGraphError("the query worker died") from None
        self.idle.put(worker)
        if kind == "syntax":
            raise SyntaxError(payload)
        if kind == "error":
            raise KGraphError(payload)
        return payload

    def update(self, sparql: str) -> None:
        raise PermissionError("read-only")

    def close(self) -> None:
        with self._lock:
            workers = list(self._all)
            self._all.clear()
        for w in workers:
            try:
                w.conn.send(None)
            except OSError:
                pass
            w.process.join(1)
            if w.process.is_alive():
                w.kill()


# -- HTTP ---------------------------------------------------------------------------------------


@dataclass
class Settings:
    writable: bool = False
    timeout: float = 10.0
    max_rows: int = 10_000
    max_body: int = 10 * 1024 * 1024


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64

    def __init__(self, address: tuple[str, int], runner: Any, settings: Settings) -> None:
        super().__init__(address, Handler)
        self.runner = runner
        self.settings = settings

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}/sparql"

    def server_close(self) -> None:
        super().server_close()
        self.runner.close()


class Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = "kgraph-sparql/0.1"

    def log_message(self, format: str, *args: Any) -> None:  # quiet unless asked
        if getattr(self.server, "verbose", False):
            super().log_message(format, *args)

    # -- dispatch -------------------------------------------------------------------------
    def do_GET(self) -> None:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path in ("/", "/index.html"):
            return self._page(params.get("query", [""])[0], params)
        if url.path != "/sparql":
            return self._text(HTTPStatus.NOT_FOUND, "not found: the SPARQL endpoint is /sparql\n")
        if "update" in params:
            return self._text(HTTPStatus.BAD_REQUEST, "updates must be sent with POST\n")
        if "query" not in params:
            return self._page("", params)
        self._query(params["query"][0], params)

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        if url.path not in ("/sparql", "/"):
            return self._text(HTTPStatus.NOT_FOUND, "not found: the SPARQL endpoint is /sparql\n")
        length = int(self.headers.get("Content-Length") or 0)
        if length > self.server.settings.max_body:
            return self._text(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request body too large\n")
        body = self.rfile.read(length).decode("utf-8", "replace")
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if ctype == "application/x-www-form-urlencoded":
            params.update(parse_qs(body, keep_blank_values=True))
        elif ctype == "application/sparql-query":
            params["query"] = [body]
        elif ctype == "application/sparql-update":
            params["update"] = [body]
        else:
            return self._text(HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
                              "send application/x-www-form-urlencoded, application/sparql-query "
                              "or application/sparql-update\n")
        if "update" in params:
            return self._update(params["update"][0])
        if "query" not in params:
            return self._text(HTTPStatus.BAD_REQUEST, "no query= or update= in the request\n")
        if url.path == "/":
            return self._page(params["query"][0], params)
        self._query(params["query"][0], params)

    # -- queries ----------------------------------------------------------------------------
    def _run(self, sparql: str, params: dict[str, list[str]]) -> Outcome:
        s = self.server.settings
        graphs = params.get("default-graph-uri") or None
        return self.server.runner.query(sparql, s.timeout, s.max_rows, graphs)

    def _query(self, sparql: str, params: dict[str, list[str]]) -> None:
        try:
            outcome = self._run(sparql, params)
        except SyntaxError as exc:
            return self._text(HTTPStatus.BAD_REQUEST, f"SPARQL syntax error: {exc}\n")
        except (Timeout, Busy) as exc:
            return self._text(HTTPStatus.SERVICE_UNAVAILABLE, f"{exc}\n")
        except (KGraphError, OSError, ValueError) as exc:
            return self._text(HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {exc}\n")
        fmt = self._format(params, outcome.kind)
        if fmt == "html":
            return self._page(sparql, params, outcome)
        if outcome.kind == "graph":
            media, rdf_format = GRAPH_TYPES.get(fmt, GRAPH_TYPES["nt"])
            body = ox.serialize(outcome.rows, format=rdf_format) if outcome.rows else b""
            return self._send(HTTPStatus.OK, media, body, outcome.truncated)
        if fmt not in RESULT_TYPES:
            fmt = "json"
        body = render(outcome, fmt).encode("utf-8")
        self._send(HTTPStatus.OK, RESULT_TYPES[fmt] + ("; charset=utf-8" if fmt in ("csv", "tsv") else ""),
                   body, outcome.truncated)

    def _update(self, sparql: str) -> None:
        if not self.server.settings.writable:
            return self._text(HTTPStatus.FORBIDDEN,
                              "this endpoint is read-only: start it with 'kgraph serve --writable' to allow updates\n")
        try:
            self.server.runner.update(sparql)
        except SyntaxError as exc:
            return self._text(HTTPStatus.BAD_REQUEST, f"SPARQL syntax error: {exc}\n")
        except (OSError, ValueError) as exc:
            return self._text(HTTPStatus.INTERNAL_SERVER_ERROR, f"update failed: {exc}\n")
        self._send(HTTPStatus.NO_CONTENT, "text/plain", b"")

    def _format(self, params: dict[str, list[str]], kind: str) -> str:
        """``format=``/``output=`` first, then the Accept header in the client's order."""
        for key in ("format", "output", "results"):
            for value in params.get(key, []):
                v = value.lower()
                for media, fmt in ACCEPT:
                    if v == media:
                        return fmt
                if v in RESULT_TYPES or v in GRAPH_TYPES or v == "html":
                    return v
                if v in ("turtle", "ntriples", "n-triples"):
                    return "ttl" if v == "turtle" else "nt"
        usable = set(GRAPH_TYPES) if kind == "graph" else set(RESULT_TYPES)
        usable.add("html")
        accepted = []
        for i, part in enumerate((self.headers.get("Accept") or "").split(",")):
            bits = [b.strip() for b in part.split(";")]
            q = 1.0
            for b in bits[1:]:
                if b.startswith("q="):
                    try:
                        q = float(b[2:])
                    except ValueError:
                        q = 0.0
            accepted.append((-q, i, bits[0].lower()))
        media_formats = dict(reversed(ACCEPT))
        for _, _, media in sorted(accepted):
            fmt = media_formats.get(media)
            if fmt in usable:
                return fmt
        return "nt" if kind == "graph" else "json"

    # -- responses --------------------------------------------------------------------------
    def _send(self, status: HTTPStatus, media: str, body: bytes, truncated: bool = False) -> None:
        self.send_response(status)
        self.send_header("Content-Type", media)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        if truncated:
            self.send_header("X-KGraph-Truncated", f"results cut at {self.server.settings.max_rows} rows")
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def _text(self, status: HTTPStatus, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", message.encode("utf-8"))

    def _page(self, sparql: str, params: dict[str, list[str]], outcome: Outcome | None = None) -> None:
        error = ""
        if sparql and outcome is None:
            try:
                outcome = self._run(sparql, params)
            except SyntaxError as exc:
                error = f"SPARQL syntax error: {exc}"
            except (Timeout, Busy, KGraphError, OSError, ValueError) as exc:
                error = str(exc)
        body = page(sparql or EXAMPLE, outcome, error, self.server.settings).encode("utf-8")
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.end_headers()
        self.wfile.write(body)


def render(outcome: Outcome, fmt: str) -> str:
    """SPARQL 1.1 results in JSON, XML, CSV or TSV."""
    from .query import Result, format_result, to_python
    if outcome.kind == "ask":
        res = Result([], [], [], boolean=outcome.boolean)
    else:
        terms = [dict(zip(outcome.variables, row)) for row in outcome.rows]
        rows = [{k: to_python(v) for k, v in t.items()} for t in terms]
        res = Result(outcome.variables, rows, terms)
    if fmt == "json":
        return format_result(res, "sparql-json")
    if fmt == "xml":
        return format_result(res, "sparql-xml")
    return _delimited(res, fmt)


def _delimited(res: Any, fmt: str) -> str:
    """SPARQL 1.1 CSV (plain values) and TSV (terms in Turtle form) results."""
    import csv
    import io
    if res.boolean is not None:
        return ("_askResult\r\n" if fmt == "csv" else "?_askResult\n") + ("true" if res.boolean else "false") + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\r\n")
        w.writerow(res.variables)
        for t in res.terms:
            w.writerow(["" if t.get(v) is None else (t[v].value if not isinstance(t[v], ox.BlankNode)
                                                      else "_:" + t[v].value) for v in res.variables])
        return buf.getvalue()
    lines = ["\t".join("?" + v for v in res.variables)]
    for t in res.terms:
        lines.append("\t".join("" if t.get(v) is None else str(t[v]) for v in res.variables))
    return "\n".join(lines) + "\n"


EXAMPLE = """SELECT ?song ?title WHERE {
  ?song a kg:Song ; rdfs:label ?title .
} LIMIT 20"""


def page(sparql: str, outcome: Outcome | None, error: str, settings: Settings) -> str:
    """The query page: a form, and the results as a table. Everything shown is escaped."""
    from .query import _short
    rows_html = ""
    if error:
        rows_html = f'<p class="error">{escape(error)}</p>'
    elif outcome is not None:
        if outcome.kind == "ask":
            rows_html = f"<p>{'yes' if outcome.boolean else 'no'}</p>"
        else:
            cols = outcome.variables if outcome.kind == "select" else ["subject", "predicate", "object"]
            data = outcome.rows if outcome.kind == "select" else [(t.subject, t.predicate, t.object)
                                                                  for t in outcome.rows]
            head = "".join(f"<th>{escape(c)}</th>" for c in cols)
            body = "".join("<tr>" + "".join(f"<td>{escape(_short(_show(v)))}</td>" for v in row) + "</tr>"
                           for row in data)
            note = f" (cut at {settings.max_rows})" if outcome.truncated else ""
            rows_html = (f"<p>{len(data)} rows{escape(note)}</p>"
                         f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
    mode = "read-write" if settings.writable else "read-only"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>kgraph SPARQL</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2em; }}
textarea {{ width: 100%; height: 12em; font-family: monospace; }}
table {{ border-collapse: collapse; margin-top: 1em; }}
td, th {{ border: 1px solid #ccc; padding: .2em .5em; text-align: left; font-size: 90%; }}
.error {{ color: #a00; white-space: pre-wrap; }}
</style></head><body>
<h1>kgraph SPARQL endpoint</h1>
<p>{escape(mode)}; queries stop after {settings.timeout:g} s and {settings.max_rows} rows; prefixes
kg:, kgr:, rdfs:, skos:, schema:, prov: are declared; the default graph is the union of all graphs.
Clients: <code>/sparql</code> (SPARQL 1.1 Protocol).</p>
<form method="post" action="/"><textarea name="query">{escape(sparql)}</textarea>
<p><button type="submit">Run</button></p></form>
{rows_html}
</body></html>"""


def _show(term: Any) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return term.value


def make_server(store: Any = None, *, path: str | Path | None = None, host: str = DEFAULT_HOST,
                port: int = DEFAULT_PORT, writable: bool = False, timeout: float = 10.0,
                max_rows: int = 10_000, workers: int = 4) -> SparqlServer:
    """A server (not yet serving). Give ``path`` of a store on disk to run queries in worker
    processes (read-only only), or ``store`` (a :class:`~kgraph.store.Store` or a
    pyoxigraph store) to run them in threads."""
    from .vocab import PREFIXES
    settings = Settings(writable=writable, timeout=timeout, max_rows=max_rows)
    if path is not None and not writable:
        runner: Any = ProcessRunner(path, dict(PREFIXES), workers=workers)
    else:
        if store is None:
            if path is None:
                raise KGraphError("give a store or the path of one")
            from .store import Store
            store = Store(path)
        oxs = getattr(store, "ox", store)
        runner = ThreadRunner(oxs, dict(PREFIXES))
    try:
        return SparqlServer((host, port), runner, settings)
    except OSError as exc:
        runner.close()
        raise KGraphError(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from None


def serve_in_thread(server: SparqlServer) -> threading.Thread:
    """Serve in a daemon thread (for tests and notebooks); stop with ``server.shutdown()``."""
    t = threading.Thread(target=server.serve_forever, daemon=True, name="kgraph-sparql-server")
    t.start()
    return t


__all__ = ["make_server", "serve_in_thread", "SparqlServer", "Settings", "render", "evaluate"]
