"""Errors users see: each names what went wrong and, where it helps, how to fix it."""
from __future__ import annotations


class KGraphError(Exception):
    """Base class: the CLI prints these as one line, without a traceback."""


class LoadError(KGraphError):
    """An input could not be read as an article."""

    def __init__(self, source: str, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}")


class QueryError(KGraphError):
    """A query could not be found, parsed, bound or run."""


class StoreError(KGraphError):
    """The store could not be opened or written."""
