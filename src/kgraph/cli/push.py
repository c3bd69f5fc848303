"""``kgraph push``: the graph to a remote SPARQL store."""
from __future__ import annotations

import click

from . import Context, main, pass_ctx


def remote_options(f):
    """--endpoint, --update-endpoint and the authentication options, shared by commands."""
    for opt in reversed([
        click.option("--endpoint", help="URL of a SPARQL 1.1 query endpoint (env KGRAPH_ENDPOINT).",
                     envvar="KGRAPH_ENDPOINT"),
        click.option("--update-endpoint", help="URL for updates (default: .../query -> .../update, else the "
                     "query URL)."),
        click.option("--user", envvar="KGRAPH_USER", help="HTTP Basic user (env KGRAPH_USER)."),
        click.option("--password", envvar="KGRAPH_PASSWORD", help="HTTP Basic password (env KGRAPH_PASSWORD)."),
        click.option("--token", envvar="KGRAPH_TOKEN", help="Bearer token (env KGRAPH_TOKEN)."),
    ]):
        f = opt(f)
    return f


def make_remote(endpoint: str, update_endpoint: str | None, user: str | None, password: str | None,
                token: str | None, timeout: float | None = None):
    from ..remote import RemoteStore
    return RemoteStore(endpoint, update_endpoint, user=user, password=password, token=token,
                       timeout=timeout or 60.0)


@main.command()
@remote_options
@click.option("--graph", "graphs", multiple=True, help="Push only this named graph (repeatable).")
@click.option("--batch", default=5000, show_default=True, type=int, help="Triples per INSERT DATA request.")
@click.option("--timeout", type=float, default=120.0, show_default=True, help="Seconds per request.")
@pass_ctx
def push(ctx: Context, endpoint: str | None, update_endpoint: str | None, user: str | None,
         password: str | None, token: str | None, graphs: tuple[str, ...], batch: int, timeout: float) -> None:
    """Send the graph to a remote SPARQL store, one named graph at a time; pushing again
    replaces each graph (DROP SILENT GRAPH + INSERT DATA), so it never duplicates."""
    from ..errors import KGraphError
    from ..remote import push as push_graphs
    if not endpoint:
        raise KGraphError("give --endpoint URL (the SPARQL endpoint to push to)")
    remote = make_remote(endpoint, update_endpoint, user, password, token, timeout)
    kg = ctx.kg(read_only=True)
    report = push_graphs(kg.store, remote, list(graphs) or None, batch=batch)
    click.echo(report.summary())
