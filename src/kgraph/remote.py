"""Remote SPARQL 1.1 stores: push the graph, run the stored queries there.

Works with any server that speaks the SPARQL 1.1 Protocol: Oxigraph server, Apache Jena
Fuseki, Virtuoso, GraphDB, Amazon Neptune. :class:`RemoteStore` has the read side of
:class:`~kgraph.store.Store` (``query(sparql, bindings)``), so :func:`kgraph.query.run` and
:func:`kgraph.query.resolve_entity` run unchanged against it: parameters are bound by the
same ``VALUES`` block, and the PREFIX lines the project predeclares locally are added.

The stored queries expect the default graph to be the union of the named graphs, as it is
by default in Virtuoso, GraphDB and Neptune; start Oxigraph with ``--union-default-graph``
and configure Fuseki with ``tdb2:unionDefaultGraph true``.

:func:`push` sends each named graph with ``DROP SILENT GRAPH`` then ``INSERT DATA`` in
batches (SPARQL 1.1 Update), so pushing twice leaves one copy of every graph.
"""
from __future__ import annotations

import base64
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

import pyoxigraph as ox

from .errors import KGraphError, QueryError
from .store import Store, bind

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


class RemoteError(KGraphError):
    """The remote endpoint could not be reached or refused the request."""


@dataclass
class RemoteSolutions:
    """SELECT results from an endpoint, shaped like pyoxigraph's QuerySolutions."""

    variables: list[ox.Variable]
    rows: list[dict[str, Any]]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        return iter(self.rows)


@dataclass
class RemoteStore:
    """A SPARQL endpoint: ``query_url`` for queries, ``update_url`` for updates (by default
    query URL with a final ``/query`` replaced by ``/update``, as Oxigraph and Fuseki name
    them; any other URL is used for both, as Virtuoso and Neptune do; GraphDB takes updates
    at ``.../repositories/NAME/statements``).
    Authentication: ``user``/``password`` (HTTP Basic) or ``token`` (Bearer)."""

    query_url: str
    update_url: str | None = None
    user: str | None = None
    password: str | None = None
    token: str | None = None
    timeout: float | None = 60.0
    headers: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.query_url.startswith(("http://", "https://")):
            raise RemoteError(f"endpoint {self.query_url!r} is not an http(s) URL")
        if self.update_url is None:
            self.update_url = default_update_url(self.query_url)

    # -- read ----------------------------------------------------------------------------
    def query(self, sparql: str, bindings: dict[str, Any] | None = None, **_: Any) -> Any:
        """Run a query remotely: a bool for ASK, triples for CONSTRUCT, else solutions whose
        values are pyoxigraph terms."""
        from .query import with_prefixes
        text = with_prefixes(bind(sparql, bindings))
        sw = self._wrapper(self.query_url)
        sw.setQuery(text)
        sw.setMethod("POST")
        kind = sw.queryType
        if kind in ("CONSTRUCT", "DESCRIBE"):
            sw.setReturnFormat("turtle")
            raw = self._call(sw).response.read()
            return _Triples(list(ox.parse(raw, format=ox.RdfFormat.TURTLE)))
        sw.setReturnFormat("json")
        doc = self._call(sw).convert()
        if "boolean" in doc:
            return bool(doc["boolean"])
        names = doc.get("head", {}).get("vars", [])
        rows = [{v: term_from_json(b.get(v)) for v in names} for b in doc.get("results", {}).get("bindings", [])]
        return RemoteSolutions([ox.Variable(v) for v in names], rows)

    # -- write ---------------------------------------------------------------------------
    def update(self, sparql: str) -> None:
        from .query import with_prefixes
        sw = self._wrapper(self.update_url or self.query_url)
        sw.setMethod("POST")
        sw.setQuery(with_prefixes(sparql))
        if not sw.isSparqlUpdateRequest():
            raise QueryError("not a SPARQL update")
        self._call(sw)

    # -- plumbing --------------------------------------------------------------------------
    def _wrapper(self, url: str) -> Any:
        from SPARQLWrapper import SPARQLWrapper
        sw = SPARQLWrapper(url)
        if self.timeout:
            sw.setTimeout(int(max(1, self.timeout)))
        if self.user is not None:
            token = base64.b64encode(f"{self.user}:{self.password or ''}".encode()).decode()
            sw.addCustomHttpHeader("Authorization", f"Basic {token}")
        elif self.token:
            sw.addCustomHttpHeader("Authorization", f"Bearer {self.token}")
        for k, v in self.headers.items():
            sw.addCustomHttpHeader(k, v)
        return sw

    def _call(self, sw: Any) -> Any:
        import socket
        import urllib.error
        from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException, Unauthorized
        try:
            return sw.query()
        except Unauthorized:
            raise RemoteError(f"{sw.endpoint}: HTTP 401, not allowed: check --user/--password or --token") from None
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip()[:300]
            if exc.code in (401, 403):
                raise RemoteError(f"{sw.endpoint}: HTTP {exc.code}, not allowed ({detail or exc.reason}); "
                                  f"check --user/--password or --token") from None
            raise RemoteError(f"{sw.endpoint}: HTTP {exc.code} {detail or exc.reason}") from None
        except SPARQLWrapperException as exc:
            msg = str(exc).strip().splitlines()
            raise RemoteError(f"{sw.endpoint}: {' '.join(m.strip() for m in msg)[:400]}") from None
        except (urllib.error.URLError, socket.timeout, TimeoutError, ConnectionError) as exc:
            reason = getattr(exc, "reason", exc)
            raise RemoteError(f"{sw.endpoint}: cannot reach the endpoint ({reason})") from None

    def __repr__(self) -> str:
        return f"<RemoteStore {self.query_url}>"


