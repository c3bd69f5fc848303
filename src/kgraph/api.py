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
from datetime import date
from pathlib import Path
from typing import Any

from .ingest import IngestReport, Removal
from .load import Article
from .pipeline import Doc, Pipeline
from .query import Result, StoredQuery, resolve_entity, run
from .store import Store, article_graph

__all__ = ["KnowledgeGraph", "IngestReport"]


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

    def add_article(self, article: Article, force: bool = False) -> str:
        """Extract one article and store its graph (one transaction); returns 'added',
        'replaced' or 'unchanged'. Raises the LoadError when it cannot be stored."""
        from .ingest import ingest_articles
        report = ingest_articles(self.store, [article], force=force, pipeline=self.pipeline)
        if report.failed:
            raise report.failed[0]
        return "added" if report.added else "replaced" if report.replaced else "unchanged"

    def ingest(self, paths: Iterable[str | Path] | str | Path, date: date | None = None,
               fmt: str | None = None, *, jobs: int | None = 1, force: bool = False,
               progress: bool | None = False, components: list[str] | None = None) -> IngestReport:
        """Load, extract and store every article under ``paths`` (files, folders, globs,
        ``-`` for standard input), ``jobs`` extracting processes at once (None: one per
        core). Unchanged articles are skipped, changed ones replace their graph; bad inputs
        are reported in the result and skipped, the rest goes on (see :mod:`kgraph.ingest`).
        ``components`` names the extraction components (default: the whole pipeline)."""
        from .ingest import ingest
        pipeline = self._pipeline if jobs == 1 and components is None else None
        return ingest(self.store, paths, date, fmt, jobs=jobs, force=force, progress=progress,
                      components=components, pipeline=pipeline)

    def remove_article(self, key: str) -> bool:
        """Remove the article(s) ``key`` names (id, URL or source path) and everything only
        they supported; True when something was removed."""
        return bool(self.remove([key]).removed)

    def remove(self, keys: Iterable[str]) -> Removal:
        """Remove the articles named by ids, URLs or source paths, in one transaction."""
        from .ingest import remove
        return remove(self.store, keys)

    # -- reason -------------------------------------------------------------------------
    def reason(self, engine: str = "fast") -> Any:
        """Compute the inferred graph (OWL 2 RL closure plus temporal rules)."""
        from .reason import reason
        return reason(self.store, engine=engine)

    # -- query --------------------------------------------------------------------------
    def query(self, name_or_sparql: str | StoredQuery, /, limit: int | None = None,
              timeout: float | None = None, **params: Any) -> Result:
        """Run a stored query by name (``queries/NAME.rq``), a path, or SPARQL text;
        ``timeout`` in seconds raises :class:`~kgraph.query.QueryTimeout` when exceeded."""
        return run(self.store, name_or_sparql, params, limit=limit, timeout=timeout)

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
