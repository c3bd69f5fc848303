"""Reading the reasoner's input from the store and writing its output, in bulk.

What the reasoner reads: the ontology graph (also the source of the schema axioms), the
reference graph, and each article graph without its provenance nodes: triples whose subject
is a ``kg:Assertion`` (the reified statements with their sentence, certainty, pattern and
confidence) are left out. They are many (about eight per fact), no rule of the ontology
concludes anything useful from them, and reported or denied facts live only there, so they
must not be reasoned over as facts anyway. Everything else of an article graph (facts,
types, labels, the article and sentence nodes) is read.
"""
from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
import weakref
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import TYPE_CHECKING

import pyoxigraph as ox

from ..vocab import ARTICLE_GRAPH_PREFIX, INFERRED_GRAPH, ONTOLOGY_GRAPH, REFERENCE_GRAPH
from . import terms as T
from .rules import AUX_PREFIX
from .terms import Triple

if TYPE_CHECKING:
    from ..store import Store

_ASSERTION_TAIL = f" {T.TYPE} {T.KG_ASSERTION} ."
CHUNK = 250_000
PREFETCH = 16


def _dump(store: "Store", graph: str) -> bytes:
    return store.ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph))


def graph_triples(store: "Store", graph: str, intern: dict[str, str] | None = None,
                  data: bytes | None = None) -> list[Triple]:
    """The triples of one named graph that the reasoner reads (see the module docstring);
    ``data`` is the graph's N-Triples if already dumped."""
    return _select(graph, (data if data is not None else _dump(store, graph)).decode(), intern)


def all_graph_triples(store: "Store", graphs: list[str], intern: dict[str, str] | None = None
                      ) -> Iterator[tuple[str, list[Triple]]]:
    """(graph, :func:`graph_triples`) for each of ``graphs``, in order. pyoxigraph dumps
    without holding the GIL, so a thread dumps the next graphs while this one parses; a few
    at a time, so that the text of the whole store is never held at once."""
    ahead: deque[tuple[str, Future[bytes]]] = deque()
    with ThreadPoolExecutor(max_workers=1) as pool:
        todo = iter(graphs)
        for g in todo:
            ahead.append((g, pool.submit(_dump, store, g)))
            if len(ahead) >= PREFETCH:
                break
        while ahead:
            g, fut = ahead.popleft()
            nxt = next(todo, None)
            if nxt is not None:
                ahead.append((nxt, pool.submit(_dump, store, nxt)))
            yield g, _select(g, fut.result().decode(), intern)


def _select(graph: str, data: str, intern: dict[str, str] | None) -> list[Triple]:
    if not data:
        return []
    skip: set[str] = set()
    if graph.startswith(ARTICLE_GRAPH_PREFIX) and _ASSERTION_TAIL in data:
        for line in data.split("\n"):
            if line.endswith(_ASSERTION_TAIL):
                skip.add(line.split(" ", 1)[0])
    triples = T.parse_ntriples(data, intern)
    if skip:
        return [t for t in triples if t[0] not in skip]
    return list(triples)


def input_graphs(store: "Store") -> list[str]:
    """Ontology, reference, then every article graph (those present)."""
    names = set(store.graphs())
    out = [g for g in (str(ONTOLOGY_GRAPH), str(REFERENCE_GRAPH)) if g in names]
    out += sorted(g for g in names if g.startswith(ARTICLE_GRAPH_PREFIX))
    return out


def write_inferred(store: "Store", triples: Iterable[Triple], replace: bool = True) -> int:
    """Write ``triples`` into the inferred graph (replacing its content if ``replace``);
    auxiliary chain triples and triples with a literal subject are never written."""
    g = ox.NamedNode(str(INFERRED_GRAPH))
    if replace and store.ox.contains_named_graph(g):
        # removing quads one by one costs far more than reading them: keep what stays
        # (a re-run after a few changes rewrites only the difference)
        # (read line by line from a file: the old graph may hold millions of triples)
        fd, name = tempfile.mkstemp(suffix=".nt")
        os.close(fd)
        try:
            store.ox.dump(name, format=ox.RdfFormat.N_TRIPLES, from_graph=g)
            wanted = {t for t in triples if t[0][0] != '"' and not t[1].startswith(AUX_PREFIX)}
            gone: list[Triple] = []
            n_old = 0
            with open(name, encoding="utf-8") as f:
                for line in f:
                    n_old += 1
                    s_, p_, o_ = line[:-3].split(" ", 2)
                    t = (s_, p_, o_)
                    if t in wanted:
                        wanted.discard(t)
                    else:
                        gone.append(t)
        finally:
            os.unlink(name)
        if n_old:
            if len(gone) * 4 > n_old:
                store.ox.clear_graph(g)
            else:
                remove_inferred(store, gone)
                write_inferred(store, wanted, replace=False)
                return n_old - len(gone) + len(wanted)
    plain: list[str] = []
    with_bnodes: list[ox.Quad] = []
    n = 0

    def flush() -> None:
        # the terms come from the store or from the rules: valid, no need to check them again;
        # written in chunks so that the text of millions of triples is never held at once
        if plain:
            load = store.ox.bulk_load if len(plain) > 50_000 else store.ox.load
            load("".join(plain), format=ox.RdfFormat.N_TRIPLES, to_graph=g, lenient=True)
            plain.clear()

    for s, p, o in triples:
        if s[0] == '"' or p.startswith(AUX_PREFIX):
            continue
        n += 1
        if s[0] == "_" or o[0] == "_":
            with_bnodes.append(ox.Quad(T.to_ox(s), T.to_ox(p), T.to_ox(o), g))  # type: ignore[arg-type]
        else:
            plain.append(f"{s} {p} {o} .\n")
            if len(plain) >= CHUNK:
                flush()
    flush()
    if with_bnodes:
        store.ox.extend(with_bnodes)
    store.ox.add_graph(g)
    return n


