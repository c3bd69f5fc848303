"""JSON lines: one article per line, ``{"id", "url", "date", "title", "text"}``."""
from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from ..errors import LoadError
from . import decode, register
from .article import Article
from .text import parse_date


def article_from_record(record: object, source: str, default_date: date | None) -> Article:
    if not isinstance(record, dict):
        raise LoadError(source, "expected a JSON object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise LoadError(source, "missing or empty 'text'")
    when = default_date
    if record.get("date"):
        when = parse_date(source, str(record["date"])[:10])
    ident = record.get("id")
    return Article(text=text.strip(), date=when, title=record.get("title") or None,
                   url=record.get("url") or None, source=source,
                   id=str(ident) if ident not in (None, "") else "")


@register("jsonl", extensions=(".jsonl", ".ndjson", ".json"))
def load_jsonl(path: Path, data: bytes, default_date: date | None) -> Iterator[Article | LoadError]:
    """Each line is its own article; a bad line is yielded as a LoadError, the others go on."""
    text = decode(str(path), data)
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        source = f"{path}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield LoadError(source, f"not valid JSON ({exc.msg})")
            continue
        try:
            yield article_from_record(record, source, default_date)
        except LoadError as err:
            yield err