class _Triples(list):
    is_graph = True


def default_update_url(query_url: str) -> str:
    """``.../query`` -> ``.../update`` (Oxigraph, Fuseki); any other URL serves both."""
    stripped = query_url.rstrip("/")
    if stripped.endswith("/query"):
        return stripped[: -len("/query")] + "/update"
    return query_url


def term_from_json(b: dict[str, str] | None) -> Any:
    """A SPARQL 1.1 JSON results binding to a pyoxigraph term."""
    if b is None:
        return None
    kind, value = b.get("type"), b.get("value", "")
    if kind == "uri":
        return ox.NamedNode(value)
    if kind == "bnode":
        return ox.BlankNode(value)
    if "xml:lang" in b:
        return ox.Literal(value, language=b["xml:lang"])
    dt = b.get("datatype")
    if dt and dt != XSD_STRING:
        return ox.Literal(value, datatype=ox.NamedNode(dt))
    return ox.Literal(value)


@dataclass
class PushReport:
    graphs: int = 0
    triples: int = 0
    requests: int = 0
    names: list[str] = field(default_factory=list)

    def summary(self) -> str:
        return f"pushed {self.graphs} graphs, {self.triples} triples in {self.requests} requests"


def push(store: Store, remote: RemoteStore, graphs: Iterable[str] | None = None, batch: int = 5000,
         progress: Any = None) -> PushReport:
    """Send each named graph (all by default) to ``remote``, replacing its copy there:
    ``DROP SILENT GRAPH`` and the first batch in one request, further batches appended."""
    report = PushReport()
    names = list(graphs) if graphs is not None else store.graphs()
    for g in names:
        node = ox.NamedNode(g)
        triples = [f"{q.subject} {q.predicate} {q.object} ." for q in store.quads(node)]
        first = True
        for start in range(0, max(len(triples), 1), batch):
            chunk = "\n".join(triples[start:start + batch])
            body = f"INSERT DATA {{ GRAPH {node} {{\n{chunk}\n}} }}" if chunk else ""
            if first:
                text = f"DROP SILENT GRAPH {node}" + (f" ;\n{body}" if body else "")
                first = False
            else:
                text = body
            if text:
                remote.update(text)
                report.requests += 1
        report.graphs += 1
        report.triples += len(triples)
        report.names.append(g)
        if progress:
            progress(g, len(triples))
    return report


def remote_graphs(remote: RemoteStore) -> dict[str, int]:
    """Triple count per named graph on the endpoint."""
    res = remote.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    if not isinstance(res, RemoteSolutions):
        raise QueryError("unexpected answer to a graph count")
    return {r["g"].value: int(r["n"].value) for r in res}


__all__ = ["RemoteStore", "RemoteError", "push", "PushReport", "remote_graphs", "term_from_json"]
