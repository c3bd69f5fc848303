"""Managing stored articles: kgraph remove."""
from __future__ import annotations

import sys

import click

from . import Context, main, pass_ctx


@main.command()
@click.argument("keys", nargs=-1, required=True)
@pass_ctx
def remove(ctx: Context, keys: tuple[str, ...]) -> None:
    """Remove articles and everything only they supported.

    Each KEY is an article id, an article URL, or the path of the file (or folder) the
    articles were read from. The inferred graph follows when the reasoner can update it.
    Exit status 1 when a KEY matched no stored article.
    """
    result = ctx.kg().remove(list(keys))
    for key in result.missing:
        click.echo(f"error: {key}: no stored article has this id, URL or source path", err=True)
    for note in result.notes:
        click.echo(f"note: {note}", err=True)
    click.echo(f"{len(result.removed)} removed" + (f": {', '.join(result.removed)}" if result.removed else ""))
    if result.missing:
        sys.exit(1)
