"""Reasoning commands: explain a triple, validate the graph."""
from __future__ import annotations

import sys

import click

from . import Context, main, pass_ctx


@main.command()
@click.argument("subject")
@click.argument("predicate")
@click.argument("obj", metavar="OBJECT")
@pass_ctx
def explain(ctx: Context, subject: str, predicate: str, obj: str) -> None:
    """Why the graph holds SUBJECT PREDICATE OBJECT (names, prefixed names or IRIs): the rule
    and premises, down to the articles and sentences that stated them."""
    from ..reason import explain as run, format_explanation
    click.echo(format_explanation(run(ctx.kg(read_only=True).store, subject, predicate, obj)))


@main.command()
@click.option("--no-shacl", is_flag=True, help="Only the conflicts between sources (fast on big graphs).")
@pass_ctx
def validate(ctx: Context, no_shacl: bool) -> None:
    """Check the SHACL shapes and conflicts between sources; exit status 1 if any."""
    from ..reason import format_validation, validate as run
    report = run(ctx.kg(read_only=True).store, shacl=not no_shacl)
    click.echo(format_validation(report))
    sys.exit(0 if report.conforms else 1)
