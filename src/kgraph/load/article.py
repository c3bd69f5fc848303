"""The Article: one news story, whatever format it came from."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Article:
    """One news story.

    ``id`` is stable: derived from the URL when the story has one, otherwise from its text,
    so loading the same story twice gives the same id.
    """

    text: str
    date: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    """Where it was read from: a file path, ``path:line`` for JSON lines, ``-`` for stdin."""
    id: str = ""
    meta: dict[str, str] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", make_article_id(self.url, self.text))

    @property
    def content_hash(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


def make_article_id(url: str | None, text: str) -> str:
    """A short stable id: from the URL when there is one, else from the text."""
    basis = ("url:" + url.strip()) if url else ("text:" + " ".join(text.split()))
    return hashlib.sha256(basis.encode("utf-8")).hexdigest()[:16]
