"""``sentences``: split the text into sentences (with character offsets).

Lines are split first (headlines and paragraphs carry no final stop), then sentence ends
(``.``, ``!``, ``?``, ``;`` is kept inside) followed by a capital, a digit or a quote. Common
abbreviations (``No.``, ``Mr.``, ``feat.``) do not end a sentence.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .. import component
from ..doc import Doc, Sentence

ABBREVIATIONS = {"no", "mr", "mrs", "ms", "dr", "st", "feat", "ft", "vs", "jr", "sr", "prof", "inc", "ltd",
                 "co", "corp", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
                 "dec", "excl", "incl", "approx", "a.m", "p.m", "vol", "ep", "u.s", "u.k", "etc", "e.g", "i.e", "op", "pt", "prod"}

_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9\uac00-\ud7a3])")


@lru_cache(maxsize=1)
def _bang_names() -> tuple[tuple[str, int], ...]:
    """Names with '!' or '?' inside (music shows), each with the offset of that mark."""
    from ._common import patterns

    names = patterns("events").get("music_shows", {}).get("shows", [])
    return tuple((n, i) for n in names for i, ch in enumerate(n) if ch in "!?" and i < len(n) - 1)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text``."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        start = line.start()
        for m in _END.finditer(text, line.start(), line.end()):
            word = re.search(r"([\w.]+)[.!?]*$", text[start:m.start() + 1])
            if text[m.start()] == "." and word and word.group(1).lower().rstrip(".") in ABBREVIATIONS:
                continue
            if text[m.start()] == "." and word and len(word.group(1).rstrip(".")) == 1 and word.group(1)[0].isupper():
                continue  # an initial: "J. Cole"
            if text[m.start()] in "!?" and any(text.startswith(n, m.start() - i) for n, i in _bang_names()):
                continue  # "Show! Music Core": a name with a "!" inside
            spans.append((start, m.end()))
            start = m.end()
        if text[start:line.end()].strip():
            spans.append((start, line.end()))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


@component("sentences", requires=("text",), provides=("sentences",))
def make_sentences() -> Callable[[Doc], Doc]:
    def sentences(doc: Doc) -> Doc:
        doc.sentences = [Sentence(i, s, e, doc.text[s:e]) for i, (s, e) in enumerate(split_sentences(doc.text))]
        return doc
    return sentences
