"""Shared helpers for the built-in components: pattern files, tokens, word lists as regexes."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from ...errors import KGraphError
from ...kb import DATA_DIR

PATTERNS_DIR = DATA_DIR / "patterns"


@lru_cache(maxsize=None)
def patterns(name: str) -> dict[str, Any]:
    """The pattern file ``data/patterns/<name>.json`` (read once)."""
    path = Path(PATTERNS_DIR) / f"{name}.json"
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise KGraphError(f"{path}: pattern file missing") from None
    except json.JSONDecodeError as exc:
        raise KGraphError(f"{path}: invalid JSON ({exc.msg}, line {exc.lineno})") from None


def alternation(words: list[str], escape: bool = True) -> str:
    """A non-capturing alternation, longest first, tolerant of any whitespace between words."""
    items = sorted(set(words), key=len, reverse=True)
    if escape:
        items = [r"\s+".join(re.escape(w) for w in item.split()) for item in items]
    return "(?:" + "|".join(items) + ")"


class Token(NamedTuple):
    start: int
    end: int
    text: str
    is_word: bool


TOKEN_RE = re.compile(r"\w+(?:[-‐]\w+)*|[^\w\s]")


@lru_cache(maxsize=16)
def _tokenize_all(text: str) -> tuple[Token, ...]:
    return tuple(Token(m.start(), m.end(), g, g[0].isalnum() or g[0] == "_")
                 for m in TOKEN_RE.finditer(text) for g in (m.group(),))


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word and punctuation tokens with offsets (whole texts are cached: several components ask)."""
    toks = _tokenize_all(text)
    if start == 0 and end is None:
        return list(toks)
    end = len(text) if end is None else end
    return [t for t in toks if t.start >= start and t.end <= end]


def is_capitalised(word: str) -> bool:
    """Starts like a name: an upper-case letter, a digit, or a non-Latin letter (Hangul...)."""
    c = word[:1]
    return bool(c) and (c.isupper() or c.isdigit() or (c.isalpha() and not c.isascii()))


_KB_CACHE: dict[str, Any] = {}


def get_kb(kb: Any = None, kb_path: str | None = None) -> Any:
    """The ReferenceKB a component should use: the one passed in, else the repository's."""
    from ...kb import ReferenceKB

    if kb is not None:
        return kb
    key = str(kb_path)
    if key not in _KB_CACHE:
        _KB_CACHE[key] = ReferenceKB.load(kb_path)
    return _KB_CACHE[key]


@lru_cache(maxsize=None)
def month_words() -> frozenset[str]:
    d = patterns("dates")
    return frozenset(d["months"]) | frozenset(d["weekdays"])
