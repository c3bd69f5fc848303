"""Stored queries: ``queries/*.rq`` with a header, parameters bound as RDF terms.

A query file starts with comment lines::

    # title: Songs an artist featured on before their enlistment
    # question: Which songs did ARTIST feature on before their enlistment?
    # param: artist entity V
    # example: song=Love wins all

``param: NAME KIND DEFAULT`` declares ``?NAME``; KIND is ``entity`` (a name or IRI, resolved
through labels and aliases; ``entity:Song`` prefers entities of the class ``kg:Song``),
``date``, ``string``, ``int`` or ``choice:a,b,c`` (one of the listed words). A parameter
without a DEFAULT is optional: left out, its variable stays unbound (queries test it with
``BOUND``). Each ``example:`` line is one row the query returns on the test graph, as
``column=value`` pairs separated by `` | ``.

Values reach the query as a ``VALUES`` block of RDF terms (:func:`kgraph.store.bind`), never
through string splicing, so the same bound text runs on the embedded store or a remote
SPARQL endpoint.
"""
from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .errors import QueryError
from .store import ROOT, Store, bind
from .vocab import KG_URI

QUERIES_DIR = ROOT / "queries"
XSD = "http://www.w3.org/2001/XMLSchema#"
PARAM_KINDS = ("entity", "date", "string", "int", "choice")


@dataclass
class Param:
    name: str
    kind: str
    default: str | None = None
    cls: str | None = None
    """For ``entity:Class``: the preferred class (local name in kg:)."""
    choices: tuple[str, ...] = ()
    """For ``choice:a,b,c``: the allowed values."""

    @classmethod
    def parse(cls, text: str, where: str) -> "Param":
        parts = text.split(None, 2)
        kind, _, arg = parts[1].partition(":") if len(parts) > 1 else ("", "", "")
        if len(parts) < 2 or kind not in PARAM_KINDS or (kind == "choice" and not arg) \
                or (arg and kind not in ("entity", "choice")):
            raise QueryError(f"{where}: bad param line {text!r} (expected: NAME KIND [DEFAULT], KIND one of "
                             f"entity, entity:Class, date, string, int, choice:a,b,c)")
        if not parts[0].isidentifier():
            raise QueryError(f"{where}: bad parameter name {parts[0]!r}")
        p = cls(parts[0], kind, parts[2] if len(parts) > 2 else None)
        if kind == "entity" and arg:
            p.cls = arg
        if kind == "choice":
            p.choices = tuple(c.strip() for c in arg.split(",") if c.strip())
        return p

    def describe(self) -> str:
        kind = f"entity:{self.cls}" if self.cls else ("|".join(self.choices) if self.choices else self.kind)
        return f"{self.name} ({kind}" + (f", default {self.default})" if self.default else ", optional)")


@dataclass
class StoredQuery:
    name: str
    path: Path
    sparql: str
    title: str = ""
    question: str = ""
    params: list[Param] = field(default_factory=list)
    example: list[str] = field(default_factory=list)

    @classmethod
    def from_file(cls, path: Path) -> "StoredQuery":
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(f"{path}: cannot read ({exc.strerror})") from None
        q = cls(name=path.stem, path=path, sparql=text)
        for line in text.splitlines():
            m = re.match(r"#\s*(\w+):\s*(.*)$", line.strip())
            if not line.strip().startswith("#"):
                if line.strip():
                    break
                continue
            if not m:
                continue
            key, value = m.group(1).lower(), m.group(2).strip()
            if key == "title":
                q.title = value
            elif key == "question":
                q.question = value
            elif key == "example":
                q.example.append(value)
            elif key == "param":
                q.params.append(Param.parse(value, str(path)))
        return q

    def expected_rows(self) -> list[dict[str, str]]:
        """The ``example:`` lines as rows (column -> value as text)."""
        rows = []
        for line in self.example:
            row = {}
            for pair in line.split(" | "):
                k, sep, v = pair.partition("=")
                if sep:
                    row[k.strip()] = v.strip()
            rows.append(row)
        return rows

    def usage(self) -> str:
        params = " ".join(f"-p {p.name} {p.default or '...'}" for p in self.params)
        return f"kgraph query {self.name}" + (f" {params}" if params else "")


