"""``certainty``: asserted, reported or denied, from cue words in the fact's sentence.

Facts stated in a clause that attributes them to reports or sources, hedges them
(``reportedly``, ``rumored``, ``is expected to``) or concerns a nomination become
``reported``; facts in a clause that denies them become ``denied``. An official source
(``according to BigHit Music``) is not a hedge. Membership and agency facts are background
identity, not news claims, and keep their certainty.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from .. import component
from ..doc import Doc

UNHEDGED = frozenset({"memberOf", "agency", "musicVideoOf"})


@lru_cache(maxsize=1)
def _cues() -> tuple[re.Pattern[str], re.Pattern[str]]:
    from ._common import patterns

    c = patterns("certainty")
    reported = re.compile(r"(?i:\b(?:" + "|".join(c["reported"]) + r"))")
    denied = re.compile(r"(?i:\b(?:" + "|".join(c["denied"]) + r"))")
    return reported, denied


def classify(sentence: str) -> str:
    """'denied', 'reported' or 'asserted' for the text of one sentence."""
    reported, denied = _cues()
    if denied.search(sentence):
        return "denied"
    if reported.search(sentence):
        return "reported"
    return "asserted"


@component("certainty", requires=("facts",), provides=("certainty",))
def make_certainty() -> Callable[[Doc], Doc]:
    def certainty(doc: Doc) -> Doc:
        verdicts: dict[int, str] = {}
        for f in doc.facts:
            if f.p in UNHEDGED or f.sentence is None or f.sentence < 0 or f.sentence >= len(doc.sentences):
                continue
            if f.sentence not in verdicts:
                verdicts[f.sentence] = classify(doc.sentences[f.sentence].text)
            if verdicts[f.sentence] != "asserted":
                f.certainty = verdicts[f.sentence]  # type: ignore[assignment]
        return doc
    return certainty
