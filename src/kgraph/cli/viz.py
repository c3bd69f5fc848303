"""kgraph viz: the interactive offline HTML page."""
from __future__ import annotations

from typing import Any

import click

from . import Context, main, pass_ctx
from .export import make_selection, selection_options


@main.command()
@click.option("--out", "out", type=click.Path(dir_okay=False), default="graph.html", show_default=True,
              help="The HTML file to write.")
@click.option("--title", help="Page title (default: what the page shows).")
@selection_options
@pass_ctx
def viz(ctx: Context, out: str, title: str | None, **sel: Any) -> None:
    """Write one self-contained HTML page (works offline) to explore the graph: search,
    zoom, filter by class, click a node for its facts and the sentences behind them."""
    path = ctx.kg(read_only=True).viz(out, make_selection(**sel), title=title)
    click.echo(f"wrote {path}", err=True)
