"""kgraph export: RDF serialisations and graph formats, with subgraph selection."""
from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click

from ..errors import KGraphError
from ..export.rdf import FORMATS as RDF_FORMATS
from ..export.rdf import GRAPH_SETS
from . import Context, main, pass_ctx

GRAPH_FORMAT_NAMES = ("graphml", "gexf", "dot", "svg", "png", "cytoscape", "mermaid", "html")


def _date(value: str | None, option: str) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option) from None


def selection_options(fn: Callable[..., Any]) -> Callable[..., Any]:
    """The subgraph options every visual export shares (``export`` and ``viz``)."""
    options = [
        click.option("--around", metavar="NAME", help="Only what is near this entity (name, alias or IRI)."),
        click.option("--depth", type=click.IntRange(0), default=2, show_default=True,
                     help="How many links away from --around."),
        click.option("--classes", metavar="A,B", help="Only these classes, e.g. Artist,Song "
                     "(Artist, Group, Song, MusicVideo, Director, Event, Album, Agency, Other)."),
        click.option("--since", metavar="DATE", help="Only dated events/works from this day (YYYY-MM-DD)."),
        click.option("--until", metavar="DATE", help="Only dated events/works up to this day (YYYY-MM-DD)."),
        click.option("--query", "query_file", type=click.Path(dir_okay=False),
                     help="A .rq file: SELECT picks the entities it binds, CONSTRUCT the links it returns."),
        click.option("-p", "--param", "params", nargs=2, multiple=True, metavar="NAME VALUE",
                     help="Bind a parameter of --query (repeatable)."),
        click.option("--inferred/--no-inferred", default=True, show_default=True,
                     help="Include links found only by the reasoner."),
        click.option("--restated", is_flag=True,
                     help="Also inferred links that only restate an asserted one between the same two "
                          "entities (inverses such as hasMember, broader properties such as credited)."),
        click.option("--reference", type=click.Choice(["linked", "all", "none"]),
                     help="Reference-KB entities no article mentions: next to a mentioned one "
                          "(linked; default for the whole graph), all (default with --around/--query), none."),
    ]
    for option in reversed(options):
        fn = option(fn)
    return fn


def make_selection(around: str | None, depth: int, classes: str | None, since: str | None,
                   until: str | None, query_file: str | None, params: tuple[tuple[str, str], ...],
                   inferred: bool, restated: bool, reference: str | None) -> Any:
    from ..export.selection import Selection
    if params and not query_file:
        raise click.BadParameter("-p/--param binds parameters of --query FILE", param_hint="-p")
    return Selection(around=around, depth=depth, classes=tuple(c for c in (classes or "").split(",") if c.strip()),
                     since=_date(since, "--since"), until=_date(until, "--until"), query=query_file,
                     params=dict(params), inferred=inferred, restated=restated,
                     reference=reference)


def _is_selective(**opts: Any) -> bool:
    return any(opts[k] for k in ("around", "classes", "since", "until", "query_file", "reference", "restated")) \
        or not opts["inferred"]


@main.command()
@click.option("--format", "fmt", type=click.Choice(sorted(RDF_FORMATS) + list(GRAPH_FORMAT_NAMES)),
              help="Output format; default from the --out extension, else trig.")
@click.option("--out", "out", type=click.Path(dir_okay=False), help="File to write (default: stdout).")
@click.option("--graphs", default="all", show_default=True, type=click.Choice(GRAPH_SETS),
              help="Which named graphs an RDF format includes.")
@click.option("--layout", type=click.Choice(["dot", "neato", "fdp", "sfdp", "circo", "twopi"]),
              help="Graphviz layout for svg/png (default: dot up to 200 nodes, else sfdp).")
@click.option("--title", help="Title of an html page.")
@selection_options
@pass_ctx
def export(ctx: Context, fmt: str | None, out: str | None, graphs: str, layout: str | None,
           title: str | None, **sel: Any) -> None:
    """Write the graph as RDF (trig, nq, ttl, nt) or for other tools: graphml, gexf (Gephi,
    Cytoscape), dot, svg, png (Graphviz), cytoscape (Cytoscape.js JSON), mermaid, html.

    Graph formats show entities and the links between them; --around, --classes,
    --since/--until, --query and --no-inferred pick a part of it.
    """
    from ..export.formats import GRAPH_FORMATS, format_for
    if fmt is None:
        ext = Path(out).suffix.lower().lstrip(".") if out else ""
        if not out or ext in RDF_FORMATS:
            fmt = ext or "trig"
        else:
            try:
                fmt = format_for(None, out).name
            except KGraphError:
                fmt = "trig"
    if fmt in RDF_FORMATS:
        if _is_selective(**sel):
            raise click.UsageError(f"subgraph options apply to graph formats ({', '.join(GRAPH_FORMAT_NAMES)}), "
                                   f"not to {fmt}; use --graphs to pick named graphs")
        data = ctx.kg(read_only=True).export(fmt, out, graphs)
        if data is not None:
            sys.stdout.buffer.write(data)
        return
    selection = make_selection(**sel)
    if GRAPH_FORMATS[fmt].binary and out is None and sys.stdout.isatty():
        raise click.UsageError(f"{fmt} is binary: pass --out FILE (or redirect the output)")
    options: dict[str, Any] = {}
    if layout:
        options["layout"] = layout
    if title:
        options["title"] = title
    data = ctx.kg(read_only=True).export_graph(fmt, out, selection, **options)
    if data is not None:
        sys.stdout.buffer.write(data)
    elif out:
        click.echo(f"wrote {out}", err=True)
