"""Core commands: ingest, extract, reason, query, queries, stats, export."""
from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import click

from ..errors import KGraphError, LoadError
from . import Context, main, pass_ctx


def _date(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--date", "when", help="Date (YYYY-MM-DD) for articles that carry none.")
@click.option("--format", "fmt", help="Force an input format (text, html, feed, jsonl).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Extracting processes [default: one per core].")
@click.option("--force", is_flag=True, help="Extract again even the articles stored unchanged.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar [default: when stderr is a terminal].")
@click.option("--pipeline", "components", envvar="KGRAPH_PIPELINE", metavar="NAMES",
              help="Extraction components, comma-separated [default: the full pipeline].")
@pass_ctx
def ingest(ctx: Context, paths: tuple[str, ...], when: str | None, fmt: str | None, jobs: int | None,
           force: bool, progress: bool | None, components: str | None) -> None:
    """Extract facts from articles and store them, one named graph each.

    PATHS are files, folders, glob patterns or - (standard input), in any of the formats
    text, html, feed (RSS/Atom) and jsonl. Unchanged articles are skipped, changed ones
    replace their graph; each bad input is named with its problem and the rest goes on
    (exit status 1 when any failed).
    """
    from ..ingest import default_jobs
    try:
        names = [c.strip() for c in components.split(",") if c.strip()] if components is not None else None
        report = ctx.kg().ingest(list(paths), _date(when), fmt, jobs=jobs or default_jobs(), force=force,
                                 progress=progress, components=names)
    except KeyboardInterrupt:
        click.echo("interrupted: the articles written so far are stored whole; run the same command "
                   "again to finish", err=True)
        sys.exit(130)
    lines = report.lines()
    for line in lines[:-1]:
        click.echo(line, err=True)
    click.echo(lines[-1])
    if report.failed:
        sys.exit(1)


@main.command()
@click.argument("articles", nargs=-1, required=True)
@click.option("--format", "fmt", type=click.Choice(["json"]), default="json", show_default=True,
              help="Output document format (FORMAT.md of the evaluation).")
@click.option("--out", "out", type=click.Path(file_okay=False), help="Folder for one NAME.json per article.")
@click.option("--date", "when", help="Date (YYYY-MM-DD) for articles that carry none.")
def extract(articles: tuple[str, ...], fmt: str, out: str | None, when: str | None) -> None:
    """Extract entities and facts from ARTICLES without storing them (JSON per article)."""
    from ..load import load_paths
    from ..pipeline import Pipeline
    from ..pipeline.output import to_eval_json
    nlp = Pipeline.default()
    failed = 0
    if out:
        Path(out).mkdir(parents=True, exist_ok=True)
    for item in load_paths(list(articles), _date(when)):
        if isinstance(item, LoadError):
            click.echo(f"skipped {item}", err=True)
            failed += 1
            continue
        doc = to_eval_json(nlp(item))
        text = json.dumps(doc, ensure_ascii=False, indent=1)
        if out:
            stem = Path((item.source or item.id).split(":")[0]).stem
            if ":" in (item.source or "") and item.source.rsplit(":", 1)[-1].isdigit():
                stem = f"{stem}-{item.source.rsplit(':', 1)[-1]}"
            (Path(out) / f"{_safe(stem)}.json").write_text(text + "\n", encoding="utf-8")
        else:
            click.echo(text)
    if failed:
        sys.exit(1)


def _safe(name: str) -> str:
    import re
    return re.sub(r"[^\w.-]+", "_", name).strip("._") or "article"


@main.command()
@click.option("--engine", type=click.Choice(["fast", "owlrl"]), default="fast", show_default=True)
@pass_ctx
def reason(ctx: Context, engine: str) -> None:
    """Compute the inferred graph: OWL 2 RL closure plus temporal rules."""
    report = ctx.kg().reason(engine=engine)
    click.echo(str(report))


@main.command()
@click.argument("query")
@click.option("-p", "--param", "params", nargs=2, multiple=True, metavar="NAME VALUE",
              help="Bind a parameter (repeatable); names resolve through aliases.")
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "csv", "tsv", "json", "sparql-json", "sparql-xml"]))
@click.option("--limit", type=int, help="At most this many rows.")
@click.option("--timeout", type=float, help="Give up after this many seconds.")
@click.option("--endpoint", envvar="KGRAPH_ENDPOINT",
              help="Run on this remote SPARQL endpoint instead of the local graph (env KGRAPH_ENDPOINT).")
@click.option("--user", envvar="KGRAPH_USER", help="HTTP Basic user for --endpoint (env KGRAPH_USER).")
@click.option("--password", envvar="KGRAPH_PASSWORD", help="HTTP Basic password for --endpoint (env KGRAPH_PASSWORD).")
@click.option("--token", envvar="KGRAPH_TOKEN", help="Bearer token for --endpoint (env KGRAPH_TOKEN).")
@pass_ctx
def query(ctx: Context, query: str, params: tuple[tuple[str, str], ...], fmt: str, limit: int | None,
          timeout: float | None, endpoint: str | None, user: str | None, password: str | None,
          token: str | None) -> None:
    """Run a stored query (name or .rq file) or SPARQL text, locally or on --endpoint."""
    from ..query import QueryTimeout, format_result, run
    if endpoint:
        from ..remote import RemoteStore
        store = RemoteStore(endpoint, None, user=user, password=password, token=token,
                            timeout=timeout or 60.0)
    else:
        store = ctx.kg(read_only=True).store
    try:
        result = run(store, query, dict(params), limit=limit, timeout=timeout)
    except QueryTimeout as exc:
        import os
        click.echo(f"error: {exc}", err=True)
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(1)  # the abandoned query thread ends with the process
    click.echo(format_result(result, fmt))


@main.command("queries")
def list_queries() -> None:
    """List the stored queries with their questions and parameters."""
    from ..query import library
    for name, q in library().items():
        params = " ".join(f"-p {p.name} {p.default or '...'}" for p in q.params)
        click.echo(f"{name}: {q.question or q.title}" + (f"  [{params}]" if params else ""))


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@pass_ctx
def stats(ctx: Context, as_json: bool) -> None:
    """Counts of quads, articles and entities by class."""
    data = ctx.kg().stats()
    if as_json:
        click.echo(json.dumps(data, indent=2))
        return
    for k, v in data.items():
        if isinstance(v, dict):
            click.echo(f"{k}:")
            for k2, v2 in v.items():
                click.echo(f"  {k2}: {v2}")
        else:
            click.echo(f"{k}: {v}")


@main.command("answer-all")
@click.option("--format", "fmt", default="table", show_default=True,
              type=click.Choice(["table", "csv", "tsv", "json"]))
@pass_ctx
def answer_all(ctx: Context, fmt: str) -> None:
    """Answer every stored question in queries/ with its default parameters."""
    from ..query import format_result, library
    kg = ctx.kg()
    failed = 0
    for name, q in library().items():
        defaults = ", ".join(f"{p.name}={p.default}" for p in q.params if p.default)
        click.echo(f"\n== {q.question or q.title or name}" + (f"  ({defaults})" if defaults else ""))
        try:
            click.echo(format_result(kg.query(q), fmt))
        except KGraphError as exc:
            failed += 1
            click.echo(f"error: {exc}", err=True)
    if failed:
        sys.exit(1)
