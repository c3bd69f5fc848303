"""Plain-text articles: the seed form (first line ``" date YYYY-MM-DD"``) or bare text."""
from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from ..errors import LoadError
from . import decode, register
from .article import Article

DATE_LINE = re.compile(r"^\s*date\s+(\S+)\s*")


def parse_date(source: str, value: str) -> date:
    """An ISO date, or a LoadError naming the file and the bad value."""
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise LoadError(source, f"invalid date {value!r} (expected YYYY-MM-DD)") from None


def parse_text(text: str, source: str, default_date: date | None = None) -> Article:
    """The seed form puts ``date YYYY-MM-DD`` before the body, on the first line."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    match = DATE_LINE.match(text)
    when = default_date
    if match:
        when = parse_date(source, match.group(1))
        text = text[match.end():]
    body = text.strip()
    if not body:
        raise LoadError(source, "no article text")
    first_line = body.split("\n", 1)[0].strip()
    title = first_line if len(first_line) <= 200 and "\n" in body else None
    return Article(text=body, date=when, title=title, source=source)


@register("text", extensions=(".txt", ".text", ".md"))
def load_text(path: Path, data: bytes, default_date: date | None) -> Iterator[Article]:
    yield parse_text(decode(str(path), data), str(path), default_date)
