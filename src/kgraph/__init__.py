"""kgraph: K-pop news articles to an RDF knowledge graph, and answers from it."""
from __future__ import annotations

__version__ = "0.1.0"
