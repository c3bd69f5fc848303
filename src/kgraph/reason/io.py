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
import weakref
from collections.abc import Iterable
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


def graph_triples(store: "Store", graph: str, intern: dict[str, str] | None = None) -> list[Triple]:
    """The triples of one named graph that the reasoner reads (see the module docstring)."""
    data = store.ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=ox.NamedNode(graph)).decode()
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
        old = set(T.parse_ntriples(store.ox.dump(format=ox.RdfFormat.N_TRIPLES, from_graph=g)))
        if old:
            wanted = {t for t in triples if t[0][0] != '"' and not t[1].startswith(AUX_PREFIX)}
            gone = old - wanted
            if len(gone) * 4 > len(old):
                store.ox.clear_graph(g)
            else:
                remove_inferred(store, gone)
                n_kept = len(wanted) - len(wanted - old)
                return n_kept + write_inferred(store, wanted - old, replace=False)
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
    replaced graph contributed, which the store no longer holds. Kept in a folder beside a
    persistent store (``<store>.reason/``), in memory for an in-memory store."""

    def __init__(self, store: "Store") -> None:
        self.folder: Path | None = None
        path = getattr(store, "path", None)
        if path is not None:
            self.folder = Path(str(path) + ".reason")
            self.memory: dict[str, list[Triple]] | None = None
        else:
            self.memory = _MEMORY.setdefault(store, {})

    def _file(self, graph: str) -> Path:
        assert self.folder is not None
        return self.folder / (hashlib.sha1(graph.encode()).hexdigest() + ".nt")

    def get(self, graph: str) -> list[Triple] | None:
        if self.memory is not None:
            return self.memory.get(graph)
        f = self._file(graph)
        if not f.exists():
            return None
        return list(T.parse_ntriples(f.read_text(encoding="utf-8")))

    def put(self, graph: str, triples: list[Triple]) -> None:
        if self.memory is not None:
            self.memory[graph] = triples
            return
        assert self.folder is not None
        self.folder.mkdir(parents=True, exist_ok=True)
        self._file(graph).write_text(T.to_ntriples(triples), encoding="utf-8")

    def drop(self, graph: str) -> None:
        if self.memory is not None:
            self.memory.pop(graph, None)
        elif self.folder is not None:
            self._file(graph).unlink(missing_ok=True)

    def clear(self) -> None:
        if self.memory is not None:
            self.memory.clear()
            return
        if self.folder is not None and self.folder.exists():
            for f in self.folder.glob("*.nt"):
                f.unlink()

    def fingerprint(self) -> str | None:
        """The fingerprint of the schema the record was made with; None if there is no
        complete record."""
        if self.memory is not None:
            return self.memory.get("", None)  # type: ignore[return-value]
        assert self.folder is not None
        marker = self.folder / "READY"
        return marker.read_text().strip() if marker.exists() else None

    def mark_ready(self, ready: bool, fingerprint: str = "") -> None:
        if self.memory is not None:
            if ready:
                self.memory[""] = fingerprint  # type: ignore[assignment]
            else:
                self.memory.pop("", None)
            return
        assert self.folder is not None
        self.folder.mkdir(parents=True, exist_ok=True)
        marker = self.folder / "READY"
        if ready:
            marker.write_text(fingerprint + "\n")
        else:
            marker.unlink(missing_ok=True)
