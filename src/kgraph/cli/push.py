"""``kgraph push`` (the graph to a remote SPARQL store) and the remote and timeout options
of ``kgraph query``."""
from __future__ import annotations

import functools
import sys

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


def _extend_query_command() -> None:
    """Give ``kgraph query`` (defined in core.py) --timeout and the remote options: with
    none of them the original command runs unchanged."""
    cmd = main.commands.get("query")
    if cmd is None or getattr(cmd, "_kgraph_remote", False):
        return
    original = cmd.callback
    extra = [
        click.Option(["--timeout"], type=float, help="Give up after this many seconds."),
        click.Option(["--endpoint"], envvar="KGRAPH_ENDPOINT",
                     help="Run on this remote SPARQL endpoint instead of the local graph."),
        click.Option(["--user"], envvar="KGRAPH_USER", help="HTTP Basic user for --endpoint."),
        click.Option(["--password"], envvar="KGRAPH_PASSWORD", help="HTTP Basic password for --endpoint."),
        click.Option(["--token"], envvar="KGRAPH_TOKEN", help="Bearer token for --endpoint."),
    ]
    known = {p.name for p in cmd.params}
    cmd.params.extend(p for p in extra if p.name not in known)

    @functools.wraps(original)
    def callback(*args, timeout=None, endpoint=None, user=None, password=None, token=None, **kwargs):
        if timeout is None and endpoint is None:
            return original(*args, **kwargs)
        return _run_query(kwargs, timeout, endpoint, user, password, token)

    cmd.callback = callback
    cmd._kgraph_remote = True  # type: ignore[attr-defined]


def _run_query(kwargs: dict, timeout: float | None, endpoint: str | None, user: str | None,
               password: str | None, token: str | None) -> None:
    from ..query import QueryTimeout, format_result, run
    ctx = click.get_current_context().find_object(Context)
    name = kwargs.get("query")
    params = dict(kwargs.get("params") or ())
    fmt = kwargs.get("fmt") or "table"
    limit = kwargs.get("limit")
    if endpoint:
        store = make_remote(endpoint, None, user, password, token, timeout)
    else:
        store = ctx.kg(read_only=True).store
    try:
        result = run(store, name, params, limit=limit, timeout=timeout)
    except QueryTimeout as exc:
        import os
        click.echo(f"error: {exc}", err=True)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(1)  # the abandoned query thread ends with the process
    click.echo(format_result(result, fmt))


_extend_query_command()
