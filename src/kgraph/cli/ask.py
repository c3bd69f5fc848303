"""``kgraph ask``: a question in words, answered from the stored queries."""
from __future__ import annotations

import click

from . import Context, main, pass_ctx

FORMATS = ["table", "csv", "tsv", "json", "sparql-json", "sparql-xml"]


@main.command()
@click.argument("question", nargs=-1)
@click.option("--format", "fmt", default="table", show_default=True, type=click.Choice(FORMATS))
@click.option("--limit", type=int, help="At most this many rows.")
@click.option("--timeout", type=float, help="Give up after this many seconds.")
@click.option("--sparql/--no-sparql", "show_sparql", default=True, show_default=True,
              help="Print the SPARQL that ran (to stderr), parameters bound.")
@click.option("--forms", is_flag=True, help="List every question form it knows and exit.")
@pass_ctx
def ask(ctx: Context, question: tuple[str, ...], fmt: str, limit: int | None, timeout: float | None,
        show_sparql: bool, forms: bool) -> None:
    """Answer a QUESTION in words, e.g. kgraph ask "which songs did V feature on before his
    enlistment?". Prints the answer and the stored query and SPARQL it ran."""
    from ..ask import book
    if forms or not question:
        for line in book().known_forms(every=True):
            click.echo(line)
        return
    from ..ask import ask as ask_question
    from ..query import QueryTimeout, format_result, with_prefixes
    text = " ".join(question)
    try:
        answer = ask_question(ctx.kg(read_only=True), text, limit=limit, timeout=timeout)
    except QueryTimeout as exc:
        _abandon(str(exc))
    iri_names = {iri: name for name, iri in answer.names.items()}
    params = " ".join(f"-p {k} {_show(iri_names.get(getattr(v, 'value', None), v))}"
                      for k, v in answer.params.items())
    click.echo(f"# kgraph query {answer.query} {params}".rstrip(), err=True)
    click.echo(format_result(answer.result, fmt))
    if show_sparql:
        body = "\n".join(line for line in answer.sparql.splitlines() if not line.lstrip().startswith("#"))
        click.echo("\n# SPARQL\n" + with_prefixes(body).strip(), err=True)


def _show(value: object) -> str:
    text = getattr(value, "value", None) or str(value)
    return f"'{text}'" if " " in text else text


def _abandon(message: str) -> None:
    """Exit at once: the query thread pyoxigraph cannot interrupt ends with the process."""
    import os
    import sys
    click.echo(f"error: {message}", err=True)
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(1)