def library(folder: Path = QUERIES_DIR) -> dict[str, StoredQuery]:
    """Every stored query by name."""
    return {p.stem: StoredQuery.from_file(p) for p in sorted(folder.glob("*.rq"))}


def find_query(name_or_path: str, folder: Path = QUERIES_DIR) -> StoredQuery:
    path = Path(name_or_path)
    if path.suffix == ".rq" and path.exists():
        return StoredQuery.from_file(path)
    candidate = folder / f"{name_or_path}.rq"
    if candidate.exists():
        return StoredQuery.from_file(candidate)
    known = ", ".join(sorted(library(folder))) or "none"
    raise QueryError(f"no stored query named {name_or_path!r}; known: {known}")


_RESOLVE = """
    SELECT ?e (MIN(?rank) AS ?r) (MAX(?typed) AS ?t) (COUNT(?x) AS ?n) WHERE {
      VALUES (?lp ?rank) { (rdfs:label 0) (skos:prefLabel 0) (skos:altLabel 1) (kg:birthName 1)
                           (kg:hangulName 1) }
      %s
      BIND(?e AS ?x)
      FILTER NOT EXISTS { ?e a kg:Event }
      BIND(IF(BOUND(?cls) && EXISTS { ?e a ?cls }, 1, 0) AS ?typed)
      OPTIONAL { VALUES (?c ?cr) { %s } ?e a ?c }
      BIND(IF(STRSTARTS(STR(?e), STR(kgr:)), 0, 1) AS ?foreign)
    } GROUP BY ?e ORDER BY MAX(?foreign) DESC(?t) ?r MIN(COALESCE(?cr, 99)) DESC(?n) ?e LIMIT 5"""

CLASS_PRIORITY = ("Artist", "Group", "Song", "Album", "Agency", "Director", "Person", "MusicVideo")
"""Ties between entities of the same name go to the first class here: a song and its music
video share a title, and a bare title means the song."""


def resolve_entity(store: Any, name: str, cls: str | None = None) -> ox.NamedNode:
    """An IRI for a name: exact label first, then any alias, case- and accent-insensitive;
    the project's own IRIs (kgr:) before others that share the name through owl:sameAs.
    With ``cls`` (a kg: class name such as ``Song``) entities of that class win over others
    of the same name (a song and its music video share a title)."""
    name = name.strip()
    if re.match(r"^(https?|urn):", name):
        return ox.NamedNode(name)
    if not name:
        raise QueryError("an empty name names no entity")
    bindings: dict[str, Any] = {"name": ox.Literal(name)}
    if cls:
        bindings["cls"] = ox.NamedNode(KG_URI + cls)
    # an exact literal is an index lookup; the case-insensitive scan is the fallback
    priority = " ".join(f"(kg:{c} {i})" for i, c in enumerate(CLASS_PRIORITY))
    exact = _RESOLVE % ("?e ?lp ?name .", priority)
    folded_match = _RESOLVE % ("?e ?lp ?l . FILTER(LCASE(STR(?l)) = LCASE(STR(?name)))", priority)
    rows = list(store.query(exact, bindings))
    if not rows:
        rows = list(store.query(folded_match, bindings))
    if not rows:
        folded = _fold(name)
        if folded != name.lower():
            rows = list(store.query(folded_match, {**bindings, "name": ox.Literal(folded)}))
    rows = [r for r in rows if r["e"] is not None]
    if not rows:
        raise QueryError(f"no entity named {name!r} in the graph")
    return rows[0]["e"]


def _fold(s: str) -> str:
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def bind_params(store: Store, query: StoredQuery, values: dict[str, Any]) -> dict[str, Any]:
    """Python values (or strings from the command line) to RDF terms, per the header."""
    declared = {p.name: p for p in query.params}
    unknown = set(values) - set(declared)
    if unknown:
        raise QueryError(f"query {query.name!r} has no parameter {', '.join(sorted(unknown))}; "
                         f"it takes: {', '.join(declared) or 'none'}")
    out: dict[str, Any] = {}
    for p in query.params:
        raw = values.get(p.name, p.default)
        if raw is None:
            continue
        out[p.name] = to_term(store, p, raw)
    return out


