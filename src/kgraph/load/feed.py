"""RSS and Atom feeds (feedparser): each entry is an article, with its link, title and date.

An entry's date is the one its feed states (``published``, else ``updated``), read as the
publisher's own calendar day: ``Sat, 04 May 2024 01:00:00 +0900`` is 4 May, not the UTC day
before. A feed that cannot be parsed at all is one error; a damaged feed whose entries could
still be read gives those entries.
"""
from __future__ import annotations

import html as _html
import re
from collections.abc import Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

from ..errors import LoadError
from . import register
from .article import Article

CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
BLOCK_TAGS = ("p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr", "section",
              "article", "figcaption")


def _sniff(head: str) -> bool:
    return any(tag in head for tag in ("<rss", "<feed", "<rdf:rdf")) and "<html" not in head


@register("feed", extensions=(".rss", ".atom", ".xml"), sniff=_sniff, multi=True)
def load_feed(path: Path, data: bytes, default_date: date | None) -> Iterator[Article | LoadError]:
    import feedparser
    source = str(path)
    if not data.strip():
        raise LoadError(source, "the file is empty")
    try:
        parsed = feedparser.parse(data)
    except Exception as exc:  # feedparser wraps most problems in 'bozo', a few still escape
        raise LoadError(source, f"cannot parse the feed ({type(exc).__name__}: {exc})") from None
    entries = parsed.get("entries") or []
    if not entries:
        if parsed.get("bozo"):
            raise LoadError(source, f"malformed feed ({_reason(parsed.get('bozo_exception'))})")
        if not parsed.get("version"):
            raise LoadError(source, "not an RSS or Atom feed")
        raise LoadError(source, "the feed has no entries")
    items: list[Article | LoadError] = []
    for n, entry in enumerate(entries, 1):
        try:
            items.append(entry_article(entry, f"{source}#{n}", default_date))
        except LoadError as err:
            items.append(err)
    if parsed.get("bozo") and not any(isinstance(i, Article) for i in items):
        raise LoadError(source, f"malformed feed ({_reason(parsed.get('bozo_exception'))})")
    yield from items


def entry_article(entry: Any, source: str, default_date: date | None) -> Article:
    title = _plain(entry.get("title") or "").strip() or None
    body = ""
    for content in entry.get("content") or []:
        if content.get("value"):
            body = content["value"]
            break
    body = body or entry.get("summary") or entry.get("description") or ""
    text = _plain(body).strip()
    if title and text and not text.startswith(title):
        text = f"{title}\n{text}"
    text = text or (title or "")
    if not text:
        raise LoadError(source, "the entry has no title and no text")
    url = entry.get("link") or None
    if url and not str(url).startswith(("http://", "https://")):
        url = None
    ident = entry.get("id") or ""
    if url is None and ident.startswith(("http://", "https://")):
        url = ident
    return Article(text=text, date=entry_date(entry, source) or default_date, title=title, url=url,
                   source=source)


def entry_date(entry: Any, source: str) -> date | None:
    """The entry's calendar day in the publisher's time zone, or None when it gives none."""
    for key in ("published", "updated", "created", "dc_date"):
        raw = (entry.get(key) or "").strip()
        if not raw:
            continue
        day = _parse_day(raw)
        if day is None:
            raise LoadError(source, f"invalid date {raw!r} in <{key}>")
        return day
    return None


def _parse_day(raw: str) -> date | None:
    try:
        return parsedate_to_datetime(raw).date()  # RFC 822, as RSS writes it
    except (TypeError, ValueError, IndexError):
        pass
    iso = raw.replace("Z", "+00:00")
    try:
        return datetime.fromisoformat(iso).date()  # RFC 3339, as Atom writes it
    except ValueError:
        pass
    try:
        return date.fromisoformat(iso[:10])
    except ValueError:
        return None


def _plain(markup: str) -> str:
    """Text of an HTML fragment (feeds carry escaped HTML), paragraphs on their own lines."""
    markup = CONTROL.sub("", markup)  # lxml refuses control characters
    if "<" not in markup:
        return _html.unescape(markup)
    from lxml import etree
    from lxml import html as lxml_html
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, ValueError):
        return _html.unescape(re.sub(r"<[^>]*>", " ", markup))
    for bad in root.xpath(".//script|.//style"):
        bad.drop_tree()
    for el in root.iter(*BLOCK_TAGS):
        el.tail = "\n" + (el.tail or "")
    text = root.text_content()
    return "\n".join(" ".join(line.split()) for line in text.splitlines() if line.strip())


def _reason(exc: object) -> str:
    if exc is None:
        return "unknown problem"
    get_message, line = getattr(exc, "getMessage", None), getattr(exc, "getLineNumber", None)
    if callable(get_message) and callable(line):  # an XML parse error: say where
        try:
            return f"{get_message()} at line {line()}, column {exc.getColumnNumber()}"  # type: ignore[attr-defined]
        except Exception:
            pass
    return str(exc).strip() or type(exc).__name__
