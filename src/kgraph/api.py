"""The Python API: open a graph, ingest articles, reason, query, export.

>>> from kgraph import KnowledgeGraph
>>> kg = KnowledgeGraph()                      # in memory; KnowledgeGraph("graph.kg") on disk
>>> kg.ingest(["data/articles"])
>>> kg.reason()
>>> kg.query("featured_before_enlistment", artist="V").column("title")
['Love wins all']
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from .build import build_quads
from .errors import LoadError
from .load import Article, load_paths
from .pipeline import Doc, Pipeline
from .query import Result, StoredQuery, resolve_entity, run
from .store import Store, article_graph

__all__ = ["KnowledgeGraph", "IngestReport"]


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    replaced: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: list[LoadError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        return (f"{len(self.added)} added, {len(self.unchanged)} unchanged, {len(self.replaced)} replaced, "
                f"{len(self.failed)} failed")


class KnowledgeGraph:
    """A knowledge graph in a store: ``KnowledgeGraph()`` in memory, ``KnowledgeGraph(path)``
    persistent. The ontology and the reference knowledge base are loaded on first open."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False,
                 reference: bool = True) -> None:
        self.store = Store(path, read_only=read_only)
        self._pipeline: Pipeline | None = None
        if not read_only:
            from .vocab import ONTOLOGY_GRAPH, REFERENCE_GRAPH
            if not self.store.has_graph(ONTOLOGY_GRAPH):
                self.store.load_ontology()
            if reference and not self.store.has_graph(REFERENCE_GRAPH):
                self.store.load_reference()

    # -- ingest -----------------------------------------------------------------------
    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = Pipeline.default()
        return self._pipeline

    def extract(self, article: Article) -> Doc:
        return self.pipeline(article)

    def add_article(self, article: Article) -> str:
        """Extract one article and store its graph; returns 'added', 'replaced' or 'unchanged'."""
        g = article_graph(article.id)
        status = "added"
        if self.store.has_graph(g):
            old = self.store.query(
                "SELECT ?h WHERE { GRAPH ?g { ?a kg:contentHash ?h } }", {"g": g})
            hashes = {row["h"].value for row in old}
            if article.content_hash in hashes:
                return "unchanged"
            status = "replaced"
        doc = self.extract(article)
        self.store.replace_graph(g, build_quads(doc))
        return status

    def ingest(self, paths: Iterable[str | Path] | str | Path, date: date | None = None,
               fmt: str | None = None) -> IngestReport:
        """Load, extract and store every article under ``paths``; bad inputs are reported
        in the result and skipped, the rest goes on."""
        if isinstance(paths, (str, Path)):
            paths = [paths]
        report = IngestReport()
        for item in load_paths(paths, date, fmt):
            if isinstance(item, LoadError):
                report.failed.append(item)
                continue
            status = self.add_article(item)
            getattr(report, status).append(item.id)
        self.store.flush()
        return report

    def remove_article(self, article_id: str) -> bool:
        g = article_graph(article_id)
        if not self.store.has_graph(g):
            return False
        self.store.remove_graph(g)
        return True

    # -- reason -------------------------------------------------------------------------
    def reason(self, engine: str = "fast") -> Any:
        """Compute the inferred graph (OWL 2 RL closure plus temporal rules)."""
        from .reason import reason
        return reason(self.store, engine=engine)

    # -- query --------------------------------------------------------------------------
    def query(self, name_or_sparql: str | StoredQuery, /, limit: int | None = None, **params: Any) -> Result:
        """Run a stored query by name (``queries/NAME.rq``), a path, or SPARQL text."""
        return run(self.store, name_or_sparql, params, limit=limit)

    def resolve(self, name: str) -> str:
        """The IRI of the entity called ``name`` (aliases too)."""
        return resolve_entity(self.store, name).value

    # -- export ---------------------------------------------------------------------------
    def export(self, fmt: str = "trig", path: str | Path | None = None, graphs: str = "all") -> bytes | None:
        from .export.rdf import export_rdf
        return export_rdf(self.store, fmt, path, graphs)

    def stats(self) -> dict[str, Any]:
        from .export.rdf import stats
        return stats(self.store)

    def close(self) -> None:
        self.store.flush()

    def __enter__(self) -> "KnowledgeGraph":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"<KnowledgeGraph {self.store.path or 'in memory'}: {len(self.store)} quads, " \
               f"{len(self.store.article_graphs())} articles>"

    # -- visual exports
    def to_networkx(self, selection: Any = None, **options: Any) -> Any:
        """The entity graph (or the part ``selection`` picks) as a networkx MultiDiGraph;
        ``options`` build a :class:`~kgraph.export.selection.Selection` (around=, depth=,
        classes=, since=, until=, query=, inferred=, reference=)."""
        from .export.graph import to_networkx
        from .export.selection import Selection
        return to_networkx(self.store, selection or Selection(**options))

    def export_graph(self, fmt: str | None, path: str | Path | None = None, selection: Any = None,
                     **options: Any) -> bytes | None:
        """Write graphml, gexf, dot, svg, png, cytoscape, mermaid or html (the format may come
        from ``path``'s extension); returns the bytes when ``path`` is None."""
        from .export.formats import export_graph
        return export_graph(self.store, fmt, path, selection, **options)

    def viz(self, path: str | Path, selection: Any = None, title: str | None = None) -> Path:
        """Write the interactive offline HTML page to ``path``."""
        from .export.formats import export_graph
        export_graph(self.store, "html", path, selection, title=title)
        return Path(path)

    # -- domain helpers (queries)
    def artist(self, name: str) -> Any:
        """An artist by name or alias, with question methods: ``kg.artist("V").songs(before="enlistment")``,
        ``.featured_on()``, ``.videos()``, ``.timeline()``, ``.collaborators()`` (see kgraph.domain)."""
        from .domain import Artist
        return Artist(self, name)

    def group(self, name: str) -> Any:
        """A group by name or alias: ``kg.group("BTS").members()``, ``.songs()``, ``.timeline()``."""
        from .domain import Group
        return Group(self, name)

    def director(self, name: str) -> Any:
        """A music-video director: ``kg.director("Drew Kirsch").videos()``."""
        from .domain import Director
        return Director(self, name)

    def song(self, name: str) -> Any:
        """A song by title: ``kg.song("Seven").details()``, ``.sources()``, ``.conflicts()``."""
        from .domain import Song
        return Song(self, name)

    def agency(self, name: str) -> Any:
        """An agency: ``kg.agency("Big Hit Music").roster()``."""
        from .domain import Agency
        return Agency(self, name)

    def ask(self, question: str) -> Any:
        """Answer a question in words from the stored queries (see kgraph.ask): returns an
        Answer with ``.result``, ``.query`` and ``.params``; raises QueryError naming the
        question forms it knows when it does not understand."""
        from .ask import ask
        return ask(self, question)