def to_term(store: Any, param: Param, raw: Any) -> Any:
    if isinstance(raw, (ox.NamedNode, ox.Literal)):
        return raw
    if param.kind == "entity":
        return resolve_entity(store, str(raw), param.cls)
    if param.kind == "choice":
        value = str(raw).strip().lower()
        if value not in param.choices:
            raise QueryError(f"parameter {param.name}: {raw!r} is not one of {', '.join(param.choices)}")
        return ox.Literal(value)
    if param.kind == "date":
        text = raw.isoformat() if isinstance(raw, date) else str(raw)
        try:
            date.fromisoformat(text)
        except ValueError:
            raise QueryError(f"parameter {param.name}: {text!r} is not a date (YYYY-MM-DD)") from None
        return ox.Literal(text, datatype=ox.NamedNode(XSD + "date"))
    if param.kind == "int":
        try:
            return ox.Literal(str(int(raw)), datatype=ox.NamedNode(XSD + "integer"))
        except ValueError:
            raise QueryError(f"parameter {param.name}: {raw!r} is not an integer") from None
    return ox.Literal(str(raw))


def to_python(term: Any) -> Any:
    """RDF term to a Python value: IRIs as str, dates as datetime.date, numbers as numbers."""
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    if isinstance(term, ox.Literal):
        dt = term.datatype.value if term.datatype else ""
        v = term.value
        try:
            if dt == XSD + "date":
                return date.fromisoformat(v)
            if dt in (XSD + "integer", XSD + "int", XSD + "long"):
                return int(v)
            if dt in (XSD + "double", XSD + "decimal", XSD + "float"):
                return float(v)
            if dt == XSD + "boolean":
                return v == "true"
        except ValueError:
            return v
        return v
    return str(term)


class Result:
    """Rows of a SELECT (or the boolean of an ASK), as dicts of Python values."""

    def __init__(self, variables: list[str], rows: list[dict[str, Any]], terms: list[dict[str, Any]],
                 sparql: str = "", boolean: bool | None = None, name: str = "") -> None:
        self.name = name
        """The stored query's name (``<inline>`` for SPARQL text)."""
        self.variables = variables
        self.rows = rows
        self.terms = terms
        self.sparql = sparql
        """The SPARQL text that ran, parameters bound."""
        self.boolean = boolean

    def __iter__(self):
        return iter(self.rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, i: int) -> dict[str, Any]:
        return self.rows[i]

    def column(self, name: str) -> list[Any]:
        return [r.get(name) for r in self.rows]

    def to_dataframe(self):  # pragma: no cover - optional dependency
        try:
            import pandas as pd
        except ImportError:
            raise QueryError("to_dataframe() needs pandas: pip install pandas") from None
        return pd.DataFrame(self.rows, columns=self.variables)

    def __bool__(self) -> bool:
        return bool(self.rows) if self.boolean is None else self.boolean

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Result):
            return (self.variables, self.rows, self.boolean) == (other.variables, other.rows, other.boolean)
        if isinstance(other, list):
            return self.rows == other
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        if self.boolean is not None:
            return f"<Result {self.name or 'ASK'}: {'yes' if self.boolean else 'no'}>"
        more = f" (first 10 of {len(self.rows)})" if len(self.rows) > 10 else ""
        head = f"<Result {self.name + ': ' if self.name else ''}{len(self.rows)} rows{more}>"
        return head + "\n" + format_table(self, limit=10)

    def _repr_html_(self) -> str:
        from html import escape
        head = "".join(f"<th>{escape(v)}</th>" for v in self.variables)
        body = "".join("<tr>" + "".join(f"<td>{escape(_cell(r.get(v)))}</td>" for v in self.variables) + "</tr>"
                       for r in self.rows[:100])
        return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


