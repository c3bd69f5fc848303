"""The store: named graphs in pyoxigraph, persistent on disk or in memory.

rdflib remains the toolkit for parsing, serialising and owlrl; pyoxigraph holds the data
because it loads and queries orders of magnitude faster.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from .errors import StoreError
from .vocab import (ARTICLE_GRAPH_PREFIX, INFERRED_GRAPH, ONTOLOGY_GRAPH, PREFIXES,
                    REFERENCE_GRAPH)

ROOT = Path(__file__).resolve().parents[2]
ONTOLOGY_DIR = ROOT / "ontology"
DATA_DIR = ROOT / "data"
REFERENCE_DIR = DATA_DIR / "reference"

Term = ox.NamedNode | ox.BlankNode | ox.Literal
GraphContent = str | Iterable[ox.Quad] | Iterable[ox.Triple]


def article_graph(article_id: str) -> ox.NamedNode:
    return ox.NamedNode(ARTICLE_GRAPH_PREFIX + article_id)


class Store:
    """Named graphs of the knowledge graph.

    ``Store()`` is in memory; ``Store(path)`` opens (or creates) a persistent store in the
    folder ``path``; ``read_only=True`` opens it without the write lock (e.g. for a server
    beside a writer).
    """

    def __init__(self, path: str | Path | None = None, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        try:
            if self.path is None:
                self.ox = ox.Store()
            elif read_only:
                self.ox = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self.ox = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open the store at {self.path}: {exc}") from None

    # -- graphs ---------------------------------------------------------------------
    def graphs(self) -> list[str]:
        return sorted(g.value for g in self.ox.named_graphs() if isinstance(g, ox.NamedNode))

    def article_graphs(self) -> list[str]:
        return [g for g in self.graphs() if g.startswith(ARTICLE_GRAPH_PREFIX)]

    def has_graph(self, graph: str | ox.NamedNode) -> bool:
        return self.ox.contains_named_graph(_node(graph))

    def add_quads(self, quads: Iterable[ox.Quad]) -> None:
        self.ox.extend(list(quads))

    def replace_graph(self, graph: str | ox.NamedNode, quads: Iterable[ox.Quad]) -> None:
        """Swap a graph's content for ``quads`` (whose graph name must be ``graph``), in one
        transaction: a reader or a crash sees the old content or the new, never a mix."""
        self.write_graphs([(graph, quads)])

    def remove_graph(self, graph: str | ox.NamedNode) -> None:
        g = _node(graph)
        if self.has_graph(g):
            self.ox.remove_graph(g)

    def write_graphs(self, graphs: Iterable[tuple[str | ox.NamedNode, GraphContent]] = (),
                     drop: Iterable[str | ox.NamedNode] = ()) -> None:
        """Replace the content of each of ``graphs`` and remove the graphs ``drop``, all in ONE
        transaction (one SPARQL update, which pyoxigraph runs atomically), so that killing the
        process at any moment leaves every graph either as it was or fully written.

        A graph's content is quads or triples (their own graph name is ignored) or a string
        of N-Triples lines.
        """
        ops: list[str] = []
        for graph in drop:
            g = _node(graph)
            if self.has_graph(g):
                ops.append(f"DROP SILENT GRAPH {g}")
        for graph, content in graphs:
            g = _node(graph)
            if self.has_graph(g):
                ops.append(f"DROP SILENT GRAPH {g}")
            body = content if isinstance(content, str) else ntriples(content)
            if body.strip():
                ops.append(f"INSERT DATA {{ GRAPH {g} {{\n{body}\n}} }}")
            else:
                ops.append(f"CREATE SILENT GRAPH {g}")
        if ops:
            try:
                self.ox.update(" ;\n".join(ops))
            except (SyntaxError, ValueError, RuntimeError, OSError) as exc:
                raise StoreError(f"cannot write the graphs: {exc}") from None

    def quads(self, graph: str | ox.NamedNode | None = None) -> Iterator[ox.Quad]:
        return iter(self.ox.quads_for_pattern(None, None, None, _node(graph) if graph is not None else None))

    def count(self, graph: str | ox.NamedNode | None = None) -> int:
        if graph is None:
            return len(self.ox)
        return sum(1 for _ in self.quads(graph))

    # -- background graphs ------------------------------------------------------------
    def load_ontology(self, folder: Path = ONTOLOGY_DIR) -> int:
        """(Re)load ``ontology/*.ttl`` except SHACL shapes into the ontology graph."""
        return self._load_folder(folder, ONTOLOGY_GRAPH, skip=("shapes",))

    def load_reference(self, folder: Path = REFERENCE_DIR) -> int:
        """(Re)load ``data/reference/*.ttl`` into the reference graph."""
        return self._load_folder(folder, REFERENCE_GRAPH)

    def _load_folder(self, folder: Path, graph: str | ox.NamedNode, skip: tuple[str, ...] = ()) -> int:
        graph = _node(graph)
        self.remove_graph(graph)
        n = 0
        for path in sorted(folder.glob("*.ttl")):
            if any(s in path.stem for s in skip):
                continue
            try:
                self.ox.bulk_load(path=str(path), format=ox.RdfFormat.TURTLE, to_graph=graph)
            except (SyntaxError, ValueError, OSError) as exc:
                raise StoreError(f"{path}: cannot load ({exc})") from None
            n += 1
        self.ox.add_graph(graph)
        return n

    # -- queries ----------------------------------------------------------------------
    def query(self, sparql: str, bindings: dict[str, Term] | None = None, union: bool = True,
              **kwargs: Any) -> Any:
        """Run SPARQL with the default graph as the union of all graphs (unless
        ``union=False``); ``bindings`` give variables RDF-term values (see :func:`bind`)."""
        return self.ox.query(bind(sparql, bindings), prefixes=PREFIXES, use_default_graph_as_union=union,
                             **kwargs)

    def update(self, sparql: str) -> None:
        self.ox.update(sparql, prefixes=PREFIXES)

    def flush(self) -> None:
        """Write buffered data to disk (nothing to do in memory or read-only)."""
        if self.path is not None and not self.read_only:
            self.ox.flush()

    def __len__(self) -> int:
        return len(self.ox)

    def __repr__(self) -> str:
        where = str(self.path) if self.path else "memory"
        return f"<Store {where}: {len(self)} quads, {len(self.graphs())} graphs>"


def bind(sparql: str, bindings: dict[str, Term] | None) -> str:
    """Bind variables to RDF terms with a SPARQL 1.1 ``VALUES`` block placed first in the
    query's WHERE group, so FILTERs and BINDs of that group see the values.

    The block is repeated inside each subquery that projects the variable (and whose
    enclosing subqueries project it too): the subquery's answers are joined on that variable
    with the bound value anyway, so restricting them first gives the same result, and
    engines that never push outer bindings into a subquery (pyoxigraph) then compute it for
    the one value instead of for the whole graph.

    Terms are written in their N-Triples form, which pyoxigraph escapes, so a value is always
    one term whatever characters it holds; this also works unchanged on remote endpoints.
    """
    if not bindings:
        return sparql
    for name in bindings:
        if not name.isidentifier():
            raise ValueError(f"bad variable name {name!r}")
    for value in bindings.values():
        _term(value)
    masked = _mask(sparql)
    at = _where_brace(masked)
    if at < 0:
        raise ValueError("cannot find the WHERE group of the query to bind parameters")
    inserts = [(at, list(bindings))] + _subquery_groups(masked, at, list(bindings))
    out = sparql
    for offset, names in sorted(inserts, reverse=True):
        block = " VALUES ({}) {{ ({}) }} ".format(" ".join(f"?{k}" for k in names),
                                                  " ".join(str(bindings[k]) for k in names))
        out = out[:offset + 1] + block + out[offset + 1:]
    return out


def _mask(sparql: str) -> str:
    """``sparql`` with comments, strings and IRIs blanked out (same length)."""
    masked = []
    i, n = 0, len(sparql)
    while i < n:
        c = sparql[i]
        if c == "#":
            j = sparql.find("\n", i)
            j = n if j < 0 else j
            masked.append(" " * (j - i)); i = j; continue
        if c in "\"'":
            j = i + 1
            while j < n and sparql[j] != c:
                j += 2 if sparql[j] == "\\" else 1
            masked.append(" " * (min(j, n - 1) + 1 - i)); i = j + 1; continue
        if c == "<" and re.match(r"<[^\s<>\"{}|^`]*>", sparql[i:]):
            j = sparql.index(">", i)
            masked.append(" " * (j + 1 - i)); i = j + 1; continue
        masked.append(c); i += 1
    return "".join(masked)


def _where_brace(text: str) -> int:
    """Offset of the ``{`` opening the WHERE group of masked query ``text``."""
    m = re.search(r"\bWHERE\s*\{", text, re.I)
    if m:
        return m.end() - 1
    m = re.search(r"\b(SELECT|ASK|DESCRIBE)\b", text, re.I)
    return text.find("{", m.end()) if m else -1


def _closing(text: str, brace: int) -> int:
    depth = 0
    for i in range(brace, len(text)):
        if text[i] == "{":
            depth += 1
        elif text[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    return len(text)


def _subquery_groups(text: str, start: int, names: list[str]) -> list[tuple[int, list[str]]]:
    """(offset of the WHERE brace, bound variables it projects) of each subquery after
    ``start`` that projects some of ``names`` as plain variables, as do its enclosing ones."""
    found: list[tuple[int, list[str]]] = []
    spans: list[tuple[int, int, set[str]]] = []     # enclosing subqueries: (open, close, visible)
    for m in re.finditer(r"\bSELECT\b", text[start + 1:], re.I):
        pos = start + 1 + m.start()
        brace = text.find("{", m.end() + start + 1)
        if brace < 0:
            break
        head = text[m.end() + start + 1:brace]
        projection = re.sub(r"\bWHERE\s*$", "", head.strip(), flags=re.I)
        while re.search(r"\([^()]*\)", projection):           # drop (expr AS ?x)
            projection = re.sub(r"\([^()]*\)", " ", projection)
        plain = set(re.findall(r"\?(\w+)", projection))
        visible = set(names)
        for open_, close, seen in spans:
            if open_ < pos < close:
                visible &= seen
        visible &= plain
        spans.append((brace, _closing(text, brace), visible))
        if visible:
            found.append((brace, [k for k in names if k in visible]))
    return found


def _term(value: Term) -> Term:
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return value
    raise TypeError(f"bindings must be RDF terms, not {type(value).__name__}")


def ntriples(statements: Iterable[ox.Quad] | Iterable[ox.Triple]) -> str:
    """N-Triples lines for quads or triples (graph names dropped), as SPARQL accepts them."""
    triples = [st.triple if isinstance(st, ox.Quad) else st for st in statements]
    return ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES).decode("utf-8") if triples else ""


def _node(graph: str | ox.NamedNode) -> ox.NamedNode:
    """Graph names may come as str, rdflib URIRef or pyoxigraph NamedNode."""
    return graph if isinstance(graph, ox.NamedNode) else ox.NamedNode(str(graph))


__all__ = ["Store", "article_graph", "INFERRED_GRAPH", "ONTOLOGY_GRAPH", "REFERENCE_GRAPH"]
