"""kgraph: K-pop news articles to an RDF knowledge graph, and answers from it."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "Article", "__version__"]

if TYPE_CHECKING:
    from .api import KnowledgeGraph
    from .load.article import Article


def __getattr__(name: str) -> Any:
    """Import lazily, so ``kgraph --help`` starts fast."""
    if name == "KnowledgeGraph":
        from .api import KnowledgeGraph
        return KnowledgeGraph
    if name == "Article":
        from .load.article import Article
        return Article
    raise AttributeError(name)
