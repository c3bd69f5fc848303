"""kgraph export: RDF serialisations (and, registered by other modules, graph formats)."""
from __future__ import annotations

import sys

import click

from ..export.rdf import FORMATS, GRAPH_SETS
from . import Context, main, pass_ctx


@main.command()
@click.option("--format", "fmt", default="trig", show_default=True,
              type=click.Choice(sorted(FORMATS)), help="Output format.")
@click.option("--out", "out", type=click.Path(dir_okay=False), help="File to write (default: stdout).")
@click.option("--graphs", default="all", show_default=True, type=click.Choice(GRAPH_SETS),
              help="Which named graphs to include.")
@pass_ctx
def export(ctx: Context, fmt: str, out: str | None, graphs: str) -> None:
    """Write the graph as TriG, N-Quads, Turtle or N-Triples."""
    data = ctx.kg().export(fmt, out, graphs)
    if data is not None:
        sys.stdout.buffer.write(data)
