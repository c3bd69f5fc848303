"""Exports: RDF serialisations (:mod:`.rdf`), and the entity graph for people and other tools.

>>> from kgraph.export import Selection, to_networkx, export_graph
>>> g = to_networkx(store, Selection(around="V", depth=2))        # a networkx MultiDiGraph
>>> export_graph(store, "graphml", "v.graphml", Selection(classes=("Artist", "Song")))

Graph formats (``graphml``, ``gexf``, ``dot``, ``svg``, ``png``, ``cytoscape``, ``mermaid``,
``html``) are registered in :mod:`.formats` by name and extension.
"""
from __future__ import annotations

from typing import Any

__all__ = ["Selection", "to_networkx", "subgraph", "export_graph", "GRAPH_FORMATS", "register",
           "render_page"]


def __getattr__(name: str) -> Any:
    """Import lazily: ``kgraph export --format ttl`` needs neither networkx nor the page."""
    if name in ("Selection", "Subgraph"):
        from . import selection
        return getattr(selection, name)
    if name in ("to_networkx", "subgraph"):
        from . import graph
        return getattr(graph, name)
    if name in ("export_graph", "GRAPH_FORMATS", "register", "format_for"):
        from . import formats
        return getattr(formats, name)
    if name == "render_page":
        from .html import render_page
        return render_page
    raise AttributeError(name)
