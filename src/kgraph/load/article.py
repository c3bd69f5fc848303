"""The Article: one news story, whatever format it came from."""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date

SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,127}")
SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class Article:
    """One news story.

    ``id`` is stable: derived from the URL when the story has one, otherwise from its text,
    so loading the same story twice gives the same id. An id given by the source is kept
    when it is safe in an IRI, else replaced by a hash of it.
    """

    text: str
    date: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    """Where it was read from: a file path, ``path:line`` for JSON lines, ``-`` for stdin."""
    id: str = ""
    meta: dict[str, str] = field(default_factory=dict, compare=False)
    origin: str | None = None
    """The ``file:`` IRI of the file it came from (``#record`` for one of many in a file).
    When a single-article file without URL changes, its new version replaces the article
    with the same origin instead of being added beside it."""

    def __post_init__(self) -> None:
        for name in ("text", "title", "url", "source"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, clean_text(str(value)))
        if self.url is not None and not self.url.strip():
            object.__setattr__(self, "url", None)
        object.__setattr__(self, "id", safe_id(self.id) if self.id else make_article_id(self.url, self.text))

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def fingerprint(self) -> str:
        """What decides whether a stored article is unchanged: text, date, title and URL."""
        return fingerprint(self.content_hash, self.date.isoformat() if self.date else "", self.title or "",
                           self.url or "")


def fingerprint(content_hash: str, day: str, title: str, url: str) -> str:
    return hashlib.sha256("\x1f".join((content_hash, day, title, url)).encode("utf-8")).hexdigest()[:32]


def make_article_id(url: str | None, text: str) -> str:
    """A short stable id: from the URL when there is one, else from the text."""
    basis = ("url:" + url.strip()) if url else ("text:" + " ".join(text.split()))
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]


def safe_id(ident: str) -> str:
    """``ident`` itself when it can end an IRI as is, else a stable hash of it."""
    ident = str(ident).strip()
    if SAFE_ID.fullmatch(ident):
        return ident
    return hashlib.sha256(("id:" + ident).encode("utf-8", "replace")).hexdigest()[:16]


def clean_text(value: str) -> str:
    """Text that every RDF store accepts: lone surrogates (from bad JSON escapes or
    undecodable bytes) become U+FFFD, NUL characters are dropped."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = SURROGATE.sub("\ufffd", value)
    return value.replace("\x00", "") if "\x00" in value else value
