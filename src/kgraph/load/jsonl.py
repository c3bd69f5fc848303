"""JSON lines: one article per line, ``{"id", "url", "date", "title", "text"}``.

A ``.json`` file holding one object or an array of objects is read the same way.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from ..errors import LoadError
from . import decode, register
from .article import Article
from .text import parse_date

FIELDS = ("id", "url", "date", "title", "text")


def article_from_record(record: object, source: str, default_date: date | None) -> Article:
    """One JSON object as an Article, or a LoadError saying which field is wrong."""
    if not isinstance(record, dict):
        raise LoadError(source, f"expected a JSON object with a 'text' field, got {type(record).__name__}")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise LoadError(source, "missing or empty 'text'")
    when = default_date
    raw_date = record.get("date")
    if raw_date not in (None, ""):
        if not isinstance(raw_date, str):
            raise LoadError(source, f"invalid date {raw_date!r} (expected a string YYYY-MM-DD)")
        when = parse_date(source, raw_date[:10])
    ident = record.get("id")
    if isinstance(ident, (dict, list)):
        raise LoadError(source, "'id' must be a string or a number")
    title = _string(record.get("title"), "title", source)
    url = _string(record.get("url"), "url", source)
    return Article(text=text.strip(), date=when, title=title, url=url, source=source,
                   id=str(ident) if ident not in (None, "") else "")


def _string(value: object, name: str, source: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):
        return str(value).strip() or None
    raise LoadError(source, f"'{name}' must be a string, not {type(value).__name__}")


@register("jsonl", extensions=(".jsonl", ".ndjson", ".json"),
          sniff=lambda head: re.match(r"\{|\[\s*\{", head) is not None, multi=True)
def load_jsonl(path: Path, data: bytes, default_date: date | None) -> Iterator[Article | LoadError]:
    """Each line is its own article; a bad line is yielded as a LoadError, the others go on."""
    text = decode(str(path), data)
    stripped = text.lstrip()
    if stripped.startswith("[") or (path.suffix.lower() == ".json" and "\n" in stripped.rstrip()):
        try:
            whole = json.loads(text)
        except json.JSONDecodeError:
            whole = None
        if whole is not None:
            records = whole if isinstance(whole, list) else [whole]
            for n, record in enumerate(records, 1):
                source = f"{path}:{n}" if isinstance(whole, list) else str(path)
                try:
                    yield article_from_record(record, source, default_date)
                except LoadError as err:
                    yield err
            return
    for n, line in enumerate(text.split("\n"), 1):  # not splitlines(): U+0085 and U+2028 may sit in strings
        if not line.strip():
            continue
        source = f"{path}:{n}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield LoadError(source, f"not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        except RecursionError:
            yield LoadError(source, "not valid JSON (nested too deeply)")
            continue
        try:
            yield article_from_record(record, source, default_date)
        except LoadError as err:
            yield err
