"""HTML article pages: the main text without navigation and boilerplate, with the title,
publication date and canonical URL the page states in its own metadata (``<meta>``,
Open Graph, JSON-LD, ``<time>``), all read by trafilatura.

Only metadata dates are used: a date guessed from the body text or a copyright line would
be wrong too often to anchor relative dates ("last Friday") on.
"""
from __future__ import annotations

import warnings
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from ..errors import LoadError
from . import decode, register
from .article import Article
from .text import parse_date

DATE_PARAMS = {"extensive_search": False, "original_date": True}


def _sniff(head: str) -> bool:
    return head.startswith("<") and any(tag in head for tag in ("<!doctype html", "<html", "<body", "<article"))


@register("html", extensions=(".html", ".htm", ".xhtml"), sniff=_sniff)
def load_html(path: Path, data: bytes, default_date: date | None) -> Iterator[Article]:
    source = str(path)
    markup = decode_html(source, data)
    if "<" not in markup:
        raise LoadError(source, "no HTML markup (use --format text for plain text)")
    doc = extract_html(markup, source)
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        raise LoadError(source, "no article text found in the page (truncated or empty HTML?)")
    when = default_date
    if doc.date:
        when = parse_date(source, str(doc.date)[:10])
    title = (doc.title or "").strip() or None
    url = (doc.url or "").strip() or None
    if url and not url.startswith(("http://", "https://")):
        url = None
    yield Article(text=text, date=when, title=title, url=url, source=source)


def decode_html(source: str, data: bytes) -> str:
    """Bytes of a page to text: a byte-order mark or valid UTF-8 first, then the charset the
    page declares (``<meta charset>``, as lxml reads it), then a guess from the bytes (as
    trafilatura makes it), so that EUC-KR or Windows-1252 pages read right."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf")) or not data.strip():
        return decode(source, data)
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        return decode(source, data)  # refuses binary data with the usual message
    if b"charset" in data[:8192].lower():
        from lxml import etree
        from lxml import html as lxml_html
        try:
            declared = lxml_html.document_fromstring(data[:65536]).getroottree().docinfo.encoding
            return data.decode(declared, errors="replace")
        except (etree.ParserError, ValueError, LookupError, TypeError):
            pass
    from trafilatura.utils import detect_encoding
    for guess in detect_encoding(data):
        try:
            return data.decode(guess)
        except (LookupError, UnicodeDecodeError):
            continue
    return decode(source, data)


def extract_html(markup: str, source: str):  # -> trafilatura Document | None
    """trafilatura's main-text and metadata extraction; its own failures become LoadErrors."""
    import trafilatura
    _quiet_libraries()
    if markup.lstrip().startswith("<?xml"):
        markup = markup.split("?>", 1)[-1]  # lxml refuses str input with an encoding declaration
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False,
                                               include_tables=False, date_extraction_params=DATE_PARAMS)
    except (ValueError, TypeError, AttributeError, RecursionError) as exc:
        raise LoadError(source, f"cannot parse the HTML ({type(exc).__name__}: {exc})") from None


def _quiet_libraries() -> None:
    """trafilatura and its helpers log every page they find poor; our error says it once."""
    import logging
    for name in ("trafilatura", "htmldate", "courlan", "justext", "charset_normalizer"):
        logging.getLogger(name).setLevel(logging.CRITICAL)
