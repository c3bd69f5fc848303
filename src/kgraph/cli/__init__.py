"""The command line: a thin shell over :mod:`kgraph.api`.

Every command lives in a module of this package and registers itself on :data:`main`;
errors are printed as one line (``error: ...``) with exit status 1, never a traceback.
"""
from __future__ import annotations

import importlib
import sys
from pathlib import Path

import click

from ..errors import KGraphError

DEFAULT_DB = ".kgraph"
COMMAND_MODULES = ("core", "export", "viz", "serve", "ask", "push", "reasoning", "manage")


class Context:
    def __init__(self, db: str) -> None:
        self.db = db
        self._kg = None

    def kg(self, read_only: bool = False):
        from ..api import KnowledgeGraph
        if self._kg is None:
            if read_only and not Path(self.db).exists():
                raise KGraphError(f"no graph at {self.db}: run 'kgraph ingest PATH...' first "
                                  f"(or pass --db PATH)")
            self._kg = KnowledgeGraph(self.db, read_only=read_only)
        return self._kg

    def close(self) -> None:
        """Flush and let go of the store, so its lock is free when the command ends."""
        if self._kg is not None:
            self._kg.close()
            self._kg = None
            import gc
            gc.collect()


class Group(click.Group):
    def invoke(self, ctx: click.Context):  # type: ignore[override]
        try:
            return super().invoke(ctx)
        except KGraphError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)
        except OSError as exc:
            click.echo(f"error: {exc}", err=True)
            sys.exit(1)


@click.group(cls=Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--db", default=DEFAULT_DB, envvar="KGRAPH_DB", show_default=True,
              help="Folder of the persistent graph store (env KGRAPH_DB).")
@click.version_option(package_name="kgraph")
@click.pass_context
def main(ctx: click.Context, db: str) -> None:
    """kgraph: K-pop news articles to an RDF knowledge graph, and answers from it."""
    ctx.obj = Context(db)
    ctx.call_on_close(ctx.obj.close)


pass_ctx = click.make_pass_decorator(Context)

for _name in COMMAND_MODULES:
    try:
        importlib.import_module(f"{__name__}.{_name}")
    except ModuleNotFoundError as _exc:
        if _exc.name != f"{__name__}.{_name}":
            raise