def remove_inferred(store: "Store", triples: Iterable[Triple]) -> None:
    g = ox.NamedNode(str(INFERRED_GRAPH))
    for s, p, o in triples:
        store.ox.remove(ox.Quad(T.to_ox(s), T.to_ox(p), T.to_ox(o), g))  # type: ignore[arg-type]


# -- bookkeeping for incremental updates -------------------------------------------------
_MEMORY: "weakref.WeakKeyDictionary[object, dict[str, list[Triple]]]" = weakref.WeakKeyDictionary()


class Snapshot:
    """The input each article graph had when it was last reasoned over: what a removed or
    replaced graph contributed, which the store no longer holds. Kept in one SQLite file
    beside a persistent store (``<store>.reason/record.sqlite``: one row per article graph,
    written in one transaction; ten thousand small files cost seconds to write and to
    delete), in memory for an in-memory store. Changes are saved by :meth:`commit` (and
    :meth:`mark_ready`)."""

    def __init__(self, store: "Store") -> None:
        self.folder: Path | None = None
        self.db: sqlite3.Connection | None = None
        path = getattr(store, "path", None)
        if path is not None:
            self.folder = Path(str(path) + ".reason")
            self.memory: dict[str, list[Triple]] | None = None
        else:
            self.memory = _MEMORY.setdefault(store, {})

    def _conn(self) -> sqlite3.Connection:
        if self.db is None:
            assert self.folder is not None
            self.folder.mkdir(parents=True, exist_ok=True)
            for old in self.folder.glob("*.nt"):      # the record of an older version: one file per graph
                old.unlink()
            (self.folder / "READY").unlink(missing_ok=True)
            self.db = sqlite3.connect(self.folder / "record.sqlite")
            self.db.execute("CREATE TABLE IF NOT EXISTS graphs (name TEXT PRIMARY KEY, data TEXT NOT NULL)")
            self.db.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        return self.db

    def get(self, graph: str) -> list[Triple] | None:
        if self.memory is not None:
            return self.memory.get(graph)
        row = self._conn().execute("SELECT data FROM graphs WHERE name = ?", (graph,)).fetchone()
        return None if row is None else list(T.parse_ntriples(row[0]))

    def put(self, graph: str, triples: list[Triple]) -> None:
        if self.memory is not None:
            self.memory[graph] = triples
            return
        self._conn().execute("INSERT OR REPLACE INTO graphs VALUES (?, ?)", (graph, T.to_ntriples(triples)))

    def drop(self, graph: str) -> None:
        if self.memory is not None:
            self.memory.pop(graph, None)
        elif self.folder is not None:
            self._conn().execute("DELETE FROM graphs WHERE name = ?", (graph,))

    def clear(self) -> None:
        if self.memory is not None:
            self.memory.clear()
            return
        self._conn().execute("DELETE FROM graphs")

    def commit(self) -> None:
        if self.db is not None:
            self.db.commit()

    def fingerprint(self) -> str | None:
        """The fingerprint of the schema the record was made with; None if there is no
        complete record."""
        if self.memory is not None:
            return self.memory.get("", None)  # type: ignore[return-value]
        assert self.folder is not None
        if not (self.folder / "record.sqlite").exists():
            return None
        row = self._conn().execute("SELECT value FROM meta WHERE key = 'ready'").fetchone()
        return row[0] if row else None

    def mark_ready(self, ready: bool, fingerprint: str = "") -> None:
        if self.memory is not None:
            if ready:
                self.memory[""] = fingerprint  # type: ignore[assignment]
            else:
                self.memory.pop("", None)
            return
        db = self._conn()
        if ready:
            db.execute("INSERT OR REPLACE INTO meta VALUES ('ready', ?)", (fingerprint,))
        else:
            db.execute("DELETE FROM meta WHERE key = 'ready'")
        db.commit()