class QueryTimeout(QueryError):
    """A query ran longer than its time limit."""


def prepare(store: Any, query: str | StoredQuery, params: dict[str, Any] | None = None
            ) -> tuple[StoredQuery, dict[str, Any]]:
    """The stored query (or inline SPARQL) and its parameters as RDF terms."""
    if isinstance(query, StoredQuery):
        return query, bind_params(store, query, params or {})
    if "{" in query:
        sq = StoredQuery(name="<inline>", path=Path("<inline>"), sparql=query)
        bindings = {k: to_term(store, Param(k, "date" if isinstance(v, date) else
                                           "int" if isinstance(v, int) and not isinstance(v, bool) else "string"), v)
                    for k, v in (params or {}).items()}
        return sq, bindings
    sq = find_query(query)
    return sq, bind_params(store, sq, params or {})


def run(store: Any, query: str | StoredQuery, params: dict[str, Any] | None = None,
        limit: int | None = None, timeout: float | None = None) -> Result:
    """Run a stored query (name, path or StoredQuery) or SPARQL text with parameters.

    ``store`` is a :class:`~kgraph.store.Store` or a :class:`~kgraph.remote.RemoteStore`.
    ``timeout`` (seconds): pyoxigraph cannot interrupt a query, so the query runs in a
    daemon worker thread and is abandoned when the time is up (:class:`QueryTimeout`); the
    thread finishes in the background. The CLI exits right after, which ends it; the
    server runs queries in worker processes that it kills instead (:mod:`kgraph.server`).
    """
    sq, bindings = prepare(store, query, params)
    text = bind(sq.sparql, bindings)
    if timeout is None:
        return _evaluate(store, sq, text, limit)
    import threading
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["result"] = _evaluate(store, sq, text, limit)
        except BaseException as exc:  # handed to the caller's thread
            box["error"] = exc

    worker = threading.Thread(target=work, name=f"kgraph-query-{sq.name}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise QueryTimeout(f"query {sq.name!r} did not finish within {timeout:g} s")
    if "error" in box:
        raise box["error"]
    return box["result"]


def _evaluate(store: Any, sq: StoredQuery, text: str, limit: int | None) -> Result:
    try:
        res = store.query(text)
    except SyntaxError as exc:
        raise QueryError(f"{sq.path}: SPARQL syntax error: {exc}") from None
    if isinstance(res, (bool, ox.QueryBoolean)):
        return Result([], [], [], text, boolean=bool(res), name=sq.name)
    if isinstance(res, ox.QueryTriples) or getattr(res, "is_graph", False):
        rows_t = [{"s": t.subject, "p": t.predicate, "o": t.object} for t in res]
        if limit is not None:
            rows_t = rows_t[:limit]
        return Result(["s", "p", "o"], [{k: to_python(v) for k, v in r.items()} for r in rows_t], rows_t,
                      text, name=sq.name)
    variables = [v.value if hasattr(v, "value") else str(v) for v in res.variables]
    terms: list[dict[str, Any]] = []
    for sol in res:
        terms.append({v: sol[v] for v in variables})
        if limit is not None and len(terms) >= limit:
            break
    rows = [{k: to_python(v) for k, v in t.items()} for t in terms]
    return Result(variables, rows, terms, text, name=sq.name)


def with_prefixes(sparql: str) -> str:
    """The query with ``PREFIX`` lines for the project prefixes it uses but does not declare,
    so it runs unchanged on any SPARQL endpoint."""
    from .vocab import PREFIXES
    declared = {m.group(1) for m in re.finditer(r"(?im)^\s*PREFIX\s+([\w-]*):", sparql)}
    lines = [f"PREFIX {p}: <{iri}>" for p, iri in PREFIXES.items()
             if p not in declared and re.search(rf"(?<![\w:<#/-]){re.escape(p)}:", sparql)]
    return "\n".join(lines + [sparql]) if lines else sparql


def _cell(v: Any) -> str:
    if v is None:
        return ""
    if isinstance(v, date):
        return v.isoformat()
    return str(v)


def format_table(result: Result, limit: int | None = None) -> str:
    if result.boolean is not None:
        return "yes" if result.boolean else "no"
    rows = result.rows[:limit] if limit else result.rows
    cols = result.variables
    cells = [[_short(_cell(r.get(c))) for c in cols] for r in rows]
    widths = [max([len(c)] + [len(row[i]) for row in cells]) for i, c in enumerate(cols)]
    line = "  ".join(c.ljust(w) for c, w in zip(cols, widths))
    out = [line, "  ".join("-" * w for w in widths)]
    out += ["  ".join(v.ljust(w) for v, w in zip(row, widths)) for row in cells]
    if not rows:
        out.append("(no rows)")
    return "\n".join(out)


def _short(value: str) -> str:
    from .vocab import KG_URI, RES_URI
    for prefix, short in ((RES_URI, "kgr:"), (KG_URI, "kg:")):
        if value.startswith(prefix):
            return short + value[len(prefix):]
    return value


def format_result(result: Result, fmt: str) -> str:
    """table, csv, tsv, json (rows as objects), sparql-json, sparql-xml."""
    if fmt == "table":
        return format_table(result)
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(result.variables)
        for r in result.rows:
            w.writerow([_cell(r.get(c)) for c in result.variables])
        return buf.getvalue().rstrip("\n")
    if fmt == "json":
        if result.boolean is not None:
            return json.dumps(result.boolean)
        return json.dumps([{k: _cell(v) for k, v in r.items()} for r in result.rows], ensure_ascii=False, indent=2)
    if fmt in ("sparql-json", "sparql-xml"):
        return sparql_results(result, fmt)
    raise QueryError(f"unknown format {fmt!r}; use table, csv, tsv, json, sparql-json or sparql-xml")


def sparql_results(result: Result, fmt: str) -> str:
    """The SPARQL 1.1 Query Results JSON or XML document."""
    from xml.sax.saxutils import escape, quoteattr
    if fmt == "sparql-json":
        if result.boolean is not None:
            return json.dumps({"head": {}, "boolean": result.boolean})
        bindings = []
        for t in result.terms:
            b = {}
            for k, v in t.items():
                if v is None:
                    continue
                if isinstance(v, ox.NamedNode):
                    b[k] = {"type": "uri", "value": v.value}
                elif isinstance(v, ox.BlankNode):
                    b[k] = {"type": "bnode", "value": v.value}
                else:
                    d: dict[str, str] = {"type": "literal", "value": v.value}
                    if v.language:
                        d["xml:lang"] = v.language
                    elif v.datatype and v.datatype.value != XSD + "string":
                        d["datatype"] = v.datatype.value
                    b[k] = d
            bindings.append(b)
        return json.dumps({"head": {"vars": result.variables}, "results": {"bindings": bindings}},
                          ensure_ascii=False)
    out = ['<?xml version="1.0"?>', '<sparql xmlns="http://www.w3.org/2005/sparql-results#">']
    if result.boolean is not None:
        out += ["<head/>", f"<boolean>{'true' if result.boolean else 'false'}</boolean>", "</sparql>"]
        return "\n".join(out)
    out.append("<head>" + "".join(f"<variable name={quoteattr(v)}/>" for v in result.variables) + "</head>")
    out.append("<results>")
    for t in result.terms:
        out.append("<result>")
        for k, v in t.items():
            if v is None:
                continue
            if isinstance(v, ox.NamedNode):
                inner = f"<uri>{escape(v.value)}</uri>"
            elif isinstance(v, ox.BlankNode):
                inner = f"<bnode>{escape(v.value)}</bnode>"
            else:
                attr = ""
                if v.language:
                    attr = f" xml:lang={quoteattr(v.language)}"
                elif v.datatype and v.datatype.value != XSD + "string":
                    attr = f" datatype={quoteattr(v.datatype.value)}"
                inner = f"<literal{attr}>{escape(v.value)}</literal>"
            out.append(f"<binding name={quoteattr(k)}>{inner}</binding>")
        out.append("</result>")
    out += ["</results>", "</sparql>"]
    return "\n".join(out)
