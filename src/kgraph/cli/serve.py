"""``kgraph serve``: a SPARQL 1.1 Protocol endpoint and query page over the graph."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import KGraphError
from . import Context, main, pass_ctx


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0 exposes the graph to your network).")
@click.option("--port", default=7878, show_default=True, type=int, help="Port (0: any free port).")
@click.option("--writable", is_flag=True, help="Allow SPARQL updates (read-only by default).")
@click.option("--timeout", default=10.0, show_default=True, type=float, help="Seconds a query may run.")
@click.option("--max-rows", default=10_000, show_default=True, type=int, help="Rows a result may hold.")
@click.option("--workers", default=4, show_default=True, type=int,
              help="Query worker processes (read-only mode).")
@click.option("-v", "--verbose", is_flag=True, help="Log every request.")
@pass_ctx
def serve(ctx: Context, host: str, port: int, writable: bool, timeout: float, max_rows: int, workers: int,
          verbose: bool) -> None:
    """Serve the graph as a SPARQL endpoint (http://HOST:PORT/sparql) with a query page (/)."""
    from ..server import make_server
    if not Path(ctx.db).exists():
        raise KGraphError(f"no graph at {ctx.db}: run 'kgraph ingest PATH...' first (or pass --db PATH)")
    server = make_server(path=ctx.db, host=host, port=port, writable=writable, timeout=timeout,
                         max_rows=max_rows, workers=workers)
    server.verbose = verbose  # type: ignore[attr-defined]
    mode = "read-write" if writable else "read-only"
    click.echo(f"SPARQL endpoint {server.url} ({mode}); query page http://{host}:{server.server_address[1]}/ "
               f"- Ctrl-C stops", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
